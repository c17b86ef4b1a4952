"""Performance benchmark: `make bench`. Prints a table and writes it into README.md.

Server side, at the real dataset and at synthetic datasets of 1,000, 10,000 and 100,000 records
(same schema, validated by the same loader):
  - each page's script run: median of RUNS runs after two warm-up runs (AppTest; the time is that
    of the script itself, measured in the thread that runs it);
  - cold load-and-validate time;
  - the server's peak memory after every page was opened in a browser, and after the CSV and
    Excel of the whole dataset were downloaded.
Browser, at the real dataset, alternating with a minimal Streamlit page that draws one plotly bar
chart (the framework's floor), BROWSER_RUNS times each in fresh contexts:
  - opening /investments to its first chart drawn;
  - a filter change to the updated chart, on /investments, /timeline and /map (the map counts as
    updated once its element describes the new selection and the browser has drawn two frames since).

    python -m bench.run [--sizes 0,1000,10000,100000] [--runs 10] [--browser-runs 5] [--no-readme]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from contextlib import contextmanager
from datetime import date
from importlib.metadata import version
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.readme import write_section
from bench.synthetic import write_synthetic
from scripts.browser import keep_on_loopback, launch, wait_until_drawn
from scripts.server import REPO, memory_mb, start_app, stop_app
from tracker.dataset.loader import DATA_DIR_ENV, DEFAULT_DATA_DIR, load_dataset

PAGES = ("overview", "map", "matrix", "timeline", "investments", "data", "about", "country", "partner")
# What a page's link needs besides the page: the profiles of Kazakhstan and of Germany with Kazakhstan.
PAGE_QUERIES = {"country": {"code": "KAZ"}, "partner": {"code": "DEU", "with": "KAZ"}}
FLOOR_APP = Path(__file__).resolve().parent / "floor_app.py"
FLOOR_SIDEBAR_APP = Path(__file__).resolve().parent / "floor_sidebar_app.py"
START, END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
TARGETS = {"page_real_ms": 100, "page_100k_ms": 300, "first_chart_ratio": 1.25, "rerun_ratio": 1.5,
           "memory_100k_mb": 400}


@contextmanager
def script_timer(durations: list[float]):
    """Time each script run in the thread that runs it (AppTest itself waits by polling). This wraps
    Streamlit's internal runner function, here only, to measure."""
    from streamlit.runtime.scriptrunner import script_runner

    original = script_runner.exec_func_with_error_handling

    def timed(func, ctx):
        started = time.perf_counter()
        try:
            return original(func, ctx)
        finally:
            durations.append(time.perf_counter() - started)

    script_runner.exec_func_with_error_handling = timed
    try:
        yield
    finally:
        script_runner.exec_func_with_error_handling = original


def page_times(data_dir: Path, runs: int) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    os.environ[DATA_DIR_ENV] = str(data_dir)
    results = {}
    for page in PAGES:
        at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
        for key, value in PAGE_QUERIES.get(page, {}).items():
            at.query_params[key] = value
        at.run()
        if page != "overview":
            at.switch_page(f"app_pages/{page}.py")
            at.run()
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        durations: list[float] = []
        with script_timer(durations):
            for _ in range(runs):
                at.run()
        results[page] = statistics.median(durations) * 1000
    os.environ.pop(DATA_DIR_ENV, None)
    return results


