"""Speed benchmark: translit beside a brute-force baseline run in the same process, as ratios.

1. geonames-cities (the shared evaluation suite): index build time, size and peak RSS;
   the index preloaded, as a batch or a service has it (Resolver.preload: its time and
   RSS); lookups/s over every query (a cold first pass, then a second pass) with recall,
   precision and NIL false accepts, and the cold pass of an index read on demand (a
   one-off library call, in a child process) and, on a machine with several cores, the
   cold pass of one worker process per core (what `translit resolve` runs for a big batch,
   in a child process: its caches as cold as a new process's); then the brute-force peer
   of eval/peers/naive_icu.py (ICU "Any-Latin; Latin-ASCII; Lower" and rapidfuzz WRatio
   over every gazetteer name, a claim at >= 0.85, on one core) on a time-bounded random
   sample of the same queries. Goal: >= 20x the baseline's lookups/s at equal or better
   recall on that sample; the verdict is for one process, the workers' ratio is beside it.
2. the default gazetteer: build time, index size and peak RSS (in a child process, into
   a temporary cache folder), then `python -m translit lookup Арутюнян` with that warm
   cache, 5 times, beside `python -c pass`. Goal: under 0.5 s wall time.
3. with --million: a synthetic gazetteer of 1,000,000 names (scripts/synthetic_names.py),
   compiled as `translit gazetteer build` does: build time, size, peak RSS; then
   lookups/s in process and cold `translit lookup -g INDEX` wall times.

Builds in sections 2 and 3 run in child processes, so that each peak RSS is its own
(a process's peak only grows). Timings are wall clock (perf_counter); "cold" means a new
resolver or process, with the index file in the OS page cache.

    python scripts/bench_speed.py [--sample-seconds 60] [--skip-default] [--million]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import translit
from translit.gazetteer import load_entities
from translit.index import Index, build, open_index
from translit.parallel import cpu_count
from translit.resolver import Resolver, default_gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_names import write_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = Path(os.environ.get("TRANSLIT_SHARED", ROOT.parent / "shared")) / "eval"
SUITE = SHARED_EVAL / "geonames-cities"
SPEED_GOAL, LOOKUP_GOAL_S = 20.0, 0.5
CLI_QUERY, CLI_RUNS = "Арутюнян", 5
SEED = 7
# One name per script of the suite, none of them a city: loads the transliterators and
# the code paths before timing, without fetching the rows the queries will need.
WARMUP = ["Smith", "Лавров", "لافروف", "Պաշինյան", "ლავროვი", "Παπαδόπουλος", "כהן", "김정은",
          "習近平", "श्रीनिवास", "สมชาย"]
Row = tuple[str, str, str, str]  # summary: what, translit, baseline, ratio or goal


def peak_rss_mb() -> float:
    """Peak resident memory of this process. Linux: VmHWM, because ru_maxrss survives exec
    and so gives a child the RSS its parent had when it forked."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, else KiB


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def scores(golds: list[str | None], ids: list[str | None]) -> dict[str, float]:
    """Recall, precision and NIL false-accept rate of claimed ids (None: no claim)."""
    claims = sum(i is not None for i in ids)
    correct = sum(i is not None and i == g for g, i in zip(golds, ids))
    known = sum(g is not None for g in golds)
    nil_fa = sum(g is None and i is not None for g, i in zip(golds, ids))
    return {"recall": correct / known if known else 0.0, "precision": correct / claims if claims else 0.0,
            "nil_fa": nil_fa / (len(golds) - known) if len(golds) > known else 0.0}


def fmt_scores(s: dict[str, float]) -> str:
    return f"recall {s['recall']:.3f}  precision {s['precision']:.3f}  NIL-FA {s['nil_fa']:.3f}"


def peer_scheme() -> tuple[Callable[[str], str], Callable[..., float], float]:
    """The naive_icu peer's transliterator, scorer and threshold, from eval/peers when it is
    there (exactly the peer's scheme), else the same three written out."""
    try:
        sys.path.insert(0, str(SHARED_EVAL / "peers"))
        from _common import scorers
        from naive_icu import make_normalizer

        scorer, threshold = scorers()["WRatio"]
        return make_normalizer(), scorer, threshold
    except ImportError:
        import icu
        from rapidfuzz import fuzz

        return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Lower").transliterate, fuzz.WRatio, 0.85


