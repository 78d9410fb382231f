"""No text makes the library raise; normalization is idempotent (property tests)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from translit import transliterate
from translit.normalize import clean, fold

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@given(ANY_TEXT)
def test_clean_and_fold_are_idempotent(text):
    assert clean(clean(text)) == clean(text)
    assert fold(fold(text)) == fold(text)


def test_fold_cleans_what_compatibility_folding_makes():
    # the ligature ﱛ is ذ with a superscript alef, a point that clean() takes away
    assert fold("ﱛ") == fold(fold("ﱛ")) == "ذ"


@given(ANY_TEXT)
def test_transliterate_never_raises_and_gives_ascii(text):
    assert transliterate(text).isascii()


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_resolve_never_raises(smoke_resolver, text):
    result = smoke_resolver.resolve(text)
    assert result.decision in ("match", "ambiguous", "nil")
    assert 0.0 <= result.score <= 1.0


def test_pathological_inputs_resolve_to_nil(smoke_resolver):
    for text in ["", "   ", "\u200f\u200e", "12345", "!!!---", "\x00\x01", "ا" * 10_000, "Лавров" * 2000,
                 "\ud800", "La\u200bvrov\u202e"]:
        result = smoke_resolver.resolve(text)
        assert result.decision in ("nil", "match", "ambiguous")


def test_invisible_marks_do_not_change_the_answer(smoke_resolver):
    assert smoke_resolver.resolve("\u200fلاف\u0640روف\u200e").id == smoke_resolver.resolve("لافروف").id
    assert smoke_resolver.resolve("Lav\u200brov").id == "per-sergey-lavrov"


def test_a_non_joiner_stays_only_where_it_ends_a_persian_heh():
    from translit.normalize import clean
    assert clean("قره\u200cباغ") == "قره\u200cباغ"  # the heh's final form: read as a vowel
    assert clean("قره\u200c\u200c\u200fباغ") == "قره\u200cباغ"
    assert clean("علی\u200cاف") == "علیاف"  # after another letter it changes no reading
    assert clean("شرم\u200cالشیخ") == "شرم الشیخ"  # ... but before the Arabic article a word begins
    assert clean("Lav\u200crov") == "Lavrov" and clean("قره\u200c") == "قره"
