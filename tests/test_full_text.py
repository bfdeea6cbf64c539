"""The full-text page holds the communiqué, complete, exact and in order,
and nothing else inside the text."""
import re

import pytest

from conftest import ROOT
from built_html import article, text_of

# The communiqué as it reached us (../shared/seed), copied so that a fresh clone tests on its own.
SEED = ROOT / "tests" / "reference" / "seed" / "communique.txt"


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source_blocks() -> list[str]:
    """Title and paragraphs of the project's copy, read with no project code."""
    blocks = [plain(b) for b in (ROOT / "data" / "communique.txt").read_text("utf-8").split("\n\n")]
    return [b for b in blocks if b]


def source_sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[a-z]\.)\s+(?=[A-Z])", paragraph)]


@pytest.fixture(scope="module")
def text_page(pages):
    return article(pages["text/index.html"])


def test_copy_is_the_seed_less_the_mirror_framing():
    seed = plain(SEED.read_text("utf-8"))
    title, *paragraphs = source_blocks()
    body = plain(" ".join(paragraphs))
    assert seed.count(title) == 2, "the mirror prints the title twice"
    assert body in seed
    assert seed.index(body) > seed.rindex(title)
    after = seed[seed.index(body) + len(body):].strip()
    assert after.startswith("Official news published at https://") and " " not in after.removeprefix("Official news published at ")


def test_title_and_every_paragraph_verbatim_in_order(text_page):
    title, *paragraphs = source_blocks()
    assert text_of(text_page.select_one("h1")) == title
    shown = [text_of(p) for p in text_page.select(".communique p.para-text")]
    assert shown == paragraphs


def test_every_sentence_verbatim_in_order(text_page):
    _, *paragraphs = source_blocks()
    expected = [s for p in paragraphs for s in source_sentences(p)]
    shown = [text_of(s) for s in text_page.select(".communique span.sentence")]
    # Joined, the sentence spans give the whole text in order; the rough
    # split above cuts finer (after "Gen." too), so each of its pieces lies
    # whole inside one sentence span.
    assert plain(" ".join(shown)) == plain(" ".join(expected))
    for piece in expected:
        assert any(piece in s for s in shown), f"split across sentence spans: {piece[:60]}"


def test_nothing_else_inside_the_text(text_page):
    container = text_page.select_one(".communique")
    # Between paragraphs: their numbered headings and their citations only.
    for child in container.find_all(recursive=False):
        kind = (child.name, child.get("class", [None])[0])
        assert kind in {("h2", "para-heading"), ("p", "para-text"), ("details", "cite")}, child
    for p in container.select("p.para-text"):
        for element in p.find_all(True):
            # A sentence's copy-link button holds no text (tests/test_sentence_links.py).
            control = element.name == "button" and element["class"] == ["sentence-link"] and not element.get_text()
            assert element.name in {"span", "a", "abbr"} or control, element
        outside = "".join(str(s) for s in p.find_all(string=True, recursive=False))
        assert not outside.strip(" "), f"text outside the sentences: {outside!r}"


def test_accents_and_apostrophes_kept(text_page):
    text = text_of(text_page)
    for word in ("Andrés Manuel López Obrador", "Bárcena", "Luján", "Rodríguez", "Álvarez", "Cárdenas", "leaders’", "countries’"):
        assert word in text