def timed_pass(resolver: Resolver, queries: list[str], order: list[int]) -> tuple[list[float], list[str | None]]:
    """Seconds per query and the claimed id (a `match`, else None), in query order."""
    times = [0.0] * len(queries)
    ids: list[str | None] = [None] * len(queries)
    for i in order:
        t0 = time.perf_counter()
        r = resolver.resolve(queries[i])
        times[i] = time.perf_counter() - t0
        ids[i] = r.id if r.decision == "match" else None
    return times, ids


def bench_geonames(sample_seconds: float, summary: list[Row]) -> None:
    gaz_path, q_path = SUITE / "gazetteer.jsonl", SUITE / "queries.jsonl"
    for p in (gaz_path, q_path):
        if not p.is_file():
            sys.exit(f"bench_speed: {p} not found (set TRANSLIT_SHARED to the folder that holds eval/)")
    rows = [json.loads(line) for line in q_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    queries, golds = [r["query"] for r in rows], [r.get("gold") for r in rows]
    rss_before = peak_rss_mb()
    with tempfile.TemporaryDirectory(prefix="translit-bench-") as tmp:
        path = Path(tmp) / "index.sqlite"
        t0 = time.perf_counter()
        entities = list(load_entities([gaz_path]))
        load_s = time.perf_counter() - t0
        counts = build(entities, path)
        build_s, size_mb, rss = time.perf_counter() - t0, path.stat().st_size / 1e6, peak_rss_mb()
        print(f"== 1. geonames-cities: {counts['entities']:,} entities, {counts['names']:,} names, "
              f"{counts['tokens']:,} tokens, {len(queries):,} queries")
        print(f"index build     {build_s:.1f} s (load {load_s:.1f} s), {size_mb:.1f} MB, "
              f"peak RSS {rss:.0f} MB ({rss_before:.0f} MB before the build)")
        summary.append(("geonames-cities index build", f"{build_s:.1f} s, {size_mb:.1f} MB, {rss:.0f} MB RSS",
                        "", ""))

        lazy = child_pass({"index": str(path), "queries": str(q_path)})
        jobs = cpu_count()
        parallel = child_pass({"index": str(path), "queries": str(q_path), "jobs": jobs}) if jobs > 1 else None
        resolver = Resolver(Index(path))
        t0 = time.perf_counter()
        resolver.preload()
        preload_s, rss = time.perf_counter() - t0, peak_rss_mb()
        print(f"index preload   {preload_s:.1f} s, peak RSS {rss:.0f} MB (every row read, every name analyzed "
              f"ahead: `translit resolve` does it for a batch, `translit serve` at start)")
        summary.append(("geonames-cities index preload", f"{preload_s:.1f} s, {rss:.0f} MB RSS", "", ""))
        for name in WARMUP:
            resolver.resolve(name)
        order = query_order(len(queries))
        cold, ids = timed_pass(resolver, queries, order)
        second, _ = timed_pass(resolver, queries, order)
    half = len(order) // 2
    first_half, second_half = ([cold[i] for i in order[:half]], [cold[i] for i in order[half:]])
    print(f"translit        cold pass {rate(len(cold), sum(cold)):,.0f} lookups/s (its first half "
          f"{rate(half, sum(first_half)):,.0f}/s, second half {rate(len(second_half), sum(second_half)):,.0f}/s: "
          f"unseen queries; the words they share with earlier ones are cached)")
    print(f"                second pass {rate(len(second), sum(second)):,.0f} lookups/s "
          f"(the same queries again: their match cache is hot)")
    print(f"                {fmt_scores(scores(golds, ids))} (all queries)")
    print(f"                without preload (a one-off library call), in a child process: cold pass "
          f"{lazy['rate']:,.0f} lookups/s")
    if parallel:
        print(f"                {jobs} worker processes (resolve_many; `translit resolve` for a big batch), "
              f"in a child process: cold pass {parallel['rate']:,.0f} lookups/s")

    normalize, scorer, threshold = peer_scheme()
    from rapidfuzz import process, utils

    t0 = time.perf_counter()
    choices, owners = [], []
    for line in gaz_path.read_text(encoding="utf-8").splitlines():
        e = json.loads(line) if line.strip() else {"names": []}
        for n in e["names"]:
            choices.append(utils.default_process(normalize(n["name"])))
            owners.append(e["id"])
    base_build_s = time.perf_counter() - t0
    sample: list[int] = []
    base_ids: list[str | None] = []
    t0 = time.perf_counter()
    for i in order:
        if sample and time.perf_counter() - t0 >= sample_seconds:
            break
        hit = process.extractOne(utils.default_process(normalize(queries[i])), choices, scorer=scorer,
                                 processor=None)
        sample.append(i)
        base_ids.append(owners[hit[2]] if hit is not None and hit[1] / 100 >= threshold else None)
    base_s = time.perf_counter() - t0
    base_rate = rate(len(sample), base_s)
    sample_golds = [golds[i] for i in sample]
    ours, base = scores(sample_golds, [ids[i] for i in sample]), scores(sample_golds, base_ids)
    ours_cold = rate(len(sample), sum(cold[i] for i in sample))
    ours_second = rate(len(sample), sum(second[i] for i in sample))
    print(f"baseline        naive_icu/WRatio >= {threshold}: {len(choices):,} names normalized in "
          f"{base_build_s:.1f} s; {len(sample):,} queries (random sample) in {base_s:.1f} s")
    print(f"on that sample  {'lookups/s':>10}  {'ratio':>6}  scores")
    print(f"  translit cold {ours_cold:10,.0f}  {ours_cold / base_rate:5.1f}x  {fmt_scores(ours)}")
    print(f"  translit 2nd  {ours_second:10,.0f}  {ours_second / base_rate:5.1f}x")
    if parallel:
        par_ids = [parallel["ids"][str(i)] for i in sample]
        par = scores(sample_golds, par_ids)
        print(f"  {jobs} workers     {parallel['rate']:10,.0f}  {parallel['rate'] / base_rate:5.1f}x  "
              f"{fmt_scores(par)} (rate over all queries; the baseline uses one core)")
    print(f"  baseline      {base_rate:10,.1f}  {1:5.1f}x  {fmt_scores(base)}")
    ok_recall = ours["recall"] >= base["recall"]
    verdict = "met" if ours_cold / base_rate >= SPEED_GOAL and ok_recall else "NOT met"
    print(f"goal >= {SPEED_GOAL:.0f}x at equal or better recall: {verdict} (cold pass "
          f"{ours_cold / base_rate:.1f}x, recall {ours['recall']:.3f} vs {base['recall']:.3f})")
    summary.append(("geonames lookups/s, cold pass", f"{ours_cold:,.0f}", f"{base_rate:,.1f}",
                    f"{ours_cold / base_rate:.1f}x (goal {SPEED_GOAL:.0f}x)"))
    summary.append(("geonames lookups/s, cold, no preload", f"{lazy['rate']:,.0f} (all queries)", f"{base_rate:,.1f}",
                    f"{lazy['rate'] / base_rate:.1f}x"))
    if parallel:
        summary.append((f"geonames lookups/s, cold, {jobs} workers", f"{parallel['rate']:,.0f} (all queries)",
                        f"{base_rate:,.1f} (1 core)", f"{parallel['rate'] / base_rate:.1f}x"))
    summary.append(("geonames lookups/s, 2nd pass", f"{ours_second:,.0f}", f"{base_rate:,.1f}",
                    f"{ours_second / base_rate:.1f}x"))
    summary.append(("geonames recall (sample)", f"{ours['recall']:.3f}", f"{base['recall']:.3f}",
                    ">= yes" if ok_recall else ">= NO"))


def query_order(n: int) -> list[int]:
    """The order in which every pass meets the queries: shuffled, the same in every run."""
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    return order


def child_pass(spec: dict[str, Any]) -> dict[str, Any]:
    """A cold pass over an index read on demand, in a child process (``--pass``): its own
    module caches are as cold as a new process's."""
    proc = subprocess.run([sys.executable, __file__, "--pass", json.dumps(spec)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"bench_speed: the child pass failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.splitlines()[-1])


def _pass(spec_json: str) -> None:
    """A cold pass over every query; with ``jobs``, preloaded and on that many worker
    processes (Resolver.resolve_many), timed from the first name sent to the last result."""
    spec = json.loads(spec_json)
    queries = [json.loads(line)["query"] for line in Path(spec["queries"]).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    resolver = Resolver(Index(Path(spec["index"])))
    if spec.get("jobs"):
        resolver.preload()
    for name in WARMUP:
        resolver.resolve(name)
    order = query_order(len(queries))
    if spec.get("jobs"):
        t0 = time.perf_counter()
        ids = [r.id if r.decision == "match" else None
               for r in resolver.resolve_many([queries[i] for i in order], jobs=spec["jobs"])]
        print(json.dumps({"rate": rate(len(queries), time.perf_counter() - t0),
                          "ids": dict(zip(map(str, order), ids))}))
        return
    times, _ = timed_pass(resolver, queries, order)
    print(json.dumps({"rate": rate(len(times), sum(times))}))


def child_build(spec: dict[str, Any], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a build in a child process (``--child``); its report as a dict."""
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], env=env,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"bench_speed: build of {spec['paths']} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.splitlines()[-1])


def _child(spec_json: str) -> None:
    """A build, alone in this process: with ``out``, load_entities + index.build (what
    `translit gazetteer build` does); without, open_index into the cache (what `lookup` does)."""
    spec = json.loads(spec_json)
    rss_before = peak_rss_mb()
    t0 = time.perf_counter()
    load_s = None
    if spec.get("out"):
        path = Path(spec["out"])
        entities = list(load_entities(spec["paths"]))
        load_s = time.perf_counter() - t0
        counts = build(entities, path)
    else:
        index, info = open_index(spec["paths"])
        path, counts = Path(info["path"]), index.counts
    print(json.dumps({"seconds": time.perf_counter() - t0, "load_seconds": load_s, "counts": counts,
                      "size_mb": path.stat().st_size / 1e6, "path": str(path),
                      "rss_before_mb": rss_before, "peak_rss_mb": peak_rss_mb()}))


def print_build(rep: dict[str, Any]) -> str:
    c = rep["counts"]
    load = f" (load {rep['load_seconds']:.1f} s)" if rep["load_seconds"] is not None else ""
    print(f"index build     {rep['seconds']:.1f} s{load}, {rep['size_mb']:.1f} MB; peak RSS "
          f"{rep['peak_rss_mb']:.0f} MB ({rep['rss_before_mb']:.0f} MB before the build)")
    print(f"                {c['entities']:,} entities, {c['names']:,} names, {c['tokens']:,} tokens, "
          f"{c['keys']:,} keys")
    return f"{rep['seconds']:.1f} s, {rep['size_mb']:.1f} MB, {rep['peak_rss_mb']:.0f} MB RSS"


def wall_times(cmd: list[str], env: dict[str, str], runs: int) -> tuple[list[float], str]:
    times, out = [], ""
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            sys.exit(f"bench_speed: {' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
        out = proc.stdout
    return times, out


def fmt_times(times: list[float]) -> str:
    return f"min {min(times):.3f} s, median {statistics.median(times):.3f} s"


def bench_default(summary: list[Row]) -> None:
    print(f"\n== 2. default gazetteer: {default_gazetteer()}")
    with tempfile.TemporaryDirectory(prefix="translit-cache-") as cache:
        env = {**os.environ, "TRANSLIT_CACHE_DIR": cache}
        built = print_build(child_build({"paths": [str(default_gazetteer())]}, env))
        summary.append(("default gazetteer index build", built, "", ""))
        files = sorted(os.listdir(cache))
        # the package byte-compiled, as an install leaves it: a shell with
        # PYTHONDONTWRITEBYTECODE set would otherwise compile every module at every start
        compileall.compile_dir(str(Path(translit.__file__).parent), quiet=1)
        base, _ = wall_times([sys.executable, "-c", "pass"], env, CLI_RUNS)
        imports, _ = wall_times([sys.executable, "-c", "import translit.cli"], env, CLI_RUNS)
        lookup, out = wall_times([sys.executable, "-m", "translit", "lookup", CLI_QUERY], env, CLI_RUNS)
        if sorted(os.listdir(cache)) != files:
            print("warning: the lookups wrote to the cache (the warm index was not used)")
    med = statistics.median(lookup)
    print(f"python -c pass  {fmt_times(base)}")
    print(f"import cli      {fmt_times(imports)}")
    print(f"translit lookup {fmt_times(lookup)}  ({CLI_RUNS} runs; {out.splitlines()[0] if out else ''})")
    print(f"goal < {LOOKUP_GOAL_S} s: {'met' if med < LOOKUP_GOAL_S else 'NOT met'} "
          f"(median {med:.3f} s; start-up of python itself {statistics.median(base):.3f} s)")
    summary.append(("cold CLI lookup, warm cache", f"{med:.3f} s", f"{statistics.median(base):.3f} s (python)",
                    f"goal < {LOOKUP_GOAL_S} s: {'met' if med < LOOKUP_GOAL_S else 'NOT met'}"))


def bench_million(summary: list[Row], entities: int = 250_000) -> None:
    with tempfile.TemporaryDirectory(prefix="translit-1m-") as tmp:
        gaz, index_path = Path(tmp) / "synthetic.jsonl", Path(tmp) / "index.sqlite"
        t0 = time.perf_counter()
        n = write_gazetteer(gaz, entities)
        print(f"\n== 3. synthetic gazetteer: {entities:,} entities, {n:,} names, "
              f"{gaz.stat().st_size / 1e6:.0f} MB of JSONL, generated in {time.perf_counter() - t0:.1f} s")
        built = print_build(child_build({"paths": [str(gaz)], "out": str(index_path)}))
        summary.append(("1M-name index build", built, "", ""))
        # queries: every 2,500th entity, by one of its names in turn (Latin, variant, Cyrillic, Arabic)
        lines = gaz.read_text(encoding="utf-8").splitlines()
        picks = [(json.loads(lines[i])["names"][k % 4]["name"], f"syn:{i}")
                 for k, i in enumerate(range(0, entities, 2_500))]
        resolver = Resolver(Index(index_path))
        order = list(range(len(picks)))
        times, ids = timed_pass(resolver, [q for q, _ in picks], order)
        s = scores([g for _, g in picks], ids)
        print(f"translit        {rate(len(times), sum(times)):,.0f} lookups/s in process, cold "
              f"({len(picks)} queries; first {times[0] * 1000:.0f} ms); {fmt_scores(s)}")
        env = dict(os.environ)
        cli, _ = wall_times([sys.executable, "-m", "translit", "lookup", "-g", str(index_path),
                             picks[len(picks) // 2][0]], env, CLI_RUNS)
        print(f"translit lookup {fmt_times(cli)} (CLI, -g INDEX, {CLI_RUNS} runs)")
    summary.append(("1M-name lookups/s (cold)", f"{rate(len(times), sum(times)):,.0f}", "", ""))
    summary.append(("1M-name cold CLI lookup", f"{statistics.median(cli):.3f} s", "", ""))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample-seconds", type=float, default=60.0,
                        help="time bound of the brute-force baseline (default 60)")
    parser.add_argument("--skip-default", action="store_true", help="skip section 2 (about 70 s)")
    parser.add_argument("--million", action="store_true", help="run section 3 (several minutes)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--pass", dest="child_pass", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return
    if args.child_pass:
        _pass(args.child_pass)
        return
    started = time.perf_counter()
    summary: list[Row] = []
    bench_geonames(args.sample_seconds, summary)
    if not args.skip_default:
        bench_default(summary)
    if args.million:
        bench_million(summary)
    print(f"\n== summary ({time.perf_counter() - started:.0f} s)")
    widths = [max(len(r[k]) for r in summary + [("", "translit", "baseline", "")]) for k in range(4)]
    for r in [("", "translit", "baseline", "ratio / goal")] + summary:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


if __name__ == "__main__":
    main()
