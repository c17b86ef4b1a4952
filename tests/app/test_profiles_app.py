"""Profiles and the matrix driven with AppTest: opened by their links, with the sidebar's filters, figures
equal to the data for the same selection, nonsense links answered with a message."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.apptest_helpers import NARROW, assert_clean, dataframe_by_key, dataframe_with, narrow_selection
from tracker.dataset.schema import STAGES
from tracker.language.i18n import format_count, labels_for, t
from tracker.selection.filters import apply_filters, default_selection, filter_options
from tracker.views.profile import Subject, profile_records

PROFILE_PAGES = {"country": "app_pages/country.py", "partner": "app_pages/partner.py"}


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize(("kind", "query", "subject"), [
    ("country", {"code": "KAZ"}, Subject("country", "KAZ")),
    ("partner", {"code": "DEU"}, Subject("partner", "DEU")),
    ("partner", {"code": "DEU", "with": "KAZ"}, Subject("partner", "DEU", "KAZ")),
    ("country", {"code": "UZB", "with": "CHN"}, Subject("country", "UZB", "CHN")),
])
def test_a_profile_link_opens_the_profile_with_figures_of_its_records(opened, dataset, kind, query, subject):
    at = opened(query, PROFILE_PAGES[kind])
    assert_clean(at)
    labels = labels_for(dataset.countries, "en")
    everything = apply_filters(dataset, default_selection(filter_options(dataset)))
    records = profile_records(everything, subject, dataset.ca_flags)
    name = labels.country(subject.code) if not subject.other else t(
        "profile.pair_title", "en", partner=labels.country(subject.partner), country=labels.country(subject.country))
    assert at.title[0].value == name
    shown = metrics(at)
    assert shown["Records"] == format_count(len(records), "en")
    for stage in STAGES:
        assert shown[labels.code("stage", stage)] == format_count(int((records["stage"] == stage).sum()), "en")
    latest = dataframe_with(at, "Record", "Title")
    assert len(latest) == min(8, len(records))


def test_a_profile_applies_the_sidebar_filters_of_its_link(opened, dataset):
    at = opened(NARROW | {"code": "DEU"}, PROFILE_PAGES["partner"])
    assert_clean(at)
    assert at.multiselect(key="filter_partner").value == ["EU", "DEU"]
    records = profile_records(apply_filters(dataset, narrow_selection()), Subject("partner", "DEU"))
    assert metrics(at)["Records"] == str(len(records))
    assert 0 < len(records) < (dataset.agreements["partner"] == "DEU").sum()
    assert at.query_params["code"] in ("DEU", ["DEU"])  # the sidebar keeps the profile's own keys in the URL


@pytest.mark.parametrize("query", [{"code": "XXX"}, {"code": "DEU", "with": "CHN"}, {"code": "<img src=x>"}, {}])
def test_a_link_to_no_profile_says_so(opened, query):
    at = opened(query, PROFILE_PAGES["partner"])
    assert_clean(at)
    assert at.title[0].value == "No such profile"
    assert "names no Central Asian country or partner" in at.info[0].value


def test_a_profile_outside_the_selection_says_how_to_widen_it(opened):
    at = opened({"ca": "TKM", "code": "KFW"}, PROFILE_PAGES["partner"])
    assert_clean(at)
    assert any("Widen the filters" in i.value for i in at.info)


def test_the_matrix_lists_every_partner_and_links_each_cell_to_the_pair(opened, dataset):
    at = opened({"lang": "de"}, "app_pages/matrix.py")
    assert_clean(at)
    table = dataframe_with(at, "Partner", "Kasachstan")
    assert len(table) == dataset.agreements["partner"].nunique()
    germany = table[table["Partner"].str.endswith("#Deutschland")].iloc[0]
    link = urlsplit(germany["Kasachstan"])
    assert link.path == "partner" and parse_qs(link.query)["with"] == ["KAZ"]
    assert parse_qs(link.query)["lang"] == ["de"]
    pair = (dataset.agreements["partner"] == "DEU") & dataset.ca_flags["KAZ"]
    assert link.fragment == str(int(pair.sum()))


def test_the_data_table_links_each_record_to_its_pair_profile(opened, dataset):
    at = opened({"partner": "DEU", "ca": "KAZ"}, "app_pages/data.py")
    links = dataframe_by_key(at, "records_table")["Profile"]
    kazakh_only = dataset.agreements[(dataset.agreements["partner"] == "DEU")]
    assert len(links) == int((kazakh_only["ca_countries"].map(lambda c: "KAZ" in c)).sum())
    single = [link for link in links if "with=" in link]
    assert single and all(urlsplit(link).fragment == "Germany · Kazakhstan" for link in single)
    assert all(parse_qs(urlsplit(link).query)["partner"] == ["DEU"] for link in links)
