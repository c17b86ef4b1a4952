"""Finding, reading and citing in the real browser: the search in the link, a record's permalink,
dates at their precision, and accessibility (axe-core) on every page in both languages."""

from __future__ import annotations

import openpyxl
import pytest
from axe_playwright_python.sync_playwright import Axe

from scripts.browser import wait_until_drawn
from tests.browser.conftest import new_session
from tests.browser.test_browser import download, query, sidebar_count
from tracker.language.formatting import format_date
from tracker.selection.filters import Selection, apply_filters

PAGES = ["", "map", "timeline", "investments", "data", "about", "record?id=cove-tungsten-2025"]
SEARCH = "tungsten"


def _everything(dataset, **kwargs) -> Selection:
    return Selection(year_from=int(dataset.agreements["year"].min()),
                     year_to=int(dataset.agreements["year"].max()), **kwargs)


def test_search_in_the_link_narrows_every_page_and_survives_a_page_switch(session, dataset):
    found = apply_filters(dataset, _everything(dataset, query=SEARCH))
    assert 0 < len(found) < len(dataset.agreements)
    expected = f"{len(found)} of {len(dataset.agreements)} records selected"
    for path in ["", "map", "timeline", "investments", "data"]:
        session.open(f"{path}?q={SEARCH}")
        assert sidebar_count(session) == expected, path
        assert session.page.locator("[data-testid='stSidebar'] input[type='text']").first.input_value() == SEARCH
    session.page.locator("[data-testid='stSidebarNav']").get_by_text("Methodology").click()
    session.page.wait_for_function("() => location.pathname.endsWith('/about')")
    wait_until_drawn(session.page)
    assert query(session) == {"q": [SEARCH]}
    assert sidebar_count(session) == expected
    assert session.real_errors() == [] and session.outside == []


def test_search_typed_from_the_keyboard_goes_into_the_link_and_an_empty_result_offers_to_clear_it(session,
                                                                                                 dataset):
    session.open("data")
    box = session.page.locator("[data-testid='stSidebar'] input[type='text']").first
    box.focus()
    session.page.keyboard.type("sefcovic")  # no accents typed: Šefčovič is found
    session.page.keyboard.press("Enter")
    session.page.wait_for_function("() => location.search.includes('q=sefcovic')")
    wait_until_drawn(session.page)
    found = apply_filters(dataset, _everything(dataset, query="sefcovic"))
    assert len(found) >= 1
    assert sidebar_count(session) == f"{len(found)} of {len(dataset.agreements)} records selected"
    box.fill("no-such-word-anywhere")
    session.page.keyboard.press("Enter")
    session.page.get_by_text("No records match the search").wait_for()
    session.page.get_by_role("button", name="Clear the search").click()
    session.page.wait_for_function("() => !location.search.includes('q=')")
    wait_until_drawn(session.page)
    assert sidebar_count(session) == f"{len(dataset.agreements)} of {len(dataset.agreements)} records selected"


def test_a_shared_search_link_opens_the_same_selection_in_a_fresh_browser(browser, app_url, dataset):
    context, fresh = new_session(browser, app_url)
    try:
        fresh.open(f"timeline?q={SEARCH}&ca=KAZ")
        found = apply_filters(dataset, _everything(dataset, query=SEARCH, ca=("KAZ",)))
        assert sidebar_count(fresh) == f"{len(found)} of {len(dataset.agreements)} records selected"
    finally:
        context.close()


def test_a_permalink_in_a_fresh_browser_shows_the_sources_as_links_and_the_lifecycle(browser, app_url, dataset):
    record_id = "cove-tungsten-2025"
    record = dataset.agreements.set_index("id").loc[record_id]
    context, fresh = new_session(browser, app_url)
    try:
        fresh.open(f"record?id={record_id}")
        page = fresh.page
        assert page.locator("h1").first.inner_text() == record["title_en"]
        urls = set(dataset.sources.set_index("id").loc[list(record["source_ids"]), "url"])
        hrefs = {a.get_attribute("href") for a in page.locator("[data-testid='stMain'] a[href^='http']").all()}
        assert urls <= hrefs  # every source is a working link to its page
        children = dataset.agreements.loc[dataset.agreements["part_of"] == record_id, "id"]
        assert len(children)
        titles = dataset.agreements.set_index("id")["title_en"]
        main = page.locator("[data-testid='stMain']")
        for child in children:
            assert main.get_by_role("link", name=titles[child]).count() == 1
        main.get_by_role("link", name=titles[children.iloc[0]]).click()
        page.wait_for_function(f"() => location.search.includes('id={children.iloc[0]}')")
        wait_until_drawn(page)
        page.get_by_role("heading", name=titles[children.iloc[0]]).wait_for()
        assert main.get_by_role("link", name=record["title_en"]).count() == 1  # and back up the chain
        assert fresh.real_errors() == [] and fresh.outside == []
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_month_and_year_precise_records_show_no_invented_day(session, dataset, tmp_path, lang):
    a = dataset.agreements
    for precision in ("month", "year"):
        record = a[a["date_precision"] == precision].iloc[0]
        shown = format_date(record["date"], precision, lang, short=True)
        assert str(record["date"].day) not in shown.replace(str(record["date"].year), "")
        session.open(f"data?q={record['id']}&lang={lang}")
        table = session.page.locator("[data-testid='stDataFrame']").first
        table.wait_for()
        cells = [c.inner_text() for c in table.locator("[role='gridcell']").all()]  # the grid's accessible cells
        assert shown in cells  # the table
        workbook = openpyxl.load_workbook(download(session, "Download Excel" if lang == "en" else
                                                   "Excel herunterladen", tmp_path))
        sheet = workbook.worksheets[0]
        header = [c.value for c in sheet[1]]
        row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == record["id"])
        assert row[header.index("Date" if lang == "en" else "Datum")] == shown  # the Excel file
        session.open(f"timeline?q={record['id']}&lang={lang}")
        hovers = session.page.evaluate(
            "() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(p => p.data)"
            ".filter(t => t.customdata).flatMap(t => t.customdata.map(c => c[0]))")
        long_date = format_date(record["date"], precision, lang)
        assert any(long_date in h for h in hovers), hovers  # the hover
        day_first = format_date(record["date"], "day", lang)
        assert not any(day_first in h for h in hovers)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_serious_or_critical_accessibility_violation_on_any_page(session, lang):
    axe = Axe()
    found = {}
    for path in PAGES + [f"data?q={SEARCH}", "record?id=no-such-record"]:
        separator = "&" if "?" in path else "?"
        session.open(f"{path}{separator}lang={lang}")
        violations = axe.run(session.page).response["violations"]
        serious = [f"{v['id']} ({len(v['nodes'])})" for v in violations if v["impact"] in ("serious", "critical")]
        if serious:
            found[path or "overview"] = serious
    assert found == {}