def cold_load_seconds(data_dir: Path, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        load_dataset(data_dir)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def server_memory(data_dir: Path, playwright) -> dict[str, float]:
    """Peak and current memory after every page was opened, then again after the CSV and Excel
    of the whole dataset were downloaded from /data (the heaviest thing a user can ask for)."""
    process, base = start_app(data_dir=data_dir)
    try:
        browser = launch(playwright)
        context = browser.new_context(viewport={"width": 1600, "height": 1000}, accept_downloads=True)
        keep_on_loopback(context, [])
        page = context.new_page()
        for name in PAGES:
            link = "&".join(f"{k}={v}" for k, v in PAGE_QUERIES.get(name, {}).items())
            page.goto(f"{base}/{'' if name == 'overview' else name}{'?' + link if link else ''}",
                      wait_until="networkidle")
            wait_until_drawn(page, timeout_ms=300000)
        memory = memory_mb(process.pid)
        page.goto(f"{base}/data", wait_until="networkidle")
        wait_until_drawn(page, timeout_ms=300000)
        for label in ("Download CSV", "Download Excel"):
            with page.expect_download(timeout=600000) as download:
                page.get_by_role("button", name=label).click()
            download.value.path()  # wait until the whole file has arrived
        after = memory_mb(process.pid)
        browser.close()
        return memory | {"download_peak": after["peak"], "download_rss": after["rss"]}
    finally:
        stop_app(process)


CHART_DRAWN = ("() => { const c = document.querySelector(\"[data-testid='stPlotlyChart'] .main-svg\");"
               " return c && document.querySelectorAll(\"[data-testid='stPlotlyChart'] .point\").length > 0; }")


TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def _title_contains(text: str) -> str:
    """A chart's own title (not its axis labels, which may name the same thing before the update)."""
    return ("() => [...document.querySelectorAll(\"[data-testid='stPlotlyChart'] .gtitle\")]"
            f".some(c => c.textContent.includes({text!r}))")


def _map_describes(text: str) -> str:
    """The map's element, whose description names the selection it shows."""
    return ("() => [...document.querySelectorAll(\"[data-testid='stDeckGlJsonChart']\")]"
            f".some(c => (c.getAttribute('aria-label') || '').includes({text!r}) && c.querySelector('canvas'))")


# What shows that a page's chart was updated for a selection: its title names it; the map, drawn on a
# canvas, describes it and then draws (two frames).
UPDATED = {"investments": (_title_contains, None), "timeline": (_title_contains, None),
           "map": (_map_describes, TWO_FRAMES)}


RERUN_PAGES = tuple(UPDATED)


def _fresh_page(browser):
    """A page in a new browser context (no cache), kept on loopback."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    keep_on_loopback(context, [])
    return context, context.new_page()


def _first_chart(browser, url: str) -> float:
    context, page = _fresh_page(browser)
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_function(CHART_DRAWN, timeout=60000, polling="raf")
    elapsed = time.perf_counter() - started
    context.close()
    return elapsed


def _time_choice(page, option, updated: str, then: str | None = None) -> float:
    """Seconds from clicking an option in an open dropdown until ``updated`` holds in the page (and
    ``then``, if given, has run)."""
    option.wait_for()
    started = time.perf_counter()
    option.click()
    page.wait_for_function(updated, timeout=60000, polling="raf")
    if then:
        page.evaluate(then)
    return time.perf_counter() - started


def _app_rerun(browser, base: str, page_name: str = "investments") -> float:
    context, page = _fresh_page(browser)
    page.goto(f"{base}/{page_name}", wait_until="networkidle")
    wait_until_drawn(page)
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(
        has_text="Central Asian country")
    box.locator("input").click()
    box.locator("input").fill("Kazakhstan")
    option = page.get_by_role("option", name="Kazakhstan", exact=True)
    condition, then = UPDATED[page_name]
    elapsed = _time_choice(page, option, condition("Kazakhstan"), then)
    context.close()
    return elapsed


def _floor_rerun(browser, base: str) -> float:
    context, page = _fresh_page(browser)
    page.goto(base, wait_until="networkidle")
    wait_until_drawn(page)
    page.locator("[data-testid='stSelectbox']").click()
    option = page.get_by_role("option", name="b", exact=True)
    elapsed = _time_choice(page, option, _title_contains("Series b"))
    context.close()
    return elapsed


def browser_times(playwright, runs: int) -> dict[str, float]:
    app, app_base = start_app()
    floor, floor_base = start_app(script=FLOOR_APP)
    sidebar_floor, sidebar_base = start_app(script=FLOOR_SIDEBAR_APP)
    browser = launch(playwright)
    try:
        for _ in range(2):  # warm the servers (imports, caches, the browser's own start-up)
            _first_chart(browser, f"{app_base}/investments")
            _first_chart(browser, floor_base)
            _first_chart(browser, sidebar_base)
        for name in RERUN_PAGES:
            _app_rerun(browser, app_base, name)
        samples = {"app_first": [], "floor_first": [], "sidebar_first": [], "floor_rerun": []}
        samples |= {f"rerun_{name}": [] for name in RERUN_PAGES}
        for _ in range(runs):  # alternate, so that drift on the machine affects all alike
            samples["app_first"].append(_first_chart(browser, f"{app_base}/investments"))
            samples["floor_first"].append(_first_chart(browser, floor_base))
            samples["sidebar_first"].append(_first_chart(browser, sidebar_base))
            for name in RERUN_PAGES:
                samples[f"rerun_{name}"].append(_app_rerun(browser, app_base, name))
                samples["floor_rerun"].append(_floor_rerun(browser, floor_base))
        return {key: statistics.median(values) * 1000 for key, values in samples.items()}
    finally:
        browser.close()
        for process in (app, floor, sidebar_floor):
            stop_app(process)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def report(pages: dict, loads: dict, memory: dict, browser: dict | None, runs: int, browser_runs: int) -> str:
    sizes = list(pages)
    label = {0: f"real ({len(load_dataset(DEFAULT_DATA_DIR).agreements)})", 1000: "1,000", 10000: "10,000",
             100000: "100,000"}
    lines = [
        f"Measured {date.today().isoformat()} on {machine()}; Python {platform.python_version()}, "
        f"streamlit {version('streamlit')}, pandas {version('pandas')}, plotly {version('plotly')}, "
        f"pydeck {version('pydeck')}. Reproduce with `make bench`.",
        "",
        f"**Script run per page** (median of {runs} runs, ms; targets: ≤ {TARGETS['page_real_ms']} ms at the real "
        f"dataset, ≤ {TARGETS['page_100k_ms']} ms at 100,000 records)",
        "",
        "| records | " + " | ".join(PAGES) + " | cold load + validate | server memory: peak (after all pages) "
        f"(target ≤ {TARGETS['memory_100k_mb']} MB at 100,000) | … then after downloading all as CSV and Excel |",
        "|---|" + "---|" * (len(PAGES) + 3),
    ]
    for size in sizes:
        cells = [f"{pages[size][p]:.0f}" for p in PAGES]
        mem = dl = "–"
        if size in memory:
            mem = f"{memory[size]['peak']:.0f} MB (now {memory[size]['rss']:.0f})"
            dl = f"{memory[size]['download_peak']:.0f} MB (now {memory[size]['download_rss']:.0f})"
        lines.append(f"| {label.get(size, f'{size:,}')} | " + " | ".join(cells) +
                     f" | {loads[size] * 1000:.0f} ms | {mem} | {dl} |")
    if browser:
        first = browser["app_first"] / browser["floor_first"]
        lines += [
            "",
            f"**In the browser** (real dataset; median of {browser_runs} runs each in fresh contexts, alternating "
            "with a one-chart Streamlit page, the framework's floor)",
            "",
            "| measure | app | floor | ratio | target |",
            "|---|---|---|---|---|",
            f"| open `/investments` → first chart drawn | {browser['app_first']:.0f} ms | "
            f"{browser['floor_first']:.0f} ms | {first:.2f} | ≤ {TARGETS['first_chart_ratio']} |",
            *(f"| filter change → chart updated, `/{name}` | {browser[f'rerun_{name}']:.0f} ms | "
              f"{browser['floor_rerun']:.0f} ms | {browser[f'rerun_{name}'] / browser['floor_rerun']:.2f} | "
              f"≤ {TARGETS['rerun_ratio']} |" for name in RERUN_PAGES),
            f"| open → first chart, against the floor with the app's sidebar widgets (no data) | "
            f"{browser['app_first']:.0f} ms | {browser['sidebar_first']:.0f} ms | "
            f"{browser['app_first'] / browser['sidebar_first']:.2f} | – |",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,1000,10000,100000")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--browser-runs", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-readme", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pages, loads, memory = {}, {}, {}
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        for size in sizes:
            folder = DEFAULT_DATA_DIR if size == 0 else write_synthetic(Path(scratch) / f"data-{size}", size)
            loads[size] = cold_load_seconds(folder)
            pages[size] = page_times(folder, args.runs)
            if not args.no_browser:
                memory[size] = server_memory(folder, playwright)
            print(f"{size:>7}: " + ", ".join(f"{p} {ms:.0f} ms" for p, ms in pages[size].items()) +
                  f"; load {loads[size]:.2f} s" + (f"; peak {memory[size]['peak']:.0f} MB" if size in memory else ""),
                  flush=True)
        browser = None if args.no_browser else browser_times(playwright, args.browser_runs)
    table = report(pages, loads, memory, browser, args.runs, args.browser_runs)
    print(table)
    if not args.no_readme:
        write_section(START, END, 'Performance', table)


if __name__ == "__main__":
    main()
