"""How many people one server holds: `make load`.

Simulated users speak Streamlit's websocket protocol (bench.protocol), no browsers: each opens a page
with a query string, waits for the run to finish, then every 5-15 s changes the country filter or
switches page, and now and then downloads the CSV. Steps of 10, 25, 50, 100 and 200 concurrent
sessions, each for a fixed time, stop early once the 95th-percentile rerun passes 2 s. Reports per
step the reruns completed, errors, p50/p95/p99 rerun time (send → run finished), the server's CPU
(share of one core, and per rerun) and memory; then the memory an idle session costs and the memory
after every session closed. Writes the table into README.md. Loopback only; every loop is bounded.

    python -m bench.load [--steps 10,25,50,100,200] [--seconds 60] [--rounds 1] [--cluster N]
                         [--base URL] [--no-readme]
    python -m bench.load --soak MINUTES [--sessions 25]

--soak keeps a steady number of sessions for MINUTES, one minute at a time (each minute's users
arrive, act and leave, so sessions start and end all along), and reports the server's memory after
every minute and its trend in MB per hour: a leak shows as a climb.

With --base the load goes to a running server (for example nginx in front of several, see deploy/)
and the server's CPU and memory are not read.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import random
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import version

from bench.protocol import StreamlitClient
from bench.readme import write_section
from scripts.browser import is_loopback
from scripts.server import cpu_seconds, memory_mb, start_app, stop_app

PAGES = ("", "map", "timeline", "investments", "data")
COUNTRIES = ("Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan")
QUERIES = ("", "ca=KAZ", "partner=EU,DEU", "from=2024", "q=tungsten", "ca=UZB&partner=CHN")
THINK = (5.0, 15.0)  # seconds between a user's actions
STOP_P95 = 2.0  # a step whose p95 passes this ends the run
RUN_TIMEOUT = 60.0
IDLE_SESSIONS = 50
START, END = "<!-- load:start -->", "<!-- load:end -->"
SOAK_START, SOAK_END = "<!-- load-soak:start -->", "<!-- load-soak:end -->"


@dataclass
class Step:
    sessions: int
    seconds: float = 0.0
    reruns: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    downloads: int = 0
    cpu: float = 0.0  # server CPU seconds used during the step
    memory_end: float = 0.0
    memory_peak: float = 0.0
    round: int = 1

    def percentile(self, share: float) -> float:
        ordered = sorted(self.reruns)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


async def _user(base: str, deadline: float, step: Step, seed: int) -> None:
    rng = random.Random(seed)
    client = StreamlitClient(base, query=rng.choice(QUERIES))
    try:
        await asyncio.sleep(rng.uniform(0, 3))  # people do not all arrive in the same millisecond
        await client.connect()
        first = await client.run(page=None)
        if first.exceptions:
            step.errors.append("exception on the first page")
        while time.monotonic() < deadline:
            await asyncio.sleep(rng.uniform(*THINK))
            if time.monotonic() >= deadline:
                break
            action = rng.random()
            if action < 0.55:
                result = await client.run([("filter_ca", "strings", [rng.choice(COUNTRIES)])], timeout=RUN_TIMEOUT)
            elif action < 0.9:
                result = await client.run(page=rng.choice(PAGES), timeout=RUN_TIMEOUT)
            else:
                result = await client.run(page="data", timeout=RUN_TIMEOUT)
                step.reruns.append(result.seconds)
                offered = "download_csv" in client.downloads and result.elements.get("download_button", 0) > 1
                if offered and await client.download("download_csv", timeout=RUN_TIMEOUT) > 0:
                    step.downloads += 1  # (an empty selection offers no download)
                continue
            step.reruns.append(result.seconds)
            if result.exceptions:
                step.errors.append("exception in a run")
    except Exception as error:  # a timeout, a closed connection: counted, never fatal to the run
        step.errors.append(f"{type(error).__name__}: {error}"[:200])
    finally:
        await client.close()


def _memory(pids: list[int]) -> float:
    return sum(memory_mb(pid)["rss"] for pid in pids)


def _cpu(pids: list[int]) -> float:
    return sum(cpu_seconds(pid) for pid in pids)


async def _sample(pids: list[int], stop: asyncio.Event, peak: list[float]) -> None:
    while pids and not stop.is_set():
        peak.append(_memory(pids))
        await asyncio.sleep(0.5)


async def run_step(base: str, pids: list[int], sessions: int, seconds: float) -> Step:
    step = Step(sessions)
    deadline = time.monotonic() + seconds
    cpu_before = _cpu(pids)
    began = time.monotonic()
    stop, peak = asyncio.Event(), []
    sampler = asyncio.create_task(_sample(pids, stop, peak))
    await asyncio.wait_for(asyncio.gather(*(_user(base, deadline, step, seed) for seed in range(sessions))),
                           timeout=seconds + 3 * RUN_TIMEOUT)
    stop.set()
    await sampler
    step.seconds = time.monotonic() - began
    if pids:
        step.cpu = _cpu(pids) - cpu_before
        step.memory_end = _memory(pids)
        step.memory_peak = max(peak + [step.memory_end])
    return step


async def idle_cost(base: str, pids: list[int], sessions: int = IDLE_SESSIONS) -> float:
    """MB of server memory per open, idle session (each has run the overview once)."""
    await asyncio.sleep(5)
    before = _memory(pids)
    clients = [StreamlitClient(base) for _ in range(sessions)]
    for client in clients:
        await client.connect()
        await client.run()
    await asyncio.sleep(5)
    after = _memory(pids)
    for client in clients:
        await client.close()
    return (after - before) / sessions


def _prepare(base: str) -> None:
    """Loopback only; page loads and download fetches run in threads, enough of them that a fetch
    never waits for a free thread (a browser fetches a prepared download at once; see the README)."""
    if not is_loopback(base):
        raise SystemExit("the load test only runs against addresses on this machine")
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=256))


async def measure(base: str, pids: list[int], steps: list[int], seconds: float, rounds: int = 1) -> dict:
    _prepare(base)
    warm = StreamlitClient(base)
    await warm.connect()
    await warm.run()  # imports and the data load are paid once, before the measurement
    await warm.close()
    start = _memory(pids)
    results, closed = [], []
    for round_number in range(rounds):  # the same steps again: memory must level off, not climb
        for sessions in steps:
            step = await run_step(base, pids, sessions, seconds)
            step.round = round_number + 1
            results.append(step)
            print(f"round {round_number + 1}, {sessions} sessions: {len(step.reruns)} reruns, "
                  f"{len(step.errors)} errors, p95 {step.percentile(0.95):.2f} s", flush=True)
            if step.percentile(0.95) > STOP_P95:
                break
        await asyncio.sleep(10)
        closed.append(_memory(pids))
    idle = await idle_cost(base, pids) if pids else float("nan")
    return {"steps": results, "start": start, "closed": closed, "idle": idle, "seconds": seconds}


async def soak(base: str, pids: list[int], sessions: int, minutes: int) -> list[Step]:
    """A steady load for ``minutes``, one minute at a time; each minute's users leave at its end."""
    _prepare(base)
    minutes_run = []
    for minute in range(minutes):
        step = await run_step(base, pids, sessions, 60)
        step.round = minute + 1
        minutes_run.append(step)
        print(f"minute {minute + 1}: {len(step.reruns)} reruns, {len(step.errors)} errors, "
              f"p95 {step.percentile(0.95):.2f} s, memory {step.memory_end:.0f} MB", flush=True)
    return minutes_run


