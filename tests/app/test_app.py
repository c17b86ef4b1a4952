"""The app driven with AppTest: pages, filters, links, page switches, the record detail."""

from __future__ import annotations

import json

import pytest

from tests.apptest_helpers import (
    NARROW,
    PAGES,
    assert_clean,
    change_filter,
    dataframe_by_key,
    dataframe_with,
    narrow_selection,
    open_app,
)
from tracker.language.formatting import format_money
from tracker.language.i18n import t
from tracker.selection.filters import Selection, apply_filters, filter_options
from tracker.selection.totals import headline
from tracker.views.record_tables import stated_amount

# The title each page shows, by its locale key: tells that the page asked for is the page shown.
PAGE_TITLES = dict(zip(PAGES, ("page.overview", "map.title", "timeline.title", "investments.title", "page.data",
                               "page.about"), strict=True))


def table_ids(at) -> list[str]:
    return [link.split("id=")[1] for link in dataframe_by_key(at, "records_table")["Record"]]


def expected_ids(dataset, **selection) -> list[str]:
    options = filter_options(dataset)
    selection.setdefault("year_from", options.year_min)
    selection.setdefault("year_to", options.year_max)
    return list(apply_filters(dataset, Selection(**selection))["id"])


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_and_a_link_restores_the_selection(opened, dataset, page):
    """The one smoke test of each page: opened by a link with a selection, the page asked for renders
    without an error, and the sidebar holds the link's selection and counts it."""
    at = opened(NARROW, page)
    assert_clean(at)
    assert not at.error
    assert at.title[0].value == t(PAGE_TITLES[page], "en")
    assert at.multiselect(key="filter_ca").value == ["KAZ"]
    assert at.multiselect(key="filter_partner").value == ["EU", "DEU"]
    assert at.slider(key="filter_years").value == (2023, 2025)
    n = len(apply_filters(dataset, narrow_selection()))
    assert at.sidebar.caption[-1].value == f"{n} of {len(dataset.agreements)} records selected"


def test_overview_headline_figures(opened, dataset):
    at = opened()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Agreements"] == str(len(dataset.agreements))
    figures = headline(dataset.agreements, dataset.ca_flags)
    assert metrics["Stated investment (EUR)"] == format_money(figures.value_eur_m, "EUR", "en")
    stated = int(dataset.agreements["value_m"].notna().sum())
    assert any(f"{stated} of {len(dataset.agreements)} records state an amount" in c.value for c in at.caption)
    changelog = dataset.changelog
    newest = changelog[changelog["version"] == dataset.version]  # the release the metadata names
    counts = newest["change"].value_counts()
    caption = (f"{counts.get('added', 0)} records added, {counts.get('changed', 0)} changed, "
               f"{counts.get('removed', 0)} removed")
    assert any(caption in c.value for c in at.caption), caption


@pytest.mark.parametrize("key, codes, field", [
    ("filter_ca", ["UZB"], "ca"), ("filter_partner", ["EU", "USA"], "partner"),
    ("filter_commodity", ["tungsten"], "commodity"), ("filter_instrument", ["memorandum"], "instrument"),
    ("filter_status", ["held"], "status"), ("filter_stage", ["committed", "delivered"], "stage"),
])
def test_each_filter_changes_the_table_as_pandas_does(dataset, key, codes, field):
    at = open_app(page="app_pages/data.py")
    assert table_ids(at) == expected_ids(dataset)
    at.multiselect(key=key).set_value(codes).run()
    assert_clean(at)
    assert table_ids(at) == expected_ids(dataset, **{field: tuple(codes)})
    assert len(table_ids(at)) < len(dataset.agreements)


def test_year_filter(dataset):
    at = open_app(page="app_pages/data.py")
    at.slider(key="filter_years").set_range(2024, 2025).run()
    assert table_ids(at) == expected_ids(dataset, year_from=2024, year_to=2025)
    assert at.query_params["from"] == ["2024"] or at.query_params["from"] == "2024"


