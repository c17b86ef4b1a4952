"""Totals and breakdowns of a selection's stated amounts, never counting money twice.

A record's amount counts when it states one, its kind is among the kinds asked for (by default
every kind but non-binding letters and pledges), it is in scope (``in_totals``, unless the caller
includes out-of-scope pledges), and no record above it in its ``part_of`` chain already counts in
the same selection. The chains are resolved over the whole dataset when it is loaded, so a record
in the middle of a chain that the filters leave out does not break it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from tracker.dataset.schema import DEFAULT_AMOUNT_KINDS, STAGES
from tracker.language.i18n import SEVERAL
from tracker.selection.filters import country_flags

CURRENCY_COLUMNS = {"EUR": "value_eur_m", "USD": "value_usd_m"}
# What totals and their charts read of a counted record.
COUNTED_COLUMNS = ("id", "date", "year", "partner", "partner_group", "ca_countries", "commodities", "value_m",
                   "value_currency", "amount_kind", "value_eur_m", "value_usd_m", "title_en", "title_de",
                   "title_ru")


def counted_mask(records: pd.DataFrame, include_out_of_scope: bool = False,
                 kinds: tuple[str, ...] = DEFAULT_AMOUNT_KINDS) -> pd.Series:
    """True for each record whose amount is added to totals of this selection."""
    eligible = records["value_m"].notna() & records["amount_kind"].isin(kinds)
    eligible &= records["in_totals"] | include_out_of_scope
    chains = records["part_of_chain"]
    linked = chains.map(len) > 0
    if not linked.any():
        return eligible
    counting = set(records.loc[eligible, "id"])
    covered = chains[linked].map(lambda chain: any(parent in counting for parent in chain))
    return eligible & ~covered.reindex(records.index, fill_value=False)


@dataclass(frozen=True)
class AmountCounts:
    """How many records of a selection state an amount, and what becomes of those amounts."""

    records: int  # records in the selection
    stated: int  # records that state an amount
    out_of_scope: int  # records with an amount left out as outbound or wider scope
    counted: int  # records whose amount is in the totals


def amount_counts(records: pd.DataFrame, include_out_of_scope: bool = False,
                  kinds: tuple[str, ...] = DEFAULT_AMOUNT_KINDS) -> AmountCounts:
    """The one count of stated, out-of-scope and counted amounts that every page and export quotes."""
    return _amount_counts(records, counted_mask(records, include_out_of_scope, kinds))


def _amount_counts(records: pd.DataFrame, counted: pd.Series) -> AmountCounts:
    stated = records["value_m"].notna()
    return AmountCounts(records=len(records), stated=int(stated.sum()),
                        out_of_scope=int((stated & ~records["in_totals"]).sum()), counted=int(counted.sum()))


@dataclass(frozen=True)
class Headline:
    agreements: int
    partners: int
    ca_countries: int
    value_eur_m: float
    value_usd_m: float
    stated: int  # records that state an amount
    counted: int  # records whose amount is in the totals
    out_of_scope: int  # records with an amount left out as outbound or wider scope


def headline(records: pd.DataFrame, ca_flags: pd.DataFrame | None = None) -> Headline:
    """The overview's figures; ``ca_flags``: the dataset's one-hot table of countries, when at hand."""
    counted = counted_mask(records)
    counts = _amount_counts(records, counted)
    return Headline(
        agreements=len(records),
        partners=records["partner"].nunique(),
        ca_countries=int(country_flags(records, ca_flags).any(axis=0).sum()),
        value_eur_m=float(records.loc[counted, "value_eur_m"].sum()),
        value_usd_m=float(records.loc[counted, "value_usd_m"].sum()),
        stated=counts.stated,
        counted=counts.counted,
        out_of_scope=counts.out_of_scope,
    )


def stage_counts(records: pd.DataFrame) -> pd.Series:
    """How many records of a selection stand at each stage, in the lifecycle's order (schema.STAGES),
    every stage listed, with 0 where none does."""
    return records["stage"].value_counts().reindex(list(STAGES), fill_value=0).astype("int64")


def most_recent(records: pd.DataFrame, count: int) -> pd.DataFrame:
    """The ``count`` latest records, newest first; records of the same date stay in id order.
    Only the dates are sorted, so a big selection is not copied to find a few rows."""
    latest = records["date"].reset_index(drop=True).sort_values(ascending=False, kind="stable").index[:count]
    return records.iloc[latest]


def single_or_several(cells: pd.Series) -> pd.Series:
    """The one code of each multi-valued cell, or SEVERAL when it holds more than one."""
    return cells.map(lambda codes: codes[0] if len(codes) == 1 else SEVERAL)


def counted_records(records: pd.DataFrame, currency: str, include_out_of_scope: bool = False,
                    kinds: tuple[str, ...] = DEFAULT_AMOUNT_KINDS) -> pd.DataFrame:
    """The records that add to totals, with ``value`` in the chosen currency and the grouping keys
    ``ca_key`` and ``commodity_key`` (a single code, or SEVERAL so that nothing is counted twice)."""
    columns = [c for c in COUNTED_COLUMNS if c in records.columns]  # not the long texts: a copy of
    counted = records.loc[counted_mask(records, include_out_of_scope, kinds), columns]  # those costs memory
    return counted.assign(
        value=counted[CURRENCY_COLUMNS[currency]],
        ca_key=single_or_several(counted["ca_countries"]),
        commodity_key=single_or_several(counted["commodities"]),
    )


def sums_by(counted: pd.DataFrame, key) -> pd.DataFrame:
    """Sum of ``value`` and number of records per value of ``key`` (a column of ``counted`` or a Series
    aligned with it), in order of first appearance: the one grouping behind every total by a dimension."""
    groups = counted["value"].groupby(counted[key] if isinstance(key, str) else key, sort=False)
    return pd.DataFrame({"value": groups.sum(), "records": groups.size()})


def value_by(records: pd.DataFrame, key: str, currency: str, include_out_of_scope: bool = False,
             kinds: tuple[str, ...] = DEFAULT_AMOUNT_KINDS, order: tuple[str, ...] = ()) -> pd.DataFrame:
    """Sum of counted amounts per value of ``key`` (partner, ca_key, commodity_key or year):
    columns key, value, records; largest first unless ``order`` is given."""
    grouped = sums_by(counted_records(records, currency, include_out_of_scope, kinds), key).reset_index()
    if order:
        rank = {code: i for i, code in enumerate(order)}
        grouped = grouped.sort_values(key, key=lambda s: s.map(lambda c: rank.get(c, len(rank))))
    else:
        grouped = grouped.sort_values("value", ascending=False, kind="stable")
    return grouped.reset_index(drop=True)


def value_by_year_and_partner(records: pd.DataFrame, currency: str,
                              include_out_of_scope: bool = False) -> pd.DataFrame:
    counted = counted_records(records, currency, include_out_of_scope)
    return (counted.groupby(["year", "partner"]).agg(value=("value", "sum"), records=("id", "size"))
            .reset_index().sort_values(["year", "partner"]).reset_index(drop=True))

