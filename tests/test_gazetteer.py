"""Gazetteer loading: both formats, extensions, and errors that name the file and line."""

from __future__ import annotations

import json
import textwrap

import pytest

from translit.gazetteer import GazetteerError, load_entities

GOOD = textwrap.dedent("""\
    source: test
    licence: CC0-1.0
    entities:
    - id: place:stepanakert
      type: place
      name: Stepanakert
      names:
      - {name: Степанакерт, lang: ru}
      aliases:
      - Khankendi
      country: AZ
    - id: person:sergey-lavrov
      type: person
      name: Sergey Lavrov
    """)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_yaml_entities_with_names_and_aliases(tmp_path):
    [place, person] = load_entities([write(tmp_path, "g.yaml", GOOD)])
    assert place.id == "place:stepanakert" and place.country == "AZ"
    assert [(n.text, n.lang, n.kind) for n in place.all_names()] == [
        ("Stepanakert", None, "canonical"), ("Степанакерт", "ru", "name"), ("Khankendi", None, "alias")]
    assert person.type == "person"


def test_jsonl_first_name_is_canonical(tmp_path):
    p = write(tmp_path, "g.jsonl", json.dumps({"id": "x", "type": "place", "names": [
        {"name": "Yerevan", "lang": "en"}, {"name": "Ереван", "lang": "ru"}]}) + "\n\n")
    [e] = load_entities([p])
    assert e.name == "Yerevan" and [n.text for n in e.all_names()] == ["Yerevan", "Ереван"]


def test_folder_loads_all_files_and_applies_extends(tmp_path):
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "b.yaml", "source: s\nlicence: l\nextends:\n- id: place:stepanakert\n  names: [Xankəndi]\n")
    ents = {e.id: e for e in load_entities([tmp_path])}
    assert "Xankəndi" in [n.text for n in ents["place:stepanakert"].names]


@pytest.mark.parametrize("text,message", [
    ("entities:\n- id: a\n  type: place\n  name: [unclosed\n", "g.yaml:5: malformed YAML"),
    ("entities:\n- id: a\n  type: place\n", "g.yaml:2: missing or empty field 'name'"),
    ("entities:\n- id: a\n  type: planet\n  name: Mars\n", "g.yaml:2: unknown type 'planet'"),
    ("entities:\n- id: a\n  type: place\n  name: X\n- id: b\n  type: place\n  name: Y\n  colour: red\n",
     "g.yaml:5: unknown field 'colour'"),
    ("entities:\n- id: a\n  type: place\n  name: X\n  names: ['  ']\n", "g.yaml:2: empty name"),
    ("entities:\n- id: a\n  type: place\n  name: X\n- id: a\n  type: place\n  name: Y\n",
     "g.yaml:5: duplicate id 'a'"),
    ("extends:\n- id: nowhere\n  names: [X]\n", "g.yaml:2: 'extends' names id 'nowhere'"),
])
def test_yaml_errors_name_file_and_line(tmp_path, text, message):
    p = write(tmp_path, "g.yaml", text)
    with pytest.raises(GazetteerError) as err:
        list(load_entities([p]))
    assert message in str(err.value)


@pytest.mark.parametrize("line,message", [
    ("{not json", "g.jsonl:2: malformed JSON"),
    ('{"id": "b", "type": "place", "names": []}', "g.jsonl:2: missing or empty field 'names'"),
    ('{"id": "a", "type": "place", "names": [{"name": "Z"}]}', "g.jsonl:2: duplicate id 'a'"),
    ('{"id": "b", "type": "place", "names": [{"name": ""}]}', "g.jsonl:2: empty name"),
])
def test_jsonl_errors_name_file_and_line(tmp_path, line, message):
    p = write(tmp_path, "g.jsonl", '{"id": "a", "type": "place", "names": [{"name": "Y"}]}\n' + line + "\n")
    with pytest.raises(GazetteerError) as err:
        list(load_entities([p]))
    assert message in str(err.value)


def test_invalid_utf8_and_missing_path_are_errors(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_bytes(b"entities:\n- id: a\n  type: place\n  name: \xff\xfe\n")
    with pytest.raises(GazetteerError, match="not UTF-8"):
        list(load_entities([p]))
    with pytest.raises(GazetteerError, match="no such file"):
        list(load_entities([tmp_path / "missing.yaml"]))


def test_default_gazetteer_is_valid():
    from translit.resolver import default_gazetteer

    ids = [e.id for e in load_entities([default_gazetteer()])]
    assert len(ids) == len(set(ids)) > 0
    assert all(i.split(":")[0] in ("person", "place", "org") for i in ids)
