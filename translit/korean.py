"""Korean full names, written as one word with the family name first (김정은 Kim Jong-un,
문재인 Moon Jae-in): where a name lists them as words of their own, the query word is split."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from translit.transliterate import rule_text_file

GIVEN_NAME_SYLLABLES = (1, 2)
# English text spells a Korean name syllable by syllable (석열 Suk-yeol, not Seogyeol), its
# ㅓ eo as u or o and its ㅡ eu as u (정은 Jong-un, 성 Sung, 명 Myung)
_VOWEL_SPELLINGS = ((("eo", "u"), ("eu", "u")), (("eo", "o"), ("eu", "u")))
# ICU writes a syllable's final stop as its letter (석 seog); said and spelled, it is
# voiceless (Suk, Seok)
_FINAL_STOP, _VOICELESS = re.compile(r"(?<!n)g$|d$|b$"), {"g": "k", "d": "t", "b": "p"}


@functools.lru_cache(maxsize=1)
def family_names() -> dict[str, tuple[str, ...]]:
    """Hangul family name -> the spellings English text gives it (rules/korean-surnames.tsv)."""
    out = {}
    for line in rule_text_file("korean-surnames.tsv").splitlines():
        if line and not line.startswith("#"):
            name, spellings = line.split("\t")
            out[name] = tuple(spellings.split())
    return out


def split_full_name(word: str) -> tuple[str, str] | None:
    """A Hangul word as family name and given name (of one or two syllables), or None.

    >>> split_full_name("김정은")
    ('김', '정은')
    """
    for size in (2, 1):  # a family name of two syllables first (남궁, 선우)
        family = word[:size]
        if family in family_names() and len(word) - size in GIVEN_NAME_SYLLABLES:
            return family, word[size:]
    return None


def given_name_readings(word: str, romanize: Callable[[str], str]) -> list[str]:
    """Spellings of a Hangul given name as English text writes them: syllable by syllable,
    each with the vowels of the older romanization too.

    >>> given_name_readings("석열", lambda s: {"석": "seog", "열": "yeol"}[s])[:4]
    ['seokyeol', 'seokyul', 'seokyol', 'sukyeol']
    """
    spellings = [[_FINAL_STOP.sub(lambda m: _VOICELESS[m[0]], romanize(ch))] for ch in word]
    for options in spellings:
        for vowels in _VOWEL_SPELLINGS:
            spelled = options[0]
            for old, new in vowels:
                spelled = spelled.replace(old, new)
            if spelled not in options:
                options.append(spelled)
    return ["".join(combination) for combination in itertools.product(*spellings)]
