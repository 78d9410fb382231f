"""Country names in every language ICU knows, and ISO codes, for the countries of any gazetteer.

No spelling rule reaches Allemagne, ألمانيا or Գերմանիա from Germany: those are
translations. ICU ships them (CLDR's territory display names and their variant and short
forms: Turkey beside Türkiye, UK; Unicode licence), so a
gazetteer entity that is a country (an ``iso3166`` attribute, an id such as ``iso3166:RU``,
or a name that is one country's display name in the name's own language) is indexed under its names in ~240
languages too (``index.build``). The gazetteer itself is left as written: the names only
help find the entity, and only for a query in their own script that is nearly one of
them (``resolver.TRANSLATION_SCORE``); ``--explain`` calls such a name a ``translation``.
Its ISO 3166-1 codes (CU, CUB), as data lists write countries, are indexed too, as names
of kind ``code``, which meet only a query written in capitals: Per is a given name, PER Peru.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TypeVar

import icu

from translit.gazetteer import Entity, Name
from translit.normalize import clean, strip_marks

_NOTE = re.compile(r"\s*\(.*?\)")  # Myanmar (Burma)
_SAINT = re.compile(r"\b(?:saint|st\.?)\s")
_THE = re.compile(r"\bthe\s+")
# an id that is a country's code: iso3166:RU, ISO3166-1:ru
_ISO_ID = re.compile(r"iso[-_]?3166(?:-1)?[:/]([a-z]{2})", re.IGNORECASE)
K = TypeVar("K")


def _key(text: str) -> str:
    """Folded for comparing display names: São Tomé & Príncipe = Sao Tome and Principe,
    St. Lucia = Saint Lucia, Myanmar (Burma) = Myanmar, St. Vincent & Grenadines = Saint
    Vincent and the Grenadines."""
    text = _SAINT.sub("st ", _NOTE.sub("", clean(text).casefold()).replace("&", "and"))
    return _THE.sub("", strip_marks(text)).strip()


@functools.lru_cache(maxsize=1)
def display_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Region code -> its (name, language) pairs in every language ICU knows (see
    :func:`_names_in`)."""
    return _names_in(sorted({loc.split("_")[0] for loc in icu.Locale.getAvailableLocales()}))


def _names_in(languages: list[str] | tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Region code -> its (name, language) pairs: each language's name of it, and the
    other names CLDR gives it in that language (Turkey beside Türkiye, UK, Ivory Coast)."""
    locales = [(lang, icu.Locale(lang)) for lang in languages]
    others = [(lang, _other_names(lang)) for lang in languages]
    out = {}
    for code in icu.Locale.getISOCountries():
        region = icu.Locale("", code)
        names = [(region.getDisplayCountry(locale), lang) for lang, locale in locales]
        names += [(name, lang) for lang, by_code in others for name in by_code.get(code, ())]
        out[code] = tuple(dict.fromkeys((name, lang) for name, lang in names if name and name != code))
    return out


def _of_one_region(pairs: Iterable[tuple[K, str]]) -> dict[K, str]:
    """Key -> region code, from (key, code) pairs, for the keys of one region only: a
    name that two regions share names neither."""
    regions: dict[K, set[str]] = {}
    for key, code in pairs:
        regions.setdefault(key, set()).add(code)
    return {k: next(iter(v)) for k, v in regions.items() if len(v) == 1}


def _other_names(lang: str) -> dict[str, list[str]]:
    """Region code -> the variant and short names that CLDR gives it in one language, in
    ICU's region data (the display names' API gives only the main one)."""
    out: dict[str, list[str]] = {}
    try:
        bundle = icu.ResourceBundle("ICUDATA-region", icu.Locale(lang))
    except icu.ICUError:
        return out
    if bundle.getLocale().getLanguage() != lang:
        return out  # no data of its own: a parent's or the root's
    for key in ("Countries%variant", "Countries%short"):
        try:
            table = bundle.get(key)
        except icu.ICUError:
            continue
        for i in range(table.getSize()):
            item = table.get(i)
            out.setdefault(item.getKey(), []).append(item.getString())
    return out


@functools.lru_cache(maxsize=1)
def _regions_by_name() -> dict[tuple[str, str], str]:
    """(language, folded display name) -> region code, for names of one region only."""
    return _of_one_region(((lang, _key(name)), code) for code, names in display_names().items()
                          for name, lang in names)


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country's name in any language CLDR knows (Líbano, Ливан,
    لبنان: LB), or None: for a name with no language, as a query or a property value gives it."""
    return _regions_by_any_name().get(_key(name))


