"""Rules that join several columns of a record, or a record to others: date precision, periods,
links between records, totals and amounts with their conversion.

They run after the column checks passed, so every cell has the right form.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.dataset import lifecycle, schema
from tracker.dataset.problems import Problem, spreadsheet_row


def check_agreement_rules(agreements: pd.DataFrame, fx_rates: pd.DataFrame | None) -> list[Problem]:
    """Rules that join several columns: precision, periods, amounts and their conversion.

    Runs after the column checks passed, so every cell has the right form.
    """
    a = agreements
    found: list[tuple[pd.Series, str | pd.Series, str | pd.Series]] = []

    def rule(mask: pd.Series, column: str | pd.Series, expected: str | pd.Series) -> None:
        """Rows where mask holds break the rule; column and expected may differ per row."""
        found.append((mask, column, expected))

    rule((a["date_precision"] == "month") & ~a["date"].str.endswith("-01"), "date",
         "a month-precise date uses day 01 (YYYY-MM-01)")
    rule((a["date_precision"] == "year") & ~a["date"].str.endswith("-01-01"), "date",
         "a year-precise date is written YYYY-01-01")
    has_start, has_end = a["period_start"] != "", a["period_end"] != ""
    rule(has_start != has_end, "period_end", "period_start and period_end are given together or not at all")
    rule(has_start & has_end & (a["period_start"] > a["period_end"]), "period_end",
         "a date on or after period_start")
    rule((a["part_of"] != "") & (a["part_of"] == a["id"]), "part_of", "the id of another record, not of this one")
    rule((a["follows"] != "") & (a["follows"] == a["id"]), "follows", "the id of another record, not of this one")
    date_of = pd.Series(a["date"].to_numpy(), index=a["id"].to_numpy())
    date_of = date_of[~date_of.index.duplicated()]
    followed_date = a["follows"].map(date_of)
    rule((a["follows"] != "") & (a["follows"] != a["id"]) & followed_date.notna() & (followed_date > a["date"]),
         "follows", "the id of an earlier record (or one of the same date): a record cannot follow a later one")
    for column in ("part_of", "follows"):
        parents = dict(zip(a["id"], a[column], strict=True))
        looped = lifecycle.chain_problems({k: v for k, v in parents.items() if v != k}, column)
        if looped:
            rule(a["id"].isin(looped.keys()) & (a[column] != a["id"]), column, a["id"].map(looped))
    rule((a["in_totals"] == "false") & (a["exclusion_reason"] == ""), "exclusion_reason",
         "a reason (outbound or wider_scope) when in_totals is false")
    rule((a["in_totals"] == "true") & (a["exclusion_reason"] != ""), "exclusion_reason",
         "empty when in_totals is true")

    _stage_rules(a, rule)

    has_value = a["value_m"] != ""
    amount_columns = ("value_currency", "amount_kind", "value_usd_m", "value_eur_m", "fx_basis")
    for column in amount_columns:
        rule(~has_value & (a[column] != ""), column, "empty when value_m is empty")
        rule(has_value & (a[column] == ""), column, "a value when value_m is given")

    complete = has_value
    for column in amount_columns:
        complete &= a[column] != ""
    stated = pd.to_numeric(a["value_m"].where(complete), errors="coerce")
    usd = pd.to_numeric(a["value_usd_m"].where(complete), errors="coerce")
    eur = pd.to_numeric(a["value_eur_m"].where(complete), errors="coerce")
    is_eur = a["value_currency"] == "EUR"
    own, own_column = eur.where(is_eur, usd), pd.Series("value_usd_m", index=a.index).where(~is_eur, "value_eur_m")
    other, other_column = usd.where(is_eur, eur), own_column.map({"value_eur_m": "value_usd_m",
                                                                  "value_usd_m": "value_eur_m"})
    rule(complete & ((own - stated).abs() > 0.05), own_column,
         "the amount stated in value_m, since value_currency names this column's currency")

    years = pd.to_numeric(a["date"].str[:4], errors="coerce")
    rates = pd.Series(dtype="float64")
    if fx_rates is not None:
        rates = pd.Series(pd.to_numeric(fx_rates["usd_per_eur"], errors="coerce").values,
                          index=pd.to_numeric(fx_rates["year"], errors="coerce"))
        rates = rates[~rates.index.duplicated()]
    rate = years.map(rates)
    rule(complete & rate.isna(), "date", "a year that has a rate in fx_rates.csv to convert the amount")
    with np.errstate(over="ignore", invalid="ignore"):  # absurd amounts are reported, not warned about
        expected_other = (stated * rate).where(is_eur, stated / rate)
    tolerance = a["fx_basis"].map(schema.FX_TOLERANCE).fillna(0.0).astype("float64")
    with np.errstate(over="ignore", invalid="ignore"):
        off = (other - expected_other).abs() > (expected_other.abs() * tolerance).clip(lower=0.05)
        expected_other = expected_other.round(1)
    message = ("about " + expected_other.astype(str) + " at the rate of fx_rates.csv for " +
               years.astype("Int64").astype(str) + "; an inconsistent conversion")
    rule(complete & rate.notna() & off, other_column, message)

    return _problems(a, found)


def _stage_rules(a: pd.DataFrame, rule) -> None:
    """The stage fits the rest of the record: talks are exactly the talks, meetings and summits; each
    stage has the statuses and amount kinds it allows (schema.STAGE_STATUSES, STAGE_AMOUNT_KINDS)."""
    known = a["stage"].isin(schema.STAGES)
    meeting = a["instrument"].isin(schema.MEETING_INSTRUMENTS)
    rule(known & meeting & (a["stage"] != "talks"), "stage",
         "talks, since the instrument is talks, a meeting or a summit")
    rule(known & ~meeting & (a["stage"] == "talks"), "stage",
         "a stage other than talks: only talks, meetings and summits are at the stage of talks")
    for stage in schema.STAGES:
        at_stage = a["stage"] == stage
        rule(at_stage & ~a["status"].isin(schema.STAGE_STATUSES[stage]), "status",
             f"a status that fits the stage {stage}: {', '.join(schema.STAGE_STATUSES[stage])}")
        kinds = schema.STAGE_AMOUNT_KINDS[stage]
        rule(at_stage & ~a["amount_kind"].isin(kinds), "amount_kind",
             f"an amount kind that fits the stage {stage}: {', '.join(k or 'none' for k in kinds)}")


def _problems(a: pd.DataFrame, found) -> list[Problem]:
    problems = []
    for mask, column, expected in found:
        for i in mask[mask.fillna(False)].index:
            column_name = column if isinstance(column, str) else column.at[i]
            text = expected if isinstance(expected, str) else expected.at[i]
            problems.append(Problem(schema.AGREEMENTS.name, spreadsheet_row(i), column_name,
                                    a.at[i, column_name], text))
    return sorted(problems, key=lambda p: p.row or 0)
