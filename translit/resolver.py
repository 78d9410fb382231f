"""The resolver: a query name in, a decision out (``match``, ``ambiguous`` or ``nil``).

A confident wrong entity is the worst outcome for data cleaning, so the decision is
made for precision: a ``match`` needs a high score and a clear lead over every other
entity; two entities that fit about equally are ``ambiguous`` (both returned); anything
weaker is ``nil``.
"""

from __future__ import annotations

import functools
import gc
import heapq
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Indel
from rapidfuzz.process import extract

from translit.analyze import (DESCRIPTOR_WEIGHT, PARTICLE_WEIGHT, Token, analyze, is_title, load_token, place_types,
                              split_korean_names, split_words, without_titles)
from translit.alternatives import is_acronym_of, split_also_known_as, split_alternatives
from translit.countrynames import country_script, region_of
from translit.demonyms import country_stems
from translit.entity_types import TypeFilter, parse_types
from translit.gazetteer import TYPES, Entity, Name
from translit.index import ACRONYM, CODE, TRANSLATION, TURKIC, Index, open_index, token_key
from translit.keys import deletions
from translit.morphology import gender_counterparts
from translit.normalize import clean, fold, plain_letters
from translit.parallel import CHUNK, cpu_count, resolve_in_parallel
from translit.qualifiers import split_country, split_life_years, split_role
from translit.scoring import (ABJAD, MIN_PART_SIM, VARIANT_MISMATCH, VARIANT_UNKNOWN, Alignment, Part, align,
                              known_spelling, optional_words, part_similarities, parts, said_as_word)
from translit.scripts import COMMON, KNOWN, LOGOGRAPHIC, detect
from translit.tagger import Mention, Tagger
from translit.variants import KEY as VARIANT_KEY
from translit.wadegiles import to_pinyin

# Chosen on the development suites for precision first: at most about 5% of unknown
# names accepted (NIL false-accept) on geonames-cities, no wrong entity on smoke.
PERSON = TYPES.index("person")  # the person type's code in the index (Index.entity_types)
ORG = TYPES.index("org")
MATCH_THRESHOLD = 0.75  # the lowest score of a match: one far ahead of every other entity
AMBIGUITY_MARGIN = 0.08  # a runner-up entity this close to the top makes it ambiguous
# (lowest score, lead over every other entity) pairs, any of which makes a match; scores
# are for the default threshold and move with it. A reading without short vowels fits
# many names, so an abjad query needs a higher score for the same lead.
MATCH_RULES = ((0.75, 0.2), (0.90, AMBIGUITY_MARGIN))
# A single word fully spelled out that reads only 0.75 to 0.80 like its nearest name is
# misread, and more often an unknown name than that one; several words score lower for the
# words they miss (a descriptor, a given name), not for a misreading.
ONE_WORD_MATCH_RULES = ((0.80, 0.2), (0.90, AMBIGUITY_MARGIN))
ABJAD_MATCH_RULES = ((0.75, 0.3), (0.88, 0.2), (0.92, AMBIGUITY_MARGIN))
# ... but one long word whose consonants all fit is telling in itself: few names have six
# consonants that a random reading fits (סטולטנברג Stoltenberg, 0.90 ahead by 0.19)
ABJAD_LONG_WORD_MATCH_RULES = ((0.75, 0.3), (0.84, 0.15), (0.92, AMBIGUITY_MARGIN))
LONG_WORD_CONSONANTS = 6
# Several abjad words that all fit one name are more telling than one: a rival must fit the
# consonants of every word to come close (حيدر علييف: Heydar Aliyev, not Ilham Aliyev).
ABJAD_WORDS_MATCH_RULES = ((0.75, 0.3), (0.80, 0.15), (0.92, AMBIGUITY_MARGIN))
# A name in Chinese characters or kana meets other scripts only through a syllable-by-
# syllable reading (pinyin, the transcription table: 薩姆松 samson for Samsun; a vowel
# after every consonant: チフヴィン chifuvin for Tikhvin), which rarely reads better than
# 0.9 even for the right name; a clear lead at a lower score is as telling.
SYLLABIC_MATCH_RULE = (0.82, 0.12)
# A name that the query's words are known spellings of (translit.variants), where no close
# rival is one that they spell, needs only a small lead over rivals that merely read alike:
# ויבר is Weaver, not Vivar; صادق Sadeq, not Zadik
KNOWN_MATCH_RULE = (0.94, 0.03)
MAX_LEAD = max(lead for rules in (MATCH_RULES, ONE_WORD_MATCH_RULES, ABJAD_MATCH_RULES, ABJAD_LONG_WORD_MATCH_RULES,
                                  ABJAD_WORDS_MATCH_RULES, (SYLLABIC_MATCH_RULE,)) for _, lead in rules)
# A query written exactly as one entity's name in the gazetteer (clitics aside) needs only
# a small lead over names in other scripts, which it meets by a reading (Мюнхен is
# Munich's own spelling, whatever Mohnyin reads as); a spelling variant in its own script
# (Bogorodskoje) is a rival as before. An abjad query scores 1 only where it is written
# so anyway (a reading without vowels is capped below, see scoring.ABJAD_CONFIDENCE).
# The same small lead serves a query of another script whose plain reading is one name's
# spelling (даяна is Dayana; Dyana needs a second reading or an edit), unless a rival in the
# query's own script is that close (Bogorodskoye against Bogorodskoje: other places).
# A word of four letters or less is read so by many names (рэй: Rei or Ray): its
# exact reading is no such shortcut.
# An abjad reading that fits every consonant of a name of four or more (the ceiling,
# scoring.ABJAD_CONFIDENCE, is 0.995) is as exact as a reading without vowels can be:
# it too needs only the small lead.
IDENTICAL, IDENTICAL_LEAD = 0.999, 0.03
SHORT_QUERY_LETTERS = 4
ABJAD_EXACT = 0.96
WRITTEN_SCORE = 0.92  # the lowest score of such a name: a stripped clitic, a surname alone cost a little
EXACTLY, WITH_CLITIC = 2, 1  # how a query is written in a name (Resolver._written_as)
HOMONYM_MARGIN = 0.01  # candidates this close are the same name: prominence decides
PROMINENCE_GAP = 0.15  # how much more prominent a close rival must be to win the tie (16x the population)
# A country's names in other languages (translit.countrynames) count only when the query is
# nearly one of them: with ~240 languages, some name is always near a random word.
TRANSLATION_SCORE = 0.9
# what a name that leaves out the kind of state that the query says costs where another
# name says it: a clear lead (AMBIGUITY_MARGIN) for the name that says it
UNMET_STATE_WORD = 0.1
# a title or kind of place is met by a word of a name that spells it, not by one of its own
# script a little like it (آية الله by روح الله, Ruhollah); in another script, by one that reads alike
LENIENT_MET = 0.9
MAX_QUERY_CHARS = 1000
RETRIEVE = 60  # names aligned per query at most
# ... of them of one entity: American Samoa's names in 240 languages, which all hold Samoa,
# must leave room for Samoa's own
NAMES_PER_ENTITY = 12
NEAREST_NAMES_PER_PART = 10  # names of each query word's nearest token aligned whatever their support
SHOWN = 5  # candidates a result shows
DEMONYM_SCORE = 0.95  # an adjective of nationality's stem must be a country's name nearly as written
SHOWN_SPELLINGS = 20  # known spellings an explanation lists for a query word
PARTS_CACHE = 200_000  # analyzed gazetteer names kept in memory
PRELOAD_LOOKUPS = 80  # lookups per 1,000 gazetteer names that pay for a preload (bench_speed)
MAX_TOKENS_CONSIDERED = 2000  # vocabulary tokens sharing a key, compared by class form in C
TOKENS_SCORED = 40  # the nearest of them, scored in full
MAX_NAMES_PER_TOKEN = 5000  # a token in more names than this (e.g. "city") narrows nothing
EXACT, NEAR, FAR = 1.0, 0.6, 0.35  # priority of a key hit: same key, one deletion, one substitution


