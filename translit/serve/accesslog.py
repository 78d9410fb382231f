"""An access log without query strings.

uvicorn's access log prints the full request line, query string included, and a query
string can hold an API key (``?key=K``, the only way OpenRefine can send one) as well as
the names people look up. So uvicorn's access log is turned off and this middleware logs
method, path, status and time instead, in the same format, on ``translit.serve.access``.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("translit.serve.access")


class AccessLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500  # if the app fails before it answers

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            if log.isEnabledFor(logging.INFO):
                client = scope.get("client")
                addr = f"{client[0]}:{client[1]}" if client else "-"
                ms = (time.perf_counter() - start) * 1000
                # The argument order of uvicorn's AccessFormatter (client, method, path,
                # http version, status), so its formatter can print these lines too.
                log.info(
                    '%s - "%s %s HTTP/%s" %d %.1fms',
                    addr,
                    scope["method"],
                    scope.get("path", ""),
                    scope.get("http_version", "1.1"),
                    status,
                    ms,
                )


def log_config(level: str = "info") -> dict[str, Any]:
    """uvicorn's logging configuration plus our access logger (uvicorn's own one is off)."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["translit_access"] = {
        "()": "uvicorn.logging.DefaultFormatter",
        "fmt": "%(levelprefix)s %(message)s",
        "use_colors": None,
    }
    config["handlers"]["translit_access"] = {
        "formatter": "translit_access",
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stdout",
    }
    config["loggers"]["translit.serve.access"] = {
        "handlers": ["translit_access"],
        "level": level.upper(),
        "propagate": False,
    }
    config["loggers"]["translit.serve"] = {
        "handlers": ["default"],
        "level": level.upper(),
        "propagate": False,
    }
    return config
