"""Issue 15: what the edition says beside the text, read from the built
site as a careful reader would: every statement from the one register,
on a named basis, the same in every output; each finding of the issue
checked where it was found; the release as issued and as archived wherever
it is linked; Mexico's release phrase by phrase, marked apart."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml

from built_html import article, soup, text_of
from edition.record import load
from edition.vocabulary import PARTS, in_sentence

ROOT = Path(__file__).resolve().parent.parent
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


@pytest.fixture(scope="module")
def record():
    return load(ROOT / "data")


@pytest.fixture(scope="module")
def facts():
    return yaml.safe_load((ROOT / "data" / "context.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def register(site):
    return json.loads((site / "data" / "register.json").read_text("utf-8"))["statements"]


@pytest.fixture(scope="module")
def data(site):
    return json.loads((site / "data" / "communique.json").read_text("utf-8"))


def read_csv(site, name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((site / "data" / name).read_text("utf-8-sig"), newline="")))


def jsonld(html: str) -> dict:
    return json.loads(soup(html).select_one('script[type="application/ld+json"]').string)


def description(html: str) -> str:
    return soup(html).head.select_one('meta[name="description"]')["content"]


def communique_text(record) -> str:
    return " ".join([record.communique.title, *(p.text for p in record.communique.paragraphs)])


def sentences(record) -> dict[str, str]:
    return {p.sentence_eid(i): s for p in record.communique.paragraphs for i, s in enumerate(p.sentences)}


def shown(pages, address: str) -> str:
    return " ".join(text_of(article(pages[address])).split())


def page_address(src: str) -> str:
    """register subject (a docs/ path, maybe with #anchor) -> built page."""
    page = src.partition("#")[0].removesuffix(".md")
    page = page.removesuffix("index")
    return (page + "/" if page and not page.endswith("/") else page) + "index.html"


# ------------------------------------------------------------ the register

def test_the_register_gives_every_statement_a_basis_a_reader_can_follow(register, record, facts, pages):
    assert register, "the register is empty"
    ids = sentences(record)
    urls = set(re.findall(r"https://[^\s'\"]+", (ROOT / "data" / "context.yaml").read_text("utf-8")))
    conventions = {li.get_text(" ", strip=True).split(":")[0] for li in
                   soup(pages["register/index.html"]).select("#conventions ~ ul li")}
    assert len({s["id"] for s in register}) == len(register), "a statement id given twice"
    for s in register:
        assert s["basis"] in ("text", "source", "convention"), s
        if s["basis"] == "text":
            assert s["ref"] == "title" or s["ref"] in ids or re.fullmatch(r"para_\d+", s["ref"]), s
        elif s["basis"] == "source":
            assert s["ref"] in urls or s["ref"].startswith("glossary/#"), s
        else:
            assert s["ref"] == "register/#conventions", s
    assert conventions, "the register page explains no convention"


def test_the_register_is_published_as_a_page_csv_and_json_alike(register, site, pages):
    rows = read_csv(site, "register.csv")
    assert [(r["id"], r["text"], r["basis"], r["ref"]) for r in rows] == [
        (s["id"], s["text"], s["basis"], s["ref"]) for s in register]
    page = shown(pages, "register/index.html")
    for s in register:
        assert s["text"] in page, s["id"]
    linked = {a["href"] for a in article(pages["data/index.html"]).select("a[href]")}
    assert any(h.endswith("register.csv") for h in linked) and any(h.endswith("register.json") for h in linked)


def test_every_page_description_and_open_graph_is_the_registers(register, pages):
    by_page = {page_address(s["subject"]): s["text"] for s in register if s["what"] == "description"}
    assert len(by_page) >= len([p for p in pages if p not in ("index.html", "about/index.html")]) - 1
    for address, text in by_page.items():
        head = soup(pages[address]).head
        assert head.select_one('meta[name="description"]')["content"] == text, address
        assert head.select_one('meta[property="og:description"]')["content"] == text, address
        block = jsonld(pages[address])
        if "description" in block:
            assert block["description"] == text, address


def test_csv_and_json_statements_are_the_registers(register, site, data, record):
    said = {(s["subject"], s["what"]): s["text"] for s in register}
    items = read_csv(site, "agenda-items.csv")
    for row, item in zip(items, data["agenda_items"]):
        assert row["kind_in_the_editions_words"] == item["kind"] == said[(f"commitments/{row['id']}.md", "kind")]
        meeting = record.meetings[row["meeting_in_the_editions_reading"]]  # the id, in the data; its title, in the register
        assert said[(f"commitments/{row['id']}.md", "meeting")] == f"Placed at {in_sentence(meeting.title)}"
    for row in read_csv(site, "people.csv"):
        expected = said.get((f"participants/{row['id']}.md", "delegation"), "none")
        assert row["delegation_at_mexico_city"] == expected, row["id"]
    assert data["communique"]["publisher"] == said[("communique", "publisher")]


# ------------------------------------------------------------ the findings

def test_1_the_glossary_description_names_only_terms_the_text_holds(pages, record):
    text = communique_text(record)
    html = pages["glossary/index.html"]
    for said in (description(html), soup(html).head.select_one('meta[property="og:description"]')["content"],
                 jsonld(html)["description"]):
        named = [t for t in record.glossary if re.search(rf"(?<![\w.]){re.escape(t)}(?!\w)", said)]
        assert named, said
        assert [t for t in named if t not in text] == [], said
        assert ".." not in said  # "Alm.."


def test_3_the_akoma_ntoso_authors_are_the_two_countries_and_the_white_house_its_publisher(site, record):
    root = ET.parse(site / "data" / "communique.akn.xml").getroot()
    refs = {e.get("eId"): e.get("showAs") for e in root.iter() if e.get("eId") and e.get("showAs")}
    for level in ("FRBRWork", "FRBRExpression"):
        authors = [refs[a.get("href").lstrip("#")] for a in root.iter(f"{AKN}{level}") for a in a.iter(f"{AKN}FRBRauthor")]
        assert sorted(authors) == ["Mexico", "United States"], (level, authors)
    publisher = record.context["publication"]["publisher"].split(" (")[0]
    assert root.find(f".//{AKN}publication").get("showAs") == publisher
    assert publisher not in [refs.get(a.get("href").lstrip("#")) for a in root.iter(f"{AKN}FRBRauthor")]


def test_4_a_bodys_other_name_is_called_so_only_with_a_source(pages, record):
    """'also called Gobernación' was stated as fact; only 'la Cancillería' has a source."""
    for o in record.organisations.values():
        definition = record.glossary.get(o.acronym or "", "")
        for other in o.also_called:
            sourced = f"“{other.name}”" in definition or f'"{other.name}"' in definition
            for address, html in pages.items():
                if not address.startswith("participants/") or address.startswith("participants/organisations"):
                    continue
                says = shown(pages, address)
                if re.search(rf"also called[^.)]*\b{re.escape(other.name)}\b", says):
                    assert sourced, (address, other.name)
    assert "la Cancillería" in shown(pages, "participants/alicia-barcena-ibarra/index.html")


def test_5_a_persons_description_says_only_their_part_as_the_text_gives_it(pages, record):
    for p in record.people.values():
        said = description(pages[f"participants/{p.id}/index.html"])
        if p.in_communique:
            assert [PARTS[x] for x in PARTS if PARTS[x] in said] == [PARTS[x] for x in PARTS if x in p.part], p.id
            assert "part in" not in said, p.id
        else:
            assert "not named in the communiqué" in said, p.id
    assert "sent the U.S. delegation" in description(pages["participants/joe-biden/index.html"])


def test_6_the_reported_meeting_is_dated_by_the_date_basis(pages, record):
    said = shown(pages, f"meetings/{record.reported_meeting.id}/index.html")
    assert " ".join(record.context["publication"]["date_basis"].split()) in said
    assert "comes from the address itself" not in said


def test_7_placing_the_items_at_the_meeting_is_the_editions_reading_everywhere(pages, site, record):
    said = shown(pages, f"meetings/{record.reported_meeting.id}/index.html")
    assert "The communiqué reports these from it" not in said
    assert "this edition places at this meeting" in said
    for c in record.commitments.values():
        assert "Placed by this edition at" in shown(pages, f"commitments/{c.id}/index.html"), c.id
    header = read_csv(site, "agenda-items.csv")[0].keys()
    assert "meeting" not in header and "meeting_in_the_editions_reading" in header
    assert "followed_up_in" not in header and "followed_up_in_the_editions_reading" in header


def test_8_9_who_did_an_item_is_quoted_from_the_sentence_it_links_to(pages, record):
    """No verb or agent a sentence lacks ('reaffirmed … by The two countries'
    on ¶2.3), and the text's own words ('The delegations also discussed', not
    'both delegations discussed')."""
    ids = sentences(record)
    for c in record.commitments.values():
        html = article(pages[f"commitments/{c.id}/index.html"])
        own = next(i for i, s in ids.items() if " ".join(c.quotes[0].split()) in s)
        for line in [html.select_one(".entry-kind"), *html.select("#people ~ p")]:
            if line is None or "“" not in line.get_text():
                continue
            quoted = re.findall(r"“([^”]+)”", line.get_text())
            targets = [a["href"].rpartition("#")[2] for a in line.select("a[href*='#para_']")]
            assert targets, (c.id, line.get_text())
            for words in quoted:
                assert any(words.removesuffix(" …") in ids[t] for t in targets), (c.id, words, targets)
            if c.verb not in ids[own]:
                assert "names no one who does it" in line.get_text(), (c.id, line.get_text())
        if "This includes" not in ids[own] and c.verb not in ids[own]:
            assert "The text counts it among" not in shown(pages, f"commitments/{c.id}/index.html"), c.id
    # The commitments index says the same, row by row: the words quoted are
    # those of the sentence it links to, and an item whose sentence has
    # neither verb nor agent is said to have none.
    rows = article(pages["commitments/index.html"]).select("table tbody tr")
    assert len(rows) == len(record.commitments)
    for c, row in zip(record.commitments.values(), rows):
        own = next(i for i, s in ids.items() if " ".join(c.quotes[0].split()) in s)
        cell = row.select("td")[2]
        targets = [a["href"].rpartition("#")[2] for a in cell.select("a[href*='#para_']")]
        assert targets, (c.id, cell.get_text())
        for words in re.findall(r"“([^”]+)”", cell.get_text()):
            assert any(words.removesuffix(" …") in ids[t] for t in targets), (c.id, words, targets)
        # The index's short form (its introduction states the convention once):
        # an item listed after another sentence says so, with the inferred mark.
        assert (c.verb not in ids[own]) == ("listed after" in cell.get_text()), (c.id, cell.get_text())
        # So does an item whose sentence does not name the person it is attributed to ("He stressed").
        unnamed = c.attributed_to in record.people and not any(f in ids[own] for f in record.people[c.attributed_to].printed)
        assert (c.verb not in ids[own] or unnamed) == bool(cell.select(".inferred-mark")), (c.id, cell.get_text())
    for address in pages:
        said = shown(pages, address)
        assert "both delegations discussed" not in said.lower(), address
        assert not re.search(r"by The (two|both)", said), address


def test_10_no_page_claims_an_exactness_the_about_page_denies(pages):
    for address in pages:
        said = shown(pages, address)
        assert "exactly as published" not in said, address
        assert "as the White House released it" not in said, address


def test_11_people_csv_says_its_delegation_column_is_mexico_citys(site, record, pages):
    rows = read_csv(site, "people.csv")
    assert "delegation" not in rows[0] and "delegation_at_mexico_city" in rows[0]
    for row in rows:
        p = record.people[row["id"]]
        if p.delegation == "none":
            assert row["delegation_at_mexico_city"] == "none", p.id
        else:
            assert "Mexico City" in row["delegation_at_mexico_city"], p.id
    for address, html in pages.items():
        for node in re.findall(r'"memberOf":\{[^}]*\}', soup(html).select_one('script[type="application/ld+json"]').string):
            assert "Mexico City" in node, (address, node)


# ------------------------------------------------------------------ minor

def test_minor_findings(pages, site, record, facts):
    about = shown(pages, "about/index.html")
    assert "the press report was discussed" not in about
    chnv = article(pages["glossary/index.html"]).select_one("#chnv")
    entry = []
    for el in chnv.find_next_siblings():
        if el.name and el.name.startswith("h"):
            break
        entry.append(el.get_text(" "))
    source = facts["glossary_sources"]["CHNV"][0]["url"]
    # Listed once, as its title under "Source:"; never printed again as an address.
    assert source not in " ".join(entry), "the CHNV entry prints its source twice"
    data_page = shown(pages, "data/index.html")
    for name in ("people.yaml", "commitments.yaml", "meetings.yaml", "context.yaml", "organisations.yaml"):
        published = (site / "data" / name).exists()
        assert published or f"data/{name}" not in data_page, name
    published = (site / "data" / "communique.json").read_text("utf-8") + (site / "data" / "communique.schema.json").read_text("utf-8")
    for instruction in ("never that they were absent", "Say only", "Show them as context", "do not make one up"):
        assert instruction not in published, instruction
    for c in record.commitments.values():
        kind = article(pages[f"commitments/{c.id}/index.html"]).select_one(".entry-kind").get_text(" ", strip=True)
        assert "this edition's kind" in kind, c.id


# ------------------------------------- the fresh-eyes reading (fcA)

def own_sentence(record, c) -> tuple[str, str]:
    """The id and words of the sentence an item's first quote stands in."""
    return next((i, s) for i, s in sentences(record).items() if " ".join(c.quotes[0].split()) in s)


def listed_after(record) -> list:
    """The items whose own sentence lacks their verb: listed after another."""
    return [c for c in record.commitments.values()
            if not re.search(rf"\b{re.escape(c.verb)}\b", own_sentence(record, c)[1])]


def plain(node) -> str:
    return re.sub(r"\s+([,.;:)])", r"\1", " ".join(node.get_text(" ").split())).replace("“ ", "“").replace(" ”", "”")


def test_fc1_an_item_listed_after_another_sentence_is_said_so_the_same_everywhere(pages, site, register, record):
    """¶2.2 and ¶2.3 have a verb ("includes"), and ¶2.3 a subject: no output
    may say they have neither, or show "reaffirmed" as their own verb."""
    carried = listed_after(record)
    assert carried, "the record has no item listed after another sentence"
    said = {s["subject"]: s["text"] for s in register if s["what"] == "agent"}
    conventions = {li.get_text(" ", strip=True).split(":")[0].strip(): plain(li) for li in
                   soup(pages["register/index.html"]).select("#conventions ~ ul li")}
    extends = conventions["extends"]
    rows = dict(zip(record.commitments, article(pages["commitments/index.html"]).select("table tbody tr")))
    home = article(pages["index.html"]).select("#agreed ~ ol li")
    for c in record.commitments.values():
        eid, words = own_sentence(record, c)
        entry = plain(article(pages[f"commitments/{c.id}/index.html"]).select_one(".entry-kind"))
        cell = plain(rows[c.id].select("td")[2])
        marked = [li for li in home if li.select_one(f'a[href$="commitments/{c.id}/"]')][0].select(".inferred-mark")
        if c not in carried:
            assert "names no one" not in entry + cell and not marked, c.id
            continue
        opening = words.split(" includes ")[0] + " includes"
        text = said[f"commitments/{c.id}.md"]
        assert f"“{opening} …”" in text and "names no one who does it" in text, text
        assert "reading it as" in text and "this edition's" in text, text
        # The page says the register's words (their ¶ as links, the mark after);
        # the index table, whose introduction gives the convention, their short form.
        bare = entry.replace("(", "").replace(")", "")
        assert text.replace("(", "").replace(")", "").rstrip(".")[1:] in bare, (c.id, entry)
        assert f"“{opening} …”" in cell and "listed after" in cell and rows[c.id].select(".inferred-mark"), (c.id, cell)
        assert extends.split(":", 1)[1].strip()[:40] in plain(article(pages["commitments/index.html"])), extends
        assert marked, f"{c.id}: the home page's verb box is not marked as the edition's reading"
        assert f"“{opening} …” (¶{eid[5]}.{eid.rsplit('_', 1)[1]})" in extends, extends
    for address in pages:
        assert "has no verb or agent" not in shown(pages, address), address
        assert "The verb is the text's own" not in shown(pages, address), address
    for name in ("register.csv", "register.json", "communique.json", "communique.schema.json", "agenda-items.csv"):
        assert "has no verb or agent" not in (site / "data" / name).read_text("utf-8-sig"), name
    schema = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    verb = next(v["properties"]["verb"]["description"] for v in schema["$defs"].values() if "verb" in v.get("properties", {}))
    assert "listed after" in verb and "this edition's reading" in verb, verb


def test_fc2_the_section_is_agenda_items_and_the_home_description_states_no_verb(pages, site, record):
    """Four items are statements, one a discussion: not "Commitments"."""
    for address in ("index.html", "text/index.html"):
        nav = [a.get_text(" ", strip=True) for a in soup(pages[address]).select(".md-nav a[href]")
               if a["href"].rstrip("/").endswith("commitments") or a["href"].endswith("commitments/index.html")]
        assert nav and set(nav) == {"Agenda items"}, (address, nav)
    index = soup(pages["commitments/index.html"])
    assert index.title.get_text().startswith("Agenda items") and article(pages["commitments/index.html"]).h1.get_text(strip=True).startswith("Agenda items")
    assert "commitments" not in description((site / "404.html").read_text("utf-8")).lower()
    said = description(pages["index.html"])
    # The items' verbs are the text's for some items only (others are listed
    # after a sentence): the description counts the items, it does not word them.
    assert f"its {len(record.commitments)} agenda items" in said, said
    assert not any(re.search(rf"\b{c.verb}\b", said) for c in record.commitments.values()), said
    assert "stated" not in said and "the two countries agreed" not in said


def test_fc5_the_method_pages_examples_are_the_texts(pages, record):
    """'named, ¶2.5': there is no sentence 2.5."""
    ids = {f"¶{i[5:].replace('__sent_', '.')}": s for i, s in sentences(record).items()}
    names = {form for c in record.commitments.values() for pid in c.names for form in record.people[pid].printed}
    method = article(pages["method/index.html"])
    examples = method.select_one("#edition ~ ul").select("li > strong")
    assert examples
    for strong in examples:
        example = strong.get_text(" ", strip=True)
        cited = re.findall(r"¶\d+\.\d+", example)
        assert cited and all(ref in ids for ref in cited), example
        for words in re.findall(r"“([^”]+)”", example):
            assert any(words.removesuffix(" …") in ids[ref] for ref in cited), (example, words)
        if example.startswith("named"):
            assert any(form in ids[ref] for ref in cited for form in names), example
    for ref in re.findall(r"¶\d+\.\d+", shown(pages, "method/index.html")):
        assert ref in ids, ref


# What word of the text states each part (the text's, not the edition's label).
PART_WORD = {"received": "received", "led": "led by", "accompanied": "accompanied by",
             "represented": "represented by", "sent": "sending"}


def test_fc6_a_persons_part_cites_the_sentence_that_says_it(pages, record):
    """'Received the U.S. delegation (¶1, ¶3, ¶6)': ¶3 and ¶6 say nothing of receiving."""
    ids = sentences(record)
    for p in record.people.values():
        if not p.part:
            continue
        body = article(pages[f"participants/{p.id}/index.html"])
        line = next(el for el in body.select("p") if PARTS[p.part[0]].lower() in " ".join(el.get_text(" ").split()).lower())
        text = " ".join(line.get_text(" ").split()).lower()
        # Each part's label, then its sentence in brackets: "Received the U.S. delegation (¶1.1)".
        links = line.select("a[href*='#para_']")
        assert len(links) >= len(p.part), (p.id, text)
        for part, link in zip(p.part, links):
            assert f"{PARTS[part].lower()} ( {link.get_text(strip=True).lower()} )" in text, (p.id, part, text)
            sentence = ids[link["href"].rpartition("#")[2]]
            assert PART_WORD[part] in sentence, (p.id, part, link.get_text())
            assert any(form in sentence for form in p.printed), (p.id, part, link.get_text())


def test_fc7_the_meetings_description_gives_no_date_the_text_does_not(pages, register, record):
    said = next(s for s in register if s["what"] == "description" and s["subject"].startswith("meetings/index"))
    text = communique_text(record)
    for m in record.meetings.values():
        day = f"{m.date.day} {m.date.strftime('%B %Y')}"
        if day in said["text"] and day not in text:
            assert said["basis"] == "source", (day, said)
    assert said["text"] == description(pages["meetings/index.html"])


def test_fc11_who_did_an_item_is_labelled_in_the_texts_words(site, data, record, register):
    """"Both delegations" for ¶4.1, where the text says "The delegations"."""
    ids = sentences(record)
    rows = {r["id"]: r for r in read_csv(site, "agenda-items.csv")}
    items = {i["id"]: i for i in data["agenda_items"]}
    for c in record.commitments.values():
        for label in (rows[c.id]["attributed_to"], items[c.id]["attributed_to_described"]):
            if c.attributed_to in record.people:
                assert label == record.people[c.attributed_to].name, (c.id, label)
            else:
                words = ids[items[c.id]["agent_sentence"]]
                assert label.lower() in words.lower(), (c.id, label, words)


def test_fc13_the_citation_help_says_what_the_text_page_has(pages, record):
    buttons = article(pages["text/index.html"]).select("button.sentence-link[data-cite]")
    assert len(buttons) == sum(len(p.sentences) for p in record.communique.paragraphs)
    for address in ("data/index.html", "index.html"):
        said = shown(pages, address)
        assert "Each paragraph of the full text" not in said and "each paragraph and each agenda item" not in said, address
        assert "each sentence" in said, address


def test_fc14_the_method_page_says_how_names_are_split(pages, record):
    surnames = record.facts.surnames
    by_two_words = [p for p in record.people.values() if p.surname and p.surname not in p.printed[1:]
                    and p.name not in surnames and len(p.name.split()) == 2]
    never = " ".join(s.get_text(" ") for s in article(pages["method/index.html"]).select("#never ~ p"))
    never = " ".join(never.split())
    assert "unless a source says which is which" not in never
    assert by_two_words and "two words" in never
    example = next(p for p in by_two_words if p.name in never)
    assert example.surname == example.name.split()[1]


# ------------------------------------------------------ sources one can open

def test_the_release_is_linked_as_issued_and_as_archived_wherever_it_is_linked(pages, site, data, record):
    pub = record.context["publication"]
    copy = record.context["archives"]["publication"]["archived"]
    assert pub["url"] == record.context["archives"]["publication"]["as_issued"]
    for address in ("about/index.html", f"meetings/{record.reported_meeting.id}/index.html"):
        links = [a["href"] for a in article(pages[address]).select("a[href]")]
        assert pub["url"] in links or pub["url"] in shown(pages, address), address
        assert copy in links, address
        assert "open today" in shown(pages, address), address
    assert data["communique"]["source_url"] == pub["url"] and data["communique"]["archived_url"] == copy
    meetings = {m["id"]: m for m in read_csv(site, "meetings.csv")}
    row = meetings[record.reported_meeting.id]
    assert copy in row["date_sources"].split("; ") and pub["url"] not in row["date_sources"]
    assert row["date_source_as_issued_no_longer_served"] == pub["url"]
    root = ET.parse(site / "data" / "communique.akn.xml").getroot()
    assert {e.get("href") for e in root.iter(f"{AKN}TLCReference")} >= {pub["url"], copy}
    text_block = jsonld(pages["text/index.html"])
    assert text_block["isBasedOn"]["url"] == pub["url"] and text_block["isBasedOn"]["archivedAt"] == copy
    # The register cites the release by the copy a reader can open, never by the dead address alone.
    cited = [row for row in read_csv(site, "register.csv") if row["ref"] in (pub["url"], copy)]
    assert cited and all(row["ref"] == copy for row in cited), [row["id"] for row in cited if row["ref"] != copy]


def test_a_source_known_through_a_copy_says_so_where_it_is_cited(pages, record):
    readout = record.context["follow_up_readout"]["sources"][0]["url"]
    kind = record.context["source_kinds"][readout]["kind"]
    for address, html in pages.items():
        if any(a["href"] == readout for a in article(html).select("a[href]")) and address.startswith("meetings/"):
            assert kind in shown(pages, address), address


# -------------------------------------------------------- Mexico's release

def test_mexicos_release_phrase_by_phrase_in_the_json_the_csv_and_akoma_ntoso(site, data, record):
    variants = record.context["publication"]["mexican_release"]["variants"]
    url = record.context["publication"]["mexican_release"]["url"]
    rows = read_csv(site, "mexican-release.csv")
    assert [(int(r["paragraph"]), r["white_house"], r["sre_en"], r["source"]) for r in rows] == [
        (v["paragraph"], v["white_house"], v["sre_en"], url) for v in variants]
    in_json = [(v["paragraph"], v["white_house"], v["sre_en"]) for i in data["agenda_items"] for v in i["mexican_release"]]
    for i in data["agenda_items"]:
        for v in i["mexican_release"]:
            assert any(v["white_house"] in q for q in i["quotes"]), (i["id"], v)
    quoted = " ".join(q for i in data["agenda_items"] for q in i["quotes"])
    assert len(in_json) == len({(v["paragraph"], v["white_house"]) for v in variants if v["white_house"] in quoted})
    root = ET.parse(site / "data" / "communique.akn.xml").getroot()
    notes = [n for n in root.iter(f"{AKN}note") if n.get("eId", "").startswith("mexican_release")]
    assert len(notes) == len(variants)
    body = "".join(root.find(f".//{AKN}mainBody").itertext())
    for note, v in zip(notes, variants):
        words = "".join(note.itertext())
        assert v["white_house"] in words and v["sre_en"] in words
        assert note.get("placementBase").startswith(f"para_{v['paragraph']}__sent_")
        assert v["sre_en"] not in body or v["sre_en"] in " ".join(p.text for p in record.communique.paragraphs)


def test_an_agenda_item_shows_mexicos_phrases_marked_apart_from_the_texts_words(pages, record):
    release = record.context["publication"]["mexican_release"]
    for c in record.commitments.values():
        html = article(pages[f"commitments/{c.id}/index.html"])
        quotes = " ".join(q.get_text(" ") for q in html.select("blockquote"))
        mine = [v for v in release["variants"] if v["paragraph"] == c.paragraph
                and any(v["white_house"] in " ".join(q.split()) for q in c.quotes)]
        boxes = [b for b in html.select(".admonition") if release["url"] in [a["href"] for a in b.select("a[href]")]]
        if not mine:
            assert not boxes, c.id
            continue
        assert len(boxes) == 1, c.id
        box = " ".join(boxes[0].get_text(" ").split())
        for v in mine:
            assert f"“{v['sre_en']}”" in box and v["sre_en"] not in quotes, (c.id, v)


# ------------------------------------------------- the fresh-eyes check (B)
# Findings of the fact-checker's read of the whole built site: the PDF,
# the data files, JSON-LD and the sources page.

def pdf_text(site) -> str:
    from pypdf import PdfReader
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(site / "communique.pdf").pages))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def source_entries(pages) -> dict[str, set[str]]:
    """The sources page: each entry's anchor, and the addresses it gives."""
    page = article(pages["sources/index.html"])
    found = {}
    for h2 in page.select("h2[id]"):
        dl = h2.find_next_sibling("dl")
        found[h2["id"]] = {a["href"] for a in dl.select("a[href^='http']")}
    return found


