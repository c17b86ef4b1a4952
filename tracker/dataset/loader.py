"""Reads and validates the dataset folder into typed pandas DataFrames.

This is the only way the app and every export read data. Nothing here writes to
the folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from tracker.dataset import lifecycle, schema
from tracker.dataset.column_checks import check_columns
from tracker.dataset.metadata_checks import check_metadata
from tracker.dataset.problems import DataValidationError, Problem
from tracker.dataset.reading import read_csv_text
from tracker.dataset.record_rules import check_agreement_rules
from tracker.selection import search
from tracker.views.colours import partner_groups

DATA_DIR_ENV = "TRACKER_DATA_DIR"
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"

LIST_COLUMNS = ("ca_countries", "commodities", "counterparties", "source_ids")


@dataclass(frozen=True)
class Dataset:
    """The validated dataset.

    agreements: one row per record; multi-valued cells are tuples; ``year`` is the
    date's year. ``ca_flags`` and ``commodity_flags`` are boolean one-hot tables
    aligned with ``agreements`` (a column per code) that make filtering and
    per-country aggregation vectorised.
    """

    agreements: pd.DataFrame
    ca_flags: pd.DataFrame
    commodity_flags: pd.DataFrame
    sources: pd.DataFrame
    countries: pd.DataFrame
    key_facts: pd.DataFrame
    fx_rates: pd.DataFrame
    metadata: dict[str, str]
    changelog: pd.DataFrame
    folder: Path

    @property
    def updated(self) -> str:
        return self.metadata["updated"]

    @property
    def version(self) -> str:
        return self.metadata["version"]

    @property
    def search_text(self) -> pd.Series:
        """Per record, the normalised text the free-text search looks at (tracker.selection.search); built on
        the first search, not at load, since at 100,000 records it holds the summaries once more."""
        cached = self.__dict__.get("_search_text")
        if cached is None:
            cached = search.haystack(self.agreements, self.countries)
            object.__setattr__(self, "_search_text", cached)  # a cache, not a field: the dataset stays frozen
        return cached

    @property
    def children(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """For each link column (follows, part_of): the records that link to each record directly."""
        cached = self.__dict__.get("_children")
        if cached is None:
            a = self.agreements
            cached = {column: lifecycle.followers(dict(zip(a["id"], a[column], strict=True)))
                      for column in ("follows", "part_of")}
            object.__setattr__(self, "_children", cached)
        return cached


def data_dir() -> Path:
    """The dataset folder: $TRACKER_DATA_DIR if set, else data/ beside the package."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured) if configured else DEFAULT_DATA_DIR


def load_dataset(folder: str | Path | None = None, *, today: date | None = None) -> Dataset:
    """Read, validate and type every file; raise DataValidationError listing every problem."""
    folder = Path(folder) if folder is not None else data_dir()
    today = today or date.today()
    if not folder.is_dir():
        raise DataValidationError([Problem(str(folder), None, None, None, "the data folder does not exist")])

    raw: dict[str, pd.DataFrame | None] = {}
    problems: list[Problem] = []
    for spec in schema.FILES:
        frame, read_problems = read_csv_text(folder / spec.name, spec)
        raw[spec.name] = frame
        problems += read_problems

    _release_unused_memory()
    refs = _reference_sets(raw)
    for spec in schema.FILES:
        frame = raw[spec.name]
        if frame is not None:
            problems += check_columns(frame, spec, refs, today)
    if problems:
        raise DataValidationError(problems)

    problems += check_agreement_rules(raw[schema.AGREEMENTS.name], raw[schema.FX_RATES.name])
    problems += check_metadata(raw[schema.METADATA.name], today)
    if problems:
        raise DataValidationError(problems)
    dataset = _typed(raw, folder)
    _release_unused_memory()
    return dataset


def _release_unused_memory() -> None:
    """Hand memory that Arrow's pool keeps after parsing back to the system: at 100,000 records
    the server otherwise holds a third more than its data needs."""
    pa.default_memory_pool().release_unused()


def _reference_sets(raw: dict[str, pd.DataFrame | None]) -> dict[str, frozenset[str] | None]:
    """Ids and codes that other files may refer to; None where the file could not be read,
    so that references to it are not all reported as unknown."""

    def column(file: str, name: str, where=None) -> frozenset[str] | None:
        frame = raw.get(file)
        if frame is None:
            return None
        if where is not None:
            frame = frame[frame["group"] == where]
        return frozenset(frame[name])

    return {
        "sources": column(schema.SOURCES.name, "id"),
        "agreements": column(schema.AGREEMENTS.name, "id"),
        "countries": column(schema.COUNTRIES.name, "code"),
        "ca_countries": (None if raw.get(schema.COUNTRIES.name) is None
                         else column(schema.COUNTRIES.name, "code", "central_asia") & frozenset(schema.CA_CODES)),
        "partners": column(schema.COUNTRIES.name, "code", "partner"),
    }


