"""Part similarity: the shortcuts that skip pairs of readings never change a result."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from translit.analyze import analyze
from translit.scoring import (
    _SIMILARITIES,
    JOINED_MIN,
    MIN_PART_SIM,
    _part_similarity,
    form_similarity,
    part_similarities,
    part_similarity,
    parts,
)

WORDS = st.text(alphabet="abcdefghiklmnoprstuvyzšč", min_size=1, max_size=9)


def _exhaustive(q, c) -> float:
    """Every pair of readings compared: what part_similarity must equal."""
    abjad = q.abjad or c.abjad
    side = 0 if q.abjad == c.abjad else 1 if q.abjad else 2
    return max(form_similarity(qf, cf, abjad, side) - qp - cp for qf, qp in q.readings for cf, cp in c.readings)


@st.composite
def near_spellings(draw) -> tuple[str, str, str]:
    """Two name words and a query that spells them as one word, with up to two edits."""
    first, second = draw(WORDS), draw(WORDS)
    query = first + second
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(query)))
        query = query[:at] + draw(st.sampled_from(["", "a", "k", "sh", "y"])) + query[at + 1:]
    return first, second, query or "a"


@given(near_spellings())
def test_two_words_joined_are_compared_as_fully_as_one(words):
    first, second, query = words
    name = parts(analyze(f"{first} {second}"), query=False)
    q_tokens = analyze(query, query=True)
    if len(name) < 3 or not q_tokens:
        return
    q = parts(q_tokens, query=True)[0]
    joined = name[2]
    if q.text == joined.text or any(t == joined.text for t, _ in q.stripped) \
            or min(len(q.readings[0][0].roman), len(joined.readings[0][0].roman)) == 1:
        return  # identity (an ending read off too) and initials are decided before any reading is compared
    want = _exhaustive(q, joined)
    assert part_similarity(q, joined) == (want if want >= JOINED_MIN else 0.0)


@st.composite
def edits(draw, word: str) -> str:
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(word)))
        word = word[:at] + draw(st.sampled_from(["", "a", "e", "k", "sh", "y", "ö", "#"])) + word[at + 1:]
    return word or "a"


@given(st.data(), st.one_of(WORDS, st.text(alphabet="абвгдеийклмнопрстухцчшщыэюяё", min_size=1, max_size=9),
                            st.sampled_from(["nagorno", "нагорная"])))
def test_the_batch_of_retrieval_gives_what_each_pair_gives(data, query):
    q_tokens = analyze(query, query=True)
    if not q_tokens:
        return
    q = parts(q_tokens, query=True)[0]
    # descriptor words (Nagorno, Нагорный) also read as their concept, which equals only itself
    words = data.draw(st.lists(st.one_of(edits(query), st.sampled_from(["nagorno", "нагорный", "nagorni"])),
                               min_size=1, max_size=12))
    cs = [parts(t, query=False)[0] for t in (analyze(w) for w in words) if t]
    _SIMILARITIES.clear()  # figures of earlier examples, from either path, would hide a difference
    assert part_similarities(q, cs) == [_part_similarity(q, c) for c in cs]


NAMES = st.lists(st.one_of(WORDS, st.sampled_from(["harutyunyan", "hasan", "assan", "khamenei", "nagorno",
                                                   "republic"])),
                 min_size=1, max_size=2).map(" ".join)


@given(st.data(), st.one_of(st.text(alphabet="ابتجحخدرزسشصطعغفقكلمنهويةءأى", min_size=1, max_size=8),
                            st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשת", min_size=1, max_size=7),
                            st.sampled_from(["هاروتيونيان", "حسن", "خامنه‌ای", "قره باغ", "ناغورني", "جمهورية"])))
def test_the_batch_of_an_abjad_query_gives_what_each_pair_gives(data, query):
    # an h the abjad spelling writes, vowel letters, capped short consonant skeletons,
    # two words read as one on either side
    q_tokens = analyze(query, query=True)
    if not q_tokens:
        return
    qs = parts(q_tokens, query=True)
    cs = [p for t in (analyze(n) for n in data.draw(st.lists(NAMES, min_size=1, max_size=8))) if t
          for p in parts(t, query=False)]
    _SIMILARITIES.clear()
    for q in qs:
        assert part_similarities(q, cs) == [_part_similarity(q, c) for c in cs]


@given(st.lists(NAMES, max_size=6), near_spellings())
def test_the_batch_compares_two_words_read_as_one_as_each_pair_does(names, words):
    first, second, query = words
    qs = parts(analyze(query, query=True), query=True)
    cs = [p for t in (analyze(n) for n in names + [f"{first} {second}"]) if t for p in parts(t, query=False)]
    _SIMILARITIES.clear()
    for q in qs:
        assert part_similarities(q, cs) == [_part_similarity(q, c) for c in cs]


def test_below_the_least_evidence_a_pair_scores_nothing():
    q = parts(analyze("Moskva", query=True), query=True)[0]
    far = parts(analyze("Tbilisi"), query=False)[0]
    assert part_similarity(q, far) == 0.0
    near = parts(analyze("Москва"), query=False)[0]
    assert part_similarity(q, near) >= MIN_PART_SIM
