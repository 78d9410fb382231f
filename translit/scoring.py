"""Scoring a query against one gazetteer name: token similarity, part alignment, one score.

Token similarity compares the three key forms of :mod:`translit.keys`; where an abjad
(Arabic-script, Hebrew) token is involved, short vowels are missing by nature, so the
class forms are compared with insertions and deletions only (a missing vowel costs one
deletion, a wrong consonant two) and the fine form, meaningless there, is left out;
the vowels an abjad spelling does write are evidence all the same (:func:`vowel_mismatches`).

Name score (rigour/yente style part alignment): the parts of the query and of the name
are paired greedily, best pair first, adjacent parts also joined (``قره باغ`` =
``Karabakh``). Every query part must be explained; name parts may be missing at a
smaller cost (a surname alone names a person, though not half of a double surname),
except that for a person a match on given names alone is weak.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from rapidfuzz.distance import Indel, Levenshtein
from rapidfuzz.process import extract_iter

from translit.analyze import ARABIC_ARTICLE, ARABIC_ARTICLES, GENERATIONS, GUESS_PENALTY, NASAB, Token
from translit.keys import ABJAD_PIPELINES, VOWEL_CLASSES as VOWELS, TokenForm, hypotheses, medium_with_h, skeleton
from translit.morphology import gender_counterparts
from translit.scripts import KNOWN

ABJAD = ABJAD_PIPELINES  # the scripts, named as their pipelines (Tifinagh too: ⵢⴼⵔⵏ Yefren)
MIN_PART_SIM = 0.55  # below this a pair of parts is no evidence at all
MISSING_NAME_PART = 0.3  # how much the name's unmatched parts can cost, at most
MISSING_GIVEN_NAMES = 0.1  # the same, for a person whose family name matched
# ... and where the query is the family name alone: news names a person so (Pompeo said),
# which must not lose to a place whose whole name only reads the same (Pompeo, a name of
# Pompeu); a query that gives names leaves the others out at the rate above (Гейдар Алиев
# is Heydar Aliyev, not Ilham Heydar oglu Aliyev)
FAMILY_NAME_ALONE = 0.02
GIVEN_NAME_ONLY = 0.7  # factor when no family-name part of a person was matched
MIDDLE_NAME_WEIGHT = 0.15  # a query's middle name that a person's name lacks: as a patronymic (analyze.PARTICLE_WEIGHT)
# ... at least this well: written without short vowels (Başkanı, "president", is 0.55 like
# Bahçeli; عراقجي Araghchi 0.72), or with them (Məmmədov is 0.70 like Mammadyarov, another
# name: a spelling of one name scores 0.8 and more)
FAMILY_MIN_ABJAD, FAMILY_MIN = 0.65, 0.75
ABJAD_SHORT_CAP = (0.85, 0.88, 0.92, 0.96, 1.0)  # by consonant count: 0, 1, 2, 3, 4+
# A reading without vowels never equals an exact spelling: Trodrist is Trodrist before it
# is ترودرست (Truderist). Same-script identical words score 1 before this applies; the
# factor breaks such ties only, it moves no threshold.
ABJAD_CONFIDENCE = 0.995


# An abjad spelling of a foreign name still writes some vowels (ا و ي, א ו י): a vowel
# letter with no vowel of the other name against it, or a final vowel of the other name
# left unwritten (Kiyomaro would end in و), is evidence against the pair. Each costs this
# much (a silent final e half as much: Attlee أتلي).
VOWEL_MISMATCH = 0.05


def vowel_mismatches(abjad: str, vowelled: str, vowel_first: bool = False) -> float:
    """How many written vowels of the abjad medium form the vowelled one lacks, plus its
    final vowel when the abjad form leaves it unwritten, and its first when it is a vowel
    letter (``vowel_first``: a, e, i, o, u; not w or y) that the abjad form does not
    begin with: abjad scripts write a word's first vowel, on an alef or ע (Abrahams is no
    برامس)."""
    count = 1.0 if vowel_first and vowelled[:1] in VOWELS and abjad[:1] not in VOWELS else 0.0
    last = len(vowelled) - 1
    # as_list gives (tag, source position, target position) tuples, though typed as Editop
    for op, i, j in cast("list[tuple[str, int, int]]", Indel.editops(abjad, vowelled).as_list()):
        if op == "delete" and abjad[i] in VOWELS:
            count += 1.0
        elif op == "insert" and j == last and vowelled[j] in VOWELS:
            count += 0.5 if vowelled[j] == "E" else 1.0
    return count


_levenshtein, _indel = Levenshtein.normalized_similarity, Indel.normalized_similarity  # hot: bound once
# How much each form counts in the similarity of two readings without abjad (the fine
# form's share bounds the others': see _best_reading_similarity)
FINE_SHARE, MEDIUM_SHARE, SKELETON_SHARE = 0.5, 0.3, 0.2


# Letters of an abjad spelling that stand where a Latin spelling writes a vowel or nothing,
# never an h (ע ع: Amir עמיר, Abbasi عباسي, Saud סעוד): a word that writes one spells the
# sounds of its language, and a Latin h (Hamir, Havasi) is a letter it lacks, as where
# it writes ح ה for one (see form_similarity)
GUTTURALS = frozenset("עع")


def _writes_guttural(part: Part) -> bool:
    return not GUTTURALS.isdisjoint(part.text)


ARTICLE_CLASSES = "AL"  # the Arabic article (analyze.ARABIC_ARTICLE) in medium classes


def form_similarity(a: TokenForm, b: TokenForm, abjad: bool, abjad_side: int = 0, guttural: bool = False,
                    articles: bool = False) -> float:
    """Similarity in [0, 1] of two readings. ``abjad_side``: 1 when only ``a`` is written in
    an abjad script, 2 when only ``b`` is (see :func:`vowel_mismatches`); ``guttural``: that
    abjad word writes one of :data:`GUTTURALS`; ``articles``: both are Arabic-script words
    that begin with the article."""
    if a.fine.startswith("#") or b.fine.startswith("#"):
        return 1.0 if a.fine == b.fine else 0.0  # a descriptor concept equals only itself
    if a.fine == b.fine and not abjad:
        return 1.0
    if abjad:
        # two or three consonants without vowels fit many names: never full confidence
        # (a scale, not a ceiling, so that the closer of two short names still ranks first)
        cap = ABJAD_SHORT_CAP[min(len(a.medium_skeleton), len(b.medium_skeleton), len(ABJAD_SHORT_CAP) - 1)]
        if abjad_side:
            # an abjad spelling that writes an h (ح ه ה) means it, as a Latin one does
            # (حسن is Hassan, not Assan); one without may follow a Russian spelling that
            # drops it (أراتيونيان, Арутюнян for Harutyunyan): h counts only in the first
            abjad_form, other = (a, b) if abjad_side == 1 else (b, a)
            abjad_h = _with_h(abjad_form.roman, True)
            if "H" in abjad_h[0] or guttural:
                other_h = _with_h(other.roman, False)
                ah, bh = (abjad_h, other_h) if abjad_side == 1 else (other_h, abjad_h)
                return _abjad_similarity(ah[0], bh[0], ah[1], bh[1], cap, abjad_side, _vowel_first(other))
        if articles and a.medium.startswith(ARTICLE_CLASSES) and b.medium.startswith(ARTICLE_CLASSES) \
                and min(len(a.medium), len(b.medium)) > len(ARTICLE_CLASSES) + 1:
            # the article that both write is no evidence that they are one word (السورية التركية)
            n, k = len(ARTICLE_CLASSES), len(skeleton(ARTICLE_CLASSES))
            return _abjad_similarity(a.medium[n:], b.medium[n:], a.medium_skeleton[k:], b.medium_skeleton[k:], cap, 0)
        return _abjad_similarity(a.medium, b.medium, a.medium_skeleton, b.medium_skeleton, cap, abjad_side,
                                 abjad_side != 0 and _vowel_first(b if abjad_side == 1 else a))
    fine = _levenshtein(a.fine, b.fine)
    cls = _levenshtein(a.medium, b.medium)
    sk = _levenshtein(a.medium_skeleton, b.medium_skeleton) if a.medium_skeleton or b.medium_skeleton else cls
    return FINE_SHARE * fine + MEDIUM_SHARE * cls + SKELETON_SHARE * sk


_VOWEL_LETTERS = frozenset("aeiou")  # not w or y: abjad scripts write those as consonants (و ו ي י)


def _vowel_first(form: TokenForm) -> bool:
    """Does a reading begin with a vowel letter (see :func:`vowel_mismatches`)?"""
    return form.roman[:1] in _VOWEL_LETTERS


@functools.lru_cache(maxsize=131072)
def _with_h(roman: str, abjad: bool) -> tuple[str, str]:
    """:func:`translit.keys.medium_with_h` and its skeleton."""
    form = medium_with_h(roman, abjad)
    return form, skeleton(form)


def _abjad_similarity(am: str, bm: str, ask: str, bsk: str, cap: float, abjad_side: int,
                      vowel_first: bool = False) -> float:
    """Similarity of two medium forms (and their skeletons) where one is written without
    short vowels; ``vowel_first``: see :func:`vowel_mismatches`."""
    # consonants decide; vowels (only the long ones are written) count less
    cls = _indel(am, bm)
    sk = _levenshtein(ask, bsk) if ask or bsk else cls
    score = ABJAD_CONFIDENCE * cap * (0.55 * sk + 0.45 * cls)
    if abjad_side and score >= MIN_PART_SIM:  # below, no caller looks at it
        abjad_form, full = (am, bm) if abjad_side == 1 else (bm, am)
        score -= VOWEL_MISMATCH * vowel_mismatches(abjad_form, full, vowel_first)
    return max(0.0, score)


@dataclass(frozen=True, slots=True)
class Part:
    """A query or name part (a token, or two adjacent tokens joined) with its readings."""

    covers: tuple[int, ...]
    readings: tuple[tuple[TokenForm, float], ...]
    abjad: bool
    acronym: bool = False
    text: str = ""  # the folded source text: the same word in the same script is certain
    # set for scripts without rules of their own (Han, Kana, Devanagari...): their
    # romanization is a lossy approximation that only meets the same script reliably
    lossy_script: str | None = None
    # query side: the word with a clitic or ending stripped, and its penalty
    stripped: tuple[tuple[str, float], ...] = ()
    latin: bool = False  # written in Latin script: meets the bare readings (TokenForm.bare), not the heard ones
    # what the similarity depends on, as a small number: the same word at another position
    # of another name shares the cached similarities (see :func:`part_similarity`)
    content: int = field(default=0, compare=False, repr=False)
    # the concepts it reads as (rules/descriptors.tsv: #union, #africa), if any
    concepts: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def __post_init__(self) -> None:
        what = (len(self.covers) == 1, self.readings, self.abjad, self.acronym, self.text,
                self.lossy_script, self.stripped, self.latin)
        content = _CONTENT_IDS.get(what)
        if content is None:
            if len(_CONTENT_IDS) >= SIMILARITY_CACHE:
                _CONTENT_IDS.clear()  # bounded; new ids never reuse an old one
            content = _CONTENT_IDS[what] = next(_NEXT_CONTENT_ID)
        object.__setattr__(self, "content", content)
        concepts = frozenset(f.fine for f, _ in self.readings if f.fine.startswith("#"))
        if concepts:
            object.__setattr__(self, "concepts", concepts)

    def __hash__(self) -> int:
        return hash((self.covers, self.content))


SIMILARITY_CACHE = 262144
_CONTENT_IDS: dict[tuple, int] = {}
_NEXT_CONTENT_ID = itertools.count(1)
_SIMILARITIES: dict[tuple[int, int], float] = {}


INITIAL = 0.9  # "V." for "Vladimir"
ACRONYM_SAID_VOWELS = 2  # an acronym with this many vowels is said as a word (NATO; not США, USA)


def said_as_word(roman: str) -> bool:
    """Is an acronym with this romanization said as a word (NATO), not letter by letter (UN)?"""
    return sum(ch in "aeiou" for ch in roman) >= ACRONYM_SAID_VOWELS


def part_similarity(q: Part, c: Part) -> float:
    """Similarity of two parts: the best pair of readings, less their penalties; 0 below
    ``MIN_PART_SIM`` (no evidence). Cached by content: retrieval, alignment, running text
    and batches meet the same words again and again."""
    key = (q.content, c.content)
    s = _SIMILARITIES.get(key)
    if s is None:
        s = _remember(key, _part_similarity(q, c))
    return s


def _remember(key: tuple[int, int], s: float) -> float:
    """Keep a part similarity in the bounded cache."""
    if len(_SIMILARITIES) >= SIMILARITY_CACHE:
        _SIMILARITIES.clear()
    _SIMILARITIES[key] = s
    return s


def _part_similarity(q: Part, c: Part) -> float:
    floor = _floor(q, c)
    s = _best_reading_similarity(q, c, floor)
    return s if s >= floor else 0.0


def _floor(q: Part, c: Part) -> float:
    """The least similarity that counts for this pair: two words are one name word only
    when they spell it (an abjad reading, without its vowels, rarely would: those need
    only MIN_PART_SIM)."""
    joined = len(q.covers) + len(c.covers) > 2 and not (q.abjad or c.abjad)
    return JOINED_MIN if joined else MIN_PART_SIM


def _best_reading_similarity(q: Part, c: Part, floor: float) -> float:
    """The best pair of readings, less their penalties; pairs that cannot reach ``floor``
    may be skipped (the caller counts nothing below it)."""
    known = _decided_without_readings(q, c)
    if known is not None:
        return known
    abjad = q.abjad or c.abjad
    best = 0.0
    side = 0 if q.abjad == c.abjad else 1 if q.abjad else 2
    guttural = side != 0 and _writes_guttural(q if side == 1 else c)
    articles = side == 0 and abjad and q.text.startswith(ARABIC_ARTICLE) and c.text.startswith(ARABIC_ARTICLE)
    # the fine form's similarity a pair needs to reach ``floor``, the other forms' shares
    # being at most theirs; a Levenshtein similarity is at most the shorter length over
    # the longer: worth checking for a high floor only (two words joined)
    fine_share = (floor - MEDIUM_SHARE - SKELETON_SHARE) / FINE_SHARE if floor > 0.8 and not abjad else None
    for qf, qpen in q.readings:
        if not _meets(qf, c.latin):
            continue
        for cf, cpen in c.readings:
            if 1.0 - qpen - cpen <= best or not _meets(cf, q.latin):
                continue  # a similarity is at most 1: this pair cannot do better
            if fine_share is not None:
                short, long_ = sorted((len(qf.fine), len(cf.fine)))
                if short < (fine_share + (qpen + cpen) / FINE_SHARE) * long_ - 1e-9:
                    continue  # too different in length to spell one word
            s = form_similarity(qf, cf, abjad, side, guttural, articles) - qpen - cpen
            if s > best:
                best = s
                if best >= 1.0:
                    return best
    return best


def _meets(form: TokenForm, latin: bool) -> bool:
    """Whether a reading counts against a word of Latin script (``latin``) or of another:
    a bare reading meets Latin words only, a heard one other scripts' only."""
    return latin if form.bare else not latin if form.heard else True


