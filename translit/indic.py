"""Indic-script words read as the names they write are said, a second reading.

ICU romanizes Brahmi scripts letter for letter (ISO 15919), with the vowel a that each
consonant carries unless a mark says otherwise: लावरोव is lāvarōva, मूरमान्स्क mūramānska.
Hindi, Bengali, Punjabi and Gujarati leave that vowel unsaid at the end of a word (the
plain reading already drops it after one consonant: analyze._as_spoken) and between a
vowel and consonant on one side and a consonant and vowel on the other (schwa deletion,
right to left): Lavrov, Murmansk, जोधपूर Jodhpur, ਇਰਕੁਤਸਕ Irkutsk. Bengali says the vowel
it keeps o, and writes v as ভ bh (লাভরভ Lavrov). The Dravidian scripts write a final
consonant with its mark (மோசுல் mōcul): sounds only. ISO's c, ś, ṣ are the ch, sh, sh that
names are spelled with (চিতা Chita, शहर shahar).
"""

from __future__ import annotations

import re

from translit.normalize import strip_marks
from translit.transliterate import romanize_marked

SCHWA_DELETING = frozenset({"deva", "beng", "guru", "gujr"})
INDIC = SCHWA_DELETING | frozenset({"taml", "mlym", "telu", "knda"})

_VOWELS = frozenset(["a", "ā", "i", "ī", "u", "ū", "e", "ē", "o", "ō", "ai", "au", "r\u0325", "r\u0325\u0304"])
# a letter and its h (kh, bh, ṭh) are one consonant, ai au one vowel, a letter and its marks
# one letter; the apostrophe ICU writes between two vowels is no letter
_UNIT = re.compile(r"a[iu]|[kgcjṭḍtdpb]h|[^\W\d_][\u0300-\u036f]*")
_SOUNDS = [(re.compile(p), r) for p, r in [
    ("c", "ch"), ("[śṣ]", "sh"), ("r\u0325", "ri"), ("[ṁṃṅñṇ]|m\u0310", "n"), ("ẏ", "y")]]


def indic_reading(word: str, script: str) -> str | None:
    """The word as said (see the module), or None when that is its plain romanization."""
    if script not in INDIC:
        return None
    marked = romanize_marked(word)
    units = _UNIT.findall(marked)
    if script in SCHWA_DELETING:
        units = _without_schwas(units)
    if script == "beng":  # Bengali says the vowel it keeps o (লাভরভ Lavrov, কলকাতা Kolkata)
        units = ["o" if u == "a" else u for u in units]
    said = "".join(units)
    for pattern, sound in _SOUNDS:
        said = pattern.sub(sound, said)
    if script == "beng":  # Bengali has no v: ভ bh writes it (ভ্লাদিমির Vladimir)
        said = said.replace("bh", "v")
    said = strip_marks(said)
    return said if said != strip_marks(marked).replace("'", "") else None


def _without_schwas(units: list[str]) -> list[str]:
    """The inherent a left out at the end after a consonant, and between a vowel and a
    consonant and a consonant and a vowel, right to left (each deletion leaves the a
    before it a consonant cluster's neighbour, which keeps it)."""
    vowel = [u in _VOWELS for u in units]
    if len(units) > 2 and units[-1] == "a" and not vowel[-2]:
        del units[-1], vowel[-1]
    for i in range(len(units) - 3, 1, -1):
        if units[i] == "a" and vowel[i - 2] and not vowel[i - 1] and not vowel[i + 1] and vowel[i + 2]:
            del units[i], vowel[i]
    return units
