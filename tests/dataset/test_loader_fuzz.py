"""Random cell contents never make the loader fail with anything but DataValidationError."""

from __future__ import annotations

import csv
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import read_rows
from tracker.dataset.loader import DEFAULT_DATA_DIR, load_dataset
from tracker.dataset.problems import DataValidationError
from tracker.dataset.schema import AGREEMENTS

MAX_EXAMPLES = 60  # each example loads the whole dataset (~0.1 s); 60 cover every column about twice

CELLS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "-1", "1e308", "inf", "nan", "2023-02-30", "0000-00-00", "KAZ;;", ";", "=1+1",
                     "true", "EUR", "999999999999999999999", "2023-05-01", " ", "\x00", "\r\n"]),
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """One copy of the data; each example writes its own agreements.csv over it (the loader reads only)."""
    target = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


ROWS = read_rows(DEFAULT_DATA_DIR / "agreements.csv")


@settings(max_examples=MAX_EXAMPLES, deadline=None)
@given(column=st.sampled_from(AGREEMENTS.column_names), row=st.integers(0, 5), value=CELLS,
       extra=st.one_of(st.none(), st.text(max_size=20)))
def test_only_validation_errors_escape(folder, column, row, value, extra):
    rows = [dict(r) for r in ROWS]
    rows[row][column] = value
    with (folder / "agreements.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(AGREEMENTS.column_names)
        for r in rows:
            cells = [r[c] for c in AGREEMENTS.column_names]
            writer.writerow(cells + ([extra] if extra is not None and r is rows[row] else []))
    try:
        load_dataset(folder)
    except DataValidationError as error:
        assert error.problems and all(str(p) for p in error.problems)
