"""`translit gazetteer import ...`: thin CLI faces over `translit.importers`.

Each command streams a dump into a gazetteer YAML file (or stdout), reports malformed
lines on stderr as `file:line: message`, and exits 1 when there were any.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from translit.importers import (
    DEFAULT_CLASSES,
    ImportFailed,
    ImportReport,
    Problem,
    import_geonames,
    import_wikidata,
)

SHOWN_PROBLEMS = 100
EXIT_CODES = (
    "Exit status: 0 when every line was read; 1 when some lines were malformed (each is "
    "reported on stderr with its line number and skipped, the rest is written) or the "
    "import failed; 2 for a usage error such as a missing file."
)

import_group = click.Group(
    "import", help="Build a gazetteer file from a GeoNames or Wikidata dump.", epilog=EXIT_CODES
)
_input = click.Path(exists=True, dir_okay=False, path_type=Path)
_output = click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Gazetteer YAML file to write, or - for stdout. Never one of the inputs.",
)
_lang = click.option(
    "--lang",
    "languages",
    multiple=True,
    metavar="CODE",
    help="Keep names in this language (repeatable; `zh` keeps `zh-CN`); default: all. "
    "GeoNames names without a language are always kept.",
)


def _codes(values: tuple[str, ...], pattern: str, what: str) -> set[str]:
    """Upper-cased codes, each checked against `pattern`."""
    codes = {v.strip().upper() for v in values}
    bad = sorted(c for c in codes if not re.fullmatch(pattern, c))
    if bad:
        raise click.BadParameter(f"{bad[0]!r} is not {what}")
    return codes


def _classes(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    classes: dict[str, str] = {}
    for value in values:
        match = re.fullmatch(r"(Q\d+)(?:=(person|place|org))?", value.strip())
        if not match:
            raise click.BadParameter(f"{value!r}: write a class as Q515 or Q515=place")
        qid, kind = match.groups()
        kind = kind or DEFAULT_CLASSES.get(qid)
        if kind is None:
            raise click.BadParameter(f"{qid} has no default type: write {qid}=person, =place or =org")
        classes[qid] = kind
    return classes


@contextmanager
def _opened(output: Path, inputs: list[Path]) -> Iterator[TextIO]:
    """stdout for `-`; else a temporary file beside `output`, moved onto it when done."""
    if str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = output.resolve()
    for path in inputs:
        if target == path.resolve() or (target.exists() and os.path.samefile(target, path)):
            raise click.BadParameter(f"{output} is an input file", param_hint="'-o' / '--output'")
    if not target.parent.is_dir():
        raise click.BadParameter(f"{output}: no such folder", param_hint="'-o' / '--output'")
    # A temporary name beside the target (created with the user's umask, unlike mkstemp),
    # renamed at the end: an interrupted import leaves no half-written gazetteer.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _run(output: Path, inputs: list[Path], work: Callable[..., ImportReport]) -> None:
    """Run an import, print its problems and summary on stderr, and set the exit code."""
    shown = 0

    def on_problem(problem: Problem) -> None:
        nonlocal shown
        shown += 1
        if shown <= SHOWN_PROBLEMS:
            click.echo(str(problem), err=True)

    try:
        with _opened(output, inputs) as out:
            report = work(out, on_problem=on_problem, progress=True)
    except (ImportFailed, OSError) as err:
        raise click.ClickException(str(err)) from None
    if report.malformed > SHOWN_PROBLEMS:
        click.echo(f"... and {report.malformed - SHOWN_PROBLEMS:,} more malformed lines", err=True)
    where = "stdout" if str(output) == "-" else str(output)
    click.echo(
        f"{where}: {report.entities_written:,} entities from {report.lines_read:,} lines"
        f" ({report.malformed:,} malformed lines skipped)",
        err=True,
    )
    if report.malformed:
        click.get_current_context().exit(1)


@import_group.command("geonames", epilog=EXIT_CODES)
@click.argument("all_countries", type=_input)
@click.argument("alternate_names", type=_input, required=False)
@_output
@click.option(
    "--feature-class",
    "feature_classes",
    multiple=True,
    callback=lambda ctx, param, values: _codes(values, r"[AHLPRSTUV]", "a GeoNames class"),
    metavar="CLASS",
    help="Keep features of this GeoNames class (repeatable): A countries and regions, "
    "P cities and villages, H water, T mountains, S spots, L areas, R roads, U undersea, "
    "V forests.",
)
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="CC",
    callback=lambda ctx, param, values: _codes(values, r"[A-Z]{2}", "an ISO alpha-2 code"),
    help="Keep features of this country, ISO alpha-2 (repeatable).",
)
@click.option(
    "--min-population",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Keep features with at least this population.",
)
@_lang
def geonames(
    all_countries: Path,
    alternate_names: Path | None,
    output: Path,
    feature_classes: set[str],
    countries: set[str],
    min_population: int,
    languages: tuple[str, ...],
) -> None:
    """Import GeoNames ALL_COUNTRIES (allCountries.txt, a country file such as AM.txt, or
    citiesNNN.txt) with the names of ALTERNATE_NAMES (alternateNamesV2.txt). Plain, .gz,
    .bz2 or .zip. Without ALTERNATE_NAMES the names come from the alternatenames column.
    """
    inputs = [all_countries] + ([alternate_names] if alternate_names else [])
    _run(
        output,
        inputs,
        lambda out, **kw: import_geonames(
            all_countries,
            alternate_names,
            out,
            feature_classes=feature_classes or None,
            countries=countries or None,
            min_population=min_population,
            languages=languages or None,
            **kw,
        ),
    )


@import_group.command("wikidata", epilog=EXIT_CODES)
@click.argument("dump", type=_input)
@_output
@click.option(
    "--instance-of",
    "instance_of",
    multiple=True,
    callback=_classes,
    metavar="QID[=TYPE]",
    help="Keep items that are a direct instance (P31) of this class (repeatable); TYPE is "
    "person, place or org, needed for classes without a default. Default: humans, "
    "countries, cities and settlements, organizations and companies.",
)
@_lang
def wikidata(dump: Path, output: Path, instance_of: dict[str, str], languages: tuple[str, ...]) -> None:
    """Import a Wikidata JSON DUMP (latest-all.json, plain, .gz or .bz2), keeping labels
    and aliases in the chosen languages.
    """
    _run(
        output,
        [dump],
        lambda out, **kw: import_wikidata(
            dump, out, instance_of=instance_of or None, languages=languages or None, **kw
        ),
    )
