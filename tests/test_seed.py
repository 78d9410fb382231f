"""The user's own document: every name of the seed article resolves with the default gazetteer.

tests/data/seed_mentions.jsonl copies ../shared/seed/mentions.jsonl with the project's ids.
"""

from __future__ import annotations

import json

import pytest

from conftest import DATA

MENTIONS = [json.loads(line) for line in (DATA / "seed_mentions.jsonl").read_text(encoding="utf-8").splitlines()]
# Resolved only with the article's context (translit tag): out of context, أكارا is as
# much Accra (أكرا) or Acará as a typo for Akar.
NEEDS_CONTEXT = {"أكارا"}


@pytest.mark.parametrize("mention", [pytest.param(m, id=m["text"]) for m in MENTIONS
                                     if m["text"] not in NEEDS_CONTEXT])
def test_seed_mention_resolves_with_the_default_gazetteer(default_resolver, mention):
    result = default_resolver.resolve(mention["text"])
    assert (result.decision, result.id) == ("match", mention["id"])


def test_seed_mentions_cover_every_entity_of_the_article(default_resolver):
    assert len({m["id"] for m in MENTIONS}) == 17
    assert all(default_resolver.get(m["id"]) is not None for m in MENTIONS)
