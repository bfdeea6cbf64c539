"""What assistive technology relies on, read from the built HTML: one h1,
headings in order, the page's language, Spanish names marked as Spanish."""
import re

from built_html import article, soup
from edition.record import load


def test_one_h1_and_headings_in_order(pages):
    for page, html in pages.items():
        body = article(html)
        levels = [int(h.name[1]) for h in body.find_all(re.compile(r"^h[1-6]$"))]
        assert levels.count(1) == 1 and levels[0] == 1, f"{page}: {levels}"
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{page}: h{before} then h{after}"


def test_every_page_says_its_language(pages):
    for page, html in pages.items():
        assert soup(html).html.get("lang") == "en", page


def test_spanish_names_are_marked_spanish_wherever_they_stand(pages):
    spanish = [p for p in load().people.values() if p.lang == "es"]
    for page, html in pages.items():
        body = article(html)
        for name in [form for person in spanish for form in person.printed]:
            for node in body.find_all(string=re.compile(re.escape(name))):
                if node.find_parent(["head", "title", "script", "mark"]):
                    continue
                assert node.find_parent(attrs={"lang": "es"}), f"{page}: '{name}' not marked lang=es in: {node}"


def test_skip_link_leads_to_the_content(pages):
    for page, html in pages.items():
        skip = soup(html).select_one("a.md-skip")
        assert skip and skip["href"].startswith("#"), page
        assert soup(html).find(id=skip["href"][1:]), page
