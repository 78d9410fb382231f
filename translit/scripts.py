"""Script detection: which writing system a token is in (ISO 15924 codes, lower case)."""

from __future__ import annotations

import functools
from collections import Counter

import icu

# Scripts with a rule set of their own; anything else goes through ICU Any-Latin.
KNOWN = ("latn", "cyrl", "arab", "armn", "geor", "grek", "hebr")
# Scripts of characters for words or syllables: another character is another name
LOGOGRAPHIC = frozenset({"hani", "kana", "hira"})
COMMON = "zyyy"  # digits, punctuation, spaces
INHERITED = "zinh"  # combining marks take the script of their base letter


@functools.lru_cache(maxsize=4096)
def char_script(ch: str) -> str:
    """ISO 15924 code of one character, lower case: ``'ل' -> 'arab'``."""
    return icu.Script.getScript(ch).getShortName().lower()


def scripts_of(text: str) -> Counter[str]:
    """How many letters of each script ``text`` holds (common and inherited ignored)."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            s = char_script(ch)
            if s not in (COMMON, INHERITED):
                counts[s] += 1
    return counts


def detect(text: str) -> str:
    """The main script of ``text`` (most letters), or ``zyyy`` when it has no letters.

    >>> detect("Арутюнян"), detect("Qarabağ"), detect("123")
    ('cyrl', 'latn', 'zyyy')
    """
    counts = scripts_of(text)
    if not counts:
        return COMMON
    return max(sorted(counts), key=lambda s: counts[s])


def split_by_script(token: str) -> list[tuple[str, str]]:
    """Split a mixed-script token into runs: ``'Moskvaмосква' -> [('Moskva','latn'),
    ('москва','cyrl')]``. Common characters stay with the run before them."""
    runs: list[tuple[str, str]] = []
    for ch in token:
        s = char_script(ch) if ch.isalpha() else COMMON
        if s in (COMMON, INHERITED) and runs:
            runs[-1] = (runs[-1][0] + ch, runs[-1][1])
        elif runs and runs[-1][1] in (s, COMMON):
            runs[-1] = (runs[-1][0] + ch, s)
        else:
            runs.append((ch, s))
    return runs
