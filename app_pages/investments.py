"""Investment values: where the stated money is, never counted twice."""

import streamlit as st

from components.charts import show_figure
from components.messages import show_empty_selection
from components.page_frame import show_page
from components.profile import show_profile_links
from components.view import View
from tracker.dataset.schema import AMOUNT_KINDS, DEFAULT_AMOUNT_KINDS
from tracker.language.i18n import t
from tracker.selection.totals import amount_counts
from tracker.views.chart_pick import picked_code
from tracker.views.investment_caveat import investment_caveat
from tracker.views.investment_figures import CHARTS, investment_views
from tracker.views.profile import Subject

PROFILE_KINDS = {"by_partner": "partner", "by_ca": "country"}


def render(view: View) -> None:
    lang, records, labels = view.lang, view.records, view.labels

    st.title(t("investments.title", lang))
    if records.empty:
        show_empty_selection(lang, view.selection.query)
        return

    controls = st.container(horizontal=True, vertical_alignment="bottom", gap="large")
    currency = controls.segmented_control(t("investments.currency", lang), ("EUR", "USD"), key="inv_currency",
                                          default="EUR", required=True)
    kinds = controls.pills(t("investments.kinds", lang), AMOUNT_KINDS, selection_mode="multi",
                           default=list(DEFAULT_AMOUNT_KINDS), key="inv_kinds", help=t("investments.kinds_help", lang),
                           format_func=lambda kind: labels.code("amount_kind", kind))
    include = controls.toggle(t("investments.include", lang), key="inv_include",
                              help=t("investments.include_help", lang))
    kinds = tuple(kind for kind in AMOUNT_KINDS if kind in kinds)
    if not kinds:
        st.warning(t("investments.no_kinds", lang))
        return

    counts = amount_counts(records, include, kinds)
    st.info(investment_caveat(counts, labels, include, kinds), icon=":material/info:")
    if not counts.counted:
        st.warning(t("investments.nothing_stated", lang))
        return

    # One chart at a time, chosen right above it: only that chart is built and sent (four charts at once
    # cost the browser a third more time to the first chart drawn; see README, Performance).
    chart = st.segmented_control(t("investments.chart", lang), CHARTS, key="inv_chart", default=CHARTS[0],
                                 required=True, format_func=lambda name: t(f"investments.choose_{name}", lang),
                                 label_visibility="collapsed")
    figures, tables = investment_views(records, view.context, currency, include, kinds, charts=(chart,))
    kind = PROFILE_KINDS.get(chart)  # a bar of a partner or a country leads to its profile
    file_name = f"{t('investments.title', lang)} {t(f'investments.choose_{chart}', lang)}"
    picked = picked_code(show_figure(figures[chart], key=f"chart_{chart}", view=view, data=tables[chart],
                                     selectable=kind is not None, file_name=file_name))
    if picked:
        show_profile_links([Subject(kind, picked)], view, "chart_profiles")
    elif kind:
        st.caption(t("investments.pick_hint", lang))


show_page(render)
