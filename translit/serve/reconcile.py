"""The Reconciliation Service API (OpenRefine), versions 0.2 and 1.0-draft.

0.2 lives at ``/reconcile``: without parameters it returns the manifest; with ``queries``
(GET, or a form-encoded POST as OpenRefine sends) it answers the batch. 1.0-draft lives
at ``/reconcile/v1``: ``GET`` the manifest, ``POST /reconcile/v1/reconcile`` (the draft's
route; ``/match`` is an alias) a JSON ``{"queries": [...]}``. Both have entity, type and
property suggest and an HTML preview. Scores are on the 0-100 scale in both versions
(the 1.0 manifest says so with ``standardizedScore``; OpenRefine shows 0.2 scores as such).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

import translit
from translit.serve import auth, preview
from translit.serve.errors import ERROR_RESPONSES, ApiError
from translit.serve.limits import check_text
from translit.serve.queries import (
    PROPERTIES,
    TYPE_NAMES,
    answer,
    candidate_json,
    parse_v02,
    parse_v02_query,
    parse_v1,
)
from translit.serve.queries import Query as RQuery
from translit.serve.suggest import suggest

PREVIEW_SIZE = {"width": 400, "height": 220}
router = APIRouter(tags=["reconciliation"])
_protected = [Depends(auth.require_key)]


# -- reading requests -------------------------------------------------------------------


def parse_json(data: bytes | str, where: str) -> Any:
    """JSON or a 400 that says why (not UTF-8, malformed, nested too deeply)."""
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        raise ApiError(400, f"{where}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"{where}: malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise ApiError(400, f"{where}: JSON nested too deeply") from None


async def request_params(request: Request) -> dict[str, Any]:
    """Query-string parameters, overlaid with a form-encoded or JSON body's."""
    params: dict[str, Any] = dict(request.query_params)
    body = await request.body() if request.method == "POST" else b""
    if not body.strip():
        return params
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json" or ctype.endswith("+json"):
        data = parse_json(body, "body")
        if not isinstance(data, dict) or not ({"queries", "query"} & set(data)):
            raise ApiError(422, "body: must be a JSON object with 'queries'")
        extra = sorted(set(data) - {"queries", "query"})
        if extra:
            raise ApiError(422, f"body: unknown field {extra[0]!r} (allowed: queries, query)")
        params.update(data)
    elif ctype in ("application/x-www-form-urlencoded", "", "text/plain"):
        try:
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict"))
        except UnicodeDecodeError:
            raise ApiError(400, "body: form data is not UTF-8") from None
    else:
        raise ApiError(415, f"body: {ctype} is not accepted; send application/x-www-form-urlencoded or JSON")
    return params


def _base(request: Request) -> str:
    public = request.app.state.settings.public_url
    return (public or str(request.base_url)).rstrip("/")


def _key_suffix(request: Request) -> str:
    """``key=K`` to carry into manifest URLs when the manifest was fetched with a valid ``?key=K``
    (OpenRefine cannot send headers, so its preview and suggest calls need it in the URL)."""
    key = request.query_params.get(auth.QUERY)
    if key and auth.key_is_valid(key, request.app.state.settings.api_keys):
        return "key=" + quote(key, safe="")
    return ""


def _join(url: str, suffix: str) -> str:
    return url if not suffix else url + ("&" if "?" in url else "?") + suffix


# -- manifests --------------------------------------------------------------------------


def _common(request: Request) -> dict[str, Any]:
    settings, resolver = request.app.state.settings, request.app.state.resolver
    manifest: dict[str, Any] = {
        "name": f"{settings.service_name} ({len(resolver)} entities)",
        "defaultTypes": [{"id": t, "name": n} for t, n in TYPE_NAMES.items()],
        "documentation": _base(request) + "/docs",
        "serviceVersion": translit.__version__,
        "batchSize": settings.max_batch,
    }
    if settings.auth_required:
        manifest["authentication"] = {
            "type": "apiKey",
            "in": "header",
            "name": auth.HEADER,
            "description": "or 'Authorization: Bearer <key>', or ?key=<key>",
        }
    return manifest


