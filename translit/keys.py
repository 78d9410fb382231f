"""Matching keys: forms of a romanized token that bring one name in different scripts together.

Three forms, from fine to coarse (``Lavrov`` / ``لافروف`` -> ``lafruf``):

- ``fine``: the romanization with spelling conventions unified (ph -> f, w -> v, y -> i):
  ``lavrov`` / ``lafruf``. Compares Latin, Cyrillic, Greek... Doubled letters stay: the
  alphabets transliterate them faithfully (Мосс is Moss, not Mos).
- ``classes``: consonants in classes that merge what one script cannot tell apart
  (Arabic has no p or v, Hebrew no w, Russian no h) and vowels in three classes
  (a; e i y; o u w), repeats once: ``LABROB`` for both. This is the form that meets
  Arabic-script and Hebrew names without short vowels.
- ``skeleton``: ``classes`` without vowels: ``LBRB``. Index keys and the coarse score.

A letter that is read two ways (Turkish c = j, Arabic ج = j or g, Cyrillic х = kh or h)
gives a second hypothesis rather than a guess: :func:`hypotheses`.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from dataclasses import dataclass, replace

# Longest spellings first: a digraph is one sound.
_CLASS_OF: list[tuple[str, str]] = [
    ("dsch", "J"), ("shch", "J"), ("tsch", "J"), ("dzh", "J"), ("sch", "J"), ("tch", "J"),
    ("sh", "J"), ("ch", "J"), ("zh", "J"), ("dj", "J"), ("j", "J"),
    ("kh", "K"), ("gh", "K"), ("ck", "K"), ("k", "K"), ("g", "K"), ("q", "K"), ("x", "KS"),
    ("ph", "B"), ("b", "B"), ("p", "B"), ("f", "B"), ("v", "B"),
    ("th", "T"), ("dh", "T"), ("t", "T"), ("d", "T"),
    ("ts", "S"), ("tz", "S"), ("dz", "S"), ("s", "S"), ("z", "S"),
    ("l", "L"), ("r", "R"), ("m", "M"), ("n", "N"),
    ("a", "A"), ("e", "E"), ("i", "E"), ("y", "E"), ("o", "O"), ("u", "O"), ("w", "O"),
    ("h", ""),
]
# Medium classes, for scoring: split what an abjad spelling still tells apart (t/d, s/z,
# k/g, b/f), merge only what it cannot (b/p, f/v, e/i, o/u) or what romanizations mix.
_MEDIUM_OF: list[tuple[str, str]] = [
    ("dsch", "J"), ("shch", "S"), ("tsch", "C"), ("dzh", "J"), ("sch", "S"), ("tch", "C"),
    ("sh", "S"), ("ch", "C"), ("zh", "J"), ("dj", "J"), ("j", "J"),
    ("kh", "X"), ("gh", "X"), ("ck", "K"), ("k", "K"), ("g", "G"), ("q", "K"), ("x", "KZ"),
    ("ph", "F"), ("b", "P"), ("p", "P"), ("f", "F"), ("v", "F"),
    ("th", "T"), ("dh", "D"), ("t", "T"), ("d", "D"),
    ("ts", "Z"), ("tz", "Z"), ("dz", "Z"), ("s", "Z"), ("z", "Z"),
    ("l", "L"), ("r", "R"), ("m", "M"), ("n", "N"),
    ("a", "A"), ("e", "E"), ("i", "E"), ("y", "E"), ("o", "O"), ("u", "O"), ("w", "O"),
    ("h", ""), ("H", "H"),
]
_CLASS_RE = re.compile("|".join(re.escape(s) for s, _ in _CLASS_OF) + "|H|.")
_CLASS_MAP = dict(_CLASS_OF)
_MEDIUM_MAP = dict(_MEDIUM_OF)
VOWEL_CLASSES = frozenset("AEO")

# Latin c: k before a back vowel or a consonant, s before e, i, y.
_C_SOFT = re.compile("c(?=[eiy])")
_C_HARD = re.compile("c(?!h)")  # ch is its own sound

# Spelling conventions unified for the fine form (JRC-Names style rewrite rules).
_FINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        (r"['\- ]", ""), (r"dsch", "j"), (r"tsch", "ch"), (r"shch", "sh"), (r"sch", "sh"), (r"t?ch", "ch"),
        (r"dzh|dj", "j"),
        (r"ph", "f"), (r"ck", "k"), (r"q", "k"), (r"w", "v"), (r"ou", "u"), (r"kh", "h"),
        (r"gh", "g"), (r"y", "i"), (r"ts|tz", "z"),
        (r"x", "ks"),
        # the Arabic article after Abd (servant of), which Latin spellings write with any
        # vowel, or assimilated: Abdulaziz Abdelaziz, Abdolreza, Abdurrahman Abdulrahman
        (r"^abd[aeiou]([rsntdz])(?=\1)|^abd[aeiou]l", r"abdal"),
    ]
]

_ENGLISH_SOUNDS = re.compile(r"(?<![aeiou])ey(?![aeiou])|(?<![aeiou])ay|(?:^|(?<=[aeiou]))u[oei]"
                             r"|(?<=[bdfklmnprstvz])yu|iy$|iy(?=a)")
_ENGLISH_OF = {"ey": "a", "ay": "i", "uo": "wa", "ue": "we", "ui": "wi", "yu": "u", "iy": "y"}


def _english_spelling(m: re.Match[str]) -> str:
    if m.group(0) == "iy" and m.end() < len(m.string):
        return "i"  # ия is ia: Мария Maria, Сория Soria
    return _ENGLISH_OF[m.group(0)]


_POLIVANOV = re.compile(r"s(?=i|y[aou])|ty(?=[aou])|ti|dzy(?=[aou])|dzi|dz|(?<=[aeiou])v(?=a)")
_POLIVANOV_HEPBURN = {"s": "sh", "ty": "ch", "ti": "chi", "dzy": "j", "dzi": "ji", "dz": "z", "v": "w"}

Rewrites = list[tuple[re.Pattern[str], str]]


def rewrites(pairs: list[tuple[str, str]]) -> Rewrites:
    """Compiled (pattern, replacement) rewrites, applied in turn by :func:`rewrite`."""
    return [(re.compile(p), r) for p, r in pairs]


def rewrite(word: str, sounds: Rewrites) -> str:
    """A word read by the sounds of a language: each rewrite in turn."""
    for pattern, rep in sounds:
        word = pattern.sub(rep, word)
    return word


# Polish spellings read as they sound, for names that show Polish orthography:
# Nowicki = Новицкий (novitski), Mikołajczyk = Миколайчик (mikolaychik); and Russian names
# as Polish and German write them, with w for в and ch for х: Ławrowa (a case of Ławrow),
# Sacharowa Захарова (not -ew alone, which is as often English: Andrew, Pardew, Lew).
_POLISH_LOOK = re.compile(r"^(?=.*(?:cz|sz|rz|wsk|wicz|cki$|ck[aiy]$|owa?$|ewa$)).*$")
_POLISH_SOUNDS = rewrites([
    (r"(?<!s)ch", "kh"), (r"cz", "ch"), (r"sz", "sh"), (r"rz", "zh"), (r"w", "v"), (r"c(?![hz])", "ts"), (r"j", "y")])


def _reading(sounds: Rewrites) -> Any:
    """A whole-word reading by ``sounds``, as an alternation's replacement."""
    return lambda m: rewrite(m.group(0), sounds)


