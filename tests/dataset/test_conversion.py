"""Converted amounts must match the year's rate in fx_rates.csv: to rounding for our own conversion
(annual_rate), more loosely for a figure the source states itself (stated_by_source)."""

from __future__ import annotations

import pytest

from tests.conftest import edit_agreement, read_rows
from tests.dataset.test_loader import problems_for
from tracker.dataset.loader import load_dataset

STATED = 100.0


def _give_first_record_an_amount(folder, currency: str, basis: str, off: float) -> tuple[str, str, float, int]:
    """The first record of money committed states STATED m in ``currency``; its other currency is the
    year's rate conversion, ``off`` (a share) away from it. Returns the record's id, the converted column
    and value, and the record's row in the spreadsheet."""
    rows = read_rows(folder / "agreements.csv")
    index = next(i for i, r in enumerate(rows) if r["stage"] in ("committed", "delivered"))
    row = rows[index]
    rate = {r["year"]: float(r["usd_per_eur"]) for r in read_rows(folder / "fx_rates.csv")}[row["date"][:4]]
    own, other = ("value_eur_m", "value_usd_m") if currency == "EUR" else ("value_usd_m", "value_eur_m")
    converted = round((STATED * rate if currency == "EUR" else STATED / rate) * (1 + off), 2)
    edit_agreement(folder, index, value_m=f"{STATED:g}", value_currency=currency, amount_kind="committed",
                   fx_basis=basis, **{own: f"{STATED:g}", other: f"{converted}"})
    return row["id"], other, converted, index + 2


@pytest.mark.parametrize("currency", ["EUR", "USD"])
@pytest.mark.parametrize("basis, off", [("annual_rate", 0.003), ("annual_rate", -0.003),
                                        ("stated_by_source", 0.10)])
def test_a_conversion_within_its_tolerance_loads(data_copy, currency, basis, off):
    record_id, column, converted, _ = _give_first_record_an_amount(data_copy, currency, basis, off)
    record = load_dataset(data_copy).agreements.set_index("id").loc[record_id]
    assert record[column] == pytest.approx(converted)


@pytest.mark.parametrize("currency", ["EUR", "USD"])
@pytest.mark.parametrize("basis, off", [("annual_rate", 0.02), ("annual_rate", -0.02),
                                        ("stated_by_source", 0.25)])
def test_a_conversion_off_the_years_rate_beyond_its_tolerance_is_rejected(data_copy, currency, basis, off):
    _, column, converted, row = _give_first_record_an_amount(data_copy, currency, basis, off)
    messages = problems_for(data_copy)
    assert len(messages) == 1, messages
    assert messages[0].startswith(f"agreements.csv, row {row}, column {column}: '{converted}' — about "), messages
    assert messages[0].endswith("; an inconsistent conversion"), messages
