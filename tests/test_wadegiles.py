"""Wade-Giles romanization read as pinyin (translit.wadegiles) and resolved so."""

import json

import pytest

import translit
from translit.wadegiles import to_pinyin


@pytest.mark.parametrize("wade_giles,pinyin", [
    ("Mao Tse-tung", "Mao Zedong"),
    ("Teng Hsiao-p'ing", "Deng Xiaoping"),
    ("Chou En-lai", "Zhou Enlai"),
    ("Hsi Chin-p’ing", "Xi Jinping"),  # a typographic apostrophe
    ("Yüan Shih-k'ai", "Yuan Shikai"),
    ("T'ien-chin", "Tianjin"),
    ("Ch'ung-ch'ing", "Chongqing"),
    ("Su-chou", "Suzhou"),  # s + u is su; only ts, tz, ss, sz + u are zi, ci, si
    ("Tzu-po", "Zibo"),
    ("Kuei-yang", "Guiyang"),
    ("Ho-fei", "Hefei"),  # o after k, h is e
    ("Lo-yang", "Luoyang"),  # ... after l, t, n, ch, sh, j uo
    ("Jih-chao", "Rizhao"),
    ("Chan-chiang-shih", "Zhanjiang"),  # "city", the place's kind, read off
    ("Li P'eng", "Li Peng"),
])
def test_wade_giles_in_pinyin(wade_giles, pinyin):
    assert to_pinyin(wade_giles) == pinyin


@pytest.mark.parametrize("text", ["Paris", "Li Peng", "Mao", "Hong Kong", "Sun Yat-sen", "Lee Teng-hui", "Tientsin"])
def test_what_is_no_wade_giles_is_left_alone(text):
    """Words that are no Wade-Giles syllables, pinyin already, or nothing shows it."""
    assert to_pinyin(text) is None


@pytest.mark.parametrize("query,gold", [("Mao Tse-tung", "mao"), ("T'ien-chin", "tianjin"), ("Ch'ing-tao", "qingdao"),
                                        ("Teng Hsiao-p'ing", "deng")])
def test_a_wade_giles_name_finds_the_pinyin_one(tmp_path, query, gold):
    g = tmp_path / "g.jsonl"
    rows = [("mao", "person", "Mao Zedong"), ("deng", "person", "Deng Xiaoping"), ("tianjin", "place", "Tianjin"),
            ("qingdao", "place", "Qingdao"), ("chengdu", "place", "Chengdu"), ("li", "person", "Li Peng")]
    g.write_text("\n".join(json.dumps({"id": i, "type": t, "names": [{"name": n}]}) for i, t, n in rows),
                 encoding="utf-8")
    result = translit.load(g, use_cache=False).resolve(query, explain=True)
    assert (result.decision, result.id) == ("match", gold)
    assert result.explanation["wade_giles"]
