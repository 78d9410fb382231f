"""What the importers share: the report of an import, reading dump lines, progress.

Dumps are read as a stream of lines, whatever their compression (gzip, bzip2 or a zip
archive, recognised by their first bytes), so memory does not grow with the dump. A line
that is not UTF-8 is reported with its number and skipped, like any malformed line.
"""

from __future__ import annotations

import bz2
import gzip
import os
import sys
import time
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TextIO

MAX_KEPT_PROBLEMS = 100  # problems kept in a report; all of them are counted


class ImportFailed(Exception):
    """An import that cannot go on (unreadable or truncated file); names the file."""


@dataclass(frozen=True)
class Problem:
    """A malformed input line, skipped."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class ImportReport:
    """Counts of an import, and its first problems (`on_problem` sees every one)."""

    lines_read: int = 0
    entities_written: int = 0
    malformed: int = 0
    problems: list[Problem] = field(default_factory=list)
    on_problem: Callable[[Problem], None] | None = field(default=None, repr=False)

    def problem(self, path: Path, line: int, message: str) -> None:
        found = Problem(path, line, message)
        self.malformed += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(found)
        if self.on_problem is not None:
            self.on_problem(found)


class Progress:
    """`label: 42% 1,234,567 lines` on stderr, rewritten in place, only on a terminal."""

    def __init__(self, label: str, enabled: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.label = label
        self.last = 0.0

    def update(self, lines: int, fraction: float | None) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.25:
            return
        self.last = now
        percent = f" {fraction:4.0%}" if fraction is not None else ""
        self.stream.write(f"\r{self.label}:{percent} {lines:,} lines")
        self.stream.flush()

    def close(self, lines: int) -> None:
        if self.enabled:
            self.stream.write(f"\r{self.label}: {lines:,} lines\n")
            self.stream.flush()


def _member(archive: zipfile.ZipFile, path: Path) -> str:
    """The dump inside a zip: `<stem>.txt` as GeoNames names it, else the only file."""
    names = [n for n in archive.namelist() if not n.endswith("/")]
    for name in names:
        if Path(name).name == f"{path.stem}.txt":
            return name
    if len(names) == 1:
        return names[0]
    raise ImportFailed(f"{path}: a zip archive with several files and no {path.stem}.txt")


def _open(path: Path, stack: ExitStack) -> tuple[Iterable[bytes], IO[bytes]]:
    """(decompressed stream, raw file): the raw position measures progress."""
    raw = stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by the stack
    magic = raw.read(4)
    raw.seek(0)
    if magic.startswith(b"\x1f\x8b"):
        return stack.enter_context(gzip.GzipFile(fileobj=raw)), raw
    if magic.startswith(b"BZh"):
        return stack.enter_context(bz2.BZ2File(raw)), raw
    if magic == b"PK\x03\x04":
        archive = stack.enter_context(zipfile.ZipFile(raw))
        return stack.enter_context(archive.open(_member(archive, path))), raw
    return raw, raw


def read_lines(
    path: Path, report: ImportReport, progress: Progress | None = None
) -> Iterator[tuple[int, str]]:
    """(line number, text without its line end) of each UTF-8 line of a dump."""
    size = os.path.getsize(path) or 1
    number = 0
    with ExitStack() as stack:
        try:
            stream, raw = _open(path, stack)
            for number, data in enumerate(stream, 1):
                report.lines_read += 1
                if progress is not None and number % 8192 == 0:
                    progress.update(number, raw.tell() / size)
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as err:
                    report.problem(path, number, f"not UTF-8 (byte {err.start + 1})")
                    continue
                yield number, text.rstrip("\r\n")
        except (OSError, EOFError, zipfile.BadZipFile) as err:
            where = f" after line {number}" if number else ""
            raise ImportFailed(f"{path}: cannot read{where}: {err}") from None
    if progress is not None:
        progress.close(number)


def normalize_languages(languages: Collection[str] | None) -> tuple[str, ...] | None:
    """Language codes in lower case, in the given order, without repeats."""
    if not languages:
        return None
    return tuple(dict.fromkeys(code.strip().lower() for code in languages if code.strip()))


def language_rank(code: str, languages: tuple[str, ...] | None) -> int | None:
    """The position of `code` in `languages` (None: not kept; any code when no filter).

    A base code keeps its regional and script variants: `sr` keeps `sr-el`, `zh` `zh-CN`.
    """
    if languages is None:
        return 0
    code = code.lower()
    base = code.split("-")[0]
    for rank, wanted in enumerate(languages):
        if code == wanted or base == wanted:
            return rank
    return None