@dataclass(slots=True)
class Candidate:
    id: str
    name: str
    type: str
    score: float
    matched: str  # the gazetteer name that matched best
    prominence: float = 0.0  # breaks ties between homonyms (see index.prominence)
    written: bool = False  # the query is, word for word, in one of this entity's names
    # the name that matched is in the query's script: a spelling variant, and a real rival
    # (for Arabic and Hebrew, only if its letters are the query's as written, but for
    # those that spellings vary (see _VARIABLE_LETTERS): ارداخان is another name than
    # أردوغان, not another spelling of it, and كين, read with a clitic off, another word
    # than بكين)
    same_script: bool = False
    exact: bool = False  # written as the query without a clitic or an ending read off (بكين, not ب + كين)
    native: bool = False  # in a country that writes the query's script (Одеса: Odesa in Ukraine, not Texas)
    known: bool = False  # a query word is a known spelling of a word of the name that matched
    country: str | None = None  # the ISO 3166 code of the country it lies in, where the gazetteer says
    # all of its names, for the first candidate only where the query is written as one of
    # them (see decide: a rival that meets the query by one of them is no rival)
    names: frozenset[str] = frozenset()
    # a name with words the query lacks (Ilham Heydar oglu Aliyev for Heydar Aliev), for a
    # rival of a first candidate written as the query (see decide): no spelling variant of it
    longer: bool = False
    # met through a country's code that the index added, not a name the gazetteer lists
    # (BM: Bermuda's code, where BM is the United Nations' Turkish abbreviation too)
    coded: bool = False
    # met through a country's name in one of the ~240 languages that the index added, not
    # one the gazetteer lists (Almanía, Armenia in Yangben, where Almanya is Germany in Turkish)
    translated: bool = False
    # met only with words of the query or of the name joined into one (Al-Mania for Almanya)
    joined: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "score": round(self.score, 4),
                "matched": self.matched}


@dataclass(slots=True)
class Result:
    input: str
    decision: str  # "match", "ambiguous" or "nil"
    id: str | None
    name: str | None
    type: str | None
    score: float
    candidates: list[Candidate] = field(default_factory=list)
    explanation: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"input": self.input, "id": self.id, "name": self.name, "type": self.type,
             "score": round(self.score, 4), "decision": self.decision,
             "candidates": [c.to_dict() for c in self.candidates]}
        if self.explanation is not None:
            d["explanation"] = self.explanation
        return d


def default_gazetteer() -> Path:
    """The shipped default gazetteer: inside the wheel, or the repository's folder."""
    here = Path(__file__).resolve().parent
    for p in (here / "_data" / "gazetteer", here.parent / "gazetteer"):
        if p.is_dir():
            return p
    return here.parent / "gazetteer"


