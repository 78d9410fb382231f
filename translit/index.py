"""The index: every gazetteer name analyzed once, stored in SQLite, read lazily.

Layout: names are made of tokens; distinct tokens form a vocabulary; matching keys (token
skeletons and their one-deletion neighbourhoods, fine forms) point to vocabulary tokens,
and each token to the names that hold it (a hyphenated word also as one joined word,
which finds the name though it is no part of it). A country's names in other languages
(:mod:`translit.countrynames`) are names of its own, marked as translations. A query
scores its tokens against the few vocabulary tokens that share a key, then aligns only
the names holding the best of them: the gazetteer is never scanned. SQLite makes a cold start cost nothing but the rows a query
touches, whatever the gazetteer's size.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import shutil
import sqlite3
import tempfile
import threading
import weakref
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable

import icu

from translit.analyze import DESCRIPTOR_WEIGHT, PARTICLE_WEIGHT, Token, analyze, dump_token, split_words
from translit.countrynames import translations
from translit.gazetteer import TYPES, Entity, GazetteerError, content_hash, gazetteer_files, load_entities
from translit.keys import TokenForm, deletions
from translit.scripts import COMMON, KNOWN, detect
from translit.variants import data_bytes as variants_data
from translit.variants import is_known, spelling_hashes, variant_postings

FORMAT_VERSION = 12
# Source files whose change makes a cached index stale.
_CODE_FILES = ("analyze.py", "keys.py", "languages.py", "morphology.py", "normalize.py", "transliterate.py",
               "index.py", "countrynames.py", "variants.py", "korean.py")
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities(idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE names(idx INTEGER PRIMARY KEY, entity INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE tokens(idx INTEGER PRIMARY KEY, text TEXT NOT NULL, flags INTEGER NOT NULL, classes TEXT NOT NULL,
                    readings TEXT NOT NULL, names BLOB NOT NULL);
CREATE TABLE postings(key TEXT PRIMARY KEY, tokens BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE arrays(key TEXT PRIMARY KEY, data BLOB NOT NULL);
"""
# Token flags. LOSSY: a script without rules of its own (Han, Kana...), whose romanization
# only meets the same script reliably.
TURKIC, ACRONYM, LOSSY = 1, 2, 4
# A name's kind, for those the gazetteer does not list (countrynames): 0 for its own names.
TRANSLATION, CODE = 1, 2
ADDED_KINDS = {"translation": TRANSLATION, "code": CODE}
CACHE_ROWS = 200_000  # rows of a big index kept in memory at most, per kind


def token_key(form: TokenForm) -> str:
    """The retrieval key of a reading: the consonant skeleton, or the class form when the
    skeleton is too short to say much (``Akar`` -> ``AKAR``, not ``KR``)."""
    return form.skeleton if len(form.skeleton) >= 3 else form.classes


def token_keys(t: Token) -> set[str]:
    """Keys under which a vocabulary token is found: exact (``t:``), one deletion (``d:``)
    and the fine form (``f:``), which scores the pair 1 where coarser keys can disagree
    (German Willer is Виллер: w reads v there, though a w is near a vowel in class forms)."""
    keys = set()
    for f in t.forms:
        key = token_key(f)
        keys.add("t:" + key)
        keys.add("f:" + f.fine)
        if len(key) >= 3:
            keys.update("d:" + d for d in deletions(key))
    return keys


def code_version() -> str:
    h = hashlib.sha256(f"{FORMAT_VERSION} ICU {icu.ICU_VERSION}".encode())  # ICU: rules and country names
    pkg = resources.files("translit")
    for name in _CODE_FILES:
        h.update(pkg.joinpath(name).read_bytes())
    for rule in sorted(p.name for p in pkg.joinpath("rules").iterdir()):
        h.update((pkg / "rules" / rule).read_bytes())
    h.update(variants_data())
    return h.hexdigest()[:16]


