"""The command line through click's CliRunner: output formats, exit codes, messages."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import shared
from translit.cli import main


@pytest.fixture
def smoke():
    return str(shared("eval", "smoke", "gazetteer.jsonl"))


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_lookup_prints_a_table(smoke):
    r = run("lookup", "لافروف", "Emmanuel Macron", "-g", smoke)
    assert r.exit_code == 0, r.output
    assert "MATCH  per-sergey-lavrov  Sergey Lavrov" in r.output
    assert "Emmanuel Macron  ->  NIL" in r.output


def test_lookup_json_and_explain(smoke):
    r = run("lookup", "Арутюнян", "--json", "--explain", "-g", smoke)
    d = json.loads(r.output)
    assert d["decision"] == "match" and d["id"] == "per-vagharshak-harutyunyan"
    assert d["explanation"]["tokens"][0]["script"] == "cyrl"
    assert d["explanation"]["match_rules"] == [[0.8, 0.2], [0.9, 0.08]]  # one word: a misreading is likelier


def test_explain_says_what_a_match_needs_in_this_script(smoke):
    r = run("lookup", "لافروف", "--explain", "-g", smoke, "--threshold", "0.8")
    assert "a match needs score >= 0.80 with lead >= 0.30" in r.output  # abjad: moved with the threshold


def test_explain_names_the_known_spellings_a_word_is_of(tmp_path):
    g = tmp_path / "g.jsonl"
    g.write_text('{"id": "wiesel", "type": "person", "names": [{"name": "Elie Wiesel"}]}\n', encoding="utf-8")
    r = run("lookup", "ויזל", "--explain", "-g", str(g))
    assert r.exit_code == 0, r.output
    assert "known spelling of wiesel" in r.output
    assert "as its words are known spellings of the top name's, score >= 0.94 with lead >= 0.03" in r.output


@pytest.mark.parametrize("names,attributes,query,said", [
    (["Stepanakert", "Khankendi"], {}, "Stepanakert (Khankendi)",
     ["MATCH  e", "read as 'Stepanakert' and 'Khankendi', which agree as names of one entity"]),
    (["London"], {}, "Mayor of London", ["Mayor of London  ->  NIL", "the query names an office"]),
    (["Libya"], {"iso3166": "LY"}, "Libyan", ["MATCH  e", "read as an adjective of nationality, of 'Libya'"]),
])
def test_explain_says_how_a_query_was_read_beyond_its_letters(tmp_path, names, attributes, query, said):
    """Two names in brackets, an office only a person holds, an adjective of nationality."""
    g = tmp_path / "g.jsonl"
    entity = {"id": "e", "type": "place", "names": [{"name": n} for n in names], "attributes": attributes}
    g.write_text(json.dumps(entity) + "\n", encoding="utf-8")
    r = run("lookup", query, "--explain", "-g", str(g))
    assert r.exit_code == 0, r.output
    assert all(text in r.output for text in said), r.output


def test_resolve_jsonl_one_line_per_row_in_order(smoke, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"name": "Лавров"}\n{"name": ""}\nnot json\n{"other": 1}\n{"name": "Qarabağ"}\n',
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("resolve", str(src), "-o", str(out), "-g", smoke)
    assert r.exit_code == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    assert [r_["decision"] for r_ in rows] == ["match", "nil", "nil", "nil", "match"]
    assert set(rows[0]) >= {"input", "id", "name", "type", "score", "decision", "candidates"}
    assert rows[1]["id"] is None and "error" in rows[1]
    assert f"{src}:3: malformed JSON" in r.stderr
    assert f"{src}:4: no field 'name'" in r.stderr


def test_resolve_csv_and_tsv_with_column(smoke, tmp_path):
    csv_in = tmp_path / "in.csv"
    csv_in.write_text('id,who\n1,"Шойгу"\n2,Yerevan\n', encoding="utf-8")
    r = run("resolve", str(csv_in), "--column", "who", "-g", smoke)
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["per-sergei-shoigu", "plc-yerevan"]
    tsv_in = tmp_path / "in.tsv"
    tsv_in.write_text("name\tx\nЕреван\t1\n", encoding="utf-8")
    r = run("resolve", str(tsv_in), "-g", smoke)
    assert json.loads(r.stdout)["id"] == "plc-yerevan"


def test_resolve_missing_column_is_a_clear_error(smoke, tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    r = run("resolve", str(p), "--column", "name", "-g", smoke)
    assert r.exit_code == 2
    assert "no column 'name' (columns: a, b)" in r.output
    assert "Traceback" not in r.output


def test_resolve_txt_from_stdin_and_invalid_utf8_row(smoke, tmp_path):
    p = tmp_path / "in.txt"
    p.write_bytes("Лавров\n".encode() + b"\xff\xfebad\n" + "Ереван\n".encode())
    out = tmp_path / "o.jsonl"
    r = run("resolve", str(p), "-o", str(out), "-g", smoke)
    assert r.exit_code == 1
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and json.loads(rows[1])["error"] == "invalid UTF-8"
    assert f"{p}:2: invalid UTF-8" in r.stderr
    r = run("resolve", "-", "-g", smoke, input="Лавров\n")
    assert json.loads(r.stdout)["id"] == "per-sergey-lavrov"


def test_resolve_never_overwrites_its_input(smoke, tmp_path):
    p = tmp_path / "in.txt"
    p.write_text("Лавров\n", encoding="utf-8")
    r = run("resolve", str(p), "-o", str(p), "-g", smoke)
    assert r.exit_code == 2 and "overwrite the input" in r.output
    assert p.read_text(encoding="utf-8") == "Лавров\n"


def test_resolve_unknown_format_and_missing_file(smoke, tmp_path):
    r = run("resolve", str(tmp_path / "x.xlsx"), "-g", smoke)
    assert r.exit_code == 2 and "unknown input format" in r.output
    r = run("resolve", str(tmp_path / "x.txt"), "-g", smoke)
    assert r.exit_code == 2 and "No such file" in r.output


def test_bad_gazetteer_is_reported_with_its_line(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text("entities:\n- id: a\n  type: place\n", encoding="utf-8")
    r = run("lookup", "x", "-g", str(g))
    assert r.exit_code == 2
    assert f"{g}:2: missing or empty field 'name'" in r.output
    assert "Traceback" not in r.output
    r = run("gazetteer", "validate", str(g))
    assert r.exit_code == 2 and ":2:" in r.output


def test_gazetteer_validate_stats_build(smoke, tmp_path):
    r = run("gazetteer", "validate", smoke)
    assert r.exit_code == 0 and "12 entities" in r.output
    r = run("gazetteer", "stats", smoke, "--json")
    stats = json.loads(r.output)
    assert stats["by_type"] == {"person": 8, "place": 4} and stats["by_script"] == {"latn": 12}
    out = tmp_path / "idx.marshal"
    r = run("gazetteer", "build", smoke, "-o", str(out))
    assert r.exit_code == 0 and out.stat().st_size > 0


def test_transliterate_prints_romanization_and_keys():
    r = run("transliterate", "Հարությունյան")
    assert r.exit_code == 0
    assert r.output.splitlines()[0] == "Harutyunyan"
    assert "keys=" in r.output
    d = json.loads(run("transliterate", "--json", "لافروف").output)
    assert d["tokens"][0]["classes"] == "LABROB"


def test_transliterate_says_when_no_rules_read_a_script():
    r = run("transliterate", "ភ្នំពេញ")  # Khmer: neither ICU nor translit/rules reads it
    assert r.exit_code == 0 and "no rules read this script" in r.output


def test_a_compiled_index_is_a_gazetteer(smoke, tmp_path):
    index = tmp_path / "smoke.index"
    assert run("gazetteer", "build", smoke, "-o", str(index)).exit_code == 0
    r = run("lookup", "لافروف", "--json", "-g", str(index))
    assert json.loads(r.output)["id"] == "per-sergey-lavrov"


def test_a_compiled_index_of_another_version_or_damaged_is_a_clear_error(smoke, tmp_path):
    import sqlite3

    index = tmp_path / "old.index"
    assert run("gazetteer", "build", smoke, "-o", str(index)).exit_code == 0
    with sqlite3.connect(index) as db:  # as an older translit would have written it
        db.execute("UPDATE meta SET value = '1' WHERE key = 'version'")
    r = run("lookup", "لافروف", "-g", str(index))
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert f"{index}: index format 1" in r.output and "translit gazetteer build" in r.output
    damaged = tmp_path / "damaged.index"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    r = run("lookup", "لافروف", "-g", str(damaged))
    assert r.exit_code == 2 and f"{damaged}: not a readable translit index" in r.output
