"""Tables that pages show: records, recent agreements, key facts, one record's details, sources."""

from __future__ import annotations

import pandas as pd

from tracker.dataset.loader import Dataset
from tracker.exports.links import permalink
from tracker.language.formatting import (
    format_date,
    format_dates,
    format_money,
    format_number,
    format_period,
    iso_at_precision,
)
from tracker.language.i18n import Labels, t
from tracker.selection.totals import most_recent
from tracker.views.profile import profile_link


def stated_amount(record, lang: str) -> str:
    """The amount as the source states it, in its own currency; "–" when none is stated."""
    return format_money(record["value_m"], record["value_currency"], lang)


def stated_amounts(records: pd.DataFrame, lang: str) -> list[str]:
    """stated_amount for every record; each distinct amount is formatted once."""
    pairs = list(zip(records["value_m"], records["value_currency"], strict=True))
    formatted = {pair: format_money(pair[0], pair[1], lang) for pair in set(pairs)}
    return [formatted[pair] for pair in pairs]


def _money(values: pd.Series, currency: str, lang: str, as_text: bool):
    if not as_text:
        return values.to_numpy()
    return [format_money(v, currency, lang) for v in values]


def _optional(values: pd.Series, label) -> list[str]:
    return [label(v) if v else "" for v in values]


def _named(values: pd.Series, labels: Labels, kind: str):
    """Each code (or list of codes) by its name in the user's language."""
    name = labels.codes if kind == "commodity" else labels.code
    return values.map(lambda c: name(kind, c)).to_numpy()


# Every table of records is built here, one column at a time: (header key, cells). Dates are written
# at their precision; missing values are "" or "–"; money follows the language (or stays a number for
# a spreadsheet).
COLUMNS = {
    "link": ("col.record", lambda r, lb, o: [permalink(i, o["base_url"], o["query"]) for i in r["id"]]),
    "id": ("col.id", lambda r, lb, o: r["id"].to_numpy()),
    "date": ("col.date", lambda r, lb, o: format_dates(r["date"], r["date_precision"], lb.lang)),
    "date_iso": ("col.date_iso", lambda r, lb, o: [iso_at_precision(d, p) for d, p in
                                                    zip(r["date"], r["date_precision"], strict=True)]),
    "precision": ("col.date_precision", lambda r, lb, o: _named(r["date_precision"], lb, "precision")),
    "partner": ("col.partner", lambda r, lb, o: r["partner"].map(lb.country).to_numpy()),
    "ca": ("col.ca_countries", lambda r, lb, o: r["ca_countries"].map(lb.countries).to_numpy()),
    "profile": ("col.profile", lambda r, lb, o: _profile_links(r, lb, o["query"])),
    "instrument": ("col.instrument", lambda r, lb, o: _named(r["instrument"], lb, "instrument")),
    "status": ("col.status", lambda r, lb, o: _named(r["status"], lb, "status")),
    "stage": ("col.stage", lambda r, lb, o: _named(r["stage"], lb, "stage")),
    "commodities": ("col.commodities", lambda r, lb, o: _named(r["commodities"], lb, "commodity")),
    "title": ("col.title", lambda r, lb, o: r[lb.column("title")].to_numpy()),
    "stated": ("col.value", lambda r, lb, o: stated_amounts(r, lb.lang)),
    "value_m": ("col.value_m", lambda r, lb, o: r["value_m"].to_numpy()),
    "currency": ("col.value_currency", lambda r, lb, o: r["value_currency"].to_numpy()),
    "amount_kind": ("col.amount_kind", lambda r, lb, o: _optional(r["amount_kind"],
                                                                   lambda c: lb.code("amount_kind", c))),
    "eur": ("col.value_eur_m", lambda r, lb, o: _money(r["value_eur_m"], "EUR", lb.lang, o["money_as_text"])),
    "usd": ("col.value_usd_m", lambda r, lb, o: _money(r["value_usd_m"], "USD", lb.lang, o["money_as_text"])),
    "in_totals": ("col.in_totals", lambda r, lb, o: r["in_totals"].map(
        {True: t("yes", lb.lang), False: t("no", lb.lang)}).to_numpy()),
    "exclusion": ("col.exclusion_reason", lambda r, lb, o: _optional(r["exclusion_reason"],
                                                                      lambda c: lb.code("exclusion", c))),
    "follows": ("col.follows", lambda r, lb, o: r["follows"].to_numpy()),
    "part_of": ("col.part_of", lambda r, lb, o: r["part_of"].to_numpy()),
    "counterparties": ("col.counterparties", lambda r, lb, o: r["counterparties"].map("; ".join).to_numpy()),
    "summary": ("col.summary", lambda r, lb, o: r[lb.column("summary")].to_numpy()),
    "sources": ("col.sources", lambda r, lb, o: r["source_ids"].map("; ".join).to_numpy()),
    "last_checked": ("col.last_checked", lambda r, lb, o: format_dates(r["last_checked"], "day", lb.lang)),
    "notes": ("col.notes", lambda r, lb, o: r["notes"].to_numpy()),
}
TABLE_COLUMNS = ("link", "date", "partner", "ca", "profile", "title", "stage", "instrument", "status", "stated",
                 "eur", "usd", "commodities")
RECENT_COLUMNS = ("link", "date", "partner", "ca", "stage", "stated", "title")


