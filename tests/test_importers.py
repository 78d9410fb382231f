"""The GeoNames and Wikidata importers, their YAML writer and their CLI.

Samples in tests/data/importers/ are in the exact dump formats: allCountries-sample.txt
(19 tab-separated columns, grouped by country, not sorted by geonameid; line 9 is
truncated and line 15 has a population that is not a number), alternateNamesV2-sample.txt
(10 columns, in alternateNameId order; line 34 is malformed) and wikidata-sample.json
(the JSON array of the real dump, one entity a line; line 7 is truncated), also as .gz
and .bz2.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.cli_import import import_group
from translit.importers import import_geonames, import_wikidata
from translit.importers.common import Progress
from translit.importers.extsort import sort_records
from translit.importers.writer import entity_yaml

DATA = Path(__file__).parent / "data" / "importers"
FEATURES = DATA / "allCountries-sample.txt"
NAMES = DATA / "alternateNamesV2-sample.txt"
WIKIDATA = DATA / "wikidata-sample.json"


def geonames(*args: Any, **kwargs: Any) -> tuple[dict[str, dict[str, Any]], Any]:
    out = io.StringIO()
    report = import_geonames(*args, out, **kwargs)
    doc = yaml.safe_load(out.getvalue())
    return {e["id"]: e for e in doc["entities"] or []}, report


def wikidata(path: Path, **kwargs: Any) -> tuple[dict[str, dict[str, Any]], Any]:
    out = io.StringIO()
    report = import_wikidata(path, out, **kwargs)
    doc = yaml.safe_load(out.getvalue())
    return {e["id"]: e for e in doc["entities"] or []}, report


def texts(items: list[Any]) -> list[str]:
    return [i["name"] if isinstance(i, dict) else i for i in items]


# --- GeoNames ---------------------------------------------------------------------------


def test_geonames_sample_becomes_the_expected_entities():
    entities, report = geonames(FEATURES, NAMES)
    assert len(entities) == 14 and report.entities_written == 14
    yerevan = entities["place:geonames-616052"]
    assert yerevan == {
        "id": "place:geonames-616052",
        "type": "place",
        "name": "Yerevan",
        "names": [
            {"name": "Երևան", "lang": "hy"},
            {"name": "Ереван", "lang": "ru"},
            {"name": "Eriwan", "lang": "de"},
            {"name": "Erevan", "lang": "fr"},
            {"name": "埃里温", "lang": "zh-CN"},
        ],
        "aliases": ["Erivan", {"name": "Erebuni", "lang": "en"}],  # historic or colloquial
        "country": "AM",
        "attributes": {"geonames": 616052, "feature": "P.PPLC", "population": 1144700},
    }


def test_geonames_joins_names_of_unsorted_files_and_drops_codes_and_links():
    entities, _ = geonames(FEATURES, NAMES)
    assert texts(entities["place:geonames-616635"]["aliases"]) == ["Leninakan", "Alexandropol"]
    batumi = entities["place:geonames-615532"]
    assert texts(batumi["names"]) == ["ბათუმი"]  # not the IATA code BUS
    everything = yaml.safe_dump(list(entities.values()), allow_unicode=True)
    assert "wikipedia" not in everything and "Q1953" not in everything
    assert "Nowhere" not in everything  # a name of a feature that is not in the file


def test_geonames_canonical_name_is_the_preferred_english_name():
    entities, _ = geonames(FEATURES, NAMES)
    assert entities["place:geonames-147105"]["name"] == "Shusha"
    assert entities["place:geonames-174982"]["name"] == "Armenia"


def test_geonames_without_alternate_names_uses_the_alternatenames_column():
    entities, _ = geonames(FEATURES, None)
    assert entities["place:geonames-616052"]["names"] == [
        "EVN", "Erevan", "Eriwan", "Erivan", "Ереван", "Երևան",
    ]  # fmt: skip


def test_geonames_filters_by_feature_class_country_and_population():
    cities, _ = geonames(FEATURES, NAMES, feature_classes={"p"})
    assert len(cities) == 9 and all(e["attributes"]["feature"][0] == "P" for e in cities.values())
    armenia, _ = geonames(FEATURES, NAMES, countries={"am"})
    assert {e["country"] for e in armenia.values()} == {"AM"} and len(armenia) == 5
    big, _ = geonames(FEATURES, NAMES, feature_classes={"P"}, min_population=200_000)
    assert sorted(e["name"] for e in big.values()) == ["Baku", "Ganja", "Tbilisi", "Yerevan"]


def test_geonames_language_filter_keeps_variants_and_names_without_language():
    entities, _ = geonames(FEATURES, NAMES, languages={"ru", "zh"})
    yerevan = entities["place:geonames-616052"]
    assert yerevan["names"] == [{"name": "Ереван", "lang": "ru"}, {"name": "埃里温", "lang": "zh-CN"}]
    assert yerevan["aliases"] == ["Erivan"]


def test_geonames_malformed_lines_are_reported_with_their_number_and_skipped():
    seen = []
    entities, report = geonames(FEATURES, NAMES, on_problem=seen.append)
    where = sorted((p.path.name, p.line) for p in report.problems)
    assert where == [
        ("allCountries-sample.txt", 9),
        ("allCountries-sample.txt", 15),
        ("alternateNamesV2-sample.txt", 34),
    ]
    assert report.malformed == 3 and seen == report.problems
    assert "19 tab-separated columns, found 8" in str(report.problems[1])
    assert "place:geonames-148565" not in entities and "place:geonames-614392" not in entities
    assert report.lines_read == 16 + 39


def test_geonames_reads_zip_and_reports_bytes_that_are_not_utf8(tmp_path):
    archive = tmp_path / "AM.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FEATURES, "AM.txt")
        z.writestr("readme.txt", "GeoNames")
    entities, _ = geonames(archive, None)
    assert len(entities) == 14
    broken = tmp_path / "broken.txt"
    broken.write_bytes(FEATURES.read_bytes().replace(b"Gyumri\tGyumri", b"Gy\xffmri\tGyumri"))
    entities, report = geonames(broken, None)
    assert report.problems[0].line == 3 and "not UTF-8" in report.problems[0].message
    assert "place:geonames-616635" not in entities


def test_external_sort_is_stable_across_many_runs():
    records = [f"{n % 97}\t{i}" for i, n in enumerate(range(5000, 0, -1))]
    key = lambda r: int(r.split("\t")[0])
    got = list(sort_records(records, key, run_chars=2000, fan_in=3))
    assert got == sorted(records, key=key)


# --- Wikidata ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", ".gz", ".bz2"])
def test_wikidata_dump_plain_gz_and_bz2_give_the_same_entities(suffix):
    entities, report = wikidata(WIKIDATA.with_name(WIKIDATA.name + suffix))
    assert list(entities) == [
        "place:wikidata-q399",
        "place:wikidata-q1953",
        "person:wikidata-q7747",
        "place:wikidata-q9248",
        "org:wikidata-q1065",
    ]
    armenia = entities["place:wikidata-q399"]
    assert armenia["country"] == "AM" and armenia["attributes"] == {"wikidata": "Q399", "iso3166": "AM"}
    assert armenia["description"] == "country in the South Caucasus"
    assert report.entities_written == 5 and report.lines_read == 11


def test_wikidata_canonical_names_labels_and_aliases():
    entities, _ = wikidata(WIKIDATA)
    putin = entities["person:wikidata-q7747"]
    assert putin["name"] == "Vladimir Putin"
    assert putin["names"] == [
        {"name": "فلاديمير بوتين", "lang": "ar"},
        {"name": "Վլադիմիր Պուտին", "lang": "hy"},
        {"name": "Владимир Путин", "lang": "ru"},
    ]
    assert {"name": "Путин", "lang": "ru"} in putin["aliases"]
    assert entities["place:wikidata-q9248"]["name"] == "Baku"  # the `mul` label: no English


def test_wikidata_p31_filter_and_type_map():
    people, _ = wikidata(WIKIDATA, instance_of={"Q5": "person"})
    assert list(people) == ["person:wikidata-q7747"]  # Q123456789 has no label at all
    capitals, _ = wikidata(WIKIDATA, instance_of={"Q5119": "place"})
    assert list(capitals) == ["place:wikidata-q1953", "place:wikidata-q9248"]
    deprecated, _ = wikidata(WIKIDATA, instance_of={"Q123": "place"})
    assert deprecated == {}  # Yerevan's deprecated P31 statement does not count


def test_wikidata_language_filter_in_the_given_order():
    entities, _ = wikidata(WIKIDATA, languages=["ru", "zh"])
    yerevan = entities["place:wikidata-q1953"]
    assert yerevan["name"] == "Yerevan"
    assert yerevan["names"] == [{"name": "Ереван", "lang": "ru"}, {"name": "埃里温", "lang": "zh-hans"}]
    assert yerevan["aliases"] == [{"name": "Эривань", "lang": "ru"}]
    armenian, _ = wikidata(WIKIDATA, languages=["hy"])
    assert armenian["place:wikidata-q399"]["aliases"] == [{"name": "Հայաստանի Հանրապետություն", "lang": "hy"}]


def test_wikidata_malformed_line_is_reported_and_skipped():
    _, report = wikidata(WIKIDATA)
    assert [(p.line, p.message.split(" (")[0]) for p in report.problems] == [(7, "malformed JSON")]


def test_wikidata_reads_plain_json_lines_too(tmp_path):
    lines = WIKIDATA.read_text(encoding="utf-8").splitlines()[1:-1]
    plain = tmp_path / "entities.jsonl.gz"
    plain.write_bytes(gzip.compress("\n".join(line.rstrip(",") for line in lines).encode()))
    entities, report = wikidata(plain)
    assert len(entities) == 5 and report.problems[0].line == 6


# --- writer and progress ----------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(min_size=1),
    names=st.lists(st.one_of(st.text(), st.fixed_dictionaries({"name": st.text(), "lang": st.text()}))),
    number=st.integers(),
)
def test_writer_output_reads_back_as_the_same_entity(name, names, number):
    entity = {
        "id": "place:geonames-1",
        "type": "place",
        "name": name,
        "names": names,
        "description": name,
        "attributes": {"geonames": number, "feature": name},
    }
    loaded = yaml.safe_load("entities:\n" + entity_yaml(entity))["entities"][0]
    assert loaded == {k: v for k, v in entity.items() if v != []}


def test_progress_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        progress = Progress("AM.txt", True, stream)
        progress.update(8192, 0.5)
        progress.close(10000)
    assert "AM.txt:  50% 8,192 lines" in shown.getvalue() and hidden.getvalue() == ""


# --- CLI --------------------------------------------------------------------------------


def run(*args: str) -> Any:
    return CliRunner().invoke(import_group, list(args))


def test_cli_writes_a_gazetteer_and_exits_1_when_lines_were_malformed(tmp_path):
    out = tmp_path / "am.yaml"
    result = run("geonames", str(FEATURES), str(NAMES), "-o", str(out), "--country", "AM")
    assert result.exit_code == 1
    assert f"{FEATURES}:9: expected 19 tab-separated columns, found 8" in result.stderr
    assert "5 entities from 55 lines (3 malformed lines skipped)" in result.stderr
    assert len(yaml.safe_load(out.read_text(encoding="utf-8"))["entities"]) == 5


def test_cli_output_loads_in_the_gazetteer(tmp_path):
    gazetteer = pytest.importorskip("translit.gazetteer")
    clean = tmp_path / "clean.txt"
    clean.write_text(
        "".join(line for n, line in enumerate(FEATURES.open(encoding="utf-8"), 1) if n not in (9, 15)),
        encoding="utf-8",
    )
    result = run("geonames", str(clean), "-o", str(tmp_path / "places.yaml"))
    assert result.exit_code == 0, result.output
    result = run("wikidata", str(WIKIDATA), "-o", str(tmp_path / "wd.yaml"), "--lang", "en")
    assert result.exit_code == 1
    loaded = {e.id: e for e in gazetteer.load_entities([tmp_path])}
    assert len(loaded) == 14 + 5 and loaded["person:wikidata-q7747"].type == "person"


def test_cli_writes_to_stdout_with_a_dash():
    result = run("wikidata", str(WIKIDATA) + ".bz2", "-o", "-", "--instance-of", "Q5")
    assert result.exit_code == 1
    assert yaml.safe_load(result.stdout)["entities"][0]["id"] == "person:wikidata-q7747"


def test_cli_refuses_to_overwrite_an_input(tmp_path):
    result = run("geonames", str(FEATURES), str(NAMES), "-o", str(NAMES))
    assert result.exit_code == 2 and "is an input file" in result.stderr
    assert NAMES.read_bytes().count(b"\n") == 39


def test_cli_missing_file_is_a_usage_error_naming_it():
    result = run("wikidata", "no-such-dump.json.bz2", "-o", "-")
    assert result.exit_code == 2
    assert "no-such-dump.json.bz2" in result.stderr and "Traceback" not in result.output


def test_cli_truncated_archive_is_an_error_naming_the_file(tmp_path):
    truncated = tmp_path / "latest-all.json.gz"
    truncated.write_bytes((DATA / "wikidata-sample.json.gz").read_bytes()[:-40])
    out = tmp_path / "out.yaml"
    result = run("wikidata", str(truncated), "-o", str(out))
    assert result.exit_code == 1 and f"Error: {truncated}: cannot read after line" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [truncated]  # no temporary file left


def test_cli_class_without_default_type_needs_one():
    result = run("wikidata", str(WIKIDATA), "-o", "-", "--instance-of", "Q999")
    assert result.exit_code == 2 and "Q999=person" in result.stderr
    result = run("wikidata", str(WIKIDATA), "-o", "-", "--instance-of", "Q1065=org")
    assert result.exit_code == 1 and "entities: []" in result.stdout  # no item is a Q1065
