"""Tagging: find and resolve the gazetteer names in running text.

1. Words are found with their character offsets; a word is *name-like* when one of its
   readings (clitics and endings stripped too) has a matching key in the index: one
   batched look-up per block of text, a hash automaton over the index keys rather than
   fuzzy matching of every word.
2. Runs of name-like words (joined by spaces, hyphens or one line break) give candidate
   spans, resolved longest first; the longest sound mention wins an overlap.
3. A single word is a weak mention. In a cased script it must be capitalized; where the
   entity has names in the word's own script, the word (clitics stripped) must be one of
   them, so that adjectives and demonyms (الروسية, армянский) are not taken for the
   country; elsewhere it needs a high score.
4. The document remembers whom it has named: a later surname or a misspelled short form
   (أكارا after خلوصي أكار) that fits a part of an entity already found resolves to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from rapidfuzz.distance import Levenshtein

from translit.analyze import SON_OF, Token, analyze, generic_words, is_acronym, mark_patronymics, token
from translit.index import token_key
from translit.morphology import DEFINITE_PREFIXES, has_turkic_letter, variants
from translit.normalize import clean, fold, plain_letters
from translit.scoring import Part, part_similarity, parts
from translit.scripts import detect
from translit.transliterate import is_turkic

if TYPE_CHECKING:
    from translit.resolver import Candidate, Resolver

_WORD = re.compile(r"[^\W_](?:[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640]|['’](?=\w))*")
_JOINER = re.compile(r"[ \t\u00a0\u200c\u200f\u200e]*(?:[-‐‑–][ \t]*)?(?:\r?\n[ \t]*)?")
CASED = frozenset({"latn", "cyrl", "grek", "armn"})
MAX_SPAN = 5
SINGLE_WORD_THRESHOLD = 0.9  # a capitalized word alone, in a cased script
UNCASED_WORD_THRESHOLD = 0.95  # a word alone in Arabic, Hebrew, Georgian... written otherwise
SINGLE_WORD_PROMINENCE = 0.6  # in uncased scripts a lone word must name a well-known entity
UNCASED_SPAN_SCORE = 0.85  # words of an uncased script (no capitals to tell names) together
JOINED_WORDS_SCORE = 0.95
COREFERENCE_THRESHOLD = 0.85  # a word's similarity to a part of a name found earlier
COREFERENCE_ACROSS_SCRIPTS = 0.92  # ... when it is not one letter away in the same script
ADJECTIVE_ENDINGS = {
    "arab": ("ية", "يين", "يون", "ي"),
    "cyrl": ("ский", "ская", "ское", "ские", "ского", "скому", "ским", "ском", "ской", "скую", "ских",
             "цкий", "цкая", "цкое", "цкие"),
    "armn": ("ական", "ականը", "ականի", "ացի"),
    "geor": ("ული", "ულმა", "ულის", "ელი"),
    "hebr": ("ית", "יים", "יות"),
    # Greek nouns of origin, capitalized (Ρώσος, τον Ρώσο, οι Τούρκοι), end as many Greek
    # spellings of places do (Κίεβο, Κύπρος): those are found written so in the gazetteer
    "grek": ("οσ", "όσ", "ο", "ό", "οι", "οί", "ουσ", "ούσ"),
}
BLOCK_CHARS = 20_000  # text is tagged block by block: bounded memory on any size
# Function words that begin no name (a gazetteer can hold a village called "Qal").
STOPWORDS = frozenset(fold(w) for w in """
    في من على إلى الى عن مع قال قالت بعد قبل حول بين هذا هذه ذلك التي الذي الذين كما أن إن لا لم لن ما
    هو هي هم كان كانت يكون وقال وقالت أيضا خلال عند منذ حتى أو ثم قد كل بعض غير وزير رئيس
    и в во на с со по за из от к у о об не но а же что как это этот эта
    the a an and or of in on at to for from by with as is was are were be said says this that
    ve ile bir bu da de için olarak və ilə
    بأن بان لدى ضد نحو عبر وفق إثر اثر بشأن بشان أجل اجل إطار اطار قرب بالقرب
    و در از به با که را این آن برای تا یا هم نیز گفت
    ו של את עם על אל גם כי
