"""Optional API keys: ``Authorization: Bearer K``, ``X-API-Key: K`` or ``?key=K``.

With no keys configured everything is open. With keys, every endpoint that returns data
needs one; ``/health``, the reconciliation manifests and the OpenAPI pages stay open
(the reconciliation spec says so for the manifest; the others reveal no data). The query
parameter exists because OpenRefine can send no headers: the user adds ``?key=K`` to the
service URL. Keys are compared in constant time and never logged (see ``accesslog``).
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Request, Security
from fastapi.security import APIKeyHeader, APIKeyQuery, HTTPAuthorizationCredentials, HTTPBearer

from translit.serve.errors import ApiError
from translit.serve.settings import Settings

HEADER = "X-API-Key"
QUERY = "key"

# auto_error=False: these only declare the schemes (for the OpenAPI "Authorize" button);
# the decision is ours, so that the message and status are the same for all three.
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <key>")
_header = APIKeyHeader(name=HEADER, auto_error=False, description="X-API-Key: <key>")
_query = APIKeyQuery(name=QUERY, auto_error=False, description="?key=<key> (for OpenRefine)")


def presented_key(request: Request) -> str | None:
    """The key a request carries, from the first of: bearer token, X-API-Key, ``key``."""
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get(HEADER) or request.query_params.get(QUERY) or None


def key_is_valid(key: str | None, keys: frozenset[str]) -> bool:
    if not key:
        return False
    given = key.encode("utf-8", "replace")
    # Compare against every key without stopping early: no timing hint of which matched.
    found = False
    for k in keys:
        found |= hmac.compare_digest(given, k.encode("utf-8"))
    return found


def check(request: Request, settings: Settings) -> None:
    """Raise a 401 unless keys are off or the request carries a valid one."""
    if not settings.auth_required:
        return
    key = presented_key(request)
    if key_is_valid(key, settings.api_keys):
        return
    message = "API key required: send 'Authorization: Bearer <key>', 'X-API-Key: <key>' or '?key=<key>'"
    if key:
        message = "invalid API key"
    raise ApiError(401, message, headers={"WWW-Authenticate": "Bearer"})


def require_key(
    request: Request,
    _b: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    _h: Annotated[str | None, Security(_header)],
    _q: Annotated[str | None, Security(_query)],
) -> None:
    """FastAPI dependency for the protected endpoints (settings live in ``app.state``)."""
    check(request, request.app.state.settings)
