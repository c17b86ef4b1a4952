"""The content fingerprint behind the dataset cache: every edit changes it, the files are not
hashed again on every run, and a file changed just before it was hashed is hashed again."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tracker.dataset.fingerprint import RACY_SECONDS, FileHashes, hash_file
from tracker.dataset.schema import FILES

NAMES = tuple(spec.name for spec in FILES)
SECOND = 1_000_000_000


def later() -> int:
    """A clock ten seconds ahead: every file looks older than RACY_SECONDS when it is hashed
    (setting a file's times back with os.utime would make its change time new)."""
    return time.time_ns() + 10 * SECOND


class CountingHasher:
    """hash_file, counting the files it reads; ``pretend`` replaces what a file is said to hold, as a
    file system with coarse timestamps would show an edit that left the stat as it was."""

    def __init__(self):
        self.read: list[str] = []
        self.pretend: dict[str, str] = {}

    def __call__(self, path: Path) -> str:
        self.read.append(path.name)
        return self.pretend.get(path.name) or hash_file(path)


@pytest.fixture
def hasher() -> CountingHasher:
    return CountingHasher()


def test_same_files_same_fingerprint_and_any_edit_changes_it(data_copy, tmp_path):
    hashes = FileHashes()
    first = hashes.fingerprint(data_copy, NAMES)
    assert FileHashes().fingerprint(data_copy, NAMES) == first
    assert [name for name, _ in first] == list(NAMES)
    path = data_copy / "countries.csv"
    path.write_bytes(path.read_bytes() + b"\n")
    assert hashes.fingerprint(data_copy, NAMES) != first


def test_a_same_size_edit_with_the_modification_time_put_back_changes_it(data_copy):
    hashes = FileHashes(clock=later)
    before = hashes.fingerprint(data_copy, NAMES)
    path = data_copy / "agreements.csv"
    stamp = path.stat()
    path.write_bytes(path.read_bytes().replace(b"Turkish investors", b"TURKISH investors"))
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stamp.st_size, stamp.st_mtime_ns)
    after = hashes.fingerprint(data_copy, NAMES)
    assert dict(after)["agreements.csv"] != dict(before)["agreements.csv"]
    assert dict(after)["sources.csv"] == dict(before)["sources.csv"]


def test_unchanged_old_files_are_hashed_once(data_copy, hasher):
    hashes = FileHashes(hasher=hasher, clock=later)
    first = hashes.fingerprint(data_copy, NAMES)
    for _ in range(3):
        assert hashes.fingerprint(data_copy, NAMES) == first
    assert sorted(hasher.read) == sorted(NAMES)
    os.utime(data_copy / "metadata.csv")  # touched: hashed again, same content, same fingerprint
    assert hashes.fingerprint(data_copy, NAMES) == first
    assert hasher.read[len(NAMES):] == ["metadata.csv"]


def test_a_file_hashed_right_after_a_change_is_hashed_again_until_it_is_old(data_copy, hasher):
    path = data_copy / "fx_rates.csv"
    os.utime(path)
    mtime = max(path.stat().st_mtime_ns, path.stat().st_ctime_ns)
    now = [mtime + SECOND]  # one second after the change: racily clean
    hashes = FileHashes(hasher=hasher, clock=lambda: now[0])
    first = dict(hashes.fingerprint(data_copy, NAMES))
    hasher.pretend["fx_rates.csv"] = "edited in the same timestamp tick"
    assert dict(hashes.fingerprint(data_copy, NAMES))["fx_rates.csv"] == "edited in the same timestamp tick"
    assert hasher.read.count("fx_rates.csv") == 2
    now[0] = mtime + int(RACY_SECONDS * SECOND)  # old enough now
    hashes.fingerprint(data_copy, NAMES)
    hashes.fingerprint(data_copy, NAMES)
    assert hasher.read.count("fx_rates.csv") == 3
    assert first["fx_rates.csv"] == hash_file(path)


def test_missing_unreadable_and_restored_files_are_told_apart(data_copy):
    hashes = FileHashes(clock=later)
    intact = dict(hashes.fingerprint(data_copy, NAMES))
    content = (data_copy / "key_facts.csv").read_bytes()
    (data_copy / "key_facts.csv").unlink()
    missing = dict(hashes.fingerprint(data_copy, NAMES))
    (data_copy / "key_facts.csv").mkdir()
    folder = dict(hashes.fingerprint(data_copy, NAMES))
    assert len({intact["key_facts.csv"], missing["key_facts.csv"], folder["key_facts.csv"]}) == 3
    (data_copy / "key_facts.csv").rmdir()
    (data_copy / "key_facts.csv").write_bytes(content)
    assert dict(hashes.fingerprint(data_copy, NAMES)) == intact
    assert dict(FileHashes().fingerprint(data_copy / "nowhere", NAMES)) == {name: "missing" for name in NAMES}