# Italian spellings read as they sound, for names that show them: Remigio = Ремиджио
# (g before i e is j), Cesare = Чезаре, Giovanni = Джованни (gi before a vowel is j),
# Bocchi = Бокки (ch is k), Gnocchi = Ньокки, Mazzarella = Маццарелла, Puccini = Пуччини
# (cc gg before e i are ч дж), Modigliani = Модильяни (gli is ль), Boschetti = Боскетти
# (sch is sk), Gesualdo = Джезуальдо (s between vowels is z). che cch gli show it too
# (Michela = Микела); chi does not, being as often the chi of a Japanese name (Michio).
# (and it ends in a vowel, or in the -ov -ev of a Slavic name: Gorbaciov, Kruscev)
_ITALIAN_LOOK = re.compile(r"^(?=.*(?:[cg][ei]|che|cch|gn|gli|zz)).*(?:[aeiou]|[eo]v)$")
_ITALIAN_SOUNDS = rewrites([
    (r"sch(?=[ei])", "sk"), (r"sc(?=[ei])", "sh"), (r"ch(?=[ei])", "k"), (r"gh(?=[ei])", "g"),
    (r"cci(?=[aou])|ci(?=[aou])", "ch"), (r"ggi(?=[aou])|gi(?=[aou])", "j"), (r"gli(?=[aeou])", "ly"),
    (r"gli", "li"), (r"cc(?=[ei])", "ch"), (r"c(?=[ei])", "ch"), (r"gg(?=[ei])|g(?=[ei])", "j"), (r"gn", "ny"),
    (r"zz", "ts"), (r"(?<=[aeiou])s(?=[aeiou])", "z")])


