"""The resolver: a query name in, a decision out (``match``, ``ambiguous`` or ``nil``).

A confident wrong entity is the worst outcome for data cleaning, so the decision is
made for precision: a ``match`` needs a high score and a clear lead over every other
entity; two entities that fit about equally are ``ambiguous`` (both returned); anything
weaker is ``nil``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from translit.analyze import DESCRIPTOR_WEIGHT, PARTICLE_WEIGHT, Token, analyze, token
from translit.gazetteer import Entity, Name
from translit.index import EXACT, FAR, NEAR, load_or_build, token_key
from translit.keys import deletions, hypotheses
from translit.scoring import Part, align, parts

MATCH_THRESHOLD = 0.80
AMBIGUITY_MARGIN = 0.05  # a runner-up entity this close to the top makes it ambiguous
MAX_QUERY_CHARS = 1000
RETRIEVE = 60  # names scored per query at most


@dataclass(slots=True)
class Candidate:
    id: str
    name: str
    type: str
    score: float
    matched: str  # the gazetteer name that matched best

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
        d = {"input": self.input, "id": self.id, "name": self.name, "type": self.type,
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
    """Resolves names against one loaded index. Read-only: safe to share between threads."""

    def __init__(self, index: dict[str, Any], info: dict[str, Any] | None = None,
                 threshold: float = MATCH_THRESHOLD):
        self._entities = index["entities"]
        self._names = index["names"]
        self._postings = index["postings"]
        self._by_id = {e[0]: i for i, e in enumerate(self._entities)}
        self._parts: dict[int, tuple[list[Part], list[float], set[int]]] = {}
        self.info = info or {}
        self.key = index.get("key", "")
        self.threshold = threshold

    # -- public API ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entities)

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        i = self._by_id.get(entity_id)
        return None if i is None else self._entity(i)

    def candidates(self, name: str, limit: int = 5) -> list[Candidate]:
        """The best entities for ``name``, best first (one per entity), at most ``limit``."""
        return self._rank(analyze(_bounded(name), query=True))[0][:limit]

    def resolve(self, name: str, explain: bool = False, threshold: float | None = None) -> Result:
        """Resolve one name. Never raises for any text: bad input is a ``nil`` result."""
        text = _bounded(name)
        tokens = analyze(text, query=True)
        ranked, details = self._rank(tokens)
        t = self.threshold if threshold is None else threshold
        decision, chosen = decide(ranked, t)
        top = ranked[0] if ranked else None
        result = Result(
            input=name, decision=decision,
            id=chosen.id if chosen else None, name=chosen.name if chosen else None,
            type=chosen.type if chosen else None, score=top.score if top else 0.0,
            candidates=ranked[:5],
        )
        if explain:
            result.explanation = self._explain(tokens, ranked[:3], details, t)
        return result

    # -- internals ----------------------------------------------------------------------

    def _entity(self, i: int) -> Entity:
        eid, etype, name, country, description, attributes, names = self._entities[i]
        return Entity(eid, etype, name, [Name(t, l, k) for t, l, k in names], country, description,
                      dict(attributes or {}))

    def _retrieve(self, tokens: list[Token]) -> list[int]:
        """Names sharing a key with the query, best-supported first."""
        hits: dict[int, float] = {}
        only_particles = all(t.is_particle for t in tokens)
        units = [[f for f, _ in t.readings()] for t in tokens if only_particles or not t.is_particle]
        units += [list(hypotheses(a.roman + b.roman, a.pipeline)) for a, b in zip(tokens, tokens[1:])]
        for forms in units:
            support: dict[int, float] = {}
            for f in forms:
                key = token_key(f)
                lookups = [("t:" + key, EXACT), ("d:" + key, NEAR)]
                if len(key) >= 4:
                    for d in deletions(key):
                        lookups += [("t:" + d, NEAR), ("d:" + d, FAR)]
                for k, w in lookups:
                    for n in self._postings.get(k, ()):
                        if support.get(n, 0.0) < w:
                            support[n] = w
            for n, w in support.items():
                hits[n] = hits.get(n, 0.0) + w
        return sorted(hits, key=lambda n: (-hits[n], n))[:RETRIEVE]

    def _name_parts(self, n: int) -> tuple[list[Part], list[float], set[int]]:
        cached = self._parts.get(n)
        if cached is None:
            _, _, _, toks, weights, family = self._names[n]
            tokens = [token(text, turkic, False, acronym) for text, turkic, acronym in toks]
            cached = self._parts[n] = (parts(tokens, query=False), weights, set(family))
        return cached

    def _rank(self, tokens: list[Token]) -> tuple[list[Candidate], dict[str, Any]]:
        if not tokens:
            return [], {}
        q_parts = parts(tokens, query=True)
        only_particles = all(t.is_particle for t in tokens)
        q_weights = [PARTICLE_WEIGHT if t.is_particle and not only_particles
                     else DESCRIPTOR_WEIGHT if t.is_descriptor else 1.0 for t in tokens]
        best: dict[int, tuple[float, int, Any]] = {}
        for n in self._retrieve(tokens):
            c_parts, c_weights, family = self._name_parts(n)
            al = align(q_parts, q_weights, c_parts, c_weights, family)
            e = self._names[n][0]
            if e not in best or al.score > best[e][0]:
                best[e] = (al.score, n, al)
        order = sorted(best, key=lambda e: (-best[e][0], self._entities[e][0]))
        ranked = []
        for e in order:
            score, n, _ = best[e]
            eid, etype, name = self._entities[e][:3]
            ranked.append(Candidate(eid, name, etype, score, self._names[n][1]))
        return ranked, {self._entities[e][0]: best[e] for e in order[:3]}

    def _explain(self, tokens: list[Token], top: list[Candidate], details: dict[str, Any],
                 threshold: float) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tokens": [{"text": t.text, "script": t.script, "romanization": t.roman,
                        "keys": sorted({token_key(f) for f in t.forms}),
                        "variants": sorted({f.roman for f, _ in t.variants})} for t in tokens],
            "threshold": threshold, "margin": AMBIGUITY_MARGIN, "candidates": [],
        }
        for c in top:
            score, n, al = details[c.id]
            name_tokens = self._names[n][3]
            out["candidates"].append({
                "id": c.id, "score": round(score, 4), "matched_name": self._names[n][1],
                "name_kind": self._names[n][2],
                "parts": [{"query": " ".join(tokens[i].text for i in qi),
                           "name": " ".join(name_tokens[j][0] for j in ci), "similarity": round(s, 4)}
                          for qi, ci, s in al.pairs],
                "family_name_matched": al.family_matched,
            })
        return out


def decide(ranked: list[Candidate], threshold: float) -> tuple[str, Candidate | None]:
    """``match`` with a clear lead, ``ambiguous`` when a rival is close, else ``nil``."""
    if not ranked or ranked[0].score < threshold:
        return "nil", None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < AMBIGUITY_MARGIN:
        return "ambiguous", None
    return "match", ranked[0]


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
        paths = []
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    if not paths or with_default:
        paths = [default_gazetteer()] + paths
    index, info = load_or_build(paths, use_cache=use_cache)
    return Resolver(index, info, threshold)


__all__ = ["Candidate", "Resolver", "Result", "load", "decide", "asdict"]