def _decided_without_readings(q: Part, c: Part) -> float | None:
    """The similarity of two parts when it needs no comparison of readings, else None."""
    if q.text and q.text == c.text:
        return 1.0 - q.readings[0][1] - c.readings[0][1]
    if q.latin and c.latin and q.text in ARABIC_ARTICLES and c.text in ARABIC_ARTICLES:
        return 1.0  # one article, however it is spelled or assimilated (El Oued, Al Wadi; Ash Sham)
    for text, penalty in q.stripped:  # وروسيا is و + روسيا, as the gazetteer writes it
        if text == c.text:
            return 1.0 - penalty / 4  # a clitic off a word the gazetteer has: nearly certain
    if (q.lossy_script and c.abjad) or (c.lossy_script and q.abjad):
        return 0.0  # two lossy spellings (Han for Artvin, Arabic without vowels) prove nothing
    one_concept = False
    if q.concepts and c.concepts:
        if q.concepts.isdisjoint(c.concepts):
            return 0.0  # two words for two concepts are two words, however alike (الأفريقي, الأوروبي)
        one_concept = True  # compared by their readings, where the concept's meets: VI السادس
    q0, c0 = q.readings[0][0], c.readings[0][0]
    if (q.acronym or c.acronym) and not one_concept:  # EU is not EEUU: letter for letter
        if q.acronym and c.acronym and q.latin != c.latin:  # across scripts sound for sound: ОПЕК OPEC
            # (by the medium classes: the coarse ones merge f with p and drop h, МВФ MHP)
            return 1.0 if q0.medium == c0.medium else 0.0
        # a script without capitals spells an acronym said as a word as a word, and it is
        # compared so (ناتو, נאט"ו NATO)
        said = c0.roman if c.acronym else q0.roman
        if not (q.abjad or c.abjad) or not said_as_word(said):
            return _letter_for_letter(q, c)
    if (len(q0.roman) == 1 or len(c0.roman) == 1) and not (q.abjad or c.abjad):
        # an initial matches a name it begins (abjad scripts write no initials)
        return INITIAL if q0.roman[:1] == c0.roman[:1] and len(q.covers) == len(c.covers) == 1 else 0.0
    return None


