"""Thai words read as the names they write, a second reading.

ICU romanizes Thai letter for letter (ISO 11940): อ, the letter that carries a vowel,
as x, จ as c, ไ as ị, so that อาบูจา is xābūcā, ไคโร khịro. Names are spelled with what
is said: อ carries no sound (but ออ is o), จ is the j of foreign names, ไ ใ are ai:
Abuja, Khairo (Cairo), อันตานานาริโว Antananarivo. A letter under the silencing mark ์
stays: it is the foreign spelling's (ซิดนีย์ Sydney, เตกีร์ดาก Tekirdağ).
"""

from __future__ import annotations

import re

from translit.normalize import strip_marks
from translit.transliterate import romanize_marked

_SOUNDS = [(re.compile(p), r) for p, r in [("xx", "o"), ("x", ""), ("c(?!\u0304?h)", "j"), ("[ịı]", "ai")]]


def thai_reading(word: str) -> str | None:
    """The word as said (see the module), or None when that is its plain romanization."""
    marked = romanize_marked(word)
    said = marked
    for pattern, sound in _SOUNDS:
        said = pattern.sub(sound, said)
    if said == marked:
        return None
    return strip_marks(said)
