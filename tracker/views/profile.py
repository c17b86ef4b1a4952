"""Profiles: what one Central Asian country, one partner, or one pair of them has done, in figures.

A profile is the selection narrowed to its subject: ``country?code=KAZ`` holds the selected records
that involve Kazakhstan, ``partner?code=DEU`` those of Germany, ``partner?code=DEU&with=KAZ`` (or
``country?code=KAZ&with=DEU``) those of both. Its figures are the data page's for the same filters:
the same records, counted the same way (tracker.selection.totals), nothing counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import numpy as np
import pandas as pd

from tracker.dataset import schema
from tracker.dataset.lifecycle import followers
from tracker.dataset.loader import Dataset
from tracker.exports.links import labelled, permalink
from tracker.selection.filters import involves_country
from tracker.selection.totals import counted_mask
from tracker.selection.url import PAGE_KEYS

KINDS = ("country", "partner")
PAGE_PATHS = {"country": "country", "partner": "partner"}  # the pages' URL paths
MAX_CODE = 12  # longer codes in a link are not looked up


@dataclass(frozen=True)
class Subject:
    """Who a profile is about: a Central Asian country or a partner, and the other side of a pair."""

    kind: str  # "country" or "partner"
    code: str
    other: str = ""  # with=…: a partner for a country's profile, a country for a partner's; "" for none

    @property
    def country(self) -> str:
        return self.code if self.kind == "country" else self.other

    @property
    def partner(self) -> str:
        return self.code if self.kind == "partner" else self.other


def parse_subject(kind: str, code: str, other: str, dataset: Dataset) -> Subject | None:
    """The subject a link names, or None when its codes are not a Central Asian country and a partner
    of the dataset (a country's pair is with a partner, a partner's with a country)."""
    code, other = str(code or "").strip()[:MAX_CODE], str(other or "").strip()[:MAX_CODE]
    countries = dataset.countries
    central = set(countries.loc[countries["group"] == "central_asia", "code"])
    partners = set(countries.loc[countries["group"] == "partner", "code"])
    own, others = (central, partners) if kind == "country" else (partners, central)
    if kind not in KINDS or code not in own or (other and other not in others):
        return None
    return Subject(kind, code, other)


def profile_records(records: pd.DataFrame, subject: Subject, ca_flags: pd.DataFrame | None = None) -> pd.DataFrame:
    """The records of the selection that the profile is about, in the selection's order."""
    mask = np.ones(len(records), dtype=bool)
    if subject.country:
        flags = ca_flags[[subject.country]] if ca_flags is not None else None  # one column, not five
        mask &= involves_country(records, subject.country, flags).to_numpy(dtype=bool)
    if subject.partner:
        mask &= (records["partner"] == subject.partner).to_numpy(dtype=bool)
    return records[mask]


@dataclass(frozen=True)
class ProfileFigures:
    records: int
    stages: pd.Series  # records per stage, every stage of schema.STAGES in the lifecycle's order
    amounts: pd.DataFrame  # per amount kind: value (in the currency) and records counted, every kind listed
    commodities: pd.Series  # records per commodity, most first


def amounts_by_kind(records: pd.DataFrame, currency: str) -> pd.DataFrame:
    """For each amount kind, the total of that kind alone and how many records it adds up (the
    Investments page's totals with that one kind chosen: in scope only, no amount counted twice), in
    ``currency`` (column value) and in both currencies (value_eur, value_usd)."""
    rows = []
    stated = records[records["value_m"].notna().to_numpy()]  # the few that state an amount
    for kind in schema.AMOUNT_KINDS:
        counted = stated[counted_mask(stated, False, (kind,)).to_numpy()]
        eur, usd = float(counted["value_eur_m"].sum()), float(counted["value_usd_m"].sum())
        rows.append({"kind": kind, "value": eur if currency == "EUR" else usd, "value_eur": eur, "value_usd": usd,
                     "records": len(counted)})
    return pd.DataFrame(rows)


def commodity_counts(records: pd.DataFrame) -> pd.Series:
    """How many records name each commodity, most first (ties in the schema's order)."""
    counts = records["commodities"].explode().value_counts()
    order = {code: i for i, code in enumerate(schema.COMMODITIES)}
    frame = pd.DataFrame({"code": counts.index, "n": counts.to_numpy()})
    frame = frame.assign(rank=frame["code"].map(order)).sort_values(["n", "rank"], ascending=[False, True])
    return pd.Series(frame["n"].to_numpy(), index=frame["code"].to_numpy(), dtype="int64")