def _letter_for_letter(q: Part, c: Part) -> float:
    """An acronym against a word, letter for letter: the acronym's letters as written, the
    word's as written or without its marks (LODZ in capitals, as headlines and lists write
    names, is Łódź), not by a guess at its sounds (CAV is no JAV)."""
    if q.acronym == c.acronym:
        return 1.0 if q.readings[0][0].roman == c.readings[0][0].roman else 0.0
    acronym, word = (q, c) if q.acronym else (c, q)
    letters = acronym.readings[0][0].roman
    return max((1.0 - penalty for i, (f, penalty) in enumerate(word.readings)
                if f.roman == letters and (i == 0 or f.bare)), default=0.0)


def part_similarities(q: Part, cs: list[Part]) -> list[float]:
    """:func:`part_similarity` of ``q`` with each of ``cs``, as retrieval asks for them, by
    the dozen: pairs without abjad, and an abjad query part's pairs with names without,
    compare their readings in one batch, each form of a query reading against all of theirs
    in C (the same figures as :func:`form_similarity`, whose Python overhead per pair
    dominated retrieval)."""
    out = [0.0] * len(cs)
    plain: list[tuple[int, Part]] = []
    abjad: list[tuple[int, Part]] = []
    for k, c in enumerate(cs):
        s = _SIMILARITIES.get((q.content, c.content))
        if s is not None:
            out[k] = s
        elif c.abjad or _decided_without_readings(q, c) is not None:
            out[k] = part_similarity(q, c)
        else:
            (abjad if q.abjad else plain).append((k, c))
    for batch, best_readings in ((plain, _best_plain_readings), (abjad, _best_abjad_readings)):
        if batch:
            best = best_readings(q, [c for _, c in batch])
            for (k, c), s in zip(batch, best):
                out[k] = _remember((q.content, c.content), s if s >= _floor(q, c) else 0.0)
    return out


