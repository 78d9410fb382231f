"""The FastAPI application: JSON endpoints over one loaded resolver, and the reconciliation API.

``create_app(resolver, settings)`` builds it around a resolver loaded once; ``app_from_env``
is the factory uvicorn calls in each worker process (settings from ``TRANSLIT_*``). Handlers
that resolve names are plain functions, so FastAPI runs them in its thread pool: the event
loop keeps accepting requests while a batch is being resolved (the resolver is thread-safe).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse

import translit
from translit.entity_types import UnknownType, parse_types
from translit.resolver import Resolver
from translit.serve import auth, errors, reconcile
from translit.serve.accesslog import AccessLog
from translit.serve.countries import CountryCodes
from translit.serve.errors import ERROR_RESPONSES, ApiError
from translit.serve.limits import BodyLimit, check_batch, check_text
from translit.serve.models import (
    EntityOut,
    HealthOut,
    ResolveOut,
    ResolveRequest,
    ResultOut,
    TagOut,
    TagRequest,
    TransliterationOut,
)
from translit.serve.settings import Settings
from translit.validate import name_problem

DESCRIPTION = """Resolve names of people, places and organisations written in any script to canonical
gazetteer IDs, with a decision (`match`, `ambiguous`, `nil`). Also the OpenRefine
Reconciliation Service API, versions 0.2 (`/reconcile`) and 1.0-draft (`/reconcile/v1`).

