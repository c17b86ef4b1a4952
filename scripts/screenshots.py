"""Screenshots of every page in headless Chromium, for looking at the app as users see it.

    python scripts/screenshots.py [BASE_URL] [OUT_DIR]

Takes each page at 1920×1080 (projector) and 1280×720 (laptop), full page, with the
network closed to everything but the app.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update"]
SIZES = {"1920": (1920, 1080), "1280": (1280, 720)}
DEFAULT_PAGES = ["", "map", "timeline", "investments", "data", "about"]


def wait_until_drawn(page, timeout_ms: int = 30000) -> None:
    """Until the script has finished and every chart on the page has drawn something."""
    page.wait_for_selector("h1", timeout=timeout_ms)
    page.wait_for_function(
        """() => !document.querySelector("[data-testid='stSkeleton']")
              && !document.querySelector("[data-testid='stStatusWidget']")
              && [...document.querySelectorAll("[data-testid='stDeckGlJsonChart']")].every(
                    c => c.querySelector("canvas"))
              && [...document.querySelectorAll("[data-testid='stPlotlyChart']")].every(
                    c => c.querySelector(".main-svg"))""",
        timeout=timeout_ms)
    page.wait_for_timeout(800)


def main() -> None:
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8501"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "artifacts/screenshots")
    pages = sys.argv[3].split(";") if len(sys.argv) > 3 else DEFAULT_PAGES
    out.mkdir(parents=True, exist_ok=True)
    host = urlparse(base).netloc
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size, (width, height) in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).netloc == host
                          else route.abort())
            page = context.new_page()
            for path in pages:
                page.goto(f"{base}/{path}", wait_until="networkidle")
                wait_until_drawn(page)
                name = (path.split("?")[0] or "overview").replace("/", "_")
                suffix = "_" + path.split("?")[1].replace("&", "_").replace("=", "-")[:60] if "?" in path else ""
                page.screenshot(path=str(out / f"{name}{suffix}_{size}.png"), full_page=False)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