def _reading_columns(q: Part, cs: list[Part]) -> tuple[list[TokenForm], list[int], list[float]]:
    """The readings of ``cs`` that may meet ``q``'s in one list, with the index of the part
    and the penalty of each."""
    forms, owners, penalties = [], [], []
    for j, c in enumerate(cs):
        for f, penalty in c.readings:
            if _meets(f, q.latin):
                forms.append(f)
                owners.append(j)
                penalties.append(penalty)
    return forms, owners, penalties


def _best_plain_readings(q: Part, cs: list[Part]) -> list[float]:
    """For each of ``cs``: its best pair of readings with ``q``'s, less their penalties (no
    abjad on either side): :func:`form_similarity` for many pairs at once."""
    forms, owners, penalties = _reading_columns(q, cs)
    fines = [f.fine for f in forms]
    mediums = [f.medium for f in forms]
    skeletons = [f.medium_skeleton for f in forms]
    best = [0.0] * len(cs)
    latin = [cs[j].latin for j in owners]
    for qf, qpen in q.readings:
        fine_sims = _similarities(qf.fine, fines)
        medium_sims = _similarities(qf.medium, mediums)
        skeleton_sims = _similarities(qf.medium_skeleton, skeletons)
        descriptor = qf.fine.startswith("#")
        for i, f in enumerate(forms):
            if not _meets(qf, latin[i]):
                continue
            if f.fine == qf.fine:
                s = 1.0
            elif descriptor or f.fine.startswith("#"):
                s = 0.0
            else:
                sk = skeleton_sims[i] if qf.medium_skeleton or skeletons[i] else medium_sims[i]
                s = FINE_SHARE * fine_sims[i] + MEDIUM_SHARE * medium_sims[i] + SKELETON_SHARE * sk
            s = s - qpen - penalties[i]
            if s > best[owners[i]]:
                best[owners[i]] = s
    return best


