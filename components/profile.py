"""A profile page: one Central Asian country, one partner, or a pair, within the sidebar's selection.

Reached by ``country?code=KAZ``, ``partner?code=DEU`` and ``partner?code=DEU&with=KAZ``; the figures
come from tracker.views.profile, the same counts as every other page.
"""

from __future__ import annotations

import streamlit as st

from components.charts import show_figure
from components.record_list import labelled_link_column, show_records, table_height
from components.stage_counts import show_stage_counts
from components.view import View
from tracker.language.escaping import plain_markdown
from tracker.language.formatting import format_money
from tracker.language.i18n import format_count, t
from tracker.views.profile import (
    Subject,
    chain_table,
    counterparts,
    lifecycle_chains,
    most_cited_sources,
    parse_subject,
    profile_figures,
    profile_link,
    profile_records,
    year_stage_counts,
)
from tracker.views.profile_figure import build_year_stage_figure
from tracker.views.record_tables import recent_table

LATEST = 8


def subject_name(subject: Subject, view: View) -> str:
    labels = view.labels
    if subject.other:
        return t("profile.pair_title", view.lang, partner=labels.country(subject.partner),
                 country=labels.country(subject.country))
    return labels.country(subject.code)


def profile_page_link(view: View, kind: str, code: str, other: str, label: str,
                      icon: str = ":material/arrow_forward:") -> None:
    """A link to a profile in the same tab (the session keeps the filters and language)."""
    st.page_link(view.pages[kind], label=plain_markdown(label), icon=icon,
                 query_params={"code": code} | ({"with": other} if other else {}))


def show_profile_links(subjects: list[Subject], view: View, key: str) -> None:
    """A row of links to the profiles of a record's or a map pick's partner, countries and pairs."""
    if not subjects:
        return
    row = st.container(horizontal=True, gap="small", key=key)
    with row:
        st.markdown(f"**{t('profile.links', view.lang)}**")
        for subject in subjects:
            icon = ":material/handshake:" if subject.other else (
                ":material/flag:" if subject.kind == "country" else ":material/account_balance:")
            profile_page_link(view, subject.kind, subject.code, subject.other, subject_name(subject, view), icon=icon)


def render_profile(kind: str, view: View) -> None:
    lang, labels = view.lang, view.labels
    subject = parse_subject(kind, st.query_params.get("code", ""), st.query_params.get("with", ""), view.dataset)
    if subject is None:
        st.title(t("profile.missing_title", lang))
        code = str(st.query_params.get("code", ""))[:24]
        st.info(t("profile.missing", lang, code=plain_markdown(code) or "–"), icon=":material/search_off:")
        st.page_link(view.pages["matrix"], label=t("page.matrix", lang), icon=":material/grid_on:")
        return

    name = subject_name(subject, view)
    st.title(plain_markdown(name))
    st.caption(t("profile.caption", lang, selection=plain_markdown(view.selection_text)))
    if subject.other:  # back to each side on its own
        sides = st.container(horizontal=True)
        with sides:
            profile_page_link(view, "partner", subject.partner, "",
                              t("profile.all_of", lang, name=labels.country(subject.partner)))
            profile_page_link(view, "country", subject.country, "",
                              t("profile.all_of", lang, name=labels.country(subject.country)))
    records = profile_records(view.records, subject, view.dataset.ca_flags)
    if records.empty:
        st.info(t("profile.empty", lang, name=plain_markdown(name)), icon=":material/filter_alt_off:")
        return

    _figures(records, subject, view)
    _counterparts(records, subject, view)
    table = year_stage_counts(records, view.selection.year_from, view.selection.year_to)
    show_figure(build_year_stage_figure(table, view.context, t("profile.timeline_title", lang, name=name)),
                key="profile_timeline", view=view,
                data=lambda: table.rename(columns=lambda s: labels.code("stage", s)).rename_axis(
                    t("col.year", lang)).reset_index())
    _chains(records, view)
    st.subheader(t("profile.latest", lang))
    show_records(recent_table(records, labels, LATEST, view.link_query), lang, "profile_latest")
    _sources(records, view)


