"""The dataset cache, driven through the app: keyed on the files' content, a broken dataset
validated once, a fixed file picked up without a restart. Each test fails if the cache key were
a constant or the files' sizes and modification times."""

from __future__ import annotations

import os

import pytest

import components.cached_dataset
from tests.apptest_helpers import assert_clean, dataframe_by_key, dataframe_with, open_app
from tracker.dataset.loader import DATA_DIR_ENV, load_dataset

DATA_PAGE = "app_pages/data.py"
TITLE = ("Turkish investors ready to put over USD 50 M into reviving Kadamjay antimony and Khaidarkan "
         "mercury plants")


@pytest.fixture
def loads(data_copy, monkeypatch) -> list[str]:
    """The app reads data_copy; every call of the loader is recorded."""
    calls: list[str] = []

    def counting_loader(folder, **kwargs):
        calls.append(str(folder))
        return load_dataset(folder, **kwargs)

    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    monkeypatch.setattr(components.cached_dataset, "load_dataset", counting_loader)
    return calls


def replace_keeping_stamp(path, old: bytes, new: bytes) -> None:
    """Rewrite the file in place with the same size and put its modification time back."""
    assert len(old) == len(new)
    stamp = path.stat()
    content = path.read_bytes()
    assert content.count(old) == 1
    path.write_bytes(content.replace(old, new))
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert path.stat().st_size == stamp.st_size and path.stat().st_mtime_ns == stamp.st_mtime_ns


def problem_values(at) -> list[str]:
    assert len(at.error) == 1 and "could not be loaded" in at.error[0].value
    return list(dataframe_with(at, "file", "row", "column", "value", "expected")["value"])


def titles(at) -> list[str]:
    return list(dataframe_by_key(at, "records_table")["Title"])


def test_a_same_size_edit_with_the_modification_time_put_back_is_picked_up(data_copy, loads):
    sessions = [open_app(page=DATA_PAGE), open_app(page=DATA_PAGE).run()]
    for at in sessions:
        assert TITLE in titles(at)
    assert len(loads) == 1  # one load for every session and rerun while the files are unchanged
    replace_keeping_stamp(data_copy / "agreements.csv", b"Turkish investors ready", b"TURKISH investors ready")
    for at in sessions:
        at.run()
        assert_clean(at)
        assert TITLE.replace("Turkish", "TURKISH") in titles(at) and TITLE not in titles(at)
    assert len(loads) == 2


def test_a_broken_dataset_is_validated_once_across_reruns_and_sessions(data_copy, loads):
    path = data_copy / "agreements.csv"
    replace_keeping_stamp(path, b",TUR,KGZ,pledge,", b",ZZZ,KGZ,pledge,")  # an unknown partner
    first = open_app()
    for at in (first, first.run(), first.run(), open_app(), open_app(page=DATA_PAGE)):
        assert_clean(at)
        assert problem_values(at) == ["ZZZ"] and not at.metric
    assert len(loads) == 1
    replace_keeping_stamp(path, b",ZZZ,KGZ,pledge,", b",TUR,KGZ,treaty,")  # now an unknown instrument
    for at in (first.run(), first.run(), open_app()):
        assert problem_values(at) == ["treaty"]
    assert len(loads) == 2


def test_a_fixed_file_is_picked_up_without_a_restart(data_copy, loads):
    path = data_copy / "agreements.csv"
    original = path.read_bytes()
    replace_keeping_stamp(path, b",TUR,KGZ,pledge,", b",ZZZ,KGZ,pledge,")
    at = open_app()
    assert len(at.error) == 1 and not at.metric
    at.run()
    assert len(at.error) == 1
    replace_keeping_stamp(path, b",ZZZ,KGZ,pledge,", b",TUR,KGZ,pledge,")
    assert path.read_bytes() == original
    at.run()
    assert_clean(at)
    assert not at.error and at.metric
    assert len(loads) == 2
