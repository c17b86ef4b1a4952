"""The partner map's numbers: agreements and counted value per partner–country pair, per Central Asian
country and per partner, and the same as a table for readers who cannot see the map."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from tracker.dataset.schema import CA_CODES
from tracker.language.formatting import format_money
from tracker.language.i18n import Labels, t, text_column
from tracker.selection.filters import country_flags
from tracker.selection.totals import CURRENCY_COLUMNS, counted_mask


@dataclass(frozen=True)
class MapData:
    pairs: pd.DataFrame  # one row per partner–country pair
    countries: pd.DataFrame  # one row per Central Asian country with agreements
    partners: pd.DataFrame  # one row per partner with agreements


def map_data(records: pd.DataFrame, currency: str, lang: str, ca_flags: pd.DataFrame | None = None) -> MapData:
    """Aggregated before drawing: a record counts once per pair it involves; its amount only when it
    counts toward totals (see tracker.selection.totals), so a deal inside a package adds nothing.
    ``ca_flags`` (the dataset's one-hot table of countries) saves exploding the country lists."""
    flags = country_flags(records, ca_flags)
    value = records[CURRENCY_COLUMNS[currency]].where(counted_mask(records), 0.0).fillna(0.0)
    valued = pd.DataFrame({"partner": records["partner"], "value": value, "date": records["date"],
                           "title": records[text_column("title", lang)]}).sort_values("date", kind="stable")

    def summary(frame: pd.DataFrame, keys) -> pd.DataFrame:
        groups = frame.groupby(keys, sort=True)
        return pd.DataFrame({"agreements": groups.size(), "value": groups["value"].sum(),
                             "latest_title": groups["title"].last()})

    pairs, countries = [], []
    for code in CA_CODES:
        involved = valued[flags.loc[valued.index, code].to_numpy()]
        if involved.empty:
            continue
        pairs.append(summary(involved, "partner").reset_index().assign(ca=code))
        latest = involved.iloc[-1]
        countries.append({"ca": code, "agreements": len(involved), "value": involved["value"].sum(),
                          "latest_title": latest["title"]})
    columns = ["partner", "ca", "agreements", "value", "latest_title"]
    return MapData(
        pairs=pd.concat(pairs, ignore_index=True)[columns] if pairs else pd.DataFrame(columns=columns),
        countries=pd.DataFrame(countries, columns=["ca", "agreements", "value", "latest_title"]),
        partners=summary(valued, "partner").reset_index())


def map_table(data: MapData, labels: Labels, currency: str = "EUR") -> pd.DataFrame:
    """The data behind the map (its map_data) as a table: one row per partner–country pair with its
    number of records and counted amount, most records first."""
    lang = labels.lang
    pairs = data.pairs.sort_values(["agreements", "value"], ascending=False, kind="stable")
    return pd.DataFrame({
        t("col.partner", lang): [labels.country(p) for p in pairs["partner"]],
        t("col.ca_countries", lang): [labels.country(c) for c in pairs["ca"]],
        t("map.agreements", lang): pairs["agreements"].to_numpy(),
        t("map.value", lang): [format_money(v, currency, lang) if v else "–" for v in pairs["value"]],
    })
