"""N app processes behind nginx, as they would run on N machines behind one proxy: `make cluster N=2`.

    python -m scripts.cluster [N] [--port 8080]

Starts N Streamlit processes on free loopback ports and nginx (Debian's package) on the given port
with deploy/nginx.conf.template: websockets proxied, and session affinity by a "route" cookie so
that a session's downloads come from the process that built them. Runs until interrupted.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from scripts.server import REPO, start_app, stop_app

TEMPLATE = REPO / "deploy" / "nginx.conf.template"


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        raise SystemExit("nginx is not installed: run `make nginx` (Debian's nginx package)")
    return found


def write_config(run_dir: Path, backends: list[str], listen: str) -> Path:
    servers = "\n".join(f"        server {b.removeprefix('http://')};" for b in backends)
    text = TEMPLATE.read_text().replace("{run_dir}", str(run_dir)).replace("{servers}", servers).replace(
        "{listen}", listen)
    path = run_dir / "nginx.conf"
    path.write_text(text)
    return path


@contextmanager
def cluster(processes: int, port: int = 0):
    """Yield (proxy URL, app processes) for N apps behind nginx on 127.0.0.1; stops everything after."""
    from scripts.server import free_port

    port = port or free_port()
    apps = [start_app() for _ in range(processes)]
    run_dir = Path(tempfile.mkdtemp(prefix="cluster-"))
    config = write_config(run_dir, [base for _, base in apps], f"127.0.0.1:{port}")
    proxy = subprocess.Popen([nginx_binary(), "-c", str(config), "-g", "daemon off;"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or proxy.poll() is not None:
                    raise RuntimeError(f"nginx did not start; see {run_dir / 'error.log'}") from None
                time.sleep(0.3)
        yield base, [process for process, _ in apps]
    finally:
        proxy.send_signal(signal.SIGQUIT)
        try:
            proxy.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proxy.kill()
        for process, _ in apps:
            stop_app(process)
        shutil.rmtree(run_dir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("processes", nargs="?", type=int, default=2)
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    with cluster(args.processes, args.port) as (base, _):
        print(f"{args.processes} app processes behind nginx on {base} (Ctrl-C stops them)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
