"""Readings of a word by the sounds of the language it looks written in: a guess.

Russian, Arabic and Hebrew transcribe a foreign name by ear, so the letters of its own
spelling are only half the story: Heiner is Хайнер, Pinilla Пинилья, and Фучжоу is Fuzhou.
A word that shows the letters of a language (German sch, ei, ä; Spanish ñ, ll, j; the
Palladius чж, цз of Chinese in Russian) gets one more reading, romanized, which the
resolver trusts less than a second reading of one letter (``analyze.GUESS_PENALTY``).
The rewrites work on the source text, whose diacritics tell the language (ä, ñ).
English, Italian and Polish sounds, which need no diacritics, are rewrites of the
romanization in :mod:`translit.keys`. Words of scripts that ICU romanizes letter for letter
get the reading of how they are said: Chinese characters as transcriptions of foreign names
(rules/hani-names.txt), Indic scripts (:mod:`translit.indic`) and Thai (:mod:`translit.thai`).
"""

from __future__ import annotations

import re

from translit.indic import INDIC, indic_reading
from translit.keys import Rewrites, rewrite, rewrites
from translit.thai import thai_reading
from translit.transliterate import romanize_as, romanize_word

MIN_LETTERS = 4  # a shorter Latin word shows no language (Oz is no Spanish Ос)


# German: Heiner Хайнер, Volkmann Фолькман, Stammberger Штамбергер, Behrendt Берендт,
# Weinstein Вайнштейн (w is v; st is sht at the start of a word and of -stein, -stadt...;
# -stein keeps its ei, as Russian writes it: Эйнштейн); and Slavic names as German
# writes them: Gorbatschow, Chruschtschow, Selenskyj, and Ukrainian -iw: Charkiw, Kyjiw
# (tsch is ch, but not in Gottschalk; an initial ch is kh, -kij -yj -iy; j between vowels is y).
_GERMAN_LOOK = re.compile(r"sch|ei|eu|äu|tz|dt|mann$|berg|burg|[äöüß]|^s[tp]|[aeiouäöü]h[^aeiouäöü]|cht|ch$"
                          r"|[oei]w$|[kc][iy]j$|yj$")
_GERMAN_SOUNDS = rewrites([
    (r"schtsch", "shch"), (r"(?<!t)tsch", "ch"), (r"^ch", "kh"), (r"(?<=[kc])[iy]j$|yj$", "iy"),
    (r"sch", "sh"), (r"^st|(?<=.)st(?=ein|adt|ern|rom|ock|ang)", "sht"), (r"^sp", "shp"),
    (r"(?<!.sht)ei|ai", "ai"), (r"eu|äu", "oi"),
    (r"ie", "i"), (r"(?<=[aeiouäöü])h(?![aeiouäöü])", ""), (r"dt", "t"), (r"tz|z", "ts"),
    (r"v", "f"), (r"w", "v"), (r"(?<=[aeiouy])j(?=[aeiou])", "y"), (r"ß", "ss"), (r"ä", "e"), (r"ö", "e"),
    (r"ü", "yu"), (r"(?<=[aou])ch", "kh")])
# Spanish: Pinilla Пинилья, Trujillo Трухильо, Cabañas Кабаньяс, González Гонсалес.
_SPANISH_LOOK = re.compile(r"ñ|gü|ll[aeiou]s?$|[aeiou]j[aeiou]|^j[aeiou]|[aeiou]z$")
_SPANISH_SOUNDS = rewrites([
    (r"ll(?=[ae])", "ly"), (r"ll", "l"), (r"ñ(?=[ae])", "ny"), (r"ñ", "n"), (r"j", "kh"),
    (r"gü", "gu"), (r"gu(?=[ei])", "g"), (r"qu(?=[ei])", "k"), (r"z", "s"), (r"^h", "")])
# French: Girardet Жирарде, Bouchard Бушар, Munier Мюнье, Géricault Жерико, Antoine Антуан:
# final consonants, e and h are silent, eau au are o, ou is u, oi is ua, -ier is e, gu before
# e i is g (Breguet Бреге).
# (ch as sh is a source alternation of its own, see analyze._SOURCE_ALTERNATIONS.)
# (Not a word with Spanish á í ó ú ñ or a final z: Véliz, Pérez.)
_FRENCH_LOOK = re.compile(r"^(?!.*(?:[áíóúñ]|z$))(?=.*(?:eau|[éè]|ault|[ae]ux$|oux$|oi[^aeiou]|[aeiou]ill"
                          r"|(?:aud|aut|ard|ert|et|ond|ont|od|ud|ais|ois|iers?)$))")