""".split())


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    id: str
    name: str
    type: str
    score: float
    decision: str = "match"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "surface": self.surface, "id": self.id,
                "name": self.name, "type": self.type, "score": round(self.score, 4), "decision": self.decision}


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    token: Token | None
    script: str


def blocks(text: str, size: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, block) pieces of ``text`` cut at paragraph breaks (else at a space)."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n\n", pos, end)
            if cut <= pos:
                cut = text.rfind(" ", pos, end)
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


# Letters of the Latin-script languages that decline a name (Polish, Czech, Slovak, the
# Baltic and South Slavic languages, German): without any in the text, a Latin word's case
# endings are not read off, as English plurals end alike (Russians, Israelis, Iraqis).
_DECLINING_TEXT = re.compile("[ąćęłńśźżčďěňřšťůžėįųūāēģīķļņđäöüß]", re.IGNORECASE)


def _shouting(block: str) -> bool:
    """Is most of the text in capitals (a headline): then capitals say nothing of a word."""
    cased = [c for c in block if c.isupper() or c.islower()]
    return sum(c.isupper() for c in cased) * 2 > len(cased)


def _words(block: str, offset: int) -> list[_Word]:
    out = []
    turkic = is_turkic(block)
    declines = _DECLINING_TEXT.search(block) is not None
    shouting = _shouting(block)
    for m in _WORD.finditer(block):
        surface = m.group(0)
        folded = fold(surface)
        script = detect(surface)
        # a word in capitals in text that is not all in capitals is an abbreviation (the UN,
        # IRNA), compared letter for letter and written so only as a name in capitals
        acronym = not shouting and is_acronym(surface)
        tok = None if folded in STOPWORDS else token(folded.replace("’", "'"), turkic and script == "latn",
                                                      True, acronym)
        if tok is not None and tok.variant_texts and script == "latn" \
                and not (turkic or declines or "'" in tok.text or has_turkic_letter(tok.text)):
            tok = replace(tok, variants=(), variant_texts=())
        out.append(_Word(offset + m.start(), offset + m.end(), surface, tok, script))
    return out


def _inside_name(t: Token | None) -> bool:
    """A word that is no name by itself but may stand inside one: a descriptor (Nagorno),
    the lowercase "son of" of a patronymic (İlham Heydər oğlu Əliyev)."""
    return t is not None and (t.is_descriptor or t.roman in SON_OF)


def _hits(w: _Word, keys: set[str]) -> bool:
    """Is the word name-like, given its keys found in the index: a capital in a cased
    script and any key; in an uncased script (Arabic, Hebrew, Georgian), where most words
    share some key with a big gazetteer, an exact skeleton key."""
    if w.script in CASED:
        return bool(keys) and w.text[:1].isupper()
    return any(k.startswith("t:") for k in keys)


def _keys(t: Token) -> set[str]:
    keys: set[str] = set()
    for f, _ in t.readings():
        k = token_key(f)
        keys.update(("t:" + k, "d:" + k))
    return keys


class Tagger:
    """Tags text against one resolver; holds the document memory of one text."""

    def __init__(self, resolver: Resolver):
        self.resolver = resolver
        self.found: dict[str, Candidate] = {}  # entity id -> its first sound mention
        self._same_script: dict[tuple[str, str], set[str]] = {}
        self._ranked: dict[tuple[str, ...], tuple[list[Candidate], dict[str, Any]]] = {}
        self._parts: dict[tuple[str, str], list[tuple[Part, str]]] = {}

    def tag(self, text: str) -> list[Mention]:
        return list(self.tag_stream(block for _, block in blocks(text)))

    def tag_stream(self, pieces: Iterable[str]) -> Iterator[Mention]:
        """Mentions of consecutive pieces of one text (each cut between words), with offsets
        into the whole text: memory stays bounded by the piece size, whatever the text's."""
        offset = 0
        for piece in pieces:
            yield from self.tag_piece(piece, offset)
            offset += len(piece)

    def tag_piece(self, piece: str, offset: int = 0) -> list[Mention]:
        """Mentions of one piece of a longer text; ``offset`` is where the piece starts."""
        out: list[Mention] = []
        for block_offset, block in blocks(piece):
            out += self._tag_block(block, offset + block_offset)
        return out

    def _rank(self, tokens: list[Token]) -> tuple[list[Candidate], dict[str, Any]]:
        key = tuple(t.text for t in tokens)
        got = self._ranked.get(key)
        if got is None:
            if len(self._ranked) > 50_000:
                self._ranked.clear()
            got = self._ranked[key] = self.resolver._rank(tokens)
        return got

    def _tag_block(self, block: str, offset: int) -> list[Mention]:
        text = block
        words = _words(block, 0)
        keys = [_keys(w.token) if w.token else set() for w in words]
        present = self.resolver.index.postings(set().union(*keys)).keys()
        namey = [w.token is not None and not w.token.is_particle and _hits(w, k & present)
                 for w, k in zip(words, keys)]
        spans = []
        for i in range(len(words)):
            if not namey[i]:
                continue
            j = i
            while j + 1 < len(words) and j - i + 1 < MAX_SPAN and _joined(text, words[j], words[j + 1]) \
                    and (namey[j + 1] or _inside_name(words[j + 1].token)):
                j += 1
            spans += [(i, k) for k in range(i, j + 1)]
        accepted: dict[tuple[int, int], Candidate] = {}
        for i, k in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            # "the Russian defence ministry" describes, it does not name; a word alone that
            # only ends like an adjective is judged by _single_word_ok, which knows the
            # entity's own spellings (سوتشي is Sochi, not a nisba)
            if all(_generic(w, adjective=k > i) for w in words[i:k + 1]):
                continue
            cand = self._accept(words[i:k + 1])
            if cand is not None:
                accepted[(i, k)] = cand
        candidates = []
        for (i, k), cand in accepted.items():
            # generic words heading an organisation's name stay out of the mention
            # ("وكالة أنباء الأناضول" -> "الأناضول") when the rest names the same entity
            while cand.type == "org" and i < k and _generic(words[i]) \
                    and getattr(accepted.get((i + 1, k)), "id", None) == cand.id:
                i += 1
                cand = accepted[(i, k)]
            candidates.append((i, k, cand))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), -c[2].score, c[0]))
        taken: set[int] = set()
        chosen = []
        for i, k, cand in candidates:  # longest first: the longest sound mention wins
            if taken.isdisjoint(range(i, k + 1)):
                taken.update(range(i, k + 1))
                chosen.append((i, k, cand))
                self.found.setdefault(cand.id, cand)
        chosen += self._corefer(words, namey, taken)
        chosen.sort()
        return [Mention(offset + words[i].start, offset + words[k].end, text[words[i].start:words[k].end],
                        c.id, c.name, c.type, c.score) for i, k, c in chosen]

    def _accept(self, words: list[_Word]) -> Candidate | None:
        """The entity a span names, when the evidence is sound enough for running text."""
        from translit.resolver import decide, query_shape

        tokens = mark_patronymics([w.token for w in words if w.token is not None])
        ranked, details = self._rank(tokens)
        decision, cand = decide(ranked, self.resolver.threshold, **query_shape(tokens))
        if decision != "match" or cand is None or cand.id not in details or cand.coded:
            return None  # a country's code is no mention in running text (At 10 AM)
        alignment = details[cand.id][2]
        covered = {i for q, _, _ in alignment.pairs for i in q}
        if any(i not in covered and not (t.is_particle or t.patronymic) for i, t in enumerate(tokens)):
            return None  # every word of a mention is part of the name (a father's name aside)
        if len(words) > 1:
            if words[0].script in CASED:
                return cand
            matched_parts = {j for _, c, _ in alignment.pairs for j in c}
            if len(matched_parts) == 1 and cand.score < JOINED_WORDS_SCORE:
                return None  # two uncased words read as one name: only when nearly certain
            return cand if cand.score >= UNCASED_SPAN_SCORE else None
        return cand if self._single_word_ok(words[0], cand) else None

    def _single_word_ok(self, w: _Word, cand: Candidate, coreference: bool = False) -> bool:
        if w.script in CASED and not w.text.isupper() and _short_acronym(cand.matched):
            return False  # a word that begins a sentence (Who, Us, Au), not WHO, US, AU
        native = self._native_names(cand.id, w.script)
        forms = _forms(w)
        folded = fold(w.text)
        if native and forms & native and not (
                # with the article, a word that ends like an adjective is one (الرئيسي, "the
                # main", is no رئيسي), unless a name is written so; a Russian one always
                # (Российские is read back to Россия only for official names)
                (folded.startswith(DEFINITE_PREFIXES) or w.script == "cyrl") and _adjective(folded, w.script)
                and plain_letters(w.text) not in native):
            return coreference or (cand.score >= SINGLE_WORD_THRESHOLD
                                   and (w.script in CASED or cand.prominence >= SINGLE_WORD_PROMINENCE))
        if _adjective(folded, w.script):
            return False  # الروسية, армянский: about the country, not the country
        if coreference:
            return True
        if native:
            return False  # the entity is written otherwise in this script
        if w.script in CASED:
            return cand.score >= SINGLE_WORD_THRESHOLD
        return cand.score >= UNCASED_WORD_THRESHOLD and cand.prominence >= SINGLE_WORD_PROMINENCE

    def _native_names(self, entity_id: str, script: str) -> set[str]:
        """The entity's names written in ``script``, folded, with their single words."""
        key = (entity_id, script)
        names = self._same_script.get(key)
        if names is None:
            e = self.resolver.get(entity_id)
            names = set()
            for n in e.all_names() if e else []:
                if detect(n.text) == script:
                    names.add(plain_letters(n.text))
                    # single words only where they can name it alone: not "الروسي" of "الاتحاد الروسي"
                    names.update(plain_letters(p) for p in clean(n.text).split()
                                 if fold(p) not in generic_words() and not _adjective(fold(p), script))
            self._same_script[key] = names
        return names

    def _corefer(self, words: list[_Word], namey: list[bool], taken: set[int]) -> list[tuple[int, int, Any]]:
        """Single name-like words left over that fit a part of an entity this text has
        named already: a family name, a place's distinctive word (misspellings included)."""
        out: list[tuple[int, int, Any]] = []
        for i, w in enumerate(words):
            if i in taken or not namey[i] or w.token is None or _generic(w):
                continue
            if len(w.token.text) < 4:
                continue
            q = parts([w.token], query=True)[0]
            forms = _forms(w)
            best, best_sim = None, COREFERENCE_THRESHOLD
            for cand in self.found.values():
                for p, plain in self._entity_parts(cand, w.script):
                    sim = part_similarity(q, p)
                    # a near spelling in the same script (أكارا for أكار), or a close reading
                    near = any(Levenshtein.distance(f, plain) <= 1 for f in forms)
                    if sim >= best_sim and (near or sim >= COREFERENCE_ACROSS_SCRIPTS):
                        best, best_sim = cand, sim
            if best is not None and self._single_word_ok(w, best, coreference=True):
                out.append((i, i, replace(best, score=best_sim)))
                taken.add(i)
        return out

    def _entity_parts(self, cand: Candidate, script: str) -> list[tuple[Part, str]]:
        """The parts of an entity's names that can stand for it alone in a text: a person's
        family name in any script; a place's or organisation's words in the text's script
        (a city has a hundred names in other languages, each a chance of a false match)."""
        key = (cand.id, script)
        got = self._parts.get(key)
        if got is None:
            got = []
            e = self.resolver.get(cand.id)
            for n in e.all_names() if e else []:
                if cand.type != "person" and detect(n.text) != script:
                    continue
                tokens = [t for t in analyze(n.text) if not t.is_particle and not t.is_descriptor
                          and t.text not in generic_words()]
                if cand.type == "person":
                    tokens = tokens[-1:]  # the family name, not a given name shared by many
                got += [(p, plain_letters(p.text)) for p in parts(tokens, query=False)[:len(tokens)]]
            self._parts[key] = got
        return got