def _best_abjad_readings(q: Part, cs: list[Part]) -> list[float]:
    """:func:`_best_plain_readings` for an abjad ``q`` and ``cs`` without abjad: the
    abjad branch of :func:`form_similarity` (side 1) for many pairs at once."""
    forms, owners, penalties = _reading_columns(q, cs)
    best = [0.0] * len(cs)
    last_cap = len(ABJAD_SHORT_CAP) - 1
    caps = [len(f.medium_skeleton) for f in forms]
    guttural = _writes_guttural(q)
    for qf, qpen in q.readings:
        if qf.fine.startswith("#"):  # a descriptor concept equals only itself
            for i, f in enumerate(forms):
                if f.fine == qf.fine and 1.0 - qpen - penalties[i] > best[owners[i]]:
                    best[owners[i]] = 1.0 - qpen - penalties[i]
            continue
        am, ask = _with_h(qf.roman, True)
        if "H" in am or guttural:  # the h the abjad spelling writes counts, or lacks (see form_similarity)
            others = [_with_h(f.roman, False) for f in forms]
        else:
            am, ask = qf.medium, qf.medium_skeleton
            others = [(f.medium, f.medium_skeleton) for f in forms]
        bms = [m for m, _ in others]
        cls_sims = _similarities(am, bms, _indel)
        sk_sims = _similarities(ask, [sk for _, sk in others])
        q_cap = min(len(qf.medium_skeleton), last_cap)
        for i, f in enumerate(forms):
            if f.fine.startswith("#"):
                continue
            cls = cls_sims[i]
            sk = sk_sims[i] if ask or others[i][1] else cls
            score = ABJAD_CONFIDENCE * ABJAD_SHORT_CAP[min(q_cap, caps[i])] * (0.55 * sk + 0.45 * cls)
            if score >= MIN_PART_SIM:
                score -= VOWEL_MISMATCH * vowel_mismatches(am, bms[i], _vowel_first(f))
            s = max(0.0, score) - qpen - penalties[i]
            if s > best[owners[i]]:
                best[owners[i]] = s
    return best


def _similarities(query: str, choices: list[str], scorer: Any = _levenshtein) -> list[float]:
    """Normalized similarity (Levenshtein unless told) of ``query`` to each choice, in order."""
    return [s for _, s, _ in extract_iter(query, choices, scorer=scorer)]


def _lossy(script: str) -> str | None:
    return None if script in KNOWN or script == "zyyy" else script


JOINED_PENALTY = 0.02  # two words read as one: a split spelling is a little less likely
# ... and needs a near spelling to count at all (Jing Lin is Jinglin; Eric Ho is not Jericho).
# An abjad reading, without its vowels, rarely reaches that: abjad parts are left out.
JOINED_MIN = 0.9


# Arabic script writes a word's first vowel o, u or i on an alef (أوغلو oghlu, أوزال Özal):
# inside a word joined to another, only the vowel is read (داود أوغلو is Davutoğlu)
_ALEF_CARRIERS, _LONG_VOWELS = frozenset("اأإآ"), frozenset("وي")


