#!/usr/bin/env python3
"""Development suites: translit beside the peer baselines, in one command.

    python scripts/bench_eval.py [--peer-python ~/peerenv/bin/python] [--suites smoke geonames-cities ...]
                                 [--os-sample 300]

Runs `translit resolve` on each suite through the shared harness (../shared/eval/run_suite.py
with peers/translit_resolver.py), then the peers with the interpreter of their own
virtualenv (see ../shared/eval/README.md: naive ICU + rapidfuzz, anyascii + rapidfuzz, and
OpenSanctions' logic-v2 on a script-stratified sample because it is slow), and prints one
table per suite: precision, recall, F1, NIL false-accept rate, wrong-entity claims and
recall per script; beside the sampled peer, translit's own run re-scored on that sample
("translit, same sample"), for a like-for-like comparison. `negatives@geonames-cities`
runs the negatives against that gazetteer.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("TRANSLIT_SHARED", ROOT.parent / "shared")) / "eval"
SUITES = ["smoke", "geonames-cities", "translit-pairs", "countries", "negatives@geonames-cities"]
SCRIPTS = ["latn", "cyrl", "arab", "armn", "geor", "hebr", "grek", "other"]


def run_suite(suite: str, label: str, cmd: list[str], runs: Path, sample: int | None = None) -> dict:
    args = [sys.executable, str(EVAL / "run_suite.py"), "--runs", str(runs), "--label", label, "--json"]
    if sample:
        args += ["--sample", str(sample)]
    proc = subprocess.run(args + [suite, "dev"] + cmd, capture_output=True, text=True,
                          env=dict(os.environ, TRANSLIT_CMD=f"{sys.executable} -m translit"))
    if proc.returncode != 0:
        print(f"  {label} on {suite}: failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return {}
    return json.loads(proc.stdout)


def on_sample(full: dict, sampled: dict, run_dir: Path) -> dict:
    """``full`` (a run over every query) re-scored on exactly the queries of ``sampled``'s
    sample, for a like-for-like row beside a peer run on a sample ({} if either is absent)."""
    pred = run_dir / f"{full.get('label')}.pred.jsonl"
    if not (full and sampled.get("sample_indices") and pred.exists()):
        return {}
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    from run_suite import subset_result  # the harness's own re-scoring

    return subset_result(full, sampled["sample_indices"], str(pred), str(EVAL / full["queries"]))


def fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def table(suite: str, results: dict[str, dict]) -> None:
    print(f"\n## {suite}")
    head = f"{'resolver':<22} {'n':>6} {'P':>5} {'R':>5} {'F1':>5} {'NIL-FA':>6} {'wrongE':>6}  " + \
        " ".join(f"{s:>5}" for s in SCRIPTS) + "   F1 by script"
    print(head)
    for label, res in results.items():
        if not res:
            continue
        m, by = res["metrics"]["overall"], res["metrics"]["by_tag"]
        rec = " ".join(fmt(by[s]["recall"]) if s in by and by[s]["n_nonnil"] else "    " for s in SCRIPTS)
        f1s = " ".join(f"{s}={fmt(by[s]['f1'])}" for s in SCRIPTS if s in by and by[s]["n_nonnil"])
        n = f"{res['n_queries']}" + ("*" if res.get("sample") else "")
        print(f"{label:<22} {n:>6} {fmt(m['precision']):>5} {fmt(m['recall']):>5} {fmt(m['f1']):>5} "
              f"{fmt(m['nil_false_accept_rate']):>6} {m['wrong_entity_claims']:>6}  {rec}   {f1s}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suites", nargs="+", default=SUITES)
    ap.add_argument("--peer-python", help="interpreter of the peers' virtualenv (peers are skipped without it)")
    ap.add_argument("--os-sample", type=int, default=300, help="queries for the slow OpenSanctions peer")
    args = ap.parse_args()
    if not (EVAL / "run_suite.py").exists():
        sys.exit(f"bench_eval: {EVAL} is absent (the shared evaluation data)")
    runs = Path(tempfile.mkdtemp(prefix="translit-bench-"))
    for suite in args.suites:
        results = {"translit": run_suite(suite, "translit", [sys.executable,
                                                              str(EVAL / "peers" / "translit_resolver.py")], runs)}
        if args.peer_python:
            for peer in ("naive_icu", "anyascii_fuzz"):
                results[peer] = run_suite(suite, peer, [args.peer_python, str(EVAL / "peers" / f"{peer}.py")], runs)
            results["opensanctions"] = run_suite(suite, "opensanctions", [
                args.peer_python, str(EVAL / "peers" / "opensanctions.py")], runs, sample=args.os_sample)
            same = on_sample(results["translit"], results["opensanctions"], runs / suite / "dev")
            if same:
                results["translit, same sample"] = same
        table(suite, results)
    print("\n* = a script-stratified sample of the suite (slow peer). Results kept in", runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
