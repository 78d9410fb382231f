"""translit tag: names found in running text, with offsets, in several scripts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import DATA, shared
from translit.cli import main
from translit.tagger import Tagger

SEED_PAIRS = {(m["text"], m["id"]) for m in map(json.loads, (DATA / "seed_mentions.jsonl").read_text(
    encoding="utf-8").splitlines())}


def test_seed_article_every_pair_found_and_at_most_two_false(default_resolver):
    text = shared("seed", "article-ar.txt").read_text(encoding="utf-8")
    mentions = default_resolver.tag(text)
    got = {(m.surface, m.id) for m in mentions}
    assert SEED_PAIRS <= got
    assert sum(1 for m in mentions if (m.surface, m.id) not in SEED_PAIRS) <= 2
    for m in mentions:
        assert text[m.start:m.end] == m.surface


@pytest.mark.parametrize("text,surface,entity", [
    ("Встреча прошла в Нагорном Карабахе вчера.", "Нагорном Карабахе", "place:nagorno-karabakh"),
    ("Cumhurbaşkanı Erdoğan'ın açıklaması", "Erdoğan'ın", "person:recep-tayyip-erdogan"),
    ("Վարչապետ Նիկոլ Փաշինյանը հայտարարեց", "Նիկոլ Փաշինյանը", "person:nikol-pashinyan"),
    ("სერგეი ლავროვმა განაცხადა", "სერგეი ლავროვმა", "person:sergey-lavrov"),
    ("ونقلت وكالة الأناضول عن الوزير", "الأناضول", "org:anadolu-agency"),
    ("Foreign Minister Sergey\nLavrov arrived in Yerevan.", "Sergey\nLavrov", "person:sergey-lavrov"),
    ("Пашинян прибыл в Москву.", "Москву", "place:moscow"),
    ("Փաշինյանը Մոսկվայում հանդիպեց Պուտինին։", "Մոսկվայում", "place:moscow"),
    ("Путин заявил, что переговоры продолжатся.", "Путин", "person:vladimir-putin"),
    ("პრემიერ-მინისტრმა თბილისში ელჩებს უმასპინძლა.", "თბილისში", "place:tbilisi"),
    ("Ο πρόεδρος της Ρωσίας μίλησε για την κυβέρνηση της Αρμενίας.", "Αρμενίας", "place:armenia"),
    # no Turkish letter in Moskvada itself: the text around it shows the language
    ("Ermənistanın baş naziri Nikol Paşinyan Moskvada Vladimir Putinlə görüşdü.", "Moskvada", "place:moscow"),
])
def test_names_with_inflection_clitics_and_line_breaks(default_resolver, text, surface, entity):
    assert (surface, entity) in {(m.surface, m.id) for m in default_resolver.tag(text)}


def test_demonyms_and_adjectives_are_not_the_country(default_resolver):
    text = ("قالت وزارة الدفاع الروسية إن القوات الروسية والأرمينية. Армянский посол и российский министр. "
            "Российские миротворцы и армянская сторона.")
    ids = {m.id for m in default_resolver.tag(text)}
    assert not ids & {"place:russia", "place:armenia"}


def test_greek_nouns_of_origin_are_not_places(default_resolver):
    # τον Ρώσο ("the Russian") read as Rosso; Κίεβο and Κύπρος end the same way and are
    # written so in the gazetteer
    found = {(m.surface, m.id) for m in default_resolver.tag(
        "Ο υπουργός συνάντησε τον Ρώσο ομόλογό του στο Κίεβο, ενώ η Κύπρος παρακολουθούσε.")}
    assert ("Κίεβο", "place:kyiv") in found and ("Κύπρος", "place:cyprus") in found
    assert not any(s.startswith("Ρώσ") for s, _ in found)


def test_a_name_that_ends_like_an_adjective_is_still_the_name(default_resolver):
    """سوتشي ends like a nisba (-ي), but it is how Sochi is written in Arabic; الروسي, an
    adjective of the same shape, stays untagged."""
    text = "التقى الرئيس الروسي نظيره التركي في سوتشي، بينما زار الوزير الأرميني باريس."
    found = {(m.surface, m.id) for m in default_resolver.tag(text)}
    assert ("سوتشي", "place:sochi") in found and ("باريس", "place:paris") in found
    assert not {i for _, i in found} & {"place:russia", "place:turkey", "place:armenia"}
    # with the article, the same shape is an adjective even where a name is spelled so
    # without it: الرئيسي ("the main") is not رئيسي (Raisi)
    found = {(m.surface, m.id) for m in default_resolver.tag("وكان الهدف الرئيسي للاجتماع في سوتشي")}
    assert ("سوتشي", "place:sochi") in found and "person:ebrahim-raisi" not in {i for _, i in found}


def test_a_persian_conjunction_between_names_is_no_part_of_either(default_resolver):
    found = [(m.surface, m.id) for m in default_resolver.tag("در باکو و ایروان تظاهرات برگزار شد.")]
    assert found == [("باکو", "place:baku"), ("ایروان", "place:yerevan")]


def test_an_article_of_one_letter_is_no_place(default_resolver):
    text = "Ο Ερντογάν μίλησε με τον Πούτιν. Ο Ρώσος υπουργός Σεργκέι Λαβρόφ."
    found = [(m.surface, m.id) for m in default_resolver.tag(text)]
    assert ("Ερντογάν", "person:recep-tayyip-erdogan") in found
    assert all(len(surface) > 1 for surface, _ in found)


def test_a_word_that_begins_a_sentence_is_no_abbreviation_in_capitals(default_resolver):
    """Who, Us, Au open sentences; WHO, US, AU are names only in capitals (Nato, said as a
    word, is written so too), and in capitals the UN is the United Nations, not the town of
    Un; a country's code is no mention (At 10 AM), and a headline's capitals say nothing."""
    text = "Who knows? The WHO said so. Us too. Nato and the UN agreed at 10 AM."
    got = [(m.surface, m.id) for m in default_resolver.tag(text)]
    assert got == [("WHO", "org:who"), ("Nato", "org:nato"), ("UN", "org:united-nations")]
    headline = [(m.surface, m.id) for m in default_resolver.tag("PUTIN AND ERDOGAN MEET IN SOCHI")]
    assert headline == [("PUTIN", "person:vladimir-putin"), ("ERDOGAN", "person:recep-tayyip-erdogan"),
                        ("SOCHI", "place:sochi")]


def test_an_adjective_is_not_a_country_named_earlier_in_the_text(default_resolver):
    """רוסיה is Russia; a later הרוסי (the Russian) is an adjective, not another mention."""
    text = "שר החוץ של רוסיה סרגיי לברוב הגיע. השגריר הרוסי אמר כי"
    found = [(m.surface, m.id) for m in default_resolver.tag(text)]
    assert ("רוסיה", "place:russia") in found
    assert all(surface != "הרוסי" for surface, _ in found)


def test_a_surname_after_the_full_name_resolves_to_the_same_person(default_resolver):
    text = "Министр обороны Армении Вагаршак Арутюнян встретился с Шойгу. Арутюнян сказал, что..."
    found = [(m.surface, m.id) for m in default_resolver.tag(text)]
    assert ("Арутюнян", "person:vagharshak-harutyunyan") in found


def test_empty_and_whitespace_text_give_no_mentions(default_resolver):
    assert default_resolver.tag("") == [] and default_resolver.tag(" \n\t ") == []


def test_streamed_pieces_give_the_same_offsets_as_one_text(default_resolver):
    text = "Лавров прилетел в Ереван. " * 50
    whole = [m.to_dict() for m in Tagger(default_resolver).tag(text)]
    pieces = [text[i:i + 260] for i in range(0, len(text), 260)]  # cut after spaces (26-char units)
    streamed = [m.to_dict() for m in Tagger(default_resolver).tag_stream(pieces)]
    assert streamed == whole


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_cli_formats(tmp_path, default_resolver):
    src = tmp_path / "a.txt"
    src.write_text("Сергей Лавров прилетел в Ереван.\n\nوصل لافروف إلى يريفان.", encoding="utf-8")
    lines = [json.loads(x) for x in run("tag", str(src)).stdout.splitlines()]
    assert {d["id"] for d in lines} == {"person:sergey-lavrov", "place:yerevan"}
    assert all(set(d) == {"start", "end", "surface", "id", "name", "type", "score", "decision"} for d in lines)
    text = run("tag", str(src), "--format", "text").stdout
    assert "[[Сергей Лавров|person:sergey-lavrov]]" in text and "[[يريفان|place:yerevan]]" in text
    page = run("tag", str(src), "--format", "html").stdout
    assert '<p dir="rtl">' in page and '<p dir="ltr">' in page and 'data-id="place:yerevan"' in page


def test_cli_bad_input(tmp_path, default_resolver):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Лавров ".encode() + b"\xff\xfe")
    r = run("tag", str(bad))
    assert r.exit_code == 2 and "not UTF-8 text (invalid byte at offset 13)" in r.output
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    r = run("tag", str(binary))
    assert r.exit_code == 2 and "binary data" in r.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("tag", str(empty))
    assert r.exit_code == 0 and r.stdout == ""
    r = run("tag", "-", input="")
    assert r.exit_code == 0


def test_a_full_name_with_a_patronymic_is_one_mention(default_resolver):
    """The father's name, and the lowercase oğlu / оглы before the family name, are inside
    the mention though the gazetteer's name leaves them out."""
    found = {(m.surface, m.id) for m in default_resolver.tag(
        "Azərbaycan Prezidenti İlham Heydər oğlu Əliyev bəyanat verib. "
        "Ильхам Гейдар оглы Алиев и Никол Воваевич Пашинян встретились.")}
    assert ("İlham Heydər oğlu Əliyev", "person:ilham-aliyev") in found
    assert ("Ильхам Гейдар оглы Алиев", "person:ilham-aliyev") in found
    assert ("Никол Воваевич Пашинян", "person:nikol-pashinyan") in found


def test_english_plurals_are_no_case_endings_but_polish_cases_are(default_resolver):
    """Russians, Israelis, Iraqis end like Latvian or Lithuanian nouns; a text without a
    letter of a declining language does not read endings off."""
    english = default_resolver.tag("Russians, Israelis and Iraqis met Azerbaijanis in Baghdad.")
    assert [m.id for m in english] == ["place:baghdad"]
    polish = default_resolver.tag("Spotkanie z Putinem w Moskwie trwało dwie godziny.")
    assert [(m.surface, m.id) for m in polish] == [("Putinem", "person:vladimir-putin"), ("Moskwie", "place:moscow")]