def test_fc8_a_meetings_date_has_the_same_basis_in_the_json_csv_and_page(site, data, pages):
    csv_rows = {m["id"]: m for m in read_csv(site, "meetings.csv")}
    entries = source_entries(pages)
    issued, copy = data["communique"]["source_url"], data["communique"]["archived_url"]
    for m in data["meetings"]:
        page = article(pages[f"meetings/{m['id']}/index.html"])
        when = page.select_one("h2#when")
        section = []
        for el in when.find_next_siblings():
            if el.name == "h2":
                break
            section.append(el)
        links = [a for el in section for a in el.select("a[href]")]
        cited = {a["href"] for a in links if a["href"].startswith("http")}
        for a in links:
            if "sources/#" in a["href"]:  # a source note: its entry on the sources page
                cited |= entries[a["href"].split("#")[1]]
        urls = [s["url"] for s in m["sources"]]
        # The JSON gives the sources the page cites for the date, no more, no fewer (the readout too, for Mexico City).
        assert set(urls) == cited, (m["id"], set(urls) ^ cited)
        assert m["date_basis"] in text_of(page), m["id"]
        row = csv_rows[m["id"]]
        assert row["date_basis"] == m["date_basis"]
        assert row["date_sources"].split("; ") == [u for u in urls if u != issued or not copy]