SHORT_ACRONYM_LETTERS = 3  # a longer one is said as a word, and written so too (Nato)


def _short_acronym(name: str) -> bool:
    """Is a name an abbreviation written in capitals, of a few letters (WHO, US, ООН)?"""
    letters = [c for c in name if c.isalpha()]
    return 1 < len(letters) <= SHORT_ACRONYM_LETTERS and all(c.isupper() for c in letters)


def _forms(w: _Word) -> set[str]:
    """The word's letters as written and with each clitic or ending read off (the token's
    own variants: in a Turkish or Azerbaijani text, Moskvada is Moskva + da)."""
    stripped = w.token.variant_texts if w.token is not None else ()
    return {plain_letters(w.text)} | {plain_letters(v) for v, _ in stripped}


def _generic(w: _Word, adjective: bool = True) -> bool:
    """A word that cannot carry a name by itself: generic, particle, descriptor, adjective
    (unless ``adjective`` is False)."""
    folded = fold(w.text)
    t = w.token
    return (t is None or t.is_particle or t.is_descriptor or folded in generic_words()
            or any(v in generic_words() for v, _ in variants(folded, w.script))
            or (adjective and _adjective(folded, w.script)))


def _adjective(word: str, script: str) -> bool:
    """Does the word end like an adjective of origin in its language (Arabic nisba -ي/-ية,
    Russian -ский, Armenian -ական, Georgian -ული, Hebrew -ית -יים -יות)? Arabic -يان is a dual
    adjective only with the article (الروسيان); without it, an Armenian surname (باشينيان).
    Hebrew masculine -י likewise only with the article (הרוסי): without it, as often the end
    of a name (גריבשווילי)."""
    if script == "arab" and word.startswith("ال") and word.endswith("يان"):
        return True
    if script == "hebr" and word.startswith("ה") and word.endswith("י") and len(word) >= 5:
        return True
    return any(word.endswith(e) and len(word) - len(e) >= 3 for e in ADJECTIVE_ENDINGS.get(script, ()))


def _joined(text: str, a: _Word, b: _Word) -> bool:
    """Are two words parts of one name: only spaces, a hyphen or a single line break between."""
    gap = text[a.end:b.start]
    m = _JOINER.fullmatch(gap)
    return m is not None and gap.count("\n") <= 1
