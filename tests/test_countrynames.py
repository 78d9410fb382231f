"""A gazetteer's countries are found under their names in other languages (ICU's CLDR
territory names), which no spelling rule reaches from the English name."""

from __future__ import annotations

import json

import pytest

import translit
from translit.countrynames import region_of, translations
from translit.gazetteer import Entity, Name


def _load(tmp_path, entities: list[dict]) -> translit.Resolver:
    g = tmp_path / "g.jsonl"
    g.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in entities), encoding="utf-8")
    return translit.load(g, use_cache=False)


COUNTRIES = [
    {"id": "de", "type": "place", "names": [{"name": "Germany"}]},
    {"id": "am", "type": "place", "names": [{"name": "Armenia", "lang": "en"}]},
    {"id": "py", "type": "place", "names": [{"name": "Paraguay"}]},
    {"id": "lc", "type": "place", "names": [{"name": "Saint Lucia"}]},  # ICU: St. Lucia
    {"id": "berlin", "type": "place", "names": [{"name": "Berlin"}], "country": "DE"},
]


def test_a_country_under_an_english_name_that_cldr_no_longer_uses_is_found_in_other_languages(tmp_path):
    resolver = _load(tmp_path, [{"id": "tr", "type": "place", "names": [{"name": "Turkey"}]}])
    assert [resolver.resolve(q).id for q in ("Турция", "Turquía", "Թուրքիա")] == ["tr"] * 3


@pytest.mark.parametrize("query,gold", [("Allemagne", "de"), ("ألمانيا", "de"), ("Գերմանիա", "de"),
                                        ("Niemcy", "de"), ("Հայաստան", "am"), ("Ermənistan", "am"),
                                        ("Αγία Λουκία", "lc")])
def test_a_country_is_found_under_its_names_in_other_languages(tmp_path, query, gold):
    resolver = _load(tmp_path, COUNTRIES)
    result = resolver.resolve(query, explain=True)
    assert (result.decision, result.id) == ("match", gold)
    assert result.explanation["candidates"][0]["name_kind"] == "translation"
    assert all(n.kind != "translation" for n in resolver.get(gold).names)  # as the gazetteer wrote it


def test_a_translation_serves_only_queries_in_its_own_script(tmp_path):
    # Urdu writes Paraguay پَراگُے, which a reading without vowels would take for Prague
    assert _load(tmp_path, COUNTRIES).resolve("Prague").decision == "nil"


def test_only_countries_are_translated():
    def place(name, lang=None, country=None, **attributes):
        return Entity(name, "place", name, [Name(name, lang)], country, attributes=attributes)

    assert region_of(place("Germany")) == "DE"
    assert region_of(place("Deutschland", "de")) == "DE"
    assert region_of(place("Kuba")) is None  # Cuba in German and Polish, not in English
    assert region_of(place("Kuba", "de")) == "CU"
    assert region_of(place("Djibouti", country="DJ")) is None  # the city
    assert region_of(place("Georgia", country="US")) is None  # the state
    assert region_of(place("Hayastan", iso3166="AM")) == "AM"
    assert region_of(Entity("p", "person", "Jordan", [Name("Jordan")])) is None
    assert not translations(place("Berlin"))
    # ISO's own names are not ICU's: the id says which country it is, or "the" left out
    assert region_of(place("Russian Federation")) is None
    assert region_of(Entity("iso3166:RU", "place", "Russian Federation", [Name("Russian Federation")])) == "RU"
    assert region_of(Entity("ISO3166-1:ru", "place", "Russia", [Name("Russia")])) == "RU"
    assert region_of(Entity("geonames:2017370", "place", "Russian Federation", [Name("Russian Federation")])) is None
    assert region_of(place("Saint Vincent and the Grenadines")) == "VC"  # ICU: St. Vincent & Grenadines
    # CLDR's other names: Turkey beside Türkiye, Ivory Coast, UK
    assert [region_of(place(n)) for n in ("Turkey", "Ivory Coast", "UK")] == ["TR", "CI", "GB"]


OFFICIAL = [{"id": c, "type": "place", "names": [{"name": n}, {"name": official}]} for c, n, official in
            (("iq", "Iraq", "Republic of Iraq"), ("sy", "Syria", "Syrian Arab Republic"),
             ("cn", "China", "People's Republic of China"), ("it", "Italy", "Italian Republic"),
             ("ir", "Iran", "Islamic Republic of Iran"), ("cl", "Chile", "Republic of Chile"))]


@pytest.mark.parametrize("query,gold", [("Иракская Республика", "iq"), ("Сирийская Арабская Республика", "sy"),
                                        ("Сирійська Арабська Республіка", "sy"), ("Итальянская Республика", "it")])
