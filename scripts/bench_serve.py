"""Load test of `translit serve`: concurrent clients on loopback, throughput and latency.

Starts `translit serve` on 127.0.0.1 and a free port (or uses --url, which must be a
loopback address), then runs two phases, each bounded by a request count and a time limit:

1. /lookup: every client sends GET /lookup?q=NAME, one name at a time;
2. /reconcile: every client sends form-encoded 0.2 batches of --batch queries (as
   OpenRefine does; its default batch is 10).

and prints, per phase, requests, errors, requests/s, names/s and p50/p99 latency. Any
error (a transport failure, or a status other than 200) is counted; the exit status is 1
when there was one, else 0. Names come from the shared evaluation suites when they are
there (every script, matches and non-matches), else from a built-in list.

    python scripts/bench_serve.py [-g GAZETTEER ...] [--workers N] [--clients 8]
        [--requests 2000] [--batch-requests 300] [--batch 10] [--duration 60] [--url URL]
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from translit.serve.testing import serve_process, stop_serve_process

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = Path(os.environ.get("TRANSLIT_SHARED", ROOT.parent / "shared")) / "eval"
FALLBACK_NAMES = [
    "Арутюнян",
    "Harutyunyan",
    "هاروتيونيان",
    "Հարությունյան",
    "Лавров",
    "لافروف",
    "Qarabağ",
    "قره باغ",
    "Карабах",
    "Erdoğan'ın",
    "Пашинян",
    "ლავროვმა",
    "Stepanakert",
    "Emmanuel Macron",
    "Ереван",
    "Tbilisi",
    "Шойгу",
    "Alice Smith",
    "وأرمينيا",
    "Aliyev",
]


def names(limit: int = 2000) -> list[str]:
    found: list[str] = []
    for suite in ("smoke", "countries", "geonames-cities", "negatives"):
        path = SHARED_EVAL / suite / "queries.jsonl"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append(json.loads(line)["query"])
    random.Random(7).shuffle(found)
    return found[:limit] or FALLBACK_NAMES


def loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def start_server(gazetteers: list[str], workers: int, timeout: float) -> tuple[subprocess.Popen, str]:
    args = ["--workers", str(workers), "--log-level", "warning"]
    for g in gazetteers:
        args += ["-g", g]
    try:
        return serve_process(args, cwd=ROOT, timeout=timeout)
    except RuntimeError as e:
        sys.exit(str(e))


class Phase:
    """Runs ``send(client, i)`` for i in range(requests) over ``clients`` threads, until done or timed out."""

    def __init__(self, name: str, requests: int, duration: float, names_per_request: int) -> None:
        self.name, self.requests, self.duration, self.per = name, requests, duration, names_per_request
        self.latencies: list[float] = []
        self.errors = 0
        self.first_error = ""
        self._next = 0
        self._lock = threading.Lock()

    def run(self, url: str, clients: int, send, headers: dict[str, str]) -> None:
        deadline = time.monotonic() + self.duration

        def worker() -> None:
            with httpx.Client(base_url=url, timeout=60, headers=headers) as client:
                while time.monotonic() < deadline:
                    with self._lock:
                        i = self._next
                        self._next += 1
                    if i >= self.requests:
                        return
                    t = time.perf_counter()
                    try:
                        r = send(client, i)
                        ok, why = r.status_code == 200, f"HTTP {r.status_code}: {r.text[:200]}"
                    except httpx.HTTPError as exc:
                        ok, why = False, repr(exc)
                    elapsed = time.perf_counter() - t
                    with self._lock:
                        self.latencies.append(elapsed)
                        if not ok:
                            self.errors += 1
                            self.first_error = self.first_error or why

        threads = [threading.Thread(target=worker) for _ in range(clients)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.wall = time.perf_counter() - start

    def row(self) -> str:
        n = len(self.latencies)
        if not n:
            return f"{self.name:<22} no requests"
        ms = sorted(x * 1000 for x in self.latencies)
        p99 = ms[min(n - 1, int(n * 0.99))]
        return (
            f"{self.name:<22} {n:>8} {self.errors:>7} {n / self.wall:>9.1f} {n * self.per / self.wall:>9.1f} "
            f"{statistics.median(ms):>8.1f} {p99:>8.1f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "-g",
        "--gazetteer",
        action="append",
        default=[],
        help="gazetteer for the server this script starts (default: the shipped one)",
    )
    ap.add_argument("--workers", type=int, default=1, help="server worker processes")
    ap.add_argument("--url", help="a running server to use instead (loopback only)")
    ap.add_argument("--api-key", default=os.environ.get("TRANSLIT_BENCH_KEY"), help="key for a --url server")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients")
    ap.add_argument("--requests", type=int, default=2000, help="/lookup requests (at most)")
    ap.add_argument("--batch-requests", type=int, default=300, help="/reconcile requests (at most)")
    ap.add_argument("--batch", type=int, default=10, help="queries per /reconcile request")
    ap.add_argument("--duration", type=float, default=60, help="seconds per phase (at most)")
    ap.add_argument(
        "--start-timeout", type=float, default=600, help="seconds to wait for the server (index build)"
    )
    args = ap.parse_args()
    for name in ("clients", "requests", "batch_requests", "batch", "workers"):
        if getattr(args, name) < 1 or getattr(args, name) > 100_000:
            ap.error(f"--{name.replace('_', '-')} must be between 1 and 100000")
    if not 0 < args.duration <= 3600:
        ap.error("--duration must be between 0 and 3600 seconds")
    if args.url and not loopback(args.url):
        ap.error(f"{args.url}: not a loopback address; this script only loads servers on this machine")

    pool = names()
    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(args.gazetteer, args.workers, args.start_timeout)
    headers = {"X-API-Key": args.api_key} if args.api_key else {}
    try:
        health = httpx.get(url + "/health", timeout=10).json()
        print(
            f"server {url}: {health['entities']} entities, index {health['index']['key']}, "
            f"workers {args.workers if proc else '?'}; {args.clients} clients; {len(pool)} distinct names"
        )
        lookup = Phase("GET /lookup", args.requests, args.duration, 1)
        lookup.run(
            url, args.clients, lambda c, i: c.get("/lookup", params={"q": pool[i % len(pool)]}), headers
        )

        def batch(c: httpx.Client, i: int) -> httpx.Response:
            start = i * args.batch
            queries = {
                f"q{j}": {"query": pool[(start + j) % len(pool)], "limit": 3} for j in range(args.batch)
            }
            return c.post("/reconcile", data={"queries": json.dumps(queries, ensure_ascii=False)})

        reconcile = Phase(f"POST /reconcile x{args.batch}", args.batch_requests, args.duration, args.batch)
        reconcile.run(url, args.clients, batch, headers)
    finally:
        if proc is not None:
            stop_serve_process(proc)
    print(
        f"{'phase':<22} {'requests':>8} {'errors':>7} {'req/s':>9} {'names/s':>9} {'p50 ms':>8} {'p99 ms':>8}"
    )
    for phase in (lookup, reconcile):
        print(phase.row())
        if phase.first_error:
            print(f"  first error: {phase.first_error}")
    errors = lookup.errors + reconcile.errors
    print(f"errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
