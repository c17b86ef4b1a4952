"""What the user selected in the sidebar, and the records that match it."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from tracker.dataset import schema
from tracker.dataset.loader import Dataset, one_hot
from tracker.selection import search

# Multi-valued filters, in the order the sidebar shows them; also their URL keys.
CODE_FILTERS = ("ca", "partner", "stage", "commodity", "instrument", "status")
# The filters on a record's own codes, besides who is involved; described by name in titles.
DETAIL_FILTERS = ("stage", "commodity", "instrument", "status")


@dataclass(frozen=True)
class Options:
    """The values each filter offers: codes that occur in the dataset, in vocabulary order."""

    year_min: int
    year_max: int
    ca: tuple[str, ...]
    partner: tuple[str, ...]
    stage: tuple[str, ...]
    commodity: tuple[str, ...]
    instrument: tuple[str, ...]
    status: tuple[str, ...]

    def codes(self, key: str) -> tuple[str, ...]:
        return getattr(self, key)


@dataclass(frozen=True)
class Selection:
    """A selection of records. Empty code tuples mean "no restriction"; years are inclusive."""

    year_from: int
    year_to: int
    ca: tuple[str, ...] = ()
    partner: tuple[str, ...] = ()
    stage: tuple[str, ...] = ()
    commodity: tuple[str, ...] = ()
    instrument: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    query: str = ""  # free-text search (tracker.selection.search); "" for none

    def codes(self, key: str) -> tuple[str, ...]:
        return getattr(self, key)

    def with_codes(self, key: str, codes) -> Selection:
        return replace(self, **{key: tuple(codes)})


def filter_options(dataset: Dataset) -> Options:
    a = dataset.agreements
    present_ca = {code for code in schema.CA_CODES if dataset.ca_flags[code].any()}
    present_commodities = {code for code in schema.COMMODITIES if dataset.commodity_flags[code].any()}
    partner_order = list(dataset.countries.loc[dataset.countries["group"] == "partner", "code"])
    partners = set(a["partner"])
    return Options(
        year_min=int(a["year"].min()),
        year_max=int(a["year"].max()),
        ca=tuple(c for c in schema.CA_CODES if c in present_ca),
        partner=tuple(c for c in partner_order if c in partners),
        stage=tuple(c for c in schema.STAGES if c in set(a["stage"])),
        commodity=tuple(c for c in schema.COMMODITIES if c in present_commodities),
        instrument=tuple(c for c in schema.INSTRUMENTS if c in set(a["instrument"])),
        status=tuple(c for c in schema.STATUSES if c in set(a["status"])),
    )


def default_selection(options: Options) -> Selection:
    return Selection(year_from=options.year_min, year_to=options.year_max)


def selection_mask(dataset: Dataset, selection: Selection) -> np.ndarray:
    """Boolean mask over ``dataset.agreements``. A record matches a country, partner or commodity
    filter when any of its values is selected; its year is its date's year; it matches the search
    when it holds every word of the query."""
    a = dataset.agreements
    mask = ((a["year"] >= selection.year_from) & (a["year"] <= selection.year_to)).to_numpy()
    if selection.ca:
        mask = mask & country_flags(a, dataset.ca_flags)[list(selection.ca)].to_numpy().any(axis=1)
    if selection.commodity:
        mask = mask & dataset.commodity_flags[list(selection.commodity)].to_numpy().any(axis=1)
    for key in ("partner", "stage", "instrument", "status"):
        codes = selection.codes(key)
        if codes:
            mask = mask & a[key].isin(codes).to_numpy()
    if selection.query:
        mask = mask & search.matches(dataset.search_text, selection.query)
    return mask


def apply_filters(dataset: Dataset, selection: Selection) -> pd.DataFrame:
    """The records of the selection, in date order. When every record matches, the dataset's own
    frame comes back (not a copy per session); callers never modify it."""
    mask = selection_mask(dataset, selection)
    return dataset.agreements if mask.all() else dataset.agreements[mask]



def country_flags(records: pd.DataFrame, ca_flags: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which Central Asian countries each record involves: a boolean column per code of CA_CODES, indexed
    like ``records`` (a regional record is True in each of its countries). This is the one answer to
    "which records involve country X". ``ca_flags``, the dataset's own one-hot table, saves reading the
    country lists again; without it the lists are read."""
    if ca_flags is None:
        return one_hot(records["ca_countries"], schema.CA_CODES)
    if records.index.equals(ca_flags.index):
        return ca_flags
    return ca_flags.loc[records.index]


def involves_country(records: pd.DataFrame, code: str, ca_flags: pd.DataFrame | None = None) -> pd.Series:
    """True for each record that involves the Central Asian country ``code``."""
    return country_flags(records, ca_flags)[code]
