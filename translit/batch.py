"""Batch input: names from .txt, .csv, .tsv or .jsonl files (or stdin), one row at a time.

Every input row yields exactly one :class:`Row`, in order, so that the output has one
line per input row; a row that cannot be read carries an ``error`` instead of a name.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

FORMATS = ("txt", "csv", "tsv", "jsonl")
_SURROGATE = re.compile("[\udc80-\udcff]")


class InputError(ValueError):
    """The input as a whole cannot be read (unknown format, missing column)."""


@dataclass(slots=True)
class Row:
    line: int  # 1-based line (record) number in the input
    name: str | None
    error: str | None = None
    raw: str = ""
    type_label: str | None = None  # the row's entity type (--type-column), as written; None if blank


def detect_format(path: str, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix == "ndjson":
        return "jsonl"
    if path == "-":
        return "txt"
    raise InputError(f"{path}: unknown input format {suffix!r}; use .txt, .csv, .tsv or .jsonl (or --format)")


def _text(stream: BinaryIO) -> str:
    # surrogateescape keeps undecodable bytes visible, so that only their row is rejected
    return stream.read().decode("utf-8", errors="surrogateescape").lstrip("\ufeff")


def _check(line: int, name: str, raw: str) -> Row:
    if _SURROGATE.search(name):
        return Row(line, None, "invalid UTF-8", _SURROGATE.sub("\ufffd", raw))
    return Row(line, name, None, raw)


def read_rows(stream: BinaryIO, fmt: str, column: str | None, source: str,
              type_column: str | None = None) -> Iterator[Row]:
    """Rows of ``stream`` in format ``fmt``; ``column`` names the field of csv/tsv/jsonl,
    ``type_column`` the field with each row's entity type, if any."""
    if type_column is not None and fmt == "txt":
        raise InputError(f"{source}: a type column needs csv, tsv or jsonl input (a .txt file has one name a line)")
    for row in _read_rows(_text(stream), fmt, column, source, type_column):
        if row.type_label is not None and _SURROGATE.search(row.type_label):
            row.type_label, row.error = None, row.error or "invalid UTF-8 in the type column"
        yield row


def _read_rows(text: str, fmt: str, column: str | None, source: str, type_column: str | None) -> Iterator[Row]:
    if fmt == "txt":
        for n, line in enumerate(text.splitlines(), 1):
            yield _check(n, line, line)
    elif fmt == "jsonl":
        field = column or "name"
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                yield Row(n, None, "blank line", "")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Row(n, None, f"malformed JSON: {exc.msg}", _SURROGATE.sub("\ufffd", line))
                continue
            if not isinstance(obj, dict) or field not in obj:
                yield Row(n, None, f"no field {field!r}", line)
            elif not isinstance(obj[field], str):
                yield Row(n, None, f"field {field!r} is not a string", line)
            else:
                row = _check(n, obj[field], obj[field])
                label = obj.get(type_column) if type_column is not None else None
                if label is not None and not isinstance(label, str):
                    row.error = row.error or f"field {type_column!r} is not a string"
                else:
                    row.type_label = (label.strip() or None) if label is not None else None
                yield row
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t")
        header = next(reader, None)
        if header is None:
            return
        if column is None:
            idx = header.index("name") if "name" in header else 0
        elif column in header:
            idx = header.index(column)
        else:
            raise InputError(f"{source}: no column {column!r} (columns: {', '.join(header)})")
        if type_column is not None and type_column not in header:
            raise InputError(f"{source}: no type column {type_column!r} (columns: {', '.join(header)})")
        type_idx = header.index(type_column) if type_column is not None else None
        for record in reader:
            n = reader.line_num
            if idx >= len(record):
                yield Row(n, None, f"row has {len(record)} fields, no column {header[idx]!r}", ",".join(record))
            else:
                row = _check(n, record[idx], record[idx])
                if type_idx is not None and type_idx < len(record):
                    row.type_label = record[type_idx].strip() or None
                yield row
