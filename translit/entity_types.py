"""Entity types a caller asks for: the gazetteer's own (person, place, org), or the labels
that named-entity taggers put on their spans (spaCy's PERSON, GPE; CoNLL's PER, LOC;
B-/I- prefixed), so that a tagger's output column can narrow a batch as it stands.

A label that names no type of a gazetteer (MISC, DATE) is an error, not a silent "any":
the caller asked for something this resolver cannot honour.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Union

from translit.gazetteer import TYPES

_LABELS = {
    **{t: t for t in TYPES},
    "per": "person", "pers": "person", "people": "person", "human": "person",
    "loc": "place", "location": "place", "gpe": "place", "fac": "place", "facility": "place",
    "city": "place", "country": "place",
    "organization": "org", "organisation": "org", "company": "org",
}
_TAG_PREFIX = re.compile(r"^[BIESL]-", re.IGNORECASE)  # B-PER, I-LOC: IOB/BILOU tags
_SEPARATORS = re.compile(r"[|,;/\s]+")  # "person|org" asks for either
TypeFilter = Union[str, Iterable[str], None]  # what callers may pass: "person", ["PER", "ORG"], "person|org"
ACCEPTED = f"{', '.join(TYPES)} (or a tagger's label: PER, PERSON, LOC, GPE, FAC, ORG...)"


class UnknownType(ValueError):
    """A type or label that names no entity type."""


def entity_type(label: str) -> str:
    """The entity type a type name or tagger label means (case and B-/I- prefix ignored)."""
    key = _TAG_PREFIX.sub("", label.strip()).casefold()
    try:
        return _LABELS[key]
    except KeyError:
        raise UnknownType(f"unknown entity type {label!r}; use {ACCEPTED}") from None


def parse_types(value: TypeFilter) -> frozenset[str] | None:
    """The types asked for, or None for any type (nothing given, or only blanks). A string
    may hold several, separated by ``|``, ``,``, ``;``, ``/`` or spaces."""
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    labels = [label for v in values for label in _SEPARATORS.split(v) if label]
    return frozenset(entity_type(label) for label in labels) or None