def hyphen_compounds(text: str) -> list[Token]:
    """The hyphenated words of a name, each read as one word without its hyphens."""
    out = []
    for word in text.split():
        if "-" in word.strip("-") and len(analyze(word)) >= 2:
            joined = analyze(word.replace("-", ""))
            if len(joined) == 1:
                out.extend(joined)
    return out


def family_positions(entity_type: str, text: str, tokens: list[Token]) -> list[int]:
    """Which tokens of a person's name are the family name: the last word, all of it when
    hyphenated (Cohen-Reiss, Lettow-Vorbeck: one double surname, not a given name and a
    surname); in an Arabic name, the father's name after bin or ibn too, by which news
    calls the person (Mohamed bin Zayed Al Nahyan: Zayed and Nahyan)."""
    if entity_type != "person" or len(tokens) < 2:
        return []
    last_word = text.split()[-1] if text.split() else ""
    n = max(1, min(len(tokens), len(split_words(last_word))))
    last = list(range(len(tokens) - n, len(tokens)))
    nasab = next((i for i in range(1, len(tokens) - 1) if tokens[i].is_nasab), None)
    return last if nasab is None or nasab + 1 in last else [nasab + 1] + last


def token_weights(entity_type: str, tokens: list[Token], df: Counter[str], family: list[int]) -> list[float]:
    """Rare parts weigh more; particles and descriptors less; for a person the family
    name (:func:`family_positions`) weighs most."""
    only_particles = all(t.weighs_little for t in tokens)  # the city of Van is no particle
    out = []
    for i, t in enumerate(tokens):
        if t.weighs_little and not only_particles:
            out.append(PARTICLE_WEIGHT)
            continue
        n = df[token_key(t.forms[0])]
        w = 1.0 / (1.0 + math.log10(max(1.0, n / 3.0)))
        if t.is_descriptor:  # "Nagorno" in Nagorno-Karabakh: a modifier, not the name
            w *= DESCRIPTOR_WEIGHT
        if entity_type == "person" and len(tokens) > 1 and i not in family:
            w *= 0.6
        out.append(round(w, 3))
    return out


# A country's capital is better known than its size says (news names governments by
# their capitals): it counts as a city some 20 times as big, more than the resolver's
# PROMINENCE_GAP (0.15), so it wins the tie against a namesake of its own size
# (Washington, D.C. over Washington in England), but stays that far below a country
# (Djibouti the country over its capital).
CAPITAL_BOOST, CAPITAL_CEILING = 0.16, 0.84


def prominence(e: Entity) -> float:
    """How well known an entity is, in [0, 1], from what the gazetteer says of it: a
    country is most prominent, a city by its population, a capital (``capital: true``,
    or the GeoNames feature code PPLC) more; a file can set it for its entities (the
    curated domain of the default gazetteer). Breaks ties between homonyms and decides
    which single words of running text are worth tagging.
    """
    attributes = e.attributes
    p = 1.0 if attributes.get("iso3166") else 0.0
    given = attributes.get("prominence")
    if isinstance(given, (int, float)):
        p = max(p, min(1.0, float(given)))
    population = attributes.get("population")
    by_size = 0.0
    if isinstance(population, (int, float)) and population > 1:
        by_size = min(1.0, math.log10(population) / 8)
        p = max(p, by_size)
    if attributes.get("capital") is True or attributes.get("feature") == "P.PPLC":
        p = max(p, min(by_size + CAPITAL_BOOST, CAPITAL_CEILING))
    return round(p, 3)