# English spellings read as they sound, as Russian, Arabic and Hebrew transcribe them
# (by ear, not letter for letter): a final e is silent (Hillhouse = Хиллхаус), ee ea ie
# and a final ey are i (Keeble = Кибл, Deakin = ديكن, Courtney = Кортни), oo is u, aw
# and ow are ou (Kershaw = Кершоу, Bowman = Боумен), a before consonant + silent e is
# ei (Kerslake = Керслейк), i and o so are ai and ou in one syllable (Stone = Стоун,
# White = Уайт; not Olive), our before a consonant is or (Harcourt = Харкорт), th is t
# (Crowther = Кроутер), gh after a vowel is silent (Deighton = Дейтон) and igh is ai
# (Wainwright = Уэйнрайт; wr kn starting a word or a part are r n: Knight = Найт), dge and a
# final ge are j, a final ce is s (Cage = Кейдж, Grace = Грейс), ai is ei (Paisley = Пейсли),
# ur before a consonant is ёр (Kilburn = Килбёрн), al before k or t is ol (Falkner = Фолкнер,
# Baltimore = Болтимор), an initial wh is w (Whittaker = Уитакер).
# Five letters at least, a final e or ey shows no language in a short name (Hoey), but for
# one shape of four: consonant, a i or o, consonant, e (Cage, Hite, Rose).
_ENGLISH_LOOK = re.compile(r"^(?:[^aeiouy][aio][bcdfgklmnprstvz]e$"
                           r"|(?=.{5})(?=.*(?:ee|ea|ie|oo|aw|ow|ey$|[^aeiou]e$|th|[aei]gh|dge"
                           r"|[^aeiou]ur[^aeiouy]|[fbt]al[kt]|^wh)).*$)")
_ENGLISH_SPELLING_SOUNDS = rewrites([
    (r"c(?![eiyh])", "k"), (r"a(?=[bcdfgklmnprstvz]e$)", "ei"),
    (r"^([^aeiouy]+)i(?=[bcdfgklmnprstvz]e$)", r"\1ay"),
    (r"^([^aeiouy]+)o(?=[bcdfgklmnprstvz]e$)", r"\1ou"), (r"dge|ge$", "j"), (r"ce$", "s"),
    (r"(?<=[^aeiou])e$", ""),
    (r"ey$", "i"), (r"ee|ea|ie", "i"), (r"oo", "u"), (r"aw|ow", "ou"), (r"our(?=[^aeiou])", "or"), (r"th", "t"),
    (r"(?<![aeiou])wr", "r"), (r"^kn", "n"), (r"^wh", "w"), (r"(?<![ae])igh(?=[^aeiou]|$)", "ay"),
    (r"(?<=[aei])gh(?=[^aeiou]|$)", ""), (r"ai", "ei"), (r"(?<=[^aeiou])ur(?=[^aeiouy])", "er"),
    (r"(?<=[fbt])al(?=[kt])", "ol")])


# Russian names in Dutch and Scandinavian spelling, where sj is sh (Gorbatsjov Горбачёв,
# Brezjnev Брежнев, Sjostakovitsj): a second reading, since in Slavic Latin sj zj are s, z
# and y (Asja Ася). Dutch writes the rest so too: j is y (Tsjeljabinsk), ch kh (Tsjechov),
# oe u, which shows it in a word of a Russian ending alone (Stoepino, Koersk; not Koeln).
_DUTCH_RUSSIAN_LOOK = re.compile(r"^(?=.*[sz]j|.*oe.*(?:ino|ovo|evo|sk|ov|ev|grad)$).*$")
_DUTCH_RUSSIAN_SOUNDS = rewrites([(r"(?<![sz])j", "y"), (r"ch", "kh"), (r"dsj", "j"), (r"tsj", "ch"), (r"sj", "sh"),
                                  (r"zj", "zh"), (r"oe", "u")])


