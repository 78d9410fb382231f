"""A name written with a second one in brackets or after a slash: Stepanakert (Khankendi),
Shusha/Shushi, Central African Republic (CAR).

Lists and news write an entity's two names so, or a name and its acronym. The whole is no
name of the gazetteer, but each side may be. The sides count only where they agree: both
name one entity, or one is the acronym of the other. A side that names something else or
nothing (Russia (USSR), Sint Maarten (Dutch part)) leaves the whole query as it was.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"^\s*(?P<a>[^()（）/]+?)\s*[(（]\s*(?P<b>[^()（）/]+?)\s*[)）]\s*$")
_SLASHED = re.compile(r"^\s*(?P<a>[^()（）/]+?)\s*/\s*(?P<b>[^()（）/]+?)\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_ACRONYM = re.compile(r"[^\W\d_](?:\.?[^\W\d_]){1,7}\.?")


def split_alternatives(text: str) -> tuple[str, str] | None:
    """The two sides of ``A (B)`` or ``A/B``, each with a letter; None for any other text."""
    m = _BRACKETED.match(text) or _SLASHED.match(text)
    if m is None or not (_WORD.search(m["a"]) and _WORD.search(m["b"])):
        return None
    return m["a"], m["b"]


def is_acronym_of(acronym: str, name: str) -> bool:
    """Is ``acronym`` (2 to 8 letters, dotted or not) the initials of ``name``'s words, or of
    its words that start with a capital (DPRK: Democratic People's Republic of Korea)?"""
    if not _ACRONYM.fullmatch(acronym):
        return False
    letters = acronym.replace(".", "").casefold()
    words = _WORD.findall(name)
    initials = "".join(w[0] for w in words).casefold()
    capitalized = "".join(w[0] for w in words if w[0].isupper()).casefold()
    return len(words) >= 2 and letters in (initials, capitalized)
