"""Generate `gazetteer/generated/countries.yaml` from pycountry (ISO 3166-1).

Every ISO 3166-1 country or territory becomes a `place:<slug>` entity with its names in the
languages below, taken from the gettext catalogues that pycountry ships (Debian iso-codes).
A country that a curated file already holds (its `attributes.iso3166` equals the alpha-2
code) is not emitted again: its missing names go to `extends:` under the curated id.

    python scripts/generate_countries.py [--curated DIR] [--out-dir DIR]
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pycountry
from generate_common import (
    dedupe_key,
    match_key,
    name_strings,
    run_generator,
    slugify,
)

from translit.analyze import analyze

# pycountry locale directory -> language tag written in the gazetteer.
LANGUAGES: dict[str, str] = {
    "ar": "ar", "ru": "ru", "hy": "hy", "az": "az", "tr": "tr", "fa": "fa", "ka": "ka",
    "he": "he", "el": "el", "uk": "uk", "de": "de", "fr": "fr", "es": "es", "it": "it",
    "pt": "pt", "zh_CN": "zh", "zh_TW": "zh-TW", "ja": "ja", "ko": "ko", "hi": "hi",
    "ur": "ur", "ps": "ps", "kmr": "ku", "ckb": "ckb", "kk": "kk", "ky": "ky", "uz": "uz",
    "tg": "tg", "tk": "tk", "bg": "bg", "sr": "sr", "sr@latin": "sr-Latn", "mk": "mk",
    "be": "be", "pl": "pl", "cs": "cs", "sk": "sk", "nl": "nl", "sv": "sv", "da": "da",
    "nb_NO": "nb", "fi": "fi", "et": "et", "lv": "lv", "lt": "lt", "hu": "hu", "ro": "ro",
    "hr": "hr", "bs": "bs", "sl": "sl", "sq": "sq", "id": "id", "vi": "vi", "th": "th",
    "bn": "bn", "ug": "ug", "mn": "mn", "tt": "tt",
}  # fmt: skip

# ISO short names written "Name, qualifier" or with a parenthesis make poor canonical
# names and IDs; these are the usual English short names (the ISO name stays an alias).
ENGLISH_NAMES: dict[str, str] = {
    "BN": "Brunei",
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SX": "Sint Maarten",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}

SOURCE = "pycountry: ISO 3166-1 countries with the translations of Debian iso-codes"
LICENCE = "LGPL-2.1-only"


@dataclass
class Country:
    alpha2: str
    name: str  # canonical English name
    names: list[dict[str, str]] = field(default_factory=list)
    aliases: list[dict[str, str]] = field(default_factory=list)

    def strings(self) -> list[str]:
        return [self.name] + [n["name"] for n in self.names + self.aliases]


@cache
def _catalogue(locale: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])


def build_country(record: Any) -> Country:
    """The names of one pycountry record in English and every language of `LANGUAGES`."""
    short = getattr(record, "common_name", None) or record.name
    canonical = ENGLISH_NAMES.get(record.alpha_2, short)
    official = getattr(record, "official_name", None)
    # msgids of the catalogues: the short name first, then the ISO and official names.
    name_ids = [short]
    alias_ids = [m for m in (record.name, official) if m and m != short]
    country = Country(record.alpha_2, canonical)
    seen = {canonical}

    def add(target: list[dict[str, str]], text: str, lang: str) -> None:
        text = text.strip()
        if text and text not in seen:
            seen.add(text)
            target.append({"name": text, "lang": lang})

    if canonical != short:
        add(country.aliases, short, "en")
    for msgid in alias_ids:
        add(country.aliases, msgid, "en")
    for locale, lang in LANGUAGES.items():
        for msgid in name_ids:
            add(country.names, _catalogue(locale).gettext(msgid), lang)
    for locale, lang in LANGUAGES.items():
        for msgid in alias_ids:
            add(country.aliases, _catalogue(locale).gettext(msgid), lang)
    return country


def all_countries() -> list[Country]:
    countries = [build_country(r) for r in sorted(pycountry.countries, key=lambda r: r.alpha_2)]
    _drop_names_read_as_another_country(countries)
    return countries


def _reading(text: str) -> str:
    """A name as the resolver reads it, any script: its words' plain romanizations."""
    return " ".join(t.forms[0].fine for t in analyze(text))