def build(entities: Iterable[Entity], path: Path, key: str = "") -> dict[str, int]:
    """Analyze every name and write the index database to ``path``. Returns counts."""
    ents: list[tuple[int, str, str]] = []
    ent_types = array("b")  # by entity index: its type's position in TYPES (retrieval filters on it)
    raw: list[tuple[int, str, str, list[Token], int]] = []  # ..., the name kind's ADDED_KINDS code
    for e in entities:
        eidx = len(ents)
        ents.append((eidx, e.id, json.dumps({**e.to_dict(), "prominence": prominence(e)}, ensure_ascii=False)))
        ent_types.append(TYPES.index(e.type))
        for n in e.all_names() + translations(e):  # a country also under its names in other languages
            tokens = analyze(n.text)
            if tokens:
                raw.append((eidx, e.type, n.text, tokens, ADDED_KINDS.get(n.kind, 0)))
    df: Counter[str] = Counter()
    for _, _, _, tokens, translated in raw:
        if not translated:  # how common a word is, in the gazetteer as written
            df.update({token_key(t.forms[0]) for t in tokens})
    vocab: dict[tuple[str, int], int] = {}
    vocab_names: list[array] = []
    vocab_classes: list[str] = []
    vocab_readings: list[str] = []
    postings: dict[str, set[int]] = defaultdict(set)
    names = []

    def holder(t: Token, nidx: int) -> int:
        """The vocabulary id of ``t`` (added when new), with name ``nidx`` among its holders."""
        vkey = (t.text, (TURKIC if t.turkic else 0) | (ACRONYM if t.acronym else 0)
                | (0 if t.script in KNOWN or t.script == COMMON else LOSSY))
        tid = vocab.get(vkey)
        if tid is None:
            tid = vocab[vkey] = len(vocab_names)
            vocab_names.append(array("i"))
            vocab_classes.append(t.forms[0].classes)
            vocab_readings.append(dump_token(t))
            for k in token_keys(t):
                postings[k].add(tid)
        if not vocab_names[tid] or vocab_names[tid][-1] != nidx:
            vocab_names[tid].append(nidx)
        return tid

    person_words: dict[str, set[int]] = defaultdict(set)  # folded word -> vocabulary ids
    for nidx, (eidx, etype, text, tokens, translated) in enumerate(raw):
        tids = [holder(t, nidx) for t in tokens]
        if etype == "person":
            for t, tid in zip(tokens, tids):
                person_words[t.text].add(tid)
        # a hyphenated word is also written as one (Kzyl-Khach Կզըլխաչ, Isti-Su Իստիսու):
        # the joined word finds the name too, though it is scored part by part as ever
        for t in hyphen_compounds(text):
            holder(t, nidx)
        family = family_positions(etype, text, tokens)
        names.append((nidx, eidx, json.dumps([text, tids, token_weights(etype, tokens, df, family), family,
                                              translated], ensure_ascii=False)))
    # known spellings of people's name parts (translit.variants): not of places' words,
    # which the table says nothing of
    spelled, known_spellings = variant_postings(person_words)
    postings.update(spelled)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".sqlite")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            db.executemany("INSERT INTO entities VALUES (?, ?, ?)", ents)
            db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
            db.executemany("INSERT INTO tokens VALUES (?, ?, ?, ?, ?, ?)",
                           ((tid, text, flags, vocab_classes[tid], vocab_readings[tid],
                             vocab_names[tid].tobytes()) for (text, flags), tid in vocab.items()))
            db.executemany("INSERT INTO postings VALUES (?, ?)",
                           ((k, array("i", sorted(v)).tobytes()) for k, v in postings.items()))
            # the entity of every name, and the script of those that are translations, read whole
            # by retrieval, which must not load the names it passes over
            scripts = sorted({detect(text) for _, _, text, _, translated in raw if translated})
            code = {s: i + 1 for i, s in enumerate(scripts)}
            db.executemany("INSERT INTO arrays VALUES (?, ?)", [
                ("name_entities", array("i", (eidx for _, eidx, _ in names)).tobytes()),
                ("entity_types", ent_types.tobytes()),
                ("known_spellings", array("i", sorted(known_spellings)).tobytes()),
                # whether a query word is a known spelling at all: only where it can matter
                ("spelling_hashes", (spelling_hashes() if known_spellings else array("Q")).tobytes()),
                ("translation_scripts", json.dumps(scripts).encode()),
                ("name_translation_scripts", array("b", (code[detect(text)] if translated else 0
                                                         for _, _, text, _, translated in raw)).tobytes())])
            counts = {"entities": len(ents), "names": len(names), "tokens": len(vocab), "keys": len(postings)}
            meta = {"version": str(FORMAT_VERSION), "key": key, **{k: str(v) for k, v in counts.items()}}
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)  # atomic: a reader never sees half an index
    except BaseException:
        # a full disk, an interrupt: no half-written file is left in the cache folder
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return counts


