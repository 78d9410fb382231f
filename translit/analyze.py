"""From a name as written to the tokens the matcher compares: clean, fold, split, romanize.

Shared by both sides: the gazetteer's names when the index is built, and queries (which
also get clitic and inflection hypotheses, :mod:`translit.morphology`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from translit.keys import ABJAD_PIPELINES, TokenForm, hypotheses, token_form
from translit.korean import family_names, given_name_readings, split_full_name
from translit.languages import guessed_readings, pinyin_reading
from translit.morphology import GREEK_UNSTRESS, is_definite_adjective, variants
from translit.normalize import clean, fold
from translit.scripts import detect
from translit.transliterate import (
    is_turkic,
    pipeline_for,
    romanize_as,
    romanize_token,
    romanize_word,
    rule_text_file,
    rule_words,
)

_SPLIT = re.compile(r"[\s\-_,;:./\\()\[\]{}\"“”«»„|+&!?*#@%^=<>~`]+")
MAX_TOKENS = 12
MAX_TOKEN_LEN = 40

# Articles and particles (by romanization, so Аль, ال and אל count too): part of many
# names, yet often dropped or added ("Al Khalis" = "Khalis"), so they weigh little.
PARTICLES = frozenset("al el ul il as ad ar an at az ash ath esh ud de del della di da du la le les los las "
                      "the of von van der den y et bin ibn bint ben bani beni banu"
                      " shl tis tou".split())  # Hebrew של, Greek της του: of
# ... those that end an inverted name too (Korea, Republic of; Bahamas, The; Congo, The
# Democratic Republic of the): "of" and the articles of European languages
INVERTED_NAME_ENDINGS = frozenset(("of", "the", "de", "del", "della", "di", "da", "du", "von", "van", "der", "den",
                                   "la", "le", "les", "los", "las", "shl", "tis", "tou"))
# "Son of", "daughter of" before the father's name in an Arabic name (nasab), by
# romanization and as written (بن reads bn: محمد بن سلمان, אוסאמה בן לאדן)
NASAB = frozenset(("bin", "ibn", "bint", "ben", "بن", "ابن", "بنت", "בן"))
# ... as written, where the romanization is a common word elsewhere (του reads tu, بن bn);
# folded. And the word for "and" that joins two names in one (Trinidad and Tobago: Тринідад та
# Тобаго, Антигуа мен Барбуда, Wallis ve Futuna, Σαιν Πιερ και Μικελόν), which a
# translation writes in its own language.
NATIVE_PARTICLES = frozenset(("του", "τησ", "των", "and", "und", "ve", "və", "va", "och", "og", "és", "та",
                              "мен", "және", "жана", "ва", "και", "და", "եւ", "و",
                              # ... and "for" of organisations' names (Organization for Security...,
                              # Международное агентство по атомной энергии, Organisation pour...)
                              "for", "по", "для", "pour", "für", "في")) | {w for w in NASAB if not w.isascii()}
# ... and the Cyrillic "and" of one letter, which is also an initial (Алиев И.): only
# between two words of two letters or more (Тёркс и Кайкос; see mark_conjunctions)
ONE_LETTER_CONJUNCTIONS = frozenset(("и", "і"))
PARTICLE_WEIGHT = 0.15
# The Greek article, and σε with it, that Greek puts before a name in a sentence (της Ρωσίας,
# του Ιράν, στην Τουρκία; folded: final ς is σ): optional before another word
# (scoring.optional_words), but no word of the name
GREEK_ARTICLES = frozenset(("ο", "η", "το", "οι", "τα", "του", "τησ", "των", "τον", "την", "τη", "τουσ", "τισ",
                            "σε", "στο", "στη", "στην", "στον", "στα", "στισ", "στουσ"))
# The Arabic article as Latin spellings write it, assimilated or not (Al Khartum, Ash Shinas,
# El Oued, Salah ud-Din; Turkish es-Sadr, ez-Zerkavi): transcriptions keep it or leave it out
# at will, so a query's article that no word of a name meets costs nothing (see
# scoring.align). es and ez are no PARTICLES, that weigh little in a name too: Dar es Salaam
# keeps its es against Dār as Salām.
ARABIC_ARTICLES = frozenset(("al", "el", "ul", "il", "as", "ad", "ar", "an", "at", "az", "ash", "ath",
                             "esh", "ud", "es", "ez"))
ARABIC_ARTICLE = "ال"  # as Arabic script writes it, on the word
ALTERNATION_PENALTY = 0.03  # a second reading of an ambiguous letter is a little less likely
# a reading by a guess at the source language (keys.TokenForm.guess): an exact spelling of
# another name must keep a clear lead over it (Luis is not Louise read as English)
GUESS_PENALTY = 0.09
DESCRIPTOR_WEIGHT = 0.5
# the concepts of rules/descriptors.tsv that official names add to a country's name to
# say what kind of state it is (scoring.optional_words)
STATE_CONCEPTS = frozenset("#" + c for c in ("republic", "kingdom", "principality", "federation", "state",
                                              "commonwealth"))
# ... and what qualifies it, which names say or not as well, but which tells two states
# apart where a name meets it (the Democratic Republic of the Congo, the Republic of the
# Congo): see resolver._lenient_words
STATE_QUALIFIERS = frozenset("#" + c for c in ("democratic", "people's", "islamic", "federal", "socialist", "arab"))
# ... and those that say what kind of organisation it is, which news says or not at will
# (حركة حماس, the Hamas movement; الأناضول, Anadolu Agency)
ORGANISATION_KINDS = frozenset("#" + c for c in ("agency", "movement", "party", "group", "company", "organization", "alliance"))
# ... and the ones that tell a father and his son of one name apart (Jr., Млађи, الابن):
# no modifier, they weigh in full
GENERATIONS = frozenset(("#junior", "#senior"))


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a name: the folded text, its script and its readings."""

    text: str
    turkic: bool
    script: str
    pipeline: str
    roman: str
    forms: tuple[TokenForm, ...]
    # Query side only: stripped clitic/inflection readings as (form, penalty).
    variants: tuple[tuple[TokenForm, float], ...] = ()
    acronym: bool = False
    # Query side only: the stripped words themselves, for same-script identity.
    variant_texts: tuple[tuple[str, float], ...] = ()
    patronymic: bool = False  # by its place in the name (:func:`mark_patronymics`)
    # Query side only: a title before the name, or the word that qualifies it (Russian
    # President, президент России): counts only where a word of a name meets it
    optional: bool = False
    conjunction: bool = False  # by its place in the name (:func:`mark_conjunctions`)
    ends_name: bool = False  # the last of two words or more: no particle (:func:`mark_name_ends`)

    @property
    def is_particle(self) -> bool:
        if self.acronym:
            return False
        if self.text in NATIVE_PARTICLES or self.conjunction:
            return True
        # a name's last word spelled like an article is a name of its own (Kim Jong Il)
        return self.roman in PARTICLES and not (self.ends_name and self.roman not in INVERTED_NAME_ENDINGS)

    @property
    def is_article(self) -> bool:
        """The Arabic article, written as a word of its own in Latin script."""
        return self.roman in ARABIC_ARTICLES and self.script == "latn" and not self.acronym

    @property
    def is_office(self) -> bool:
        """A title of a leading run (:func:`title_words`) that names an office, which only a
        person holds (министр, President; not обороны, Foreign, nor Sheikh)."""
        return self.optional and is_office(self.text)

    @property
    def is_nasab(self) -> bool:
        """"Son of" or "daughter of" (bin, ibn, بن): the father's name follows."""
        return (self.roman in NASAB or self.text in NASAB) and not self.acronym

    @property
    def is_ruler_title(self) -> bool:
        """A title of a leading run that a ruler or a cleric holds, who is called by the given
        name (King Salman, Pope Francis)."""
        return self.optional and is_title(self.text, ruler_titles())

    @property
    def is_greek_article(self) -> bool:
        """The Greek article, or σε with it (στην), as a word of its own."""
        return self.script == "grek" and self.text in GREEK_ARTICLES

    @property
    def is_place_type(self) -> bool:
        return self.text in place_types() and not self.acronym

    @property
    def weighs_little(self) -> bool:
        """A particle, a place-type word, a patronymic or a title: little evidence of which
        name it is."""
        return self.is_particle or self.is_place_type or self.patronymic or self.optional

    @property
    def is_initial(self) -> bool:
        """One letter of an alphabet (S. for Sergey); abjad scripts write no initials."""
        return (len(self.roman) == 1 and self.script not in ABJAD_PIPELINES and self.script != "hang"
                and not self.acronym and not self.conjunction)  # a Hangul syllable is a word (이 Lee), never an initial

    @property
    def is_generic(self) -> bool:
        """A generic word of organisation names (Ministry, وزارة, агентство), also with a
        clitic or an ending read off: :func:`generic_words`."""
        words = generic_words()
        return self.text in words or any(text in words for text, _ in self.variant_texts)

    @property
    def is_descriptor(self) -> bool:
        """A word of rules/descriptors.tsv (Nagorno, Republic): a modifier that weighs less;
        not Junior or Senior (:data:`GENERATIONS`)."""
        return any(f.fine.startswith("#") and f.fine not in GENERATIONS and not f.fine.startswith("#" + COUNTRY_CONCEPT)
                   for f in self.forms)

    @property
    def is_state_word(self) -> bool:
        """A word of a country's official name that says what kind of state it is
        (Republic, Krallığı, جمهورية): the name says it or not at will."""
        return any(f.fine in STATE_CONCEPTS for f in self.forms)

    @property
    def is_organisation_kind(self) -> bool:
        """A word that says what kind of organisation a name is (Agency, حركة, партия)."""
        return any(f.fine in ORGANISATION_KINDS for f in self.forms)

    @property
    def is_state_qualifier(self) -> bool:
        """A word that qualifies the kind of state in an official name (Democratic, Народная)."""
        return any(f.fine in STATE_QUALIFIERS for f in self.forms)

    def readings(self, with_variants: bool = True) -> tuple[tuple[TokenForm, float], ...]:
        """Every reading of the token with its penalty: the plain one, the second readings
        of ambiguous letters (slightly less likely), then clitic/inflection variants."""
        plain = tuple((f, 0.0 if i == 0 else GUESS_PENALTY if f.guess else ALTERNATION_PENALTY)
                      for i, f in enumerate(self.forms))
        return plain + self.variants if with_variants else plain