def _drop_names_read_as_another_country(countries: list[Country]) -> None:
    """A name in another language that reads exactly as another country's English name
    would tie the two for an English query: the Mongolian catalogue calls Nigeria Нигерь,
    which reads Niger. Such a name is left out (the country keeps its other names)."""
    english: dict[str, set[str]] = {}
    for c in countries:
        for n in [c.name] + [a["name"] for a in c.aliases if a["lang"] == "en"]:
            english.setdefault(_reading(n), set()).add(c.alpha2)
    for c in countries:
        for names in (c.names, c.aliases):
            names[:] = [n for n in names if n["lang"] == "en"
                        or english.get(_reading(n["name"]), {c.alpha2}) <= {c.alpha2}]


def curated_by_iso(curated: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Curated entities that are countries, by their `attributes.iso3166` code."""
    found: dict[str, dict[str, Any]] = {}
    for entity in curated:
        code = (entity.get("attributes") or {}).get("iso3166")
        if isinstance(code, str) and code.upper() not in found:
            found[code.upper()] = entity
    return found


def _missing(items: list[dict[str, str]], known: set[str]) -> list[dict[str, str]]:
    out = []
    for item in items:
        key = dedupe_key(item["name"])
        if key not in known:
            known.add(key)
            out.append(item)
    return out


def build(curated: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Entities and extends entries for all countries, given the curated entities."""
    merged = curated_by_iso(curated)
    taken = {e["id"] for e in curated}
    entities, extends = [], []
    for country in all_countries():
        target = merged.get(country.alpha2)
        if target is not None:
            known = {dedupe_key(s) for s in name_strings(target)}
            names = _missing([{"name": country.name, "lang": "en"}] + country.names, known)
            aliases = _missing(country.aliases, known)
            entry: dict[str, Any] = {"id": target["id"]}
            if names:
                entry["names"] = names
            if aliases:
                entry["aliases"] = aliases
            if len(entry) > 1:
                extends.append(entry)
            continue
        slug = slugify(country.name)
        entity_id = f"place:{slug}"
        if entity_id in taken:
            entity_id = f"place:{slug}-{country.alpha2.lower()}"
        taken.add(entity_id)
        entity: dict[str, Any] = {"id": entity_id, "type": "place", "name": country.name}
        if country.names:
            entity["names"] = country.names
        if country.aliases:
            entity["aliases"] = country.aliases
        entity["country"] = country.alpha2
        entity["attributes"] = {"iso3166": country.alpha2}
        entities.append(entity)
    entities.sort(key=lambda e: e["id"])
    extends.sort(key=lambda e: e["id"])
    return entities, extends


def country_index(curated: list[dict[str, Any]]) -> tuple[set[str], dict[str, set[str]]]:
    """For the cities generator: the ids countries hold, and each country's `match_key`s."""
    entities, _ = build(curated)
    ids = {e["id"] for e in entities}
    keys: dict[str, set[str]] = {}
    for country in all_countries():
        keys[country.alpha2] = {match_key(s) for s in country.strings()}
    for code, entity in curated_by_iso(curated).items():
        keys.setdefault(code, set()).update(match_key(s) for s in name_strings(entity))
    return ids, keys


def main(argv: list[str] | None = None) -> None:
    entities, extends, size = run_generator(
        argv, __doc__.split("\n\n")[0], "countries.yaml", "generate_countries.py", "pycountry", SOURCE, LICENCE, build
    )
    print(f"countries.yaml: {len(entities)} entities, {len(extends)} extends, {size:,} bytes")


if __name__ == "__main__":
    main()