def test_fc3_the_pdf_gives_people_and_meetings_on_the_bases_the_pages_give(site, record, data):
    from edition.vocabulary import DELEGATIONS
    text = pdf_text(site)
    # Nobody is said to be "not in a delegation": a person the communiqué does
    # not name is given as the source lists them, name and role as printed.
    assert DELEGATIONS["none"] not in text
    unnamed = [p for p in data["people"] if not p["in_communique"]]
    assert unnamed
    for m in data["meetings"]:
        for a in m["reported_attendees"]:
            assert f"{a['printed']}, {a['role_printed']}" in text, a["printed"]
        # Each date with how it is known and every source the meeting's page gives for it.
        assert m["date_basis"] in text, m["id"]
        for s in m["sources"]:
            assert squeezed(s["url"]) in squeezed(text), (m["id"], s["url"])
    # The communiqué's forms only as the communiqué's.
    follow_up = next(m for m in data["meetings"] if m["reported_attendees"])
    assert "Attended, as a source lists them (names and roles as it prints them)" in text
    assert follow_up["attendees"] == [] or "Attended, as the communiqué names them" in text


def test_fc12_the_pdf_is_titled_as_the_edition_and_dated_as_the_pages(site, record, pages):
    from pypdf import PdfReader
    home = soup(pages["index.html"]).head
    site_name = home.select_one('meta[property="og:site_name"]')["content"]
    reader = PdfReader(site / "communique.pdf")
    assert reader.metadata.title == f"{site_name}: {record.communique.title}"
    # One date for the build: the pages' latest date, the PDF's, Akoma Ntoso's manifestation.
    dates = {soup(html).head.select_one('meta[name="DC.date"]')["content"]
             for html in pages.values() if soup(html).head.select_one('meta[name="DC.date"]')}
    made = max(dates)
    assert reader.metadata.creation_date.date().isoformat() == made
    akn = ET.parse(site / "data" / "communique.akn.xml").getroot()
    manifestation = akn.find(f"{AKN}statement/{AKN}meta/{AKN}identification/{AKN}FRBRManifestation/{AKN}FRBRdate")
    assert manifestation.get("date") == made


