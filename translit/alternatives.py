"""A name written with a second one in brackets or after a slash: Stepanakert (Khankendi),
Shusha/Shushi, Central African Republic (CAR); or after "also known as": Sergey Lavrov
a.k.a. Sergei Lavrov.

Lists and news write an entity's two names so, or a name and its acronym. The whole is no
name of the gazetteer, but each side may be. The sides count only where they agree: both
name one entity, or one is the acronym of the other. A side that names something else or
nothing (Russia (USSR), Sint Maarten (Dutch part)) leaves the whole query as it was; but
after "also known as" the second is another name by its very words, which the gazetteer may
lack: one side's match stands where the other names nothing.
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


# a name, then another name of the same entity as lists write it (a.k.a., alias; Russian
# "он же", "she/he is also", and "известный как", "known as")
_ALSO_KNOWN_AS = re.compile(r"^\s*(?P<a>.+?)\s*[,;]?\s+(?:a\.?\s?k\.?\s?a\.?|alias|also known as|f\.?\s?k\.?\s?a\.?"
                            r"|он же|она же|известн(?:ый|ая) как)\s+(?P<b>.+?)\s*$", re.IGNORECASE)


def split_also_known_as(text: str) -> tuple[str, str] | None:
    """The two names of ``A a.k.a. B`` (aka, alias, f.k.a., он же); None for any other text."""
    m = _ALSO_KNOWN_AS.match(text)
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
