"""HTML previews of entities, small enough for OpenRefine's preview iframe.

Every gazetteer string is HTML-escaped. Each name carries its ``lang`` when the gazetteer
gives one and an explicit ``dir`` from its first strong character, so Arabic, Persian or
Hebrew names display right to left inside a left-to-right page (``<bdi>`` would guess the
same; explicit attributes also serve clients that restyle the page).
"""

from __future__ import annotations

import unicodedata
from html import escape

from translit.gazetteer import Entity
from translit.serve.queries import TYPE_NAMES

# Served with the preview: the page runs no script and loads nothing from anywhere.
CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *"


def direction(text: str) -> str:
    """``rtl`` or ``ltr`` from the first strong character, ``auto`` when there is none.

    >>> direction("لافروف"), direction("Lavrov"), direction("123")
    ('rtl', 'ltr', 'auto')
    """
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return "auto"


def _text(text: str, lang: str | None = None) -> str:
    attrs = f' dir="{direction(text)}"'
    if lang:
        attrs = f' lang="{escape(lang)}"' + attrs
    return f"<span{attrs}>{escape(text)}</span>"


def render(entity: Entity) -> str:
    """A complete HTML page describing ``entity``."""
    rows = []
    if entity.country:
        rows.append(f"<tr><th>Country</th><td>{escape(entity.country)}</td></tr>")
    rows.append(f"<tr><th>ID</th><td><code>{escape(entity.id)}</code></td></tr>")
    names = [n for n in entity.names if n.text != entity.name]
    items = "".join(
        f"<li>{_text(n.text, n.lang)}" + (" <small>(alias)</small>" if n.kind == "alias" else "") + "</li>"
        for n in names
    )
    description = f'<p class="d">{_text(entity.description)}</p>' if entity.description else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{escape(entity.name)}</title>'
        "<style>body{font:13px/1.35 sans-serif;margin:6px}h1{font-size:15px;margin:0 0 2px}"
        ".t{color:#666;font-size:11px}.d{margin:4px 0}table{border-collapse:collapse}"
        "th{text-align:left;padding-right:8px;color:#666;font-weight:normal}"
        "ul{margin:4px 0;padding-left:18px}</style></head><body>"
        f"<h1>{_text(entity.name)}</h1>"
        f'<div class="t">{escape(TYPE_NAMES.get(entity.type, entity.type))}</div>'
        f"{description}<table>{''.join(rows)}</table>"
        + (f"<ul>{items}</ul>" if items else "")
        + "</body></html>\n"
    )


def snippet(entity: Entity) -> str:
    """A one-paragraph HTML description (the 0.2 suggest flyout)."""
    description = f"<br>{_text(entity.description)}" if entity.description else ""
    return (
        f"<p><strong>{_text(entity.name)}</strong> "
        f"<small>{escape(TYPE_NAMES.get(entity.type, entity.type))}</small>{description}</p>"
    )