def profile_figures(records: pd.DataFrame, currency: str) -> ProfileFigures:
    return ProfileFigures(
        records=len(records),
        stages=records["stage"].value_counts().reindex(list(schema.STAGES), fill_value=0).astype("int64"),
        amounts=amounts_by_kind(records, currency),
        commodities=commodity_counts(records),
    )


def counterparts(records: pd.DataFrame, subject: Subject, ca_flags: pd.DataFrame | None = None) -> pd.Series:
    """Records per other side: per partner for a country's profile, per Central Asian country for a
    partner's; most first."""
    if subject.kind == "country":
        counts = records["partner"].value_counts()
    else:
        flags = ca_flags.loc[records.index] if ca_flags is not None else None
        counts = pd.Series({code: int(involves_country(records, code, flags).sum()) for code in schema.CA_CODES})
        counts = counts[counts > 0].sort_values(ascending=False, kind="stable")
    return counts.astype("int64")


def year_stage_counts(records: pd.DataFrame, year_from: int, year_to: int) -> pd.DataFrame:
    """Records per year (rows, every year of the selection) and stage (columns, the lifecycle's order)."""
    table = pd.crosstab(records["year"], records["stage"]) if len(records) else pd.DataFrame()
    return table.reindex(index=range(year_from, year_to + 1), columns=list(schema.STAGES), fill_value=0).astype(
        "int64")


def lifecycle_chains(records: pd.DataFrame) -> list[tuple[str, ...]]:
    """The lifecycle chains among the profile's records (memorandum → roadmap → project → financing,
    by ``follows``): every path from a record that follows none of them to one that none of them
    follows, of two records or more, oldest first."""
    ids, follows = records["id"].tolist(), records["follows"].tolist()
    all_ids, followed = set(ids), set(follows)
    # only the records in a chain: a big selection has few of them
    parents = {i: p for i, p in zip(ids, follows, strict=True) if p in all_ids or i in followed}
    present = set(parents)
    children = followers({child: parent for child, parent in parents.items() if parent in present})
    chains = []

    def walk(path: tuple[str, ...]) -> None:
        below = children.get(path[-1], ())
        if not below:
            if len(path) > 1:
                chains.append(path)
            return
        for child in below:
            if child not in path:  # validation rejects loops; this keeps a broken copy from hanging
                walk(path + (child,))

    for record_id in parents:
        if parents[record_id] not in present:
            walk((record_id,))
    return chains


def chain_table(chains: list[tuple[str, ...]], titles: dict[str, str], step_label,
                query: dict[str, str] | None = None) -> pd.DataFrame:
    """The chains as a table: one row per chain, one column per step (``step_label(n)`` names it), each
    cell a link to the record's page whose text, after #, is its title; "" past a chain's end."""
    steps = max((len(chain) for chain in chains), default=0)

    def cell(chain: tuple[str, ...], n: int) -> str:
        return labelled(permalink(chain[n], query=query), titles[chain[n]]) if n < len(chain) else ""

    return pd.DataFrame({step_label(n + 1): [cell(chain, n) for chain in chains] for n in range(steps)})


def most_cited_sources(records: pd.DataFrame, sources: pd.DataFrame, count: int = 8) -> pd.DataFrame:
    """The sources the profile's records cite most: id, publisher, title, url, published, records;
    ties in the order of sources.csv."""
    cited = records["source_ids"].explode().dropna()
    counts = cited.value_counts()
    table = sources[sources["id"].isin(counts.index)].copy()
    table["records"] = table["id"].map(counts).astype("int64")
    table["order"] = range(len(table))
    table = table.sort_values(["records", "order"], ascending=[False, True]).head(count)
    return table[["id", "publisher", "title", "url", "published", "records"]].reset_index(drop=True)


def profile_link(kind: str, code: str, other: str = "", query: dict[str, str] | None = None,
                 label: str = "") -> str:
    """A profile's address, relative to the app: the selection's query (``query``, as the URL holds it)
    plus code and with. ``label`` goes after a ``#``, where a table's link column reads the text it shows
    (the browser does not send it)."""
    params = {k: v for k, v in (query or {}).items() if k not in PAGE_KEYS}
    params |= {"code": code} | ({"with": other} if other else {})
    return labelled(f"{PAGE_PATHS[kind]}?{urlencode(params)}", label)



def profile_subjects(partner: str = "", countries: tuple[str, ...] | list[str] = ()) -> list[Subject]:
    """The profiles a record or a map pick leads to: the partner's, each country's, and each pair's."""
    countries = [code for code in dict.fromkeys(countries) if code]
    subjects = [Subject("partner", partner)] if partner else []
    subjects += [Subject("country", code) for code in countries]
    if partner:
        subjects += [Subject("partner", partner, code) for code in countries]
    return subjects