def manifest_v02(request: Request) -> dict[str, Any]:
    settings, base, key = request.app.state.settings, _base(request), _key_suffix(request)

    def service(path: str, flyout: bool = False) -> dict[str, str]:
        d = {"service_url": base, "service_path": _join(path, key)}
        if flyout:
            d["flyout_service_path"] = _join("/reconcile/flyout?id=${id}", key)
        return d

    return {
        "versions": ["0.1", "0.2"],
        **_common(request),
        "identifierSpace": settings.identifier_space,
        "schemaSpace": settings.schema_space,
        "view": {"url": _join(base + "/entities/{{id}}/preview", key)},
        "preview": {"url": _join(base + "/reconcile/preview?id={{id}}", key), **PREVIEW_SIZE},
        "suggest": {
            "entity": service("/reconcile/suggest/entity", flyout=True),
            "type": service("/reconcile/suggest/type"),
            "property": service("/reconcile/suggest/property"),
        },
    }


def manifest_v1(request: Request) -> dict[str, Any]:
    return {
        "versions": ["1.0-draft"],
        **_common(request),
        "view": {"url": _join(_base(request) + "/entities/{id}/preview", _key_suffix(request))},
        "preview": dict(PREVIEW_SIZE),
        "suggest": {"entity": True, "type": True, "property": True},
        "standardizedScore": True,
    }


# -- reconciliation ---------------------------------------------------------------------


def _results(request: Request, queries: list[RQuery]) -> list[list[dict[str, Any]]]:
    resolver, countries = request.app.state.resolver, request.app.state.countries
    return [[candidate_json(c, m, resolver) for c, m in answer(q, resolver, countries)] for q in queries]


_V02_DOC = {
    "parameters": [
        {
            "name": "queries",
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": 'A JSON batch: {"q0": {"query": "Арутюнян", "type": "person", "limit": 3, '
            '"properties": [{"pid": "country", "v": "AM"}]}}. Without it: the manifest.',
        },
        {
            "name": "query",
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": "One query (0.1 style): a name, or a JSON query object.",
        },
    ],
    "requestBody": {
        "required": False,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {"queries": {"type": "string", "description": "the JSON batch"}},
                }
            },
            "application/json": {"schema": {"type": "object", "properties": {"queries": {"type": "object"}}}},
        },
    },
}


async def reconcile_v02(request: Request) -> JSONResponse:
    """Without `queries` (or `query`): the 0.2 service manifest (open even when API keys are
    set). With them: `{"q0": {"result": [{"id", "name", "type", "score", "match"}]}}`; scores
    0-100, `match` true only for a `match` decision. A JSON body `{"queries": [...]}` (a
    list) is answered as a 1.0-draft batch."""
    params = await request_params(request)
    if "queries" not in params and "query" not in params:
        return JSONResponse(manifest_v02(request))
    settings = request.app.state.settings
    auth.check(request, settings)
    if "queries" in params:
        batch = params["queries"]
        if isinstance(batch, str):
            batch = parse_json(batch, "queries")
        if isinstance(batch, list):
            return await _answer_v1(request, {"queries": batch})
        parsed = parse_v02(batch, settings)
        keys = list(parsed)
        results = await run_in_threadpool(_results, request, [parsed[k] for k in keys])
        return JSONResponse({k: {"result": r} for k, r in zip(keys, results)})
    single = params["query"]
    if isinstance(single, str) and single.lstrip().startswith("{"):
        single = parse_json(single, "query")
    q = parse_v02_query(single, "query", settings)
    return JSONResponse({"result": (await run_in_threadpool(_results, request, [q]))[0]})


for _method in ("GET", "POST"):
    router.add_api_route(
        "/reconcile",
        reconcile_v02,
        methods=[_method],
        responses=ERROR_RESPONSES,
        openapi_extra=_V02_DOC,
        operation_id=f"reconcile_02_{_method.lower()}",
        summary="Reconciliation 0.2: the manifest, or answers to a batch of queries",
    )


@router.get("/reconcile/v1", summary="Reconciliation 1.0-draft: the service manifest")
def manifest_v1_route(request: Request) -> JSONResponse:
    """The 1.0-draft manifest (open even when API keys are set)."""
    return JSONResponse(manifest_v1(request))


async def _answer_v1(request: Request, body: Any) -> JSONResponse:
    queries = parse_v1(body, request.app.state.settings)
    results = await run_in_threadpool(_results, request, queries)
    return JSONResponse({"results": [{"candidates": r} for r in results]})


_V1_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["queries"],
                    "properties": {"queries": {"type": "array", "items": {"type": "object"}}},
                },
                "example": {
                    "queries": [
                        {
                            "type": "person",
                            "limit": 3,
                            "conditions": [
                                {"matchType": "name", "propertyValue": "Арутюнян"},
                                {"matchType": "property", "propertyId": "country", "propertyValue": "AM"},
                            ],
                        }
                    ]
                },
            }
        },
    }
}