def test_a_country_named_by_its_adjective_in_an_official_name(tmp_path, query, gold):
    """Russian and Ukrainian official names call the country by its adjective: Иракская
    is Ирак's, Сирийская Сирия's."""
    result = _load(tmp_path, OFFICIAL).resolve(query)
    assert (result.decision, result.id) == ("match", gold)


OFFICIAL_BY_ADJECTIVE = [{"id": c, "type": "place", "names": [{"name": n} for n in names]} for c, *names in (
    ("lb", "Lebanon", "Lebanese Republic"), ("al", "Albania", "Republic of Albania"),
    ("rw", "Rwanda", "Rwandese Republic"), ("cz", "Czechia", "Czech Republic"),
    ("at", "Austria", "Republic of Austria"), ("sy", "Syria", "Syrian Arab Republic"),
    ("sk", "Slovakia", "Slovak Republic"), ("tr", "Türkiye", "Republic of Türkiye"))]


@pytest.mark.parametrize("query,gold", [("الجمهوريّة اللّبنانيّة", "lb"), ("הרפובליקה הלבנונית", "lb"),
                                        ("הרפובליקה הרואנדית", "rw"), ("Τσεχική Δημοκρατία", "cz"),
                                        ("Αυστριακή Δημοκρατία", "at"), ("הרפובליקה הערבית הסורית", "sy"),
                                        ("Словацкая Республика", "sk"), ("Турецкая Республика", "tr"),
                                        ("Словацька Республіка", "sk"), ("Турецька Республіка", "tr")])
def test_an_adjective_of_origin_with_the_article_names_the_country(tmp_path, query, gold):
    """Arabic, Hebrew and Greek official names call the country by a feminine adjective:
    اللبنانية is لبنان's (it was taken for Albania), הרואנדית רואנדה's, Τσεχική Τσεχία's;
    so do Russian and Ukrainian, without the article, changing a stem in к or ц (словацкая
    Словакия, турецкая Турция, турецька Туреччина)."""
    result = _load(tmp_path, OFFICIAL_BY_ADJECTIVE).resolve(query)
    assert (result.decision, result.id) == ("match", gold)


def test_an_adjective_is_read_back_to_its_noun_only_with_the_article_and_feminine():
    from translit.morphology import variants
    assert "לבנון" in [v for v, _ in variants("הלבנונית", "hebr")]  # the last letter in its final form
    assert "سوريا" in [v for v, _ in variants("السورية", "arab")]
    assert "بغداد" not in [v for v, _ in variants("البغدادي", "arab")]  # a family name's ending
    assert "لبنان" not in [v for v, _ in variants("لبنانية", "arab")]


@pytest.mark.parametrize("query", ["الجمهورية العراقية", "العراقية"])
def test_an_arabic_adjective_of_origin_reads_back_to_a_name_with_the_article(tmp_path, query):
    """العراقية is العراق's: many Arabic names of countries have the article. And الجمهورية is
    no title (جمهور, of the Persian رئیس جمهور, read back from it as from an adjective),
    so that Republic of Iraq, which meets it, does not outscore العراق."""
    from translit.analyze import is_title
    result = _load(tmp_path, [{"id": "iq", "type": "place", "names": [
        {"name": "Iraq"}, {"name": "Republic of Iraq"}, {"name": "العراق", "lang": "ar"}]}]).resolve(query)
    assert (result.decision, result.id) == ("match", "iq")
    assert result.score >= 0.95
    assert not is_title("الجمهورية")


def test_a_masculine_adjective_is_left_alone():
    """-ский is a surname's ending (Чайковский) before it is a country's adjective."""
    from translit.morphology import variants
    assert [v for v, _ in variants("китайская", "cyrl")][-1] == "китай"
    assert "чайков" not in [v for v, _ in variants("чайковский", "cyrl")]


STATES = [{"id": c, "type": "place", "names": [{"name": n} for n in names]} for c, *names in (
    ("pl", "Poland", "Republic of Poland"), ("be", "Belgium", "Kingdom of Belgium"),
    ("ml", "Mali", "Republic of Mali"), ("mw", "Malawi", "Republic of Malawi"),
    ("cg", "Congo", "Republic of the Congo"), ("cd", "Congo, The Democratic Republic of the"),
    ("li", "Liechtenstein", "Principality of Liechtenstein"), ("va", "Holy See (Vatican City State)"),
    ("is", "Iceland", "Republic of Iceland"), ("bv", "Bouvet Island"),
    ("cn", "China", "People's Republic of China"), ("tw", "Taiwan", "Republic of China"),
    ("us", "United States", "United States of America"), ("mx", "Mexico", "United Mexican States"),
    ("qa", "Qatar", "State of Qatar"), ("eg", "Egypt", "Arab Republic of Egypt"),
    ("dm", "Dominica", "Commonwealth of Dominica"), ("do", "Dominican Republic"),
    ("ru", "Russia", "Russian Federation"), ("bd", "Bangladesh", "People's Republic of Bangladesh"),
    ("ne", "Niger", "Republic of the Niger"), ("ng", "Nigeria", "Federal Republic of Nigeria"),
    ("ph", "Philippines", "Republic of the Philippines"), ("br", "Brazil", "Federative Republic of Brazil"),
    ("uy", "Uruguay", "Oriental Republic of Uruguay"), ("dz", "Algeria", "People's Democratic Republic of Algeria"),
    ("za", "South Africa", "Republic of South Africa"), ("cf", "Central African Republic"))]


