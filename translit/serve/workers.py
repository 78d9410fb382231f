"""Several worker processes: ``uvicorn.run(..., workers=N)`` on a socket that says it is TCP.

uvicorn binds the shared listening socket with protocol 0, and asyncio turns on
TCP_NODELAY only for connections whose socket says IPPROTO_TCP. Without it, every answer
on a keep-alive connection waits about 40 ms for the client's delayed ACK (Nagle):
measured 44 ms per ``/health`` with ``--workers 2`` against 3 ms with one worker (which
uvicorn binds differently). Re-wrapping the bound descriptor as IPPROTO_TCP fixes it; the
config class lives at module level because worker processes receive it pickled.
"""

from __future__ import annotations

import inspect
import socket
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess


class TcpConfig(uvicorn.Config):
    def bind_socket(self) -> socket.socket:
        sock = super().bind_socket()
        tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
        tcp.set_inheritable(True)
        return tcp


def run_workers(app: str, workers: int, options: dict[str, Any]) -> None:
    """Serve the app factory ``app`` ("module:function") in ``workers`` processes until stopped."""
    config = TcpConfig(app, factory=True, workers=workers, **options)
    # uvicorn before 0.36 took the workers' entry point as ``target``; later ones make it.
    extra = (
        {"target": uvicorn.Server(config).run}
        if "target" in inspect.signature(Multiprocess).parameters
        else {}
    )
    try:
        Multiprocess(config, sockets=[config.bind_socket()], **extra).run()
    except KeyboardInterrupt:
        pass