_FRENCH_SOUNDS = rewrites([
    (r"(?<=[^aeiou])e$", ""), (r"[îï]", "i"), (r"ô", "o"), (r"û", "u"), (r"aul[td]$", "o"), (r"eau|au", "o"),
    (r"ou", "u"), (r"oi", "ua"), (r"[ae]i", "e"), (r"eu", "e"), (r"[éèêë]", "e"), (r"ç", "s"), (r"gn", "ny"),
    (r"qu", "k"), (r"ch", "sh"), (r"j", "zh"), (r"g(?=[eiy])", "zh"), (r"gu(?=[eiy])", "g"), (r"^h", ""),
    (r"iers?$", "e"),
    (r"(?<=[aeiou])ill", "y"), (r"(?<=[aeiouyrn])(?:t|d|s|x|z|ts|ds)$", "")])
# Slavic names as French writes them: Khrouchtchev, Gorbatchev, Tchaïkovski, Eltsine
# (tch is ch, ch sh, ou u, ï y, a final -ine -in).
_FRENCH_SLAVIC_LOOK = re.compile(r"^(?=.*(?:tch|ou|ï)).*(?:[eo]v|ine|ski|oï)$")
_FRENCH_SLAVIC_SOUNDS = rewrites([(r"chtch", "shch"), (r"(?<!sh)(?<!t)ch", "sh"), (r"tch", "ch"), (r"ou", "u"),
                                  (r"ï", "y"), (r"ine$", "in")])
# Classical Latin names drop -us in Russian, -ius is -ий, -aeus -ей, c before e i is ц: Brutus
# Брут, Octavius Октавий, Marcellus Марцелл.
_CLASSICAL_LOOK = re.compile(r"(?:ius|aeus|[^aeiou]us)$")
_CLASSICAL_SOUNDS = rewrites([(r"aeus$", "ei"), (r"ius$", "iy"), (r"us$", ""), (r"ae", "e"), (r"c(?=[eiy])", "ts")])
# Dutch, where ij aa uu ui show it: Wijnkoop Вейнкоп. oe alone shows no language: it is as
# often a German ö (Koeln is Кёльн, not Кульн).
_DUTCH_LOOK = re.compile(r"^(?=.{5}).*(?:ij|aa|uu|ui)|^v[ae]n.")  # five letters: Hoey is English
_DUTCH_SOUNDS = rewrites([
    (r"ij", "ei"), (r"oe", "u"), (r"aa|ae", "a"), (r"uu", "yu"), (r"oo", "o"), (r"ee", "e"), (r"ui", "ei"),
    (r"sch", "skh"), (r"j", "y"), (r"w", "v")])
# Czech and Slovak, where ř ě ů ť ď ň ľ ĺ, a final ý or -ová show them, as Russian writes
# them: h is г, ch is х (Dlouhý Длоуги); ř is a letter of its own (analyze._SOURCE_ALTERNATIONS).
_CZECH_LOOK = re.compile(r"[řěůťďňľĺ]|ý$|ová$")
_CZECH_SOUNDS = rewrites([(r"ch", "kh"), (r"(?<!k)h", "g"), (r"ř", "rzh"), (r"ě", "ye"), (r"^ji", "i"),
                          (r"j", "y"), (r"c", "ts")])
# Hungarian, where cs zs gy ő ű sz show it: s is ш, sz is с, cs zs gy are ч ж дь, j is й
# (Kovács Ковач, Erzsébet Эржебет, Szabó Сабо, Szergej Сергей).
_HUNGARIAN_LOOK = re.compile(r"cs|zs|gy|[őű]|sz(?!cz)|ly$")
_HUNGARIAN_SOUNDS = rewrites([(r"cs", "ch"), (r"zs", "zh"), (r"gy", "dy"), (r"ly", "y"),
                              (r"s(?!z)", "sh"), (r"sz", "s"), (r"j", "y"), (r"[őö]", "yo"), (r"[űü]", "yu")])
