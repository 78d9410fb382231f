"""Every error leaves the service as ``{"error": "<what was wrong>"}`` with a 4xx status.

FastAPI's own validation errors (a list of pydantic records) and Starlette's HTTP
exceptions are rewritten into that one shape, so a client needs a single code path, and
the message names the offending field (``body.names.3: Input should be a valid string``).
Status codes: 400 malformed request (not JSON, not UTF-8), 401 missing or wrong API key,
404 unknown entity or route, 405 wrong method, 413 something too large (body, batch,
name, text), 422 well-formed but invalid (wrong type, unknown field).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

log = logging.getLogger("translit.serve")


class ApiError(Exception):
    """An error to answer with ``status`` and ``{"error": message}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: str


# For the OpenAPI page: the error statuses an endpoint can answer with.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed request: not JSON, not UTF-8"},
    401: {"model": ErrorBody, "description": "Missing or wrong API key (when keys are configured)"},
    413: {"model": ErrorBody, "description": "Too large: body, batch, name or text over its limit"},
    422: {"model": ErrorBody, "description": "Invalid request: a wrong type, value or an unknown field"},
}


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(p) for p in loc)


def validation_message(errors: list[Any]) -> tuple[int, str]:
    """Status and one readable line for pydantic errors: 400 for unparseable JSON, else 422."""
    if not errors:
        return 422, "invalid request"
    first = errors[0]
    if first.get("type") == "json_invalid":
        reason = (first.get("ctx") or {}).get("error", "")
        return 400, f"malformed JSON{': ' + str(reason) if reason else ''}"
    where = _location(first.get("loc", ()))
    msg = first.get("msg", "invalid value")
    if first.get("type") == "extra_forbidden":
        msg = "unknown field"
    elif tuple(first.get("loc", ())) == ("body",) and first.get("type") in (
        "model_attributes_type",
        "dict_type",
    ):
        msg = "must be a JSON object, sent with Content-Type: application/json"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return 422, f"{where}: {msg}{more}" if where else f"{msg}{more}"


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the ``{"error": ...}`` shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        status, message = validation_message(list(exc.errors()))
        return error_response(status, message)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"not found: {request.url.path}"
        elif exc.status_code == 405:
            message = f"method {request.method} not allowed on {request.url.path}"
        elif exc.status_code == 400 and "parsing the body" in str(exc.detail):
            message = "malformed request body: not UTF-8 JSON, or nested too deeply"
        else:
            message = str(exc.detail)
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug, never an input problem: logged with its traceback (no query string, which
        # may hold an API key), answered in the same shape as every other error.
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error")
