"""Profiles and the matrix in the real browser: opened by their links in a fresh browser, from a table row
and from the matrix, with the filters applied and figures equal to the data page's; every page in
Russian; accessibility (axe-core) of the new pages in the three languages."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from scripts.browser import wait_until_drawn
from tests.browser.conftest import new_session
from tests.browser.test_browser import PAGES, query, sidebar_count
from tests.language_check import fragments, without_single_language_data
from tracker.language.i18n import labels_for
from tracker.selection.filters import Selection, apply_filters
from tracker.selection.totals import value_by
from tracker.views.profile import Subject, profile_records

NEW_PAGES = ["matrix", "country?code=KAZ", "partner?code=DEU", "partner?code=DEU&with=KAZ"]
FILTERS = "from=2023&to=2025&stage=signed,committed,delivered"
SELECTION = Selection(year_from=2023, year_to=2025, stage=("signed", "committed", "delivered"))


def metric(session, label: str) -> str:
    box = session.page.locator("[data-testid='stMetric']").filter(
        has=session.page.locator("[data-testid='stMetricLabel']", has_text=re.compile(f"^{re.escape(label)}$")))
    return box.first.locator("[data-testid='stMetricValue']").inner_text()


def data_page_count(session, filters: str) -> int:
    """How many records the data page lists for these filters (its own words: "N records in the selection")."""
    session.open(f"data?{filters}")
    text = session.page.locator("[data-testid='stMainBlockContainer']").inner_text()
    return int(re.search(r"(\d+) records? in the selection", text).group(1))


@pytest.mark.parametrize(("path", "subject", "pair_filter"), [
    ("country?code=KAZ", Subject("country", "KAZ"), "ca=KAZ"),
    ("partner?code=DEU", Subject("partner", "DEU"), "partner=DEU"),
    ("partner?code=DEU&with=KAZ", Subject("partner", "DEU", "KAZ"), "partner=DEU&ca=KAZ"),
])
def test_a_profile_link_opens_in_a_fresh_browser_with_the_filters_and_the_data_pages_figures(
        browser, app_url, dataset, path, subject, pair_filter):
    context, session = new_session(browser, app_url)
    try:
        session.open(f"{path}&{FILTERS}")
        expected = profile_records(apply_filters(dataset, SELECTION), subject, dataset.ca_flags)
        assert len(expected) > 0
        assert metric(session, "Records") == str(len(expected))
        for stage, label in (("signed", "Document signed"), ("committed", "Money committed"), ("talks", "Talks")):
            assert metric(session, label) == str(int((expected["stage"] == stage).sum()))
        assert metric(session, "Talks") == "0"  # the stage filter applies
        selected = len(apply_filters(dataset, SELECTION))
        assert sidebar_count(session) == f"{selected} of {len(dataset.agreements)} records selected"
        assert data_page_count(session, f"{FILTERS}&{pair_filter}") == len(expected)  # the data page agrees
        assert session.real_errors() == [] and session.outside == []
    finally:
        context.close()


def grid_cells(session, index: int = 0) -> list[str]:
    """The cells of the page's index-th data grid, as its accessible table gives them (a link cell: the
    address with the text it shows after #)."""
    grid = session.page.locator("[data-testid='stDataFrame']").nth(index)
    grid.wait_for()
    return [c.inner_text() for c in grid.locator("[role='gridcell']").all()]


def open_link(session, href: str):
    """Open a link cell's address in a new tab, as a click on the cell does, resolved against the page."""
    page = session.page.context.new_page()
    page.goto(urljoin(session.page.url, href), wait_until="networkidle")
    wait_until_drawn(page)
    return page


def first_metric(page) -> str:
    return page.locator("[data-testid='stMetricValue']").first.inner_text()


def test_a_table_rows_profile_link_opens_the_pair_with_the_same_filters(session, dataset):
    session.open(f"data?partner=DEU&ca=KAZ&{FILTERS}&lang=de")
    href = next(c for c in grid_cells(session) if c.endswith("#Deutschland · Kasachstan"))
    page = open_link(session, href)
    params = parse_qs(urlsplit(page.url).query)
    assert urlsplit(page.url).path.endswith("/partner")
    assert params["code"] == ["DEU"] and params["with"] == ["KAZ"] and params["lang"] == ["de"]
    assert page.locator("h1").first.inner_text() == "Deutschland und Kasachstan"
    expected = profile_records(apply_filters(dataset, SELECTION), Subject("partner", "DEU", "KAZ"), dataset.ca_flags)
    assert first_metric(page) == str(len(expected))
    page.close()