def test_changing_a_filter_updates_the_url_and_switching_pages_keeps_it(dataset):
    at = open_app()
    change_filter(at, "filter_ca", ["KAZ"])
    change_filter(at, "filter_partner", ["EU"])
    assert {k: at.query_params[k] for k in at.query_params} in (
        {"ca": "KAZ", "partner": "EU"}, {"ca": ["KAZ"], "partner": ["EU"]})
    at.switch_page("app_pages/data.py").run()
    assert_clean(at)
    assert table_ids(at) == expected_ids(dataset, ca=("KAZ",), partner=("EU",))
    assert at.multiselect(key="filter_ca").value == ["KAZ"]
    at.switch_page("app_pages/about.py").run()
    assert at.multiselect(key="filter_partner").value == ["EU"]
    assert dict(at.query_params) in ({"ca": "KAZ", "partner": "EU"}, {"ca": ["KAZ"], "partner": ["EU"]})


def test_a_filter_change_redraws_only_the_page_and_the_selection_count(dataset):
    """The sidebar's widgets already show the new value: the run a filter change starts draws the page,
    the URL and the count, not the menu and the widgets again (a lighter rerun; README, Performance)."""
    at = open_app(page="app_pages/investments.py")
    assert len(at.sidebar.multiselect) == 6
    at.multiselect(key="filter_ca").set_value(["KAZ"]).run()
    assert_clean(at)
    assert not at.sidebar.multiselect and not at.sidebar.toggle  # not drawn again
    n = len(expected_ids(dataset, ca=("KAZ",)))
    assert [c.value for c in at.sidebar.caption] == [t("filter.count", "en", n=n, total=len(dataset.agreements),
                                                       count=len(dataset.agreements))]
    charts = [json.loads(chart.proto.spec)["layout"]["title"] for chart in at.get("plotly_chart")]
    assert charts and all("Kazakhstan" in title["text"] + title["subtitle"]["text"] for title in charts)
    assert dict(at.query_params) in ({"ca": "KAZ"}, {"ca": ["KAZ"]})
    at.run()  # the whole page, as the browser shows it (see change_filter)
    at.button(key="filter_reset").click().run()  # the reset changes the widgets: everything is drawn again
    assert len(at.sidebar.multiselect) == 6 and at.multiselect(key="filter_ca").value == []


def test_reset_button_clears_every_filter(dataset):
    at = open_app({"ca": "KAZ", "status": "signed", "from": "2024"})
    at.button(key="filter_reset").click().run()
    assert at.multiselect(key="filter_ca").value == []
    options = filter_options(dataset)
    assert at.slider(key="filter_years").value == (options.year_min, options.year_max)
    assert not dict(at.query_params)


@pytest.mark.parametrize("query", [
    {"ca": "XYZ"}, {"from": "abc"}, {"from": "2025", "to": "2022"}, {"partner": "E" * 5000},
    {"unknown": "1"}, {"ca": "<script>alert(1)</script>"}, {"lang": "xx"}, {"ca": ["KAZ"] * 500},
    {"partner": ["EU", "X" * 3000, "DEU"]}, {"from": "２０２３"}, {"x" * 400: "1"},
])
def test_nonsense_in_the_link_gives_a_notice_not_an_error(query):
    at = open_app(query, page="app_pages/data.py")
    assert_clean(at)
    assert any(w.value.startswith("Parts of the link were ignored") for w in at.warning)
    assert table_ids(at)


def test_every_download_is_offered_and_built_on_click(opened):
    at = opened(NARROW, "app_pages/data.py")
    names = {b.proto.label: b.proto for b in at.get("download_button")}
    assert set(names) == {"Download CSV", "Download Excel", "Download JSON", "Download briefing (PowerPoint)"}
    assert all(p.deferred_file_id and p.ignore_rerun for p in names.values())


def test_record_detail_shows_all_fields_and_sources(dataset):
    a = dataset.agreements
    candidates = a[a["value_m"].notna() & (a["notes"] != "")]
    record = candidates.iloc[0]  # the oldest such record: not the detail shown by default (the newest)
    at = open_app(page="app_pages/data.py")
    at.selectbox(key="record_detail").set_value(record["id"]).run()
    assert_clean(at)
    fields = dataframe_with(at, "field", "value").set_index("field")["value"]
    assert fields["Stated amount"] == stated_amount(record, "en")
    assert fields["Notes"] == record["notes"]
    sources = dataframe_with(at, "Source ID", "Publisher", "Source")
    assert list(sources["Source ID"]) == list(record["source_ids"])
