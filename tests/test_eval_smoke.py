"""The shared smoke suite through the same adapter and scorer as the evaluation harness."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import shared


def test_smoke_suite_meets_the_bar(tmp_path):
    peers = shared("eval", "peers", "translit_resolver.py")
    suite = shared("eval", "smoke")
    pred = tmp_path / "pred.jsonl"
    env = dict(os.environ, TRANSLIT_CMD=f"{sys.executable} -m translit")
    subprocess.run([sys.executable, str(peers), "--gazetteer", str(suite / "gazetteer.jsonl"),
                    "--queries", str(suite / "queries.jsonl"), "--out", str(pred)], check=True, env=env)
    out = subprocess.run([sys.executable, str(Path(peers).parent.parent / "score.py"), "--queries",
                          str(suite / "queries.jsonl"), "--predictions", str(pred), "--json"],
                         check=True, capture_output=True, text=True)
    m = json.loads(out.stdout)
    overall, arab = m["overall"], m["by_tag"]["arab"]
    assert overall["recall"] >= 0.90
    assert arab["recall"] >= 0.85
    assert overall["wrong_entity_claims"] == 0
    assert overall["nil_false_accepts"] <= 1
