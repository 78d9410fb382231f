"""Write a gazetteer YAML file (`gazetteer/FORMAT.md`) as a stream of entities.

The header goes out first, then one `- id: ...` item per entity, so an import of millions
of entities holds one entity in memory. PyYAML's representer costs ~100 µs an entity,
most of an import's time, so entities are emitted here: every scalar is either plain
when it is plainly safe (a conservative pattern) or a JSON string, which is a valid YAML
double-quoted scalar once the characters YAML treats as line breaks or forbids are
escaped. `tests/test_importers.py` checks the round trip through `yaml.safe_load`.
"""

from __future__ import annotations

import json
import re
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

import yaml

if TYPE_CHECKING:
    from typing_extensions import Self

# Plain only if it starts with a letter and holds letters, digits, spaces, . ' ’ -: no
# YAML indicator, no number or date, safe inside flow collections as well.
_PLAIN = re.compile(r"[^\W\d_](?:[\w .'’\-]*[\w.'’])?")
_KEYWORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_ID = re.compile(r"[a-z]+:[a-z0-9][a-z0-9\-]*")  # `place:geonames-1` (block context only)
# What YAML forbids raw or reads as a line break (NEL, LS, PS), and the byte order mark.
_UNSAFE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_KEYS = ("id", "type", "name", "names", "aliases", "country", "description", "attributes")


def scalar(value: Any) -> str:
    """A YAML scalar: `scalar("Yerevan") == "Yerevan"`, `scalar("yes") == '"yes"'`, `scalar(7) == "7"`."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _KEYWORDS:
        return text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def _flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{key}: {scalar(value)}" for key, value in mapping.items()) + "}"


def entity_yaml(entity: dict[str, Any]) -> str:
    """One item of an `entities:` list; keys in the order of FORMAT.md."""
    lines = []
    for key in _KEYS:
        value = entity.get(key)
        if value is None or value == [] or value == {}:
            continue
        if key == "id":
            lines.append(f"- id: {value if _ID.fullmatch(value) else scalar(value)}")
        elif key in ("names", "aliases"):
            lines.append(f"  {key}:")
            for item in value:
                lines.append(f"  - {_flow(item) if isinstance(item, dict) else scalar(item)}")
        elif key == "attributes":
            lines.append(f"  attributes: {_flow(value)}")
        else:
            lines.append(f"  {key}: {scalar(value)}")
    return "\n".join(lines) + "\n"


class EntityWriter:
    """Context manager: `with EntityWriter(out, source, licence, tool) as w: w.write(e)`."""

    def __init__(self, out: TextIO, source: str, licence: str, tool: str) -> None:
        self.out = out
        self.count = 0
        out.write(f"# written by {tool}\n")
        header = {"source": source, "licence": licence, "generated": f"by {tool}"}
        out.write(yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=1000))

    def write(self, entity: dict[str, Any]) -> None:
        if self.count == 0:
            self.out.write("entities:\n")
        self.count += 1
        self.out.write(entity_yaml(entity))

    def close(self) -> None:
        if self.count == 0:
            self.out.write("entities: []\n")
        self.out.flush()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
