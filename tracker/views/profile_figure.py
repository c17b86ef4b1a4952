"""A profile's small timeline: records per year, stacked by how far they got."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from tracker.language.escaping import escape_html
from tracker.language.i18n import t
from tracker.views.chart_style import base_layout, make_figure
from tracker.views.colours import STAGE_COLOURS
from tracker.views.context import ViewContext


def build_year_stage_figure(table: pd.DataFrame, context: ViewContext, title: str) -> go.Figure:
    """``table``: tracker.views.profile.year_stage_counts (years × stages)."""
    labels, lang = context.labels, context.lang
    years = [str(y) for y in table.index]
    traces = []
    for stage in table.columns:
        counts = table[stage]
        if not counts.any():
            continue
        name = escape_html(labels.code("stage", stage))
        traces.append(dict(type="bar", x=years, y=counts.to_list(), name=name,
                           marker={"color": STAGE_COLOURS[stage]},
                           hovertemplate=f"<b>{name}, %{{x}}</b><br>{t('hover.records', lang)}: %{{y}}<extra></extra>"))
    layout = base_layout(
        title, 340, barmode="stack",
        legend={"title": {"text": t("timeline.legend_stage", lang)}, "traceorder": "normal"},
        xaxis={"title": {"text": None}, "type": "category", "categoryorder": "array", "categoryarray": years},
        yaxis={"title": {"text": t("profile.axis_records", lang)}, "tickformat": ",d", "rangemode": "tozero"},
    )
    return make_figure(traces, layout)