# A geresh after these Hebrew letters is part of the letter (טישקביץ' Tyshkevich), even at
# the end of a word, where other apostrophes are quotation marks.
_GERESH_LETTERS = frozenset("גזצץתדעח")


def _trim_apostrophes(word: str) -> str:
    core = word.strip("'")
    if core and core[-1] in _GERESH_LETTERS and word.endswith("'"):
        return core + "'"
    return core


# Hebrew writes an acronym with gershayim, often typed as a double quote, before its last
# letter (נאט"ו NATO, צה"ל): one word, as it is written without it too (נאטו)
_GERSHAYIM = re.compile('(?<=[\u05d0-\u05ea])["\u201d\u05f4](?=[\u05d0-\u05ea])')


def split_words(text: str) -> list[str]:
    """Words of a cleaned name: split at spaces and punctuation, apostrophes kept inside."""
    words = [w for w in map(_trim_apostrophes, _SPLIT.split(_GERSHAYIM.sub("", text))) if w]
    return _spaced_titles_joined(_hyphenated_titles_joined(words))[:MAX_TOKENS]


def _hyphenated_titles_joined(words: list[str]) -> list[str]:
    """A title abbreviated with a hyphen as one word, as the title lists write it, in any
    case (г-н, г-на, г-жа: Mr, Mrs), not two letters taken for initials."""
    heads = _hyphenated_title_heads()
    out: list[str] = []
    for w in words:
        if out and out[-1].casefold() in heads and is_title(f"{out[-1]}-{w}".casefold()):
            out[-1] = f"{out[-1]}-{w}"
        else:
            out.append(w)
    return out


