"""The full text's sentences, as a reader uses them: each has its number in
the margin (2.4) and one button, inside its anchored element, that copies
its permanent link and offers its plain citation; the phrases Mexico's
release words differently are marked, with Mexico's words on the
sentence's button, never in the run of words; selecting a paragraph
selects its words only. Counts and expectations come from data/."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from built_html import article, text_of
from edition.cite import NOT_SET
from edition.record import load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def record():
    return load(ROOT / "data")


@pytest.fixture(scope="module")
def text_page(pages):
    return article(pages["text/index.html"])


def sentences(record):
    for para in record.communique.paragraphs:
        for i, sentence in enumerate(para.sentences):
            yield para, i, sentence


def words(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'.-]\w+)*", text))


def test_every_sentence_has_its_number_and_one_button_inside_its_anchor(text_page, record):
    expected = list(sentences(record))
    assert len(text_page.select("span.sentence")) == len(expected)
    for para, i, sentence in expected:
        span = text_page.select_one(f"span.sentence#{para.sentence_eid(i)}")
        [button] = span.select("button")
        assert button.get("type") == "button" and "sentence-link" in button["class"]
        assert button["aria-label"] == f"Copy link to paragraph {para.number}, sentence {i + 1}"
        assert button.get_text() == ""  # nothing that a selection of the words would take
        [number] = span.select(".sentence-number")
        assert (number["data-n"], number["aria-hidden"], number.get_text()) == (f"{para.number}.{i + 1}", "true", "")
        citation = button["data-cite"]
        assert f"paragraph {para.number}, sentence {i + 1}" in citation
        assert record.context["archives"]["publication"]["archived"] in citation
        assert text_of(span) == sentence


def test_mexicos_wording_is_marked_beside_each_phrase_and_given_on_its_sentences_button(text_page, record):
    variants = record.context["publication"]["mexican_release"]["variants"]
    assert variants
    for v in variants:
        para = record.communique.paragraph(v["paragraph"])
        p = text_page.select_one(f"#{para.eid}").find_next_sibling("p")
        marked = " ".join(text_of(s) for s in p.select(".variant"))
        assert v["white_house"] in marked or all(part in marked for part in v["white_house"].split()), v
        given = [pair for b in p.select("button.sentence-link[data-mexico]") for pair in json.loads(b["data-mexico"])]
        assert [v["white_house"], v["sre_en"]] in given
    # Mexico's words are never words of the page.
    shown = text_of(text_page)
    assert not [v["sre_en"] for v in variants if v["sre_en"] in shown and v["sre_en"] not in v["white_house"]]


def test_the_communique_is_most_of_the_text_pages_words(text_page, record):
    ours = sum(words(p.text) for p in record.communique.paragraphs) + words(record.communique.title)
    assert ours / words(text_of(text_page)) >= 0.70


@pytest.fixture
def clipboard_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800},
                                  permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def test_each_button_copies_its_sentences_link_and_offers_its_citation(clipboard_page, base_url, record):
    page = clipboard_page
    page.goto(base_url + "text/")
    for para, i, sentence in sentences(record):
        eid = para.sentence_eid(i)
        button = page.locator(f"#{eid} > button.sentence-link")
        button.focus()  # reachable by keyboard: visible on focus
        assert button.evaluate("b => getComputedStyle(b).opacity") == "1"
        page.keyboard.press("Enter")
        panel = page.locator(".sentence-panel")
        expect(panel).to_be_visible()
        # The permanent address is not set in a local build: the address the reader is on.
        assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}text/#{eid}"
        panel.get_by_role("button", name="Copy citation").click()
        expect(panel.get_by_role("button", name="Citation copied")).to_be_visible()
        citation = page.evaluate("navigator.clipboard.readText()")
        assert f"paragraph {para.number}, sentence {i + 1}" in citation and citation.endswith(f"{base_url}text/#{eid}")
        # It says the edition's permanent address is not set (edition/publishing.py).
        assert f"Permanent link: {NOT_SET}." in citation
        page.keyboard.press("Escape")
        expect(panel).to_have_count(0)
        assert page.evaluate("document.activeElement.closest('.sentence').id") == eid


def test_a_sections_copy_link_button_copies_the_address_the_reader_is_on(clipboard_page, base_url, pages, record):
    """Not a permanent address (none is set in a local build): the address
    of the page the reader has open, and the section's anchor."""
    page = clipboard_page
    item = next(iter(record.commitments))
    heading = article(pages[f"commitments/{item}/index.html"]).select_one("h2[id]")
    assert heading is not None
    page.goto(f"{base_url}commitments/{item}/")
    page.locator(f"h2#{heading['id']} button.copy-link").click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{base_url}commitments/{item}/#{heading['id']}"


def test_selecting_a_paragraph_takes_its_words_only(clipboard_page, base_url, record):
    page = clipboard_page
    page.goto(base_url + "text/")
    for para in record.communique.paragraphs:
        selected = page.evaluate("""id => {
            const p = document.getElementById(id).nextElementSibling, range = document.createRange();
            range.selectNodeContents(p);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return getSelection().toString();
        }""", para.eid)
        assert " ".join(selected.split()) == para.text


def test_the_offline_editions_buttons_copy_the_address_they_are_on(browser, offline_site, record):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        address = (offline_site / "text.html").as_uri()
        page.goto(address)
        para = record.communique.paragraphs[1]
        page.locator(f"#{para.sentence_eid(0)} > button.sentence-link").click()
        expect(page.locator(".sentence-panel")).to_be_visible()
        assert page.locator(".sentence-panel a").first.get_attribute("href") == f"{address}#{para.sentence_eid(0)}"
    finally:
        context.close()
