"""Every link and anchor in the built site resolves, and every cross-link
between a person and an agenda item has its reverse."""

import re
import pytest

from built_html import article, entry_links, resolve, soup, text_of
from edition.record import load, names_in_text


@pytest.fixture(scope="module")
def ids(pages):
    return {page: {e["id"] for e in soup(html).select("[id]")} for page, html in pages.items()}


def test_every_internal_link_and_anchor_resolves(pages, ids, site):
    broken = []
    for page, html in pages.items():
        for a in soup(html).select("a[href]"):
            target = resolve(page, a["href"])
            if target is None:
                continue
            path, anchor = target
            if path not in pages and not (site / path).is_file():
                broken.append(f"{page}: {a['href']} (no page)")
            elif anchor and anchor not in ids.get(path, set()):
                broken.append(f"{page}: {a['href']} (no anchor #{anchor})")
    assert not broken, "\n".join(broken)


def test_person_and_item_links_go_both_ways(pages):
    record = load()
    people = [f"participants/{p}/index.html" for p in record.people]
    items = [f"commitments/{c}/index.html" for c in record.commitments]
    assert set(people) | set(items) <= set(pages)
    ties = 0
    for person in people:
        for item in entry_links(person, pages[person], "commitments"):
            assert person in entry_links(item, pages[item], "participants"), f"{item} does not link back to {person}"
            ties += 1
    for item in items:
        for person in entry_links(item, pages[item], "participants"):
            assert item in entry_links(person, pages[person], "commitments"), f"{person} does not link back to {item}"
    assert ties > len(people)


def test_each_tie_says_why(pages):
    """Each item under a person has its basis as a short note: the text's own
    words for who did it and the verb, linked to the sentence they stand in
    (¶3.2), which says it of them."""
    text = article(pages["text/index.html"])
    page = "participants/andres-manuel-lopez-obrador/index.html"
    said = article(pages[page]).select_one("#said").find_next("ul")
    items = said.select("li")
    assert items, "López Obrador's page lists nothing in his words"
    notes = []
    for li in items:
        note = li.select_one(".note")
        words = re.findall(r"“([^”]+)”", text_of(note))
        target = resolve(page, note.select_one("a.loc")["href"])
        sentence = text_of(text.select_one(f"#{target[1]}"))
        assert words and all(w in sentence for w in words), (words, sentence)
        assert "López Obrador" in words[0] or words[0].startswith("He "), words
        notes.append(words[0])
    assert any(w.endswith("stressed") for w in notes), notes
    biden = article(pages["participants/joe-biden/index.html"])
    assert biden.select_one("#named") and not biden.select_one("#delegation"), "Biden was not in the room"
    tobin = article(pages["participants/katie-tobin/index.html"])
    assert not tobin.select_one("#said"), "the text attributes no words to Tobin"
    # Issue 15: the text's own words ("The delegations also discussed"), not "both delegations discussed".
    assert "“The delegations also discussed” ¶4.1" in text_of(tobin.select_one("#delegation").find_next("ul"))


def test_every_name_in_the_text_has_its_entry_spelled_as_printed(pages):
    text = article(pages["text/index.html"])
    linked = {}
    for a in text.select(".communique a[href*='participants/']"):
        linked.setdefault(resolve("text/index.html", a["href"])[0], set()).add(text_of(a))
    names = names_in_text(load().communique)
    for name in names:
        assert any(name in forms for forms in linked.values()), f"{name} is not linked in the text"
    for page, forms in linked.items():
        heading = text_of(article(pages[page]).select_one("h1"))
        assert any(heading.endswith(form) for form in forms), f"{page}: '{heading}' vs {forms}"


def test_every_quote_on_an_entry_is_verbatim_in_the_text(pages):
    full = text_of(article(pages["text/index.html"]).select_one(".communique"))
    entries = [page for page in pages if page.startswith(("commitments/", "meetings/"))]
    quotes = [text_of(q) for page in entries for q in article(pages[page]).select("blockquote.quote")]
    record = load()
    assert len(quotes) == sum(len(c.quotes) for c in record.commitments.values()) + sum(1 for m in record.meetings.values() if m.says)
    quotes += [text_of(q) for html in pages.values() for q in article(html).select(".text-quote")
               if q.name == "blockquote"]
    for quote in quotes:
        assert quote in full


def test_an_entry_page_s_own_anchors_are_ids_no_entry_may_take(pages):
    """Every fixed anchor an entry's page carries (a section, an old anchor
    kept, a quote's) is reserved: an entry with that id would make two
    elements share it (edition/record/model.py's RESERVED_IDS)."""
    from edition.record import RESERVED_IDS
    record = load()
    folders = {"participants": ("Person", record.people), "commitments": ("Commitment", record.commitments),
               "meetings": ("Meeting", record.meetings)}
    checked = 0
    for folder, (kind, entries) in folders.items():
        for entry_id in entries:
            ids = {e["id"] for e in soup(pages[f"{folder}/{entry_id}/index.html"]).select("article [id]")}
            fixed = {i for i in ids if i != entry_id and not i.startswith(("cite-", "__", "para_"))}
            assert fixed <= set(RESERVED_IDS[kind]), (folder, entry_id, fixed - set(RESERVED_IDS[kind]))
            checked += 1
    assert checked == len(record.people) + len(record.commitments) + len(record.meetings)


def test_the_ties_table_has_a_cell_for_each_tie_named_by_its_basis(pages):
    """Each tie is one link in the people × items table, to the item's People,
    its accessible name the legend's words for its basis; one per tie of the
    record's index."""
    from edition.index import index_of
    from edition.vocabulary import TIE_LEGEND
    ties = [t for ts in index_of(load()).ties_of_person.values() for t in ts]
    page = "participants/ties/index.html"
    legend = {text for text in TIE_LEGEND.values()}
    cells = article(pages[page]).select(".matrix td a.tie")
    assert cells and all(a.get("aria-label") in legend for a in cells)
    assert len(cells) == len(ties)
    assert {(resolve(page, a["href"])[0], a["aria-label"]) for a in cells} == {
        (f"commitments/{t.commitment.id}/index.html", TIE_LEGEND[t.basis]) for t in ties}
