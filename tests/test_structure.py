"""What assistive technology relies on, read from the built HTML: one h1,
headings in order, the page's language, Spanish names marked as Spanish."""
import re

import pytest

from edition.record import load
from edition_tools.html import soup


@pytest.fixture(scope="module")
def parsed(pages):
    """Every page parsed once (these tests only read it)."""
    return {page: soup(html) for page, html in pages.items()}


def article(document):
    return document.select_one("article.md-content__inner")


def test_one_h1_and_headings_in_order(parsed):
    for page, document in parsed.items():
        levels = [int(h.name[1]) for h in article(document).find_all(re.compile(r"^h[1-6]$"))]
        assert levels.count(1) == 1 and levels[0] == 1, f"{page}: {levels}"
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{page}: h{before} then h{after}"


def test_every_page_says_its_language(parsed):
    for page, document in parsed.items():
        assert document.html.get("lang") == "en", page


def test_spanish_names_are_marked_spanish_wherever_they_stand(parsed):
    spanish = [p for p in load().people.values() if p.lang == "es"]
    names = [form for person in spanish for form in person.printed]
    assert names, "no Spanish name in the record: data/people.yaml marks them lang: es"
    for page, document in parsed.items():
        body = article(document)
        for name in names:
            for node in body.find_all(string=re.compile(re.escape(name))):
                if node.find_parent(["head", "title", "script", "mark"]):
                    continue
                assert node.find_parent(attrs={"lang": "es"}), f"{page}: '{name}' not marked lang=es in: {node}"


def test_skip_link_leads_to_the_content(parsed):
    for page, document in parsed.items():
        skip = document.select_one("a.md-skip")
        assert skip and skip["href"].startswith("#"), page
        assert document.find(id=skip["href"][1:]), page