_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3]")


def _spaced_titles_joined(words: list[str]) -> list[str]:
    """A title that Persian and Arabic write as one word, with a non-joiner or a space as
    well (آیت‌الله, آیت الله; رئیس‌جمهور, رئیس جمهور), as one word: its halves alone are no
    titles, and الله must not be one (عبد الله)."""
    out: list[str] = []
    for w in words:
        arabic = out and _ARABIC_LETTER.match(w) and _ARABIC_LETTER.match(out[-1])
        if arabic and fold(out[-1] + w) in titles():
            out[-1] += w
        else:
            out.append(w)
    return out


@functools.lru_cache(maxsize=1)
def _hyphenated_title_heads() -> frozenset[str]:
    """What the titles written with a hyphen begin with (г of г-н)."""
    return frozenset(t.split("-")[0] for t in titles() if "-" in t)


# Letters that a language reads two ways, tried both ways on the source text (Azerbaijani
# ə is written a in Aliyev and Ganja, e in Khankendi and Sheki).
# In Russian, э and ё also transcribe English a and Japanese yo (Фрэмптон Frampton,
# Кётаро Kyōtarō), and ё is written е (Горбачёв Горбачев), so ё is tried as йо.
# French ch is sh (Chabal شابال, Lamarche Ламарш); not before i, where it is the chi of
# Japanese names, but in a word with a French ending (Pachinian Pashinyan), and
# not č or ć, which are ch (on the source text for that reason), nor German sch (ш).
# French tch (ч) is t + sh, as Arabic writes it: Voltchkov فولطشكوف.
# Scandinavian å is o, ø is ё (Åke Оке, Søren Сёрен); Czech ř is рж (Dvořák Дворжак).
# Polish ą ę are nasal: on en before a consonant, om em before b p (Wałęsa Валенса,
# Dąbrowski Домбровский); ż is zh (Żuławski Жулавский). Serbo-Croatian đ, written dj without
# diacritics, is dž (Đorđević Джорджевич, Djokovic Джокович).
_NASAL = {"ą": "o", "ę": "e"}
_SOURCE_ALTERNATIONS = {
    "latn": ((re.compile("ə"), "e", False),
             (re.compile("(?<!s)ch(?!i)|(?<!s)ch(?=i.*(?:ine|ian|ienne)$)"), "sh", True),
             (re.compile("[ąę](?=[bp])"), lambda m: _NASAL[m.group(0)] + "m", False),
             (re.compile("[ąę](?=[^aeiouyóąębp])"), lambda m: _NASAL[m.group(0)] + "n", False),
             (re.compile("ż"), "zh", False), (re.compile("đ|dj(?=[aeiou])"), "dž", False),
             (re.compile("å"), "o", False), (re.compile("ø"), "yo", False), (re.compile("ř"), "rž", False)),
    "cyrl": ((re.compile("э"), "а", False), (re.compile("ё"), "йо", False)),
    # ض is z in Persian, Urdu and Turkish names (رضا Reza, رمضان Ramazan), d in Arabic ones;
    # ظ is z there and in the Levant, dh as ذ in the Gulf's (ظهران Dhahran, أبو ظبي Abu Dhabi)
    "arab": ((re.compile("ض"), "ز", False), (re.compile("ظ"), "ذ", False)),
}
# Hindi, Punjabi, Bengali and Gujarati do not say the inherent vowel of a word's last
# consonant, which romanization writes: लंदन is Landan, ਮਾਰਿਬ Marib, not Landana, Mariba.
# A final cluster keeps it (कृष्ण Krishna). Read with a virama added; the vowel a second reading.
_INDIC_FINAL_CONSONANT = (  # script, consonants, nukta, virama
    ("deva", "\u0915-\u0939\u0958-\u095f", "\u093c", "\u094d"),
    ("beng", "\u0995-\u09b9\u09dc-\u09df", "\u09bc", "\u09cd"),
    ("guru", "\u0a15-\u0a39\u0a59-\u0a5e", "\u0a3c", "\u0a4d"),
    ("gujr", "\u0a95-\u0ab9", "\u0abc", "\u0acd"))