def _figures(records, subject: Subject, view: View) -> None:
    lang, labels = view.lang, view.labels
    figures = profile_figures(records, "EUR")
    headline = st.columns(3)
    headline[0].metric(t("profile.all_records", lang), format_count(figures.records, lang), border=True)
    if subject.other:
        headline[1].metric(t("profile.sources_count", lang),
                           format_count(int(records["source_ids"].explode().nunique()), lang), border=True)
    elif subject.kind == "country":
        headline[1].metric(t("overview.partners", lang), format_count(int(records["partner"].nunique()), lang),
                           border=True)
    else:
        headline[1].metric(t("overview.ca_countries", lang),
                           format_count(len(counterparts(records, subject, view.dataset.ca_flags)), lang), border=True)
    headline[2].metric(t("profile.commodities_count", lang), format_count(len(figures.commodities), lang), border=True)
    st.markdown(f"**{t('profile.stages', lang)}**")
    show_stage_counts(figures.stages, labels, "profile_stages")
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(f"**{t('profile.amounts', lang)}**")
        amounts = figures.amounts
        st.dataframe({
            t("profile.col_kind", lang): [labels.code("amount_kind", k) for k in amounts["kind"]],
            t("profile.col_eur", lang): [format_money(v, "EUR", lang) if n else "–"
                                         for v, n in zip(amounts["value_eur"], amounts["records"], strict=True)],
            t("profile.col_usd", lang): [format_money(v, "USD", lang) if n else "–"
                                         for v, n in zip(amounts["value_usd"], amounts["records"], strict=True)],
            t("profile.col_counted", lang): [format_count(int(n), lang) for n in amounts["records"]],
        }, hide_index=True, width="stretch", key="profile_amounts")
        st.caption(t("profile.amounts_caption", lang))
    with right:
        st.markdown(f"**{t('profile.commodities', lang)}**")
        st.dataframe({
            t("col.commodities", lang): [labels.code("commodity", c) for c in figures.commodities.index],
            t("hover.records", lang): [format_count(int(n), lang) for n in figures.commodities],
        }, hide_index=True, width="stretch", key="profile_commodities",
            height=table_height(len(figures.commodities), 320))


def _counterparts(records, subject: Subject, view: View) -> None:
    if subject.other:
        return
    lang, labels = view.lang, view.labels
    counts = counterparts(records, subject, view.dataset.ca_flags)
    heading = "profile.with_partners" if subject.kind == "country" else "profile.with_countries"
    st.markdown(f"**{t(heading, lang)}**")
    links = [profile_link(subject.kind, subject.code, other, view.link_query, labels.country(other))
             for other in counts.index]
    st.dataframe({t("profile.col_pair", lang): links,
                  t("hover.records", lang): [format_count(int(n), lang) for n in counts]},
                 hide_index=True, width="stretch", key="profile_counterparts",
                 height=table_height(len(links), 320),
                 column_config={t("profile.col_pair", lang): labelled_link_column()})


def _chains(records, view: View) -> None:
    lang = view.lang
    st.subheader(t("profile.chains", lang))
    chains = lifecycle_chains(records)
    if not chains:
        st.caption(t("profile.no_chains", lang))
        return
    st.caption(t("profile.chains_caption", lang))
    titles = dict(zip(records["id"], records[view.labels.column("title")], strict=True))
    table = chain_table(chains, titles, lambda n: t("profile.step", lang, n=n), view.link_query)
    st.dataframe(table, hide_index=True, width="stretch", key="profile_chains", height=table_height(len(table), 460),
                 column_config={column: labelled_link_column(width="large") for column in table.columns})


def _sources(records, view: View) -> None:
    lang = view.lang
    st.subheader(t("profile.sources", lang))
    cited = most_cited_sources(records, view.dataset.sources)
    st.dataframe({
        t("col.source_title", lang): cited["title"].to_list(),
        t("col.publisher", lang): cited["publisher"].to_list(),
        t("col.published", lang): cited["published"].to_list(),
        t("profile.col_cited", lang): [format_count(int(n), lang) for n in cited["records"]],
        t("col.url", lang): cited["url"].to_list(),
    }, hide_index=True, width="stretch", key="profile_sources",
        column_config={t("col.source_title", lang): st.column_config.TextColumn(width="large"),
                       t("col.url", lang): st.column_config.LinkColumn(display_text=t("col.open", lang))})
