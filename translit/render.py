"""Rendering tagged text: marked-up plain text and an HTML page with linked mentions.

Both work piece by piece (the text is streamed), so a large file never sits in memory;
mention offsets are into the piece.
"""

from __future__ import annotations

import html
from typing import Iterator

from translit.scripts import detect
from translit.tagger import Mention

RTL = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo"})


def segments(piece: str, mentions: list[Mention]) -> Iterator[tuple[str, Mention | None]]:
    """(text, mention or None) segments of one piece; mention offsets are into the piece."""
    pos = 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start > pos:
            yield piece[pos:m.start], None
        yield piece[m.start:m.end], m
        pos = m.end
    if pos < len(piece):
        yield piece[pos:], None


def render_text(piece: str, mentions: list[Mention]) -> str:
    """The piece with each mention marked ``[[surface|id]]``."""
    return "".join(f"[[{text}|{m.id}]]" if m else text for text, m in segments(piece, mentions))


PAGE_HEAD = """<!DOCTYPE html>
<html lang="und">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.6; }}
p {{ unicode-bidi: plaintext; }}
a.mention {{ background: #fff2a8; color: inherit; text-decoration: none; border-bottom: 2px solid #c9a400; }}
a.mention[data-type="person"] {{ background: #d7ecff; border-color: #2b7bd1; }}
a.mention[data-type="place"] {{ background: #dff5d8; border-color: #3a9a2a; }}
a.mention[data-type="org"] {{ background: #f6e0f7; border-color: #a03aa8; }}
</style>
</head>
<body>
"""


class HtmlPage:
    """An HTML page written piece by piece: one ``<p>`` per paragraph with ``dir`` from its
    script (right-to-left text is shown right to left), each mention a link to its entity
    carrying its id, type and score."""

    def __init__(self, title: str = "translit tag", entity_url: str = "#{id}"):
        self.title = title
        self.entity_url = entity_url
        self._paragraph: list[str] = []
        self._letters: list[str] = []

    def head(self) -> str:
        return PAGE_HEAD.format(title=html.escape(self.title))

    def feed(self, piece: str, mentions: list[Mention]) -> str:
        out: list[str] = []
        for text, m in segments(piece, mentions):
            if m is not None:
                url = html.escape(self.entity_url.format(id=m.id), quote=True)
                self._paragraph.append(
                    f'<a class="mention" href="{url}" data-id="{html.escape(m.id, quote=True)}" '
                    f'data-type="{m.type}" title="{html.escape(m.name, quote=True)} '
                    f'({html.escape(m.id)}, {m.score:.2f})">{html.escape(text)}</a>')
                self._letters.append(text)
                continue
            for i, part in enumerate(text.split("\n\n")):
                if i:
                    out.append(self._flush())
                self._paragraph.append(html.escape(part))
                self._letters.append(part[:200])
        return "".join(out)

    def close(self) -> str:
        return self._flush() + "</body>\n</html>\n"

    def _flush(self) -> str:
        body = "".join(self._paragraph).strip()
        direction = "rtl" if detect("".join(self._letters)) in RTL else "ltr"
        self._paragraph.clear()
        self._letters.clear()
        return f'<p dir="{direction}">' + body.replace("\n", "<br>\n") + "</p>\n" if body else ""
