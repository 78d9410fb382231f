"""Reconciliation queries of both API versions, checked, put in one shape and answered.

0.2 (OpenRefine's): ``{"q0": {"query", "type", "limit", "properties": [{"pid", "v"}],
"type_strict"}}``. 1.0-draft: ``{"queries": [{"type", "limit", "conditions":
[{"matchType": "name"|"id"|"property", "propertyId", "propertyValue", ...}]}]}``.
The one supported property is ``country``; it narrows candidates by the entity's
``country`` field (entities without one are kept: unknown is not different).

Answers reuse the library's decision rule on the candidates that pass the filters, so
``match: true`` means exactly what the ``match`` decision means everywhere else, and
filtering out a rival of another type or country can turn ``ambiguous`` into ``match``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from translit.entity_types import UnknownType, entity_type
from translit.gazetteer import TYPES
from translit.resolver import MATCH_THRESHOLD, Candidate, Resolver, decide, name_shape
from translit.serve.countries import CountryCodes
from translit.serve.errors import ApiError
from translit.serve.limits import check_batch, check_text
from translit.serve.settings import Settings

TYPE_NAMES = {"person": "Person", "place": "Place", "org": "Organisation"}
PROPERTIES = {"country": "Country (ISO 3166-1 alpha-2 code or name, any script)"}
DEFAULT_LIMIT = 5
_ALL = 10_000  # candidates() returns every retrieved entity up to this
_V02_FIELDS = {"query", "type", "limit", "properties", "type_strict"}
_V1_FIELDS = {"type", "limit", "lang", "dir", "conditions"}
_V1_CONDITION_FIELDS = {
    "matchType",
    "propertyId",
    "propertyValue",
    "required",
    "matchQuantifier",
    "matchQualifier",
}


@dataclass
class Query:
    names: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    types: frozenset[str] | None = None  # None: any type
    limit: int = DEFAULT_LIMIT
    countries: list[tuple[str, list[Any]]] = field(default_factory=list)  # (quantifier, values)


def _bad(where: str, message: str) -> ApiError:
    return ApiError(422, f"{where}: {message}")


def _limit(value: Any, where: str, settings: Settings) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value != int(value)
        or value < 1
    ):
        raise _bad(where, "must be a positive whole number")
    return min(int(value), settings.max_limit)


def _types(value: Any, where: str) -> frozenset[str] | None:
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise _bad(where, "must be a type id or a list of type ids")
    return frozenset(_type_id(v.strip()) for v in values if v.strip()) or None


def _type_id(value: str) -> str:
    """A type id of ours for a type name or tagger label; any other id as it is (it matches
    no entity: a client may well send its own types)."""
    try:
        return entity_type(value)
    except UnknownType:
        return value


def _property(pid: Any, where: str) -> str:
    if not isinstance(pid, str) or pid.strip().casefold() not in PROPERTIES:
        raise _bad(where, f"unknown property {pid!r}; supported: {', '.join(PROPERTIES)}")
    return pid.strip().casefold()


def _unknown(d: dict[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(set(d) - allowed)
    if extra:
        raise _bad(where, f"unknown field {extra[0]!r} (allowed: {', '.join(sorted(allowed))})")


def _name(value: Any, where: str, settings: Settings) -> str:
    if not isinstance(value, str):
        raise _bad(where, "must be a string")
    check_text(value, settings.max_query_chars, where)
    return value


def parse_v02(batch: Any, settings: Settings) -> dict[str, Query]:
    """``{"key": query}`` of version 0.2 -> ``{"key": Query}``."""
    if not isinstance(batch, dict):
        raise ApiError(422, "queries: must be a JSON object mapping keys to queries")
    check_batch(batch, settings.max_batch, "queries")
    return {key: parse_v02_query(q, f"queries.{key}", settings) for key, q in batch.items()}


def parse_v02_query(q: Any, where: str, settings: Settings) -> Query:
    if isinstance(q, str):  # the single-query form ?query=Name
        q = {"query": q}
    if not isinstance(q, dict):
        raise _bad(where, "must be an object with 'query'")
    _unknown(q, _V02_FIELDS, where)
    out = Query()
    if "query" in q:
        out.names.append(_name(q["query"], f"{where}.query", settings))
    if q.get("type") is not None:
        out.types = _types(q["type"], f"{where}.type")
    if q.get("limit") is not None:
        out.limit = _limit(q["limit"], f"{where}.limit", settings)
    if q.get("type_strict") not in (None, "any", "should", "all"):
        raise _bad(f"{where}.type_strict", "must be 'any', 'should' or 'all'")
    props = q.get("properties")
    if props is not None:
        if not isinstance(props, list):
            raise _bad(f"{where}.properties", "must be a list of {pid, v}")
        for i, p in enumerate(props):
            w = f"{where}.properties.{i}"
            if not isinstance(p, dict) or "pid" not in p or "v" not in p:
                raise _bad(w, "must be an object with 'pid' and 'v'")
            _property(p["pid"], f"{w}.pid")
            out.countries.append(("any", p["v"] if isinstance(p["v"], list) else [p["v"]]))
    if "query" not in q and not props:
        raise _bad(where, "needs 'query' or 'properties'")
    return out


def parse_v1(batch: Any, settings: Settings) -> list[Query]:
    """``{"queries": [query, ...]}`` of version 1.0-draft -> ``[Query, ...]``."""
    if not isinstance(batch, dict) or not isinstance(batch.get("queries"), list):
        raise ApiError(422, "body: must be an object with a 'queries' list")
    _unknown(batch, {"queries"}, "body")
    check_batch(batch["queries"], settings.max_batch, "queries")
    return [parse_v1_query(q, f"queries.{i}", settings) for i, q in enumerate(batch["queries"])]


def parse_v1_query(q: Any, where: str, settings: Settings) -> Query:
    if not isinstance(q, dict):
        raise _bad(where, "must be an object with 'conditions'")
    _unknown(q, _V1_FIELDS, where)
    out = Query()
    if q.get("type") is not None:
        if not isinstance(q["type"], str):
            raise _bad(f"{where}.type", "must be one type id (a string)")
        out.types = _types(q["type"], f"{where}.type")
    if q.get("limit") is not None:
        out.limit = _limit(q["limit"], f"{where}.limit", settings)
    conditions = q.get("conditions")
    if not isinstance(conditions, list) or not conditions:
        raise _bad(f"{where}.conditions", "must be a non-empty list")
    for i, c in enumerate(conditions):
        w = f"{where}.conditions.{i}"
        if not isinstance(c, dict) or "matchType" not in c or "propertyValue" not in c:
            raise _bad(w, "must be an object with 'matchType' and 'propertyValue'")
        _unknown(c, _V1_CONDITION_FIELDS, w)
        values = c["propertyValue"] if isinstance(c["propertyValue"], list) else [c["propertyValue"]]
        quantifier = c.get("matchQuantifier", "any")
        if quantifier not in ("any", "all", "none"):
            raise _bad(f"{w}.matchQuantifier", "must be 'any', 'all' or 'none'")
        if c["matchType"] == "name":
            out.names += [_name(v, f"{w}.propertyValue", settings) for v in values]
        elif c["matchType"] == "id":
            out.ids += [_name(v, f"{w}.propertyValue", settings) for v in values]
        elif c["matchType"] == "property":
            _property(c.get("propertyId"), f"{w}.propertyId")
            out.countries.append((quantifier, values))
        else:
            raise _bad(f"{w}.matchType", "must be 'name', 'id' or 'property'")
    return out


def answer(query: Query, resolver: Resolver, countries: CountryCodes) -> list[tuple[Candidate, bool]]:
    """The query's candidates, best first, each with its ``match`` flag."""
    pool: dict[str, Candidate] = {}
    # retrieval itself keeps to the types asked for, so that names of other types do not
    # take the places of those wanted (the filter below still drops an id given as such)
    known = query.types & set(TYPES) if query.types is not None else None
    for name in query.names:
        for c in resolver.candidates(name, limit=_ALL, types=known or None):
            if c.id not in pool or c.score > pool[c.id].score:
                pool[c.id] = c
    # An entity id given as such (1.0 ``matchType: id``) or as the query string finds its entity.
    for eid in query.ids + [n.strip() for n in query.names]:
        e = resolver.get(eid)
        if e is not None:
            pool[e.id] = Candidate(e.id, e.name, e.type, 1.0, e.id)
    ranked = sorted(pool.values(), key=lambda c: (-c.score, c.id))
    if query.types is not None:
        ranked = [c for c in ranked if c.type in query.types]
    for quantifier, values in query.countries:
        # An empty cell (OpenRefine sends "" for one) is no constraint, not the country "".
        wanted = {code for code in map(countries.of_value, values) if code}
        if not wanted:
            continue
        ranked = [c for c in ranked if _country_ok(resolver, countries, c.id, quantifier, wanted)]
    _, chosen = decide(ranked, getattr(resolver, "threshold", MATCH_THRESHOLD), **name_shape(query.names))
    return [(c, chosen is not None and c.id == chosen.id) for c in ranked[: query.limit]]


def _country_ok(
    resolver: Resolver, countries: CountryCodes, eid: str, quantifier: str, wanted: set[str]
) -> bool:
    entity = resolver.get(eid)
    if entity is None or not entity.country:
        return True
    have = countries.code(entity.country)
    if quantifier == "none":
        return have not in wanted
    if quantifier == "all":
        return wanted == {have}
    return have in wanted


def candidate_json(c: Candidate, match: bool, resolver: Resolver) -> dict[str, Any]:
    """A reconciliation candidate; the score on the 0-100 scale (``standardizedScore``)."""
    d: dict[str, Any] = {
        "id": c.id,
        "name": c.name,
        "type": [{"id": c.type, "name": TYPE_NAMES.get(c.type, c.type)}],
        "score": round(c.score * 100, 2),
        "match": match,
    }
    entity = resolver.get(c.id)
    if entity is not None and entity.description:
        d["description"] = entity.description
    return d