_SILENT_FINAL_VOWEL = {script: (re.compile(f"(?<![{virama}])([{consonants}]{nukta}?)$"), f"\\1{virama}")
                       for script, consonants, nukta, virama in _INDIC_FINAL_CONSONANT}
_SOURCE_ALTERNATIONS.update({script: ((re.compile(f"{virama}$"), "", False),)
                             for script, _, _, virama in _INDIC_FINAL_CONSONANT})


def _source_alternatives(text: str, script: str, read: Callable[[str], str]) -> list[tuple[str, bool]]:
    """``text`` read (by ``read``) with each second reading of its letters that applies
    (:data:`_SOURCE_ALTERNATIONS`), and whether that reading is a guess."""
    return [(read(pattern.sub(new, text)), guess) for pattern, new, guess in _SOURCE_ALTERNATIONS.get(script, ())
            if pattern.search(text)]


def _as_spoken(word: str, script: str) -> str:
    """The word as it is read: for an Indic script, without its final inherent vowel."""
    rule = _SILENT_FINAL_VOWEL.get(script)
    return rule[0].sub(rule[1], word) if rule else word


@functools.lru_cache(maxsize=1)
def place_types() -> frozenset[str]:
    """Folded words that say what kind of place a name is, from rules/place-types.tsv."""
    return rule_words("place-types.tsv")


@functools.lru_cache(maxsize=1)
def descriptors() -> dict[str, tuple[str, ...]]:
    """Folded descriptor word -> its concepts, from rules/descriptors.tsv (French haut is
    the upper of Haut-Rhin and the mountainous of Haut-Karabakh)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in rule_text_file("descriptors.tsv").splitlines():
        if line and not line.startswith("#"):
            concept, words = line.split("\t")
            for word in map(fold, map(clean, words.split())):
                # Greek in capitals, and many a list, drops the stress marks (ΛΑΪΚΗ, Λαϊκη)
                for form in dict.fromkeys((word, word.translate(GREEK_UNSTRESS))):
                    out[form] = out.get(form, ()) + (concept,)
    return out


def concept_form(concept: str) -> TokenForm:
    """A reading that equals only the same concept: ``#mountainous``."""
    key = "#" + concept
    return TokenForm(key, key, key, key, key, key)


