"""Size limits: request bodies (an ASGI middleware), batches, names and texts.

The body limit is enforced before any parsing, on the bytes as they arrive, so a huge or
endless upload costs at most ``max_bytes`` of memory. Everything else is checked where
the request is understood, by the helpers here, so that each limit has one message.
"""

from __future__ import annotations

import json
from collections.abc import Sized
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from translit.serve.errors import ApiError

TOO_LARGE = 413
# After the limit is hit the rest of an upload is read and dropped up to this many times
# the limit, so that the client, still sending, gets to read the 413 instead of a reset.
_DRAIN_FACTOR = 16


class BodyLimit:
    """Reads each request body in full, up to ``max_bytes``, and hands it on; 413 beyond."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared < 0:
            await _reject(send, 400, "malformed Content-Length header")
            return
        chunks: list[bytes] = []
        total = 0
        over = declared is not None and declared > self.max_bytes
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away; nobody to answer
            body = message.get("body", b"")
            total += len(body)
            if total > self.max_bytes:
                over = True
            if over:
                chunks = []
                if total > self.max_bytes * _DRAIN_FACTOR:
                    break
            else:
                chunks.append(body)
            if not message.get("more_body", False):
                break
        if over:
            size = declared if declared is not None else total
            await _reject(
                send, TOO_LARGE, f"request body of {size} bytes; the limit is {self.max_bytes} bytes"
            )
            return
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as usual

        await self.app(scope, replay, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return -1
    return None


async def _reject(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def check_batch(items: Sized, limit: int, what: str = "names") -> None:
    """413 when a batch holds more than ``limit`` items."""
    if len(items) > limit:
        raise ApiError(TOO_LARGE, f"batch of {len(items)} {what}; the limit is {limit} per request")


def check_text(value: Any, limit: int, where: str) -> None:
    """413 when a string is longer than ``limit`` characters (``where`` names it in the message)."""
    if isinstance(value, str) and len(value) > limit:
        raise ApiError(TOO_LARGE, f"{where}: {len(value)} characters; the limit is {limit}")
