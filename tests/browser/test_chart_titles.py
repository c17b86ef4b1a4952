"""Chart titles and their source lines stay inside their chart, clear of its plot and legends, on a
projector and a laptop, in every language; the PNG a user downloads is drawn at the chart's on-screen
size, so it shows them whole."""

from __future__ import annotations

import pytest
from PIL import Image

from tests.browser.conftest import new_session
from tracker.language.i18n import LANGUAGES
from tracker.views.chart_style import IMAGE_SCALE

SIZES = [(1920, 1080), (1280, 720)]
# The longest titles and source lines a user is likely to make: many partners, countries and commodities.
LONG = "partner=EU,DEU,USA,CHN,FRA,ITA,GBR&ca=KAZ,UZB,KGZ&commodity=tungsten,uranium,copper"
PAGES = [f"timeline?{LONG}", f"investments?{LONG}"]

# Each chart's text boxes, relative to its own drawing: title and subtitle (the source line), and what
# they must not run into: the plot area and the legends.
BOXES = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
    const svg = plot.querySelector('.main-svg').getBoundingClientRect();
    const box = selector => [...plot.querySelectorAll(selector)].map(e => {
        const r = e.getBoundingClientRect();
        return {left: r.left - svg.left, right: r.right - svg.left, top: r.top - svg.top,
                bottom: r.bottom - svg.top, text: e.textContent};
    });
    return {width: svg.width, texts: box('.gtitle').concat(box('.gtitle-subtitle')),
            others: box('.draglayer .nsewdrag').concat(box('.legend .bg'))};
})"""


def overlaps(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.fixture(scope="module", params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def sized(request, browser, app_url):
    context, session = new_session(browser, app_url, *request.param)
    yield session
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_no_chart_title_or_source_line_runs_past_its_chart(sized, path, lang):
    sized.open(f"{path}{'&' if '?' in path else '?'}lang={lang}")
    charts = sized.page.evaluate(BOXES)
    assert charts, "the page draws a chart"
    for chart in charts:
        assert len(chart["texts"]) == 2, chart  # a title and its source line
        for text in chart["texts"]:
            assert text["text"].strip()
            assert text["left"] >= -1 and text["top"] >= -1, (text, chart["width"])
            assert text["right"] <= chart["width"] + 1, (text["text"], text["right"], chart["width"])
            assert chart["others"] and not any(overlaps(text, other) for other in chart["others"]), text["text"]
    assert sized.real_errors() == [] and sized.outside == []


def test_the_png_download_is_the_chart_at_its_on_screen_size(browser, app_url, tmp_path):
    context, session = new_session(browser, app_url, 1280, 720)
    try:
        session.open(f"investments?{LONG}")
        plot = session.page.locator(".js-plotly-plot").first
        width = session.page.evaluate("() => document.querySelector('.js-plotly-plot .main-svg').clientWidth")
        plot.hover()
        with session.page.expect_download() as info:
            plot.locator(".modebar-btn[data-title^='Download plot']").click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        with Image.open(target) as image:
            assert image.width == width * IMAGE_SCALE  # the layout whose texts fit on screen, scaled up
    finally:
        context.close()
