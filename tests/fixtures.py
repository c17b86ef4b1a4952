"""Small hand-made records for testing totals and figures without the real data, and helpers that
build a view context or read a map deck."""

from __future__ import annotations

import pandas as pd

from tracker.dataset.lifecycle import ancestors
from tracker.dataset.schema import MEETING_INSTRUMENTS
from tracker.language.i18n import labels_for
from tracker.views.colours import OTHER_COUNTRIES, PARTNER_COLOURS, partner_colours
from tracker.views.context import ViewContext


def make_records(rows: list[dict]) -> pd.DataFrame:
    """Records with the loader's types; each row needs id, partner, ca and optionally value/currency/kind.
    part_of chains are resolved over all the rows given, as the loader resolves them over the dataset."""
    out = []
    for row in rows:
        value = row.get("value")
        currency = row.get("currency", "EUR")
        rate = 1.1
        out.append({
            "id": row["id"],
            "date": pd.Timestamp(row.get("date", "2024-05-01")),
            "date_precision": row.get("precision", "day"),
            "period_start": pd.Timestamp(row["period"][0]) if "period" in row else pd.NaT,
            "period_end": pd.Timestamp(row["period"][1]) if "period" in row else pd.NaT,
            "partner": row["partner"],
            "ca_countries": tuple(row.get("ca", ("KAZ",))),
            "instrument": row.get("instrument", "memorandum"),
            "status": row.get("status", "signed"),
            "stage": row.get("stage", "talks" if row.get("instrument") in MEETING_INSTRUMENTS else "signed"),
            "commodities": tuple(row.get("commodities", ("critical_raw_materials",))),
            "value_m": float(value) if value is not None else float("nan"),
            "value_currency": currency if value is not None else "",
            "value_eur_m": (value if currency == "EUR" else value / rate) if value is not None else float("nan"),
            "value_usd_m": (value * rate if currency == "EUR" else value) if value is not None else float("nan"),
            "fx_basis": "annual_rate" if value is not None else "",
            "amount_kind": row.get("kind", "committed") if value is not None else "",
            "in_totals": row.get("in_totals", True),
            "exclusion_reason": row.get("reason", ""),
            "follows": row.get("follows", ""),
            "part_of": row.get("part_of", ""),
            "counterparties": tuple(row.get("counterparties", ())),
            "title_en": row.get("title", f"Title {row['id']}"),
            "title_de": row.get("title_de", f"Titel {row['id']}"),
            "summary_en": row.get("summary", "Summary"),
            "summary_de": "Zusammenfassung",
            "title_ru": row.get("title_ru", f"Заголовок {row['id']}"),
            "summary_ru": row.get("summary_ru", "Краткое описание"),
            "source_ids": tuple(row.get("sources", ("src-a",))),
            "last_checked": pd.Timestamp(row.get("checked", "2026-11-20")),
            "notes": row.get("notes", ""),
        })
    frame = pd.DataFrame(out)
    frame["year"] = frame["date"].dt.year
    # over all the rows given, as the loader does
    chains = ancestors(dict(zip(frame["id"], frame["part_of"], strict=True)))
    frame["part_of_chain"] = pd.Series([chains.get(i, ()) for i in frame["id"]], index=frame.index, dtype=object)
    frame["partner_group"] = frame["partner"].map(lambda p: p if p in PARTNER_COLOURS else OTHER_COUNTRIES)
    return frame


def view_context(countries: pd.DataFrame, lang: str = "en", **fields) -> ViewContext:
    """The context a run builds (components.view.View.context), for builders under test."""
    return ViewContext(labels=labels_for(countries, lang), colours=partner_colours(countries), **fields)


def deck_layer(deck, layer_id: str):
    """One layer of a pydeck deck, by its id."""
    return next(layer for layer in deck.layers if layer.id == layer_id)


def arcs_of(deck) -> pd.DataFrame:
    """The partner map's arcs, one row per partner–country pair."""
    return pd.DataFrame(deck_layer(deck, "arcs").data)


def timeline_marks(figure) -> list:
    """The timeline's traces of record marks (not its legend entries, periods or precision bars)."""
    return [trace for trace in figure.data
            if trace.type == "scatter" and trace.mode == "markers" and trace.customdata is not None]
