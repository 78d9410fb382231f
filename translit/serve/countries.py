"""Country values of reconciliation queries (``AM``, ``ARM``, ``Armenia``, ``Армения``) as
ISO 3166-1 alpha-2 codes, to compare with the ``country`` field of gazetteer entities.

In order: a two-letter code as is; pycountry's exact lookup (codes, English and official
names) when pycountry is installed; CLDR's names of countries in every language
(:func:`translit.countrynames.country_code`); then the loaded gazetteer itself, which may know
other names: a ``match`` on a place whose ``attributes.iso3166`` is a code. A
value none of these knows is compared as folded text, so it narrows to nothing rather than
being silently ignored.
"""

from __future__ import annotations

import functools
from typing import Any

from translit.normalize import clean
from translit.countrynames import country_code
from translit.resolver import Resolver


class CountryCodes:
    """Maps country values to alpha-2 codes; answers are cached (the resolver is fixed)."""

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver
        self.code = functools.lru_cache(maxsize=4096)(self._code)

    def _code(self, value: str) -> str:
        text = clean(value) if isinstance(value, str) else ""
        if len(text) == 2 and text.isascii() and text.isalpha():
            return text.upper()
        if not text:
            return ""
        return _pycountry(text) or country_code(text) or self._gazetteer(text) or text.casefold()

    def _gazetteer(self, text: str) -> str | None:
        result = self._resolver.resolve(text)
        if result.decision != "match" or result.id is None:
            return None
        entity = self._resolver.get(result.id)
        iso = (entity.attributes or {}).get("iso3166") if entity and entity.type == "place" else None
        return iso.upper() if isinstance(iso, str) and len(iso) == 2 else None

    def of_value(self, value: Any) -> str:
        """A property value of a query (string, or ``{"id", "name"}`` of a reconciled value)."""
        if isinstance(value, dict):
            value = value.get("id") or value.get("name") or ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return ""
        return self.code(str(value))


def _pycountry(text: str) -> str | None:
    try:
        import pycountry
    except ImportError:  # optional: the gazetteer lookup covers the common cases
        return None
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None
