"""Partner map: where the partnerships run. Click an arc or a country to list its agreements."""

import streamlit as st

from components.charts import show_data_behind
from components.messages import show_empty_selection
from components.tables import show_records
from components.view import current_view
from tracker.language.i18n import t
from tracker.views.colours import GROUPS
from tracker.views.partner_map import METRICS, build_partner_map, legend_html, map_data, map_table, picked_records
from tracker.views.record_tables import records_table
from tracker.language.escaping import plain_markdown

view = current_view()
lang, records, labels = view.lang, view.records, view.labels

st.title(t("map.title", lang))
st.caption(t("map.caption", lang, selection=plain_markdown(view.selection_text)))
if records.empty:
    show_empty_selection(lang, view.selection.query)
    st.stop()

metric = st.segmented_control(t("map.metric", lang), METRICS, key="map_metric", default="count", required=True,
                              format_func=lambda m: t(f"map.metric_{m}", lang))
data = map_data(records, "EUR", lang, view.dataset.ca_flags)  # aggregated once for the map and its table
deck = build_partner_map(records, view.dataset.countries, labels, view.colours, metric, data=data)
event = st.pydeck_chart(deck, height=600, on_select="rerun", selection_mode="single-object", key="partner_map",
                        alt=t("map.alt", lang))

show_data_behind(map_table(data, labels), "map", lang)

present = set(records["partner_group"].unique())
partners = [(labels.country(group), view.colours[group]) for group in GROUPS if group in present]
metric_name = t(f"map.metric_{metric}", lang)
st.html(legend_html(partners, t("map.legend_width", lang, metric=metric_name) + " " + t("map.legend_places", lang),
                    t("map.legend_partners", lang)))

picked = next((objects[0] for objects in (event.selection.get("objects") or {}).values() if objects), None)
if picked:
    chosen = picked_records(records, picked)
    what = picked.get("partner"), picked.get("ca") or picked.get("code")
    names = " – ".join(labels.country(code) for code in dict.fromkeys(c for c in what if c))
    st.subheader(t("map.picked", lang, what=plain_markdown(names)))
    show_records(records_table(chosen, labels), lang, "map_picked")
else:
    st.caption(t("map.pick_hint", lang))