def _inner_roman(t: Token) -> str:
    """A token's romanization as the second half of a joined word: an Arabic alef that only
    carries the first vowel is not read."""
    if t.pipeline == "arab" and t.text[:1] in _ALEF_CARRIERS and t.text[1:2] in _LONG_VOWELS and t.roman[:1] == "a":
        return t.roman[1:]
    return t.roman


def parts(tokens: list, query: bool) -> list[Part]:
    """Single tokens, then adjacent pairs joined into one word (split/merged spellings)."""
    out = [Part((i,), t.readings(with_variants=query), t.script in ABJAD, t.acronym,
                t.text, _lossy(t.script), t.variant_texts if query else (), t.script == "latn")
           for i, t in enumerate(tokens)]
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if not (a.roman and b.roman):
            continue  # a word that no rule reads (analyze.token) joins no other
        if a.is_greek_article:
            continue  # του Ιράν is never one word (Tiran)
        out.append(_joined((i, i + 1), a, a.roman + _inner_roman(b), a.text + b.text, b))
        # the Arabic article between two words, written apart (in Latin, Hebrew, Cyrillic),
        # joins them as the Arabic script does: Abd al-Aziz is Abdelaziz, Nasir ad-Din Nəsirəddin
        c = tokens[i + 2] if i + 2 < len(tokens) else None
        if c is not None and c.roman and b.roman in ARABIC_ARTICLES and a.script == b.script == c.script:
            out.append(_joined((i, i + 1, i + 2), a, a.roman + b.roman + c.roman, a.text + b.text + c.text, c))
    return out


def _joined(covers: tuple[int, ...], first: Token, roman: str, text: str, last: Token) -> Part:
    """Adjacent words read as one (``roman``), by the first word's pipeline."""
    readings = tuple((f, JOINED_PENALTY + (GUESS_PENALTY if f.guess else 0.0))
                     for f in hypotheses(roman, first.pipeline))
    return Part(covers, readings, first.script in ABJAD or last.script in ABJAD, False, text, _lossy(first.script),
                latin=first.script == last.script == "latn")


@dataclass(slots=True)
class Alignment:
    score: float
    pairs: list[tuple[tuple[int, ...], tuple[int, ...], float]]  # (query idx, name idx, similarity)
    family_matched: bool
    known: bool = False  # a pair it made is known to spell one name part (translit.variants)


def optional_words(tokens: list) -> frozenset[int]:
    """The words of a query that count only where a word of the name meets them: the Arabic
    article before another word (Al Khartum: transcriptions write it or leave it out at
    will; a query of articles only keeps them), the Greek one and σε with it (του Ιράν,
    στην Τουρκία: a name in a sentence), and leading titles (:attr:`Token.optional`:
    President Putin, but Queen Creek), words for the kind of place or of state (ولاية سطيف,
    Puyang Jiedao, جمهورية سلوفاكيا, حركة حماس; not of a query of such words only), and a particle
    after a word (הרפובליקה של פולין: "of", which names write or not; Κορέα, Δημοκρατία της:
    an inverted name's; not a last letter, which is an initial: Lopez Y.). Not a name's
    articles: that made names with the article outscore the query's own name."""
    kinds = [t.is_place_type or t.is_state_word or t.is_state_qualifier or t.is_organisation_kind for t in tokens]
    return frozenset(i for i, t in enumerate(tokens)
                     if ((t.is_article or t.is_greek_article) and i + 1 < len(tokens)) or t.optional
                     or (kinds[i] and not all(kinds))
                     or (t.is_particle and 0 < i and not (t.is_initial and i == len(tokens) - 1)))


# Two words that a group of known spellings of a name part holds (translit.variants:
# богарне and Beauharnais, ויזל and Wiesel) are more alike than their letters say; but the
# groups hold a name's forms in other languages too (Napoleone, Наполеон), and a query word so
# spelled may spell another name as well (أتوود: Atwood and Attwood): the knowledge adds
# to the spelling's similarity, up to a little below a reading that fits every letter
# (resolver.ABJAD_EXACT), so that an equal rival still makes the query ambiguous.
VARIANT_BOOST, VARIANT_SIMILARITY = 0.25, 0.95
# A query word that is a known spelling of some name, against a gazetteer word known as a
# spelling of other names only: they are likely two names (Leila, Lilla).
VARIANT_MISMATCH = 0.05
# ... and against a word of a person's name that is no known spelling at all: the table
# knows most spellings of a name, so a name it lacks is more likely another (хеммингс is
# Hemmings, not Hemings; бёмер Böhmer, not Behmer)
VARIANT_UNKNOWN = 0.03
# ... but a table that lacks a word says nothing against it where the query's letters read
# it exactly, letter for letter (Гейдар, Geydar; not a reading without short vowels): it is
# the query's own transliteration
EXACT_READING = 0.999


