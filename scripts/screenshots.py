"""Screenshots of every page in headless Chromium, for looking at the app as users see it.

    python -m scripts.screenshots [BASE_URL] [OUT_DIR] ["page;page?query;…"]

Takes each page at 1920×1080 (projector) and 1280×720 (laptop), with the network closed
to everything but the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from scripts.browser import keep_on_loopback, launch, wait_until_drawn

SIZES = {"1920": (1920, 1080), "1280": (1280, 720)}
DEFAULT_PAGES = ["", "map", "timeline", "investments", "data", "about"]


def file_name(path: str, size: str) -> str:
    name, _, query = path.partition("?")
    suffix = "_" + query.replace("&", "_").replace("=", "-").replace(",", "-")[:60] if query else ""
    return f"{name.replace('/', '_') or 'overview'}{suffix}_{size}.png"


def main() -> None:
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8501"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "artifacts/screenshots")
    pages = sys.argv[3].split(";") if len(sys.argv) > 3 else DEFAULT_PAGES
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        for size, (width, height) in SIZES.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            outside: list[str] = []
            keep_on_loopback(context, outside)
            page = context.new_page()
            for path in pages:
                page.goto(f"{base}/{path}", wait_until="networkidle")
                wait_until_drawn(page, settle_ms=1000)
                page.screenshot(path=str(out / file_name(path, size)))
            if outside:
                print(f"blocked requests outside this machine at {size}: {outside}")
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