Errors are `{"error": "..."}` with a 4xx status. When the server has API keys, send one as
`Authorization: Bearer <key>`, `X-API-Key: <key>` or `?key=<key>`; `/health` and the
reconciliation manifests stay open."""


def _docs(model: Any) -> dict[int | str, dict[str, Any]]:
    return {200: {"model": model}, **ERROR_RESPONSES}


def create_app(resolver: Resolver, settings: Settings | None = None) -> FastAPI:
    """The service around ``resolver`` (loaded once, shared by every request)."""
    settings = settings or Settings()
    app = FastAPI(title="translit", version=translit.__version__, description=DESCRIPTION)
    app.state.resolver = resolver
    app.state.settings = settings
    app.state.countries = CountryCodes(resolver)
    errors.install(app)
    # Added innermost first: the access log sees every answer, CORS headers go on errors too.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        max_age=600,
    )
    app.add_middleware(AccessLog)
    protected = [Depends(auth.require_key)]

    @app.get("/", include_in_schema=False)
    def index() -> JSONResponse:
        return JSONResponse(
            {
                "name": "translit",
                "version": translit.__version__,
                "docs": "/docs",
                "reconcile": {"0.2": "/reconcile", "1.0-draft": "/reconcile/v1"},
            }
        )

    @app.get("/health", responses=_docs(HealthOut), summary="Liveness, versions and size of the loaded index")
    def health() -> JSONResponse:
        key = resolver.key or ""
        content, _, code = key.partition("-")
        info = resolver.info or {}
        return JSONResponse(
            {
                "status": "ok",
                "version": translit.__version__,
                "entities": len(resolver),
                "gazetteer": {"files": [Path(f).name for f in info.get("files", [])], "version": content},
                "index": {"key": key, "version": code, "cached": bool(info.get("cached"))},
                "auth": settings.auth_required,
            }
        )

    @app.get("/lookup", dependencies=protected, responses=_docs(ResultOut), summary="Resolve one name")
    def lookup(
        q: str = Query(..., description="A name in any script, e.g. Арутюнян or لافروف"),
        explain: bool = Query(False, description="Add an explanation"),
        threshold: float | None = Query(None, ge=0, le=1, description="Match threshold"),
        type: list[str] | None = Query(None, description="Only entities of this type: person, place, org, "
                                       "or a tagger's label (PER, GPE, ORG...); repeatable"),
    ) -> JSONResponse:
        """The same object as `translit lookup --json`: `{"input", "id", "name", "type", "score",
        "decision", "candidates"}`; `id` is null unless the decision is `match`."""
        check_text(q, settings.max_query_chars, "q")
        types = _types(type, "type")
        return JSONResponse(resolver.resolve(q, explain=explain, threshold=threshold, types=types).to_dict())

    @app.post(
        "/resolve", dependencies=protected, responses=_docs(ResolveOut), summary="Resolve a batch of names"
    )
    def resolve(body: ResolveRequest) -> JSONResponse:
        """One result per name, in order, as `translit resolve` writes them: a name that looks
        wrong (empty, no letters...) is still resolved and gets an `error` field saying why."""
        check_batch(body.names, settings.max_batch)
        for i, name in enumerate(body.names):
            check_text(name, settings.max_query_chars, f"names.{i}")
        types = _types(body.types, "types")
        results = []
        for name in body.names:
            record = resolver.resolve(name, explain=body.explain, threshold=body.threshold, types=types).to_dict()
            problem = name_problem(name)
            if problem:
                record["error"] = problem
            results.append(record)
        return JSONResponse({"results": results})

    @app.post(
        "/tag", dependencies=protected, responses=_docs(TagOut), summary="Find and resolve names in text"
    )
    def tag(body: TagRequest) -> JSONResponse:
        """Mentions of gazetteer entities in `text`: `{"start", "end", "surface", "id", "name",
        "type", "score", "decision"}` (character offsets into `text`)."""
        check_text(body.text, settings.max_text_chars, "text")
        return JSONResponse({"mentions": [m.to_dict() for m in resolver.tag(body.text)]})

    @app.get(
        "/transliterate",
        dependencies=protected,
        responses=_docs(TransliterationOut),
        summary="Romanization and matching keys of a text",
    )
    def transliterate(text: str = Query(..., description="Text in any script")) -> JSONResponse:
        """What `translit transliterate --json` prints: the romanization and, per word, its
        script, romanization and matching keys."""
        check_text(text, settings.max_query_chars, "text")
        return JSONResponse(transliteration(text))

    @app.get(
        "/entities/{entity_id:path}/preview",
        dependencies=protected,
        response_class=HTMLResponse,
        responses=ERROR_RESPONSES,
        summary="HTML preview of an entity",
    )
    def entity_preview(request: Request, entity_id: str) -> HTMLResponse:
        return reconcile.entity_preview(request, entity_id)

    @app.get(
        "/entities/{entity_id:path}",
        dependencies=protected,
        responses=_docs(EntityOut),
        summary="One gazetteer entity",
    )
    def entity(entity_id: str) -> JSONResponse:
        found = resolver.get(entity_id)
        if found is None:
            raise ApiError(404, f"no entity with id {entity_id!r}")
        return JSONResponse(found.to_dict())

    app.include_router(reconcile.router)
    return app


def transliteration(text: str) -> dict[str, Any]:
    """The romanization of ``text`` and the keys of each word (as the CLI's ``transliterate``)."""
    from translit.analyze import analyze
    from translit.index import token_key

    return {
        "input": text,
        "romanization": translit.transliterate(text),
        "tokens": [
            {
                "text": k.text,
                "script": k.script,
                "romanization": k.roman,
                "fine": k.forms[0].fine,
                "classes": k.forms[0].classes,
                "keys": sorted({token_key(f) for f in k.forms}),
            }
            for k in analyze(text, query=True)
        ],
    }


def app_from_env() -> FastAPI:
    """uvicorn's app factory for worker processes: settings and gazetteer from ``TRANSLIT_*``."""
    settings = Settings.from_env()
    resolver = translit.load(list(settings.gazetteer) or None, with_default=settings.with_default)
    resolver.preload()  # a service meets most of the index sooner or later
    return create_app(resolver, settings)


def _types(value: list[str] | None, where: str) -> frozenset[str] | None:
    """The entity types a request asks for (None: any), or a 422 naming the field."""
    try:
        return parse_types(value)
    except UnknownType as exc:
        raise ApiError(422, f"{where}: {exc}") from None