# English u in a closed syllable is the vowel of "cut", which Russian, Arabic and Hebrew
# transcriptions write a: Trump Трамп ترامب, Hunter Хантер هانتر, Dunn Данн, Buckley Бакли
_ENGLISH_SHORT_U = re.compile(r"(?<![aeiouyq])u(?=[bcdfgklmnpstvz][bcdfgklmnpstvzy])")


# Korean spellings of foreign names, read back at once: 르 is r, 츠 ts, 즈 z before the ㅡ eu
# that only breaks up consonant clusters goes (오르스크 oleuseukeu Orsk, 소베츠크 Sovetsk),
# ㄹㄹ is one l, a ㄹ before a vowel inside the word r (세스트로레츠크 Sestroretsk), ㅓ eo
# is the o or u of the name (트럼프 Trump, 런던 London), ㅅ before y its sh (라라슈 Larache),
# and 프 after a vowel, with no vowel of its own, its f or v (나자프 Najaf, 라브로프 Lavrov).
_KOREAN_TRANSCRIPTION_SOUNDS = rewrites([
    (r"leu(?=[^aeiouy]|$)", "r"), (r"cheu", "ts"), (r"jeu", "z"), (r"eu(?=[^aeiouy]|$)", ""),
    (r"(?<=[^l])l(?=[aeiou])", "r"), (r"ll", "l"), (r"eo", "o"),
    (r"sy(?=[aeiou])", "sh"), (r"(?<=[aeiou])p(?=[^aeiouy]|$)", "f")])


# Chinese spellings of foreign names, read back from their pinyin: a syllable for each
# sound, so the vowel that ends a syllable after a lone consonant is often no vowel of the
# name (斯 si s, 克 ke k, 夫 fu f, 尔 er r: 伊斯基季姆 yisijijimu Iskitim, 埃尔津詹
# aierjinzhan Erzincan), uo is o (洛 luo), and pinyin's q x zh c are ch sh j ts (切 qie Che);
# -ang -ong -eng are the name's -an -on -en (扬 yang, 龙 long, 登 deng), 尼扬 niyang its nyan,
# an initial 埃 ai its e (埃尔多安 Erdoğan), and ie after a consonant its e (列 lie, 涅 nie,
# 谢 xie: 谢尔盖 Sergei; not i + 尔 er: 錫爾萬 xierwan Shirvan).
# Three syllables at least: a Chinese person's name is one or two (朱, 丽华), and their
# syllables mean what they say.
_CHINESE_TRANSCRIPTION_LOOK = re.compile(r"^(?=(?:[^aeiouy]*[aeiouy]+){3}).+$")
_CHINESE_TRANSCRIPTION_SOUNDS = rewrites([
    (r"uo", "o"), (r"q", "ch"), (r"x", "sh"), (r"zh", "j"), (r"c(?!h)", "ts"),
    (r"(?<=[aeo])ng", "n"), (r"^ai", "e"), (r"(?<=n)i(?=y)", ""), (r"(?<=[^aeiouy])ie(?!r(?:[^aeiouy]|$))", "e"),
    (r"(?:(?<=[szr])|(?<=sh|ch|ts))i(?=[^aeiouyn]|$)", ""), (r"er(?=[^aeiouy]|$)", "r"),
    (r"(?<=[bpfmdtgk])u(?=[^aeiouyn]|$)", ""), (r"(?<=[kgtdh])e(?=[^aeiouyinr]|$)", "")])


