"""Romanization: one ICU pipeline per script, built once per thread from the rule files.

ICU transliterators keep internal state while they run, so one instance must not be
used by two threads at once: each thread gets its own set (``threading.local``).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from importlib import resources

import icu

from translit.normalize import fold
from translit.scripts import split_by_script

_TURKIC_LETTERS = re.compile("[əğışƏĞİŞ]")
_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
_NOT_ROMAN = re.compile(r"[^a-z0-9' -]+")

# Rule files applied, in order, for each pipeline name; every pipeline ends in Any-Latin
# and Latin-ASCII so that a letter the rules do not know still comes out as ASCII.
PIPELINES: dict[str, tuple[str, ...]] = {
    "latn": ("latn",),
    "latn-turkic": ("latn-turkic", "latn"),
    "cyrl": ("cyrl",),
    "cyrl-uk": ("cyrl-uk", "cyrl"),
    "cyrl-zh": ("cyrl-zh", "cyrl"),  # Chinese names (Palladius): a second reading only
    "cyrl-ko": ("cyrl-ko", "cyrl"),  # Korean names (Kontsevich): a second reading only
    "arab": ("arab",),
    "hebr": ("hebr",),
    "armn": ("armn",),
    "geor": ("geor",),
    "grek": ("grek",),
    "tfng": ("tfng",),  # Tifinagh: ICU has no transform of its own
    "sinh": ("sinh",),  # Sinhala: nor has it one
    "tibt": ("tibt",),  # Tibetan: nor has it one
    # no rules of their own: apart only for their second readings (keys._ALTERNATIONS)
    "hang": (),
    "hani": (),
    "hani-names": ("hani-names",),  # characters as transcriptions of foreign names: a second reading
    "kana": ("kana",),  # small vowels after a kana (ヴェ ve: keys._ALTERNATIONS for the rest)
    "other": (),
}


def rule_text_file(filename: str) -> str:
    """The text of one data file in translit/rules/."""
    return (resources.files("translit") / "rules" / filename).read_text(encoding="utf-8")


def rule_words(filename: str) -> frozenset[str]:
    """The words of a word list in translit/rules/: lines of a tag, a tab and words, each
    line one language (or concept); lines starting with # are comments."""
    words: set[str] = set()
    for line in rule_text_file(filename).splitlines():
        if line and not line.startswith("#"):
            words.update(form for w in line.split("\t", 1)[1].split() for form in _arabic_letter_forms(fold(w)))
    return frozenset(words)


# Arabic script writes kaf and yeh in their Arabic or their Persian and Urdu forms as the
# writer's keyboard has them (شهرك, شهرک): a listed word is found in either
_TO_PERSIAN_FORMS, _TO_ARABIC_FORMS = str.maketrans("كي", "کی"), str.maketrans("کی", "كي")


def _arabic_letter_forms(word: str) -> set[str]:
    return {word, word.translate(_TO_PERSIAN_FORMS), word.translate(_TO_ARABIC_FORMS)}


@functools.lru_cache(maxsize=None)
def rule_text(name: str) -> str:
    """The ICU rules of one rule set in translit/rules/."""
    return rule_text_file(f"{name}.txt")


def _build(pipeline: str) -> icu.Transliterator:
    parts = [rule_text(name) for name in PIPELINES[pipeline]]
    # "::Null ;" separates the files into passes, so that one file's rule never hides another's.
    rules = "\n::Null ;\n".join(parts) + "\n::Any-Latin ;\n::Latin-ASCII ;\n::Lower ;\n"
    return icu.Transliterator.createFromRules(f"translit-{pipeline}", rules, icu.UTransDirection.FORWARD)


_local = threading.local()
MARKED = "marked"


def transliterator(pipeline: str) -> icu.Transliterator:
    """This thread's ICU transliterator for ``pipeline`` (built on first use); ``MARKED``
    is ICU's own Any-Latin, marks kept (:func:`romanize_marked`)."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
    t = cache.get(pipeline)
    if t is None:
        t = cache[pipeline] = (icu.Transliterator.createInstance("Any-Latin; Lower") if pipeline == MARKED
                               else _build(pipeline))
    return t


def pipeline_for(token: str, script: str, turkic: bool = False) -> str:
    """Which pipeline romanizes ``token`` written in ``script``.

    ``turkic`` says the name as a whole carries Azerbaijani or Turkish letters, so that
    ``Recep`` in ``Recep Erdoğan`` is read with Turkish ``c`` = j.
    """
    if script == "latn":
        return "latn-turkic" if turkic or _TURKIC_LETTERS.search(token) else "latn"
    if script == "cyrl":
        return "cyrl-uk" if _UKRAINIAN_LETTERS.search(token) else "cyrl"
    return script if script in PIPELINES else "other"


def is_turkic(text: str) -> bool:
    """Does the text carry a letter that only the Azerbaijani or Turkish alphabet has?"""
    return bool(_TURKIC_LETTERS.search(text))


@functools.lru_cache(maxsize=65536)
def _romanize_run(run: str, pipeline: str) -> str:
    # Any-Latin writes Han and Kana names syllable by syllable: one token stays one word.
    out = transliterator(pipeline).transliterate(run).replace(" ", "")
    return _NOT_ROMAN.sub("", out)


@functools.lru_cache(maxsize=65536)
def romanize_marked(token: str) -> str:
    """ICU's Any-Latin of a token with its marks (ISO 15919 for Indic scripts: ā, ṭ, ś),
    lower case, one word, composed (NFC): for readings that need to tell the letters apart."""
    return unicodedata.normalize("NFC", transliterator(MARKED).transliterate(token).replace(" ", ""))


# Hyphens and apostrophes go, but for an apostrophe that keeps an h apart from the letter
# before it (Is'haq, and the Arabic and Hebrew rules' z'h for زه): s'h is no sh.
_JOINERS = re.compile(r"-|(?<![szkgtdpc])'|'(?!h)")


def _one_word(roman: str) -> str:
    return _JOINERS.sub("", roman)


def romanize_word(token: str, turkic: bool = False) -> str:
    """:func:`romanize_token` as one word for keys: apostrophes and hyphens left out."""
    return _one_word(romanize_token(token, turkic))


def romanize_as(token: str, pipeline: str) -> str:
    """:func:`romanize_word` by a pipeline chosen by the caller (a second reading)."""
    return _one_word(_romanize_run(token, pipeline))


def romanize_token(token: str, turkic: bool = False) -> str:
    """Lower-case ASCII romanization of one folded token (mixed scripts run by run).

    >>> romanize_token("арутюнян")
    'arutyunyan'
    """
    parts = []
    for run, script in split_by_script(token):
        parts.append(_romanize_run(run, pipeline_for(run, script, turkic)))
    return "".join(parts)


def transliterate(text: str) -> str:
    """Romanize any text word by word, keeping word boundaries; capitalized like a name.

    >>> transliterate("Հարությունյան")
    'Harutyunyan'
    """
    folded = fold(text)
    turkic = is_turkic(folded)
    words = []
    for word in folded.split(" "):
        roman = romanize_token(word, turkic)
        if roman:
            words.append("-".join(p[:1].upper() + p[1:] for p in roman.split("-")))
    return " ".join(words)
