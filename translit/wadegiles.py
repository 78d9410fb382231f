"""Chinese names in Wade-Giles, the romanization of older English texts, of Taiwan and of
many an alternate name in GeoNames (Mao Tse-tung, T'ien-chin, Teng Hsiao-p'ing), rewritten
in pinyin (Mao Zedong, Tianjin, Deng Xiaoping), which today's gazetteers and news use.

Syllable by syllable: an initial and a final, each mapped by the systems' published
tables; a word's hyphenated syllables are joined, as pinyin writes a given name or a
place. Not postal spellings (Peking, Tientsin, Chungking): those are no system."""

from __future__ import annotations

import re

# initial -> (pinyin before i or ü, pinyin otherwise); the aspirate apostrophe already
# folded to "'"
_INITIALS = {
    "ch'": ("q", "ch"), "ch": ("j", "zh"), "hs": ("x", "x"), "k'": ("k", "k"), "k": ("g", "g"),
    "p'": ("p", "p"), "p": ("b", "b"), "t'": ("t", "t"), "t": ("d", "d"), "ts'": ("c", "c"), "ts": ("z", "z"),
    "tz'": ("c", "c"), "tz": ("z", "z"), "ss": ("s", "s"), "sz": ("s", "s"), "sh": ("sh", "sh"), "s": ("s", "s"),
    "j": ("r", "r"), "m": ("m", "m"), "f": ("f", "f"), "n": ("n", "n"), "l": ("l", "l"), "h": ("h", "h"),
    "y": ("y", "y"), "w": ("w", "w"), "": ("", ""),
}
_INITIAL = re.compile(r"^(ch'|ch|hs|k'|ts'|tz'|ts|tz|ss|sz|sh|p'|t'|[kptsjmfnlhyw]?)")
# final -> pinyin final
_FINALS = {
    "a": "a", "ai": "ai", "an": "an", "ang": "ang", "ao": "ao", "e": "e", "ê": "e", "ei": "ei", "en": "en",
    "ên": "en", "eng": "eng", "êng": "eng", "erh": "er", "ou": "ou", "ung": "ong", "i": "i", "ih": "i",
    "ia": "ia", "iang": "iang", "iao": "iao", "ieh": "ie", "ien": "ian", "in": "in", "ing": "ing", "iu": "iu",
    "iung": "iong", "u": "u", "ua": "ua", "uai": "uai", "uan": "uan", "uang": "uang", "uei": "ui", "ui": "ui",
    "un": "un", "uo": "uo", "ü": "u", "üan": "uan", "üeh": "ue", "üen": "uan", "ün": "un", "o": "o",
}
_LABIALS = frozenset("bpmf")
_VELARS = frozenset("gkh")
_DENTAL_SIBILANTS = frozenset(("ts", "ts'", "tz", "tz'", "ss", "sz"))
# a place's last syllable that says its kind: city, county, town (Chan-chiang-shih)
_PLACE_KINDS = frozenset(("shih", "hsien", "chen"))
# a syllable with one of these is Wade-Giles, not the English or pinyin word it may spell
_MARKED = re.compile(r"'|^hs|ih$|ieh$|^j|ung$|erh$|ien$|^tz|^ss|^sz|uei$")


# syllables of y and w, and of no initial, whole
_WHOLE = {
    "ya": "ya", "yai": "yai", "yang": "yang", "yao": "yao", "yeh": "ye", "yen": "yan", "yin": "yin", "ying": "ying",
    "yu": "you", "yü": "yu", "yüan": "yuan", "yüeh": "yue", "yün": "yun", "yung": "yong", "yo": "yo", "yi": "yi",
    "wa": "wa", "wai": "wai", "wan": "wan", "wang": "wang", "wei": "wei", "wen": "wen", "weng": "weng", "wo": "wo",
    "wu": "wu", "a": "a", "ai": "ai", "an": "an", "ang": "ang", "ao": "ao", "e": "e", "ê": "e", "ei": "ei",
    "en": "en", "ên": "en", "eng": "eng", "erh": "er", "o": "e", "ou": "ou", "i": "yi",
}


def _syllable(s: str) -> str | None:
    """One Wade-Giles syllable in pinyin, None if it is none."""
    if s in _WHOLE:
        return _WHOLE[s]
    m = _INITIAL.match(s)  # always: the initial may be empty
    initial = m[0] if m else ""
    final = s[len(initial):]
    if not initial or initial in ("y", "w") or final not in _FINALS:
        return None
    head = _INITIALS[initial][0 if final[:1] in ("i", "ü") else 1]
    tail = _FINALS[final]
    if final == "o":  # ko is ge, to duo, po bo
        tail = "o" if head in _LABIALS else "e" if head in _VELARS else "uo"
    elif final == "u" and initial in _DENTAL_SIBILANTS:
        tail = "i"  # tzu, ssu: zi, si
    elif head in ("n", "l") and final.startswith("ü"):
        tail = "ü" + tail[1:]  # nü, lüeh: pinyin keeps the marks there
    return head + tail


def to_pinyin(text: str) -> str | None:
    """``text`` in pinyin if every word of it is Wade-Giles syllables and one of them shows
    it (an aspirate's apostrophe, hs, -ih, -ung...; or syllables joined by hyphens), else None."""
    words = text.split()
    if not words:
        return None
    out = []
    marked = False
    for word in words:
        syllables = word.lower().replace("’", "'").replace("‘", "'").replace("ʻ", "'").split("-")
        if len(syllables) >= 3 and syllables[-1] in _PLACE_KINDS:
            syllables = syllables[:-1]
        pinyin = [_syllable(s) for s in syllables]
        if not all(pinyin):
            return None
        marked = marked or len(syllables) > 1 or any(_MARKED.search(s) for s in syllables)
        joined = "".join(p for p in pinyin if p)
        out.append(joined[:1].upper() + joined[1:])
    converted = " ".join(out)
    return converted if marked and converted.lower() != text.lower() else None