def test_fc12_akoma_ntoso_gives_its_one_country_with_a_note(site, record, register):
    akn = ET.parse(site / "data" / "communique.akn.xml").getroot()
    meta = akn.find(f"{AKN}statement/{AKN}meta")
    country = meta.find(f"{AKN}identification/{AKN}FRBRWork/{AKN}FRBRcountry").get("value")
    publisher = next(s["text"] for s in register if s["id"] == "communique/publisher")
    body = next(o for o in record.organisations.values() if o.name == publisher)
    assert country == {"united-states": "us", "mexico": "mx"}[body.country]
    notes = [" ".join(n.itertext()) for n in meta.iter(f"{AKN}note")]
    assert any(f"FRBRcountry is “{country}”" in n and publisher in n and "joint" in n for n in notes), notes


def test_fc4_only_a_name_the_glossary_gives_is_another_name_everywhere(site, pages, data, record, facts):
    glossary = facts["glossary"]
    page = article(pages["participants/organisations/index.html"])
    orgs = {o["id"]: o for o in data["organisations"]}
    block = jsonld(pages["participants/organisations/index.html"])
    alternate = {n["name"]: n.get("alternateName", []) for n in block["mainEntity"]["itemListElement"]}
    for o in record.organisations.values():
        given = [a.name for a in o.also_called if o.acronym and f"“{a.name}”" in glossary.get(o.acronym, "").replace('"', "“", 1).replace('"', "”", 1)]
        words = [a.name for a in o.also_called if a.name not in given]
        assert [a["name"] for a in orgs[o.id]["also_called"]] == given, o.id
        assert orgs[o.id]["search_words"] == words, o.id
        assert alternate[o.name] == [n for n in [o.acronym, *given] if n], o.id
        section = []
        for el in page.select_one(f"h2#{o.id}").find_next_siblings():
            if el.name == "h2":
                break
            section.append(text_of(el))
        shown_text = " ".join(section)
        for name in words:
            # Labelled as search words only, linked to the section that says
            # they are the edition's and not names it gives.
            assert f"Search words only: {name}" in shown_text or \
                f", {name}" in shown_text.split("Search words only:")[1], (o.id, name)
            assert "does not give them as its names" in text_of(page.select_one("h2#search-words").find_next_sibling("p")), o.id
            assert f"Also called: {name}" not in shown_text, (o.id, name)
        for name in given:
            assert f"Also called: {name}" in shown_text, (o.id, name)
    assert "other names readers use" not in text_of(page)


