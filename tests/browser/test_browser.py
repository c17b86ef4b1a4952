"""What only a real browser shows: pages and charts drawn, links, downloads, the URL, the network."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import openpyxl
import pytest
from PIL import Image

from scripts.browser import wait_until_drawn
from tracker.dataset.schema import STAGES
from tracker.selection.filters import Selection, apply_filters

PAGES = ["", "map", "timeline", "investments", "data", "about"]


def query(session) -> dict[str, list[str]]:
    return parse_qs(urlparse(session.page.url).query)


def sidebar_count(session) -> str:
    return session.page.locator("[data-testid='stSidebar'] [data-testid='stCaptionContainer']").last.inner_text()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_without_errors_or_outside_requests(session, path):
    session.open(path)
    page = session.page
    assert page.locator("h1").first.is_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    assert session.real_errors() == []
    assert session.outside == []


def test_map_canvas_draws_visible_content(session):
    session.open("map")
    canvas = session.page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    image = Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # land, sea, shaded countries, arcs, labels
    partner_blue = sum(n for n, (r, g, b) in colours if abs(r - 0) < 40 and abs(g - 114) < 40 and abs(b - 178) < 40)
    assert partner_blue > 200  # EU arcs and member states in the EU's colour
    assert session.outside == []


def marks_drawn(session, selector: str, at_least: int) -> int:
    """Wait until plotly has drawn at least this many marks (it draws after the SVG exists)."""
    session.page.wait_for_function(
        f"() => document.querySelectorAll(\"[data-testid='stPlotlyChart'] {selector}\").length >= {at_least}",
        timeout=30000)
    return session.page.locator(f"[data-testid='stPlotlyChart'] {selector}").count()


def test_timeline_and_investment_charts_draw_their_marks(session):
    session.open("timeline")
    assert marks_drawn(session, ".scatterlayer .point", 24) >= 24
    session.open("investments")
    assert marks_drawn(session, ".barlayer .point", 8) >= 8
    assert session.real_errors() == [] and session.outside == []


def read_csv(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def download(session, label: str, tmp_path):
    with session.page.expect_download() as info:
        session.page.get_by_role("button", name=label).click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_shared_link_reopens_the_selection_and_downloads_hold_exactly_it(session, dataset, tmp_path):
    session.open("data?ca=KAZ&partner=EU,DEU&from=2023&to=2025")
    expected = apply_filters(dataset, Selection(year_from=2023, year_to=2025, ca=("KAZ",), partner=("EU", "DEU")))
    assert sidebar_count(session) == f"{len(expected)} of {len(dataset.agreements)} records selected"
    chips = session.page.locator(
        "[data-testid='stSidebar'] .react-aria-ComboBox [role='group'][aria-label='Selected values'] [data-tag]"
    ).evaluate_all("tags => tags.map(t => t.getAttribute('aria-label'))")
    assert chips == ["Kazakhstan", "European Union", "Germany"]

    csv_file = download(session, "Download CSV", tmp_path)
    assert csv_file.name == "ca-partnerships_KAZ_EU-DEU_2023-2025.csv"
    assert [row["id"] for row in read_csv(csv_file)] == list(expected["id"])

    xlsx_file = download(session, "Download Excel", tmp_path)
    assert xlsx_file.name == "ca-partnerships_KAZ_EU-DEU_2023-2025.xlsx"
    sheet = openpyxl.load_workbook(xlsx_file)["Agreements"]
    header = [c.value for c in sheet[1]]
    assert [r[header.index("ID")] for r in sheet.iter_rows(min_row=2, values_only=True)] == list(expected["id"])

    json_file = download(session, "Download JSON", tmp_path)
    assert json_file.name == "ca-partnerships_KAZ_EU-DEU_2023-2025.json"
    document = json.loads(json_file.read_text(encoding="utf-8"))
    assert [r["id"] for r in document["records"]] == list(expected["id"])
    assert document["version"] == dataset.version
    assert session.real_errors() == [] and session.outside == []


def test_the_whole_release_downloads_as_one_zip_from_the_methodology_page(session, dataset, tmp_path):
    session.open("about")
    archive = download(session, "Download the release (zip)", tmp_path)
    assert archive.name == f"central-asia-critical-raw-materials-partnerships-{dataset.version}.zip"
    with zipfile.ZipFile(archive) as z:
        names = {Path(n).name: n for n in z.namelist()}
        assert {"agreements.csv", "sources.csv", "changelog.csv", "datapackage.json", "CITATION.cff",
                "README.md"} <= set(names)
        assert z.read(names["agreements.csv"]) == (dataset.folder / "agreements.csv").read_bytes()
    assert session.real_errors() == [] and session.outside == []


def choose(session, label: str, option: str) -> None:
    """Pick an option in a sidebar multiselect, as a person would."""
    box = session.page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(has_text=label)
    box.locator("input").click()
    box.locator("input").fill(option)
    session.page.get_by_role("option", name=option, exact=True).click()
    session.page.keyboard.press("Escape")
    session.page.wait_for_timeout(300)
    wait_until_drawn(session.page)


def test_changing_a_filter_updates_url_table_and_charts_and_page_switches_keep_it(session, dataset):
    session.open("investments")
    title = session.page.locator("[data-testid='stPlotlyChart']").first
    assert "Kazakhstan" not in title.inner_text()
    choose(session, "Central Asian country", "Kazakhstan")
    session.page.wait_for_function("() => location.search.includes('ca=KAZ')")
    assert query(session) == {"ca": ["KAZ"]}
    session.page.wait_for_function(
        "() => document.querySelector(\"[data-testid='stPlotlyChart']\").innerText.includes('Kazakhstan')")
    kazakh = apply_filters(dataset, Selection(year_from=2022, year_to=int(dataset.agreements["year"].max()),
                                              ca=("KAZ",)))
    assert sidebar_count(session) == f"{len(kazakh)} of {len(dataset.agreements)} records selected"

    session.page.locator("[data-testid='stSidebarNav']").get_by_text("Data & downloads").click()
    session.page.wait_for_function("() => location.pathname.endsWith('/data')")
    wait_until_drawn(session.page)
    assert query(session) == {"ca": ["KAZ"]}
    assert session.page.get_by_text(f"{len(kazakh)} records in the selection").is_visible()
    assert session.real_errors() == [] and session.outside == []


def test_nonsense_link_shows_a_notice(session):
    session.open("data?ca=NOPE&from=abc")
    assert session.page.get_by_text("Parts of the link were ignored").is_visible()
    assert session.page.locator("[data-testid='stException']").count() == 0


def test_presentation_link_hides_the_sidebar(session):
    session.open("investments?present=1&ca=KAZ")
    assert not session.page.locator("[data-testid='stSidebar']").is_visible()
    assert session.page.get_by_role("button", name="Leave presentation mode").is_visible()
    assert session.real_errors() == [] and session.outside == []


def test_briefing_download_arrives_and_opens(session, tmp_path):
    from pptx import Presentation

    session.open("?ca=KAZ&from=2023&to=2025")
    deck_file = download(session, "Download briefing (PowerPoint)", tmp_path)
    assert deck_file.name == "ca-partnerships_KAZ_2023-2025.pptx"
    deck = Presentation(str(deck_file))
    assert len(deck.slides) >= 6
    assert any(shape.has_chart for slide in deck.slides for shape in slide.shapes)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    from scripts.server import start_app, stop_app
    from tests.hostile import write_hostile_dataset

    folder = write_hostile_dataset(tmp_path_factory.mktemp("hostile") / "data")
    process, base = start_app(data_dir=folder)
    yield base
    stop_app(process)


@pytest.mark.parametrize("path", PAGES + ["data?lang=de", "map?ca=KAZ"])
def test_hostile_dataset_runs_no_injected_script(browser, hostile_url, path):
    from tests.browser.conftest import new_session
    from tests.hostile import LINK

    context, session = new_session(browser, hostile_url)
    try:
        session.open(path)
        page = session.page
        if path.startswith("map"):  # the tooltips too
            box = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first.bounding_box()
            for dx in range(0, 300, 30):
                page.mouse.move(box["x"] + box["width"] * 0.6 + dx, box["y"] + box["height"] * 0.4)
                page.wait_for_timeout(100)
        page.wait_for_timeout(500)
        assert page.evaluate("() => window.__xss") is None
        assert page.locator("img[src='x']").count() == 0
        assert page.locator("[data-testid='stException']").count() == 0
        if path == "data?lang=de":  # the German title holds a Markdown link: shown as its characters
            heading = page.locator("[data-testid='stMarkdownContainer'] h4").first
            assert LINK in heading.inner_text()
            assert page.locator("a[href^='javascript']").count() == 0
        assert session.outside == []
    finally:
        context.close()


@pytest.mark.parametrize("link", [
    "data?ca=%ff%fe&from=%c3%28&partner=%00EU",
    "?" + "&".join(["ca=KAZ"] * 400) + "&from=" + "9" * 3000,
    "investments?lang=%e4&present=%ZZ&<script>=1",
])
def test_tampered_links_render_with_a_notice_at_most(session, link):
    session.open(link)
    page = session.page
    assert page.locator("h1").first.is_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    assert session.real_errors() == [] and session.outside == []


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_headline_figures_show_in_full_on_a_laptop_screen(browser, app_url, lang):
    """At 1280 × 720 every headline figure and its label is readable, not cut off with an ellipsis."""
    from tests.browser.conftest import new_session

    context, session = new_session(browser, app_url, width=1280, height=720)
    try:
        session.open(f"?lang={lang}")
        cut = session.page.locator("[data-testid='stMetric'] [data-testid='stMetricValue'] *, "
                                   "[data-testid='stMetric'] [data-testid='stMetricLabel'] *").evaluate_all(
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)")
        assert session.page.locator("[data-testid='stMetric']").count() == 5 + len(STAGES)  # counts, stages, money
        assert cut == []
        session.open(f"partner?code=DEU&with=KAZ&lang={lang}")  # a profile's counts too
        cut = session.page.locator("[data-testid='stMetric'] [data-testid='stMetricLabel'] *").evaluate_all(
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)")
        assert session.page.locator("[data-testid='stMetric']").count() == 3 + len(STAGES)
        assert cut == []
    finally:
        context.close()
