"""What the edition adds around the text is true of the text or of a named
source, and reads as the edition's, never as the communiqué's (issue 9)."""
import re

import pytest
import yaml

from built_html import article, resolve, soup, text_of
from conftest import ROOT
from edition.record import load
from edition.text import fold


@pytest.fixture(scope="module")
def record():
    return load()


@pytest.fixture(scope="module")
def facts():
    """The context file as a reader could check it, read directly."""
    return yaml.safe_load((ROOT / "data" / "context.yaml").read_text("utf-8"))


def people_linked(page, element):
    out = []
    for a in element.select("a[href]"):
        target = resolve(page, a["href"])
        if target and target[0].startswith("participants/") and target[0].count("/") == 2:
            out.append(target[0].split("/")[1])
    return out


def test_each_tie_label_is_true_of_the_people_under_it(pages, record):
    """A label naming a delegation stands only above members of it."""
    labels = {p.delegation: f"{'Mexican' if p.delegation == 'mexico' else 'U.S.'} delegation"
              for p in record.delegates()}
    checked = 0
    for c in record.commitments.values():
        page = f"commitments/{c.id}/index.html"
        section = article(pages[page]).select_one("#people")
        label = ""
        for el in section.find_next_siblings():
            if el.name in ("h2",):
                break
            people = people_linked(page, el)
            if el.name == "p" and el.find("strong") and not people:
                label = text_of(el)
                continue
            for pid in people:
                p = record.people[pid]
                for delegation, words in labels.items():
                    if words.lower() in label.lower():
                        assert p.delegation == delegation, f"{page}: {p.name} under “{label}”"
                        checked += 1
    assert checked >= sum(1 for c in record.commitments.values() if c.attributed_to == "both-delegations")


def test_no_page_says_the_communique_makes_the_ties(pages):
    for page, html in pages.items():
        words = text_of(article(html))
        assert not re.search(r"(?<!that )\b[Tt]he (communiqué|text) ties", words), page


def test_the_attended_basis_is_marked_an_inference(pages, record):
    """Everyone at the meeting stands under a reaffirmed item only with the
    inferred mark, which leads to the method page's account of it."""
    method = article(pages["method/index.html"]).select_one("#inferred")
    explained = " ".join(text_of(el) for el in method.find_next_siblings(limit=3))
    assert "does not say" in explained and "reaffirm" in explained
    for c in record.commitments.values():
        if c.attributed_to != "two-countries":
            continue
        page = f"commitments/{c.id}/index.html"
        section = article(pages[page]).select_one("#people")
        labels = [el for el in section.find_next_siblings() if el.name == "p" and el.find("strong")]
        marked = [el for el in labels if el.select_one("a.inferred-mark")]
        assert marked, f"{c.id}: no inferred mark over the people who attended"
        for el in marked:
            assert resolve(page, el.select_one("a.inferred-mark")["href"]) == ("method/index.html", "inferred")


def test_an_administration_is_not_a_person(pages, record):
    """“the Biden administration” links to no one, and no page says it names Biden."""
    text_page = article(pages["text/index.html"])
    for span in text_page.select("span.sentence"):
        if "Biden administration" in text_of(span):
            linked = people_linked("text/index.html", span)
            assert "joe-biden" not in linked or "President Biden" in text_of(span), text_of(span)
    for c in record.commitments.values():
        quote = " ".join(c.quotes)
        if "Biden administration" in quote and "President Biden" not in quote:
            assert "joe-biden" not in people_linked(f"commitments/{c.id}/index.html",
                                                     article(pages[f"commitments/{c.id}/index.html"]).select_one("#people").parent)


def test_names_are_split_only_where_a_source_splits_them(pages, record, facts):
    """The A–Z list: the context file's surnames are used as it gives them;
    a name of three words or more that no source splits is shown whole."""
    table = article(pages["participants/index.html"]).select_one("#a-to-z").find_next("table")
    shown = {}
    for row in table.select("tbody tr"):
        a = row.select_one("a")
        shown[resolve("participants/index.html", a["href"])[0].split("/")[1]] = text_of(a)
    sourced = {name: v["surnames"] for name, v in facts["surnames"].items() if isinstance(v, dict)}
    for p in record.people.values():
        short_forms = [f for f in p.printed[1:] if p.name.endswith(" " + f)]
        if p.name in sourced:
            assert shown[p.id].startswith(sourced[p.name] + ", "), shown[p.id]
        elif len(p.name.split()) > 2 and not short_forms:
            assert shown[p.id] == p.name, f"{shown[p.id]}: no source splits {p.name}"


def test_titles_keep_to_the_texts_words(pages, record):
    """Every word of an item's title is a word of its quotes (or the start of one)."""
    for c in record.commitments.values():
        quote_words = set(re.findall(r"\w+", fold(" ".join(c.quotes))))
        title = article(pages[f"commitments/{c.id}/index.html"]).select_one("h1")
        for word in re.findall(r"\w+", fold(re.sub(r"’s\b", "", text_of(title)))):
            assert any(q.startswith(word) or word.startswith(q) and len(q) > 3 for q in quote_words), \
                f"{c.id}: '{word}' is not the text's"


def test_each_item_shows_the_verb_of_the_paragraph_it_quotes(pages, record):
    """An item's kind line gives the text's own verb (reaffirmed, agreed,
    discussed…), a word of the paragraph its quote links to on the text page."""
    text = soup(pages["text/index.html"])
    for c in record.commitments.values():
        page = f"commitments/{c.id}/index.html"
        body = article(pages[page])
        verb = text_of(body.select_one(".entry-kind .verb"))
        assert verb == c.verb, c.id
        sentence = next(t[1] for a in body.select("a[href]") if (t := resolve(page, a["href"]))
                        and t[0] == "text/index.html" and "__sent_" in t[1])
        paragraph = text.find(id=sentence).find_parent(class_="para-text")
        assert re.search(rf"\b{re.escape(verb)}\b", text_of(paragraph), re.I), f"{c.id}: '{verb}' is not in its paragraph"


def test_every_related_item_says_what_relates_them(pages, record):
    for c in record.commitments.values():
        section = article(pages[f"commitments/{c.id}/index.html"]).select_one("h2#related")
        if section is None:
            continue
        for li in section.find_next("ul").select("li"):
            link = text_of(li.select_one("a"))
            assert len(text_of(li)) > len(link) + 10, f"{c.id}: '{link}' without its basis"


def test_glossary_entries_name_their_sources(pages, facts):
    glossary = article(pages["glossary/index.html"])
    for term, sources in facts["glossary_sources"].items():
        heading = next(h for h in glossary.select("h2") if text_of(h) == term)
        section = []
        for el in heading.find_next_siblings():
            if el.name == "h2":
                break
            section += [a["href"] for a in el.select("a[href]")]
        for source in sources:
            assert source["url"] in section, f"{term}: {source['url']}"
