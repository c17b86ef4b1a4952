"""Small hand-made records for testing totals and figures without the real data."""

from __future__ import annotations

import pandas as pd


def make_records(rows: list[dict]) -> pd.DataFrame:
    """Records with the loader's types; each row needs id, partner, ca and optionally value/currency."""
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
            "commodities": tuple(row.get("commodities", ("critical_raw_materials",))),
            "value_m": float(value) if value is not None else float("nan"),
            "value_currency": currency if value is not None else "",
            "value_eur_m": (value if currency == "EUR" else value / rate) if value is not None else float("nan"),
            "value_usd_m": (value * rate if currency == "EUR" else value) if value is not None else float("nan"),
            "fx_basis": "annual_rate" if value is not None else "",
            "in_totals": row.get("in_totals", True),
            "exclusion_reason": row.get("reason", ""),
            "part_of": row.get("part_of", ""),
            "counterparties": tuple(row.get("counterparties", ())),
            "title_en": row.get("title", f"Title {row['id']}"),
            "title_de": row.get("title_de", f"Titel {row['id']}"),
            "summary_en": row.get("summary", "Summary"),
            "summary_de": "Zusammenfassung",
            "source_ids": tuple(row.get("sources", ("src-a",))),
            "notes": row.get("notes", ""),
        })
    frame = pd.DataFrame(out)
    frame["year"] = frame["date"].dt.year
    return frame
