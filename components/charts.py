"""Shows plotly figures the same way on every page: full width, our toolbar settings."""

from __future__ import annotations

import html

import plotly.graph_objects as go
import streamlit as st

from tracker.chart_style import plotly_config
from tracker.text import escape_html


PRESENTATION_FONT = 20


def show_figure(fig: go.Figure, key: str, view=None) -> None:
    """Full width; in presentation mode with larger type and the whole selection under the title."""
    title = html.unescape(fig.layout.title.text or key)
    if view is not None and view.presenting:
        fig.update_layout(font_size=PRESENTATION_FONT, title_subtitle_text=escape_html(view.selection_text),
                          title_subtitle_font_size=PRESENTATION_FONT - 2)
    st.plotly_chart(fig, width="stretch", theme=None, config=plotly_config(title), key=key)