def trend_mb_per_hour(minutes: list[Step]) -> float:
    """Least-squares slope of the memory after each minute, from the second half of the run (the
    first minutes fill caches once), in MB per hour."""
    later = minutes[len(minutes) // 2:]
    if len(later) < 2:
        return float("nan")
    xs, ys = [s.round for s in later], [s.memory_end for s in later]
    return statistics.linear_regression(xs, ys).slope * 60


def soak_report(minutes: list[Step], sessions: int) -> str:
    shown = [s for s in minutes if s.round == 1 or s.round % 5 == 0 or s is minutes[-1]]
    reruns = [r for s in minutes for r in s.reruns]
    ordered = sorted(reruns)
    p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")
    lines = [
        f"Measured {date.today().isoformat()} with `make soak`: {sessions} concurrent sessions for "
        f"{len(minutes)} minutes against one server, acting as above; each minute's users leave at its end and "
        f"new ones arrive. {len(reruns)} reruns, {sum(len(s.errors) for s in minutes)} errors, p95 {p95:.2f} s. "
        f"Memory trend over the second half: {trend_mb_per_hour(minutes):+.1f} MB per hour.",
        "",
        "| minute | reruns | errors | p95 | memory after the minute | peak during it |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {s.round} | {len(s.reruns)} | {len(s.errors)} | {s.percentile(0.95):.2f} s | "
              f"{s.memory_end:.0f} MB | {s.memory_peak:.0f} MB |" for s in shown]
    return "\n".join(lines)


def run_soak(sessions: int, minutes: int) -> list[Step]:
    process, own = start_app()
    try:
        return asyncio.run(soak(own, [process.pid], sessions, minutes))
    finally:
        stop_app(process)


def run(steps: list[int], seconds: float, base: str | None = None, processes: int = 0, rounds: int = 1) -> dict:
    """Against a running address (no server figures), a cluster of N processes behind nginx, or one
    server of its own."""
    if base:
        return asyncio.run(measure(base, [], steps, seconds, rounds))
    if processes:
        from scripts.cluster import cluster

        with cluster(processes) as (proxy, apps):
            return asyncio.run(measure(proxy, [p.pid for p in apps], steps, seconds, rounds))
    process, own = start_app()
    try:
        return asyncio.run(measure(own, [process.pid], steps, seconds, rounds))
    finally:
        stop_app(process)


def report(result: dict, through: str = "one server") -> str:
    lines = [
        f"Measured {date.today().isoformat()} with `make load` against {through}: simulated users speaking "
        f"Streamlit's websocket protocol (no browsers), each acting every {THINK[0]:.0f}–{THINK[1]:.0f} s "
        f"(country filter 55 %, page switch 35 %, CSV download 10 %), {result['seconds']:.0f} s per step. "
        f"Machine: {platform.machine()}, 2 cores; Python {platform.python_version()}, streamlit "
        f"{version('streamlit')}, pandas {version('pandas')}, plotly {version('plotly')}. Rerun = message sent → "
        f"script run finished, as the user waits for it.",
        "",
        "| round | sessions | reruns | downloads | errors | p50 | p95 | p99 | server CPU (one core) | CPU per rerun "
        "| memory at end | peak |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in result["steps"]:
        per_rerun = s.cpu / max(len(s.reruns), 1) * 1000
        lines.append(
            f"| {s.round} | {s.sessions} | {len(s.reruns)} | {s.downloads} | {len(s.errors)} | "
            f"{s.percentile(0.5):.2f} s | "
            f"{s.percentile(0.95):.2f} s | {s.percentile(0.99):.2f} s | {s.cpu / s.seconds * 100:.0f} % | "
            f"{per_rerun:.0f} ms | {s.memory_end:.0f} MB | {s.memory_peak:.0f} MB |")
    if result["start"]:
        closed = " → ".join(f"{m:.0f}" for m in result["closed"])
        lines += ["", f"Server memory before the first step: {result['start']:.0f} MB; ten seconds after every "
                      f"session of a round closed: {closed} MB. An idle session (one run of the overview, then "
                      f"nothing) costs {max(result['idle'], 0):.2f} MB ({IDLE_SESSIONS} opened together; the "
                      f"server reuses memory freed by earlier sessions). CPU per rerun is the server's CPU time "
                      f"over the step divided by the reruns, so it includes starting sessions and building "
                      f"downloads."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", default="10,25,50,100,200")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--base", default=None, help="a running server or proxy on this machine")
    parser.add_argument("--cluster", type=int, default=0, help="N app processes behind nginx (deploy/)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--soak", type=int, default=0, metavar="MINUTES", help="a steady load for this long")
    parser.add_argument("--sessions", type=int, default=25, help="concurrent sessions of the soak")
    args = parser.parse_args()
    if args.soak:
        table = soak_report(run_soak(args.sessions, args.soak), args.sessions)
        print(table)
        if not args.no_readme:
            write_section(SOAK_START, SOAK_END, "An hour of steady load", table)
        return
    result = run([int(n) for n in args.steps.split(",")], args.seconds, args.base, args.cluster, args.rounds)
    through = (args.base or (f"{args.cluster} processes behind nginx" if args.cluster else "one server"))
    table = report(result, through)
    print(table)
    for step in result["steps"]:
        for error in step.errors[:5]:
            print(f"  {step.sessions} sessions, error: {error}")
    if not args.no_readme:
        start, end = (START, END) if not args.cluster else (f"<!-- load-cluster-{args.cluster}:start -->",
                                                            f"<!-- load-cluster-{args.cluster}:end -->")
        write_section(start, end, "Many users at once" if not args.cluster else
                      f"Many users through nginx, {args.cluster} processes", table)


if __name__ == "__main__":
    main()
