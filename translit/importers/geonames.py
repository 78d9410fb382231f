"""Import a GeoNames dump (https://download.geonames.org/export/dump/, see its readme.txt).

`allCountries.txt` (or a country file such as `AM.txt`, or `cities15000.txt`) has one
feature a line in 19 tab-separated columns; `alternateNamesV2.txt` has one name a line:
alternateNameId, geonameid, isolanguage, name, isPreferredName, isShortName,
isColloquial, isHistoric, from, to (the older `alternateNames.txt` lacks the last two).

The two files are joined on geonameid in constant memory. The real dumps are not sorted
by geonameid (allCountries is grouped by country, the alternate names follow their own
ids), so both streams go through an external merge sort in temporary files first; only
kept features and kept names are sorted. Each entity is `place:geonames-<geonameid>`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
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
from translit.importers.extsort import sort_records
from translit.importers.writer import EntityWriter

SOURCE = "GeoNames geographical database, www.geonames.org"
LICENCE = "CC-BY-4.0"
# isolanguage values that are not languages: codes, postal codes, links, Wikidata ids.
PSEUDO_LANGUAGES = frozenset(
    {"post", "iata", "icao", "faac", "fr_1793", "abbr", "link", "wkdt", "unlc", "tcid"}
)
_FEATURE_COLUMNS = 19


def _gid(record: str) -> int:
    return int(record[: record.index("\t")])


def _features(
    path: Path,
    report: ImportReport,
    progress: bool,
    feature_classes: set[str] | None,
    countries: set[str] | None,
    min_population: int,
) -> Iterator[str]:
    """Kept features as records: gid, name, asciiname, class, code, country, pop, altnames."""
    for number, line in read_lines(path, report, Progress(path.name, progress)):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != _FEATURE_COLUMNS:
            report.problem(path, number, f"expected 19 tab-separated columns, found {len(cols)}")
            continue
        gid, name, ascii_name, alternates = cols[0], cols[1].strip(), cols[2].strip(), cols[3]
        fclass, fcode, country, population = cols[6], cols[7], cols[8].upper(), cols[14]
        if not gid.isdigit() or not name:
            report.problem(path, number, f"bad geonameid {gid!r} or empty name")
            continue
        if population and not population.isdigit():
            report.problem(path, number, f"population is not a number: {population!r}")
            continue
        if feature_classes is not None and fclass.upper() not in feature_classes:
            continue
        if countries is not None and country not in countries:
            continue
        if int(population or 0) < min_population:
            continue
        yield "\t".join((gid, name, ascii_name, fclass, fcode, country, population or "0", alternates))


def _names(
    path: Path, report: ImportReport, progress: bool, languages: tuple[str, ...] | None
) -> Iterator[str]:
    """Kept alternate names as records: gid, lang, name, preferred, alias (0/1 flags)."""
    for number, line in read_lines(path, report, Progress(path.name, progress)):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) not in (8, 10):
            report.problem(path, number, f"expected 10 tab-separated columns, found {len(cols)}")
            continue
        gid, lang, name = cols[1], cols[2].strip(), cols[3].strip()
        if not gid.isdigit() or not cols[0].isdigit():
            report.problem(path, number, f"bad alternateNameId or geonameid: {cols[0]!r}, {gid!r}")
            continue
        if not name or lang in PSEUDO_LANGUAGES:
            continue
        # Names without a language (often the local name) are kept whatever the filter.
        if lang and language_rank(lang, languages) is None:
            continue
        preferred = "1" if cols[4] == "1" else "0"
        alias = "1" if cols[6] == "1" or cols[7] == "1" else "0"  # colloquial or historic
        yield f"{gid}\t{lang}\t{name}\t{preferred}\t{alias}"


def _entity(feature: str, names: list[list[str]], use_column: bool) -> dict[str, Any]:
    gid, name, ascii_name, fclass, fcode, country, population, column = feature.split("\t")
    english = [n[2] for n in names if n[1] == "en" and n[3] == "1"]
    canonical = english[0] if english else name
    seen = {canonical}
    entity: dict[str, Any] = {"id": f"place:geonames-{gid}", "type": "place", "name": canonical}
    plain = [name, ascii_name] + (column.split(",") if use_column else [])
    listed: dict[str, list[Any]] = {"names": [], "aliases": []}
    for text in plain:
        text = text.strip()
        if text and text not in seen:
            seen.add(text)
            listed["names"].append(text)
    for _, lang, text, _, alias in names:
        if text not in seen:
            seen.add(text)
            item = {"name": text, "lang": lang} if lang else text
            listed["aliases" if alias == "1" else "names"].append(item)
    entity.update((key, value) for key, value in listed.items() if value)
    if country:
        entity["country"] = country
    attributes: dict[str, Any] = {"geonames": int(gid), "feature": f"{fclass}.{fcode}"}
    if int(population):
        attributes["population"] = int(population)
    entity["attributes"] = attributes
    return entity


def import_geonames(
    all_countries: Path,
    alternate_names: Path | None,
    out: TextIO,
    *,
    feature_classes: Collection[str] | None = None,
    countries: Collection[str] | None = None,
    min_population: int = 0,
    languages: Collection[str] | None = None,
    progress: bool = False,
    on_problem: Callable[[Problem], None] | None = None,
) -> ImportReport:
    """Write the kept features of a GeoNames dump to `out` in the gazetteer format.

    Filters: `feature_classes` (A, H, L, P, R, S, T, U, V), `countries` (ISO alpha-2),
    `min_population`, and `languages` for alternate names (a base code keeps its
    variants). Without `alternate_names`, the names come from the alternatenames column.
    Malformed lines are counted, passed to `on_problem(Problem)`, and skipped.
    """
    report = ImportReport(on_problem=on_problem)
    classes = {c.strip().upper() for c in feature_classes} if feature_classes else None
    codes = {c.strip().upper() for c in countries} if countries else None
    langs = normalize_languages(languages)
    features = _features(all_countries, report, progress, classes, codes, min_population)
    source = f"{SOURCE} ({all_countries.name}" + (f", {alternate_names.name})" if alternate_names else ")")
    with EntityWriter(out, source, LICENCE, "translit gazetteer import geonames") as writer:
        if alternate_names is None:
            for feature in features:
                writer.write(_entity(feature, [], use_column=True))
        else:
            names = sort_records(_names(alternate_names, report, progress, langs), _gid)
            pending = next(names, None)
            for feature in sort_records(features, _gid):
                gid = _gid(feature)
                found = []
                while pending is not None and _gid(pending) <= gid:
                    if _gid(pending) == gid:
                        found.append(pending.split("\t"))
                    pending = next(names, None)
                writer.write(_entity(feature, found, use_column=False))
        report.entities_written = writer.count
    return report


__all__ = ["ImportReport", "Problem", "import_geonames"]
