"""Narrowing a lookup to entity types: the library, the CLI (--type, --type-column) and the
HTTP service, all on one filter applied at retrieval."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import translit
from translit.cli import main
from translit.entity_types import UnknownType, entity_type, parse_types

HEADER = """\
source: test data written for tests/test_entity_types.py
licence: CC0-1.0
entities:
"""
# Mouscron's alternate name in GeoNames, Moucron (its s is silent), reads as מקרון as
# closely as Macron's surname does
ENTITIES = """\
- {id: person:emmanuel-macron, type: person, name: Emmanuel Macron}
- {id: place:mouscron, type: place, name: Mouscron, names: [Moucron]}
- {id: org:acron, type: org, name: Acron}
- {id: person:john-smyth, type: person, name: John Smyth}
"""
# more places named Smith than retrieval aligns names for one query (RETRIEVE), ahead
# of John Smyth (whose Smyth reads as Smith: an equal bound, and ties go in file order)
CROWD = "".join(f"- {{id: place:smith-{i:02d}, type: place, name: Smith}}\n" for i in range(80))


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    path = tmp_path_factory.mktemp("types") / "gazetteer.yaml"
    path.write_text(HEADER + CROWD + ENTITIES, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def resolver(gazetteer):
    return translit.load(gazetteer, use_cache=False)


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


# -- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("label, expected", [
    ("person", "person"), ("PER", "person"), ("B-PER", "person"), ("i-per", "person"), ("PERSON", "person"),
    ("GPE", "place"), ("LOC", "place"), ("S-LOC", "place"), ("Place", "place"), ("FAC", "place"),
    ("ORG", "org"), ("Organization", "org"), ("organisation", "org"), (" org ", "org"),
])
def test_tagger_labels_name_entity_types(label, expected):
    assert entity_type(label) == expected


def test_several_types_in_one_value_and_blanks_ask_for_any():
    assert parse_types("person|org") == parse_types(["PER", "ORG"]) == frozenset({"person", "org"})
    assert parse_types("LOC, GPE") == frozenset({"place"})
    assert parse_types(None) is None and parse_types("") is None and parse_types(["  "]) is None


@pytest.mark.parametrize("label", ["MISC", "DATE", "B-MISC", "people's"])
def test_a_label_of_no_type_is_an_error_naming_it(label):
    with pytest.raises(UnknownType, match=f"unknown entity type {label!r}"):
        parse_types(label)


# -- library ----------------------------------------------------------------------------------


def test_a_rival_of_another_type_neither_wins_nor_blocks(resolver):
    # Hebrew without vowels: the president, a town and a company all fit; no clear lead
    assert resolver.resolve("מקרון").decision != "match"
    r = resolver.resolve("מקרון", types="person")
    assert (r.decision, r.id) == ("match", "person:emmanuel-macron")
    assert {c.type for c in r.candidates} == {"person"}
    assert {c.type for c in resolver.candidates("מקרון", limit=10, types=["place", "org"])} == {"place", "org"}


def test_retrieval_keeps_to_the_types_asked_for(resolver):
    # eighty places named Smith take every place retrieval has for "Smith": the person
    # spelled Smyth is found only when places are not asked for
    assert "person:john-smyth" not in {c.id for c in resolver.candidates("Smith", limit=200)}
    r = resolver.resolve("Smith", types="PER")
    assert [c.id for c in r.candidates] == ["person:john-smyth"]


def test_explanation_says_which_types(resolver):
    r = resolver.resolve("Macron", explain=True, types="PER")
    assert r.explanation["types"] == ["person"]
    assert "types" not in resolver.resolve("Macron", explain=True).explanation


def test_unknown_type_raises_for_the_caller(resolver):
    with pytest.raises(UnknownType):
        resolver.resolve("Macron", types="MISC")


def test_resolve_many_with_a_type_per_name_in_workers(resolver):
    names = ["מקרון", "Smith"] * 70  # enough for two workers' chunks
    types = ["person", None] * 70
    alone = [resolver.resolve(n, types=t).to_dict() for n, t in zip(names, types)]
    assert [r.to_dict() for r in resolver.resolve_many(names, jobs=2, types_per_name=types)] == alone
    assert alone[0]["id"] == "person:emmanuel-macron"
    with pytest.raises(ValueError, match="2 filters for 3 names"):
        list(resolver.resolve_many(["a", "b", "c"], types_per_name=["person", None]))


# -- command line ---------------------------------------------------------------------------


def test_lookup_type_option(gazetteer):
    r = run("lookup", "מקרון", "--type", "person", "--json", "-g", str(gazetteer))
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["id"] == "person:emmanuel-macron"
    r = run("lookup", "מקרון", "-t", "MISC", "-g", str(gazetteer))
    assert r.exit_code == 2 and "unknown entity type 'MISC'" in r.output and "Traceback" not in r.output


def test_resolve_type_column_of_a_tagger(gazetteer, tmp_path):
    src = tmp_path / "mentions.csv"
    src.write_text("surface,label\nמקרון,B-PER\nמקרון,\nמקרון,MISC\nמקרון,ORG\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("resolve", str(src), "--column", "surface", "--type-column", "label", "-o", str(out),
            "-g", str(gazetteer))
    assert r.exit_code == 1  # the MISC row is reported ...
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["person:emmanuel-macron", None, None, "org:acron"]
    assert "unknown entity type 'MISC'" in rows[2]["error"]  # ... and resolved without its type
    assert rows[2]["candidates"] and f"{src}:4: unknown entity type 'MISC'" in r.stderr
    # a blank cell falls back to --type
    r = run("resolve", str(src), "--column", "surface", "--type-column", "label", "--type", "place",
            "-g", str(gazetteer))
    assert json.loads(r.stdout.splitlines()[1])["candidates"][0]["id"] == "place:mouscron"


def test_resolve_type_column_in_jsonl_and_bad_uses(gazetteer, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"name": "מקרון", "type": "person"}\n{"name": "מקרון", "type": 3}\n{"name": "מקרון"}\n',
                   encoding="utf-8")
    r = run("resolve", str(src), "--type-column", "type", "-g", str(gazetteer))
    assert r.exit_code == 1
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows[0]["id"] == "person:emmanuel-macron" and "'type' is not a string" in rows[1]["error"]
    assert len(rows) == 3 and "error" not in rows[2]
    txt = tmp_path / "in.txt"
    txt.write_text("מקרון\n", encoding="utf-8")
    r = run("resolve", str(txt), "--type-column", "type", "-g", str(gazetteer))
    assert r.exit_code == 2 and "needs csv, tsv or jsonl" in r.output
    csv = tmp_path / "in.csv"
    csv.write_text("name\nמקרון\n", encoding="utf-8")
    r = run("resolve", str(csv), "--type-column", "label", "-g", str(gazetteer))
    assert r.exit_code == 2 and "no type column 'label' (columns: name)" in r.output
    assert "Traceback" not in r.output


# -- HTTP service -----------------------------------------------------------------------------


def test_service_narrows_lookup_resolve_and_reconciliation(resolver):
    pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'translit[serve]'")
    httpx = pytest.importorskip("httpx", reason="the test extra is not installed (httpx)")
    from translit.serve import Settings, create_app
    from translit.serve.testing import running

    with running(create_app(resolver, Settings())) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert c.get("/lookup", params={"q": "מקרון", "type": "PER"}).json()["id"] == "person:emmanuel-macron"
        body = c.post("/resolve", json={"names": ["מקרון"], "types": ["org"]}).json()
        assert body["results"][0]["id"] == "org:acron"
        bad = c.get("/lookup", params={"q": "x", "type": "MISC"})
        assert bad.status_code == 422 and "type: unknown entity type 'MISC'" in bad.json()["error"]
        # reconciliation retrieves only the type asked for: the crowd of places makes no room
        got = c.post("/reconcile", data={"queries": json.dumps({"q0": {"query": "Smith", "type": "person"}})})
        assert [x["id"] for x in got.json()["q0"]["result"]] == ["person:john-smyth"]
