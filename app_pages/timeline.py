"""Agreement timeline: how the partnerships unfolded."""

import streamlit as st

from components.charts import show_figure
from components.messages import show_empty_selection
from components.page_frame import show_page
from components.view import View
from tracker.language.escaping import plain_markdown
from tracker.language.i18n import t
from tracker.views.record_tables import record_rows
from tracker.views.timeline_figure import LANES, build_timeline_figure

TIMELINE_DATA_COLUMNS = ("date", "partner", "ca", "stage", "instrument", "status", "title")


def render(view: View) -> None:
    lang, records = view.lang, view.records

    st.title(t("timeline.title", lang))
    st.caption(t("timeline.caption", lang, selection=plain_markdown(view.selection_text)))
    if records.empty:
        show_empty_selection(lang, view.selection.query)
        return

    lanes = st.segmented_control(t("timeline.lanes", lang), LANES, key="timeline_lanes", default="partner",
                                 required=True, format_func=lambda lane: t(f"timeline.lanes_{lane}", lang))
    show_figure(build_timeline_figure(records, view.context, lanes), key="timeline_chart", view=view,
                file_name=f"{t('timeline.title', lang)} {t(f'timeline.lanes_{lanes}', lang)}",
                data=lambda: record_rows(records.iloc[::-1], view.labels, TIMELINE_DATA_COLUMNS))
    st.caption(t("timeline.how_to_read", lang))


show_page(render)
