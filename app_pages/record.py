"""One record: its facts, amounts, summary, notes, sources as links, lifecycle links, when it was last
checked and a link to report an error. Reached by its permalink, record?id=…, whatever the filters."""

import streamlit as st

from components.page_frame import show_page
from components.profile import show_profile_links
from components.view import View
from tracker.dataset.sources import cited_by_record
from tracker.exports.links import permalink, public_base_url, report_error_link
from tracker.language.escaping import markdown_link, plain_markdown
from tracker.language.formatting import format_date
from tracker.language.i18n import t
from tracker.views.profile import profile_subjects
from tracker.views.record_page import LINKS, amount_lines, facts, find_record, lifecycle


def render(view: View) -> None:
    lang, dataset, labels = view.lang, view.dataset, view.labels
    record_id = str(st.query_params.get("id", ""))[:120]
    record = find_record(dataset, record_id) if record_id else None

    if record is None:
        st.title(t("record.missing_title", lang))
        st.info(t("record.missing", lang, id=plain_markdown(record_id) or "–"), icon=":material/search_off:")
        st.page_link(view.pages["data"], label=t("overview.open_data", lang), icon=":material/arrow_forward:")
        return

    st.title(plain_markdown(record[labels.column("title")]))
    st.caption(plain_markdown(f"{record['id']} · {t('record.last_checked', lang)}: "
                              f"{format_date(record['last_checked'], 'day', lang)}"))

    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(plain_markdown(record[labels.column("summary")]))
        for line in amount_lines(record, labels):
            st.markdown(f"- {plain_markdown(line)}")
        if record["notes"]:
            st.markdown(f"**{t('col.notes', lang)}** ({t('record.notes_language', lang)})  \n"
                        f"{plain_markdown(record['notes'])}")
    with right:
        st.markdown("\n".join(f"- **{plain_markdown(label)}:** {plain_markdown(value)}"
                              for label, value in facts(record, labels)))
    show_profile_links(profile_subjects(record["partner"], record["ca_countries"]), view, "record_profiles")

    st.subheader(t("record.sources", lang))
    sources = cited_by_record(record, dataset.sources)
    st.markdown("\n".join(
        f"{i}. {markdown_link(row.title, row.url)} — {plain_markdown(row.publisher)}, "
        f"{plain_markdown(row.published)} ({plain_markdown(row.language)})"
        for i, row in enumerate(sources.itertuples(), start=1)))

    links = lifecycle(record, dataset, lang)
    if any(links.values()):
        st.subheader(t("record.lifecycle", lang))
        for link in LINKS:
            if links[link]:
                st.markdown(f"**{t('record.' + link, lang)}**")
                for other, title in links[link]:  # same tab, same session: the filters and language stay
                    st.page_link(view.pages["record"], label=plain_markdown(title), query_params={"id": other},
                                 icon=":material/subdirectory_arrow_right:")

    st.subheader(t("record.share", lang))
    address = permalink(record["id"], public_base_url())
    st.code(address, language=None)
    report = report_error_link(dataset.metadata.get("report_error", ""), record["id"], address, record["title_en"])
    if report:
        st.link_button(t("record.report_error", lang), report, icon=":material/flag:")


show_page(render)
