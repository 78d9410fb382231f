"""Cross-script benchmark on the shipped default gazetteer's people: can their names in
other scripts find them when only their Latin names are known?

Builds a gazetteer of every person's Latin-script names (canonical name and Latin aliases),
with the Latin names of a random fifth of the places as distractors, then resolves each of
the people's names written in another script (Arabic, Persian, Cyrillic, Armenian,
Georgian, Hebrew, Greek...) and prints, per script, how many match the right person, how
many match a wrong entity, and how many stay ambiguous or nil. The people are politicians
of the default gazetteer's region, so this is the "politicians' names" case of the
held-out evaluation, on data the project ships.

    python scripts/bench_people.py [--show-misses] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import translit
from translit.gazetteer import gazetteer_files, load_entities
from translit.resolver import default_gazetteer
from translit.scripts import detect

DISTRACTOR_SHARE = 0.2


def build_suite(seed: int) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """(gazetteer rows, queries as (name, gold id, script)) from the default gazetteer."""
    rnd = random.Random(seed)
    rows, queries = [], []
    for e in load_entities(gazetteer_files([default_gazetteer()])):
        names = [e.name] + [n.text for n in e.names]
        latin = [n for n in names if detect(n) == "latn"]
        is_person = e.type == "person"
        if not latin or not (is_person or (e.type == "place" and rnd.random() < DISTRACTOR_SHARE)):
            continue
        rows.append({"id": e.id, "type": e.type, "names": [{"name": n} for n in latin]})
        if is_person:
            queries += [(n, e.id, detect(n)) for n in names if detect(n) != "latn"]
    return rows, queries


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-misses", action="store_true", help="print every query not matched to its person")
    ap.add_argument("--seed", type=int, default=1, help="seed of the distractor sample")
    args = ap.parse_args()
    rows, queries = build_suite(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "people-latin.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
        resolver = translit.load(path, use_cache=False)
        outcomes: dict[str, Counter[str]] = defaultdict(Counter)
        for name, gold, script in queries:
            result = resolver.resolve(name)
            outcome = ("match" if result.id == gold else "wrong") if result.decision == "match" else result.decision
            outcomes[script][outcome] += 1
            if args.show_misses and outcome != "match":
                top = [(c.id, round(c.score, 2)) for c in result.candidates[:2]]
                print(f"{script}\t{outcome}\t{name}\tgold {gold}\ttop {top}")
    people = sum(r["id"].startswith("person:") for r in rows)
    print(f"{people} people, {len(rows) - people} distractor places, {len(queries)} queries")
    print(f"{'script':8} {'queries':>7} {'match':>6} {'wrong':>6} {'ambiguous':>9} {'nil':>5} {'recall':>7}")
    total: Counter[str] = Counter()
    for script in sorted(outcomes, key=lambda s: -sum(outcomes[s].values())):
        c = outcomes[script]
        total.update(c)
        n = sum(c.values())
        print(f"{script:8} {n:7} {c['match']:6} {c['wrong']:6} {c['ambiguous']:9} {c['nil']:5} {c['match'] / n:7.2f}")
    n = sum(total.values())
    print(f"{'all':8} {n:7} {total['match']:6} {total['wrong']:6} {total['ambiguous']:9} {total['nil']:5} "
          f"{total['match'] / max(n, 1):7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