@functools.lru_cache(maxsize=65536)
def token(word: str, turkic: bool = False, with_variants: bool = False, acronym: bool = False) -> Token | None:
    """The readings of one folded word (None when it has no letters to read)."""
    word = word[:MAX_TOKEN_LEN]
    script = detect(word)
    turkic = turkic and script == "latn"
    pipeline = pipeline_for(word, script, turkic)
    spoken = _as_spoken(word, script)
    roman = romanize_word(spoken, turkic)
    if not roman:
        if not any(ch.isalpha() for ch in word):
            return None
        # a script that no rule reads (Khmer, Lao, N'Ko...): the word still equals itself,
        # so that a name written as the gazetteer writes it is found
        return Token(word, False, script, pipeline, "", (concept_form("=" + word),), (), acronym, ())
    forms = hypotheses(roman, pipeline)
    for alt, guess in _source_alternatives(spoken, script, lambda text: romanize_word(text, turkic)):
        forms += tuple(replace(f, guess=True) if guess else f for f in hypotheses(alt, pipeline) if f not in forms)
    if script == "latn" and not word.isascii():
        # marks are often left out (Simsek, Cavusoglu, Lodz in English text), and the bare
        # letters are read as they look: s, c, l, not the sh, ch, w of the marks
        bare = romanize_as(word, "other")
        if bare != word:
            f = token_form(romanize_word(bare))
            if f.fine:
                forms = _with_reading(forms, replace(f, bare=True))
    if script == "latn" and not turkic and not _UMLAUTS.isdisjoint(word):
        # German writes ä ö ü as ae oe ue where it has no marks (Köln Koeln, München Muenchen)
        f = token_form(romanize_word(word.translate(_UMLAUTS_SPELLED)))
        if f.fine:
            forms = _with_reading(forms, replace(f, bare=True))
    pinyin = pinyin_reading(word) if script == "latn" and not turkic else None
    if pinyin:
        forms = _with_reading(forms, token_form(pinyin))
    if not turkic:
        for alt in guessed_readings(word, script):
            forms = _with_reading(forms, replace(token_form(alt), guess=True))
    if script == "hang" and word in family_names():
        # 이 is Lee, 박 Park: no reading gives them; English spells the name so first
        english = tuple(token_form(spelling) for spelling in family_names()[word])
        forms = english + tuple(f for f in forms if all((f.fine, f.medium) != (g.fine, g.medium) for g in english))
    forms += tuple(concept_form(concept) for concept in descriptors().get(word, ()))
    country = _country_of_word(word)
    if country:
        forms += (concept_form(country),)
    extra: list[tuple[TokenForm, float]] = []
    stripped_texts = variants(word, script, turkic) if with_variants else ()
    if with_variants:
        for stripped, penalty in stripped_texts:
            r = romanize_token(stripped, turkic).replace("'", "")
            # read as its own script where it is another (プーチン off プーチン大統領, counted Han)
            own = detect(stripped)
            if r:
                own_pipeline = pipeline if own == script else pipeline_for(stripped, own, turkic)
                extra += [(f, penalty) for f in hypotheses(r, own_pipeline)]
                # and the second readings of its letters (Ərdoğanla: Erdoğan, ə read e); not
                # the Persian ض of an Arabic word, which an Arabic clitic or article shows
                # it is (القرضاوي is no Karzai)
                for alt, guess in _source_alternatives(stripped, own, lambda text: romanize_token(text, turkic)):
                    if not guess and own != "arab":
                        extra += [(f, penalty + ALTERNATION_PENALTY)
                                  for f in hypotheses(alt.replace("'", ""), own_pipeline)]
            extra += [(concept_form(concept), penalty) for concept in descriptors().get(stripped, ())]
            stripped_country = _country_of_word(stripped)
            if stripped_country and stripped_country != country:
                extra.append((concept_form(stripped_country), penalty))
            # and its bare letters where an apostrophe marks the ending (Çavuşoğlu'nun is
            # Cavusoglu too); not where the ending is a guess, nor its other second readings:
            # they crowd the few vocabulary tokens that get scored (Seyşeller's seysel
            # pushed out Seychelles)
            whole = token(stripped, turkic) if "'" in word else None
            if whole is not None:
                extra += [(f, penalty + ALTERNATION_PENALTY) for f in whole.forms if f.bare]
    return Token(word, turkic, script, pipeline, roman, forms, tuple(extra), acronym, stripped_texts)


COUNTRY_CONCEPT = "country-"  # + ISO 3166 code: a word that names a country (Россия, روسيا)


@functools.lru_cache(maxsize=65536)
def _country_of_word(word: str) -> str | None:
    """The concept of the country a folded word names in a language of news (Россия, روسيا,
    Italia; see countrynames.NEWS_LANGUAGES), else None. Not an adjective of nationality,
    which may say another country than the one its letters name (Dominican: the Dominican
    Republic, not Dominica)."""
    from translit.countrynames import country_named  # (it loads the gazetteer model)
    code = country_named(word) if len(word) >= 4 else None
    return COUNTRY_CONCEPT + code if code else None


_UMLAUTS = frozenset("äöü")
_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _with_reading(forms: tuple[TokenForm, ...], f: TokenForm) -> tuple[TokenForm, ...]:
    """``forms`` and ``f``, unless a reading alike (fine and medium form) is there already."""
    if any((f.fine, f.medium) == (g.fine, g.medium) for g in forms):
        return forms
    return forms + (f,)


_FIELD, _FORM = "\x1f", "\x1e"


def dump_token(t: Token) -> str:
    """A gazetteer token's readings as one string, stored in the index so that a query
    never romanizes a gazetteer word again (inverse: :func:`load_token`)."""
    forms = _FORM.join(_FIELD.join((f.roman, f.fine, f.classes, f.skeleton, f.medium, f.medium_skeleton,
                                    ("g" if f.guess else "") + ("b" if f.bare else "") + ("h" if f.heard else ""))) for f in t.forms)
    return _FIELD.join((t.script, t.pipeline, t.roman)) + _FORM + forms