def known_spelling(similarity: float, penalty: float) -> float:
    """The similarity of two words known to spell one name part (``penalty``: of the
    query's reading, a clitic read off)."""
    return max(similarity, min(VARIANT_SIMILARITY, similarity + VARIANT_BOOST) - penalty)


def _known_pairs(pairs: list[tuple[tuple[int, ...], tuple[int, ...], float]], linked: set, unlike: set) -> bool:
    """Does an alignment pair a query word with a word it is a known spelling of, and no
    query word that is a known spelling with a word it is not?"""
    return bool(linked) and any((qc, cc) in linked for qc, cc, _ in pairs) \
        and not any((qc, cc) in unlike for qc, cc, _ in pairs)


# An optional query word (a title, a place type) is met by a name's word that spells it, not
# by one that merely resembles it: الرئيس (al-rais) is no Recep, and paired with it would
# only lower the score of Recep Tayyip Erdogan.
OPTIONAL_MIN = 0.75  # as well as a match of the whole name must (شهر, Persian "city", is Shahre at 0.79)


# A Slavic surname's other gender's form (Zakharova for Захаров) names another person:
# a reading that spells it counts this much at most against a person's name (a reading
# without an ending, as a case of the name reads, counts in full: Захарова, Zakharov's)
GENDER_SWAP_SIMILARITY = 0.7
_GENDER_CHECKED: dict[tuple[int, int], float] = {}


def _gender_checked(q: Part, c: Part, s: float) -> float:
    """``s``, or the best similarity of the readings of ``q`` that are not the other gender's
    form of ``c``'s word (:func:`translit.morphology.gender_counterparts`)."""
    if s <= GENDER_SWAP_SIMILARITY or len(q.covers) != 1 or len(c.covers) != 1:
        return s
    key = (q.content, c.content)
    got = _GENDER_CHECKED.get(key)
    if got is None:
        name = c.readings[0][0].fine
        kept = tuple(r for r in q.readings if not gender_counterparts(r[0].fine, name))
        if len(kept) == len(q.readings):
            got = s
        else:
            rest = _best_reading_similarity(replace(q, readings=kept), c, MIN_PART_SIM) if kept else 0.0
            got = max(rest, GENDER_SWAP_SIMILARITY)
        if len(_GENDER_CHECKED) >= SIMILARITY_CACHE:
            _GENDER_CHECKED.clear()
        _GENDER_CHECKED[key] = got
    return got


def _middle_names(q_parts: list[Part], c_parts: list[Part],
                  pairs: list[tuple[tuple[int, ...], tuple[int, ...], float]], unmet: Collection[int]) -> list[int]:
    """The query's words that meet nothing where a person's middle names stand, when the
    others meet every word of the name: middle names, which lists leave out as often.
    In the name's order, between its words (Donald John Trump), and after a name in the
    nasab form that the query goes on with its lineage: the ancestors' names and the
    family's (Mohammed bin Salman bin Abdulaziz Al Saud); in a name inverted, surname first
    and then the given names in order, after the first given name (TRUMP, Donald John;
    KHAMENEI Ali Hosseini). Not a word between the surname and the given name of an
    inverted name (Алиев И. Г.: И is Ilham, not Heydar's middle name), nor Junior or Senior
    (Donald Trump Jr. is his son)."""
    met = sorted((min(qc), min(cc)) for qc, cc, _ in pairs)  # (query word, name word)
    query_end = max(i for p in q_parts for i in p.covers) + 1
    if _ascending(met):
        span = range(met[0][0] + 1, met[-1][0])
        if _lineage(q_parts, met[-1][0] + 1) and any(_lineage(c_parts, i) for i in range(met[-1][1])):
            span = range(met[0][0] + 1, query_end)
    elif met[0][1] == max(c for _, c in met) and _ascending(met[1:]):  # the surname, then the given names
        span = range(met[1][0] + 1, query_end)
    else:
        return []
    used = {i for qc, _, _ in pairs for i in qc}
    generations = {p.covers[0] for p in q_parts
                   if len(p.covers) == 1 and not GENERATIONS.isdisjoint(f.fine for f, _ in p.readings)}
    return [i for i in span if i not in used and i not in unmet and i not in generations]


def _ascending(met: list[tuple[int, int]]) -> bool:
    """Do the query's words meet the name's in the name's order?"""
    return all(a[1] < b[1] for a, b in zip(met, met[1:]))


def _lineage(parts: list[Part], i: int) -> bool:
    """Is word ``i`` "son of" (bin, ibn, بن) or the family's article (Al Saud, آل سعود)?"""
    word = next((p for p in parts if p.covers == (i,)), None)
    return word is not None and (word.text in NASAB or word.readings[0][0].roman in NASAB
                                 or word.readings[0][0].roman in ARABIC_ARTICLES)


