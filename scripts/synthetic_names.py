"""A synthetic gazetteer of place names for scale benchmarks (scripts/bench_speed.py).

Entity i gets four names, all derived from one pseudo-random syllable name (seeded, so the
file is the same on every run): the Latin name, a Latin variant spelling, a Cyrillic and
an Arabic-script spelling made by letter maps (Arabic drops short vowels, as real Arabic
spellings do). The output is JSONL in the evaluation format, one entity per line:

    {"id": "syn:42", "type": "place", "names": [{"name": "Darokel"}, {"name": "Darokell"}, ...]}

    python scripts/synthetic_names.py OUT.jsonl [--entities 250000]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

# Clusters and codas make consonant skeletons about as long and as varied as real place
# names' (keys per token close to geonames-cities'), so that key collisions are realistic.
ONSETS = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "f", "h", "j", "sh", "kh", "ch",
          "tr", "kr", "br", "st", "gr", "dr", "zv", "sk", ""]
VOWELS = ["a", "e", "i", "o", "u"]
CODAS = ["", "", "n", "r", "l", "k", "m", "z", "sh", "st", "rd", "nk", "ts"]
DESCRIPTORS = ["Nor", "Verin", "Nizhny", "Bolshoy", "Kuchuk"]  # sometimes a leading word
CYRILLIC = {"sh": "ш", "kh": "х", "ch": "ч", "a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "i": "и",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
            "u": "у", "v": "в", "z": "з", "y": "й", "c": "ц", "w": "в",
            "f": "ф", "h": "х", "j": "дж"}
ARABIC = {"sh": "ش", "kh": "خ", "ch": "تش", "b": "ب", "d": "د", "g": "غ", "k": "ك", "l": "ل", "m": "م",
          "n": "ن", "p": "ب", "r": "ر", "s": "س", "t": "ت", "v": "ف", "z": "ز", "i": "ي", "u": "و",
          "o": "و", "a": "", "e": "", "y": "ي", "c": "تس", "w": "و",
          "f": "ف", "h": "ه", "j": "ج"}
VARIANTS = [("kh", "h"), ("k", "c"), ("v", "w"), ("sh", "sch"), ("ch", "tch"), ("u", "ou"), ("i", "y")]
_LETTERS = re.compile(r"sh|kh|ch|.")


def word(rng: random.Random) -> str:
    syllables = rng.choice((2, 2, 3, 3, 4))
    w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)) + rng.choice(CODAS)
    return w.capitalize()


def variant(name: str, rng: random.Random) -> str:
    """Another Latin spelling: one conventional substitution, else a doubled last letter."""
    lower = name.lower()
    options = [(a, b) for a, b in VARIANTS if a in lower]
    if options:
        a, b = rng.choice(options)
        out = lower.replace(a, b, 1)
    else:
        out = lower + lower[-1]
    return " ".join(w.capitalize() for w in out.split())


def mapped(name: str, table: dict[str, str], initial_alef: bool = False) -> str:
    """``name`` letter by letter through ``table`` (digraphs first); Arabic keeps a word-initial a/e
    as alef, as Arabic writes it."""
    words = []
    for w in name.lower().split():
        letters = _LETTERS.findall(w)
        out = "".join(table.get(c, c) for c in letters)
        if initial_alef and letters and letters[0] in "aeiou":
            out = "ا" + out
        words.append(out)
    return " ".join(words)


def entity(i: int, rng: random.Random) -> dict:
    name = word(rng)
    if rng.random() < 0.25:
        name = f"{rng.choice(DESCRIPTORS)} {name}" if rng.random() < 0.5 else f"{name} {word(rng)}"
    names = [name, variant(name, rng), mapped(name, CYRILLIC).title(), mapped(name, ARABIC, True)]
    return {"id": f"syn:{i}", "type": "place", "names": [{"name": n} for n in names]}


def write_gazetteer(path: Path, entities: int, seed: int = 1) -> int:
    """Write ``entities`` entities (4 names each) to ``path``; returns the number of names."""
    rng = random.Random(seed)
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for i in range(entities):
            e = entity(i, rng)
            count += len(e["names"])
            out.write(json.dumps(e, ensure_ascii=False) + "\n")
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--entities", type=int, default=250_000)
    args = parser.parse_args(argv)
    n = write_gazetteer(args.output, args.entities)
    print(f"{args.output}: {args.entities:,} entities, {n:,} names")


if __name__ == "__main__":
    main()
