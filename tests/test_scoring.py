"""Part similarity: the shortcuts that skip pairs of readings never change a result."""

from __future__ import annotations

from hypothesis import given, strategies as st

from translit.analyze import analyze
from translit.scoring import JOINED_MIN, MIN_PART_SIM, form_similarity, part_similarity, parts

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
    if q.text == joined.text or min(len(q.readings[0][0].roman), len(joined.readings[0][0].roman)) == 1:
        return  # identity and initials are decided before any reading is compared
    want = _exhaustive(q, joined)
    assert part_similarity(q, joined) == (want if want >= JOINED_MIN else 0.0)


def test_below_the_least_evidence_a_pair_scores_nothing():
    q = parts(analyze("Moskva", query=True), query=True)[0]
    far = parts(analyze("Tbilisi"), query=False)[0]
    assert part_similarity(q, far) == 0.0
    near = parts(analyze("Москва"), query=False)[0]
    assert part_similarity(q, near) >= MIN_PART_SIM