@router.post(
    "/reconcile/v1/reconcile",
    responses=ERROR_RESPONSES,
    openapi_extra=_V1_DOC,
    dependencies=_protected,
    summary="Reconciliation 1.0-draft: answer a batch of queries",
)
async def reconcile_v1(request: Request) -> JSONResponse:
    """`{"queries": [{"conditions": [{"matchType": "name", "propertyValue": "..."}]}]}` ->
    `{"results": [{"candidates": [...]}]}` in the same order; scores 0-100."""
    body = await request.body()
    if not body.strip():
        raise ApiError(422, "body: a JSON object with a 'queries' list is required")
    return await _answer_v1(request, parse_json(body, "body"))


router.add_api_route(
    "/reconcile/v1/match",
    reconcile_v1,
    methods=["POST"],
    responses=ERROR_RESPONSES,
    openapi_extra=_V1_DOC,
    dependencies=_protected,
    summary="Reconciliation 1.0-draft: answer a batch of queries (alias of /reconcile/v1/reconcile)",
)


# -- suggest, preview, flyout -----------------------------------------------------------


def suggest_entity(
    request: Request,
    prefix: str = Query(..., description="What the user typed, any script"),
    cursor: int = Query(0, ge=0, le=10_000, description="Suggestions to skip"),
    entity_type: str | None = Query(None, alias="type", description="Only this type: person, place or org"),
    limit: int = Query(10, ge=1, le=100),
) -> JSONResponse:
    """Entities for what the user typed, in any script: the resolver's candidates, those
    with a name that starts like the word being typed first."""
    resolver, settings = request.app.state.resolver, request.app.state.settings
    check_text(prefix, settings.max_query_chars, "prefix")
    wanted = entity_type.strip().casefold() if entity_type else None
    result = []
    for c in suggest(resolver, prefix, wanted, cursor, limit):
        d: dict[str, Any] = {
            "id": c.id,
            "name": c.name,
            "notable": [{"id": c.type, "name": TYPE_NAMES.get(c.type, c.type)}],
        }
        entity = resolver.get(c.id)
        if entity is not None and entity.description:
            d["description"] = entity.description
        result.append(d)
    return JSONResponse({"result": result})


def _listing(items: dict[str, str], prefix: str) -> JSONResponse:
    p = prefix.strip().casefold()
    return JSONResponse(
        {
            "result": [
                {"id": k, "name": v}
                for k, v in items.items()
                if not p or p in k.casefold() or p in v.casefold()
            ]
        }
    )


def suggest_type(prefix: str = Query("", max_length=1000)) -> JSONResponse:
    """The entity types (person, place, org) that contain `prefix`."""
    return _listing(TYPE_NAMES, prefix)


def suggest_property(prefix: str = Query("", max_length=1000)) -> JSONResponse:
    """The properties queries can use (only `country`)."""
    return _listing({k: "Country" for k in PROPERTIES}, prefix)


def preview_route(request: Request, id: str = Query(..., description="An entity id")) -> HTMLResponse:
    """An HTML preview of the entity (for OpenRefine's preview iframe)."""
    return entity_preview(request, id)


def entity_preview(request: Request, entity_id: str) -> HTMLResponse:
    entity = request.app.state.resolver.get(entity_id)
    if entity is None:
        raise ApiError(404, f"no entity with id {entity_id!r}")
    return HTMLResponse(preview.render(entity), headers={"Content-Security-Policy": preview.CSP})


def flyout(request: Request, id: str = Query(...)) -> JSONResponse:
    """0.2 suggest flyout: a small HTML description of an entity."""
    entity = request.app.state.resolver.get(id)
    if entity is None:
        raise ApiError(404, f"no entity with id {id!r}")
    return JSONResponse({"id": entity.id, "html": preview.snippet(entity)})


for _root in ("/reconcile", "/reconcile/v1"):
    for _path, _fn, _summary in (
        ("/suggest/entity", suggest_entity, "Suggest entities (autocomplete, any script)"),
        ("/suggest/type", suggest_type, "Suggest types"),
        ("/suggest/property", suggest_property, "Suggest properties"),
        ("/preview", preview_route, "HTML preview of an entity"),
    ):
        router.add_api_route(
            _root + _path,
            _fn,
            methods=["GET"],
            dependencies=_protected,
            responses=ERROR_RESPONSES,
            summary=_summary,
            response_class=HTMLResponse if _fn is preview_route else JSONResponse,
        )
router.add_api_route(
    "/reconcile/flyout",
    flyout,
    methods=["GET"],
    dependencies=_protected,
    responses=ERROR_RESPONSES,
    summary="Suggest flyout (0.2)",
)
