"""Reading running text in pieces: UTF-8 decoded incrementally, cut between words.

A piece ends at a paragraph break or a space, so no word is split between two pieces and
the tagger sees every word whole; memory is bounded by the piece size.
"""

from __future__ import annotations

import codecs
import unicodedata
from typing import BinaryIO, Iterator

PIECE_BYTES = 1 << 18  # 256 KiB of input per read
BINARY_CONTROL_SHARE = 0.05  # more control characters than this: not text


class TextInputError(ValueError):
    """The input is not UTF-8 text; the message names the source and the byte offset."""


def read_pieces(stream: BinaryIO, source: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    carry = ""
    consumed = 0
    first = True
    while True:
        data = stream.read(PIECE_BYTES)
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise TextInputError(f"{source}: not UTF-8 text (invalid byte at offset {consumed + exc.start})") from None
        consumed += len(data)
        if first:
            text = text.lstrip("\ufeff")
            if looks_binary(text):
                raise TextInputError(f"{source}: looks like binary data, not text")
            first = False
        text = carry + text
        if not data:
            if text:
                yield text
            return
        cut = max(text.rfind("\n\n"), text.rfind("\n"), text.rfind(" "))
        if cut <= 0:
            carry = text  # one enormous word: wait for a break (or the end)
            continue
        carry = text[cut + 1:]
        yield text[:cut + 1]


def looks_binary(text: str) -> bool:
    """NUL bytes or many control characters at the start: binary data, not text."""
    head = text[:65536]
    if "\x00" in head:
        return True
    bad = sum(1 for c in head if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return bool(head) and bad / len(head) > BINARY_CONTROL_SHARE