@pytest.mark.parametrize("query,gold", [
    ("جمهوری لهستان", "pl"), ("Polonya Cumhuriyeti", "pl"), ("პოლონეთის რესპუბლიკა", "pl"),
    ("Belçika Krallığı", "be"), ("Բելգիայի Թագավորություն", "be"), ("Δημοκρατία του Μάλι", "ml"),
    ("Πριγκιπάτο του Λιχτενστάιν", "li"), ("Республика Конго", "cg"), ("Kongo Cumhuriyeti", "cg"),
    ("Демократическая Республика Конго", "cd"), ("Государство-город Ватикан", "va"),
    ("Китайская Народная Республика", "cn"), ("جمهوريّة الصّين الشّعبيّة", "cn"),
    ("הרפובליקה של פולין", "pl"), ("Соединённые Штаты Америки", "us"), ("Ամերիկայի Միացյալ Նահանգներ", "us"),
    ("جمهوريّة مصر العربيّة", "eg"), ("Mısır Arap Cumhuriyeti", "eg"), ("Содружество Доминики", "dm"),
    ("Доминиканская Республика", "do"), ("Rusiya Federasiyası", "ru"), ("Birləşmiş Ştatlar", "us"),
    ("جمهوری دموکراتیک خلق بنگلادش", "bd"), ("רפובליקת העם של בנגלדש", "bd"),
    ("Fürstentum Liechtenstein", "li"), ("Orílẹ́ède Mali", "ml"),
    # Greek: the genitive of a masculine (Νίγηρα: Νίγηρας) and of a plural (Φιλιππινών:
    # Φιλιππίνες); the words of official names in their Greek forms, with or without stress
    ("Δημοκρατία του Νίγηρα", "ne"), ("Δημοκρατία των Φιλιππινών", "ph"),
    ("Ομόσπονδη Δημοκρατία της Βραζιλίας", "br"), ("Ανατολική Δημοκρατία της Ουρουγουάης", "uy"),
    ("Λαϊκη Δημοκρατία της Αλγερίας", "dz"),
    # Ukrainian adjectives agree with the noun: Південна (feminine), not only південний
    ("Південна Африка", "za"), ("Східна Республіка Уругвай", "uy"),
])
def test_an_official_name_is_the_country_under_its_name_in_that_language(tmp_path, query, gold):
    """Republic of, Kingdom of: the official name is the country's name in its language (a
    translation) with a word for the kind of state, which no English name needs to spell:
    that word counts only where a name meets it. So does what qualifies the state, but
    where a name that fits meets it, it counts in full: the Democratic Republic of the
    Congo is not the Republic of the Congo."""
    result = _load(tmp_path, STATES).resolve(query)
    assert (result.decision, result.id) == ("match", gold)


@pytest.mark.parametrize("query,gold", [("Республика Конго", "iso3166:CG"), ("Республіка Конго", "iso3166:CG"),
                                        ("Kongo Cumhuriyeti", "iso3166:CG"), ("Конго", None)])
def test_the_kind_of_state_decides_between_two_names_that_fit_as_well(tmp_path, query, gold):
    """The Democratic Republic of the Congo is Конго in Russian (CLDR): the word Республика
    fits neither that name nor Конго alone, but the Republic of the Congo's Республика Конго
    says it, so that one is meant. Конго alone stays ambiguous."""
    result = _load(tmp_path, [
        {"id": "iso3166:CG", "type": "place", "names": [{"name": "Congo"}, {"name": "Republic of the Congo"}]},
        {"id": "iso3166:CD", "type": "place", "names": [{"name": "Congo, The Democratic Republic of the"}]},
        {"id": "iso3166:PL", "type": "place", "names": [{"name": "Poland"}, {"name": "Republic of Poland"}]}])
    result = result.resolve(query)
    assert (result.decision, result.id) == (("match", gold) if gold else ("ambiguous", None))


