"""Tables that pages show: records, recent agreements, key facts, one record's details, sources."""

from __future__ import annotations

import pandas as pd

from tracker.aggregate import most_recent
from tracker.formatting import format_date, format_money, format_number
from tracker.i18n import Labels, t
from tracker.loader import Dataset


def stated_amount(record, lang: str) -> str:
    """The amount as the source states it, in its own currency; "–" when none is stated."""
    return format_money(record["value_m"], record["value_currency"], lang)


def stated_amounts(records: pd.DataFrame, lang: str) -> list[str]:
    """stated_amount for every record; each distinct amount is formatted once."""
    pairs = list(zip(records["value_m"], records["value_currency"]))
    formatted = {pair: format_money(pair[0], pair[1], lang) for pair in set(pairs)}
    return [formatted[pair] for pair in pairs]


def records_table(records: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """The selection for the data page: readable headers, one row per record, in date order."""
    lang = labels.lang
    return pd.DataFrame({
        t("col.date", lang): records["date"].dt.date.to_numpy(),
        t("col.partner", lang): records["partner"].map(labels.country).to_numpy(),
        t("col.ca_countries", lang): records["ca_countries"].map(labels.countries).to_numpy(),
        t("col.title", lang): records[f"title_{lang}"].to_numpy(),
        t("col.instrument", lang): records["instrument"].map(lambda c: labels.code("instrument", c)).to_numpy(),
        t("col.status", lang): records["status"].map(lambda c: labels.code("status", c)).to_numpy(),
        t("col.value", lang): stated_amounts(records, lang),
        t("col.value_eur_m", lang): records["value_eur_m"].to_numpy(),
        t("col.value_usd_m", lang): records["value_usd_m"].to_numpy(),
        t("col.commodities", lang): records["commodities"].map(lambda c: labels.codes("commodity", c)).to_numpy(),
        t("col.id", lang): records["id"].to_numpy(),
    })


def recent_table(records: pd.DataFrame, labels: Labels, count: int = 6) -> pd.DataFrame:
    lang = labels.lang
    recent = most_recent(records, count)
    return pd.DataFrame({
        t("col.date", lang): [format_date(d, p, lang) for d, p in zip(recent["date"], recent["date_precision"])],
        t("col.partner", lang): recent["partner"].map(labels.country).to_numpy(),
        t("col.ca_countries", lang): recent["ca_countries"].map(labels.countries).to_numpy(),
        t("col.value", lang): stated_amounts(recent, lang),  # before the long title: stays in view
        t("col.title", lang): recent[f"title_{lang}"].to_numpy(),
    })


def key_facts_table(dataset: Dataset, labels: Labels, ca_codes: tuple[str, ...] = ()) -> pd.DataFrame:
    lang = labels.lang
    facts = dataset.key_facts
    if ca_codes:
        facts = facts[facts["country"].isin(ca_codes)]
    titles = dict(zip(dataset.sources["id"], dataset.sources["publisher"]))

    def figure(row) -> str:
        number = format_number(row["value"], lang, decimals=0)
        value = t("more_than", lang, value=number) if row["qualifier"] == "more_than" else number
        unit = row[f"unit_{lang}" if lang == "de" else "unit"] if row["unit"] not in ("rank", "count") else ""
        if row["unit"] == "rank":
            value = f"#{number}" if lang == "en" else f"Platz {number}"
        return f"{value} {unit}".strip()

    return pd.DataFrame({
        t("col.figure", lang): [figure(r) for _, r in facts.iterrows()],
        t("col.fact", lang): facts[f"label_{lang}"].to_numpy(),
        t("col.ca_countries", lang): facts["country"].map(labels.country).to_numpy(),
        t("col.year", lang): facts["year"].astype(str).to_numpy(),
        t("col.sources", lang): facts["source_ids"].map(
            lambda ids: "; ".join(f"{titles.get(i, i)} ({i})" for i in ids)).to_numpy(),
    })


def record_fields(record: pd.Series, labels: Labels) -> pd.DataFrame:
    """Every field of one record, as (field, value) rows in the user's language."""
    lang = labels.lang
    period = ""
    if not pd.isna(record["period_start"]):
        period = f"{format_date(record['period_start'], 'day', lang)} – {format_date(record['period_end'], 'day', lang)}"
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
        ("col.summary", record[f"summary_{lang}"]),
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


def sources_of(ids, sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    chosen = sources.set_index("id").loc[[i for i in ids if i in set(sources["id"])]].reset_index()
    return readable_sources(chosen, lang)


def all_sources(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    return readable_sources(sources, lang)
