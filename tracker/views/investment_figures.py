"""Investment-value charts: stated value by partner, by Central Asian country, by commodity,
and by year stacked by partner. Totals follow tracker.selection.totals: nothing counted twice."""

from __future__ import annotations

from functools import partial

import pandas as pd
import plotly.graph_objects as go

from tracker.dataset.schema import DEFAULT_AMOUNT_KINDS
from tracker.language.escaping import escape_html
from tracker.language.formatting import format_money, plotly_separators
from tracker.language.i18n import Labels, t
from tracker.selection.totals import counted_records, sums_by
from tracker.views.chart_style import base_layout, make_figure
from tracker.views.colours import NEUTRAL
from tracker.views.context import ViewContext

DIMENSIONS = {"partner": "partner", "ca": "ca_key", "commodity": "commodity_key"}
MAX_LISTED = 8  # contributing records named in a hover


def _hover_lines(counted: pd.DataFrame, key: pd.Series, labels: Labels) -> pd.Series:
    """Per value of ``key``: the largest contributing records, each with the amount and currency
    its source states (only those shown are formatted, so this stays fast for big selections)."""
    lang = labels.lang
    order = counted["value"].to_numpy().argsort(kind="stable")[::-1]
    ordered, keys = counted.iloc[order], key.iloc[order]
    shown = (keys.groupby(keys, sort=False).cumcount() < MAX_LISTED).to_numpy()
    picked, picked_keys = ordered[shown], keys[shown]
    lines = [f"• {escape_html(title)}: {escape_html(format_money(value, currency, lang))}"
             for title, value, currency in zip(picked[labels.column("title")], picked["value_m"],
                                               picked["value_currency"], strict=True)]
    text = pd.Series(lines, index=picked_keys.to_numpy()).groupby(level=0, sort=False).agg("<br>".join)
    hidden = keys.value_counts() - MAX_LISTED
    return text + hidden.reindex(text.index).map(lambda n: f"<br>… +{n}" if n > 0 else "")


def _summed(counted: pd.DataFrame, key: pd.Series, labels: Labels) -> pd.DataFrame:
    """value, records and hover per value of ``key``."""
    summary = sums_by(counted, key)
    summary["hover"] = _hover_lines(counted, key, labels).reindex(summary.index)
    return summary


def bar_rows(counted: pd.DataFrame, dimension: str, labels: Labels) -> pd.DataFrame:
    """One row per bar, smallest first: key, label, value, records, hover."""
    if counted.empty:
        return pd.DataFrame(columns=["key", "label", "value", "records", "hover"])
    summary = _summed(counted, counted[DIMENSIONS[dimension]], labels)
    summary = summary.rename_axis("key").reset_index()
    summary["label"] = [escape_html(labels.code(dimension, code)) for code in summary["key"]]
    return summary.sort_values("value", kind="stable").reset_index(drop=True)[
        ["key", "label", "value", "records", "hover"]]


def build_bar_figure(counted: pd.DataFrame, dimension: str, currency: str, context: ViewContext,
                     title: str) -> go.Figure:
    """Horizontal bars, largest on top, each labelled with its amount."""
    labels, colours, lang = context.labels, context.colours, context.lang
    rows = bar_rows(counted, dimension, labels)
    bar_colours = [colours.get(k, NEUTRAL) if dimension == "partner" else NEUTRAL for k in rows["key"]]
    bar = dict(type="bar",
        x=rows["value"], y=rows["label"], orientation="h", marker={"color": bar_colours},
        text=[format_money(v, currency, lang) for v in rows["value"]], textposition="auto",
        textfont={"size": 16}, cliponaxis=False,
        customdata=rows[["hover", "records", "key"]].to_numpy(),  # the key: what a click on the bar picked
        hovertemplate=(f"<b>%{{y}}</b><br>{t('hover.total', lang)}: %{{text}}<br>"
                       f"{t('hover.records', lang)}: %{{customdata[1]}}<br>"
                       f"{t('investments.contributing', lang)}:<br>%{{customdata[0]}}<extra></extra>"),
    )
    layout = base_layout(
        title, max(300, 130 + 48 * len(rows)), showlegend=False, separators=plotly_separators(lang),
        xaxis={"title": {"text": t("investments.axis_value", lang, currency=currency)}, "tickformat": ",.0f"},
        yaxis={"title": {"text": None}, "ticklabelstandoff": 10},
    )
    return make_figure([bar], layout)


