"""Many users at once: `make load`. Starts the app and drives concurrent headless browser
sessions on loopback for a fixed time; each opens pages, changes filters and downloads.

Reports the requests made, the errors (target: none), the median and 95th percentile time from
a filter change to the updated view, and the server's memory at start, at its peak during the
run and after the sessions ended. Writes the table into README.md.

    python -m bench.browser_load [--sessions 20] [--seconds 60] [--no-readme]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from datetime import date

from playwright.async_api import async_playwright

from bench.readme import write_section
from scripts.browser import is_loopback, launch_options
from scripts.server import cpu_seconds, memory_mb, start_app, stop_app

PAGES = ("", "map", "timeline", "investments", "data")
COUNTRIES = ("Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan")
ACTION_TIMEOUT_MS = 90_000  # the browsers share the machine's cores with the server
START, END = "<!-- browser-load:start -->", "<!-- browser-load:end -->"
COUNT = "[data-testid='stSidebar'] [data-testid='stCaptionContainer']"
IDLE = ("() => !document.querySelector(\"[data-testid='stStatusWidget']\") && "
        "!document.querySelector(\"[data-testid='stSkeleton']\") && !!document.querySelector('h1')")


class Tally:
    def __init__(self) -> None:
        self.requests = 0
        self.errors: list[str] = []
        self.updates: list[float] = []
        self.downloads = 0


async def _keep_on_loopback(context, tally: Tally) -> None:
    async def handle(route):
        if is_loopback(route.request.url):
            await route.continue_()
        else:
            tally.errors.append(f"request outside loopback: {route.request.url}")
            await route.abort()

    await context.route("**/*", handle)


async def _change_filter(page, tally: Tally, country: str) -> None:
    before = await page.locator(COUNT).last.inner_text()
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").nth(0)
    chosen = await box.locator("[data-tag]").count()
    await box.locator("input").click()
    if chosen:  # clear first, so that every change is one country in, one out
        await page.keyboard.press("Escape")
        await box.locator("button[aria-label^='Remove']").first.click()
        await page.wait_for_function(IDLE, timeout=ACTION_TIMEOUT_MS)
        before = await page.locator(COUNT).last.inner_text()
        await box.locator("input").click()
    await box.locator("input").fill(country)
    option = page.get_by_role("option", name=country, exact=True)
    await option.wait_for(timeout=ACTION_TIMEOUT_MS)
    started = time.perf_counter()
    await option.click()
    await page.wait_for_function(
        f"() => {{ const c = [...document.querySelectorAll(\"{COUNT}\")].pop();"
        f" return c && c.innerText !== {before!r}; }}", timeout=ACTION_TIMEOUT_MS)
    await page.wait_for_function(IDLE, timeout=ACTION_TIMEOUT_MS)
    tally.updates.append(time.perf_counter() - started)
    await page.keyboard.press("Escape")


async def _session(context, base: str, deadline: float, tally: Tally, seed: int) -> None:
    """One user: a tab of its own, so a Streamlit session of its own (the tabs share the browser's
    cache of parsed scripts, which keeps 20 of them possible on two cores)."""
    rng = random.Random(seed)
    page = await context.new_page()
    page.on("pageerror", lambda error: tally.errors.append(f"page error: {error}"))
    step = 0
    try:
        while time.monotonic() < deadline:
            step += 1
            try:
                await page.goto(f"{base}/{rng.choice(PAGES)}", wait_until="domcontentloaded")
                await page.wait_for_function(IDLE, timeout=ACTION_TIMEOUT_MS)
                tally.requests += 1
                if await page.locator("[data-testid='stException']").count():
                    tally.errors.append("exception shown on a page")
                if time.monotonic() >= deadline:
                    break
                await _change_filter(page, tally, rng.choice(COUNTRIES))
                tally.requests += 1
                if step % 3 == 0 and time.monotonic() < deadline:
                    await page.goto(f"{base}/data", wait_until="domcontentloaded")
                    await page.wait_for_function(IDLE, timeout=ACTION_TIMEOUT_MS)
                    async with page.expect_download(timeout=ACTION_TIMEOUT_MS) as info:
                        await page.get_by_role("button", name="Download CSV").click()
                    download = await info.value
                    if not (await download.path()):
                        tally.errors.append("a download did not arrive")
                    tally.downloads += 1
                    tally.requests += 2
            except Exception as error:  # a timeout or a broken page: counted, and the session goes on
                tally.errors.append(f"{type(error).__name__}: {str(error).splitlines()[0][:120]}")
    finally:
        await page.close()


async def _sample_memory(pid: int, stop: asyncio.Event, samples: list[float]) -> None:
    while not stop.is_set():
        samples.append(memory_mb(pid)["rss"])
        await asyncio.sleep(0.5)


async def run(sessions: int, seconds: int, rounds: int = 2) -> dict:
    process, base = start_app()
    try:
        async with async_playwright() as p:
            browser = await p.chromium.launch(**launch_options())
            warm = await browser.new_page()  # the first session pays for imports and the data load
            await warm.goto(base)
            await warm.wait_for_function(IDLE, timeout=120_000)
            await warm.close()
            start_memory = memory_mb(process.pid)["rss"]
            tally, samples, stop = Tally(), [], asyncio.Event()
            sampler = asyncio.create_task(_sample_memory(process.pid, stop, samples))
            after_rounds, elapsed, cpu_used = [], 0.0, 0.0
            for _ in range(rounds):  # the same load again: memory should level off, not keep growing
                deadline = time.monotonic() + seconds
                began, cpu_before = time.monotonic(), cpu_seconds(process.pid)
                context = await browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
                await _keep_on_loopback(context, tally)
                await asyncio.gather(*(_session(context, base, deadline, tally, seed)
                                       for seed in range(sessions)))
                await context.close()
                elapsed += time.monotonic() - began
                cpu_used += cpu_seconds(process.pid) - cpu_before
                await asyncio.sleep(10)  # the sessions' state is released when their connections close
                after_rounds.append(memory_mb(process.pid)["rss"])
            await browser.close()
            stop.set()
            await sampler
    finally:
        stop_app(process)
    updates = sorted(tally.updates)
    p95 = updates[min(len(updates) - 1, int(0.95 * len(updates)))] if updates else float("nan")
    return {"sessions": sessions, "seconds": seconds, "rounds": rounds, "elapsed": elapsed,
            "requests": tally.requests, "server_cpu": cpu_used / elapsed,
            "downloads": tally.downloads, "errors": tally.errors, "updates": len(updates),
            "median_ms": statistics.median(updates) * 1000 if updates else float("nan"), "p95_ms": p95 * 1000,
            "memory_start": start_memory, "memory_peak": max(samples + [start_memory]),
            "memory_after": after_rounds}


def report(r: dict) -> str:
    return "\n".join([
        f"Measured {date.today().isoformat()} with `make load`: {r['rounds']} rounds of {r['sessions']} concurrent "
        f"sessions (tabs of one headless Chromium) for {r['seconds']} s each against one server, all on this "
        f"machine's two cores (real dataset); the actions under way at each deadline were let finish.",
        "",
        "| requests | filter changes | downloads | errors | filter change → updated view, median | 95th percentile "
        "| server CPU (share of one core) | server memory at start | peak | after each round |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {r['requests']} | {r['updates']} | {r['downloads']} | {len(r['errors'])} | {r['median_ms']:.0f} ms | "
        f"{r['p95_ms']:.0f} ms | {r['server_cpu'] * 100:.0f} % | {r['memory_start']:.0f} MB | "
        f"{r['memory_peak']:.0f} MB | {' → '.join(f'{m:.0f}' for m in r['memory_after'])} MB |",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(run(args.sessions, args.seconds, args.rounds))
    table = report(result)
    print(table)
    for error in result["errors"][:20]:
        print("  error:", error)
    if not args.no_readme:
        write_section(START, END, "Many users: a few real browser tabs (smoke test)", table)


if __name__ == "__main__":
    main()