class Index:
    """Read access to an index database; rows are fetched on demand and kept in memory.

    SQLite connections are per thread (each thread opens its own, read-only)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        meta = dict(self._db().execute("SELECT key, value FROM meta").fetchall())
        if meta.get("version") != str(FORMAT_VERSION):
            raise ValueError(f"{path}: index format {meta.get('version')}, expected {FORMAT_VERSION}")
        self.key = meta.get("key", "")
        self.counts = {k: int(meta[k]) for k in ("entities", "names", "tokens", "keys")}
        self._names: dict[int, tuple[int, str, list[int], list[float], list[int], int]] = {}
        self._tokens: dict[int, tuple[str, int, str, str]] = {}
        self._token_names: dict[int, array] = {}
        self._entities: dict[int, dict[str, Any]] = {}
        self.loaded = False  # every row is in memory (load_all)
        self.lossy: set[int] = set()  # the LOSSY tokens among those read so far
        self._postings: dict[str, bytes] = {}
        self._texts: list[str] = []  # by token id, once load_all ran
        self._classes: list[str] = []
        self._arrays: dict[str, array] = {}  # name_entities, entity_types
        self._translation_scripts: list[str] | None = None
        self._known_spellings: frozenset[int] | None = None

    def _array(self, key: str) -> bytes:
        (blob,) = self._db().execute("SELECT data FROM arrays WHERE key = ?", (key,)).fetchone()
        return blob

    def _typed_array(self, key: str, typecode: str) -> array:
        """A stored array, read once."""
        got = self._arrays.get(key)
        if got is None:
            got = self._arrays[key] = array(typecode)
            got.frombytes(self._array(key))
        return got

    @property
    def name_entities(self) -> array:
        """The entity index of every name, by name index."""
        return self._typed_array("name_entities", "i")

    @property
    def entity_types(self) -> array:
        """The type of every entity, by entity index, as its position in :data:`TYPES`."""
        return self._typed_array("entity_types", "b")

    @property
    def known_spellings(self) -> frozenset[int]:
        """The vocabulary tokens that are known spellings of a name part (translit.variants)."""
        if self._known_spellings is None:
            self._known_spellings = frozenset(self._typed_array("known_spellings", "i"))
        return self._known_spellings

    def is_known_spelling(self, word: str) -> bool:
        """Is the folded ``word`` a known spelling of a name part (translit.variants)? Only
        asked of an index whose gazetteer has known spellings."""
        return is_known(self._typed_array("spelling_hashes", "Q"), word)

    @property
    def translation_scripts(self) -> list[str]:
        """By name index: the script of a name that is a translation the index added (see
        :mod:`translit.countrynames`), "" for the gazetteer's own names."""
        if self._translation_scripts is None:
            scripts = [""] + json.loads(self._array("translation_scripts"))
            codes = array("b")
            codes.frombytes(self._array("name_translation_scripts"))
            self._translation_scripts = [scripts[c] for c in codes]
        return self._translation_scripts

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        return db

    def forget_connections(self) -> None:
        """Drop this process's SQLite connections without using them: in a process forked
        from the one that opened them, which must not touch them (it opens its own)."""
        self._local = threading.local()

    def load_all(self) -> None:
        """Read every row into memory at once, so that no lookup waits for SQLite again:
        for a batch or a service, where most rows are met sooner or later."""
        db = self._db()
        for idx, text, flags, classes, readings, names in db.execute(
                "SELECT idx, text, flags, classes, readings, names FROM tokens"):
            self._tokens[idx] = (text, flags, classes, readings)
            if flags & LOSSY:
                self.lossy.add(idx)
            self._token_names[idx] = holders = array("i")
            holders.frombytes(names)
        for idx, eidx, data in db.execute("SELECT idx, entity, data FROM names"):
            self._names[idx] = (eidx, *json.loads(data))
        for idx, data in db.execute("SELECT idx, data FROM entities"):
            self._entities[idx] = json.loads(data)
        self._postings = dict(db.execute("SELECT key, tokens FROM postings"))
        self._texts = [self._tokens[t][0] for t in range(len(self._tokens))]
        self._classes = [self._tokens[t][2] for t in range(len(self._tokens))]
        self.loaded = True

    def postings(self, keys: Iterable[str]) -> dict[str, array]:
        out: dict[str, array] = {}
        if self.loaded:
            for k in keys:
                blob = self._postings.get(k)
                if blob is not None:
                    out[k] = a = array("i")
                    a.frombytes(blob)
            return out
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self._db().execute(
                f"SELECT key, tokens FROM postings WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            for k, blob in rows:
                a = array("i")
                a.frombytes(blob)
                out[k] = a
        return out

    def token(self, tid: int) -> tuple[str, int, str, str]:
        """(folded text, flags, class form of the first reading, stored readings) of a
        vocabulary token (see :func:`translit.analyze.load_token`)."""
        return self.tokens([tid])[tid]

    def tokens(self, tids: list[int]) -> dict[int, tuple[str, int, str, str]]:
        """:meth:`token` for many tokens at once (one query per 500)."""
        if self.loaded:
            return self._tokens  # all of them (load_all): no copy
        out = {t: self._tokens[t] for t in tids if t in self._tokens}
        for idx, text, flags, classes, readings in self._rows(
                "SELECT idx, text, flags, classes, readings FROM tokens", self._tokens, tids):
            out[idx] = self._tokens[idx] = (text, flags, classes, readings)
            if flags & LOSSY:
                self.lossy.add(idx)
        return out

    def token_columns(self, tids: list[int]) -> tuple[Sequence[str], Sequence[str]]:
        """The folded texts and the first readings' class forms of these tokens, in order
        (gathered in C from a loaded index: retrieval asks for hundreds at a time)."""
        if self.loaded and len(tids) > 1:
            get = itemgetter(*tids)
            return get(self._texts), get(self._classes)
        rows = self.tokens(tids)
        return [rows[t][0] for t in tids], [rows[t][2] for t in tids]

    def _rows(self, select: str, cache: dict[int, Any], ids: list[int]) -> Iterable[tuple]:
        """Rows of ``select`` for the ``ids`` not in ``cache``, one query per 500; the
        cache is emptied first when they would overfill it (bounded memory)."""
        missing = [i for i in ids if i not in cache]
        if not missing:
            return
        if len(cache) + len(missing) > CACHE_ROWS:
            cache.clear()
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            yield from self._db().execute(f"{select} WHERE idx IN ({','.join('?' * len(chunk))})", chunk)

    def token_names(self, tids: list[int]) -> dict[int, array]:
        """The names holding each of these vocabulary tokens (one query per 500 tokens)."""
        if self.loaded:
            return self._token_names  # all of them (load_all): no copy
        out = {t: self._token_names[t] for t in tids if t in self._token_names}
        for idx, blob in self._rows("SELECT idx, names FROM tokens", self._token_names, tids):
            names = array("i")
            names.frombytes(blob)
            out[idx] = self._token_names[idx] = names
        return out

    def names(self, nidxs: list[int]) -> None:
        """Fetch many names into memory at once (one query per 500), ahead of :meth:`name`."""
        if self.loaded:
            return
        for idx, eidx, data in self._rows("SELECT idx, entity, data FROM names", self._names, nidxs):
            self._names[idx] = (eidx, *json.loads(data))

    def name(self, nidx: int) -> tuple[int, str, list[int], list[float], list[int], int]:
        """(entity index, text, token ids, token weights, family-name positions, and 0 for a
        name of the gazetteer, else the kind of name the index added: ``TRANSLATION`` or
        ``CODE``, see :mod:`translit.countrynames`)."""
        n = self._names.get(nidx)
        if n is None:
            self.names([nidx])
            n = self._names[nidx]
        return n

    def entity(self, eidx: int) -> dict[str, Any]:
        e = self._entities.get(eidx)
        if e is None:
            (data,) = self._db().execute("SELECT data FROM entities WHERE idx = ?", (eidx,)).fetchone()
            e = self._entities[eidx] = json.loads(data)
        return e

    def entity_index(self, entity_id: str) -> int | None:
        row = self._db().execute("SELECT idx FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else row[0]

    def __len__(self) -> int:
        return self.counts["entities"]


def cache_dir() -> Path:
    root = os.environ.get("TRANSLIT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "translit")
    return Path(root)


def is_index_file(path: Path) -> bool:
    """Is ``path`` a compiled index (``translit gazetteer build``) rather than a gazetteer?"""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def open_index(paths: list[str | Path], use_cache: bool = True) -> tuple[Index, dict[str, Any]]:
    """The index of the gazetteer files behind ``paths``: a compiled index file as it is,
    else the cached build when it is fresh, else a new build (cached unless told not to).
    """
    if len(paths) == 1 and is_index_file(Path(paths[0])):
        return _compiled(Path(paths[0])), {"files": [str(paths[0])], "cached": True, "path": str(paths[0])}
    files = gazetteer_files(paths)
    key = content_hash(files)[:24] + "-" + code_version()
    info: dict[str, Any] = {"files": [str(f) for f in files], "key": key, "cached": False}
    path = cache_dir() / f"index-{key}.sqlite"
    if use_cache and path.exists():
        try:
            info.update(cached=True, path=str(path))
            return Index(path), info
        except (sqlite3.Error, ValueError):
            pass  # a damaged cache entry is rebuilt
    if use_cache:
        try:
            build(load_entities(files), path, key)
            _prune(path)
            info["path"] = str(path)
            return Index(path), info
        except OSError:
            pass  # a read-only cache folder: build in a temporary folder instead
    index = _temporary_index(files, key)
    info["path"] = str(index.path)
    return index, info


def _temporary_index(files: list[Path], key: str) -> Index:
    """An index built in a temporary folder that goes when the index does (or at exit):
    a batch or a test suite that opens many must not fill the disk."""
    folder = tempfile.mkdtemp(prefix="translit-")
    try:
        target = Path(folder) / "index.sqlite"
        build(load_entities(files), target, key)
        index = Index(target)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    weakref.finalize(index, _remove_folder, folder, os.getpid())
    return index


def _remove_folder(folder: str, owner: int) -> None:
    # a forked worker (translit.parallel) shares the folder with its parent: only the
    # process that made it removes it
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


def _compiled(path: Path) -> Index:
    """A compiled index file, or a :class:`GazetteerError` saying why it cannot be read
    (one compiled by another version of translit is compiled again, not guessed at)."""
    try:
        return Index(path)
    except ValueError as exc:  # another index format
        raise GazetteerError(f"{exc}: compiled by another version of translit; compile it again "
                             f"with `translit gazetteer build`") from None
    except sqlite3.Error as exc:
        raise GazetteerError(f"{path}: not a readable translit index ({exc})") from None


def _prune(fresh: Path) -> None:
    """Remove cached indexes of the same gazetteer content built by other code versions."""
    content = fresh.name.split("-")[1]
    for old in fresh.parent.glob(f"index-{content}-*.sqlite"):
        if old != fresh:
            try:
                old.unlink()
            except OSError:
                pass  # in use elsewhere or read-only: harmless
