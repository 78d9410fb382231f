"""Entity suggest (autocomplete) across scripts.

The resolver matches whole names, so on its own it ranks a half-typed word poorly:
"Pashin" scores places named Pishin above Nikol Pashinyan. Suggest takes the resolver's
candidates and puts first those with a name that has a word whose class form starts
with the class form of the word being typed (the last one). Class forms are the
library's script-independent spelling (consonant classes, three vowel classes), so
"Пашин", "Pashin" and "باشين" (all ``BAJEN``) reach "Pashinyan" (``BAJENEAN``) but not
"Pishin" (``BEJEN``). Recall is still the resolver's: a prefix far shorter than the
word (``Yerev``) may find nothing.
"""

from __future__ import annotations

import functools

from translit.analyze import analyze
from translit.resolver import Candidate, Resolver

POOL = 200  # candidates re-ranked per request


@functools.lru_cache(maxsize=65536)
def word_keys(text: str, query: bool = False) -> tuple[frozenset[str], ...]:
    """The class forms of each word of ``text`` (all readings of ambiguous letters)."""
    return tuple(frozenset(f.classes for f in t.forms) for t in analyze(text, query=query))


def starts_like(typed: frozenset[str], name: str) -> bool:
    """Whether a word of ``name`` has a class form that starts with one of ``typed``."""
    return any(k.startswith(p) for word in word_keys(name) for k in word for p in typed if p)


def suggest(
    resolver: Resolver, prefix: str, entity_type: str | None = None, cursor: int = 0, limit: int = 10
) -> list[Candidate]:
    """Up to ``limit`` entities for what the user typed, skipping the first ``cursor``."""
    typed = word_keys(prefix, query=True)
    if not typed:
        return []
    found = resolver.candidates(prefix, limit=max(POOL, cursor + limit))
    if entity_type:
        found = [c for c in found if c.type == entity_type]
    last = typed[-1]

    def hit(c: Candidate) -> bool:
        # The matched name first (cheap); it is the closest spelling, not always one that
        # starts alike (Tbilisi is matched by its Persian name for "Tbil").
        if starts_like(last, c.matched):
            return True
        entity = resolver.get(c.id)
        return entity is not None and any(starts_like(last, n.text) for n in entity.all_names())

    found.sort(key=lambda c: (not hit(c), -c.score, c.id))
    return found[cursor : cursor + limit]