def test_fc8_an_other_name_has_the_basis_of_the_glossary_entry_it_comes_from(register, record):
    by_id = {s["id"]: s for s in register}
    for s in register:
        if s["what"] == "also-called":
            org = record.organisations[s["subject"].split("#")[1]]
            entry = next(g for g in register if g["what"] == "definition" and g["subject"].endswith(f"#{org.acronym.lower()}"))
            assert (s["basis"], s["ref"]) == (entry["basis"], entry["ref"]), s["id"]
    assert by_id


def test_fc9_a_glossary_date_rests_on_the_source_that_gives_the_day(register, record):
    from edition.addresses import glossary_id, page_of
    month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    for term in record.glossary:
        s = next(g for g in register if g["what"] == "definition" and g["subject"].endswith("#" + glossary_id(term)))
        days = re.findall(rf"\b\d{{1,2}} {month} \d{{4}}", s["text"])
        if not days or s["basis"] != "source":
            continue
        titles = {src["url"]: " ".join(src["title"].split()) for src in record.glossary_sources(term)}
        for day in days:
            # Where one of its sources gives the day ("10 June 2022") and another only
            # the month, the entry rests on the one that gives the day.
            if any(day in t for t in titles.values()):
                assert day in titles[s["ref"]], (term, day, titles[s["ref"]])


