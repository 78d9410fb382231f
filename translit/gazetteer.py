"""The gazetteer: entities with a canonical name and other names, loaded from YAML or JSONL.

Formats: ``gazetteer/FORMAT.md`` (YAML) and the evaluation suites' JSONL (first name
canonical). Every error names the file and line; nothing here raises anything else for
bad data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator


from translit.normalize import clean

TYPES = ("person", "place", "org")
SUFFIXES = (".yaml", ".yml", ".jsonl")
_ENTITY_KEYS = {"id", "type", "name", "names", "aliases", "country", "description", "attributes"}
_EXTEND_KEYS = {"id", "names", "aliases", "attributes"}
_FILE_KEYS = {"source", "licence", "license", "generated", "prominence", "entities", "extends"}


def _yaml() -> tuple[Any, Any]:
    """PyYAML and its fastest safe loader, imported when a YAML file is read: a lookup on
    a built index never needs them (start-up time)."""
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message starts with ``file:line:``."""


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    lang: str | None = None
    kind: str = "name"  # "canonical", "name" (same name, other script) or "alias" (other name)


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    names: list[Name] = field(default_factory=list)
    country: str | None = None
    description: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # file:line where the entity is defined

    def all_names(self) -> list[Name]:
        """The canonical name first, then the others, without repeats."""
        seen = {self.name}
        out = [Name(self.name, None, "canonical")]
        for n in self.names:
            if n.text not in seen:
                seen.add(n.text)
                out.append(n)
        return out

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "type": self.type, "name": self.name,
                             "names": [{"name": n.text, "lang": n.lang, "kind": n.kind} for n in self.names]}
        for key in ("country", "description"):
            if getattr(self, key):
                d[key] = getattr(self, key)
        if self.attributes:
            d["attributes"] = self.attributes
        return d


def gazetteer_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files behind ``paths`` (files, or folders searched recursively), in a stable order."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix in SUFFIXES and f.is_file())
        elif p.is_file():
            files.append(p)
        else:
            raise GazetteerError(f"{p}: no such file or folder")
    if not files:
        raise GazetteerError(f"{', '.join(map(str, paths))}: no gazetteer files (*.yaml, *.yml, *.jsonl)")
    return files


def content_hash(files: list[Path]) -> str:
    """sha256 of the files' names and bytes: the key of the cached index."""
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _name(value: Any, where: str, kind: str) -> Name:
    if isinstance(value, str):
        text, lang = value, None
    elif isinstance(value, dict) and isinstance(value.get("name"), str):
        unknown = set(value) - {"name", "lang"}
        if unknown:
            raise GazetteerError(f"{where}: unknown field {sorted(unknown)[0]!r} in a name")
        text, lang = value["name"], value.get("lang")
        if lang is not None and not isinstance(lang, str):
            raise GazetteerError(f"{where}: 'lang' must be a string")
    else:
        raise GazetteerError(f"{where}: a name must be a string or {{name, lang}}, not {value!r}")
    text = clean(text)
    if not text:
        raise GazetteerError(f"{where}: empty name")
    return Name(text, lang, kind)


def _names(value: Any, where: str, kind: str) -> list[Name]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GazetteerError(f"{where}: '{kind}s' must be a list")
    return [_name(v, where, kind) for v in value]


def entity_from_dict(d: Any, where: str) -> Entity:
    """Validate one YAML entity mapping."""
    if not isinstance(d, dict):
        raise GazetteerError(f"{where}: an entity must be a mapping")
    unknown = set(d) - _ENTITY_KEYS
    if unknown:
        raise GazetteerError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    for key in ("id", "type", "name"):
        if not isinstance(d.get(key), str) or not d[key].strip():
            raise GazetteerError(f"{where}: missing or empty field {key!r}")
    if d["type"] not in TYPES:
        raise GazetteerError(f"{where}: unknown type {d['type']!r} (one of {', '.join(TYPES)})")
    name = clean(d["name"])
    if not name:
        raise GazetteerError(f"{where}: empty name")
    attributes = d.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise GazetteerError(f"{where}: 'attributes' must be a mapping")
    return Entity(
        id=d["id"].strip(), type=d["type"], name=name,
        names=_names(d.get("names"), where, "name") + _names(d.get("aliases"), where, "alias"),
        country=d.get("country"), description=d.get("description"), attributes=attributes, source=where,
    )


def _yaml_lines(path: Path, text: str) -> list[int]:
    """Line (1-based) of each item of ``entities`` then ``extends``, for messages."""
    yaml, loader = _yaml()
    root = yaml.compose(text, Loader=loader)
    lines: list[int] = []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value in ("entities", "extends") and isinstance(value, yaml.SequenceNode):
                lines += [item.start_mark.line + 1 for item in value.value]
    return lines


@dataclass(slots=True)
class Extension:
    """Names and attributes that one file adds to an entity defined in another."""

    id: str
    names: list[Name]
    attributes: dict[str, Any]
    where: str


