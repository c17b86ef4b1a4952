"""Investment-value charts: stated value by partner, by Central Asian country, by commodity,
and by year stacked by partner. Totals follow tracker.aggregate: nothing counted twice."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from tracker.aggregate import counted_records
from tracker.chart_style import style_figure
from tracker.formatting import format_money
from tracker.i18n import Labels, t
from tracker.palette import NEUTRAL
from tracker.text import escape_html

DIMENSIONS = {"partner": "partner", "ca": "ca_key", "commodity": "commodity_key"}
MAX_LISTED = 8  # contributing records named in a hover


def _contributions(group: pd.DataFrame, labels: Labels) -> str:
    """The records behind a bar, each with the amount and currency its source states."""
    lang = labels.lang
    ordered = group.sort_values("value", ascending=False)
    lines = [f"• {escape_html(r[f'title_{lang}'])}: {escape_html(format_money(r['value_m'], r['value_currency'], lang))}"
             for _, r in ordered.head(MAX_LISTED).iterrows()]
    if len(ordered) > MAX_LISTED:
        lines.append(f"… +{len(ordered) - MAX_LISTED}")
    return "<br>".join(lines)


def bar_rows(records: pd.DataFrame, dimension: str, currency: str, labels: Labels,
             include_out_of_scope: bool = False) -> pd.DataFrame:
    """One row per bar: key, label, value in the chosen currency, records and their hover text."""
    key = DIMENSIONS[dimension]
    counted = counted_records(records, currency, include_out_of_scope)
    if counted.empty:
        return pd.DataFrame(columns=["key", "label", "value", "records", "hover"])
    kind = {"partner": "partner", "ca": "ca", "commodity": "commodity"}[dimension]
    rows = []
    for code, group in counted.groupby(key, sort=False):
        rows.append({"key": code, "label": labels.code(kind, code), "value": float(group["value"].sum()),
                     "records": len(group), "hover": _contributions(group, labels)})
    return pd.DataFrame(rows).sort_values("value", ascending=True, kind="stable").reset_index(drop=True)


def build_bar_figure(records: pd.DataFrame, dimension: str, currency: str, labels: Labels,
                     colours: dict[str, str], title: str, include_out_of_scope: bool = False) -> go.Figure:
    """Horizontal bars, largest on top, each labelled with its amount."""
    lang = labels.lang
    rows = bar_rows(records, dimension, currency, labels, include_out_of_scope)
    bar_colours = [colours.get(k, NEUTRAL) if dimension == "partner" else NEUTRAL for k in rows["key"]]
    fig = go.Figure(go.Bar(
        x=rows["value"], y=rows["label"], orientation="h", marker={"color": bar_colours},
        text=[format_money(v, currency, lang) for v in rows["value"]], textposition="auto",
        textfont={"size": 16}, cliponaxis=False,
        customdata=rows[["hover", "records"]].to_numpy(),
        hovertemplate=(f"<b>%{{y}}</b><br>{t('hover.total', lang)}: %{{text}}<br>"
                       f"{t('hover.records', lang)}: %{{customdata[1]}}<br>"
                       f"{t('investments.contributing', lang)}:<br>%{{customdata[0]}}<extra></extra>"),
    ))
    style_figure(fig, title, height=max(300, 130 + 48 * len(rows)))
    fig.update_xaxes(title_text=t("investments.axis_value", lang, currency=currency),
                     tickformat=",.0f" if lang == "en" else None)
    fig.update_yaxes(title_text=None, ticklabelstandoff=10)
    fig.update_layout(showlegend=False, separators=".," if lang == "en" else ",.")
    return fig


def year_rows(records: pd.DataFrame, currency: str, labels: Labels, include_out_of_scope: bool = False
              ) -> pd.DataFrame:
    counted = counted_records(records, currency, include_out_of_scope)
    rows = []
    for (year, partner), group in counted.groupby(["year", "partner"], sort=True):
        rows.append({"year": int(year), "partner": partner, "value": float(group["value"].sum()),
                     "records": len(group), "hover": _contributions(group, labels)})
    return pd.DataFrame(rows, columns=["year", "partner", "value", "records", "hover"])


def build_year_figure(records: pd.DataFrame, currency: str, labels: Labels, colours: dict[str, str],
                      title: str, year_from: int, year_to: int, include_out_of_scope: bool = False) -> go.Figure:
    """Stacked bars per year, one colour per partner; every year of the selection on the axis."""
    lang = labels.lang
    rows = year_rows(records, currency, labels, include_out_of_scope)
    years = [str(y) for y in range(year_from, year_to + 1)]
    fig = go.Figure()
    for partner in [p for p in colours if p in set(rows["partner"])]:
        group = rows[rows["partner"] == partner]
        fig.add_trace(go.Bar(
            x=group["year"].astype(str), y=group["value"], name=labels.country(partner),
            marker={"color": colours[partner]},
            text=[format_money(v, currency, lang) for v in group["value"]],
            customdata=group[["hover"]].to_numpy(),
            hovertemplate=(f"<b>{escape_html(labels.country(partner))}, %{{x}}</b><br>{t('hover.total', lang)}: "
                           f"%{{text}}<br>%{{customdata[0]}}<extra></extra>"),
            textposition="none",
        ))
    totals = rows.groupby("year")["value"].sum()
    fig.add_trace(go.Scatter(
        x=[str(y) for y in totals.index], y=totals.values, mode="text", showlegend=False, hoverinfo="skip",
        text=[format_money(v, currency, lang) for v in totals.values], textposition="top center",
        textfont={"size": 16}))
    style_figure(fig, title, height=460)
    fig.update_layout(barmode="stack", legend={"title": {"text": t("timeline.legend_partner", lang)}},
                      separators=".," if lang == "en" else ",.")
    fig.update_xaxes(title_text=t("investments.axis_year", lang), type="category", categoryorder="array",
                     categoryarray=years, range=[-0.5, len(years) - 0.5])
    fig.update_yaxes(title_text=t("investments.axis_value", lang, currency=currency),
                     range=[0, (totals.max() if len(totals) else 1) * 1.18])
    return fig

