"""A name written with its country after it: Paris, France; Tripoli (Libya); BAKU,
Azerbaijan; طرابلس، لبنان; Lavrov (Russia); or before it, as an address may: Россия, Москва;
a person's name with the office after it: Sergey Lavrov, Russian Foreign Minister; and
one with the years of a life, as catalogues write it: Putin, Vladimir, 1952-; Vladimir
Putin (b. 1952).

Datelines, addresses and lists qualify a place or a person so. The whole is no name of the
gazetteer, but the name is, and the country tells which of the entities of that name it is
(Tripoli in Libya, not in Lebanon). The country is read from CLDR's names of countries in every
language (:func:`translit.countrynames.country_code`), whatever the gazetteer holds.
"""

from __future__ import annotations

import re

from translit.analyze import split_words, title_words
from translit.countrynames import country_code
from translit.normalize import clean, fold

# a name, then what qualifies it after its last comma (Latin, Arabic, Chinese) or in brackets
_QUALIFIED = re.compile(r"^\s*(?P<name>[^()（）]+?)\s*"
                        r"(?:[,،，]\s*(?P<after>[^,،，()（）]+?)|[(（]\s*(?P<bracketed>[^()（）]+?)\s*[)）])\s*$")


def split_country(text: str) -> tuple[str, str] | None:
    """The name and the ISO 3166 code of the country of ``name, country``, ``name
    (country)`` or ``country, name``; None for any other text, or where neither side names
    one country."""
    m = _QUALIFIED.match(text)
    if m is None:
        return None
    code = country_code(m["after"] or m["bracketed"])
    if code:
        return m["name"], code
    code = country_code(m["name"]) if m["after"] else None
    return (m["after"], code) if code else None


_NAME_AFTER = ["x", "x"]  # title_words finds the titles before a name: this stands for it


def split_role(text: str) -> str | None:
    """The name of ``name, office``: a person's name with the office after a comma, an
    office that ends with the country's name or not (Vladimir Putin, President of Russia;
    Сергей Лавров, министр иностранных дел России; Hakan Fidan, Turkish Foreign Minister);
    None for any other text."""
    m = _QUALIFIED.match(text)
    if m is None or not m["after"]:
        return None
    words = [w for w in map(fold, split_words(clean(m["after"]))) if w]
    titles = title_words(words + _NAME_AFTER)
    end = next((i for i in range(len(words)) if i not in titles), len(words))
    if end == 0 or not titles.issuperset(range(end)):
        return None
    rest = " ".join(words[end:])
    return m["name"] if not rest or country_code(rest) else None


# years of a life: 1952-, 1903-1987, b. 1952, born 1952, d. 1987, c. 1450
_YEARS = re.compile(r"(?:(?:b|born|d|died|c|ca|fl)\.?\s*)?\d{3,4}\s*(?:[-–—]\s*(?:\d{3,4})?)?", re.IGNORECASE)


def split_life_years(text: str) -> str | None:
    """The name of ``name, years`` or ``name (years)``: a person's years of life, as
    catalogues and lists write them (Putin, Vladimir, 1952-; Vladimir Putin (b. 1952)); None
    for any other text."""
    m = _QUALIFIED.match(text)
    if m is None or not _YEARS.fullmatch(m["after"] or m["bracketed"]):
        return None
    return m["name"].rstrip(" ,،，")
