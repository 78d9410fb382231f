"""A name written with its country (translit.qualifiers): Paris, France; Tripoli (Libya);
طرابلس، لبنان; Putin (Russia). The country tells which of the entities of that name."""

import json

import pytest

import translit
from translit.qualifiers import split_country

GAZETTEER = """\
source: a test
licence: CC0-1.0
entities:
- id: tripoli-ly
  type: place
  name: Tripoli
  names: [طرابلس]
  country: LY
- id: tripoli-lb
  type: place
  name: Tripoli
  names: [طرابلس]
  country: LB
- id: paris-fr
  type: place
  name: Paris
  country: FR
- id: paris-us
  type: place
  name: Paris
  country: US
- id: putin
  type: person
  name: Vladimir Putin
  country: RU
"""


@pytest.fixture(scope="module")
def resolver(tmp_path_factory):
    path = tmp_path_factory.mktemp("qualified") / "places.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    return translit.load(path, use_cache=False)


@pytest.mark.parametrize("text,expected", [
    ("Paris, France", ("Paris", "FR")),
    ("Tripoli (Libya)", ("Tripoli", "LY")),
    ("طرابلس، لبنان", ("طرابلس", "LB")),  # the Arabic comma
    ("Агдам, Азербайджан", ("Агдам", "AZ")),  # a country's name in any language
    ("Россия, Москва", ("Москва", "RU")),  # the country first, as an address may write it
    ("Armenia, Colombia", ("Armenia", "CO")),  # a city of a country's name: the country after it
    ("(France) Paris", None),
    ("Putin, Vladimir", None),  # an inverted name: no country after the comma
    ("Alexandria, Virginia", None),  # a state, not a country
    ("Sint Maarten (Dutch part)", None),
    ("Paris", None),
    (", France", None),
    ("(France)", None),
])
def test_a_country_after_a_comma_or_in_brackets_is_read(text, expected):
    assert split_country(text) == expected


@pytest.mark.parametrize("name,code", [("Líbano", "LB"), ("Ливан", "LB"), ("لبنان", "LB"), ("Lebanon", "LB"),
                                        ("Atlantis", None), ("", None)])
def test_a_country_s_name_in_any_language_gives_its_code(name, code):
    from translit.countrynames import country_code
    assert country_code(name) == code


@pytest.mark.parametrize("query,gold", [
    ("Tripoli, Libya", "tripoli-ly"),
    ("Tripoli (Lebanon)", "tripoli-lb"),
    ("طرابلس، ليبيا", "tripoli-ly"),
    ("PARIS, United States", "paris-us"),  # a dateline's capitals
    ("Paris, France", "paris-fr"),
    ("Libya, Tripoli", "tripoli-ly"),
])
def test_the_country_tells_which_place_of_that_name(resolver, query, gold):
    result = resolver.resolve(query)
    assert (result.decision, result.id) == ("match", gold)
    assert result.input == query


def test_without_the_country_the_places_of_one_name_are_ambiguous(resolver):
    result = resolver.resolve("Tripoli")
    assert result.decision == "ambiguous"
    assert {c.id for c in result.candidates[:2]} == {"tripoli-ly", "tripoli-lb"}


@pytest.mark.parametrize("query", ["Tripoli, France", "Paris, Libya"])
def test_a_place_of_that_name_in_another_country_is_no_match(resolver, query):
    assert resolver.resolve(query).decision != "match"


def test_two_of_that_name_in_that_country_are_ambiguous(tmp_path):
    g = tmp_path / "people.yaml"
    g.write_text("source: a test\nlicence: CC0-1.0\nentities:\n"
                 "- {id: ilham, type: person, name: Ilham Aliyev, country: AZ}\n"
                 "- {id: heydar, type: person, name: Heydar Aliyev, country: AZ}\n"
                 "- {id: aliyev-ru, type: person, name: Aliyev, country: RU}\n", encoding="utf-8")
    result = translit.load(g, use_cache=False).resolve("Aliyev (Azerbaijan)")
    assert result.decision == "ambiguous"
    assert {c.id for c in result.candidates} == {"ilham", "heydar"}


