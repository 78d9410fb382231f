"""The command line: thin wrappers over the library, one command per library function.

Exit codes (all commands):
  0  done
  1  done, but some input rows were bad (reported on stderr, output written for every row)
  2  nothing done: bad usage, an unreadable input, or a gazetteer that does not load
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable

import click

from translit.batch import FORMATS, InputError, detect_format, read_rows
from translit.entity_types import UnknownType, parse_types
from translit.gazetteer import GazetteerError
from translit.resolver import MATCH_THRESHOLD, Resolver, Result, load
from translit.tagger import Tagger
from translit.validate import name_problem

EXIT_BAD_ROWS = 1
EXIT_USAGE = 2


class Failure(click.ClickException):
    """An error that stops the command: message on stderr, exit 2, no traceback."""

    exit_code = EXIT_USAGE


def _resolver(gazetteer: tuple[str, ...], with_default: bool, threshold: float | None = None) -> Resolver:
    try:
        return load(list(gazetteer) or None, with_default=with_default,
                    threshold=MATCH_THRESHOLD if threshold is None else threshold)
    except GazetteerError as exc:
        raise Failure(f"gazetteer: {exc}") from None


def gazetteer_options(f: Any) -> Any:
    f = click.option("--with-default", is_flag=True,
                     help="Load the shipped default gazetteer as well as the --gazetteer files.")(f)
    return click.option("--gazetteer", "-g", multiple=True, type=click.Path(),
                        help="Gazetteer file or folder (YAML or JSONL; repeatable). Replaces the default.")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="translit")
def main() -> None:
    """Resolve names of people, places and organisations, in any script, to canonical IDs.

    Exit codes: 0 done; 1 some input rows were bad (reported, the rest processed);
    2 bad usage, unreadable input or a gazetteer that does not load.
    """


def _parse_types(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> frozenset[str] | None:
    try:
        return parse_types(value)
    except UnknownType as exc:
        raise click.BadParameter(str(exc)) from None


type_option = click.option(
    "--type", "-t", "types", multiple=True, callback=_parse_types,
    help="Only entities of this type: person, place, org, or a tagger's label (PER, GPE, ORG...); repeatable.")


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name.")
@click.option("--explain", is_flag=True, help="Show how each result was reached.")
@click.option("--threshold", type=click.FloatRange(0, 1), help=f"Match threshold (default {MATCH_THRESHOLD}).")
@type_option
@gazetteer_options
def lookup(names: tuple[str, ...], as_json: bool, explain: bool, threshold: float | None,
           types: frozenset[str] | None, gazetteer: tuple[str, ...], with_default: bool) -> None:
    """Resolve NAMES and print a table (or JSON)."""
    resolver = _resolver(gazetteer, with_default, threshold)
    for name in names:
        result = resolver.resolve(name, explain=explain, types=types)
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(_table(result))
            problem = name_problem(name)
            if problem:
                click.echo(f"  note: {problem}", err=True)


def _table(result: Result) -> str:
    lines = [f"{result.input}  ->  {result.decision.upper()}"
             + (f"  {result.id}  {result.name}  ({result.score:.2f})" if result.id else f"  ({result.score:.2f})")]
    for c in result.candidates:
        lines.append(f"    {c.score:5.2f}  {c.id:<40} {c.name}  [{c.matched}]")
    if result.explanation:
        ex = result.explanation
        for t in ex["tokens"]:
            lines.append(f"  token {t['text']!r} script={t['script']} roman={t['romanization']} "
                         f"keys={','.join(t['keys'])}" + (f" variants={','.join(t['variants'])}" if t["variants"] else "")
                         + (f" known spelling of {','.join(t['known_spellings'])}" if t.get("known_spellings") else ""))
        for c in ex["candidates"]:
            parts = "; ".join(f"{p['query']}~{p['name']} {p['similarity']:.2f}" for p in c["parts"])
            lines.append(f"  {c['id']}: {c['score']:.2f} via {c['matched_name']!r} ({c['name_kind']}): {parts}")
        rules = " or ".join(f"score >= {score:.2f} with lead >= {lead:.2f}" for score, lead in ex["match_rules"])
        if "known_match_rule" in ex:
            score, lead = ex["known_match_rule"]
            rules += (f", or, as its words are known spellings of the top name's, score >= {score:.2f} with lead"
                      f" >= {lead:.2f} over rivals they are not")
        lines.append(f"  a match needs {rules}")
        if ex.get("office_unheld"):
            lines.append("  nil: the query names an office, which only a person holds, and the top name does not")
        if "wade_giles" in ex:
            lines.append(f"  read as Wade-Giles, in pinyin {ex['wade_giles']!r}; the explanation is that of {ex['wade_giles']!r}")
        if "demonym_of" in ex:
            lines.append(f"  read as an adjective of nationality, of {ex['demonym_of']!r}; the explanation is that of {ex['demonym_of']!r}")
        if "alternatives" in ex:
            a, b = ex["alternatives"]["sides"]
            lines.append(f"  read as {a!r} and {b!r}, which agree as {ex['alternatives']['agree_as']}; "
                         f"the explanation is that of the side shown")
    return "\n".join(lines)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(allow_dash=True), default="-", help="Output JSONL (default stdout).")
@click.option("--column", help="Field with the names (csv/tsv: default 'name' or the first column; jsonl: 'name').")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Input format (default: from the file suffix).")
@click.option("--threshold", type=click.FloatRange(0, 1), help=f"Match threshold (default {MATCH_THRESHOLD}).")
@click.option("--explain", is_flag=True, help="Add an explanation to each output line.")
@click.option("--jobs", "-j", type=click.IntRange(0), default=None,
              help="Worker processes (0: one per core). Default: one per core for a batch big enough "
                   "to preload the index, else 1.")
@type_option
@click.option("--type-column", help="Field with each row's entity type (csv/tsv/jsonl), e.g. a tagger's "
                                    "label column; a blank cell falls back to --type.")
@gazetteer_options
def resolve(input_path: str, output: str, column: str | None, fmt: str | None, threshold: float | None,
            explain: bool, jobs: int | None, types: frozenset[str] | None, type_column: str | None,
            gazetteer: tuple[str, ...], with_default: bool) -> None:
    """Resolve every name in INPUT (.txt, .csv, .tsv, .jsonl, or - for stdin) to JSONL.

    One output line per input row, in order: {"input", "id", "name", "type", "score",
    "decision", "candidates"}; "id" is null unless the decision is "match". Bad rows are
    reported on stderr with their line number and get a nil line with an "error" field;
    a row whose type is unknown is reported and resolved without its type.
    """
    try:
        fmt = detect_format(input_path, fmt)
    except InputError as exc:
        raise Failure(str(exc)) from None
    if output != "-" and input_path != "-" and _same_file(input_path, output):
        raise Failure(f"{output}: the output would overwrite the input")
    resolver = _resolver(gazetteer, with_default, threshold)
    try:
        stream = sys.stdin.buffer if input_path == "-" else open(input_path, "rb")
    except OSError as exc:
        raise Failure(f"{input_path}: {exc.strerror}") from None
    source = "<stdin>" if input_path == "-" else input_path
    with stream:
        try:
            rows = list(read_rows(stream, fmt, column, source, type_column))
        except InputError as exc:
            raise Failure(str(exc)) from None
    big = resolver.worth_preloading(len(rows))
    if big:
        resolver.preload()  # the whole index in memory, every name analyzed once
    if jobs is None:
        jobs = 0 if big else 1
    bad = 0
    try:
        out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    except OSError as exc:
        raise Failure(f"{output}: {exc.strerror}") from None
    row_types = [_row_types(row, types) for row in rows]
    named = [(row.name, t) for row, (t, _) in zip(rows, row_types) if row.name is not None]
    results = resolver.resolve_many([n for n, _ in named], explain, jobs, types_per_name=[t for _, t in named])
    with out if output != "-" else _nullcontext(out):
        for row, (_, type_problem) in _progress(list(zip(rows, row_types))):
            problem = row.error or type_problem or name_problem(row.name or "")
            if row.name is None:
                record = Result(row.raw, "nil", None, None, None, 0.0).to_dict()
            else:
                record = next(results).to_dict()
            if problem:
                bad += 1
                record["error"] = problem
                click.echo(f"{source}:{row.line}: {problem}", err=True)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if bad:
        click.echo(f"{bad} of {len(rows)} rows had problems; every row has an output line", err=True)
        sys.exit(EXIT_BAD_ROWS)


def _row_types(row: Any, default: frozenset[str] | None) -> tuple[frozenset[str] | None, str | None]:
    """The types a row asks for (its type column, else --type), and what is wrong with its label."""
    if row.type_label is None:
        return default, None
    try:
        return parse_types(row.type_label), None
    except UnknownType as exc:
        return default, f"{exc}; resolved without it"


class _nullcontext:
    def __init__(self, value: Any) -> None:
        self.value = value

    def __enter__(self) -> Any:
        return self.value

    def __exit__(self, *exc: Any) -> None:
        self.value.flush()


def _progress(rows: list[Any]) -> Iterable[Any]:
    if not sys.stderr.isatty() or len(rows) < 200:
        return rows
    return click.progressbar(rows, label="resolving", file=sys.stderr)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


@main.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Romanization and keys as JSON.")
def transliterate(text: tuple[str, ...], as_json: bool) -> None:
    """Print the romanization of TEXT and the matching keys of each word."""
    from translit.analyze import analyze
    from translit.index import token_key
    from translit.transliterate import transliterate as romanize

    for t in text:
        tokens = analyze(t, query=True)
        info: dict[str, Any] = {"input": t, "romanization": romanize(t),
                "tokens": [{"text": k.text, "script": k.script, "romanization": k.roman,
                            "fine": k.forms[0].fine, "classes": k.forms[0].classes,
                            "keys": sorted({token_key(f) for f in k.forms})} for k in tokens]}
        if as_json:
            click.echo(json.dumps(info, ensure_ascii=False))
        else:
            click.echo(info["romanization"])
            for k in info["tokens"]:
                if not k["romanization"]:  # analyze.token: a script that no rule reads
                    click.echo(f"  {k['text']}: {k['script']} (no rules read this script: "
                               "it meets a name only written as it is)")
                    continue
                click.echo(f"  {k['text']}: {k['script']} {k['romanization']} fine={k['fine']} "
                           f"classes={k['classes']} keys={','.join(k['keys'])}")


from translit.cli_gazetteer import gazetteer  # noqa: E402  (registers the command group)

main.add_command(gazetteer)

from translit.cli_serve import serve  # noqa: E402  (registers the command; needs the serve extra to run)

main.add_command(serve)


@main.command()
@click.argument("input_path", metavar="[FILE]", default="-", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "text", "html"]), default="jsonl",
              help="jsonl: one mention a line; text: the text with [[surface|id]] marks; html: a page.")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default="-", help="Output file (default stdout).")
@click.option("--threshold", type=click.FloatRange(0, 1), help=f"Match threshold (default {MATCH_THRESHOLD}).")
@gazetteer_options
def tag(input_path: str, fmt: str, output: str, threshold: float | None, gazetteer: tuple[str, ...],
        with_default: bool) -> None:
    """Find and resolve the names in running text (FILE or stdin), any script.

    JSONL lines: {"start", "end", "surface", "id", "name", "type", "score", "decision"};
    start and end are character offsets into the text. The text is read in pieces, so a
    file of any size is tagged in bounded memory.
    """
    from translit.render import HtmlPage, render_text
    from translit.textio import TextInputError, read_pieces

    if output != "-" and input_path != "-" and _same_file(input_path, output):
        raise Failure(f"{output}: the output would overwrite the input")
    resolver = _resolver(gazetteer, with_default, threshold)
    tagger = Tagger(resolver)
    source = "<stdin>" if input_path == "-" else input_path
    try:
        stream = sys.stdin.buffer if input_path == "-" else open(input_path, "rb")
    except OSError as exc:
        raise Failure(f"{input_path}: {exc.strerror}") from None
    try:
        out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    except OSError as exc:
        raise Failure(f"{output}: {exc.strerror}") from None
    page = HtmlPage(title=os.path.basename(source)) if fmt == "html" else None
    offset = 0
    with stream, (out if output != "-" else _nullcontext(out)):
        if page:
            out.write(page.head())
        try:
            for piece in read_pieces(stream, source):
                mentions = tagger.tag_piece(piece)
                if fmt == "jsonl":
                    for m in mentions:
                        d = m.to_dict()
                        d["start"] += offset
                        d["end"] += offset
                        out.write(json.dumps(d, ensure_ascii=False) + "\n")
                elif fmt == "text":
                    out.write(render_text(piece, mentions))
                elif page is not None:  # html
                    out.write(page.feed(piece, mentions))
                offset += len(piece)
        except TextInputError as exc:
            raise Failure(str(exc)) from None
        if page:
            out.write(page.close())