# Korean in McCune-Reischauer, which GeoNames and older texts use (Kyŏngju, Ch'ŏngju,
# P'yŏngyang), read as Revised Romanization, the South's (Gyeongju, Cheongju): ŏ ŭ are eo eu,
# an apostrophe marks an aspirate (ch' is ch, k' k), the plain ones are voiced at the start
# of a word and ch everywhere (Kwangju Gwangju, Chŏnju Jeonju). Shown by ŏ or ŭ: Armenian
# and Georgian romanizations mark aspirates with the apostrophe too (Kot'ip'or).
_KOREAN_MR_LOOK = re.compile(r"[ŏŭ]")
_KOREAN_MR_SOUNDS = rewrites([(r"^k(?!')", "g"), (r"^t(?!')", "d"), (r"^p(?!')", "b"), (r"ch(?!')", "j"), (r"'", ""),
                              (r"wŏ", "wo"), (r"ŭi", "ui"), (r"ŏ", "eo"), (r"ŭ", "eu"), (r"shi", "si")])
# Japanese in Kunrei-shiki, the romanization of Japan's government (Hukuoka, Sizuoka, Tiba,
# Hirosima, Tôkyô), read as Hepburn, which gazetteers and news use: si ti tu hu zi are shi chi
# tsu fu ji, sy ty zy sh ch j. For a word of Japanese syllables only (a consonant, maybe y
# before a u o, and a vowel; n; a doubled consonant) with si ti tu hu zi or a circumflex
# (not ty alone: Harutyunyan is all Japanese syllables too).
_KUNREI_LOOK = re.compile(r"^(?=.*(?:si|ti|tu|hu|zi|[âîûêô]))(?:[kgsztdnhbpmr]?(?:y[auoâûô]|[aiueoâîûêô])|w[ao]"
                          r"|n(?![aiueoy])|([kgsztdhbpm])(?=\1))+$")
_KUNREI_SOUNDS = rewrites([(r"si", "shi"), (r"ti", "chi"), (r"tu", "tsu"), (r"hu", "fu"), (r"[zd]i", "ji"),
                           (r"du", "zu"), (r"sy", "sh"), (r"ty", "ch"), (r"zy", "j"), (r"[âô]", "o"), (r"û", "u"),
                           (r"ê", "e"), (r"î", "i")])
_LATIN_LOOKS: list[tuple[re.Pattern[str], Rewrites]] = [(_GERMAN_LOOK, _GERMAN_SOUNDS),
                                                         (_SPANISH_LOOK, _SPANISH_SOUNDS),
                                                         (_FRENCH_LOOK, _FRENCH_SOUNDS),
                                                         (_FRENCH_SLAVIC_LOOK, _FRENCH_SLAVIC_SOUNDS),
                                                         (_CLASSICAL_LOOK, _CLASSICAL_SOUNDS),
                                                         (_DUTCH_LOOK, _DUTCH_SOUNDS),
                                                         (_CZECH_LOOK, _CZECH_SOUNDS),
                                                         (_HUNGARIAN_LOOK, _HUNGARIAN_SOUNDS),
                                                         (_KOREAN_MR_LOOK, _KOREAN_MR_SOUNDS),
                                                         (_KUNREI_LOOK, _KUNREI_SOUNDS)]

# Chinese names in Russian follow the Palladius system, read to pinyin by
# rules/cyrl-zh.txt: Фучжоу Fuzhou, Цзиньпин Jinping, Тяньцзінь Tianjin.
_PALLADIUS_LOOK = re.compile("чж|цз|ц[июяеі]|с[юя]|юй|[аэ]нь|эй|уй")
# Korean names in Russian follow the Kontsevich system, read to Revised Romanization by
# rules/cyrl-ko.txt: an aspirate written with х (Инчхон, Пхохан), a consonant before э (Тэгу),
# ы after к г х (Кын), -джу, ё before a final н or ль (Кёнджу, Ёль).
_KONTSEVICH_LOOK = re.compile(r"(?<!с)[кптч]х[аеёиоуыэюя]|[бгджкмнпрстхч]э|[кгх]ы|ё(?:н|ль)|джу$")


