"""The load test's client (bench.protocol) makes the server do a browser's work: on every page, for
the same link, it receives the same charts, map, tables, downloads and widgets a browser draws, and
a filter change it sends is answered as a browser's is."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.protocol import StreamlitClient
from tests.browser.conftest import new_session

# element type in the protocol -> what the browser draws for it
DRAWN = {
    "plotly_chart": "[data-testid='stPlotlyChart']",
    "deck_gl_json_chart": "[data-testid='stDeckGlJsonChart']",
    "dataframe": "[data-testid='stDataFrame']",
    "download_button": "[data-testid='stDownloadButton']",
    "multiselect": "[data-testid='stMultiSelect']",
    "slider": "[data-testid='stSlider']",
}


def _run(coroutine):
    """asyncio in a thread of its own: Playwright's sync API keeps a loop in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


LINKS = ("", "map", "timeline", "investments?ca=KAZ", "data?partner=EU,DEU", "about")


async def _received(base: str, path: str) -> dict[str, int]:
    page, _, query = path.partition("?")
    client = StreamlitClient(base, query=query)
    await client.connect()
    try:
        first = await client.run()
        if not page:
            return first.elements
        return (await client.run(page=page)).elements | {
            k: v for k, v in first.elements.items() if k in ("multiselect", "slider")}  # the sidebar
    finally:
        await client.close()


@pytest.mark.parametrize("path", LINKS)
def test_the_protocol_client_receives_what_a_browser_draws(browser, app_url, path):
    received = _run(_received(app_url, path))
    context, session = new_session(browser, app_url)
    try:
        session.open(path)
        session.page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first.wait_for()
        drawn = {kind: session.page.locator(selector).count() for kind, selector in DRAWN.items()}
    finally:
        context.close()
    assert {kind: received.get(kind, 0) for kind in DRAWN} == drawn
    assert sum(drawn.values()) > 0


def test_a_filter_change_sent_by_the_client_is_answered_like_a_browsers(app_url, dataset):
    async def texts() -> tuple[list[str], list[str]]:
        client = StreamlitClient(app_url)
        await client.connect()
        try:
            before = (await client.run(page="data")).texts
            after = (await client.run([("filter_ca", "strings", ["Kazakhstan"])])).texts
            return before, after
        finally:
            await client.close()

    before, after = _run(texts())
    total = len(dataset.agreements)
    kazakh = int(dataset.agreements["ca_countries"].map(lambda codes: "KAZ" in codes).sum())
    assert any(f"{total} of {total}" in text for text in before)
    assert any(f"{kazakh} of {total}" in text for text in after)
