"""The real app in headless Chromium: a server on a free loopback port, and browser sessions
that record console errors and every request that would leave the machine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from scripts.browser import is_base_path_probe, keep_on_loopback, launch, wait_until_drawn
from scripts.server import start_app, stop_app


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    process, base = start_app(log=tmp_path_factory.mktemp("server") / "app.log")
    yield base
    stop_app(process)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@dataclass
class Session:
    page: object
    base: str
    outside: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    probes: list[str] = field(default_factory=list)

    def open(self, path: str = "") -> None:
        self.page.goto(f"{self.base}/{path}", wait_until="networkidle")
        wait_until_drawn(self.page)

    def real_errors(self) -> list[str]:
        """Console errors other than those the base-path probes cause (one each)."""
        errors = list(self.console_errors)
        for _ in self.probes:
            for i, text in enumerate(errors):
                if "404" in text and "Failed to load resource" in text:
                    del errors[i]
                    break
        return errors + self.failed


def new_session(browser, base: str, width: int = 1600, height: int = 1000) -> tuple[object, Session]:
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    session = Session(page=page, base=base)
    keep_on_loopback(context, session.outside)
    page.on("console", lambda m: session.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: session.console_errors.append(f"page error: {e}"))

    def on_response(response):
        if response.status >= 400:
            (session.probes if is_base_path_probe(response.url) else session.failed).append(
                f"{response.status} {response.url}")

    page.on("response", on_response)
    return context, session


@pytest.fixture
def session(browser, app_url):
    context, session = new_session(browser, app_url)
    yield session
    context.close()
