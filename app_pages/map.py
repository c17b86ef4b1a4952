"""Partner map: where the partnerships run. Click an arc or a country to list its agreements."""

import streamlit as st

from components.charts import show_data_behind
from components.messages import show_empty_selection
from components.page_frame import show_page
from components.profile import show_profile_links
from components.record_list import show_records
from components.view import View
from tracker.language.escaping import plain_markdown
from tracker.language.i18n import t
from tracker.views.map_deck import METRICS, build_partner_map
from tracker.views.map_legend import partner_legend
from tracker.views.map_numbers import map_data, map_table
from tracker.views.map_pick import picked_codes, picked_object, picked_records, picked_sides
from tracker.views.profile import profile_subjects
from tracker.views.record_tables import records_table


def render(view: View) -> None:
    lang, records, labels = view.lang, view.records, view.labels

    st.title(t("map.title", lang))
    st.caption(t("map.caption", lang, selection=plain_markdown(view.selection_text)))
    if records.empty:
        show_empty_selection(lang, view.selection.query)
        return

    metric = st.segmented_control(t("map.metric", lang), METRICS, key="map_metric", default="count", required=True,
                                  format_func=lambda m: t(f"map.metric_{m}", lang))
    data = map_data(records, "EUR", lang, view.dataset.ca_flags)  # aggregated once for the map and its table
    deck = build_partner_map(records, view.dataset.countries, view.context, metric, data=data)
    event = st.pydeck_chart(deck, height=600, on_select="rerun", selection_mode="single-object", key="partner_map",
                            alt=t("map.alt", lang, selection=view.selection_text))

    show_data_behind(lambda: map_table(data, labels), "map", lang)

    st.html(partner_legend(records, view.context, metric))

    picked = picked_object(event.selection)
    if picked:
        names = " – ".join(labels.country(code) for code in picked_codes(picked))
        st.subheader(t("map.picked", lang, what=plain_markdown(names)))
        show_profile_links(profile_subjects(*picked_sides(picked)), view, "map_profiles")
        show_records(records_table(picked_records(records, picked), labels, view.link_query), lang, "map_picked")
    else:
        st.caption(t("map.pick_hint", lang))


show_page(render)