# Japanese spellings of foreign names: u after a consonant, o after t d only break
# clusters up (モスクワ mosukuwa Moskva, ナホトカ Nakhodka); チ ジ are also their ti di
# (プーチン Putin, ウラジーミル Vladimir); ブ ボ are also their v, and ラ行 their l, which
# is more often the first liquid of a name than all of them (ラブロフ Lavrov, ダブレカノボ
# Davlekanovo; サラプル Sarapul)
_WHOLE_WORD = re.compile(r"^.+$")
_KANA_CLUSTERS = rewrites([(r"(?<=[bdfgkmprsz])u(?=[^aeiouy]|$)|(?<=[td])o(?=[^aeiouy]|$)", "")])
# ... and the vowel after a final consonant only, where the others are the name's (サラプル
# Sarapul, カーンプル Kanpur, スール Sur)
_KANA_FINAL = rewrites([(r"(?<=[bdfgkmprsz])u$|(?<=[td])o$", "")])
_KANA_TI_DI = rewrites([(r"chi", "ti"), (r"ji", "di")])
_KANA_V_L = rewrites([(r"b", "v"), (r"^([^r]*)r", r"\1l")])
_KANA_ALL_L = rewrites([(r"r", "l")])


# Turkish ğ after a vowel is not pronounced, only lengthens it: names heard and written in
# other scripts leave it out (Erdoğan エルドアン 에르도안 埃尔多安, Davutoğlu 达武特奥卢).
# Heard only: Latin and Cyrillic spellings, and Arabic غ, keep a letter for it (Erdogan, Эрдоган).
_TURKISH_SOFT_G = re.compile(r"(?<=[aeiouy])gh")


