"""Who works with whom: partners × Central Asian countries, each cell a link to the pair's profile."""

import streamlit as st

from components.messages import show_empty_selection
from components.page_frame import show_page
from components.record_list import labelled_link_column, table_height
from components.view import View
from tracker.dataset.schema import CA_CODES, STAGES
from tracker.language.escaping import plain_markdown
from tracker.language.i18n import t
from tracker.views.colours import GROUPS, partner_groups
from tracker.views.matrix import MEASURES, matrix_links


def render(view: View) -> None:
    lang, records, labels = view.lang, view.records, view.labels

    st.title(t("matrix.title", lang))
    st.caption(t("matrix.caption", lang, selection=plain_markdown(view.selection_text)))
    if records.empty:
        show_empty_selection(lang, view.selection.query)
        return

    controls = st.container(horizontal=True, vertical_alignment="bottom", gap="large")
    measure = controls.segmented_control(t("matrix.measure", lang), MEASURES, key="matrix_measure", default="count",
                                         required=True, format_func=lambda m: t(f"matrix.measure_{m}", lang))
    stages = controls.pills(t("matrix.stages", lang), STAGES, selection_mode="multi", default=list(STAGES),
                            key="matrix_stages", format_func=lambda s: labels.code("stage", s))
    chosen = tuple(s for s in STAGES if s in stages)
    shown = records[records["stage"].isin(chosen).to_numpy()]
    if shown.empty:
        st.info(t("matrix.empty", lang), icon=":material/filter_alt_off:")
        return

    table = matrix_links(shown, labels, view.link_query, measure, chosen, partner_groups(view.dataset.countries),
                         GROUPS, view.dataset.ca_flags)
    st.dataframe(table, hide_index=True, width="stretch", key="matrix", height=table_height(len(table), 1200),
                 column_config={t("matrix.col_partner", lang): labelled_link_column(width="large"),
                                **{labels.country(c): labelled_link_column() for c in CA_CODES},
                                t("matrix.total", lang): labelled_link_column()})
    st.caption(t(f"matrix.{measure}_note", lang))


show_page(render)