def load_token(text: str, turkic: bool, acronym: bool, data: str) -> Token:
    head, *forms = data.split(_FORM)
    script, pipeline, roman = head.split(_FIELD)
    return Token(text, turkic, script, pipeline, roman,
                 tuple(_stored_form(f) for f in forms), (), acronym, ())


@functools.lru_cache(maxsize=131072)
def _stored_form(data: str) -> TokenForm:
    roman, fine, classes, skeleton, medium, medium_skeleton, flags = data.split(_FIELD)
    return TokenForm(roman, fine, classes, skeleton, medium, medium_skeleton, "g" in flags, "b" in flags, "h" in flags)


def is_acronym(word: str) -> bool:
    """Capitals only, 2 to 5 of them (EU, OSCE, NATO): compared letter for letter."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _title_words(filename: str) -> frozenset[str]:
    """The folded words of a title list; the Greek ones also without their stress marks, as
    capitals write them (Ο ΠΡΟΕΔΡΟΣ)."""
    words = rule_words(filename)
    return words | {w.translate(GREEK_UNSTRESS) for w in words}


@functools.lru_cache(maxsize=1)
def offices() -> frozenset[str]:
    """Offices (President, министр), from rules/titles.tsv, and those that some languages
    put after the name too (:func:`trailing_titles`)."""
    return _title_words("titles.tsv") | trailing_titles()


@functools.lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Honorifics (Mr, господин, السيد), from rules/honorifics.tsv."""
    return _title_words("honorifics.tsv")


@functools.lru_cache(maxsize=1)
def ruler_titles() -> frozenset[str]:
    """Titles of rulers, nobles and clerics (King, Sheikh, Pope), from rules/ruler-titles.tsv."""
    return _title_words("ruler-titles.tsv")


@functools.lru_cache(maxsize=1)
def title_domains() -> frozenset[str]:
    """Words that say which office a title is (Foreign, الدفاع, Ministry), from
    rules/title-domains.tsv."""
    return _title_words("title-domains.tsv")


@functools.lru_cache(maxsize=1)
def trailing_titles() -> frozenset[str]:
    """Offices that Hungarian news writes after the name (Orbán Viktor miniszterelnök), from
    rules/trailing-titles.tsv; Korean ones are known by their script (see _trailing_titles)."""
    return _title_words("trailing-titles.tsv")


@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """:func:`offices`, :func:`honorifics`, :func:`ruler_titles` and :func:`title_domains`."""
    return offices() | honorifics() | ruler_titles() | title_domains()


