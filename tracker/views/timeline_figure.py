"""The agreement timeline: one mark per record at its date, a lane per partner group (the main
partners each, the others grouped as tracker.views.colours says) or per Central Asian country, shape by
stage, colour by partner group; roadmap periods as spans;
month- and year-precise dates drawn paler with a bar over the month or year they cover."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from tracker.language.escaping import escape_html
from tracker.language.formatting import date_ticks, format_date, format_money
from tracker.language.i18n import Labels, t
from tracker.views.chart_style import base_layout, make_figure
from tracker.views.colours import NEUTRAL
from tracker.views.context import ViewContext

# One shape per stage, so that a reader tells five apart: open shapes for what binds nothing yet (talks, an
# announcement), filled ones from a signed document on. The instrument is in the hover.
SYMBOLS = {
    "talks": "circle-open",
    "announced": "diamond-open",
    "signed": "square",
    "committed": "diamond",
    "delivered": "star",
}
MARKER_SIZE = 17
SPAN_PX, WINDOW_PX = 16, 3  # height of a roadmap period's bar and of a date's precision bar
IMPRECISE_OPACITY = 0.55
SPAN_MIN_DAYS = 30  # shorter periods (a two-day meeting) are not drawn as spans
SAME_DAY_SPREAD = 0.85  # marks on the same lane and date share this much of a lane's height
SAME_DAY_MAX_STEP = 0.3
LANES = ("partner", "ca")
LANE_PX, LANE_PX_MANY = 85, 62  # height of a lane; lanes are narrower when there are many
MAX_MARKS = 1500  # above this, marks are grouped per lane, partner, stage and month (or year)


def precision_window(dates: pd.Series, precisions: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Where to draw each mark, and the start and end of the month or year its date stands for."""
    start = dates
    end_month = dates + pd.offsets.MonthEnd(0)
    end_year = dates + pd.offsets.YearEnd(0)
    end = end_month.where(precisions == "month", end_year.where(precisions == "year", dates))
    middle = start + (end - start) / 2
    return middle, start, end


ROW_COLUMNS = ["id", "date", "date_precision", "partner", "partner_group", "ca_countries", "instrument", "status",
               "stage", "value_m", "value_currency", "source_ids", "period_start", "period_end"]


def timeline_rows(records: pd.DataFrame, labels: Labels, lanes: str = "partner") -> pd.DataFrame:
    """One row per mark: its lane, x position, offset for marks sharing a day, and hover text.
    Above MAX_MARKS marks, records of the same lane, partner, stage and month share one mark
    whose size and hover give their number."""
    rows = records[ROW_COLUMNS + [labels.column("title")]]
    if lanes == "ca":
        rows = rows.assign(lane_code=rows["ca_countries"]).explode("lane_code")
    else:
        rows = rows.assign(lane_code=rows["partner_group"])  # main partners, then groups (tracker.views.colours)
    rows = _grouped(rows, labels) if len(rows) > MAX_MARKS else rows.assign(count=1, hover=_hovers(rows, labels))
    rows["x"], rows["window_start"], rows["window_end"] = precision_window(rows["date"], rows["date_precision"])
    rows["lane_name"] = rows["lane_code"].map(lambda code: escape_html(labels.country(code)))
    order = rows.groupby("lane_code")["x"].min().sort_values(ascending=False).index
    lane_index = {code: i for i, code in enumerate(order)}
    rows["lane"] = rows["lane_code"].map(lane_index)
    rank = rows.groupby(["lane_code", "x"]).cumcount()
    size = rows.groupby(["lane_code", "x"])["id"].transform("size")
    step = (SAME_DAY_SPREAD / size).clip(upper=SAME_DAY_MAX_STEP)
    rows["y"] = rows["lane"] + (rank - (size - 1) / 2) * step
    rows["imprecise"] = rows["date_precision"] != "day"
    return rows