class Resolver:
    """Resolves names against one index. Read-only: safe to share between threads."""

    def __init__(self, index: Index, info: dict[str, Any] | None = None,
                 threshold: float = MATCH_THRESHOLD):
        self.index = index
        self.info = info or {}
        self.key = index.key
        self.threshold = threshold
        self._token_parts: dict[int, Part] = {}
        self._parts_cache: dict[int, tuple[list[Part], list[float], set[int]]] = {}
        self._matches_cache: dict[Any, list[tuple[int, float]]] = {}
        self._variants_cache: dict[int, dict[int, float] | None] = {}

    # -- public API ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.index)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        i = self.index.entity_index(entity_id) if isinstance(entity_id, str) else None
        return None if i is None else _entity(self.index.entity(i))

    def candidates(self, name: str, limit: int = 5, types: TypeFilter = None) -> list[Candidate]:
        """The best entities for ``name``, best first (one per entity), at most ``limit``;
        only of these ``types`` if given (see :meth:`resolve`)."""
        return self._rank(analyze(_bounded(name), query=True), parse_types(types))[0][:limit]

    def resolve(self, name: str, explain: bool = False, threshold: float | None = None,
                types: TypeFilter = None) -> Result:
        """Resolve one name. Never raises for any text: bad input is a ``nil`` result.

        ``types``: only entities of these types (person, place, org, or a tagger's labels
        such as PER, GPE, ORG: :mod:`translit.entity_types`) are candidates, so that a
        rival of another type neither wins nor makes the result ambiguous (Macron, the
        president, and Mouscron, the town). Raises :class:`UnknownType` for a label that
        names no type."""
        return self._resolve(name, explain, threshold, parse_types(types))

    def _resolve(self, name: str, explain: bool, threshold: float | None, wanted: frozenset[str] | None,
                 derived: bool = True) -> Result:
        """:meth:`resolve`; ``derived``: also read otherwise where the name as written is no
        match (:meth:`_other_reading`; not for those readings' own parts)."""
        text = _bounded(name)
        tokens = analyze(text, query=True)
        ranked, details = self._rank(tokens, wanted)
        t = self.threshold if threshold is None else threshold
        shape = query_shape(tokens)
        decision, chosen = decide(ranked, t, **shape)
        korean = split_korean_names(tokens) if decision == "nil" else None
        if korean:  # 김정은 read whole finds nothing: 김 + 정은 may be Kim Jong-un
            k_ranked, k_details = self._rank(korean, wanted)
            k_decision, k_chosen = decide(k_ranked, t, **shape)  # as strict as for the one word
            if k_decision != "nil":
                tokens, ranked, details, decision, chosen = korean, k_ranked, k_details, k_decision, k_chosen
        office = chosen is not None and chosen.type != "person" and _holds_an_office(tokens, chosen.matched)
        if office:
            decision, chosen = "nil", None  # министр обороны Сирии names the minister, not Syria
        top = ranked[0] if ranked else None
        result = Result(
            input=name if isinstance(name, str) else "", decision=decision,
            id=chosen.id if chosen else None, name=chosen.name if chosen else None,
            type=chosen.type if chosen else None, score=top.score if top else 0.0,
            candidates=ranked[:SHOWN],
        )
        other = self._other_reading(text, tokens, ranked, decision, explain, t, wanted) \
            if decision != "match" and derived else None
        if other is not None:
            return replace(other, input=result.input)
        if explain:
            result.explanation = self._explain(tokens, ranked[:3], details, t)
            if wanted:
                result.explanation["types"] = sorted(wanted)
            if office:
                result.explanation["office_unheld"] = True
        return result

    def _other_reading(self, text: str, tokens: list[Token], ranked: list[Candidate], decision: str, explain: bool,
                       threshold: float, types: frozenset[str] | None) -> Result | None:
        """The result of another reading of a query that is no match as written: two names in
        brackets or after a slash, a name qualified by what follows it, or an adjective of
        nationality. A qualified name counts where it is a match, or ambiguous where the
        query as written is nil (Aliyev (Azerbaijan): Ilham or Heydar)."""
        sides = split_alternatives(text)
        agreed = self._agreed_alternatives(sides, explain, threshold, types) if sides else None
        if agreed is not None:
            return agreed
        aliases = split_also_known_as(text)
        named = self._agreed_alternatives(aliases, explain, threshold, types, aliases=True) if aliases else None
        if named is not None:
            return named
        for got in self._qualified_names(text, explain, threshold, types):
            if got.decision == "match" or (got.decision == "ambiguous" and decision == "nil"):
                return got
        spoken = self._said_as_a_word(text, tokens, explain, threshold, types)
        if spoken is not None:
            return spoken
        pinyin = to_pinyin(text)
        if pinyin:  # Mao Tse-tung, T'ien-chin: Mao Zedong, Tianjin
            got = self._resolve(pinyin, explain, threshold, types, derived=False)
            if got.decision == "match":
                if got.explanation is not None:
                    got.explanation["wade_giles"] = pinyin
                return got
        stems = country_stems(text.strip()) if len(tokens) == 1 else []
        # (not where a name that fits holds the word itself: Dominican Republic)
        if stems and not any(c.score >= threshold and tokens[0].text in split_words(fold(c.matched)) for c in ranked):
            return self._country_of_demonym(stems, explain, threshold, types)
        return None

    def _said_as_a_word(self, text: str, tokens: list[Token], explain: bool, threshold: float,
                        types: frozenset[str] | None) -> Result | None:
        """An organisation whose name Russian (or Greek) writes in capitals, though it is no
        acronym, and said as a word (ХАМАС: Hamas): the word read as a word, among
        organisations only (ПАСЕ, an acronym said so too, is no town called Pace). None
        where it is no such word or finds no match."""
        if len(tokens) != 1 or not tokens[0].acronym or tokens[0].script == "latn" \
                or (types is not None and "org" not in types) \
                or not said_as_word(tokens[0].forms[0].roman):
            return None
        got = self._resolve(text.strip().capitalize(), explain, threshold, frozenset({"org"}), derived=False)
        return got if got.decision == "match" else None

    def _qualified_names(self, text: str, explain: bool, threshold: float, types: frozenset[str] | None
                         ) -> Iterator[Result]:
        """The name of a query that qualifies it (:mod:`translit.qualifiers`), resolved alone:
        by its country (Tripoli, Libya), as the holder of the office that follows it (Sergey
        Lavrov, Russian Foreign Minister), or without the years of a life (Vladimir Putin (b.
        1952))."""
        qualified = split_country(text)
        placed = self._in_country(*qualified, explain, threshold, types) if qualified else None
        if placed is not None:
            yield placed
        holder = split_role(text)
        if holder and (types is None or "person" in types):
            held = self._resolve(holder, explain, threshold, frozenset({"person"}), derived=False)
            if held.explanation is not None:
                held.explanation["office_after"] = text[len(holder):].lstrip(" ,،，")
            yield held
        lived = split_life_years(text)
        if lived:
            yield self._resolve(lived, explain, threshold, types, derived=False)

    def _agreed_alternatives(self, sides: tuple[str, str], explain: bool, threshold: float,
                             types: frozenset[str] | None, aliases: bool = False) -> Result | None:
        """The match of a query written ``A (B)`` or ``A/B`` whose sides agree (see
        :mod:`translit.alternatives`): both match one entity (the weaker side's result), or
        one matches and the other is its acronym (that one's). ``aliases``: written ``A
        a.k.a. B``, where one side's match also stands if the other names nothing. None
        where they do not agree."""
        a, b = sides
        ra, rb = (self._resolve(side, explain, threshold, types, derived=False) for side in sides)
        if ra.decision == rb.decision == "match" and ra.id == rb.id:
            got, how = ra if ra.score <= rb.score else rb, "names of one entity"
        elif aliases and {ra.decision, rb.decision} == {"match", "nil"}:
            got, how = ra if ra.decision == "match" else rb, "a name and one the gazetteer lacks"
        elif ra.decision == "match" and is_acronym_of(b, a):
            got, how = ra, "a name and its acronym"
        elif rb.decision == "match" and is_acronym_of(a, b):
            got, how = rb, "an acronym and its name"
        else:
            return None
        if got.explanation is not None:
            got.explanation["alternatives"] = {"sides": [a, b], "agree_as": how}
        return got

    def _in_country(self, name: str, code: str, explain: bool, threshold: float,
                    types: frozenset[str] | None) -> Result | None:
        """The result of a name qualified by its country (:mod:`translit.qualifiers`): of the
        entities that the name fits, those of that country (a place's, a person's, an
        organisation's), and those the gazetteer gives no country, decided among
        themselves. None where none of them fits (nil)."""
        tokens = analyze(name, query=True)
        ranked, details = self._rank(tokens, types)
        kept = [c for c in ranked if c.country in (code, None)]
        decision, chosen = decide(kept, threshold, **query_shape(tokens))
        if decision == "nil":
            return None
        got = Result(input=name, decision=decision, id=chosen.id if chosen else None,
                     name=chosen.name if chosen else None, type=chosen.type if chosen else None,
                     score=kept[0].score, candidates=kept[:SHOWN])
        if explain:
            got.explanation = self._explain(tokens, kept[:3], details, threshold)
            got.explanation["in_country"] = code
        return got

    def _country_of_demonym(self, stems: list[str], explain: bool, threshold: float,
                            types: frozenset[str] | None) -> Result | None:
        """The country whose very name one of ``stems`` is (:mod:`translit.demonyms`:
        Libyan, Libya), the first that is one; None if none is."""
        for stem in stems:
            got = self._resolve(stem, explain, threshold, types, derived=False)
            if got.decision == "match" and got.score >= DEMONYM_SCORE and got.id is not None \
                    and self._is_country(got.id):
                if got.explanation is not None:
                    got.explanation["demonym_of"] = stem
                return got
        return None

    def _is_country(self, entity_id: str) -> bool:
        entity = self.get(entity_id)
        return entity is not None and region_of(entity) is not None

    def resolve_many(self, names: Iterable[str], explain: bool = False, jobs: int = 1,
                     types: TypeFilter = None, types_per_name: Sequence[TypeFilter] | None = None
                     ) -> Iterator[Result]:
        """:meth:`resolve` of each name, in order. ``jobs`` > 1 spreads the names over that
        many worker processes (0: one per core), each with this resolver's index, preloaded
        if it is (call :meth:`preload` first for a big batch). ``types`` narrows every name;
        ``types_per_name``, one filter per name (None: any type), each its own (a tagger's
        label column)."""
        names = list(names)
        if types_per_name is None:
            wanted = [parse_types(types)] * len(names)
        elif len(types_per_name) != len(names):
            raise ValueError(f"types_per_name has {len(types_per_name)} filters for {len(names)} names")
        else:
            wanted = [parse_types(t) for t in types_per_name]
        jobs = cpu_count() if jobs == 0 else jobs
        jobs = min(jobs, -(-len(names) // CHUNK))  # a worker needs a chunk of names at least
        if jobs <= 1:
            return (self.resolve(name, explain=explain, types=w) for name, w in zip(names, wanted))
        return resolve_in_parallel(self, names, jobs, explain, types=wanted)

    def preload(self) -> bool:
        """Read the whole index into memory and analyze every gazetteer name ahead, so that
        lookups only analyze the query: worth it for a batch or a service (see
        :meth:`worth_preloading`). Index too big to keep whole (more than ``PARTS_CACHE``
        names or tokens): does nothing and returns False. Not thread-safe: call it first.
        It ends with :func:`gc.freeze`, which also exempts the caller's objects of the
        moment from cyclic garbage collection (they are still freed by reference count)."""
        counts = self.index.counts
        if max(counts["names"], counts["tokens"]) > PARTS_CACHE:
            return False
        self.index.load_all()
        for tid in range(counts["tokens"]):
            self._token_part(tid)
        for nidx in range(counts["names"]):
            self._name_parts(nidx)
        # hundreds of thousands of objects that live as long as the resolver: the cyclic
        # garbage collector need not walk them at every full collection (refcounts still
        # free them once the resolver goes)
        gc.freeze()
        return True

    def worth_preloading(self, lookups: int) -> bool:
        """Does :meth:`preload` pay for ``lookups`` names? It costs about as much as
        ``PRELOAD_LOOKUPS`` lookups per 1,000 gazetteer names (scripts/bench_speed.py)."""
        return lookups * 1000 >= PRELOAD_LOOKUPS * self.index.counts["names"]

    def tag(self, text: str) -> list[Mention]:
        """Every mention of a gazetteer entity in running text, with character offsets."""
        if not isinstance(text, str) or not text.strip():
            return []
        return Tagger(self).tag(text)

    # -- internals ----------------------------------------------------------------------

    def _token_part(self, tid: int) -> Part:
        """A vocabulary token as a one-word part, with its stored readings."""
        part = self._token_parts.get(tid)
        if part is None:
            text, flags, _, stored = self.index.token(tid)
            t = load_token(text, bool(flags & TURKIC), bool(flags & ACRONYM), stored)
            if len(self._token_parts) > PARTS_CACHE:
                self._token_parts.clear()
            part = self._token_parts[tid] = parts([t], query=False)[0]
        return part

    def _part_matches(self, part: Part) -> list[tuple[int, float]]:
        """Vocabulary tokens that fit one query part, with their similarity.

        Key hits give the candidates; a C-level comparison of class forms (rapidfuzz) keeps the
        nearest ``TOKENS_SCORED``; only those get the full (Python) part similarity."""
        cache_key = part.content
        got = self._matches_cache.get(cache_key)
        if got is not None:
            return got
        keys: dict[str, float] = {}
        for f, _ in part.readings:
            key = token_key(f)
            keys["f:" + f.fine] = EXACT
            keys.setdefault("t:" + key, EXACT)
            if part.abjad and len(f.skeleton) == 2:
                # written without short vowels, two like consonants fuse (הידטושי: dt is
                # one T), so a 3-consonant name is one deletion away (Hidetoshi, TTJ)
                keys.setdefault("d:" + f.skeleton, NEAR)
            keys.setdefault("d:" + key, NEAR)
            if len(key) >= 4:
                for d in deletions(key):
                    keys.setdefault("t:" + d, NEAR)
                    keys.setdefault("d:" + d, FAR)
        by_priority: dict[float, set[int]] = {}
        for k, posting in self.index.postings(keys).items():
            by_priority.setdefault(keys[k], set()).update(posting)
        hits: dict[int, float] = {}  # best priority first: ties in the class comparison keep them
        for w in sorted(by_priority, reverse=True):
            hits.update(dict.fromkeys(sorted(by_priority[w] - hits.keys()), w))
        tids = list(hits)[:MAX_TOKENS_CONSIDERED]
        got = []
        known = self._known_spellings(part) or {}
        info = self.index.tokens(tids)
        # a name in Han or Kana meets only a query in that script: for any other it
        # is a lossy approximation (and romanizing it loads ICU's Han data)
        unfit = {t for t in self.index.lossy.intersection(tids) if not _script_fits(info[t][0], part.lossy_script)}
        if unfit:
            tids = [t for t in tids if t not in unfit]
        scored: list[int] = []
        if tids:
            texts, choices = self.index.token_columns(tids)
            quick: dict[int, float] = {}
            for f, penalty in part.readings:  # a stripped or second reading is less likely
                for _, sim, i in extract(f.classes, choices, scorer=Indel.normalized_similarity,
                                         limit=TOKENS_SCORED):
                    quick[i] = max(quick.get(i, 0.0), sim + 0.1 * hits[tids[i]] - penalty)
            chosen = sorted(quick, key=lambda i: (-quick[i], tids[i]))[:TOKENS_SCORED]
            # the same word as written in the gazetteer (clitics stripped) is always scored
            chosen += sorted({i for text in {part.text} | {t for t, _ in part.stripped}
                              for i in _positions(texts, text)} - set(chosen))
            scored = [tids[i] for i in chosen]
        scored += sorted(known.keys() - set(scored))  # ... and so is a known spelling of it
        if scored:
            sims = part_similarities(part, [self._token_part(t) for t in scored])
            got = [(t, known_spelling(s, known[t]) if t in known else s) for t, s in zip(scored, sims)]
            got = [(t, s) for t, s in got if s >= MIN_PART_SIM]
        if len(self._matches_cache) > PARTS_CACHE:
            self._matches_cache.clear()
        self._matches_cache[cache_key] = got
        return got

    def _known_spellings(self, part: Part) -> dict[int, float] | None:
        """Vocabulary tokens that a group of known spellings (:mod:`translit.variants`)
        holds with a one-word query part, or with it read without a clitic or an ending,
        each with the penalty of that reading (see :func:`scoring.known_spelling`); None
        if the part is no known spelling at all."""
        if len(part.covers) != 1:
            return None
        if part.content in self._variants_cache:
            return self._variants_cache[part.content]
        penalties = {part.text: 0.0}  # the word as written, and read without a clitic
        for text, penalty in part.stripped:
            penalties.setdefault(text, penalty)
        linked: dict[int, float] = {}
        as_written = part.readings[0][0].fine
        for key, posting in self.index.postings(VARIANT_KEY + text for text in penalties).items():
            penalty = penalties[key[len(VARIANT_KEY):]]
            for tid in posting:
                # the word as written is no spelling of its other gender's form (Захаров is
                # not Zakharova); read without an ending it may be (Захарова: Zakharov's)
                if penalty == 0.0 and gender_counterparts(as_written, self._token_part(tid).readings[0][0].fine):
                    continue
                linked[tid] = min(linked.get(tid, 1.0), penalty)
        known = linked or (self.index.known_spellings and any(map(self.index.is_known_spelling, penalties)))
        if len(self._variants_cache) > PARTS_CACHE:
            self._variants_cache.clear()
        got = self._variants_cache[part.content] = linked if known else None
        return got

    def _spelling_knowledge(self, q_parts: list[Part], retrieved: list[tuple[int, float]]
                            ) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]:
        """What the known spellings say of pairs of a query part and a name part (by
        content, as :func:`scoring.align` takes them): pairs known to spell one name (with
        the query reading's penalty), and pairs likely to spell two (with what that costs):
        the query word is a known spelling, the name's word one of other names only
        (``VARIANT_MISMATCH``), or, in a person's name, no known spelling at all
        (``VARIANT_UNKNOWN``)."""
        known: dict[tuple[int, int], float] = {}
        unlike: dict[tuple[int, int], float] = {}
        linked = [(qp, got) for qp in q_parts if (got := self._known_spellings(qp)) is not None]
        if not linked:
            return known, unlike
        for qp, got in linked:
            for tid, penalty in got.items():
                known[qp.content, self._token_part(tid).content] = penalty
        spellings = self.index.known_spellings
        entity_of, type_of = self.index.name_entities, self.index.entity_types
        costs = {tid: VARIANT_MISMATCH if tid in spellings else VARIANT_UNKNOWN
                 for n, _ in retrieved for tid in self.index.name(n)[2]
                 if tid in spellings or type_of[entity_of[n]] == PERSON}
        for tid, cost in costs.items():
            for qp, got in linked:
                if tid not in got:
                    unlike[qp.content, self._token_part(tid).content] = cost
        return known, unlike

    def _retrieve(self, q_parts: list[Part], q_tokens: list[Token], q_weights: list[float],
                  types: frozenset[str] | None = None) -> list[tuple[int, float]]:
        """Names holding a vocabulary token that fits a query part, best-supported first,
        each with an upper bound of its score (the query's weight its best tokens explain);
        only names of entities of ``types`` if given: the others must not take the places."""
        support: dict[int, float] = {}
        skipped = 0.0
        # the names of each word's nearest vocabulary token are aligned whatever their
        # support: a short word's many near matches (חסן: Husn, Hisn, Xian...) must not
        # crowd out the names that the distinctive word fits (נסראללה: Nasrallah)
        nearest: set[int] = set()
        # two initials or more beside a word are a person's given names (Лавров С.В.): each
        # fits any name part it begins, which no vocabulary token it retrieves tells, so they
        # count in every bound, as the words that weigh little do, and retrieve nothing (names
        # with a word S or V are not the surname's rivals; U.S. joined is still US). One
        # letter alone may be no initial at all (Գարեգին Բ: Garegin II).
        persons_initials = (sum(t.is_initial for t in q_tokens) > 1
                            and any(not (t.is_initial or t.weighs_little) for t in q_tokens))
        for part in q_parts:
            part_weight = sum(q_weights[i] for i in part.covers)
            if persons_initials and len(part.covers) == 1 and q_tokens[part.covers[0]].is_initial:
                skipped += part_weight
                continue
            if all(q_tokens[i].weighs_little for i in part.covers) and len(q_tokens) > 1:
                skipped += part_weight  # "al" would retrieve half the Arab world
                continue
            best: dict[int, float] = {}
            matches = self._part_matches(part)
            holders = self.index.token_names([tid for tid, _ in matches])
            for tid, s in matches:
                weight = part_weight * s
                for n in holders[tid][:MAX_NAMES_PER_TOKEN]:
                    if best.get(n, 0.0) < weight:
                        best[n] = weight
            for n, w in best.items():
                support[n] = support.get(n, 0.0) + w
            if matches and len(q_tokens) > 1:
                top_sim = max(s for _, s in matches)
                nearest.update(n for tid, s in matches if s == top_sim
                               for n in holders[tid][:NEAREST_NAMES_PER_PART])
        total = sum(q_weights) or 1.0
        entity_of, translated_in = self.index.name_entities, self.index.translation_scripts
        script = q_tokens[0].script
        top: list[int] = []
        per_entity: dict[int, int] = {}
        type_of = self.index.entity_types
        codes = None if types is None else {TYPES.index(t) for t in types}

        def serves(n: int) -> bool:  # a country's name in another language serves queries in its own script
            return ((not translated_in[n] or translated_in[n] == script)
                    and (codes is None or type_of[entity_of[n]] in codes))

        for n in sorted(support, key=lambda n: (-support[n], n)):
            if not serves(n):
                continue
            e = entity_of[n]
            if per_entity.get(e, 0) < NAMES_PER_ENTITY:
                per_entity[e] = per_entity.get(e, 0) + 1
                top.append(n)
                if len(top) == RETRIEVE:
                    break
        late = [n for n in nearest.difference(top) if serves(n)]
        if late:  # in order of support still: the caller stops at the first bound too low
            top = sorted(top + late, key=lambda n: (-support[n], n))
        return [(n, min(1.0, (support[n] + skipped) / total)) for n in top]

    def _longer(self, nidx: int, al: Alignment) -> bool:
        """Does the name leave a word unmet that weighs more than a particle or a patronymic
        (Ilham Heydar oglu Aliyev for Heydar Aliev: Ilham)?"""
        _, c_weights, _ = self._name_parts(nidx)
        used = {i for _, cc, _ in al.pairs for i in cc}
        return any(w > PARTICLE_WEIGHT and i not in used for i, w in enumerate(c_weights))

    def _name_parts(self, nidx: int) -> tuple[list[Part], list[float], set[int]]:
        cached = self._parts_cache.get(nidx)
        if cached is not None:
            return cached
        if len(self._parts_cache) > PARTS_CACHE:
            self._parts_cache.clear()  # bounded memory on a huge gazetteer; refilled as used
        _, _, tids, weights, family, _ = self.index.name(nidx)
        rows = self.index.tokens(tids)
        tokens = [load_token(text, bool(flags & TURKIC), bool(flags & ACRONYM), stored)
                  for text, flags, _, stored in (rows[t] for t in tids)]
        cached = self._parts_cache[nidx] = (parts(tokens, query=False), weights, set(family))
        return cached

    def _rank(self, tokens: list[Token], types: frozenset[str] | None = None, met: frozenset[int] | None = None
              ) -> tuple[list[Candidate], dict[str, Any]]:
        """Candidates best first, and the details of the top three. ``met``: the query's
        lenient words (:meth:`_lenient_words`) that a name that fits meets, on the second
        pass, where they count in full as titles do; None on the first."""
        if not tokens:
            return [], {}
        q_parts = parts(tokens, query=True)
        only_particles = all(t.weighs_little for t in tokens)
        # generic words of organisations (وزارة الدفاع) tell less than the word that says
        # whose (السورية): Syria's ministry is not Turkey's
        generic = [t.is_generic for t in tokens]
        only_generic = all(generic)
        q_weights = [PARTICLE_WEIGHT if t.weighs_little and not only_particles
                     else DESCRIPTOR_WEIGHT if t.is_descriptor or (g and not only_generic) else 1.0
                     for t, g in zip(tokens, generic)]
        optional = optional_words(tokens) - (met or frozenset())  # Al Khartum is Khartoum, President Putin Putin
        # a word for the kind of organisation says what the query names: it may go unmet by
        # an organisation's name only (Hamas movement: Hamas, not the town Hamm, also Hamas)
        optional_unless_org = optional - {i for i, t in enumerate(tokens) if t.is_organisation_kind}
        named = without_titles(tokens)
        by_given_name = any(t.is_ruler_title for t in tokens)  # King Salman, Pope Francis
        best: dict[int, tuple[float, int, Any]] = {}
        written: dict[int, bool] = {}  # entities with a name written as the query: is one exact?
        best_written: dict[int, int] = {}  # how the query is written in each entity's best name
        kth: list[float] = []  # the best scores so far, one per entity, at most SHOWN
        # words that count only where met, as long as no name that fits meets one
        lenient_words = self._lenient_words(tokens, optional) if met is None else frozenset()
        lenient_met: set[int] = set()
        retrieved = self._retrieve(q_parts, tokens, q_weights, types)
        self.index.names([n for n, _ in retrieved])
        known, unlike = self._spelling_knowledge(q_parts, retrieved)
        for n, bound in retrieved:
            if len(kth) == SHOWN and bound < kth[0]:
                break  # no name further down can enter the shown candidates
            e, _, *_, translated = self.index.name(n)
            c_parts, c_weights, family = self._name_parts(n)
            kind = self.index.entity_types[e]
            al = align(q_parts, q_weights, c_parts, c_weights, family,
                       optional if kind == ORG else optional_unless_org, known, unlike, by_given_name, kind == PERSON)
            if translated and al.score < TRANSLATION_SCORE:
                continue  # a near miss of one of ~240 languages' names is chance, not evidence
            if translated == CODE and not all(t.acronym for t in named):
                continue  # a country's code meets a query written in capitals: PER, not Per
            if lenient_words and al.score >= self.threshold:  # met as a word, not joined (حركة حماس)
                lenient_met.update(qc[0] for qc, cc, s in al.pairs if len(qc) == 1 and qc[0] in lenient_words
                                   and (s >= LENIENT_MET
                                        or _script(c_parts[cc[0]].text) != tokens[qc[0]].script))
            is_written = self._written_as(named, n)
            if is_written:
                written[e] = written.get(e, False) or is_written == EXACTLY
            # of two names that fit as well, the one written as the query is the match shown
            if e not in best or al.score > best[e][0] or (al.score == best[e][0] and is_written):
                best[e], best_written[e] = (al.score, n, al), is_written
                if len(kth) < SHOWN or al.score > kth[0]:  # else the best SHOWN scores stay as they are
                    kth = heapq.nlargest(SHOWN, (b[0] for b in best.values()))[::-1]
        self._prefer_names_of_the_kind_of_state(tokens, optional, best)
        for e, is_exact in written.items():
            # the score is that of a name read with an ending off (Nigeri for Nigeria): the
            # exact name elsewhere (Republica Nigeria) scored less, and does not make it exact
            if is_exact and best_written[e] == WITH_CLITIC:
                written[e] = False
        entities = {e: self.index.entity(e) for e in best}
        order = sorted(best, key=lambda e: (-best[e][0], entities[e]["id"]))
        script = named[0].script
        # a query of letters in capitals (UN) is written as a name only where the name has
        # them too (UN, not the town of Un); not a name in capitals said as a word (BAKU, as
        # headlines and lists write it, is Baku)
        in_capitals = all(t.acronym and not said_as_word(t.roman) for t in named)
        ranked = []
        for e in order:
            score, n, _ = best[e]
            d = entities[e]
            _, matched, *_, added = self.index.name(n)
            ranked.append(Candidate(d["id"], d["name"], d["type"], score, matched, d.get("prominence", 0.0),
                                    e in written, self._spelling_variant(named, n, matched),
                                    written.get(e, False) and (not in_capitals or _in_capitals(matched)),
                                    country_script(d.get("country")) == script,
                                    best[e][2].known, d.get("country"), coded=added == CODE,
                                    translated=added == TRANSLATION,
                                    joined=any(len(qc) > 1 or len(cc) > 1 for qc, cc, _ in best[e][2].pairs)))
        if ranked and ranked[0].written:  # what decide asks of the rivals of a name written as the query
            ranked[0].names = frozenset(n["name"] for n in entities[order[0]]["names"])
            for c, e in zip(ranked[1:], order[1:]):
                if c.score <= ranked[0].score - AMBIGUITY_MARGIN:
                    break
                c.longer = c.same_script and not c.written and self._longer(best[e][1], best[e][2])
        if lenient_met:
            # the word taken for a title or a kind of place is a word of a name that fits
            # (Queen Creek, Prince George, Mexico City, Ayatollah Khamenei, whichever of the
            # entity's names scores best): a name that lacks it explains less. A word for
            # the kind of place that no such name meets stays optional (Государство-город
            # Ватикан: Vatican City State meets the state, not the город)
            return self._rank([replace(t, optional=False) for t in tokens], types, frozenset(lenient_met))
        return ranked, {entities[e]["id"]: best[e] for e in order[:3]}

    def _prefer_names_of_the_kind_of_state(self, tokens: list[Token], optional: frozenset[int],
                                           best: dict[int, tuple[float, int, Any]]) -> None:
        """The kind of state that a query names decides between two names that fit as well:
        an entity whose best name does without it falls behind one whose name says it by
        ``UNMET_STATE_WORD`` (Республика Конго is the Republic of the Congo, whose name
        says so, not the Democratic Republic, whose Russian name Конго fits only without
        the word). Not a name that fits less: a word for a republic is no evidence for
        any one republic."""
        state_words = {i for i in optional if tokens[i].is_state_word}
        if not state_words:
            return

        def says_it(al: Alignment) -> bool:
            return state_words <= {i for qc, _, _ in al.pairs for i in qc}

        meeting = [score for score, _, al in best.values() if score >= self.threshold and says_it(al)]
        if not meeting:
            return
        for e, (score, n, al) in best.items():
            if score <= max(meeting) and not says_it(al):
                best[e] = (score - UNMET_STATE_WORD, n, al)

    @staticmethod
    def _lenient_words(tokens: list[Token], optional: frozenset[int]) -> frozenset[int]:
        """The query's titles, words for the kind of place or of organisation (Minsk Group:
        the city is no fit where the group is in the gazetteer) and what qualifies a state,
        that its score may do without (the Arabic article aside: names write it or not at
        will; the Greek one too: Ισλαμική Δημοκρατία του Ιράν has του, which makes it no
        better a fit of του Ιράν than Ιράν; and the kind of state: a country's name in the
        query's language seldom has it)."""
        return frozenset(i for i in optional if tokens[i].is_place_type or tokens[i].is_state_qualifier
                         or tokens[i].is_organisation_kind
                         or (tokens[i].optional and is_title(tokens[i].text) and not tokens[i].is_greek_article))

    def _name_words(self, nidx: int) -> list[str]:
        """The words of a gazetteer name as written (folded), from its cached parts."""
        c_parts, c_weights, _ = self._name_parts(nidx)
        return [p.text for p in c_parts[:len(c_weights)]]  # one-word parts come first

    def _spelling_variant(self, tokens: list[Token], nidx: int, matched: str) -> bool:
        """Is the name that matched in the query's script, and (abjad) with its letters but for
        those that spellings of one name vary (:data:`_VARIABLE_LETTERS`)? Never in a script
        of characters for words or syllables (Han, Kana): another character is another name
        (北江 is not 北京 spelled otherwise), however alike the two read."""
        script = tokens[0].script
        if _script(matched) != script or script in LOGOGRAPHIC:
            return False
        if script not in ABJAD:
            # a name without any of the marks that the query writes is another orthography's
            # spelling, met by dropping them: Şuşa is Shusha as written, Susa in Italy and
            # Sousa only so
            return not matched.isascii() or all(t.text.isascii() for t in tokens)
        name_letters = {_spelling_letters(w) for w in self._name_words(nidx)}
        return all(_spelling_letters(t.text) in name_letters for t in tokens)

    def _written_as(self, tokens: list[Token], nidx: int) -> int:
        """Is every word of the query a word of this gazetteer name, as written there, in
        order (Путин is a word of Владимир Путин)? ``EXACTLY``, ``WITH_CLITIC`` (some word
        with a clitic or an ending read off: وكاراباخ is و + كاراباخ) or 0. How well the
        rest of the name is missed is the score's business."""
        texts = self._name_words(nidx)
        at, how = 0, EXACTLY
        for t in tokens:
            forms = {t.text} | {v for v, _ in t.variant_texts}
            while at < len(texts) and texts[at] not in forms:
                at += 1
            if at == len(texts):
                return 0
            if texts[at] != t.text and texts[at] not in t.text.split("'"):
                how = WITH_CLITIC  # an apostrophe sets an ending off as written: Almanya'da, l'Arménie
            at += 1
        return how

    def _explain(self, tokens: list[Token], top: list[Candidate], details: dict[str, Any],
                 threshold: float) -> dict[str, Any]:
        shape = query_shape(tokens)
        # the gazetteer's words that the table of known spellings holds with each word
        known = [self._known_spellings(p) or {} for p in parts(tokens, query=True)[:len(tokens)]]
        out: dict[str, Any] = {
            "tokens": [{"text": t.text, "script": t.script, "romanization": t.roman,
                        "keys": sorted({token_key(f) for f in t.forms}),
                        "variants": sorted({f.roman for f, _ in t.variants}),
                        "known_spellings": sorted({self.index.token(tid)[0] for tid in k})[:SHOWN_SPELLINGS]}
                       for t, k in zip(tokens, known)],
            "threshold": threshold, "margin": AMBIGUITY_MARGIN,
            # the (lowest score, lead) pairs that make a match for this query
            "match_rules": [[round(score + threshold - MATCH_THRESHOLD, 4), lead] for score, lead in
                            _match_rules(shape["abjad"], shape["one_word"], shape["long_word"], shape["syllabic"])],
            "candidates": [],
        }
        if top and top[0].known:
            score, lead = KNOWN_MATCH_RULE
            out["known_match_rule"] = [round(score + threshold - MATCH_THRESHOLD, 4), lead]
        for c in top:
            score, n, al = details[c.id]
            eidx, text, tids, _, _, added = self.index.name(n)
            name_tokens = [self.index.token(t)[0] for t in tids]
            out["candidates"].append({
                "id": c.id, "score": round(score, 4), "matched_name": text,
                "name_kind": _name_kind(self.index.entity(eidx), text, added),
                "parts": [{"query": " ".join(tokens[i].text for i in qi),
                           "name": " ".join(name_tokens[j] for j in ci), "similarity": round(s, 4)}
                          for qi, ci, s in al.pairs],
                "family_name_matched": al.family_matched,
                "known_spelling": al.known,
            })
        return out


# Letters an Arabic or Hebrew spelling adds or drops for vowels (hamza seats fold to ا).
_VOWEL_LETTERS = dict.fromkeys(map(ord, "اءؤئويةאוי"), None)


# Letters that spellings of one name add and drop: alef and hamza seats in Arabic script
# (أردوغان, اردوغان), and in Hebrew the vowel letters too (plene and defective spelling).
# An Arabic و or ي that one spelling writes and another does not makes another name:
# بادن is Baden, not a spelling of بايدن (Biden).
_VARIABLE_LETTERS = dict.fromkeys(map(ord, "اءؤئةאוי"), None)


@functools.lru_cache(maxsize=65536)
def _spelling_letters(word: str) -> str:
    return plain_letters(word).translate(_VARIABLE_LETTERS)


@functools.lru_cache(maxsize=65536)
def _consonant_letters(word: str) -> str:
    return plain_letters(word).translate(_VOWEL_LETTERS)


def _positions(items: Sequence[str], item: str) -> list[int]:
    """Every index of ``item`` in ``items`` (searched in C: a word is rarely there twice)."""
    out: list[int] = []
    at = 0
    while True:
        try:
            at = items.index(item, at)
        except ValueError:
            return out
        out.append(at)
        at += 1


def _script_fits(text: str, query_lossy_script: str | None) -> bool:
    script = _script(text)
    return script in KNOWN or script == COMMON or script == query_lossy_script


@functools.lru_cache(maxsize=262144)
def _script(text: str) -> str:
    """The script of a vocabulary token, once per token (retrieval asks for thousands)."""
    return detect(text)


def _entity(d: dict[str, Any]) -> Entity:
    return Entity(d["id"], d["type"], d["name"],
                  [Name(n["name"], n.get("lang"), n.get("kind", "name")) for n in d.get("names", [])],
                  d.get("country"), d.get("description"), dict(d.get("attributes") or {}))


def _name_kind(entity: dict[str, Any], text: str, added: int) -> str:
    if text == entity["name"]:
        return "canonical"
    if added:  # a name the entity does not list: a country's in another language or code
        return "code" if added == CODE else "translation"
    return next((n.get("kind", "name") for n in entity.get("names", []) if n["name"] == text), "name")


def decide(ranked: list[Candidate], threshold: float, abjad: bool = False, short: bool = False,
           one_word: bool = False, long_word: bool = False, initial: bool = False,
           syllabic: bool = False) -> tuple[str, Candidate | None]:
    """``match``, ``ambiguous`` or ``nil`` for ranked candidates; ``threshold`` is the lowest
    score a match can have; ``abjad`` says the query is in a script without short vowels,
    ``short`` that it has ``SHORT_QUERY_LETTERS`` letters or fewer, ``one_word`` that it is
    one word, ``long_word`` that it is one long abjad word, ``initial`` that it is one
    letter of an alphabet, ``syllabic`` that it is written in Chinese characters or kana (see
    :func:`query_shape`): an initial alone names no one.

    A match needs one of the (score, lead) pairs of ``MATCH_RULES`` (``ONE_WORD_MATCH_RULES``
    for one word; for an abjad query ``ABJAD_MATCH_RULES``, ``ABJAD_LONG_WORD_MATCH_RULES``
    for one word of ``LONG_WORD_CONSONANTS`` consonant letters or more, or
    ``ABJAD_WORDS_MATCH_RULES`` for several words; and ``SYLLABIC_MATCH_RULE`` besides for
    Chinese characters and kana; and ``KNOWN_MATCH_RULE`` where the query's words are known
    spellings of the top name's and of no close rival's); a query written as one name
    in the gazetteer, or read exactly as one (score 1; ``ABJAD_EXACT`` for an abjad query;
    not for a short one), needs only ``IDENTICAL_LEAD`` over rivals in other scripts (an
    abjad one written so may even trail them: see :func:`_written_over_readings`).
    Homonyms (the same score) are told apart by prominence: one far more prominent than
    the others wins (Armenia the country over Armenia in Colombia), as a geocoder ranks.
    """
    shift = threshold - MATCH_THRESHOLD
    rules = _match_rules(abjad, one_word, long_word, syllabic)
    if not ranked or initial or ranked[0].score < min(score for score, _ in rules) + shift:
        return "nil", None
    top = ranked[0]
    # a rival whose name is the top one's with a word for the kind of place (Shusha District
    # beside Shusha) scores less for the word the query lacks, not for another reading: the
    # query names the place that it fits whole, as a geocoder takes it
    # (no rule asks a lead over MAX_LEAD: a rival further down is one whatever its name)
    # ... and where the query is written as one of the top one's names, a rival that meets it
    # only through a name of the top one spelled otherwise offers no reading the top one
    # lacks (Waszyngton: Washington, D.C. by that name; Washington in England and in
    # Pennsylvania only by their name Washington, which is D.C.'s too), nor one that meets it
    # through that name with words added (Kairo: Cairo, not New Cairo); by another of its
    # names, where it is far more prominent, as a geocoder takes it (Moszkva: Moscow, not
    # Moscow, Idaho by its name Moskva, which Moscow has too); nor does one written as the
    # query only with an ending read off, through a name the top one has too (Казани: Kazan
    # in Russia by its names Kazani and Казан, the town in Turkey only by Казан + и)
    # ... nor one met only through a country's name in another language that the index
    # added, where the query is written as a name the gazetteer lists (İrəvanda: Yerevan's
    # Azerbaijani name with an ending, not i-Rwanda, Rwanda in Zulu, joined)
    whole_name = top.written and top.score >= IDENTICAL
    rivals = [c for c in ranked[1:]
              if (c.score <= top.score - MAX_LEAD or not _with_place_type(c.matched, top.matched))
              and not (whole_name and not c.exact and _meets_only_by_its_names(c, top))
              and not (top.written and c.translated and not top.translated)]
    lead = top.score - (rivals[0].score if rivals else 0.0)
    # a rival in whose name the query's words stand among others (New Cairo, Khartoum North),
    # or words like them (Ilham Heydar oglu Aliyev for Heydar Aliev, his father's alias), is
    # a longer name, not a spelling variant, when the query is the top one's whole name
    no_close_variant = not any(c.same_script and not (whole_name and (c.written or c.longer))
                               for c in rivals if c.score > top.score - AMBIGUITY_MARGIN)
    exact = ABJAD_EXACT if abjad else None if short else IDENTICAL
    # a rival that meets a query of another script only through a name without short
    # vowels reads at most scoring.ABJAD_CONFIDENCE of an exact spelling: a query written
    # as a name needs only to be ahead of it (Херсон is Kherson, not Giresun read off غيرسون)
    # ... and the same goes for a rival written as the query only with an ending or clitic
    # read off, where the top one is written as it stands (Shusha, not Shush + a)
    small_lead = all(top.score - c.score >= (IDENTICAL_LEAD if abjad or _script(c.matched) not in ABJAD else 1e-9)
                     for c in rivals if c.score > top.score - IDENTICAL_LEAD
                     and not (top.exact and c.written and not c.exact))
    if any(top.score >= score + shift and lead >= need for score, need in rules) \
            or (top.known and top.score >= KNOWN_MATCH_RULE[0] + shift and lead >= KNOWN_MATCH_RULE[1]
                and not any(c.known for c in rivals if c.score > top.score - AMBIGUITY_MARGIN)) \
            or (abjad and top.score >= IDENTICAL and small_lead) \
            or (exact is not None and top.score >= exact + shift and small_lead and no_close_variant) \
            or (top.written and top.score >= WRITTEN_SCORE + shift and small_lead and no_close_variant):
        return "match", top
    written = _written_over_readings(ranked, shift) if abjad else None
    if written is not None:
        return "match", written
    # homonyms are told apart only at a score where a small lead would do
    if top.score < min(score for score, need in rules if need <= AMBIGUITY_MARGIN) + shift:
        return "nil", None
    homonyms = [c for c in ranked if c.score >= top.score - HOMONYM_MARGIN]
    if len(homonyms) < 2:
        # alone at its score, and its close rivals all far less prominent readings
        if top.exact and all(_far_less_prominent_reading(c, top) for c in rivals
                             if c.score > top.score - AMBIGUITY_MARGIN):
            return "match", top
        return "ambiguous", None
    # one written as the query comes first: a more prominent homonym that only reads the
    # same never wins over it (Бакъу is Bacău, whatever Baku reads as)
    # ... and one written so without a clitic or an ending read off before one that needs it
    # (盧森堡市 is Luxembourg City as written, 盧森堡 + 市 only reads as the country)
    # ... and a name the gazetteer lists before a code the index added: a country's code
    # is no more the abbreviation than another entity's listed one (BM: Bermuda or, in
    # Turkish, the United Nations), whatever the country's prominence
    best = max(homonyms, key=lambda c: (c.written, c.exact, not c.coded, c.prominence))
    # ... and a country's name in another language that the index added, not the gazetteer,
    # is no rival of a listed name written as the query (Almanya: Germany in Turkish, not
    # Armenia in Yangben)
    others = [c for c in ranked if c is not best and c.score > top.score - AMBIGUITY_MARGIN
              and not (c.translated and best.exact and not best.translated)]
    # a homonym written as the query, where its rival only reads the same (Баку, not
    # Бакъу), or one in a country that writes the query's script, where its rival's does
    # not (Одеса: Odesa in Ukraine, not Odessa in Texas), needs half the prominence gap; a
    # rival further down that only reads like it through a name in another script, the
    # small lead of a name written as the query (Washington over Ashington, read off اشینگتون),
    # as over one that needs an ending read off to be written so (Baku, not Baka for Baku)
    if all(best.prominence - c.prominence >= (PROMINENCE_GAP / 2 if (best.written and not c.written)
                                              or (best.native and not c.native) else PROMINENCE_GAP)
           for c in others if c in homonyms) \
            and all(c.score <= top.score - (IDENTICAL_LEAD if best.written and not c.same_script
                                            or best.exact and c.written and not c.exact else AMBIGUITY_MARGIN / 2)
                    for c in others if c not in homonyms and not _far_less_prominent_reading(c, best)):
        return "match", best
    return "ambiguous", None


def _in_capitals(name: str) -> bool:
    return not any(c.islower() for c in name)


def _far_less_prominent_reading(rival: Candidate, best: Candidate) -> bool:
    """Is ``best`` written as the query as it stands, and ``rival``, outside the homonyms,
    written so only with an ending read off (Pari, Paris with its s read off as an ending,
    beside Paris), met only by a reading of a name in another script (Ar Riyāḑ for
    Эр-Рияд, beside Riyadh) or with two words joined into one (Al-Mania for Almanya, beside
    Germany's Turkish name), and far less prominent? Then a geocoder's ranking holds. Not
    a spelling variant in the query's script (Washingtown for Washington): a rival still."""
    only_a_reading = (rival.written and not rival.exact or not (rival.written or rival.same_script)
                      or (rival.joined and not rival.written))
    return best.exact and only_a_reading and best.prominence - rival.prominence >= PROMINENCE_GAP


@functools.lru_cache(maxsize=65536)
def _with_place_type(longer: str, name: str) -> bool:
    """Is ``longer`` the name ``name`` with words for a kind of place added (Shusha District,
    Şuşa rayonu), its words in the same order?"""
    if len(longer) <= len(name) or name.casefold() not in longer.casefold():
        return False  # most rivals: checked before the words are split
    words, extra = split_words(fold(clean(name))), split_words(fold(clean(longer)))
    if not words or len(extra) <= len(words):
        return False
    at = 0
    for w in extra:
        if at < len(words) and w == words[at]:
            at += 1
        elif w not in place_types():
            return False
    return at == len(words)


def _meets_only_by_its_names(rival: Candidate, top: Candidate) -> bool:
    """Does a rival meet the query through the top candidate's name, with words added or
    not, or through another of its names where the top one is far more prominent?"""
    return _holds_name(rival.matched, top.name) \
        or (rival.matched in top.names and top.prominence - rival.prominence >= PROMINENCE_GAP)


@functools.lru_cache(maxsize=65536)
def _holds_name(longer: str, name: str) -> bool:
    """Is ``longer`` the name ``name``, or that name with words added, its words together
    and in order (New Cairo, Khartoum North for Cairo, Khartoum)?"""
    if longer == name:
        return True
    if len(longer) <= len(name) or name.casefold() not in longer.casefold():
        return False  # most rivals: checked before the words are split
    words, extra = split_words(fold(clean(name))), split_words(fold(clean(longer)))
    return any(extra[i:i + len(words)] == words for i in range(len(extra) - len(words) + 1))


def _match_rules(abjad: bool, one_word: bool, long_word: bool = False, syllabic: bool = False
                 ) -> tuple[tuple[float, float], ...]:
    if abjad:
        if one_word:
            return ABJAD_LONG_WORD_MATCH_RULES if long_word else ABJAD_MATCH_RULES
        return ABJAD_WORDS_MATCH_RULES
    rules = ONE_WORD_MATCH_RULES if one_word else MATCH_RULES
    return (*rules, SYLLABIC_MATCH_RULE) if syllabic else rules


def _written_over_readings(ranked: list[Candidate], shift: float) -> Candidate | None:
    """For an abjad query: the one candidate written as the query (פוטין in ולדימיר פוטין)
    over names of other scripts that it meets by readings without short vowels, which may
    score up to ``IDENTICAL_LEAD`` more (Pathein, Putten); no rival in its own script."""
    written = [c for c in ranked[:SHOWN] if c.written]
    # another name written with the query's words far below (OSCE Minsk Group for مينسك) is
    # no rival, nor one that needs a clitic read off where the first needs none (كين for بكين)
    if not written or written[0].score < WRITTEN_SCORE + shift \
            or any(c.score > written[0].score - AMBIGUITY_MARGIN and (c.exact or not written[0].exact)
                   for c in written[1:]):
        return None
    w = written[0]
    others = [c for c in ranked if c is not w]
    if any(c.score > w.score + IDENTICAL_LEAD or (c.same_script and c.score > w.score - AMBIGUITY_MARGIN)
           for c in others):
        return None
    return w


def _holds_an_office(tokens: list[Token], matched: str) -> bool:
    """Does the query name an office that the matched name does not hold? Only a person
    holds one (министр обороны Сирии, Mayor of London); a place so named holds it as a
    word of its name (Queen Creek, General Santos)."""
    offices = [t for t in tokens if t.is_office]
    if not offices:
        return False
    words = {fold(w) for w in split_words(clean(matched))}
    return not all(t.text in words or any(v in words for v, _ in t.variant_texts) for t in offices)


def is_abjad(tokens: list[Token]) -> bool:
    """Is a query written (partly) in a script without short vowels (Arabic, Hebrew)?"""
    return any(t.script in ABJAD for t in tokens)


def query_shape(tokens: list[Token]) -> dict[str, bool]:
    """What :func:`decide` weighs of a query besides its candidates, as its keywords (of
    the name it gives: titles before it aside)."""
    tokens = without_titles(tokens)
    abjad, one_word = is_abjad(tokens), len(tokens) == 1
    return {"abjad": abjad, "short": sum(len(t.text) for t in tokens) <= SHORT_QUERY_LETTERS,
            "one_word": one_word,
            "long_word": abjad and one_word and len(_consonant_letters(tokens[0].text)) >= LONG_WORD_CONSONANTS,
            # the Greek article Ο, a Latin A: not the one-letter alternate name of some town
            "initial": one_word and len(tokens[0].text) == 1 and tokens[0].script in KNOWN,
            "syllabic": bool(tokens) and all(t.script in LOGOGRAPHIC for t in tokens)}


def name_shape(names: list[str]) -> dict[str, bool]:
    """:func:`query_shape` of names as written, for one decision on them all: the strictest
    (abjad, short or one word if any of them is); one long word, an initial, Chinese
    characters or kana only if all of them are."""
    shapes = [query_shape(analyze(_bounded(n), query=True)) for n in names]
    strictest = {k: any(s[k] for s in shapes) for k in ("abjad", "short", "one_word")}
    lenient = ("long_word", "initial", "syllabic")
    return {**strictest, **{k: bool(shapes) and all(s[k] for s in shapes) for k in lenient}}


def _bounded(name: Any) -> str:
    """A query as text of sane length: anything else resolves to nothing rather than raising."""
    if not isinstance(name, str):
        return ""
    return name[:MAX_QUERY_CHARS]


def load(paths: list[str | Path] | str | Path | None = None, *, with_default: bool = False,
         use_cache: bool = True, threshold: float = MATCH_THRESHOLD) -> Resolver:
    """A resolver over the gazetteer files or folders ``paths`` (the shipped default when None).

    Raises :class:`translit.gazetteer.GazetteerError` for a gazetteer that cannot be used.
    """
    if paths is None:
        sources: list[str | Path] = []
    elif isinstance(paths, (str, Path)):
        sources = [paths]
    else:
        sources = list(paths)
    if not sources or with_default:
        sources = [default_gazetteer(), *sources]
    index, info = open_index(sources, use_cache=use_cache)
    return Resolver(index, info, threshold)


__all__ = ["Candidate", "Resolver", "Result", "decide", "is_abjad", "load", "name_shape", "query_shape"]
