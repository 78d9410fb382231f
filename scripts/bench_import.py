"""Benchmark the GeoNames importer: time and peak memory against plainly reading the input.

Generates a GeoNames dump of N lines (default 1,000,000) in a temporary folder, in the
real layout (allCountries grouped by country, alternate names in their own id order, so
neither is sorted by geonameid), then in one process:

1. baseline: reads the files line by line and does nothing else;
2. import: `import_geonames` of the same files into a gazetteer YAML file.

and prints the time and the peak RSS (resource.getrusage) of each, and their ratio. Peak
RSS only grows, so the baseline runs first. Constant memory shows as a ratio near 1 that
does not grow with --lines.

    python scripts/bench_import.py [--lines N] [--names N] [--feature-class P]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from translit.importers import import_geonames

COUNTRIES = ["AM", "AZ", "GE", "RU", "TR", "IR", "UA", "DE", "FR", "US"]
SYLLABLES = ["ar", "ba", "ka", "le", "mi", "no", "ra", "sa", "ta", "vi", "zor", "gyum"]
SCRIPTS = {"ru": "абвгдежзиклмнопрстуф", "hy": "աբգդեզէըթժիլխծկհ", "ar": "ابتثجحخدذرزسشصضطظع"}


def _word(rng: random.Random, letters: list[str] | str, n: int) -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def geonameid(i: int, lines: int) -> int:
    """The id of feature i: ascending within its country, interleaved across countries,
    so the file is not sorted by id, like the real dump (and no list of ids is kept)."""
    per_country = -(-lines // len(COUNTRIES))
    return (i % per_country) * len(COUNTRIES) + i // per_country + 1


def generate(folder: Path, lines: int, names: int, seed: int = 1) -> tuple[Path, Path]:
    """Write allCountries.txt (`lines` features) and alternateNamesV2.txt (`names` lines)."""
    rng = random.Random(seed)
    features = folder / "allCountries.txt"
    per_country = -(-lines // len(COUNTRIES))
    with features.open("w", encoding="utf-8", newline="\n") as out:
        for i in range(lines):
            gid = geonameid(i, lines)
            country = COUNTRIES[i // per_country]
            name = _word(rng, SYLLABLES, 3).capitalize()
            fclass = rng.choice("PPPAHTSLV")
            population = rng.choice([0, 0, 150, 2_000, 40_000, 1_200_000])
            columns = [
                str(gid), name, name, f"{name}a,{name}i", "40.1", "44.5", fclass, "PPL",
                country, "", "01", "", "", "", str(population), "", "900", "Asia/Yerevan",
                "2024-01-01",
            ]  # fmt: skip
            out.write("\t".join(columns) + "\n")
    alternates = folder / "alternateNamesV2.txt"
    with alternates.open("w", encoding="utf-8", newline="\n") as out:
        for alt_id in range(1, names + 1):
            lang = rng.choice(list(SCRIPTS))
            historic = "1" if rng.random() < 0.1 else ""
            name = _word(rng, SCRIPTS[lang], rng.randint(4, 10))
            gid = geonameid(rng.randrange(lines), lines)
            columns = [str(alt_id), str(gid), lang, name, "", "", "", historic, "", ""]
            out.write("\t".join(columns) + "\n")
    return features, alternates


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, else KiB


def baseline(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for _ in handle:
                count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="features to generate")
    parser.add_argument("--names", type=int, default=1_000_000, help="alternate names (0: none)")
    parser.add_argument("--feature-class", action="append", help="import filter (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="translit-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        features, alternates = generate(folder, args.lines, args.names)
        inputs = [features] + ([alternates] if args.names else [])
        size = sum(p.stat().st_size for p in inputs) / 1e6
        print(f"generated {args.lines:,} features + {args.names:,} names ({size:,.0f} MB) "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip

        started = time.perf_counter()
        read = baseline(inputs)
        base_time, base_rss = time.perf_counter() - started, peak_rss_mb()

        started = time.perf_counter()
        with (folder / "out.yaml").open("w", encoding="utf-8") as out:
            report = import_geonames(
                features,
                alternates if args.names else None,
                out,
                feature_classes=set(args.feature_class) if args.feature_class else None,
            )
        import_time, import_rss = time.perf_counter() - started, peak_rss_mb()
        written = (folder / "out.yaml").stat().st_size / 1e6

    print(f"{'':10} {'time':>9} {'peak RSS':>10}")
    print(f"{'baseline':10} {base_time:8.1f}s {base_rss:8.1f}MB   ({read:,} lines read)")
    print(
        f"{'import':10} {import_time:8.1f}s {import_rss:8.1f}MB   "
        f"({report.entities_written:,} entities, {written:,.0f} MB of YAML, "
        f"{report.malformed} malformed)"
    )
    print(f"{'ratio':10} {import_time / base_time:8.1f}x {import_rss / base_rss:8.2f}x")


if __name__ == "__main__":
    main()
