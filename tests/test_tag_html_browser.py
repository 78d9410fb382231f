"""translit tag --format html, checked in a real headless browser: every mention is a
highlighted link to its entity, and right-to-left paragraphs are laid out right to left.

Needs the `playwright` package (the test extra) and a Chromium: the system one
(`apt-get install chromium`, or TRANSLIT_CHROMIUM=/path/to/chrome), else a browser that
`playwright install` downloaded. Without them the test skips, unless
TRANSLIT_REQUIRE_BROWSER is set (CI), where it fails. TRANSLIT_SCREENSHOT=PATH saves a
screenshot of the page for a human to look at.
"""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from conftest import DATA
from translit.cli import main

GAZETTEER = DATA / "tag" / "gazetteer.yaml"
ARABIC = "سيرغي لافروف يصل إلى يريفان، وقال لافروف لوكالة الأناضول إن المحادثات كانت مفيدة."
LATIN_CYRILLIC = "Foreign Minister Sergey Lavrov arrived in Yerevan. Сергей Лавров прилетел в Ереван."
MENTIONS = {  # paragraph -> its mentions in reading order: (surface, entity id)
    "rtl": [("سيرغي لافروف", "person:sergey-lavrov"), ("يريفان", "place:yerevan"),
            ("لافروف", "person:sergey-lavrov"), ("الأناضول", "org:anadolu-agency")],
    "ltr": [("Sergey Lavrov", "person:sergey-lavrov"), ("Yerevan", "place:yerevan"),
            ("Сергей Лавров", "person:sergey-lavrov"), ("Ереван", "place:yerevan")],
}
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

# What the browser laid out, per paragraph: computed direction and background, the box of
# the paragraph and of its first character, and every mention's attributes, box and colours.
LAYOUT_JS = """() => [...document.querySelectorAll('p')].map(p => {
    const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: n => n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP}).nextNode();
    const range = document.createRange();
    const at = first.data.search(/\\S/);
    range.setStart(first, at);
    range.setEnd(first, at + 1);
    const box = r => ({left: r.left, right: r.right, top: r.top, width: r.width, height: r.height});
    const style = getComputedStyle(p);
    return {
        dir: p.getAttribute('dir'), direction: style.direction, background: style.backgroundColor,
        box: box(p.getBoundingClientRect()), firstChar: box(range.getBoundingClientRect()),
        mentions: [...p.querySelectorAll('a.mention')].map(a => ({
            text: a.textContent, href: a.getAttribute('href'), id: a.dataset.id,
            background: getComputedStyle(a).backgroundColor, box: box(a.getBoundingClientRect())})),
    };
})"""


def _unavailable(reason: str):
    if os.environ.get("TRANSLIT_REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (TRANSLIT_REQUIRE_BROWSER is set)")
    pytest.skip(reason)


def _system_chromium() -> str | None:
    if os.environ.get("TRANSLIT_CHROMIUM"):
        return os.environ["TRANSLIT_CHROMIUM"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    executable = _system_chromium()
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        except Error as exc:
            if executable:
                raise  # a browser that is there but does not start is a real failure
            first_line = exc.message.splitlines()[0]
            _unavailable(f"no Chromium (apt-get install chromium, or TRANSLIT_CHROMIUM): {first_line}")
        yield b
        b.close()


@pytest.fixture(scope="module")
def page_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tag-html")
    src = folder / "article.txt"
    src.write_text(f"{ARABIC}\n\n{LATIN_CYRILLIC}\n", encoding="utf-8")
    out = folder / "article.html"
    r = CliRunner().invoke(main, ["tag", str(src), "--format", "html", "-g", str(GAZETTEER), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def layout(browser, page_path):
    page = browser.new_page(viewport={"width": 1000, "height": 600})
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")
    if os.environ.get("TRANSLIT_SCREENSHOT"):
        page.screenshot(path=os.environ["TRANSLIT_SCREENSHOT"], full_page=True)
    got = page.evaluate(LAYOUT_JS)
    page.close()
    return {p["dir"]: p for p in got}


def test_every_mention_is_a_link_to_its_entity(layout):
    assert set(layout) == {"rtl", "ltr"}
    for direction, expected in MENTIONS.items():
        got = [(m["text"], m["id"]) for m in layout[direction]["mentions"]]
        assert got == expected
        assert all(m["href"] == "#" + m["id"] for m in layout[direction]["mentions"])


def test_arabic_paragraph_is_laid_out_right_to_left(layout):
    rtl, ltr = layout["rtl"], layout["ltr"]
    assert (rtl["direction"], ltr["direction"]) == ("rtl", "ltr")
    # the first letter of the text sits at the right edge of the RTL paragraph, at the left of the LTR one
    for p, near, far in ((rtl, "right", "left"), (ltr, "left", "right")):
        gap = {side: abs(p["box"][side] - p["firstChar"][side]) for side in ("left", "right")}
        assert gap[near] < 2 and gap[far] > p["box"]["width"] / 4, (p["dir"], gap)
    # mentions on one line follow each other leftwards in RTL, rightwards in LTR
    for p, sign in ((rtl, -1), (ltr, 1)):
        boxes = [m["box"] for m in p["mentions"]]
        pairs = [(a, b) for a, b in zip(boxes, boxes[1:]) if abs(a["top"] - b["top"]) < 1]
        assert pairs, f"no two mentions on one line in the {p['dir']} paragraph"
        assert all(sign * (b["left"] - a["left"]) > 0 for a, b in pairs), (p["dir"], boxes)


def test_mentions_are_highlighted(layout):
    transparent = "rgba(0, 0, 0, 0)"
    for p in layout.values():
        for m in p["mentions"]:
            assert m["box"]["width"] > 0 and m["box"]["height"] > 0, m
            assert m["background"] not in (transparent, p["background"], "rgb(255, 255, 255)"), m