def read_yaml(path: Path) -> tuple[list[Entity], list[Extension]]:
    """Entities and extensions of one YAML file."""
    yaml, loader = _yaml()
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=loader)
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise GazetteerError(f"{path}{line}: malformed YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None:
        return [], []
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}:1: a gazetteer file is a mapping with 'entities'")
    unknown = set(data) - _FILE_KEYS
    if unknown:
        raise GazetteerError(f"{path}:1: unknown top-level field {sorted(unknown)[0]!r}")
    items, extends = data.get("entities") or [], data.get("extends") or []
    if not isinstance(items, list) or not isinstance(extends, list):
        raise GazetteerError(f"{path}:1: 'entities' and 'extends' must be lists")
    lines: list[int] | None = None

    def where(i: int) -> str:
        nonlocal lines
        if lines is None:
            lines = _yaml_lines(path, text)
        return f"{path}:{lines[i] if i < len(lines) else '?'}"

    entities = []
    for i, d in enumerate(items):
        try:
            entities.append(entity_from_dict(d, f"{path}"))
        except GazetteerError as exc:
            raise GazetteerError(str(exc).replace(f"{path}:", f"{where(i)}:", 1)) from None
    out_ext = []
    for j, d in enumerate(extends):
        # line numbers only for a message: composing a big file a second time is slow
        try:
            if not isinstance(d, dict) or not isinstance(d.get("id"), str):
                raise GazetteerError(f"{path}: an 'extends' item needs an 'id'")
            unknown = set(d) - _EXTEND_KEYS
            if unknown:
                raise GazetteerError(f"{path}: unknown field {sorted(unknown)[0]!r}")
            attributes = d.get("attributes") or {}
            if not isinstance(attributes, dict):
                raise GazetteerError(f"{path}: 'attributes' must be a mapping")
            names = _names(d.get("names"), str(path), "name") + _names(d.get("aliases"), str(path), "alias")
        except GazetteerError as exc:
            raise GazetteerError(str(exc).replace(f"{path}:", f"{where(len(items) + j)}:", 1)) from None
        out_ext.append(Extension(d["id"], names, attributes, f"{path}#extends-{len(items) + j}"))
    default_prominence = data.get("prominence")
    if default_prominence is not None and not (isinstance(default_prominence, (int, float))
                                               and 0 <= default_prominence <= 1):
        raise GazetteerError(f"{path}:1: 'prominence' must be a number from 0 to 1")
    # Line numbers of valid entities only on demand: composing a big file twice is slow.
    for i, e in enumerate(entities):
        e.source = f"{path}#{i + 1}"
        if default_prominence is not None:
            e.attributes.setdefault("prominence", default_prominence)
    return entities, out_ext


def read_jsonl(path: Path) -> list[Entity]:
    """Entities of a JSONL file in the evaluation format (first name canonical)."""
    out = []
    try:
        fh = path.open(encoding="utf-8")
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GazetteerError(f"{where}: malformed JSON: {exc.msg}") from None
                if not isinstance(d, dict):
                    raise GazetteerError(f"{where}: an entity must be a JSON object")
                names = d.get("names")
                if not isinstance(names, list) or not names:
                    raise GazetteerError(f"{where}: missing or empty field 'names'")
                unknown = set(d) - {"id", "type", "names", "country", "description", "attributes"}
                if unknown:
                    raise GazetteerError(f"{where}: unknown field {sorted(unknown)[0]!r}")
                first = _name(names[0], where, "name")
                d2 = {k: v for k, v in d.items() if k != "names"}
                d2["name"] = first.text
                e = entity_from_dict(d2, where)
                e.names = [Name(first.text, first.lang, "name")] if first.lang else []
                e.names += [_name(v, where, "alias") for v in names[1:]]
                out.append(e)
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return out


def load_entities(paths: Iterable[str | Path]) -> Iterator[Entity]:
    """All entities of the gazetteer files behind ``paths``, extensions applied, ids checked."""
    by_id: dict[str, Entity] = {}
    extensions: list[Extension] = []
    for f in gazetteer_files(paths):
        if f.suffix == ".jsonl":
            entities, ext = read_jsonl(f), []  # type: ignore[var-annotated]
        else:
            entities, ext = read_yaml(f)
        extensions += ext
        for e in entities:
            if e.id in by_id:
                raise GazetteerError(f"{_locate(e)}: duplicate id {e.id!r} (first defined at {_locate(by_id[e.id])})")
            by_id[e.id] = e
    for extension in extensions:
        target = by_id.get(extension.id)
        if target is None:
            path, _, item = extension.where.rpartition("#extends-")
            lines = _yaml_lines(Path(path), Path(path).read_text(encoding="utf-8"))
            line = lines[int(item)] if int(item) < len(lines) else "?"
            raise GazetteerError(f"{path}:{line}: 'extends' names id {extension.id!r}, which no loaded file defines")
        target.names += extension.names
        target.attributes = {**extension.attributes, **target.attributes}  # the defining file wins
    return iter(by_id.values())


def _locate(e: Entity) -> str:
    """file:line of an entity (YAML sources record their item number until asked)."""
    path, sep, item = e.source.rpartition("#")
    if not sep:
        return e.source
    text = Path(path).read_text(encoding="utf-8")
    lines = _yaml_lines(Path(path), text)
    i = int(item) - 1
    return f"{path}:{lines[i] if i < len(lines) else '?'}"
