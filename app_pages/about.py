"""Methodology: coverage, curation, money rules, the data dictionary and the sources."""

import streamlit as st

from components.page_frame import show_page
from components.view import View
from tracker.curation.changelog import changelog_table, release_summary
from tracker.dataset import schema
from tracker.dataset.dictionary import dictionary_table, file_description
from tracker.exports.release import release_members, release_stem, release_zip
from tracker.language.escaping import plain_markdown
from tracker.language.formatting import format_date
from tracker.language.i18n import t
from tracker.views.record_tables import readable_sources


def render(view: View) -> None:
    lang, dataset, labels = view.lang, view.dataset, view.labels

    st.title(t("page.about", lang))
    st.caption(plain_markdown(t("about.version", lang, version=dataset.version, updated=dataset.updated,
                                citation=dataset.metadata["citation"])))

    for section in ("coverage", "inclusion", "stage", "curation", "money"):
        st.subheader(t(f"about.{section}_title", lang))
        st.write(t(f"about.{section}", lang))

    st.subheader(t("about.releases_title", lang))
    releases = release_summary(dataset.changelog)
    if releases.empty:
        st.caption(t("about.no_releases", lang))
    for release in releases.itertuples():
        heading = t("about.release", lang, version=release.version, date=format_date(release.date, "day", lang),
                    added=release.added, changed=release.changed, removed=release.removed)
        with st.expander(heading, expanded=release.Index == 0):
            st.dataframe(changelog_table(dataset.changelog, release.version, labels), hide_index=True, width="stretch",
                         key=f"release_{release.Index}")

    st.subheader(t("about.rates_title", lang))
    st.dataframe(dataset.fx_rates.rename(columns={"year": t("col.year", lang), "usd_per_eur": t("about.rate", lang),
                                                  "basis": t("about.basis", lang), "notes": t("col.notes", lang)}),
                 hide_index=True, width="stretch", key="fx_rates")

    st.subheader(t("about.dictionary_title", lang))
    st.caption(t("about.dictionary_intro", lang))
    headers = {"column": t("about.col_column", lang), "type": t("about.col_type", lang),
               "required": t("about.col_required", lang), "allowed values": t("about.col_allowed", lang),
               "meaning": t("about.col_meaning", lang)}
    for spec in schema.FILES:
        with st.expander(f"{spec.name} — {file_description(spec, lang)}", expanded=spec is schema.AGREEMENTS):
            st.dataframe(dictionary_table(spec, lang).rename(columns=headers), hide_index=True, width="stretch",
                         key=f"dictionary_{spec.name}")

    st.subheader(t("about.open_data_title", lang))
    st.write(t("about.open_data", lang, version=plain_markdown(dataset.version),
               citation=plain_markdown(dataset.metadata["citation"])))
    st.download_button(t("about.download_release", lang), file_name=f"{release_stem(dataset.version)}.zip",
                       mime="application/zip", icon=":material/folder_zip:", on_click="ignore", key="download_release",
                       data=lambda: release_zip(release_members(dataset.folder), dataset.version))

    st.subheader(t("about.sources_title", lang))
    st.dataframe(readable_sources(dataset.sources, lang), hide_index=True, width="stretch", key="sources")


show_page(render)