def test_fc10_the_sources_page_says_what_each_is_and_every_page_citing_it(pages, record, facts):
    page = article(pages["sources/index.html"])
    entries = {}
    for h2 in page.select("h2[id]"):
        dl = h2.find_next_sibling("dl")
        terms = {text_of(dt): dt.find_next_sibling("dd") for dt in dl.select("dt")}
        hrefs = {a["href"] for a in dl.select("a[href^='http']")}
        entries[frozenset(hrefs)] = terms
    def entry(url):
        return next(t for hrefs, t in entries.items() if url in hrefs)
    for terms in entries.values():
        assert "What it is" in terms and "Cited on" in terms, list(terms)
    # The release: cited on the full text, the data page and every agenda item (their citations).
    cited = {a["href"].rstrip("/").rsplit("/", 1)[-1] for a in entry(facts["publication"]["url"])["Cited on"].select("a")}
    assert {"text", "data", *record.commitments} <= cited, cited
    # The readout, known through a copy: its address on its publisher's site is not known.
    readout = facts["follow_up_readout"]["sources"][0]["url"]
    assert "not known" in text_of(entry(readout)["The original"])


def test_fc12_a_listed_agenda_item_is_not_a_quotation_without_words(pages, record):
    for address in ("commitments/index.html", "participants/ties/index.html"):
        block = json.dumps(jsonld(pages[address]), ensure_ascii=False)
        for node in re.findall(r'\{"@type": "Quotation"[^{}]*\}', block):
            assert '"text"' in node, (address, node)
        titles = {c.title for c in record.commitments.values()}
        nodes = jsonld(pages[address]).get("hasPart") or jsonld(pages[address]).get("mentions")
        assert {n["name"] for n in nodes if n["@type"] == "CreativeWork"} == titles, address


def test_second_round_no_related_note_or_tie_label_says_more_than_the_text(pages, site, record):
    """The second fresh-eyes reading: a related note may not say the text
    counts an item among the reaffirmed commitments (the text lists it after
    them: the reading is the edition's); the tie of an item López Obrador
    "highlighted" or "stressed" is not "in their words" (the text reports
    him in the third person); a CSV's "attributed to" for an item whose own
    sentence names no one says it is the edition's reading."""
    for address in pages:
        if address == "changes/index.html":  # the log names what a label read before
            continue
        said = shown(pages, address)
        assert "The text counts it among" not in said, address
        assert not re.search(r"\b(in their words|said by them)\b", said, re.I), address
    rows = list(csv.DictReader(io.StringIO((site / "data" / "agenda-items.csv").read_text("utf-8-sig"))))
    carried = listed_after(record)
    assert carried and len(rows) == len(record.commitments)
    for row in rows:
        c = record.commitments[row["id"]]
        assert (row["agent_from_the_sentence_it_extends"] == "yes") == (c in carried), row
    schema = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    described = [v["properties"]["attributed_to"]["description"] for v in schema["$defs"].values()
                 if "attributed_to" in v.get("properties", {})]
    assert described and all("this edition's reading" in d for d in described), described


def test_the_register_holds_every_phrase_of_mexicos_release_the_text_page_shows(register, record):
    """The full text shows every variant of data/context.yaml; the register
    lists each on its paragraph, not only those an agenda item quotes."""
    variants = record.context["publication"]["mexican_release"]["variants"]
    on_text = [s for s in register if s["what"] == "mexican-release" and s["subject"].startswith("text.md#")]
    assert variants and len(on_text) == len(variants)
    for v, said in zip(variants, on_text):
        assert said["subject"] == f"text.md#{record.communique.paragraph(v['paragraph']).eid}", said
        assert v["white_house"] in said["text"] and v["sre_en"] in said["text"], said


def test_a_tooltip_over_the_texts_words_is_marked_as_context(pages, record):
    """A glossary tooltip (its dates and terms of office are context) says
    it is the glossary's, with its sources there, wherever it shows."""
    seen = set()
    for address, html in pages.items():
        for abbr in article(html).select("abbr[title]"):
            assert re.match(r"Glossary \(context; see the Glossary page\): \S", abbr["title"]), (address, abbr["title"])
            seen.add(abbr.get_text())
    # Every term the communiqué prints has its tooltip on the full text.
    text = " ".join(s for p in record.communique.paragraphs for s in p.sentences)
    assert {t.rstrip(".") for t in record.glossary if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text)} <= {t.rstrip(".") for t in seen}


