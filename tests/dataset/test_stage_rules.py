"""Every record says how far it got (its stage), and the stage fits its instrument, status and amount."""

from __future__ import annotations

import pytest

from tests.conftest import edit_agreement, read_rows
from tests.dataset.test_loader import problems_for
from tracker.dataset import schema


def _first(folder, **wanted) -> int:
    rows = read_rows(folder / "agreements.csv")
    return next(i for i, r in enumerate(rows) if all(r[k] in v for k, v in wanted.items()))


def test_every_record_of_the_release_has_a_known_stage(dataset):
    assert set(dataset.agreements["stage"]) <= set(schema.STAGES)
    assert dataset.agreements["stage"].ne("").all()


def test_an_unknown_or_missing_stage_is_rejected(data_copy):
    edit_agreement(data_copy, 0, stage="finished")
    assert any("row 2, column stage: 'finished' — unknown value finished" in m for m in problems_for(data_copy))
    edit_agreement(data_copy, 0, stage="")
    assert any("row 2, column stage: '' — " in m for m in problems_for(data_copy))


def test_talks_are_exactly_the_talks_meetings_and_summits(data_copy):
    talks = _first(data_copy, instrument=schema.MEETING_INSTRUMENTS)
    edit_agreement(data_copy, talks, stage="signed", status="signed")
    assert problems_for(data_copy) == [f"agreements.csv, row {talks + 2}, column stage: 'signed' — talks, since the "
                                       "instrument is talks, a meeting or a summit"]


def test_a_memorandum_is_not_at_the_stage_of_talks(data_copy):
    memo = _first(data_copy, instrument=("memorandum",), status=("signed",), amount_kind=("",))
    edit_agreement(data_copy, memo, stage="talks", status="held")
    assert problems_for(data_copy) == [f"agreements.csv, row {memo + 2}, column stage: 'talks' — a stage other than "
                                       "talks: only talks, meetings and summits are at the stage of talks"]


def test_a_disbursed_amount_is_never_on_talks(data_copy):
    talks = _first(data_copy, instrument=schema.MEETING_INSTRUMENTS, amount_kind=("",))
    rows = read_rows(data_copy / "agreements.csv")
    rate = {r["year"]: float(r["usd_per_eur"]) for r in read_rows(data_copy / "fx_rates.csv")}[rows[talks]["date"][:4]]
    edit_agreement(data_copy, talks, value_m="10", value_currency="EUR", amount_kind="disbursed", value_eur_m="10",
                   value_usd_m=f"{10 * rate:.1f}", fx_basis="annual_rate")
    messages = problems_for(data_copy)
    assert messages == [f"agreements.csv, row {talks + 2}, column amount_kind: 'disbursed' — an amount kind that fits "
                        "the stage talks: none, non_binding"], messages


@pytest.mark.parametrize("stage, status", [("announced", "signed"), ("delivered", "signed"),
                                           ("committed", "announced"), ("talks", "completed")])
def test_a_status_that_contradicts_the_stage_is_rejected(data_copy, stage, status):
    instruments = schema.MEETING_INSTRUMENTS if stage == "talks" else ("memorandum", "agreement", "roadmap")
    row = _first(data_copy, instrument=instruments, amount_kind=("",))
    edit_agreement(data_copy, row, stage=stage, status=status)
    messages = problems_for(data_copy)
    assert messages == [f"agreements.csv, row {row + 2}, column status: '{status}' — a status that fits the stage "
                        f"{stage}: {', '.join(schema.STAGE_STATUSES[stage])}"], messages


def test_committed_money_needs_a_stage_of_committed_money(data_copy):
    row = _first(data_copy, stage=("committed",), amount_kind=("committed",))
    edit_agreement(data_copy, row, stage="signed")
    assert problems_for(data_copy) == [f"agreements.csv, row {row + 2}, column amount_kind: 'committed' — an amount "
                                       "kind that fits the stage signed: none, headline, non_binding"]