def _hovers(rows: pd.DataFrame, labels: Labels) -> list[str]:
    """Hover text per mark; each distinct date, code and source list is formatted once."""
    lang = labels.lang
    dates = {}
    for day, precision in set(zip(rows["date"], rows["date_precision"], strict=True)):
        text = format_date(day, precision, lang)
        if precision != "day":
            note = t("timeline.precision_" + precision, lang)
            text += f" ({t('timeline.precision_note', lang, precision=note)})"
        dates[(day, precision)] = escape_html(text)
    partners = {c: escape_html(labels.country(c)) for c in set(rows["partner"])}
    instruments = {c: escape_html(labels.code("instrument", c)) for c in set(rows["instrument"])}
    statuses = {c: escape_html(labels.code("status", c)) for c in set(rows["status"])}
    stages = {c: escape_html(labels.code("stage", c)) for c in set(rows["stage"])}
    h = {key: t(f"hover.{key}", lang) for key in ("date", "partner", "countries", "stage", "instrument", "status",
                                                  "value", "sources")}
    period_label = t("timeline.period", lang)
    hovers = []
    for r in rows[["date", "date_precision", "partner", "ca_countries", "stage", "instrument", "status", "value_m",
                   "value_currency", "source_ids", "period_start", "period_end", labels.column("title")]].itertuples(
            index=False, name=None):
        day, precision, partner, countries, stage, instrument, status, value, currency, sources, start, end, title = r
        money = format_money(value, currency, lang)  # "–" when no amount is stated
        lines = [f"<b>{escape_html(title)}</b>", f"{h['date']}: {dates[(day, precision)]}"]
        if not pd.isna(start):
            lines.append(f"{period_label}: {escape_html(format_date(start, 'day', lang))} – "
                         f"{escape_html(format_date(end, 'day', lang))}")
        lines += [f"{h['partner']}: {partners[partner]}",
                  f"{h['countries']}: {escape_html(labels.countries(countries))}",
                  f"{h['stage']}: {stages[stage]}", f"{h['instrument']}: {instruments[instrument]}",
                  f"{h['status']}: {statuses[status]}",
                  f"{h['value']}: {escape_html(money)}", f"{h['sources']}: {escape_html(', '.join(sources))}"]
        hovers.append("<br>".join(lines))
    return hovers