def test_the_types_asked_for_still_hold(resolver):
    assert resolver.resolve("Putin, Vladimir").id == "putin"  # a comma of an inverted name
    assert resolver.resolve("Tripoli, Libya", types="person").decision == "nil"


@pytest.mark.parametrize("query,gold", [("Putin (Russia)", "putin"), ("Putin, Russia", "putin")])
def test_a_person_too_is_qualified_by_the_country(resolver, query, gold):
    assert (resolver.resolve(query).decision, resolver.resolve(query).id) == ("match", gold)


def test_a_person_of_another_country_is_no_match(tmp_path):
    g = tmp_path / "people.yaml"
    g.write_text("source: a test\nlicence: CC0-1.0\nentities:\n"
                 "- {id: putin, type: person, name: Vladimir Putin, country: RU}\n", encoding="utf-8")
    assert translit.load(g, use_cache=False).resolve("Putin (France)").decision != "match"


def test_the_explanation_says_the_country(resolver):
    result = resolver.resolve("Tripoli, Libya", explain=True)
    assert result.explanation["in_country"] == "LY"


def test_a_gazetteer_without_countries_finds_the_place_alone(tmp_path):
    g = tmp_path / "g.jsonl"
    g.write_text(json.dumps({"id": "paris", "type": "place", "names": [{"name": "Paris"}]}), encoding="utf-8")
    result = translit.load(g, use_cache=False).resolve("Paris, France")
    assert (result.decision, result.id) == ("match", "paris")


@pytest.mark.parametrize("text,name", [
    ("Vladimir PUTIN, President of Russia", "Vladimir PUTIN"),  # the office, then the country
    ("Sergey Lavrov, Russian Foreign Minister", "Sergey Lavrov"),
    ("Сергей Лавров, министр иностранных дел России", "Сергей Лавров"),
    ("سيرغي لافروف، وزير الخارجية الروسي", "سيرغي لافروف"),
    ("Putin, Vladimir", None),  # an inverted name
    ("Paris, France", None),  # a country is no office
    ("Lavrov, Sergey Viktorovich", None),
])
def test_an_office_after_a_comma_is_read_off(text, name):
    from translit.qualifiers import split_role
    assert split_role(text) == name


@pytest.mark.parametrize("query", ["Vladimir PUTIN, President of Russia", "Владимир Путин, президент России"])
def test_a_person_with_the_office_after_a_comma_is_the_person(resolver, query):
    result = resolver.resolve(query, explain=True)
    assert (result.decision, result.id) == ("match", "putin")
    assert result.input == query and result.explanation["office_after"]
    assert resolver.resolve(query, types="place").decision == "nil"  # an office is a person's


@pytest.mark.parametrize("text,name", [
    ("Putin, Vladimir, 1952-", "Putin, Vladimir"),  # a catalogue's heading
    ("Vladimir Putin (b. 1952)", "Vladimir Putin"),
    ("Nikita Khrushchev (1894-1971)", "Nikita Khrushchev"),
    ("Putin, Vladimir", None),
    ("Chelyabinsk-65", None),  # a number of the name itself
    ("Putin 1952", None),
])
def test_the_years_of_a_life_are_read_off(text, name):
    from translit.qualifiers import split_life_years
    assert split_life_years(text) == name


@pytest.mark.parametrize("query", ["Putin, Vladimir, 1952-", "Vladimir Putin (b. 1952)"])
def test_a_name_with_the_years_of_a_life_is_the_name(resolver, query):
    result = resolver.resolve(query)
    assert (result.decision, result.id, result.input) == ("match", "putin", query)


def test_a_reconciliation_country_value_in_any_language_without_countries_in_the_gazetteer(tmp_path):
    """The service's country property (translit.serve.countries) reads CLDR's names too, so
    that a gazetteer of cities alone still narrows by Ливан."""
    from translit.serve.countries import CountryCodes
    g = tmp_path / "g.jsonl"
    g.write_text(json.dumps({"id": "paris", "type": "place", "names": [{"name": "Paris"}]}), encoding="utf-8")
    codes = CountryCodes(translit.load(g, use_cache=False))
    assert [codes.code(v) for v in ("Ливан", "Lubnaan", "LB", "Atlantis")] == ["LB", "LB", "LB", "atlantis"]