def test_a_title_inside_a_sentence_reads_as_part_of_it(pages, record):
    """'after The meeting in Mexico City': a meeting's title that opens with an
    article is written in lower case inside a sentence, in every page's prose
    and description (at the start of a list entry or a heading it stays)."""
    titles = [m.title for m in record.meetings.values() if m.title.split(" ")[0] in ("The", "A", "An")]
    assert titles
    for address, html in pages.items():
        texts = [text_of(p) for p in article(html).select("p, li, td")] + [description(html)]
        for t in titles:
            for text in texts:
                assert not re.search(rf"[a-z,:] {re.escape(t)}", text), (address, t, text[:200])


def test_every_spanish_search_word_is_listed_on_its_page_as_the_editions(pages, site, record):
    """Search finds pages by Spanish words the text never prints: each page
    lists its own under 'Search words' (linked to the method page), marked
    Spanish, and kept out of the page's searchable text."""
    from edition.search_terms import spanish_words
    from edition.addresses import glossary_id, page_of
    words = spanish_words(record, Path(__file__).resolve().parent.parent / "data")
    expected = {page_address(page_of(e)): e.keywords_es
                for e in [*record.people.values(), *record.commitments.values(), *record.meetings.values()] if e.keywords_es}
    assert expected and words.glossary
    for address, listed in expected.items():
        [line] = [p for p in article(pages[address]).select("p.keywords")]
        assert line.a["href"].endswith("method/#search"), address
        assert text_of(line.select_one('[lang="es"]')) == ", ".join(listed), address
    glossary = article(pages["glossary/index.html"])
    for term, listed in words.glossary.items():
        heading = glossary.select_one(f"h2#{glossary_id(term)}")
        line = next(s for s in heading.find_next_siblings() if s.name == "h2" or "keywords" in (s.get("class") or []))
        assert line.name == "p" and text_of(line.select_one('[lang="es"]')) == ", ".join(listed), term
    docs = json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]
    shown_in = {address.removesuffix("index.html") for address in expected} | {"glossary/"}
    assert not [d["location"] for d in docs if d["location"].split("#")[0] in shown_in and "Search words" in d["text"]]


# ----------------------------- the fourth fresh-eyes reading (fixA)

def test_r4_1_an_items_description_quotes_the_text_apart_from_its_title(pages, register, record):
    """"Investing in development programs throughout the hemisphere: the
    words of the communiqué": the edition's title read as the text's words.
    The title is given as the edition's, the quotes in full, as printed."""
    for c in record.commitments.values():
        said = next(s["text"] for s in register if s["subject"] == f"commitments/{c.id}.md" and s["what"] == "description")
        assert f"in this edition's words: {c.title}." in said, (c.id, said)
        for q in c.quotes:
            assert f"“{' '.join(q.split())}”" in said, (c.id, said)
        assert f"{c.title}: the words of" not in said, c.id
        head = soup(pages[f"commitments/{c.id}/index.html"]).head
        for selector in ('meta[name="description"]', 'meta[property="og:description"]', 'meta[name="DC.description"]'):
            assert head.select_one(selector)["content"] == said, (c.id, selector)


def delegation_readings(register, record) -> dict:
    """The people whose delegation at Mexico City is the edition's reading
    (a convention), by id, with the register's words for it."""
    return {p.id: s["text"] for p in record.people.values() for s in register
            if s["subject"] == f"participants/{p.id}.md" and s["what"] == "delegation" and s["basis"] == "convention"}


def test_r4_2_a_delegation_the_edition_reads_is_marked_so_everywhere(pages, site, register, record):
    """López Obrador "received" the U.S. delegation; counting him with the
    Mexican one is the edition's reading: the CSV, the JSON's schema, the
    JSON-LD, his page, the home page, the participants page and the PDF say so."""
    from edition.vocabulary import DELEGATIONS, TIE_BASES
    readings = delegation_readings(register, record)
    assert readings, "the record has no person counted in a delegation by the edition's reading"
    rows = {r["id"]: r for r in read_csv(site, "participants.csv")}
    text = pdf_text(site)
    home = article(pages["index.html"])
    everyone = article(pages["participants/index.html"])
    for s in register:
        if s["what"] == "delegation":
            assert s["text"].endswith("(inferred)") == (s["basis"] == "convention"), s
    for pid, said in readings.items():
        p = record.people[pid]
        assert rows[pid]["delegation_at_mexico_city"] == said
        assert said in text, pid
        assert "memberOf" not in jsonld(pages[f"participants/{pid}/index.html"]), pid
        kind = article(pages[f"participants/{pid}/index.html"]).select_one(".entry-kind")
        assert DELEGATIONS[p.delegation].lower() in kind.get_text().lower() and kind.select(".inferred-mark"), pid
        for where in (home.select("section.delegation li"), everyone.select("section.delegation li"),
                      everyone.select_one("#a-to-z").find_next("table").select("tr")):
            mine = [el for el in where if el.select_one(f"a[href*='{pid}']")]
            assert mine and all(el.select(".inferred-mark") for el in mine), pid
        # The items tied to him through that delegation rest on the reading too.
        ties = [s for s in register if s["subject"] == f"participants/{pid}.md" and s["what"] == "tie"]
        by_delegation = [c for c in record.commitments.values() if any(s["text"] == f"{c.title}: " + TIE_BASES["delegation"] + "; counted with it (inferred)" for s in ties)]
        assert by_delegation, pid
        heading = article(pages[f"participants/{pid}/index.html"]).select_one("h3#delegation")
        assert heading.find_next_sibling().select(".inferred-mark"), pid
        for c in by_delegation:
            link = next(a for a in article(pages[f"commitments/{c.id}/index.html"]).select("#people ~ p a[href*='participants/']")
                        if pid in a["href"])
            assert "inferred-mark" in (link.find_next_sibling("a") or {}).get("class", []), (c.id, pid)
    for pid, p in record.people.items():
        if pid not in readings:
            assert not article(pages[f"participants/{pid}/index.html"]).select_one(".entry-kind").select(".inferred-mark"), pid
    data = json.loads((site / "data" / "communique.json").read_text("utf-8"))
    said = {(s["subject"], s["text"]) for s in register if s["what"] == "tie"}
    for t in data["ties"]:
        title = record.commitments[t["agenda_item"]].title
        assert (f"participants/{t['person']}.md", f"{title}: {t['basis_described']}") in said, t
    schema = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    described = [v["properties"]["delegation"]["description"] for v in schema["$defs"].values()
                 if "delegation" in v.get("properties", {})]
    assert described and all("this edition's reading" in d for d in described), described


