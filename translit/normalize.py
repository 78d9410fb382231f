"""Text clean-up before anything else looks at a name: small pure ``str -> str`` steps.

Every step is idempotent, and so is :func:`clean` (a property test checks it).
"""

from __future__ import annotations

import re
import unicodedata

# Bidi controls, zero-width characters, BOM, soft hyphen, Arabic tatweel: invisible or
# decorative, they split or disguise a name without changing it.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u0640\u200b\u200d-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u180e]"
)
# The zero-width non-joiner too, but after heh inside a Persian or Urdu word: there it gives
# the heh its final form, read as a vowel, as before a space (قره‌باغ Qarabagh, not Qrhbagh).
_STRAY_NON_JOINER = re.compile("(?<![\u0647\u06c1])\u200c+|\u200c+(?![\u200c\u0600-\u06ff])")
# ... and before the Arabic article it begins a word of an Arabic name (شرم‌الشیخ is شرم الشیخ,
# Sharm el-Sheikh)
_NON_JOINER_BEFORE_ARTICLE = re.compile("\u200c+(?=\u0627\u0644)")
# Arabic and Hebrew vowel points, Quranic marks: optional in running text, so never
# significant for matching.
_POINTS = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_APOSTROPHES = re.compile("[\u05f3\u2018\u2019\u02bc\u02bb\u02be\u02bf\u055a\u00b4\u0060\u2032]")
_DASHES = re.compile("[\u2010-\u2015\u2212\u058a\u05be\u30fb\u00b7]")
_SPACE = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    """Remove bidi marks, zero-width characters and tatweel (a non-joiner before the Arabic
    article is a space).

    >>> strip_invisible("\u200fلافـروف")
    'لافروف'
    """
    return _STRAY_NON_JOINER.sub("", _NON_JOINER_BEFORE_ARTICLE.sub(" ", _INVISIBLE.sub("", text)))


def strip_controls(text: str) -> str:
    """Turn control and format characters into spaces (tabs, newlines, NUL, ...).

    >>> strip_controls("Lav\\x00rov")
    'Lav rov'
    """
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs", "Co") else c for c in text)


def unify_punctuation(text: str) -> str:
    """Map apostrophe and dash look-alikes to ``'`` and ``-``.

    >>> unify_punctuation("Erdoğan’ın")
    "Erdoğan'ın"
    """
    return _DASHES.sub("-", _APOSTROPHES.sub("'", text))


def strip_points(text: str) -> str:
    """Drop Arabic and Hebrew vowel points (harakat, niqqud).

    >>> strip_points("مُحَمَّد")
    'محمد'
    """
    return _POINTS.sub("", text)


def strip_marks(text: str) -> str:
    """Letters without their combining marks (accents, dots, macrons).

    >>> strip_marks("lāvarōva ṭhāṇe")
    'lavarova thane'
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def collapse_spaces(text: str) -> str:
    """One space between words, none at the ends.

    >>> collapse_spaces("  Sergey   Lavrov ")
    'Sergey Lavrov'
    """
    return _SPACE.sub(" ", text).strip()


def clean(text: str) -> str:
    """The display-preserving clean-up: NFC, invisible marks and controls removed,
    punctuation unified, spaces collapsed. Case and letters are kept.

    >>> clean(" \u202bوأرمينيا\u202c ")
    'وأرمينيا'
    """
    text = unicodedata.normalize("NFC", text)
    text = strip_controls(strip_invisible(text))
    text = strip_points(unify_punctuation(text))
    return collapse_spaces(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Case- and compatibility-folded form used for exact comparison (keeps the script).

    >>> fold("ＬＡＶＲＯＶ")
    'lavrov'
    """
    # Turkish dotted capital I would casefold to i + combining dot above.
    cleaned = clean(text).replace("İ", "I")
    folded = unicodedata.normalize("NFKC", cleaned)
    if folded != cleaned:  # NFKC may make what clean() takes away (ﱛ is ذ and a superscript alef)
        folded = clean(folded)
    folded = folded.casefold()
    return collapse_spaces(folded.translate(_ONE_LETTER))


# Persian and Urdu write the Arabic letter ي as ی: one letter, read alike, so a name spelled
# either way is the same word (خامنئی, خامنئي). Not ک for ك: an Arabic word that begins with
# ك may be the clitic "like", a Persian one with ک never is (کالاچینسک is no ك + ال + اچینسک).
_ONE_LETTER = str.maketrans("ی", "ي")


_SAME_LETTER = str.maketrans("أإآٱىیک", "ااااييك")


def plain_letters(text: str) -> str:
    """Orthographic folding for same-script comparison: hamza seats, alif maqsura, Persian
    letters. Ta marbuta stays: Arabic روسية (Russian) is not Persian روسیه (Russia)."""
    return fold(text).translate(_SAME_LETTER)