# The languages of news and of the scripts translit reads, whose names of countries a word
# of a name is taken for (see analyze: Россия, روسيا, Russia); not every language CLDR knows,
# where a common word may be a country's name (Laws is Laos in one of them)
NEWS_LANGUAGES = ("en", "ru", "uk", "be", "ar", "fa", "he", "tr", "az", "hy", "ka", "el",
                  "fr", "de", "es", "it", "pt", "pl", "nl")


def country_named(word: str) -> str | None:
    """The ISO 3166 code of the country that ``word`` names in one of ``NEWS_LANGUAGES``."""
    return _regions_by_news_name().get(_key(word))


@functools.lru_cache(maxsize=1)
def _regions_by_news_name() -> dict[str, str]:
    """Folded name in a language of news -> region code, for names of one region only.
    Read from these languages alone, not from :func:`display_names`: every query's words are
    looked up, and the names of every language take a cold CLI lookup's whole budget."""
    return _of_one_region((_key(name), code) for code, names in _names_in(NEWS_LANGUAGES).items()
                          for name, _ in names)


_SHORTEST = 3  # letters of a name read in any language at least: a shorter one is a code or a word (UK, Irã)


@functools.lru_cache(maxsize=1)
def _regions_by_any_name() -> dict[str, str]:
    """Folded display name -> region code, whatever the language, for names of one region
    only (in some language Cuba is Kuba; a name that two regions share names neither)."""
    keys = ((_key(name), code) for code, names in display_names().items() for name, _ in names)
    return _of_one_region((key, code) for key, code in keys if len(key) >= _SHORTEST)


# ICU's script codes as translit.scripts.detect names them
_SCRIPT_CODES = {"hans": "hani", "hant": "hani", "jpan": "hani", "kore": "hang"}


@functools.lru_cache(maxsize=512)
def country_script(code: str) -> str | None:
    """The script a country writes its main language in (UA: cyrl, IL: hebr, US: latn),
    from CLDR's likely subtags; None for an unknown code."""
    if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
        return None
    script = icu.Locale.addLikelySubtags(icu.Locale("und_" + code.upper())).getScript().lower()
    return _SCRIPT_CODES.get(script, script) or None


def region_of(entity: Entity) -> str | None:
    """The ISO 3166 code of a place that is a country, else None. A place that lies in a
    country (its ``country`` field) is none, though it bear one's name (Djibouti the city,
    Georgia the US state), unless its ``iso3166`` attribute or its id (``iso3166:RU``) says
    so: the names of ISO's list (Russian Federation, Congo, The Democratic Republic of the)
    are not those that ICU gives a country."""
    if entity.type != "place":
        return None
    given = entity.attributes.get("iso3166")
    by_id = _ISO_ID.fullmatch(entity.id)
    for code in (given if isinstance(given, str) else None, by_id and by_id.group(1)):
        if code and code.upper() in display_names():
            return code.upper()
    if entity.country:
        return None
    # a name is compared with the display names of its own language (English when it has
    # none): in some language a country is called Kuba, yet Quba is no name of Cuba
    by_name = _regions_by_name()
    langs = {n.text: n.lang for n in entity.names if n.lang}
    found = {by_name.get(((n.lang or langs.get(n.text) or "en").split("-")[0].casefold(), _key(n.text)))
             for n in entity.all_names()}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def codes(region: str) -> tuple[str, ...]:
    """The ISO 3166-1 alpha-2 and alpha-3 codes of a region (CU, CUB), as data lists write
    countries."""
    alpha3 = icu.Locale("", region).getISO3Country()
    return (region, alpha3) if alpha3 else (region,)


def translations(entity: Entity) -> list[Name]:
    """The country's names in other languages, and its ISO codes, that the entity does not
    already have."""
    code = region_of(entity)
    if code is None:
        return []
    seen = {n.text for n in entity.all_names()}
    out = []
    for name, lang, kind in [*((n, lang, "translation") for n, lang in display_names()[code]),
                             *((c, None, "code") for c in codes(code))]:
        if name not in seen:
            seen.add(name)
            out.append(Name(name, lang, kind))
    return out
