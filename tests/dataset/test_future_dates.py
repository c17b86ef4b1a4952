"""Dates that must not lie in the future (a record's date, when it was last checked, the dataset's
last update, a release's date) may be today: only tomorrow and later is the future."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import edit_agreement, read_rows, write_rows
from tests.dataset.test_loader import problems_for
from tracker.dataset.loader import load_dataset

TODAY = date(2030, 6, 15)  # after every date in the data, so that only the edited date is at stake


def _unlinked_record_without_amount(folder) -> int:
    """A record no other record links to, that links nowhere and states no amount: its date can
    move without breaking lifecycle order or needing a rate for the year."""
    rows = read_rows(folder / "agreements.csv")
    linked = {r["follows"] for r in rows} | {r["part_of"] for r in rows}
    return next(i for i, r in enumerate(rows)
                if r["id"] not in linked and not r["follows"] and not r["part_of"] and not r["value_m"])


def _set_record_date(folder, day: date) -> tuple[int, str]:
    index = _unlinked_record_without_amount(folder)
    edit_agreement(folder, index, date=day.isoformat(), date_precision="day")
    return index + 2, "date"


def _set_last_checked(folder, day: date) -> tuple[int, str]:
    edit_agreement(folder, 0, last_checked=day.isoformat())
    return 2, "last_checked"


def _set_updated(folder, day: date) -> tuple[int, str]:
    path = folder / "metadata.csv"
    rows = read_rows(path)
    index = next(i for i, r in enumerate(rows) if r["key"] == "updated")
    rows[index]["value"] = day.isoformat()
    write_rows(path, rows)
    return index + 2, "value"


def _set_release_date(folder, day: date) -> tuple[int, str]:
    path = folder / "changelog.csv"
    rows = read_rows(path)
    rows[-1]["date"] = day.isoformat()
    write_rows(path, rows)
    return len(rows) + 1, "date"


DATES = {"agreements.csv": _set_record_date, "agreements.csv last_checked": _set_last_checked,
         "metadata.csv": _set_updated, "changelog.csv": _set_release_date}


@pytest.mark.parametrize("where", DATES)
def test_a_date_of_today_is_not_in_the_future(data_copy, where):
    DATES[where](data_copy, TODAY)
    dataset = load_dataset(data_copy, today=TODAY)
    if where == "agreements.csv":
        assert (dataset.agreements["date"] == TODAY.isoformat()).sum() == 1
    if where == "metadata.csv":
        assert dataset.updated == TODAY.isoformat()


@pytest.mark.parametrize("where", DATES)
def test_a_date_of_tomorrow_is_rejected_naming_file_row_and_column(data_copy, where):
    tomorrow = TODAY + timedelta(days=1)
    row, column = DATES[where](data_copy, tomorrow)
    messages = problems_for(data_copy, today=TODAY)
    assert len(messages) == 1, messages
    file = where.split()[0]
    assert messages[0].startswith(f"{file}, row {row}, column {column}: '{tomorrow.isoformat()}' — "), messages
    assert "future" in messages[0], messages
