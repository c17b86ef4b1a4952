"""The agreement timeline: one mark per record at its date, a lane per partner (or per
Central Asian country), symbol by instrument, colour by partner; roadmap periods as spans;
month- and year-precise dates drawn paler with a bar over the month or year they cover."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from tracker.chart_style import style_figure
from tracker.formatting import format_date, format_money
from tracker.i18n import Labels, t
from tracker.schema import MEETING_INSTRUMENTS
from tracker.text import escape_html

SYMBOLS = {
    "memorandum": "circle",
    "agreement": "diamond",
    "roadmap": "square",
    "joint_venture": "triangle-up",
    "commercial_agreement": "triangle-down",
    "business_package": "star",
    "declaration_of_intent": "pentagon",
    "funding_project": "hexagon",
    "pledge": "cross",
    "talks": "circle-open",
    "summit": "star-open",
    "meeting": "square-open",
}
MARKER_SIZE = 17
IMPRECISE_OPACITY = 0.55
SPAN_MIN_DAYS = 30  # shorter periods (a two-day meeting) are not drawn as spans
SAME_DAY_SPREAD = 0.85  # marks on the same lane and date share this much of a lane's height
SAME_DAY_MAX_STEP = 0.3
LANES = ("partner", "ca")


def precision_window(dates: pd.Series, precisions: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Where to draw each mark, and the start and end of the month or year its date stands for."""
    start = dates
    end_month = dates + pd.offsets.MonthEnd(0)
    end_year = dates + pd.offsets.YearEnd(0)
    end = end_month.where(precisions == "month", end_year.where(precisions == "year", dates))
    middle = start + (end - start) / 2
    return middle, start, end


def timeline_rows(records: pd.DataFrame, labels: Labels, lanes: str = "partner") -> pd.DataFrame:
    """One row per mark: its lane, x position, offset for marks sharing a day, and hover text."""
    lang = labels.lang
    rows = records.copy()
    if lanes == "ca":
        rows = rows.assign(lane_code=rows["ca_countries"]).explode("lane_code")
    else:
        rows = rows.assign(lane_code=rows["partner"])
    rows["x"], rows["window_start"], rows["window_end"] = precision_window(rows["date"], rows["date_precision"])
    rows["lane_name"] = rows["lane_code"].map(labels.country)
    order = rows.groupby("lane_code")["date"].min().sort_values(ascending=False).index
    lane_index = {code: i for i, code in enumerate(order)}
    rows["lane"] = rows["lane_code"].map(lane_index)
    rank = rows.groupby(["lane_code", "x"]).cumcount()
    size = rows.groupby(["lane_code", "x"])["id"].transform("size")
    step = (SAME_DAY_SPREAD / size).clip(upper=SAME_DAY_MAX_STEP)
    rows["y"] = rows["lane"] + (rank - (size - 1) / 2) * step
    rows["imprecise"] = rows["date_precision"] != "day"
    rows["meeting"] = rows["instrument"].isin(MEETING_INSTRUMENTS)
    rows["hover"] = [_hover(r, labels) for _, r in rows.iterrows()]
    return rows


def _hover(r: pd.Series, labels: Labels) -> str:
    lang = labels.lang
    date_text = format_date(r["date"], r["date_precision"], lang)
    if r["date_precision"] != "day":
        date_text += f" ({t('timeline.precision_note', lang, precision=t('timeline.precision_' + r['date_precision'], lang))})"
    value = format_money(r["value_m"], r["value_currency"], lang) if pd.notna(r["value_m"]) else "–"
    lines = [
        f"<b>{escape_html(r[f'title_{lang}'])}</b>",
        f"{t('hover.date', lang)}: {escape_html(date_text)}",
        f"{t('hover.partner', lang)}: {escape_html(labels.country(r['partner']))}",
        f"{t('hover.countries', lang)}: {escape_html(labels.countries(r['ca_countries']))}",
        f"{t('hover.instrument', lang)}: {escape_html(labels.code('instrument', r['instrument']))}",
        f"{t('hover.status', lang)}: {escape_html(labels.code('status', r['status']))}",
        f"{t('hover.value', lang)}: {escape_html(value)}",
        f"{t('hover.sources', lang)}: {escape_html(', '.join(r['source_ids']))}",
    ]
    if pd.notna(r["period_start"]):
        period = (f"{format_date(r['period_start'], 'day', lang)} – {format_date(r['period_end'], 'day', lang)}")
        lines.insert(2, f"{t('timeline.period', lang)}: {escape_html(period)}")
    return "<br>".join(lines)


