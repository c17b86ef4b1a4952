"""Shows plotly figures the same way on every page: full width, our toolbar settings."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from tracker.chart_style import plotly_config


def show_figure(fig: go.Figure, key: str) -> None:
    title = fig.layout.title.text or key
    st.plotly_chart(fig, width="stretch", theme=None, config=plotly_config(title), key=key)
