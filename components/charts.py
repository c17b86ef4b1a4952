"""Shows plotly figures the same way on every page: full width, our toolbar settings."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from tracker.language.formatting import format_date
from tracker.language.i18n import t
from tracker.views.chart_style import (
    SUBTITLE_SIZE,
    TITLE_CHARS,
    TITLE_SIZE,
    plotly_config,
    subtitle_chars,
    with_layout,
    wrapped,
)
from tracker.views.colours import SOURCE_LINE

PRESENTATION_FONT = 20
SOURCE_ROOM = 24  # px added above the plot for the source line
LINE_SPACING = 1.3  # a wrapped title's or subtitle's line height, in font sizes
MULTILINE_LIFT = 0.8
TITLE_TOP = 8  # px between the top of the figure and its title


def source_line(view) -> str:
    """What a picture of the chart must carry: the selection, the dataset, its version and the day."""
    return t("chart.source_line", view.lang, selection=view.selection_text, title=t("app.title", view.lang),
             version=view.dataset.version, date=format_date(date.today(), "day", view.lang))


def show_figure(fig: go.Figure, key: str, view=None,
                data: pd.DataFrame | Callable[[], pd.DataFrame] | None = None, selectable: bool = False,
                file_name: str | None = None):
    """Full width, with the selection and the dataset's name, version and today's date under the title
    (so a downloaded PNG says where it comes from), larger type in presentation mode, and the data
    behind the chart as a table for readers who cannot see it. ``selectable``: a click on a mark reruns
    the page, and the chart's selection is returned. ``file_name``: what the PNG download is named
    after, the same for every selection (by default the title)."""
    title = html.unescape(fig.layout.title.text or key)
    if view is not None:
        size = PRESENTATION_FONT - 2 if view.presenting else SUBTITLE_SIZE
        title_text, title_lines = wrapped(title, TITLE_CHARS)
        subtitle, subtitle_lines = wrapped(source_line(view), subtitle_chars(size))
        extra = (title_lines - 1) * TITLE_SIZE * LINE_SPACING + (subtitle_lines - 1) * size * LINE_SPACING
        top = (fig.layout.margin.t or 70) + SOURCE_ROOM + (8 if view.presenting else 0) + round(extra)
        height = fig.layout.height + round(extra)  # the lines a title gains add room, they take none from the plot
        # The title block hangs from the top of the figure, so that the room added above the plot for
        # its extra lines is all below it (plotly centres a title left to itself in the margin).
        y = fig.layout.title.y if fig.layout.title.yref == "container" else 1 - TITLE_TOP / height
        if title_lines > 1:
            # plotly lifts a title of several lines anchored at its top by about three quarters of its
            # font size, past the top edge: put it back down by as much
            y -= MULTILINE_LIFT * TITLE_SIZE / height
        fig = with_layout(fig, {
            "title": {"text": title_text, "yref": "container", "yanchor": "top", "y": y,
                      "subtitle": {"text": subtitle, "font": {"size": size, "color": SOURCE_LINE}}},
            "margin": {"t": top}, "height": height,
            **({"font": {"size": PRESENTATION_FONT}} if view.presenting else {})})
    event = st.plotly_chart(fig, width="stretch", theme=None, config=plotly_config(file_name or title), key=key,
                            **({"on_select": "rerun", "selection_mode": "points"} if selectable else {}))
    if data is not None and view is not None:
        show_data_behind(data, key, view.lang)
    return event.selection if selectable else None


def show_data_behind(data: pd.DataFrame | Callable[[], pd.DataFrame], key: str, lang: str) -> None:
    """The data behind a chart, as a table, in an expander whose table is built only once it is
    opened (``data`` may be a function that builds it): a closed expander costs neither the server
    nor the browser anything."""
    box = st.expander(t("chart.data_behind", lang), key=f"{key}_data_open", on_change="rerun")
    if box.open:
        box.dataframe(data() if callable(data) else data, hide_index=True, width="stretch", key=f"{key}_data")
