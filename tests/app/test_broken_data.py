"""Every way a curator can break the files leaves the app up, with one clear message on every
page, and the files as they were. The frame (app.py) shows the message and stops before any page
runs, so each break is opened on one page (in turn) and one break on every page."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import PAGES, assert_clean, dataframe_with, open_app
from tests.conftest import edit_agreement, read_rows, write_rows
from tracker.dataset.loader import DATA_DIR_ENV


def _missing_column(folder):
    rows = read_rows(folder / "agreements.csv")
    for row in rows:
        del row["status"]
    write_rows(folder / "agreements.csv", rows)


def _too_many_fields(folder):
    path = folder / "agreements.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].rstrip("\n") + ",surplus\n"
    path.write_text("".join(lines), encoding="utf-8")


BREAKS = {
    "missing column": _missing_column,
    "value outside the vocabulary": lambda f: edit_agreement(f, 0, instrument="treaty"),
    "bad date": lambda f: edit_agreement(f, 1, date="2023-02-30"),
    "future date": lambda f: edit_agreement(f, 1, date="2999-01-01"),
    "unknown country": lambda f: edit_agreement(f, 2, ca_countries="KAZ;XXX"),
    "unknown source": lambda f: edit_agreement(f, 2, source_ids="nowhere"),
    "duplicate id": lambda f: edit_agreement(f, 3, id=read_rows(f / "agreements.csv")[0]["id"]),
    "negative amount": lambda f: edit_agreement(f, 8, value_m="-1600"),
    "amount not a number": lambda f: edit_agreement(f, 8, value_m="1,6 Mrd"),
    "currency not EUR/USD": lambda f: edit_agreement(f, 8, value_currency="GBP"),
    "inconsistent conversion": lambda f: edit_agreement(f, 8, value_usd_m="9999"),
    "empty file": lambda f: (f / "agreements.csv").write_bytes(b""),
    "header only": lambda f: (f / "agreements.csv").write_bytes(
        (f / "agreements.csv").read_bytes().split(b"\n")[0] + b"\n"),
    "not UTF-8": lambda f: (f / "sources.csv").write_bytes(
        (f / "sources.csv").read_text(encoding="utf-8").replace("–", "-").encode("utf-8")
        + "Müller\n".encode("latin-1")),
    "semicolon-delimited": lambda f: (f / "countries.csv").write_text(
        (f / "countries.csv").read_text(encoding="utf-8").replace(",", ";"), encoding="utf-8"),
    "too many fields": _too_many_fields,
    "missing file": lambda f: (f / "countries.csv").unlink(),
    "not a readable file": lambda f: ((f / "key_facts.csv").unlink(), (f / "key_facts.csv").mkdir()),
    "empty folder": lambda f: [p.unlink() for p in list(f.iterdir())],
}


def snapshot(folder):
    return {p.name: (p.read_bytes() if p.is_file() else "dir") for p in sorted(folder.iterdir())}


def assert_one_data_message(at, where) -> None:
    assert_clean(at)
    assert len(at.error) == 1 and "could not be loaded" in at.error[0].value, where
    problems = dataframe_with(at, "file", "row", "column", "value", "expected")
    assert len(problems) >= 1 and all(problems["expected"].str.len() > 5), where
    assert not at.metric and not at.get("plotly_chart") and not at.get("deck_gl_json_chart"), where


@pytest.mark.parametrize("case, page", [(case, PAGES[i % len(PAGES)]) for i, case in enumerate(BREAKS)])
def test_each_break_shows_one_message_and_changes_no_file(data_copy, monkeypatch, case, page):
    BREAKS[case](data_copy)
    before = snapshot(data_copy)
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    assert_one_data_message(open_app(page=page), (case, page))
    assert snapshot(data_copy) == before


def test_a_break_shows_the_same_message_on_every_page_and_changes_no_file(data_copy, monkeypatch):
    edit_agreement(data_copy, 0, partner="ZZZ", date="2023-02-30")
    before = snapshot(data_copy)
    monkeypatch.setenv(DATA_DIR_ENV, str(data_copy))
    for page in PAGES:
        at = open_app(page=page)
        assert_one_data_message(at, page)
        problems = dataframe_with(at, "file", "row", "column", "value", "expected")
        assert set(problems["column"]) == {"partner", "date"}
        assert list(problems["row"]) == [2, 2]
    assert snapshot(data_copy) == before