# Second readings, per pipeline: (pattern, replacement) applied to the romanization.
# An h that the Arabic and Hebrew rules keep apart from the letter before (s'h: سهيل
# Suhail) may still be meant as one sound with it, as a transcription writes sh (סה)
_JOINED_H = (re.compile(r"'(?=h)"), "")
_ALTERNATIONS: dict[str, list[tuple[re.Pattern[str], Any]]] = {
    # j is y before a vowel and after one, as German, Dutch, Polish and Czech spell the
    # Russian й and я (Oktjabrsk, Kaspijsk, Nikolaj, Andrej)
    "latn": [(re.compile(r"c(?=[aeiouy])"), "j"), (re.compile(r"j(?=[aeiou])|(?<=[aeiou])j"), "y"),
             (re.compile(r"^x"), "z"),  # an initial x is z (Xenophon, زينوفون)
             # c before a consonant or at the end is ts in Slavic, Baltic and Armenian
             # romanizations (Mec Mets, Hayoc Hayots, Kovac Ковац), k in English (Eric)
             (re.compile(r"c(?=[^aeiouyhkz]|$)"), "ts"), (re.compile(r"c(?=[^aeiouyhkz]|$)"), "ch"),
             # x is kh in Azerbaijani, Uzbek and Maghreb spellings written without their
             # other letters (Xnifra Khenifra, Koxma Kokhma, Yuxari)
             (re.compile(r"x"), "kh"),
             # the q of an Arabic or Azerbaijani name is g where it is spoken so (Qaddafi Gaddafi,
             # Qasim Gasim, Aqsu Agsu); not pinyin's q before i (Qing is Ching) nor qu
             (re.compile(r"q(?![iu]|$)"), "g"),
             (re.compile(r"ic$"), "ich"),  # -ić written without its accent (Djokovic, Джокович)
             # Russian ё after a hushing consonant, which English spellings write e and most
             # others o: Gorbachev Gorbatschow Gorbatchov, Khrushchev Chruschtschow
             (re.compile(r"(?<=[cszh]h)ev$"), "ov"),
             (re.compile(r"^mc(?!h)"), "mak"),  # McEntee, McCain: Макэнти, Маккейн, ماكين
             (_POLISH_LOOK, _reading(_POLISH_SOUNDS)), (_ITALIAN_LOOK, _reading(_ITALIAN_SOUNDS)),
             (_DUTCH_RUSSIAN_LOOK, _reading(_DUTCH_RUSSIAN_SOUNDS)),
             (_ENGLISH_LOOK, _reading(_ENGLISH_SPELLING_SOUNDS)), (_ENGLISH_SHORT_U, "a")],
    "latn-turkic": [(re.compile(r"gh"), "g"), (_TURKISH_SOFT_G, "")],
    "cyrl": [(re.compile(r"kh"), "h"),
             # English names in Russian practical transcription, which follows the sound:
             # ей = a (Дейвис Davies), ай = i (Лайонел Lionel), уо уэ уи = wa we wi
             # (Уоддел Waddell, Уильям William), ю after a consonant = u (Корню Cornu),
             # -ий = -y (Слуцкий Slutsky), ия = ia (Сория Soria)
             (_ENGLISH_SOUNDS, _english_spelling),
             # Japanese names in the Russian (Polivanov) system: си shi, ти chi, дзи ji,
             # дз z, ва wa inside a word
             (_POLIVANOV, lambda m: _POLIVANOV_HEPBURN[m.group(0)]),
             (re.compile(r"^g"), "h"), (re.compile(r"g"), "gh")],
    "cyrl-uk": [(re.compile(r"h"), "g")],
    "arab": [_JOINED_H,
             (re.compile(r"^a(?=[^aeiouyl])"), "e"),  # initial أ ا, not the article: e (أدموندز Edmunds)
             (re.compile(r"gh"), "g"), (re.compile(r"j"), "g"), (re.compile(r"kh"), "h"), (re.compile(r"q"), "g"),
             (re.compile(r"q"), "gh"),  # Persian ق is gh (باقری Bagheri, قاسم Ghasem)
             (re.compile(r"^au"), "o"),  # initial أو: the alef carries the vowel (أوباما Obama)
             # و is v in Persian spellings (and some Arabic) beside a long a, or before a long i,
             # and between them (three vowels in a row are not written so): لاوروف Lavrov,
             # ایروان Yerevan, موسوی Mousavi, جاويد Javid
             (re.compile(r"(?<=[^aeiou])u(?=[aiy])|(?<=a)u(?=[^aeiouy]|i)"), "v"),
             (re.compile(r"kh"), "ch"),  # German ch (باخ Bach)
             # a Persian ه that ends a word before the suffix ای is the vowel e (خامنه‌ای Khamenei)
             (re.compile(r"(?<=[^aeiou])hai$"), "ei")],
    "armn": [(re.compile(r"gh"), "g"), (re.compile(r"gh"), "k")],  # Ղարաբաղ = Karabakh
    # ח and כ are written ch in Latin for Hebrew and German names (Perach, Heubach)
    # foreign names in Greek: μπ ντ γκ are b d g inside a word too (Ντουμπάι Dubai,
    # Μαγκνιτογκόρσκ Magnitogorsk), τζ is j (Τζοντπούρ Jodhpur), χ stands for h
    # Greek has no sh or ch: σ stands for the sh of foreign names (Πασινιάν Pashinyan, Σόιγκου
    # Shoigu), τσ for their ch (Τσαβούσογλου Çavuşoğlu, Τσετσενία Chechnya)
    "grek": [(re.compile(r"mb"), "b"), (re.compile(r"nd"), "d"), (re.compile(r"ng"), "g"),
             (re.compile(r"dz"), "j"), (re.compile(r"kh"), "h"),
             (re.compile(r"(?<!t)s"), "sh"), (re.compile(r"ts"), "ch")],
    "hebr": [_JOINED_H,
             (re.compile(r"^a(?=[^aeiouy])"), "e"),  # an initial א ע carry any vowel (ארדהיים Erdheim)
             (re.compile(r"(?<!^)v"), "b"),  # ב after a letter; an initial v is ו, never b
             (re.compile(r"^v"), "w"),  # an initial ו: the w of foreign names too (וייטלינג Weitling)
             (re.compile(r"kh"), "k"), (re.compile(r"f"), "p"), (re.compile(r"o"), "v"),
             (re.compile(r"kh"), "ch"),
             (re.compile(r"kh"), "h"),  # ח is the h of Arabic names (חמדאן Hamdan, חיפה Haifa)
             # foreign names write an initial f as פ, which Hebrew words read p (פליישמן Fleischman)
             (re.compile(r"^p"), "f"),
             (re.compile(r"(?<!^)w"), "v"),  # an initial וו is w, a later one v (וודוויל Woodville)
             (re.compile(r"w"), "v")],  # וו: the w of foreign names, or v
    # Korean spellings of foreign names: ㅡ eu only breaks up consonant clusters (두브나
    # dubeuna Dubna, 쿠웨이트 kuweiteu Kuwait), and one ㄹ between vowels is r (보로비치
    # bolobichi Borovichi)
    "hang": [(re.compile(r"^.+$"), _reading(_KOREAN_TRANSCRIPTION_SOUNDS)),
             # an initial ㄹ is the r of a foreign name as often as its l (리빈스크 Rybinsk, 런던 London)
             (re.compile(r"^l.+$"), _reading(_KOREAN_TRANSCRIPTION_SOUNDS + rewrites([(r"^l", "r")]))),
             (re.compile(r"j"), "z"),  # ㅈ is also its z (카잔 Kazan, 자그레브 Zagreb)
             (re.compile(r"eu(?=[^aeiouy]|$)"), ""), (re.compile(r"(?<=[aeiou])l(?=[aeiou])"), "r"),
             (re.compile(r"b"), "v")],  # ㅂ is also the v of foreign names (파블롭스크 Pavlovsk)
    # Chinese ones write the r of a foreign name as l (阿帕蘭 Aparan, 博拉马 Bolama)
    "hani": [(re.compile(r"(?<=[aeiou])l(?=[aeiou])"), "r"),
             (_CHINESE_TRANSCRIPTION_LOOK, _reading(_CHINESE_TRANSCRIPTION_SOUNDS))],
    # Japanese ones (see _KANA_CLUSTERS)
    "kana": [(_WHOLE_WORD, _reading(_KANA_CLUSTERS)),
             (_WHOLE_WORD, _reading(_KANA_FINAL)),
             (_WHOLE_WORD, _reading(_KANA_TI_DI)),  # the u of プーチン is a vowel: not without it
             (_WHOLE_WORD, _reading(_KANA_CLUSTERS + _KANA_V_L)),
             (_WHOLE_WORD, _reading(_KANA_TI_DI + _KANA_ALL_L)),  # コブレチ Kobuleti
             (_WHOLE_WORD, _reading(_KANA_CLUSTERS + _KANA_TI_DI + _KANA_ALL_L))],  # バルバラ Balbala
}
MAX_HYPOTHESES = 6
# Alternations that guess a Latin name's language from its look, not read a letter.
_GUESSES = frozenset({_ENGLISH_LOOK, _ENGLISH_SHORT_U})
# Alternations that read a Latin name by its sound only (:attr:`TokenForm.heard`).
_HEARD = frozenset({_ENGLISH_SHORT_U, _TURKISH_SOFT_G})