def year_rows(counted: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    if counted.empty:
        return pd.DataFrame(columns=["year", "partner", "value", "records", "hover"])
    key = counted["year"].astype(str) + "|" + counted["partner_group"]  # stacked by partner group
    summary = _summed(counted, key, labels).sort_index()
    year_partner = summary.index.str.split("|", n=1)
    summary["year"] = [int(parts[0]) for parts in year_partner]
    summary["partner"] = [parts[1] for parts in year_partner]
    return summary.reset_index(drop=True)[["year", "partner", "value", "records", "hover"]]


def build_year_figure(counted: pd.DataFrame, currency: str, context: ViewContext, title: str) -> go.Figure:
    """Stacked bars per year, one colour per partner group (tracker.views.colours); every year of the selection
    on the axis."""
    labels, colours, lang = context.labels, context.colours, context.lang
    rows = year_rows(counted, labels)
    years = [str(y) for y in range(context.year_from, context.year_to + 1)]
    traces = []
    present = set(rows["partner"].unique())
    for partner in [p for p in colours if p in present]:
        group = rows[rows["partner"] == partner]
        traces.append(dict(type="bar",
            x=group["year"].astype(str), y=group["value"], name=escape_html(labels.country(partner)),
            marker={"color": colours[partner]},
            text=[format_money(v, currency, lang) for v in group["value"]],
            customdata=group[["hover"]].to_numpy(),
            hovertemplate=(f"<b>{escape_html(labels.country(partner))}, %{{x}}</b><br>{t('hover.total', lang)}: "
                           f"%{{text}}<br>%{{customdata[0]}}<extra></extra>"),
            textposition="none",
        ))
    totals = rows.groupby("year")["value"].sum()
    traces.append(dict(type="scatter",
        x=[str(y) for y in totals.index], y=totals.values, mode="text", showlegend=False, hoverinfo="skip",
        text=[format_money(v, currency, lang) for v in totals.values], textposition="top center",
        textfont={"size": 16}))
    layout = base_layout(
        title, 460, barmode="stack", separators=plotly_separators(lang),
        legend={"title": {"text": t("timeline.legend_partner", lang)}},
        xaxis={"title": {"text": t("investments.axis_year", lang)}, "type": "category", "categoryorder": "array",
               "categoryarray": years, "range": [-0.5, len(years) - 0.5]},
        yaxis={"title": {"text": t("investments.axis_value", lang, currency=currency)}, "tickformat": ",.0f",
               "range": [0, (totals.max() if len(totals) else 1) * 1.18]},
    )
    return make_figure(traces, layout)


CHARTS = ("by_partner", "by_ca", "by_commodity", "by_year")


def build_investment_figures(records: pd.DataFrame, context: ViewContext, currency: str,
                             include_out_of_scope: bool = False,
                             kinds: tuple[str, ...] = DEFAULT_AMOUNT_KINDS) -> dict[str, go.Figure]:
    """The four charts of the investments page, titled for the selection; the counted records are
    worked out once for all of them."""
    return _figures(counted_records(records, currency, include_out_of_scope, kinds), currency, context)


BARS = {"by_partner": ("partner", "col.partner"), "by_ca": ("ca", "col.ca_countries"),
        "by_commodity": ("commodity", "col.commodities")}  # chart -> (dimension, header of its table)


def _figures(counted: pd.DataFrame, currency: str, context: ViewContext,
             charts: tuple[str, ...] = CHARTS) -> dict[str, go.Figure]:
    lang = context.lang
    unit = t("investments.unit", lang, currency=currency)
    titles = {name: t(f"investments.{name}", lang, selection=context.selection_short, unit=unit) for name in charts}
    figures = {name: build_bar_figure(counted, BARS[name][0], currency, context, titles[name])
               for name in charts if name in BARS}
    if "by_year" in charts:
        figures["by_year"] = build_year_figure(counted, currency, context, titles["by_year"])
    return figures


def investment_views(records: pd.DataFrame, context: ViewContext, currency: str, include_out_of_scope: bool = False,
                     kinds: tuple[str, ...] = DEFAULT_AMOUNT_KINDS,
                     charts: tuple[str, ...] = CHARTS) -> tuple[dict, dict]:
    """The figures asked for (all four by default) and, for each, a function that builds the table behind
    it (called only when a reader opens it), from one pass over the counted records."""
    counted = counted_records(records, currency, include_out_of_scope, kinds)
    tables = {name: partial(chart_table, counted, currency, context.labels, name) for name in charts}
    return _figures(counted, currency, context, charts), tables


def chart_table(counted: pd.DataFrame, currency: str, labels: Labels, name: str) -> pd.DataFrame:
    """The data behind one chart, as a table a screen reader can read: what each bar stands for, its
    amount (written in the user's language) and how many records it adds up."""
    lang = labels.lang
    value_header = t("investments.unit", lang, currency=currency)
    if name in BARS:
        dimension, header = BARS[name]
        rows = bar_rows(counted, dimension, labels).iloc[::-1]
        return pd.DataFrame({
            t(header, lang): [labels.code(dimension, code) for code in rows["key"]],
            value_header: [format_money(v, currency, lang) for v in rows["value"]],
            t("hover.records", lang): rows["records"].to_numpy(),
        })
    years = year_rows(counted, labels)
    return pd.DataFrame({
        t("col.year", lang): years["year"].astype(str).to_numpy(),
        t("col.partner", lang): [labels.country(p) for p in years["partner"]],
        value_header: [format_money(v, currency, lang) for v in years["value"]],
        t("hover.records", lang): years["records"].to_numpy(),
    })
