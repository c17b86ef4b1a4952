"""Headless Chromium for screenshots, browser tests and the benchmark: how to launch it here, how
to keep it on loopback, and how to know that a page has finished drawing."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
# Streamlit's front end first looks for its endpoints under the page's own path (/map/_stcore/health)
# to find a base path, then falls back to the root; those 404s are the framework's, not errors.
BASE_PATH_PROBES = ("/_stcore/health", "/_stcore/host-config")


def launch_options() -> dict:
    """Debian's Chromium where installed, else Playwright's own build."""
    options = {"args": ARGS}
    if DEBIAN_CHROMIUM.exists():
        options["executable_path"] = str(DEBIAN_CHROMIUM)
    return options


def launch(playwright):
    return playwright.chromium.launch(**launch_options())


def is_loopback(url: str) -> bool:
    return urlparse(url).hostname in LOOPBACK


def keep_on_loopback(context, outside: list[str]) -> None:
    """Abort, and record, every request that would leave this machine."""

    def handle(route):
        if is_loopback(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", handle)


def is_base_path_probe(url: str) -> bool:
    path = urlparse(url).path
    return path.endswith(BASE_PATH_PROBES) and not path.startswith("/_stcore/")


DRAWN = """() => !document.querySelector("[data-testid='stSkeleton']")
      && !document.querySelector("[data-testid='stStatusWidget']")
      && !!document.querySelector("[data-testid='stMainBlockContainer'] [data-testid='stElementContainer']")
      && [...document.querySelectorAll("[data-testid='stDeckGlJsonChart']")].every(c => c.querySelector("canvas"))
      && [...document.querySelectorAll("[data-testid='stPlotlyChart']")].every(c => c.querySelector(".main-svg"))"""


def wait_until_drawn(page, timeout_ms: int = 30000, settle_ms: int = 500) -> None:
    """Until the script run has finished and every chart on the page has drawn."""
    page.wait_for_function(DRAWN, timeout=timeout_ms)
    page.wait_for_timeout(settle_ms)
