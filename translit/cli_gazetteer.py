"""``translit gazetteer ...``: check, describe and compile gazetteers."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click

from translit.gazetteer import GazetteerError, gazetteer_files, load_entities
from translit.index import build as build_index
from translit.scripts import detect


class _Failure(click.ClickException):
    exit_code = 2


class _Gazetteer(click.Group):
    """The ``gazetteer`` group; ``import`` is loaded on first use, so that the importers
    cost nothing at the start of every other command."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(super().list_commands(ctx) + ["import"])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name == "import":
            from translit.cli_import import import_group

            return import_group
        return super().get_command(ctx, name)


@click.group(cls=_Gazetteer)
def gazetteer() -> None:
    """Validate, describe, compile and import gazetteers."""


@gazetteer.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def validate(paths: tuple[str, ...]) -> None:
    """Check gazetteer files: exit 0 when they load, else 2 with file:line of the problem."""
    try:
        n = sum(1 for _ in load_entities(paths))
    except GazetteerError as exc:
        raise _Failure(str(exc)) from None
    click.echo(f"ok: {n} entities in {len(gazetteer_files(paths))} files")


@gazetteer.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True)
def stats(paths: tuple[str, ...], as_json: bool) -> None:
    """Counts of entities by type, and of names by language and script."""
    try:
        entities = list(load_entities(paths))
    except GazetteerError as exc:
        raise _Failure(str(exc)) from None
    by_type = Counter(e.type for e in entities)
    by_lang: Counter[str] = Counter()
    by_script: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for e in entities:
        for n in e.all_names():
            by_lang[n.lang or "-"] += 1
            by_script[detect(n.text)] += 1
            kinds[n.kind] += 1
    report: dict[str, Any] = {"entities": len(entities), "names": sum(kinds.values()), "by_type": dict(by_type.most_common()),
              "name_kinds": dict(kinds.most_common()), "by_script": dict(by_script.most_common()),
              "by_language": dict(by_lang.most_common())}
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    click.echo(f"entities: {report['entities']:,}   names: {report['names']:,}")
    for title, key in (("by type", "by_type"), ("names by kind", "name_kinds"),
                       ("names by script", "by_script"), ("names by language", "by_language")):
        click.echo(f"{title}: " + ", ".join(f"{k} {v:,}" for k, v in report[key].items()))


@gazetteer.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(), required=True, help="Index file to write.")
def build(paths: tuple[str, ...], output: str) -> None:
    """Compile gazetteer files into an index file (loaded fast by lookup, resolve, serve)."""
    t0 = time.perf_counter()
    try:
        counts = build_index(load_entities(paths), Path(output))
    except GazetteerError as exc:
        raise _Failure(str(exc)) from None
    except OSError as exc:
        raise _Failure(f"{output}: {exc.strerror}") from None
    click.echo(f"{output}: {counts['entities']:,} entities, {counts['names']:,} names, "
               f"{counts['tokens']:,} distinct tokens, {counts['keys']:,} keys, "
               f"{Path(output).stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")