def one_hot(cells: pd.Series, codes: tuple[str, ...]) -> pd.DataFrame:
    """A boolean column per code: does each cell's tuple hold it. Judged once per distinct tuple."""
    positions, distinct = pd.factorize(cells)
    table = np.array([[code in items for code in codes] for items in distinct], dtype=bool)
    return pd.DataFrame(table.reshape(-1, len(codes))[positions], columns=list(codes), index=cells.index)


def _split_cells(cells: pd.Series) -> pd.Series:
    """Multi-valued cells as tuples; equal cells share one tuple (they repeat a lot), and each
    distinct cell is split once."""
    positions, distinct = pd.factorize(cells)
    split = np.empty(len(distinct), dtype=object)
    for i, cell in enumerate(distinct):
        split[i] = tuple(schema.split_list(cell))
    return pd.Series(split[positions], index=cells.index, dtype=object)


def _chains_column(ids: pd.Series, chains: dict[str, tuple[str, ...]]) -> pd.Series:
    """Each record's part_of chain upwards as a tuple; records outside any chain share one empty tuple."""
    column = np.empty(len(ids), dtype=object)
    column[:] = [()]
    if chains:
        for position in np.flatnonzero(ids.isin(chains.keys()).to_numpy()):
            column[position] = chains[ids.iat[position]]
    return pd.Series(column, index=ids.index, dtype=object)


def _in_date_order(frame: pd.DataFrame) -> pd.DataFrame:
    """The records by date, then id. Column by column, so that a big dataset is never held twice;
    text columns are reordered by Arrow itself (pandas' take would first join a column's pieces
    into a second copy)."""
    order = np.lexsort((frame["id"].to_numpy(dtype=object), frame["date"].to_numpy()))
    if (order == np.arange(len(order))).all():
        return frame.reset_index(drop=True)
    indices = pa.array(order)
    columns = {}
    for column in list(frame.columns):
        values = frame[column]
        if isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow":
            columns[column] = pd.Series(pa.array(values.array).take(indices), dtype=values.dtype)
        else:
            columns[column] = values.take(order).reset_index(drop=True)
        del values, frame[column]
        _release_unused_memory()
    return pd.DataFrame(columns)


def _typed(raw: dict[str, pd.DataFrame], folder: Path) -> Dataset:
    a = raw[schema.AGREEMENTS.name]  # ours alone: typed in place, text stays in Arrow strings
    for column in LIST_COLUMNS:
        a[column] = _split_cells(a[column])
    for column in ("date", "period_start", "period_end", "last_checked"):  # validated already: "" is the only non-date
        a[column] = pd.to_datetime(a[column], format="%Y-%m-%d", errors="coerce").astype("datetime64[us]")
    a["year"] = a["date"].dt.year.astype("int64")
    for column in ("value_m", "value_usd_m", "value_eur_m"):
        a[column] = pd.to_numeric(a[column], errors="coerce").astype("float64")
    a["in_totals"] = a["in_totals"].eq("true")
    a = _in_date_order(a)
    chains = lifecycle.ancestors({k: v for k, v in zip(a["id"], a["part_of"], strict=True) if v})
    a["part_of_chain"] = _chains_column(a["id"], chains)

    sources = raw[schema.SOURCES.name].copy()
    countries = raw[schema.COUNTRIES.name].copy()
    countries[["capital_lat", "capital_lon"]] = countries[["capital_lat", "capital_lon"]].astype("float64")
    a["partner_group"] = a["partner"].map(partner_groups(countries)).astype(object)
    key_facts = raw[schema.KEY_FACTS.name].copy()
    key_facts["value"] = key_facts["value"].astype("float64")
    key_facts["year"] = key_facts["year"].astype("int64")
    key_facts["source_ids"] = _split_cells(key_facts["source_ids"])
    fx_rates = raw[schema.FX_RATES.name].copy()
    fx_rates["year"] = fx_rates["year"].astype("int64")
    fx_rates["usd_per_eur"] = fx_rates["usd_per_eur"].astype("float64")
    metadata = dict(zip(raw[schema.METADATA.name]["key"], raw[schema.METADATA.name]["value"], strict=True))
    changelog = raw[schema.CHANGELOG.name].copy()
    changelog["date"] = pd.to_datetime(changelog["date"], format="%Y-%m-%d").astype("datetime64[us]")

    return Dataset(
        agreements=a,
        ca_flags=one_hot(a["ca_countries"], schema.CA_CODES),
        commodity_flags=one_hot(a["commodities"], schema.COMMODITIES),
        sources=sources,
        countries=countries,
        key_facts=key_facts,
        fx_rates=fx_rates,
        metadata=metadata,
        changelog=changelog,
        folder=folder,
    )
