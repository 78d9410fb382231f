"""What is wrong with a query name, in words, for batch reports (the resolver itself
accepts any text and answers ``nil`` where there is nothing to match)."""

from __future__ import annotations

from translit.normalize import clean
from translit.resolver import MAX_QUERY_CHARS
from translit.scripts import scripts_of


def name_problem(name: str) -> str | None:
    """A short message when ``name`` cannot be a name, else None.

    >>> name_problem("  "), name_problem("12-34"), name_problem("Lavrov")
    ('empty name', 'no letters in the name', None)
    """
    if len(name) > MAX_QUERY_CHARS:
        return f"name longer than {MAX_QUERY_CHARS} characters; only the start was used"
    cleaned = clean(name)
    if not cleaned:
        return "empty name"
    if not any(c.isalpha() for c in cleaned):
        return "no letters in the name"
    if len(scripts_of(cleaned)) > 2:
        return "letters of more than two scripts"
    return None
