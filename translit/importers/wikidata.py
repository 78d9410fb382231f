"""Import a Wikidata JSON dump (https://www.wikidata.org/wiki/Wikidata:Database_download).

The dump is a JSON array written one entity a line: a `[` line, then each entity followed
by a comma, then a `]` line; plain, `.gz` or `.bz2`. Plain JSON lines (one entity a line,
no array) are read too. Each line is parsed on its own, so memory stays flat.

An item is kept when one of its "instance of" (P31) classes is in the class map; the first
such class gives its type. The id is `<type>:wikidata-<qid>` (in lower case, like every
slug), the canonical name the English label (or the multilingual `mul` label, else the
first kept language), the names the labels and the aliases the aliases in the kept
languages. A country item with an ISO 3166-1 code (P297) gets `country` and `iso3166`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from translit.importers.common import (
    ImportReport,
    Problem,
    Progress,
    language_rank,
    normalize_languages,
    read_lines,
)
from translit.importers.writer import EntityWriter

SOURCE = "Wikidata, www.wikidata.org"
LICENCE = "CC0-1.0"

# Direct P31 classes kept by default, with the gazetteer type they give.
DEFAULT_CLASSES: dict[str, str] = {
    "Q5": "person",  # human
    "Q6256": "place",  # country
    "Q3624078": "place",  # sovereign state
    "Q515": "place",  # city
    "Q1549591": "place",  # big city
    "Q1637706": "place",  # city with millions of inhabitants
    "Q5119": "place",  # capital city
    "Q486972": "place",  # human settlement
    "Q3957": "place",  # town
    "Q532": "place",  # village
    "Q15284": "place",  # municipality
    "Q10864048": "place",  # first-level administrative country subdivision
    "Q82794": "place",  # geographic region
    "Q43229": "org",  # organization
    "Q4830453": "org",  # business
    "Q783794": "org",  # company
    "Q891723": "org",  # public company
    "Q7278": "org",  # political party
    "Q163740": "org",  # nonprofit organization
    "Q327333": "org",  # government agency
    "Q2659904": "org",  # government organization
    "Q484652": "org",  # international organization
    "Q245065": "org",  # intergovernmental organization
    "Q192283": "org",  # news agency
    "Q1331793": "org",  # media company
}


def _item_ids(claims: Any, prop: str) -> Iterator[str]:
    """Values of an item-valued property, skipping deprecated statements."""
    for statement in claims.get(prop, ()) if isinstance(claims, dict) else ():
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        value = ((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict):
            qid = value.get("id") or (f"Q{value['numeric-id']}" if "numeric-id" in value else None)
            if isinstance(qid, str):
                yield qid
        elif isinstance(value, str):
            yield value


def _texts(block: Any) -> dict[str, list[str]]:
    """{lang: [values]} of a labels, descriptions or aliases block (dicts or lists)."""
    out: dict[str, list[str]] = {}
    if not isinstance(block, dict):  # an empty block is dumped as [] in some dumps
        return out
    for lang, entries in block.items():
        for entry in entries if isinstance(entries, list) else [entries]:
            value = entry.get("value") if isinstance(entry, dict) else None
            if isinstance(value, str) and value.strip():
                out.setdefault(lang, []).append(value.strip())
    return out


def _kept(texts: dict[str, list[str]], languages: tuple[str, ...] | None) -> list[tuple[str, str]]:
    """(lang, text) of the kept languages, in the order of `languages`, then by code."""
    ranked: list[tuple[int, str, int, str]] = []
    for lang, values in texts.items():
        rank = language_rank(lang, languages)
        if rank is not None and lang != "mul":
            ranked.extend((rank, lang, i, value) for i, value in enumerate(values))
    return [(lang, value) for _, lang, _, value in sorted(ranked)]


def to_entity(
    item: dict[str, Any], classes: Mapping[str, str], languages: tuple[str, ...] | None
) -> dict[str, Any] | None:
    """The gazetteer entity of one dump item, or None if it is not kept or has no name."""
    qid = item.get("id")
    if item.get("type", "item") != "item" or not isinstance(qid, str):
        return None
    claims = item.get("claims")
    kind = next((classes[c] for c in _item_ids(claims, "P31") if c in classes), None)
    if kind is None:
        return None
    labels = _texts(item.get("labels"))
    names = _kept(labels, languages)
    multilingual = labels.get("mul", [])
    candidates = labels.get("en") or multilingual or [value for _, value in names]
    if not candidates:
        return None
    canonical = candidates[0]
    seen = {canonical}
    entity: dict[str, Any] = {"id": f"{kind}:wikidata-{qid.lower()}", "type": kind}
    entity["name"] = canonical
    listed: dict[str, list[Any]] = {"names": [], "aliases": []}
    for key, pairs in (
        ("names", [("", m) for m in multilingual] + names),
        ("aliases", _kept(_texts(item.get("aliases")), languages)),
    ):
        for lang, text in pairs:
            if text not in seen:
                seen.add(text)
                listed[key].append({"name": text, "lang": lang} if lang else text)
    entity.update((key, value) for key, value in listed.items() if value)
    iso = next((c for c in _item_ids(claims, "P297") if len(c) == 2), None)
    if iso:
        entity["country"] = iso.upper()
    description = _texts(item.get("descriptions")).get("en")
    if description:
        entity["description"] = description[0]
    entity["attributes"] = {"wikidata": qid, **({"iso3166": iso.upper()} if iso else {})}
    return entity


def import_wikidata(
    dump: Path,
    out: TextIO,
    *,
    instance_of: Mapping[str, str] | None = None,
    languages: Collection[str] | None = None,
    progress: bool = False,
    on_problem: Callable[[Problem], None] | None = None,
) -> ImportReport:
    """Write the kept items of a Wikidata JSON dump to `out` in the gazetteer format.

    `instance_of` maps the P31 classes to keep to their type (default `DEFAULT_CLASSES`);
    `languages` limits labels and aliases (a base code keeps its variants: `zh` keeps
    `zh-hans`). Malformed lines are counted, passed to `on_problem`, and skipped.
    """
    report = ImportReport(on_problem=on_problem)
    classes = dict(instance_of) if instance_of else DEFAULT_CLASSES
    langs = normalize_languages(languages)
    source = f"{SOURCE} ({dump.name})"
    with EntityWriter(out, source, LICENCE, "translit gazetteer import wikidata") as writer:
        for number, line in read_lines(dump, report, Progress(dump.name, progress)):
            line = line.strip()
            if line in ("", "[", "]"):
                continue
            try:
                item = json.loads(line.removesuffix(","))
            except json.JSONDecodeError as err:
                report.problem(dump, number, f"malformed JSON ({err.msg}, column {err.colno})")
                continue
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                report.problem(dump, number, "not a JSON object with an 'id'")
                continue
            entity = to_entity(item, classes, langs)
            if entity is not None:
                writer.write(entity)
        report.entities_written = writer.count
    return report


__all__ = ["DEFAULT_CLASSES", "import_wikidata", "to_entity"]