def _profile_links(records: pd.DataFrame, labels: Labels, query: dict[str, str]) -> list[str]:
    """Per record, the profile of its partner with its country (a record on several countries: the
    partner's own), as a link whose text (after #) names them."""
    links = []
    for partner, countries in zip(records["partner"], records["ca_countries"], strict=True):
        other = countries[0] if len(countries) == 1 else ""
        name = labels.country(partner) + (f" · {labels.country(other)}" if other else "")
        links.append(profile_link("partner", partner, other, query, name))
    return links


def record_rows(records: pd.DataFrame, labels: Labels, columns: tuple[str, ...], *, base_url: str = "",
                money_as_text: bool = True, query: dict[str, str] | None = None) -> pd.DataFrame:
    """The one way records become table rows: the named columns, headers in the user's language.
    ``query``: the selection as a link holds it, for the profile links."""
    options = {"base_url": base_url, "money_as_text": money_as_text, "query": query or {}}
    return pd.DataFrame({t(COLUMNS[key][0], labels.lang): COLUMNS[key][1](records, labels, options)
                         for key in columns})


def records_table(records: pd.DataFrame, labels: Labels, query: dict[str, str] | None = None) -> pd.DataFrame:
    """The selection for the data page: readable headers, one row per record, in date order; ``query``
    (the selection as a link holds it) goes into the profile links, which open in a new tab."""
    return record_rows(records, labels, TABLE_COLUMNS, query=query)


def recent_table(records: pd.DataFrame, labels: Labels, count: int = 6, query: dict[str, str] | None = None
                 ) -> pd.DataFrame:
    return record_rows(most_recent(records, count), labels, RECENT_COLUMNS, query=query)


def key_facts_table(dataset: Dataset, labels: Labels, ca_codes: tuple[str, ...] = ()) -> pd.DataFrame:
    lang = labels.lang
    facts = dataset.key_facts
    if ca_codes:
        facts = facts[facts["country"].isin(ca_codes)]
    titles = dict(zip(dataset.sources["id"], dataset.sources["publisher"], strict=True))

    def figure(row) -> str:
        number = format_number(row["value"], lang, decimals=0)
        value = t("more_than", lang, value=number) if row["qualifier"] == "more_than" else number
        unit = row[labels.column("unit")] if row["unit"] not in ("rank", "count") else ""
        if row["unit"] == "rank":
            value = t("key_facts.rank", lang, number=number)
        return f"{value} {unit}".strip()

    return pd.DataFrame({
        t("col.figure", lang): [figure(r) for _, r in facts.iterrows()],
        t("col.fact", lang): facts[labels.column("label")].to_numpy(),
        t("col.ca_countries", lang): facts["country"].map(labels.country).to_numpy(),
        t("col.year", lang): facts["year"].astype(str).to_numpy(),
        t("col.sources", lang): facts["source_ids"].map(
            lambda ids: "; ".join(f"{titles.get(i, i)} ({i})" for i in ids)).to_numpy(),
    })


def record_fields(record: pd.Series, labels: Labels) -> pd.DataFrame:
    """Every field of one record, as (field, value) rows in the user's language."""
    lang = labels.lang
    period = format_period(record["period_start"], record["period_end"], lang)
    in_totals = t("yes", lang) if record["in_totals"] else t("no", lang)
    if record["exclusion_reason"]:
        in_totals += f" ({labels.code('exclusion', record['exclusion_reason'])})"
    rows = [
        ("col.id", record["id"]),
        ("col.date", f"{format_date(record['date'], record['date_precision'], lang)} "
                     f"({labels.code('precision', record['date_precision'])})"),
        ("col.period", period),
        ("col.partner", labels.country(record["partner"])),
        ("col.ca_countries", labels.countries(record["ca_countries"])),
        ("col.instrument", labels.code("instrument", record["instrument"])),
        ("col.stage", labels.code("stage", record["stage"])),
        ("col.status", labels.code("status", record["status"])),
        ("col.commodities", labels.codes("commodity", record["commodities"])),
        ("col.value", stated_amount(record, lang)),
        ("col.value_eur_m", "" if pd.isna(record["value_eur_m"]) else format_money(record["value_eur_m"], "EUR", lang)),
        ("col.value_usd_m", "" if pd.isna(record["value_usd_m"]) else format_money(record["value_usd_m"], "USD", lang)),
        ("col.amount_kind", labels.code("amount_kind", record["amount_kind"]) if record["amount_kind"] else ""),
        ("col.fx_basis", labels.code("fx_basis", record["fx_basis"]) if record["fx_basis"] else ""),
        ("col.in_totals", in_totals),
        ("col.follows", record["follows"]),
        ("col.part_of", record["part_of"]),
        ("col.counterparties", "; ".join(record["counterparties"])),
        ("col.summary", record[labels.column("summary")]),
        ("col.notes", record["notes"]),
        ("col.sources", "; ".join(record["source_ids"])),
        ("col.last_checked", format_date(record["last_checked"], "day", lang)),
    ]
    return pd.DataFrame({"field": [t(k, lang) for k, _ in rows], "value": [str(v) for _, v in rows]})


SOURCE_HEADERS = {"id": "col.source_id", "publisher": "col.publisher", "title": "col.source_title",
                  "language": "col.language", "published": "col.published", "url": "col.url", "notes": "col.notes"}
SHOWN_SOURCE_COLUMNS = ("id", "publisher", "title", "published", "url", "notes")


def readable_sources(chosen: pd.DataFrame, lang: str, columns=SHOWN_SOURCE_COLUMNS) -> pd.DataFrame:
    """Rows of sources.csv with headers in the user's language."""
    return pd.DataFrame({t(SOURCE_HEADERS[column], lang): chosen[column] for column in columns})