def build_timeline_figure(records: pd.DataFrame, labels: Labels, colours: dict[str, str], title: str,
                          lanes: str = "partner") -> go.Figure:
    lang = labels.lang
    rows = timeline_rows(records, labels, lanes)
    fig = go.Figure()
    lane_names = rows.drop_duplicates("lane").sort_values("lane")["lane_name"].tolist()

    spans = rows[rows["period_start"].notna()
                 & ((rows["period_end"] - rows["period_start"]).dt.days >= SPAN_MIN_DAYS)].drop_duplicates(
        ["id", "lane"])
    for partner, group in spans.groupby("partner", sort=False):
        xs, ys = [], []
        for r in group.itertuples():
            xs += [r.period_start, r.period_end, None]
            ys += [r.lane, r.lane, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": colours[partner], "width": 16},
                                 opacity=0.22, hoverinfo="skip", showlegend=False, name=f"span-{partner}"))

    windows = rows[rows["imprecise"]]
    for partner, group in windows.groupby("partner", sort=False):
        xs, ys = [], []
        for r in group.itertuples():
            xs += [r.window_start, r.window_end, None]
            ys += [r.y, r.y, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": colours[partner], "width": 3},
                                 opacity=IMPRECISE_OPACITY, hoverinfo="skip", showlegend=False,
                                 name=f"window-{partner}"))

    for partner, group in rows.groupby("partner", sort=False):
        fig.add_trace(go.Scatter(
            x=group["x"], y=group["y"], mode="markers", name=labels.country(partner), showlegend=False,
            marker={"color": colours[partner], "size": MARKER_SIZE,
                    "symbol": group["instrument"].map(SYMBOLS).tolist(),
                    "opacity": group["imprecise"].map({True: IMPRECISE_OPACITY, False: 1.0}).tolist(),
                    "line": {"width": 2, "color": colours[partner]}},
            customdata=group[["hover", "id"]].to_numpy(), hovertemplate="%{customdata[0]}<extra></extra>",
        ))
        fig.add_trace(go.Scatter(  # the legend entry: one plain circle per partner
            x=[None], y=[None], mode="markers", name=labels.country(partner), legend="legend",
            marker={"color": colours[partner], "size": 13, "symbol": "circle"}, hoverinfo="skip", showlegend=True))

    for instrument in [i for i in SYMBOLS if i in set(rows["instrument"])]:
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=labels.code("instrument", instrument), legend="legend2",
            marker={"color": "#5B6B7F", "size": 13, "symbol": SYMBOLS[instrument],
                    "line": {"width": 2, "color": "#5B6B7F"}}, hoverinfo="skip", showlegend=True))

    instruments = len(set(rows["instrument"]))
    bottom = 90 + 26 * ((instruments + 1) // 2)  # room for the instrument legend, two columns at the least
    height = max(440, 120 + bottom + 85 * len(lane_names))
    style_figure(fig, title, height)
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(lane_names))), ticktext=lane_names,
                     range=[-0.6, len(lane_names) - 0.4], showgrid=True, fixedrange=True)
    padding = pd.Timedelta(days=45)
    last = max(rows["window_end"].max(), spans["period_end"].max() if len(spans) else rows["window_end"].max())
    fig.update_xaxes(title_text=t("timeline.axis_date", lang), type="date",
                     range=[rows["window_start"].min() - padding, last + padding])
    # Legends in rows above and under the plot, so that the plot keeps the full width on a laptop.
    fig.update_layout(
        title={"y": 0.99, "yref": "container", "yanchor": "top"},
        legend={"title": {"text": t("timeline.legend_partner", lang) + " "}, "orientation": "h", "x": 0,
                "y": 1.0, "yanchor": "bottom"},
        legend2={"title": {"text": t("timeline.legend_instrument", lang) + " "}, "orientation": "h", "x": 0,
                 "y": -70 / (height - bottom - 120), "yanchor": "top"},
        margin={"t": 110, "b": bottom, "r": 20},
    )
    return fig
