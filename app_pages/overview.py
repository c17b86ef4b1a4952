"""Overview: headline figures of the selection, the latest agreements, key facts."""

import streamlit as st

from components.messages import show_empty_selection
from components.page_frame import show_page
from components.record_list import show_records
from components.stage_counts import show_stage_counts
from components.view import View
from tracker.curation.changelog import latest_release, release_summary, whats_new
from tracker.language.escaping import plain_markdown
from tracker.language.formatting import format_date, format_money
from tracker.language.i18n import format_count, t
from tracker.selection.totals import headline, stage_counts
from tracker.views.record_tables import key_facts_table, recent_table

NEWS_ROWS = 8


def render(view: View) -> None:
    lang = view.lang

    st.title(t("page.overview", lang))
    st.caption(t("overview.caption", lang, selection=plain_markdown(view.selection_text)))

    if view.records.empty:
        show_empty_selection(lang, view.selection.query)
    else:
        figures = headline(view.records, view.dataset.ca_flags)
        excluded = (t("overview.excluded_some", lang, n=figures.out_of_scope) if figures.out_of_scope
                    else t("overview.excluded_none", lang))
        stated = t("overview.stated", lang, n=figures.stated, m=figures.agreements)
        money_help = t("overview.value_help", lang, stated=stated, excluded=excluded)
        counts = st.columns(3)  # counts above, amounts below: five in a row cut the amounts off on a laptop
        counts[0].metric(t("overview.agreements", lang), format_count(figures.agreements, lang), border=True)
        counts[1].metric(t("overview.partners", lang), format_count(figures.partners, lang), border=True)
        counts[2].metric(t("overview.ca_countries", lang), format_count(figures.ca_countries, lang), border=True)
        by_stage = stage_counts(view.records)
        st.markdown(f"**{t('overview.by_stage', lang)}**", help=t("overview.by_stage_help", lang))
        show_stage_counts(by_stage, view.labels, "overview_stages")
        amounts = st.columns(2)
        amounts[0].metric(t("overview.value_eur", lang), format_money(figures.value_eur_m, "EUR", lang),
                          help=money_help, border=True)
        amounts[1].metric(t("overview.value_usd", lang), format_money(figures.value_usd_m, "USD", lang),
                          help=money_help, border=True)
        st.caption(t("overview.amounts_note", lang, stated=stated))

        st.subheader(t("overview.recent", lang))
        show_records(recent_table(view.records, view.labels, query=view.link_query), lang, "recent")
        st.page_link(view.pages["data"], label=t("overview.open_data", lang), icon=":material/arrow_forward:")

    release = latest_release(view.dataset.changelog)
    if not release.empty:
        version, released = release["version"].iloc[0], release["date"].iloc[0]
        st.subheader(t("overview.whats_new", lang, version=version, date=format_date(released, "day", lang)))
        news = whats_new(view.dataset, release, view.labels, view.link_query)
        changes = release_summary(release).iloc[0]  # how many records the release added, changed, removed
        st.caption(t("overview.whats_new_caption", lang, added=int(changes["added"]), count=int(changes["added"]),
                     changed=int(changes["changed"]), removed=int(changes["removed"])))
        show_records(news.head(NEWS_ROWS), lang, "whats_new")
        st.page_link(view.pages["about"], label=t("overview.all_releases", lang), icon=":material/history:")

    st.subheader(t("overview.key_facts", lang))
    st.dataframe(key_facts_table(view.dataset, view.labels, view.selection.ca), hide_index=True, width="stretch",
                 key="key_facts", column_config={t("col.figure", lang): st.column_config.TextColumn(width="medium"),
                                                 t("col.fact", lang): st.column_config.TextColumn(width="large")})


show_page(render)