def _soften_c(roman: str) -> str:
    return _C_HARD.sub("k", _C_SOFT.sub("s", roman))


@functools.lru_cache(maxsize=131072)
def fine(roman: str) -> str:
    """Spelling-unified form of a romanization.

    >>> fine("shoygu"), fine("sergei"), fine("harutyunyan")
    ('shoigu', 'sergei', 'harutiunian')
    """
    s = roman
    for pat, rep in _FINE_RULES:
        s = pat.sub(rep, s)
    return _soften_c(s)


_H_BEFORE_CONSONANT = re.compile(r"(?<![kgsczdtp])h(?=[bcdfgjklmnpqrstvxz])")  # not in kh, gh, sh...


def _classify(roman: str, table: dict[str, str], abjad: bool = False) -> str:
    """Letters to classes, a class repeated once. In an abjad spelling two like consonant
    letters in a row are two consonants with an unwritten vowel between (ممدوف Mammadov,
    محمد mhmd Muhammad: the h drops, the m's stay two), since doubling is not written."""
    out: list[str] = []
    last_match = -1
    for i, m in enumerate(_CLASS_RE.finditer(_soften_c(roman))):
        letters = m.group(0)
        for cls in table.get(letters, letters if letters.isdigit() else ""):
            if not out or out[-1] != cls or (abjad and i != last_match and cls not in VOWEL_CLASSES):
                out.append(cls)
                last_match = i
    return "".join(out)


@functools.lru_cache(maxsize=131072)
def classes(roman: str, abjad: bool = False) -> str:
    """Coarse class form (retrieval): consonant classes, three vowel classes, repeats once.

    >>> classes("lavrov"), classes("lafruf")
    ('LABROB', 'LABROB')
    """
    return _classify(roman, _CLASS_MAP, abjad)


