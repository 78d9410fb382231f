"""Sort a stream of text records by an integer key in bounded memory (external merge sort).

Records are buffered up to a size limit, sorted and spilled to temporary run files, and
the runs are merged lazily with `heapq.merge`. Both sorts are stable, so records with the
same key keep their input order and the output is deterministic. Records must not
contain a newline.
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

RUN_BYTES = 8_000_000  # characters buffered before a run is spilled
FAN_IN = 64  # runs merged at once; more runs are first merged into bigger runs


def _write(records: Iterable[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(record + "\n" for record in records)
    return path


def _read(path: Path, stack: ExitStack) -> Iterator[str]:
    handle = stack.enter_context(path.open(encoding="utf-8", newline="\n"))
    return (line[:-1] for line in handle)


def _merge(runs: list[Path], key: Callable[[str], int], stack: ExitStack) -> Iterator[str]:
    # heapq.merge takes equal keys from the earlier run first: stability across runs.
    return heapq.merge(*(_read(path, stack) for path in runs), key=key)


def sort_records(
    records: Iterable[str],
    key: Callable[[str], int],
    *,
    run_chars: int = RUN_BYTES,
    fan_in: int = FAN_IN,
) -> Iterator[str]:
    """The records sorted by `key`; spills to a temporary folder removed at the end."""
    with tempfile.TemporaryDirectory(prefix="translit-sort-") as tmp:
        directory = Path(tmp)
        runs: list[Path] = []
        buffer: list[str] = []
        size = 0
        for record in records:
            buffer.append(record)
            size += len(record) + 50  # + the cost of a list slot and a str object
            if size >= run_chars:
                buffer.sort(key=key)
                runs.append(_write(buffer, directory / f"run{len(runs)}.txt"))
                buffer, size = [], 0
        if not runs:  # everything fit in memory: no file at all
            buffer.sort(key=key)
            yield from buffer
            return
        if buffer:
            buffer.sort(key=key)
            runs.append(_write(buffer, directory / f"run{len(runs)}.txt"))
        del buffer
        level = 0
        while len(runs) > fan_in:  # merge consecutive groups, in order, into longer runs
            level += 1
            merged = []
            for start in range(0, len(runs), fan_in):
                group = runs[start : start + fan_in]
                with ExitStack() as stack:
                    path = directory / f"merge{level}-{start}.txt"
                    merged.append(_write(_merge(group, key, stack), path))
                for path in group:
                    path.unlink()
            runs = merged
        with ExitStack() as stack:
            yield from _merge(runs, key, stack)
