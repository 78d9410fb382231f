"""The index: every gazetteer name analyzed once, and posting lists from matching keys to names.

Retrieval looks up a query's keys (token skeletons, their one-deletion neighbourhoods,
adjacent tokens joined) and scores only the names that share one, never the whole
gazetteer. The index holds builtin types only, so that it is stored with ``marshal``:
a cached index loads in a fraction of the time the YAML takes to parse.
"""

from __future__ import annotations

import hashlib
import marshal
import math
import os
import tempfile
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from translit.analyze import DESCRIPTOR_WEIGHT, PARTICLE_WEIGHT, Token, analyze
from translit.gazetteer import Entity, Name, content_hash, gazetteer_files, load_entities
from translit.keys import TokenForm, deletions, hypotheses

FORMAT_VERSION = 1
# Source files whose change makes a cached index stale.
_CODE_FILES = ("analyze.py", "keys.py", "morphology.py", "normalize.py", "transliterate.py", "index.py")
EXACT, NEAR, FAR = 1.0, 0.6, 0.35  # weight of a key hit: same key, one deletion, one substitution


def token_key(form: TokenForm) -> str:
    """The retrieval key of a reading: the consonant skeleton, or the class form when the
    skeleton is too short to say much (``Akar`` -> ``AKAR``, not ``KR``)."""
    return form.skeleton if len(form.skeleton) >= 3 else form.classes


def code_version() -> str:
    h = hashlib.sha256(str(FORMAT_VERSION).encode())
    pkg = resources.files("translit")
    for name in _CODE_FILES:
        h.update(pkg.joinpath(name).read_bytes())
    for rule in sorted(p.name for p in pkg.joinpath("rules").iterdir()):
        h.update(pkg.joinpath("rules", rule).read_bytes())
    return h.hexdigest()[:16]


def _token_weights(entity_type: str, tokens: list[Token], df: Counter[str]) -> list[float]:
    """Rare parts weigh more; for a person the last part (family name) weighs most."""
    out = []
    only_particles = all(t.is_particle for t in tokens)  # the city of Van is no particle
    for i, t in enumerate(tokens):
        if t.is_particle and not only_particles:
            out.append(PARTICLE_WEIGHT)
            continue
        n = df[token_key(t.forms[0])]
        w = 1.0 / (1.0 + math.log10(max(1.0, n / 3.0)))
        if t.is_descriptor:  # "Nagorno" in Nagorno-Karabakh: a modifier, not the name
            w *= DESCRIPTOR_WEIGHT
        if entity_type == "person" and len(tokens) > 1 and i < len(tokens) - 1:
            w *= 0.6
        out.append(round(w, 3))
    return out


def build(entities: Iterable[Entity]) -> dict[str, Any]:
    """Analyze every name and build the posting lists. Returns the index as builtin types."""
    ents: list[list[Any]] = []
    raw: list[tuple[int, Name, list[Token]]] = []
    for e in entities:
        eidx = len(ents)
        ents.append([e.id, e.type, e.name, e.country, e.description, e.attributes,
                     [(n.text, n.lang, n.kind) for n in e.names]])
        for n in e.all_names():
            tokens = analyze(n.text)
            if tokens:
                raw.append((eidx, n, tokens))
    df: Counter[str] = Counter()
    for _, _, tokens in raw:
        df.update({token_key(t.forms[0]) for t in tokens})
    names: list[list[Any]] = []
    postings: dict[str, set[int]] = defaultdict(set)
    for nidx, (eidx, n, tokens) in enumerate(raw):
        etype = ents[eidx][1]
        family = [len(tokens) - 1] if etype == "person" and len(tokens) > 1 else []
        names.append([eidx, n.text, n.kind, [(t.text, t.turkic, t.acronym) for t in tokens],
                      _token_weights(etype, tokens, df), family])
        only_particles = all(t.is_particle for t in tokens)
        for t in tokens:
            if t.is_particle and not only_particles:
                continue  # "al" would retrieve half the Arab world
            for f in t.forms:
                key = token_key(f)
                postings["t:" + key].add(nidx)
                if len(key) >= 3:
                    for d in deletions(key):
                        postings["d:" + d].add(nidx)
        for a, b in zip(tokens, tokens[1:]):
            postings["t:" + token_key(hypotheses(a.roman + b.roman, a.pipeline)[0])].add(nidx)
    return {
        "version": FORMAT_VERSION,
        "entities": ents,
        "names": names,
        "postings": {k: sorted(v) for k, v in postings.items()},
    }


def cache_dir() -> Path:
    root = os.environ.get("TRANSLIT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "translit")
    return Path(root)


def save(index: dict[str, Any], path: Path) -> None:
    """Write atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-")
    with os.fdopen(fd, "wb") as fh:
        marshal.dump(index, fh)
    os.replace(tmp, path)


def read(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh:
            index = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return index if isinstance(index, dict) and index.get("version") == FORMAT_VERSION else None


def load_or_build(paths: list[str | Path], use_cache: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """The index of the gazetteer files behind ``paths``, from the cache when it is fresh.

    Returns ``(index, info)``; info says where it came from and how long it took.
    """
    files = gazetteer_files(paths)
    key = content_hash(files)[:24] + "-" + code_version()
    info: dict[str, Any] = {"files": [str(f) for f in files], "key": key, "cached": False}
    path = cache_dir() / f"index-{key}.marshal"
    if use_cache:
        index = read(path)
        if index is not None:
            info["cached"] = True
            info["path"] = str(path)
            return index, info
    index = build(load_entities(files))
    index["key"] = key
    if use_cache:
        try:
            save(index, path)
            info["path"] = str(path)
        except OSError:
            pass  # a read-only cache folder slows the next start, nothing more
    return index, info
