"""English adjectives of nationality read back to their country: Nepalese, Cameroonian,
Fijian, Libyan, Turkish, Pakistani.

Data lists give a nationality as often as a country (nationality: Libyan). English
derives the adjective from the country's name by a handful of endings, which
:func:`country_stems` undoes, each way it may have been made; the resolver takes a stem
only where it is the very name of a country (see ``Resolver._country_of_demonym``), so a
surname or a town that ends alike (Christian, Aswan) finds nothing.
"""

from __future__ import annotations

import re

# (ending of the adjective, ending of the country's name), tried in turn
_ENDINGS = (
    ("lese", ""),    # Togolese, Congolese
    ("ese", ""),     # Nepalese, Sudanese, Japanese
    ("ese", "on"),   # Lebanese
    ("ese", "a"),    # Chinese
    ("ian", ""),     # Cameroonian, Egyptian, Brazilian, Iranian
    ("ian", "y"),    # Italian, Hungarian
    ("ian", "e"),    # Ukrainian (Ukraine)
    ("ean", "ea"),   # Korean, Eritrean, Guinean
    ("n", ""),       # Libyan, Kenyan, Syrian, Armenian
    ("an", ""),      # Fijian, Ecuadoran
    ("an", "o"),     # Mexican, Moroccan
    ("i", ""),       # Pakistani, Israeli, Iraqi, Kuwaiti, Azerbaijani
    ("ish", "ey"),   # Turkish
    ("nish", "nland"),  # Finnish
    ("ish", "and"),  # Polish
    ("ish", "en"),   # Swedish
    ("ic", ""),      # Icelandic
    ("ch", "ce"),    # French
)
_WORD = re.compile(r"[A-Za-z]{5,}")
_STEM = 3  # letters left at least


def country_stems(word: str) -> list[str]:
    """The names a one-word English adjective of nationality may come from, most likely
    first; none for another kind of word."""
    if not _WORD.fullmatch(word):
        return []
    out: list[str] = []
    for ending, name_ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM:
            stem = word[: -len(ending)] + name_ending
            if stem not in out:
                out.append(stem)
    return out
