"""A real server in a background thread, for tests and benchmarks.

uvicorn on 127.0.0.1 and a port the system picks, so tests talk HTTP to the same stack
users run (routing, middleware, body limits, keep-alive) rather than to an in-process
transport, and never collide on a port::

    with running(create_app(resolver)) as url:
        httpx.get(url + "/health")
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def running(
    app: Any, host: str = "127.0.0.1", log_level: str = "warning", start_timeout: float = 15.0
) -> Iterator[str]:
    """Serve ``app`` until the block ends; yields its base URL (``http://127.0.0.1:PORT``)."""
    import uvicorn

    # IPPROTO_TCP, not the default 0: asyncio sets TCP_NODELAY only on sockets that say
    # they are TCP, and without it every keep-alive answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))  # bound here, so the port is ours before the server starts
    port = sock.getsockname()[1]
    # log_config=None: leave the host program's logging alone.
    config = uvicorn.Config(
        app,
        log_config=None,
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name=f"uvicorn-{port}"
    )
    thread.start()
    try:
        deadline = time.monotonic() + start_timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the test server on {host}:{port} did not start")
            time.sleep(0.01)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def serve_process(args: list[str], env: dict[str, str] | None = None, cwd: Any = None,
                  timeout: float = 30.0) -> tuple[Any, str]:
    """``python -m translit serve ARGS`` in a child process on a free loopback port, once
    its /health answers: (the process, its base URL). Raises RuntimeError, with the
    child's output, when it exits or does not answer within ``timeout`` seconds. The
    output goes to a temporary file, not a pipe that a long run could fill and block."""
    import subprocess
    import sys
    import tempfile

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    proc: Any = subprocess.Popen([sys.executable, "-m", "translit", "serve", "--port", str(port), *args],
                            stdout=log, stderr=subprocess.STDOUT, text=True, env=env, cwd=cwd)
    proc.output_file = log  # read back by stop_serve_process
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"translit serve exited {proc.returncode}: {log.read()}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"translit serve did not answer within {timeout:.0f} s")


def stop_serve_process(proc: Any, timeout: float = 15.0) -> str:
    """Stop a :func:`serve_process` child (killed when it does not end within ``timeout``
    seconds) and return everything it wrote."""
    import subprocess

    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.output_file.seek(0)
    out = proc.output_file.read()
    proc.output_file.close()
    return out