def _grouped(rows: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """One mark per lane, partner, stage and month (or year, when months would still be too
    many marks), for selections too large to mark one by one."""
    lang = labels.lang
    years = rows["date"].dt.year
    keys = ["lane_code", "partner", "stage", "period"]
    period, key = "month", years * 12 + rows["date"].dt.month - 1
    if rows.assign(period=key).groupby(keys, sort=False).ngroups > MAX_MARKS:
        period, key = "year", years  # counted before any mark is built, so marks are built once
    rows = rows.assign(period=key).sort_values("date", kind="stable")
    groups = rows.groupby(keys, sort=False)
    grouped = groups[["id", "partner_group", "status", "ca_countries", "period_start", "period_end"]].first()
    grouped["count"] = groups.size()
    first_three = groups.head(3)
    examples: dict[tuple, list[str]] = {}
    for *key, title in first_three[keys + [labels.column("title")]].itertuples(index=False, name=None):
        examples.setdefault(tuple(key), []).append("• " + escape_html(title))
    grouped = grouped.reset_index()
    grouped["examples"] = ["<br>".join(examples[key]) for key in grouped[keys].itertuples(index=False, name=None)]
    if period == "month":
        grouped["date"] = pd.to_datetime({"year": grouped["period"] // 12, "month": grouped["period"] % 12 + 1,
                                          "day": 1})
    else:
        grouped["date"] = pd.to_datetime({"year": grouped["period"], "month": 1, "day": 1})
    grouped["date_precision"] = period
    when = {d: escape_html(format_date(d, period, lang)) for d in set(grouped["date"])}
    partners = {c: escape_html(labels.country(c)) for c in set(grouped["partner"])}
    stages = {c: escape_html(labels.code("stage", c)) for c in set(grouped["stage"])}
    grouped["hover"] = [
        f"<b>{t('timeline.grouped', lang, n=n)}</b><br>{when[d]} · {partners[p]} · {stages[s]}<br>{ex}"
        for n, d, p, s, ex in zip(grouped["count"], grouped["date"], grouped["partner"], grouped["stage"],
                                  grouped["examples"], strict=True)]
    return grouped.drop(columns=["period", "examples"])


def _bars(starts: pd.Series, ends: pd.Series, ys: pd.Series, colours: list[str], width_px: float,
          px_per_lane: float, **style) -> dict:
    """One horizontal bar trace, a bar per period from ``starts`` to ``ends`` at ``ys``, each in its own
    colour and ``width_px`` high. Bars on a date axis take their start as ``base`` and their length
    in milliseconds. One trace however many partners: plotly's cost grows with its number of traces,
    and a chart is drawn from scratch on every filter change."""
    return dict(type="bar", orientation="h", base=list(starts), x=((ends - starts).dt.total_seconds() * 1000).tolist(),
                y=list(ys), width=width_px / px_per_lane, marker={"color": colours, "line": {"width": 0}},
                hoverinfo="skip", showlegend=False, **style)


def build_timeline_figure(records: pd.DataFrame, context: ViewContext, lanes: str = "partner") -> go.Figure:
    """The timeline of the records, a lane per partner group or per Central Asian country (``lanes``),
    titled for the selection. Marks are one trace (each in its partner's colour), the roadmap periods
    and the precision bars one trace each; the legends are traces of their own."""
    labels, colours, lang = context.labels, context.colours, context.lang
    title = t(f"timeline.figure_title_{lanes}", lang, selection=context.selection_short)
    rows = timeline_rows(records, labels, lanes)
    lane_names = rows.drop_duplicates("lane").sort_values("lane")["lane_name"].tolist()
    groups = list(dict.fromkeys(rows["partner_group"]))  # the legend, in the order of the rows
    present = set(rows["stage"].unique())
    stages = len(present)
    bottom = 90 + 26 * ((stages + 1) // 2)  # room for the stage legend, two columns at the least
    top = 110 + 26 * max(0, (len(groups) + 1) // 2 - 2)  # the partner legend above the plot, two columns at the least
    lane_px = LANE_PX if len(lane_names) <= 6 else LANE_PX_MANY
    height = max(440, top + 10 + bottom + lane_px * len(lane_names))
    px_per_lane = (height - top - bottom) / len(lane_names)
    traces = []

    spans = rows[rows["period_start"].notna()
                 & ((rows["period_end"] - rows["period_start"]).dt.days >= SPAN_MIN_DAYS)].drop_duplicates(
        ["id", "lane"])
    if len(spans):
        traces.append(_bars(spans["period_start"], spans["period_end"], spans["lane"],
                            spans["partner_group"].map(colours).tolist(), SPAN_PX, px_per_lane,
                            opacity=0.22, name="spans"))
    windows = rows[rows["imprecise"]]
    if len(windows):
        traces.append(_bars(windows["window_start"], windows["window_end"], windows["y"],
                            windows["partner_group"].map(colours).tolist(), WINDOW_PX, px_per_lane,
                            opacity=IMPRECISE_OPACITY, name="windows"))

    mark_colours = rows["partner_group"].map(colours).tolist()
    traces.append(dict(type="scatter",
        x=rows["x"], y=rows["y"], mode="markers", name="marks", showlegend=False,
        marker={"color": mark_colours,
                "size": (MARKER_SIZE + 4 * (rows["count"] ** 0.5 - 1)).clip(upper=40).tolist(),
                "symbol": rows["stage"].map(SYMBOLS).tolist(),
                "opacity": rows["imprecise"].map({True: IMPRECISE_OPACITY, False: 1.0}).tolist(),
                "line": {"width": 2, "color": mark_colours}},
        customdata=rows[["hover", "id"]].to_numpy(), hovertemplate="%{customdata[0]}<extra></extra>",
    ))
    for partner in groups:  # the legend entry: one plain circle per partner
        traces.append(dict(type="scatter",
            x=[None], y=[None], mode="markers", name=escape_html(labels.country(partner)), legend="legend",
            marker={"color": colours[partner], "size": 13, "symbol": "circle"}, hoverinfo="skip", showlegend=True))

    for stage in [s for s in SYMBOLS if s in present]:  # in the lifecycle's order
        traces.append(dict(type="scatter",
            x=[None], y=[None], mode="markers", name=escape_html(labels.code("stage", stage)),
            legend="legend2",
            marker={"color": NEUTRAL, "size": 13, "symbol": SYMBOLS[stage],
                    "line": {"width": 2, "color": NEUTRAL}}, hoverinfo="skip", showlegend=True))

    padding = pd.Timedelta(days=45)
    last = max(rows["window_end"].max(), spans["period_end"].max() if len(spans) else rows["window_end"].max())
    x_range = [rows["window_start"].min() - padding, last + padding]
    tick_values, tick_text = date_ticks(*x_range, lang)  # month names in the language, not plotly's English
    # Legends in rows above and under the plot, so that the plot keeps the full width on a laptop.
    layout = base_layout(
        title, height,
        title={"y": 1, "yref": "container", "yanchor": "top", "pad": {"t": 10}, "automargin": True},
        yaxis={"tickmode": "array", "tickvals": list(range(len(lane_names))), "ticktext": lane_names,
               "range": [-0.6, len(lane_names) - 0.4], "showgrid": True, "fixedrange": True},
        xaxis={"title": {"text": t("timeline.axis_date", lang)}, "type": "date", "range": x_range,
               "tickmode": "array", "tickvals": tick_values, "ticktext": tick_text},
        legend={"title": {"text": t("timeline.legend_partner", lang) + " "}, "orientation": "h", "x": 0,
                "y": 1.0, "yanchor": "bottom"},
        legend2={"title": {"text": t("timeline.legend_stage", lang) + " "}, "orientation": "h", "x": 0,
                 "y": -70 / (height - bottom - top), "yanchor": "top"},
        margin={"t": top, "b": bottom, "r": 20},
        barmode="overlay",
    )
    return make_figure(traces, layout)