@functools.lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Folded generic words of organisation names, from rules/generic-words.tsv."""
    return rule_words("generic-words.tsv")


@functools.lru_cache(maxsize=1)
def prepositions() -> frozenset[str]:
    """Folded prepositions that running text puts before a name, from rules/prepositions.tsv."""
    return rule_words("prepositions.tsv")


@functools.lru_cache(maxsize=1)
def postpositions() -> frozenset[str]:
    """Folded postpositions and case markers that running text puts after a name, from
    rules/postpositions.tsv."""
    return rule_words("postpositions.tsv")


# "Of" after a title, and the articles after it, as written (Minister of the Interior,
# ministre de l'Intérieur, Presidente de la República), folded; not Hebrew של or Greek της:
# those languages put the country after the title without it
OF_WORDS = frozenset(("of", "de", "del", "della", "di", "do", "da", "du", "des"))
OF_ARTICLES = frozenset(("the", "la", "l", "le", "los", "las"))
# "former" written onto a title: expresidente, exministro, экс-премьер joined
_FORMER = ("ex", "экс")


@functools.lru_cache(maxsize=8192)
def _title_forms(word: str) -> frozenset[str]:
    """The word and its forms with a clitic or an ending read off, or "ex" before a title,
    as titles are looked up."""
    words = [word] + [word[len(p):] for p in _FORMER if word.startswith(p) and len(word) - len(p) >= 4]
    return frozenset(f for w in words for f in (w, *(v for v, _ in variants(w, detect(w), adjectives=False))))


def is_title(word: str, words: frozenset[str] | None = None) -> bool:
    """A title (or one of ``words``), also with a clitic or an ending (والرئيس is و + الرئيس,
    президента президент)."""
    return not (titles() if words is None else words).isdisjoint(_title_forms(word))


def is_office(word: str) -> bool:
    """A title that names an office (министра, President), not which one (обороны, Ministry:
    no case of the Spanish ministra)."""
    return is_title(word, offices()) and not is_title(word, title_domains())


def _heads_a_title_run(word: str) -> bool:
    """An office, an honorific or a ruler's title: a run of titles needs one (Mr Pashinyan,
    министр обороны, King Salman)."""
    return is_office(word) or is_title(word, honorifics()) or is_title(word, ruler_titles())


def title_words(words: list[str]) -> set[int]:
    """The positions of a query's leading titles and of the words that qualify them: one
    or two words before a title (Turkish President, North Korean leader) and the first word
    after the titles when two or more follow (الرئيس الروسي فلاديمير بوتين, президента
    России Владимира Путина). At least one word after them is left as the name. A leading
    preposition (в Шуше) is optional too, and titles may follow it (у президента России
    Владимира Путина)."""
    start = 1 if len(words) > 1 and words[0] in prepositions() else 0
    run: set[int] = set(range(start))
    i = start
    office = False
    while i < len(words) - 1:
        if is_title(words[i]) or words[i] in GREEK_ARTICLES:  # στον πρόεδρο Ερντογάν
            run.add(i)
            office = office or _heads_a_title_run(words[i])
        elif (i + 2 < len(words) and is_title(words[i + 1])) or (i + 3 < len(words) and is_title(words[i + 2])):
            run.add(i)  # a qualifier of one or two words between or before titles (North Korean leader)
        else:
            break
        i += 1
    if not office and not run.issubset(range(start)) and not all(words[j] in GREEK_ARTICLES for j in run):
        return set(range(start))  # Министерство обороны Сирии: a ministry's name, no title
    qualified = False
    while office and words[i] in OF_WORDS and i + 3 < len(words):
        # the office's country or body after "of" (Prime Minister of Armenia Nikol Pashinyan,
        # Presidente de la República Gustavo Petro), two words at least left as the name
        end = i + 2 if words[i + 1] in OF_ARTICLES and i + 4 < len(words) else i + 1
        run.update(range(i, end + 1))
        i, qualified = end + 1, True
    # (not a given name before bin: الأمير محمد بن سلمان)
    left = len(words) - i
    if len(run) > start and not qualified and (left >= 3 or (left == 2 and is_definite_adjective(words[i]))) \
            and not (i + 1 < len(words) and words[i + 1] in NASAB):
        run.add(i)
    return run | _trailing_titles(words)


def _trailing_titles(words: list[str]) -> set[int]:
    """The titles that Korean and Hungarian put after a name (푸틴 대통령, 라브로프 외무장관,
    Orbán Viktor miniszterelnök), and a postposition after them or the name (Պուտինի հետ,
    Ruhani ile), a name's word before them left."""
    end = len(words)
    while end > 1 and words[end - 1] in postpositions():  # पुतिन के साथ: two words, "with"
        end -= 1
    while end > 1 and ((detect(words[end - 1]) == "hang" and _heads_a_title_run(words[end - 1]))
                       or is_title(words[end - 1], trailing_titles())):
        end -= 1
    return set(range(end, len(words)))


def without_titles(tokens: list[Token]) -> list[Token]:
    """The words that give the name: a query's optional titles aside (all of them if that
    leaves none)."""
    return [t for t in tokens if not t.optional] or tokens


def analyze(name: str, query: bool = False) -> list[Token]:
    """Tokens of a name. Queries get morphological variants, and their leading titles
    are marked optional (:func:`title_words`)."""
    cleaned = clean(name)
    turkic = is_turkic(cleaned)
    words = [(fold(w), is_acronym(w)) for w in split_words(cleaned)]
    words = [(w, a) for w, a in words if w]
    optional = title_words([w for w, _ in words]) if query else set()
    tokens = [token(w, turkic, query, a) for w, a in words]
    rest = [t for i, t in enumerate(tokens) if i not in optional and t is not None]
    if optional and not all(t.is_particle or t.is_place_type for t in rest):  # Queens County: a name
        tokens = [replace(t, optional=True) if i in optional and t is not None else t for i, t in enumerate(tokens)]
    marked = mark_name_ends(mark_conjunctions(mark_patronymics([t for t in tokens if t is not None])))
    return with_servant_articles(marked) if query else marked


# Abd (servant of) and the article of the name after it (one of God's: al-Nasir, al-Aziz),
# which Arabic script writes on that name (عبد الناصر) and Latin spellings on Abd (Abdel
# Nasser, Abdul Aziz)
_SERVANT = "عبد"


def with_servant_articles(tokens: list[Token]) -> list[Token]:
    """A query's tokens with each Arabic-script عبد before a word with the article read as
    Latin spellings write it, with the article too (abdal: Abdel, Abdul), a query variant."""
    out = list(tokens)
    for i, t in enumerate(tokens[:-1]):
        if t.text == _SERVANT and tokens[i + 1].text.startswith(ARABIC_ARTICLE):
            extra = tuple((f, ALTERNATION_PENALTY) for f in hypotheses(t.roman + "al", t.pipeline))
            out[i] = replace(t, variants=t.variants + extra)
    return out