def align(q_parts: list[Part], q_weights: list[float], c_parts: list[Part], c_weights: list[float],
          family: set[int], q_optional: frozenset[int] = frozenset(),
          known: Mapping[tuple[int, int], float] | None = None,
          unlike: Mapping[tuple[int, int], float] | None = None, by_given_name: bool = False,
          person: bool = False) -> Alignment:
    """Greedy best-first pairing of query and name parts, then the name score. The query's
    optional words (:func:`optional_words`) count only where a word of the name meets them;
    ``known`` holds the pairs of parts (by content) known to spell one name part, with the
    query reading's penalty (:func:`known_spelling`), ``unlike`` those likely to spell two,
    with what that costs. ``by_given_name``: the query calls a person by a ruler's title
    and the given name (King Salman), which then counts as the family name alone would.
    ``person``: the name is a person's, whose surname's other gender's form is another's."""
    scored = []
    linked: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()  # (query, name) covers of known pairs
    unlike_covers: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    for qp in q_parts:
        weight = sum(q_weights[i] for i in qp.covers)
        for cp in c_parts:
            s = part_similarity(qp, cp)
            if person:
                s = _gender_checked(qp, cp, s)
            if known and (qp.content, cp.content) in known:
                s = known_spelling(s, known[qp.content, cp.content])
                linked.add((qp.covers, cp.covers))
            elif unlike and (qp.content, cp.content) in unlike:
                cost = unlike[qp.content, cp.content]
                if cost == VARIANT_MISMATCH or s < EXACT_READING:  # a lacking table: not against the letters
                    s -= cost
                    unlike_covers.add((qp.covers, cp.covers))
            optional = bool(q_optional) and q_optional.issuperset(qp.covers)
            if s >= (OPTIONAL_MIN if optional else MIN_PART_SIM):
                # of equal pairs, the query word that weighs more first (of Путин В. В., the
                # given name's initial meets Vladimir, not the father's, which weighs little),
                # then two words at like places: of two bin, the one where the name has it
                # (Mohammed bin Salman bin Abdulaziz)
                scored.append((s, -len(qp.covers) - len(cp.covers), weight, -abs(qp.covers[0] - cp.covers[0]),
                               qp.covers, cp.covers))
    scored.sort(reverse=True)
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for s, *_, qc, cc in scored:
        if used_q.isdisjoint(qc) and used_c.isdisjoint(cc):
            used_q.update(qc)
            used_c.update(cc)
            pairs.append((qc, cc, s))
    unmet = q_optional.difference(used_q) if q_optional else ()
    wq = sum(q_weights) - sum(q_weights[i] for i in unmet) or 1.0
    if person and pairs and used_c.issuperset(i for i, w in enumerate(c_weights) if w > MIDDLE_NAME_WEIGHT):
        wq -= sum(q_weights[i] - MIDDLE_NAME_WEIGHT for i in _middle_names(q_parts, c_parts, pairs, unmet)
                  if q_weights[i] > MIDDLE_NAME_WEIGHT)
    wc = sum(c_weights) or 1.0
    got_q = sum(sum(q_weights[i] for i in qc) * s for qc, _, s in pairs)
    got_c = sum(c_weights[i] for _, cc, _ in pairs for i in cc)  # how much of the name, not how well
    cover_q, cover_c = got_q / wq, got_c / wc
    near: list[tuple[tuple[int, ...], float]] = []  # the pairs near enough to be a family name's
    if family:
        abjad = {p.covers for p in q_parts if p.abjad}, {p.covers for p in c_parts if p.abjad}
        near = [(cc, s) for qc, cc, s in pairs
                if s >= (FAMILY_MIN_ABJAD if qc in abjad[0] or cc in abjad[1] else FAMILY_MIN)]
    family_matched = not family or any(family.intersection(cc) for cc, _ in near)
    # news names a person by the family name alone ("Lavrov said"): missing given names
    # cost little, a missing part of a double surname (Cohen-Reiss) as much as any name
    # part; a given name alone is weak evidence, but for a ruler's (King Salman)
    if not family_matched and by_given_name and any(0 in cc for cc, _ in near):
        family_matched = True
        cost = FAMILY_NAME_ALONE * (1.0 - cover_c)
    elif family and family_matched:
        missing_family = sum(c_weights[i] for i in family if i not in used_c) / wc
        # nothing but the family name and titles (Ayatollah Khamenei) met the query
        alone = all(family.issuperset(cc) or q_optional.issuperset(qc) for qc, cc, _ in pairs)
        cost = ((FAMILY_NAME_ALONE if alone else MISSING_GIVEN_NAMES) * (1.0 - cover_c - missing_family)
                + MISSING_NAME_PART * missing_family)
    else:
        cost = MISSING_NAME_PART * (1.0 - cover_c)
    score = cover_q * (1.0 - cost)
    if not family_matched:
        score *= GIVEN_NAME_ONLY
    return Alignment(max(0.0, min(1.0, score)), pairs, family_matched, _known_pairs(pairs, linked, unlike_covers))
