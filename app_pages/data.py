"""Data & downloads: the selected records, one record in full, CSV and Excel of exactly these records."""

from datetime import date

import streamlit as st

from components.messages import show_empty_selection
from components.page_frame import show_page
from components.record_list import show_records, table_height
from components.view import View
from tracker.dataset.sources import cited_by_record
from tracker.exports.selection_json import to_json_bytes
from tracker.exports.spreadsheets import to_csv_bytes, to_xlsx_bytes
from tracker.language.escaping import plain_markdown
from tracker.language.i18n import t
from tracker.views.record_tables import readable_sources, record_fields, records_table

DETAIL_KEY = "record_detail"
MAX_ROWS = 5000
MAX_CHOICES = 500
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def render(view: View) -> None:
    lang, records = view.lang, view.records

    st.title(t("page.data", lang))
    if records.empty:
        show_empty_selection(lang, view.selection.query)
        return

    st.caption(t("data.intro", lang, n=len(records)))
    shown = records.iloc[-MAX_ROWS:]  # a browser table of more rows helps nobody; the downloads hold all
    if len(shown) < len(records):
        st.caption(t("data.rows_shown", lang, shown=len(shown), n=len(records)))
    table = records_table(shown, view.labels, view.link_query)
    ids = list(shown["id"])


    def _show_selected_row() -> None:
        rows = st.session_state["records_table"].selection.rows
        if rows:
            st.session_state[DETAIL_KEY] = ids[rows[0]]


    show_records(table, lang, "records_table", height=table_height(len(table), 560), on_select=_show_selected_row,
                 selection_mode="single-row")

    st.subheader(t("data.downloads", lang, n=len(records)))
    stem = view.context.file_stem
    buttons = st.container(horizontal=True)
    buttons.download_button(t("data.download_csv", lang), data=lambda: to_csv_bytes(records), file_name=f"{stem}.csv",
                         mime="text/csv", icon=":material/download:", on_click="ignore", key="download_csv")
    buttons.download_button(
        t("data.download_xlsx", lang), file_name=f"{stem}.xlsx", mime=XLSX_MIME, icon=":material/download:",
        on_click="ignore", key="download_xlsx",
        data=lambda: to_xlsx_bytes(records, view.dataset, view.context, date.today()),
    )
    buttons.download_button(
        t("data.download_json", lang), file_name=f"{stem}.json", mime="application/json", icon=":material/download:",
        on_click="ignore", key="download_json",
        data=lambda: to_json_bytes(records, view.dataset, date.today(), view.selection_text),
    )

    st.subheader(t("data.detail", lang))
    choices = ids[::-1][:MAX_CHOICES]  # most recent first; any record can also be picked in the table
    if st.session_state.get(DETAIL_KEY) not in ids:
        st.session_state[DETAIL_KEY] = choices[0]
    if st.session_state[DETAIL_KEY] not in choices:
        choices.append(st.session_state[DETAIL_KEY])
    titles = dict(zip(shown["id"], shown[view.labels.column("title")], strict=True))
    record_id = st.selectbox(t("data.pick", lang), choices, key=DETAIL_KEY, format_func=titles.get)
    record = shown.loc[shown["id"] == record_id].iloc[0]
    st.markdown(f"#### {plain_markdown(record[view.labels.column('title')])}")
    st.dataframe(record_fields(record, view.labels), hide_index=True, width="stretch", key="record_fields",
                 column_config={"field": st.column_config.TextColumn(t("data.field", lang), width="small"),
                                "value": st.column_config.TextColumn(t("data.field_value", lang), width="large")})
    st.markdown(f"**{t('data.sources_of_record', lang)}**")
    sources = readable_sources(cited_by_record(record, view.dataset.sources), lang)
    st.dataframe(sources, hide_index=True, width="stretch", key="record_sources")


show_page(render)