def split_korean_names(tokens: list[Token]) -> list[Token] | None:
    """The query's tokens with each Hangul word that may be a Korean full name split into
    family name and given name (:mod:`translit.korean`), or None if none may be."""
    out: list[Token] = []
    for t in tokens:
        halves = split_full_name(t.text) if t.script == "hang" else None
        if not halves:
            out.append(t)
            continue
        family, given = (token(w, with_variants=True) for w in halves)
        if family is None or given is None:
            return None
        forms = given.forms
        for spelling in given_name_readings(given.text, romanize_word):
            forms = _with_reading(forms, token_form(spelling))
        out += [family, replace(given, forms=forms)]
    return out if len(out) > len(tokens) else None


# A father's name in a person's full name: Russian, Ukrainian and Belarusian write it
# (Владимир Владимирович Путин, Тимошенко Юлія Володимирівна), Azerbaijani and Kazakh
# too (Heydər oğlu, Кемелұлы); English lists and most gazetteers leave it out. By the
# romanization, so that every script and spelling of it counts.
_PATRONYMIC_ENDING = re.compile(r"(?:[oae]v[iy]ch|[oae]vna|[iy]vna|ichna|uly|[qk]yzy)$")
SON_OF = frozenset({"oglu", "oghlu", "ogly", "ogli", "qizi", "kizi", "gizi", "kyzy", "qyzy"})  # Heydər oğlu
# Armenian gives the father's name in the genitive, in -i (Նիկոլ Վովայի Փաշինյան, Serzh Azati
# Sargsyan, PASHINYAN Nikol Vovayi): a word in -i, not the first, where an Armenian surname
# begins or ends the name (Սուրբ Ծննդյան կղզի, Christmas Island, has none)
_ARMENIAN_SURNAME = re.compile(r"(?:[iy]an|[iy]?ants|unts|ian[ts]?)$")


def mark_name_ends(tokens: list[Token]) -> list[Token]:
    """The tokens with the last of two or more marked (:attr:`Token.ends_name`): an article
    or "son of" comes before a word, so a name's last word spelled like one is a name of
    its own (Kim Jong Il, Nguyen Van An), which weighs in full; not "of" or "the", which
    end an inverted name (Korea, Republic of), nor a word of the language itself (و, и)."""
    if len(tokens) < 2:
        return tokens
    return tokens[:-1] + [replace(tokens[-1], ends_name=True)]


def mark_conjunctions(tokens: list[Token]) -> list[Token]:
    """The tokens with each Cyrillic "and" of one letter between two words of two letters or
    more marked (:attr:`Token.conjunction`): Тёркс и Кайкос, not Алиев И. Г."""
    return [replace(t, conjunction=True) if t.text in ONE_LETTER_CONJUNCTIONS and 0 < i < len(tokens) - 1
            and len(tokens[i - 1].roman) > 1 and len(tokens[i + 1].roman) > 1 else t
            for i, t in enumerate(tokens)]


def mark_patronymics(tokens: list[Token]) -> list[Token]:
    """The tokens with each patronymic marked (:attr:`Token.patronymic`): in a name of three
    words or more, never the first word; a word ending like one inside the name, else the
    last word (Путин Владимир Владимирович); a separate "son of" with the father's name
    before it; every initial after the first (Лавров С.В., S.V. Lavrov: the father's name;
    George H. W. Bush: middle names, which lists leave out as often), and one between
    words (Donald J. Trump). Surnames end alike
    (Абрамович, Джокович): where they stand in a name of two words, or last after an inner
    patronymic, they are left alone."""
    if len(tokens) < 3:
        return tokens
    marked = {i for i in range(1, len(tokens) - 1) if _PATRONYMIC_ENDING.search(tokens[i].roman)}
    if not marked and _PATRONYMIC_ENDING.search(tokens[-1].roman):
        marked.add(len(tokens) - 1)
    if not marked and any(_ARMENIAN_SURNAME.search(tokens[i].roman) for i in (0, -1)):
        fathers = [i for i in range(1, len(tokens)) if tokens[i].roman.endswith("i") and len(tokens[i].roman) > 3
                   and not _ARMENIAN_SURNAME.search(tokens[i].roman)]
        marked.update(fathers if len(fathers) == 1 else ())
    initials = [i for i, t in enumerate(tokens) if t.is_initial]
    if len(initials) < len(tokens):
        marked.update(initials[1:])
        # an initial between words is a middle name's (Donald J. Trump, George H. W. Bush)
        words = [i for i, t in enumerate(tokens) if not (t.is_initial or t.optional)]
        if words:
            marked.update(i for i in initials if words[0] < i < words[-1])
    for i in range(2, len(tokens)):
        if tokens[i].roman in SON_OF:
            marked.update((i - 1, i))
    return [replace(t, patronymic=True) if i in marked else t for i, t in enumerate(tokens)]