# Foreign names in Chinese characters, read by rules/hani-names.txt (斯 s, 克 k, 罗 ro):
# a second reading of any word of two characters or more (塔扎 Taza); a Chinese name's
# characters mostly are not in that table, and its pinyin reading stays first
TRANSCRIPTION_CHARACTERS = 2
_CHINESE_TWO_SOUNDS = [("r", re.compile(r"(?<![^aeiou])l(?=[aeiou])")), ("v", re.compile(r"f(?=[^aeiouy]|$)"))]


# Chinese names in pinyin (Xi Jinping, Qingdao, Zhengzhou): a word made of pinyin syllables
# only, with a letter pinyin reads its own way. Arabic, Hebrew and English write x as sh,
# q as ch, zh as j, c as ts (شي جين بينغ, שיאמן Xiamen, تشينغداو Qingdao). Syllables
# without an initial are only those pinyin writes so (yi, wu, yu take y or w).
_PINYIN_SYLLABLE = ("[jqx](?:iang|iong|ian|iao|ing|ia|ie|in|iu|i|uan|ue|un|u)"
                    "|(?:zh|ch|sh|r|z|c|s)(?:uang|uai|uan|ang|eng|ong|ai|an|ao|ei|en|ou|ua|ui|un|uo|a|e|i|u)"
                    "|[bpmfdtnl](?:iang|ian|iao|ing|ia|ie|in|iu|i|ang|eng|ong|ai|an|ao|ei|en|ou|uan|un|uo|a|e|o|u|ü|üe)"
                    "|[gkh](?:uang|uai|uan|ang|eng|ong|ai|an|ao|ei|en|ou|ua|ui|un|uo|a|e|u)"
                    "|y(?:uan|ang|ing|ong|ao|an|in|ou|ue|un|a|e|i|o|u)|w(?:ang|eng|ai|an|ei|en|a|o|u)"
                    "|ang|eng|ai|an|ao|ei|en|er|ou|a|e|o")
_PINYIN_SYLLABLES = re.compile(f"(?:{_PINYIN_SYLLABLE})+")
_PINYIN_LETTERS = re.compile(r"x|q|zh")  # not c alone: Latin writes ci, ce (Lucius, Cesena)
_PINYIN_SOUNDS = rewrites([(r"zh", "j"), (r"x", "sh"), (r"q", "ch"), (r"c(?!h)", "ts")])


def _looks_pinyin(word: str) -> bool:
    plain = word.replace("'", "")
    return bool(_PINYIN_LETTERS.search(plain)) and _PINYIN_SYLLABLES.fullmatch(plain) is not None


def pinyin_reading(word: str) -> str | None:
    """How other scripts write a Latin word that is pinyin (Xiamen: shiamen), else None.
    Not a guess: a word of pinyin syllables with x, q or zh is nearly always Chinese."""
    if not _looks_pinyin(word):
        return None
    return romanize_word(rewrite(word.replace("'", ""), _PINYIN_SOUNDS))


def guessed_readings(word: str, script: str) -> list[str]:
    """Romanizations of a folded word by the sounds of the languages it looks written in."""
    out = []
    if script == "latn" and len(word) >= MIN_LETTERS:
        out += [romanize_word(rewrite(word, sounds)) for look, sounds in _LATIN_LOOKS if look.search(word)]
    elif script == "cyrl" and (_PALLADIUS_LOOK.search(word) or _KONTSEVICH_LOOK.search(word)):
        out += [romanize_as(word, rules) for look, rules in ((_PALLADIUS_LOOK, "cyrl-zh"), (_KONTSEVICH_LOOK, "cyrl-ko"))
                if look.search(word)]
    elif script in INDIC or script == "thai":
        said = thai_reading(word) if script == "thai" else indic_reading(word, script)
        if said:
            out.append(said)
    elif script == "hani" and len(word) >= TRANSCRIPTION_CHARACTERS:
        heard = [romanize_as(word, "hani-names")]
        for letter, other in _CHINESE_TWO_SOUNDS:  # 洛 拉 利 write ro ra ri too (拉巴特 Rabat), 夫 the v of -ov
            heard += [other.sub(letter, h) for h in heard if other.search(h)]
        out += heard
    return out
