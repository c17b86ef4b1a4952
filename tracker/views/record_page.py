"""What a record's own page shows, as plain data: its facts, amounts and lifecycle links (its sources:
tracker.dataset.sources)."""

from __future__ import annotations

import pandas as pd

from tracker.dataset.loader import Dataset
from tracker.language.formatting import format_date, format_money, format_period
from tracker.language.i18n import Labels, t, text_column


def find_record(dataset: Dataset, record_id: str) -> pd.Series | None:
    a = dataset.agreements
    found = a.index[a["id"] == record_id]
    return a.loc[found[0]] if len(found) else None


def facts(record: pd.Series, labels: Labels) -> list[tuple[str, str]]:
    """(label, value) pairs of the record's main facts, in the user's language; empty values left out."""
    lang = labels.lang
    date = format_date(record["date"], record["date_precision"], lang)
    precision = labels.code("precision", record["date_precision"])
    period = format_period(record["period_start"], record["period_end"], lang)
    rows = [
        (t("col.date", lang), f"{date} ({precision})"),
        (t("col.period", lang), period),
        (t("col.partner", lang), labels.country(record["partner"])),
        (t("col.ca_countries", lang), labels.countries(record["ca_countries"])),
        (t("col.stage", lang), labels.code("stage", record["stage"])),
        (t("col.instrument", lang), labels.code("instrument", record["instrument"])),
        (t("col.status", lang), labels.code("status", record["status"])),
        (t("col.commodities", lang), labels.codes("commodity", record["commodities"])),
        (t("col.counterparties", lang), "; ".join(record["counterparties"])),
    ]
    return [(label, value) for label, value in rows if value]


def amount_lines(record: pd.Series, labels: Labels) -> list[str]:
    """The amount as stated, its kind, both currencies and how the other was obtained; [] if none."""
    if pd.isna(record["value_m"]):
        return []
    lang = labels.lang
    stated = format_money(record["value_m"], record["value_currency"], lang)
    other = "USD" if record["value_currency"] == "EUR" else "EUR"
    converted = format_money(record[f"value_{other.lower()}_m"], other, lang)
    lines = [t("record.amount", lang, stated=stated, kind=labels.code("amount_kind", record["amount_kind"])),
             t("record.converted", lang, value=converted, basis=labels.code("fx_basis", record["fx_basis"]))]
    if not record["in_totals"]:
        lines.append(t("record.excluded", lang, reason=labels.code("exclusion", record["exclusion_reason"])))
    return lines


LINKS = ("follows", "followed_by", "part_of", "parts")


def lifecycle(record: pd.Series, dataset: Dataset, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Linked records as (id, title) lists, for each of LINKS: what the record follows, what follows
    it, what it is part of and what is part of it."""
    titles = dict(zip(dataset.agreements["id"], dataset.agreements[text_column("title", lang)], strict=True))
    children = dataset.children
    ids = {
        "follows": [record["follows"]],
        "followed_by": children["follows"].get(record["id"], ()),
        "part_of": [record["part_of"]],
        "parts": children["part_of"].get(record["id"], ()),
    }
    return {link: [(i, titles.get(i, i)) for i in ids[link] if i] for link in LINKS}