def test_a_matrix_cell_opens_the_pairs_profile_with_the_matrix_filters(session, dataset):
    session.open(f"matrix?{FILTERS}")
    pair = profile_records(apply_filters(dataset, SELECTION), Subject("partner", "CHN", "KGZ"), dataset.ca_flags)
    assert len(pair) > 0
    href = next(c for c in grid_cells(session) if "code=CHN" in c and "with=KGZ" in c)
    assert href.endswith(f"#{len(pair)}")  # the cell shows the pair's count
    page = open_link(session, href)
    assert page.locator("h1").first.inner_text() == "China and Kyrgyzstan"
    assert first_metric(page) == str(len(pair))
    page.close()
    assert session.real_errors() == [] and session.outside == []


def test_the_matrix_shows_every_partner_of_the_selection(session, dataset):
    session.open("matrix")
    grid = session.page.locator("[data-testid='stDataFrame'] [role='grid']").first
    assert int(grid.get_attribute("aria-rowcount")) - 1 == dataset.agreements["partner"].nunique() >= 30


def serious_violations(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [f"{v['id']} ({len(v['nodes'])})" for v in violations if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", PAGES + NEW_PAGES + ["record?id=cove-tungsten-2025", "country?code=XXX"])
def test_every_page_in_russian_shows_no_english_interface_word_and_writes_russian_numbers(session, dataset, path):
    """And axe-core finds no serious or critical violation on it."""
    separator = "&" if "?" in path else "?"
    session.open(f"{path}{separator}lang=ru")
    main = session.page.locator("[data-testid='stMain']").inner_text()
    side = session.page.locator("[data-testid='stSidebar']").inner_text()
    text = without_single_language_data(main + "\n" + side, dataset)  # notes, source titles, names
    english = {piece for piece in fragments("en", "ru") if piece in text}
    assert english == set(), english
    assert "Фильтры" in side and "Язык" in side
    assert not re.search(r"\d,\d{3}\b", text)  # no English thousands separator: Russian writes 1 234
    if path in ("", "investments"):
        assert re.search(r"млн (€|\$)", main)
    assert serious_violations(session.page) == []
    assert session.real_errors() == [] and session.outside == []


def test_russian_dates_are_written_as_russian_writes_them(session, dataset):
    session.open("record?id=eu-kaz-mou-2022&lang=ru")
    assert "7 ноября 2022" in session.page.locator("[data-testid='stMain']").inner_text()


@pytest.mark.parametrize("lang", ["en", "de"])  # Russian: with the language check of each page, above
def test_no_serious_or_critical_accessibility_violation_on_the_new_pages(session, lang):
    found = {}
    for path in NEW_PAGES + ["country?code=XXX"]:
        separator = "&" if "?" in path else "?"
        session.open(f"{path}{separator}lang={lang}")
        if serious := serious_violations(session.page):
            found[path] = serious
    assert found == {}


def test_the_sidebar_keeps_the_profiles_code_when_a_filter_changes(session):
    session.open("partner?code=DEU&with=KAZ")
    session.page.locator("[data-testid='stSidebar']").get_by_role("button", name="Reset filters").click()
    wait_until_drawn(session.page)
    assert query(session).get("code") == ["DEU"] and query(session).get("with") == ["KAZ"]


def test_a_click_on_a_partners_bar_leads_to_its_profile(session, dataset):
    selected = apply_filters(dataset, SELECTION)
    top = value_by(selected, "partner", "EUR").iloc[0]["partner"]  # the top bar: the partner with the most money
    name = labels_for(dataset.countries, "en").country(top)
    session.open(f"investments?{FILTERS}")
    bars = session.page.locator("[data-testid='stPlotlyChart'] .barlayer .point path")
    bars.last.click(force=True)
    link = session.page.locator("[data-testid='stMain']").get_by_role("link", name=re.compile(re.escape(name)))
    link.wait_for()
    link.click()
    session.page.wait_for_function("() => location.pathname.endsWith('/partner')")
    wait_until_drawn(session.page)
    assert session.page.locator("h1").first.inner_text() == name
    assert query(session)["code"] == [top] and query(session)["from"] == ["2023"]  # the filters stay
    expected = profile_records(selected, Subject("partner", top), dataset.ca_flags)
    assert metric(session, "Records") == str(len(expected))