@functools.lru_cache(maxsize=131072)
def medium(roman: str, abjad: bool = False) -> str:
    """Medium class form (scoring): ``'dalhi' -> 'DALE'`` but ``'tale' -> 'TALE'``.

    h before a vowel is dropped (Harutyunyan = Arutyunyan), before a consonant it is
    a consonant (Hruzia is not Rusia) except in abjad spellings, where the vowel after
    it is simply not written (خلوصي hlusi = Hulusi)."""
    return _classify(roman if abjad else _H_BEFORE_CONSONANT.sub("H", roman), _MEDIUM_MAP, abjad)


_H = re.compile(r"(?<![kgsczdtp])h(?=.)")  # an h of its own (not in kh, gh, sh...), not a final one


@functools.lru_cache(maxsize=131072)
def medium_with_h(roman: str, abjad: bool = False) -> str:
    """:func:`medium` with every h of its own kept, before a vowel too (a final h is silent:
    Sarah سارة): an abjad spelling that writes h (ح ه ה) means the h of a Latin one (Hassan
    حسن, not Assan); see :func:`translit.scoring.form_similarity`."""
    return _classify(_H.sub("H", roman), _MEDIUM_MAP, abjad)


def skeleton(class_form: str) -> str:
    """Consonant classes only: ``'LABROB' -> 'LBRB'``. A consonant repeated across a vowel
    stays twice (Pashinyan PSNN is not Pashin PSN)."""
    return "".join(c for c in class_form if c not in VOWEL_CLASSES)


@dataclass(frozen=True, slots=True)
class TokenForm:
    """One reading of one token: its romanization and the keys derived from it."""

    roman: str
    fine: str
    classes: str
    skeleton: str
    medium: str
    medium_skeleton: str
    # a reading that guesses the source language from the spelling (English sounds of a
    # Latin name): less likely than a second reading of one ambiguous letter
    guess: bool = False
    # the reading of a Latin word written without its marks (Simsek for Şimşek): a habit
    # of Latin-script text, so it counts only against Latin-script words
    bare: bool = False
    # the reverse: how a Latin name sounds, as other scripts transcribe it (Trump Трамп
    # ترامب), never how Latin text spells it: it counts only against other scripts' words
    heard: bool = False


ABJAD_PIPELINES = frozenset({"arab", "hebr", "tfng"})


@functools.lru_cache(maxsize=131072)
def token_form(roman: str, abjad: bool = False) -> TokenForm:
    cls = classes(roman, abjad)
    med = medium(roman, abjad)
    return TokenForm(roman, fine(roman), cls, skeleton(cls), med, skeleton(med))


@functools.lru_cache(maxsize=131072)
def hypotheses(roman: str, pipeline: str) -> tuple[TokenForm, ...]:
    """The readings of a romanized token: the plain one first, then the alternations of
    its pipeline one at a time and all together, distinct by fine and medium form, at most
    ``MAX_HYPOTHESES``. Readings by a source-language guess (:data:`_GUESSES`) are marked."""
    abjad = pipeline in ABJAD_PIPELINES
    forms = [token_form(roman, abjad)]
    seen = {(forms[0].fine, forms[0].medium)}
    rules = _ALTERNATIONS.get(pipeline, ())
    alts = [(pat.sub(rep, roman), pat in _GUESSES, pat in _HEARD) for pat, rep in rules]
    combined, guessed, heard = roman, False, False
    for pat, rep in rules:  # every second reading at once (ёсихиса: си shi and х h)
        changed = pat.sub(rep, combined)
        guessed = guessed or (pat in _GUESSES and changed != combined)
        heard = heard or (pat in _HEARD and changed != combined)
        combined = changed
    for alt, guess, by_ear in alts + [(combined, guessed, heard)]:
        if alt != roman:
            f = token_form(alt, abjad)
            if (f.fine, f.medium) not in seen:
                seen.add((f.fine, f.medium))
                forms.append(replace(f, guess=guess, heard=by_ear) if guess or by_ear else f)
        if len(forms) >= MAX_HYPOTHESES:
            break
    return tuple(forms)


def deletions(key: str) -> list[str]:
    """The key with one character left out, each way (a deletion neighbourhood), in order."""
    return sorted({key[:i] + key[i + 1 :] for i in range(len(key))})
