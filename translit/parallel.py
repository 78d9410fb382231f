"""Resolving a batch on several processes: one resolver per core, results in input order.

A lookup is Python from end to end, so threads would share one interpreter lock; worker
processes do not. Where the platform can fork (Linux), the workers inherit the parent's
resolver, with its preloaded index, copy-on-write (:meth:`Resolver.preload` freezes it for
the garbage collector, which would otherwise touch, and so copy, every page); elsewhere
each worker opens the same index file itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

CHUNK = 64  # names sent to a worker at a time: enough to hide the messaging, small enough to balance

_worker: Any = None  # the resolver of this worker process


def cpu_count() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_in_parallel(resolver: Any, names: list[str], jobs: int, explain: bool = False,
                        start_method: str | None = None, types: list[Any] | None = None) -> Iterator[Any]:
    """``resolver.resolve`` of each name, in order, on ``jobs`` worker processes started by
    ``start_method`` (default: fork on Linux, else spawn); ``types``: each name's type filter."""
    if start_method is None:
        start_method = "fork" if sys.platform == "linux" else "spawn"
    init: Callable[..., None] = _inherit
    args: tuple[Any, ...] = (resolver,)  # a forked worker has it in memory: nothing is pickled
    if start_method != "fork":
        init, args = _open, (str(resolver.index.path), resolver.threshold, resolver.index.loaded)
    chunks = [names[i:i + CHUNK] for i in range(0, len(names), CHUNK)]
    types = types or [None] * len(names)
    type_chunks = [types[i:i + CHUNK] for i in range(0, len(names), CHUNK)]
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(start_method), initializer=init,
                               initargs=args)
    try:
        for results in pool.map(_resolve_chunk, chunks, type_chunks, [explain] * len(chunks)):
            yield from results
    finally:
        # interrupted (Ctrl-C, a closed output): the queued chunks are dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)


def _inherit(resolver: Any) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # a SQLite connection must not cross a fork: the worker opens its own when it needs one
    resolver.index.forget_connections()
    _worker = resolver


def _open(index_path: str, threshold: float, preload: bool) -> None:
    from translit.index import Index
    from translit.resolver import Resolver

    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = Resolver(Index(Path(index_path)), threshold=threshold)
    if preload:
        _worker.preload()


def _resolve_chunk(names: Iterable[str], types: Iterable[Any], explain: bool) -> list[Any]:
    return [_worker.resolve(name, explain=explain, types=t) for name, t in zip(names, types)]