def test_r4_8_he_read_as_the_person_an_earlier_sentence_names_is_marked(pages, site, register, record):
    """¶3.2 "He stressed": that "He" is López Obrador is the edition's
    reading of the text (¶3.1 names him), marked, with that basis, in the
    related note and the ties of his page."""
    ids = sentences(record)
    pronoun = [c for c in record.commitments.values() if c.attributed_to in record.people
               and not any(form in ids[own_sentence(record, c)[0]] for form in record.people[c.attributed_to].printed)]
    assert pronoun, "the record has no item attributed to someone its sentence does not name"
    for c in pronoun:
        p = record.people[c.attributed_to]
        earlier = [i for i, s in ids.items() if any(form in s for form in p.printed)
                   and list(ids).index(i) < list(ids).index(own_sentence(record, c)[0])]
        basis = re.sub(r"para_(\d+)__sent_(\d+)", r"¶\1.\2", earlier[-1])
        ties = article(pages[f"participants/{p.id}/index.html"]).select("#said ~ ul li")
        mine = [li for li in ties if li.select_one(f"a[href*='{c.id}']")]
        assert mine, c.id
        for li in mine:
            assert li.select(".inferred-mark") and basis in li.get_text(), (c.id, li.get_text())
        tie = next(s for s in register if s["subject"] == f"participants/{p.id}.md" and s["what"] == "tie" and s["text"].startswith(c.title))
        assert basis in tie["text"] and "(inferred)" in tie["text"], tie
        # The data say it beside the text's words for who did it.
        row = next(r for r in read_csv(site, "agenda-items.csv") if r["id"] == c.id)
        item = next(i for i in json.loads((site / "data" / "communique.json").read_text("utf-8"))["agenda_items"] if i["id"] == c.id)
        assert row["agent_read_as_in_the_editions_reading"] == item["agent_read_as"] and basis in item["agent_read_as"], c.id
        assert "(inferred)" in item["agent_read_as"], c.id
        related = [li for cid in record.commitments for li in article(pages[f"commitments/{cid}/index.html"]).select("#related ~ ul li")
                   if li.select_one(f"a[href*='{c.id}']")]
        for li in related:
            said = li.get_text()
            if any(form in said for form in p.printed):
                assert basis in said and (li.select(".inferred-mark") or "this edition" in said), said


def test_r4_9_the_method_and_about_pages_state_the_same_exactness(pages):
    about = " ".join(article(pages["about/index.html"]).select_one("#unchanged ~ ul li").get_text(" ").split())
    exception = re.search(r"only [^;(.]+", about).group().strip()
    method = " ".join(text_of(p) for p in article(pages["method/index.html"]).select("#text ~ p") if "exact" in text_of(p))
    assert exception in " ".join(method.split()), (exception, method)


def test_r4_10_the_method_page_quotes_the_text_as_printed(pages, record):
    text = communique_text(record)
    for words in re.findall(r"“([^”]+)”", shown(pages, "method/index.html")):
        words = words.removesuffix(" …")
        if words.lower() in text.lower():
            assert words in text, words


def test_r4_11_a_sources_kind_is_the_context_files(pages, record):
    kinds = {url: k["kind"] for url, k in record.context["source_kinds"].items()}
    page = article(pages["sources/index.html"])
    for h2 in page.select("h2[id]"):
        terms = {text_of(dt): dt.find_next_sibling("dd") for dt in h2.find_next_sibling("dl").select("dt")}
        url = next(dd for t, dd in terms.items() if t.startswith("Address")).a["href"]
        assert url in kinds, url
        assert text_of(terms["What it is"]) == kinds[url][:1].upper() + kinds[url][1:], url


def test_r4_12_a_context_date_leads_to_its_source_as_the_method_page_says(pages, record):
    """The home page's publication date is in the context style, which the
    method page says leads to its source; it links to the release's entry on
    the sources page, which gives that date."""
    published = record.context["publication"]["date"]
    day = f"{published.day} {published.strftime('%B %Y')}"
    home = article(pages["index.html"])
    dates = [el for el in home.select(".context-date") if text_of(el) == day]
    assert dates
    sources = article(pages["sources/index.html"])
    for el in dates:
        a = el.find_parent("a") or el.select_one("a")
        assert a and "sources/" in a["href"], el
        entry = sources.select_one(f"h2#{a['href'].rpartition('#')[2]}").find_next_sibling("dl")
        assert day in text_of(entry), a["href"]
    method = " ".join(text_of(p) for p in article(pages["method/index.html"]).select("#context ~ p") if "dotted" in text_of(p))
    assert "the date the communiqué was issued" in method


def test_a_body_a_sources_printed_role_names_is_the_persons_everywhere_with_that_source(pages, site, data, record):
    """One rule: where a source's printed role names a body of the record
    (by its acronym, or the words the text names it by) and the
    communiqué's title names none, that body is the person's organisation
    in every output, marked as from that source."""
    from edition.sources import anchor_of
    found = []
    for m in record.meetings.values():
        for a in m.reported_attendees:
            p = record.people[a.person]
            if p.title and any(w in p.title for o in record.organisations.values() for w in o.in_text):
                continue  # the communiqué's title names their body
            words = set(re.findall(r"\w+", a.role_printed))
            found += [(p, o, a.source) for o in record.organisations.values()
                      if (o.acronym and o.acronym in words) or any(w in a.role_printed for w in o.in_text)]
    assert found
    people_csv = {r["id"]: r for r in read_csv(site, "people.csv")}
    people_json = {q["id"]: q for q in data["people"]}
    section = article(pages["participants/organisations/index.html"])
    for p, o, source in found:
        page = article(pages[f"participants/{p.id}/index.html"])
        dd = next(dt.find_next_sibling("dd") for dt in page.select("dt") if text_of(dt) == "Organisation")
        hrefs = [a["href"] for a in dd.select("a[href]")]
        assert f"../organisations/#{o.id}" in hrefs, (p.id, hrefs)
        assert f"../../sources/#{anchor_of(source)}" in hrefs, (p.id, hrefs)
        members = section.select_one(f"h2#{o.id}").find_next_sibling(lambda t: "People whose" in text_of(t))
        assert f"../{p.id}/" in [a["href"] for a in members.select("a[href]")], (p.id, o.id)
        cards = [li for li in article(pages["participants/index.html"]).select("li.card") if li.a["href"] == f"{p.id}/"]
        assert len(cards) == (1 if p.in_communique else 0), p.id  # a card for each person the communiqué names
        for card in cards:
            assert [a["href"] for a in card.select(".card-org a.source-note")] == [f"../sources/#{anchor_of(source)}"], p.id
        assert (people_csv[p.id]["organisation"], people_csv[p.id]["organisation_source"]) == (o.name, source), p.id
        assert (people_json[p.id]["organisation"], people_json[p.id]["organisation_source"]) == (o.id, source), p.id
        assert jsonld(pages[f"participants/{p.id}/index.html"])["affiliation"]["name"] == o.name, p.id