@pytest.mark.parametrize("query", ["Κορέα, Δημοκρατία της", "קוריאה, הרפובליקה של"])
def test_a_particle_that_ends_an_inverted_name_counts_only_where_met(tmp_path, query):
    """Κορέα, Δημοκρατία της is ISO's Korea, Republic of, in Greek: its last word, "of", is
    no word of a name."""
    result = _load(tmp_path, [
        {"id": "iso3166:KR", "type": "place", "names": [{"name": "Korea, Republic of"}, {"name": "South Korea"}]},
        {"id": "iso3166:KP", "type": "place", "names": [{"name": "Korea, Democratic People's Republic of"},
                                                        {"name": "North Korea"}]}]).resolve(query)
    assert (result.decision, result.id) == ("match", "iso3166:KR")


@pytest.mark.parametrize("query,gold", [("Антигуа мен Барбуда", "ag"), ("Республіка Тринідад та Тобаго", "tt"),
                                        ("Wallis ve Futuna", "wf"), ("جزر التّرك و الكايكوس", "tc"),
                                        ("острова Тёркс и Кайкос", "tc")])
def test_the_word_for_and_that_joins_two_names_weighs_as_little_as_a_particle(tmp_path, query, gold):
    """Trinidad and Tobago in another language writes "and" in that language (та, мен, ve,
    و): a word of no name."""
    result = _load(tmp_path, [{"id": c, "type": "place", "names": [{"name": n}]} for c, n in (
        ("ag", "Antigua and Barbuda"), ("tt", "Trinidad and Tobago"), ("wf", "Wallis and Futuna"),
        ("tc", "Turks and Caicos Islands"), ("bb", "Barbados"), ("to", "Tonga"))]).resolve(query)
    assert (result.decision, result.id) == ("match", gold)


def test_a_word_for_the_kind_of_state_alone_is_no_country(tmp_path):
    assert _load(tmp_path, STATES).resolve("Республика").decision == "nil"


@pytest.mark.parametrize("query,gold", [("DEU", "de"), ("DE", "de"), ("ARM", "am"), ("PRY", "py")])
def test_a_country_is_found_by_its_iso_code_written_in_capitals(tmp_path, query, gold):
    result = _load(tmp_path, COUNTRIES).resolve(query, explain=True)
    assert (result.decision, result.id) == ("match", gold)
    assert result.explanation["candidates"][0]["name_kind"] == "code"


def test_a_code_that_another_entity_lists_as_its_abbreviation_is_ambiguous(tmp_path):
    """BM is Bermuda's code, which the index adds, and the United Nations' Turkish
    abbreviation, which the gazetteer lists: the country's prominence does not decide."""
    resolver = _load(tmp_path, [
        {"id": "bm", "type": "place", "names": [{"name": "Bermuda"}], "attributes": {"population": 64000}},
        {"id": "un", "type": "org", "names": [{"name": "United Nations"}, {"name": "BM", "lang": "tr"}]}])
    assert resolver.resolve("BM").decision == "ambiguous"
    assert resolver.resolve("BMU").id == "bm"  # a code that nothing else is


def test_a_query_in_capitals_is_written_as_a_name_in_capitals(tmp_path):
    """UN is the United Nations as written, and the town of Un only as read."""
    resolver = _load(tmp_path, [
        {"id": "un-town", "type": "place", "names": [{"name": "Un"}], "attributes": {"population": 20000}},
        {"id": "un", "type": "org", "names": [{"name": "United Nations"}, {"name": "UN"}]}])
    assert (resolver.resolve("UN").decision, resolver.resolve("UN").id) == ("match", "un")


def test_a_name_in_capitals_said_as_a_word_is_the_name(tmp_path):
    """BAKU, as headlines and lists write it, is Baku as written, whatever else reads so."""
    resolver = _load(tmp_path, [
        {"id": "baku", "type": "place", "names": [{"name": "Baku"}], "attributes": {"population": 2300000}},
        {"id": "bacau", "type": "place", "names": [{"name": "Bacău"}, {"name": "Бакъу"}],
         "attributes": {"population": 144000}},
        {"id": "bako", "type": "place", "names": [{"name": "Bako"}, {"name": "Baka"}], "attributes": {"population": 20000}}])
    assert (resolver.resolve("BAKU").decision, resolver.resolve("BAKU").id) == ("match", "baku")


def test_a_code_in_small_letters_is_a_word_and_no_code(tmp_path):
    resolver = _load(tmp_path, COUNTRIES)
    for query in ("deu", "Deu", "pry", "Pry"):  # Pry: no name of Paraguay spells it
        result = resolver.resolve(query, explain=True)
        assert all(c["name_kind"] != "code" for c in result.explanation["candidates"]), query


def test_running_text_does_not_take_a_word_in_capitals_for_a_code(tmp_path):
    """AM is Armenia's code, and the morning in running text, where a country goes by its name."""
    found = {m.id for m in _load(tmp_path, COUNTRIES).tag("At 10 AM the talks began in Berlin.")}
    assert found == {"berlin"}
