"""The schema.org JSON-LD in every page's head, as a search engine or a
reader's tool reads it: schema.org as defined (checked against schema.org's
own vocabulary, copied in tests/reference/schemaorg/), and true of the record:
nothing in it that the record, the text or the page itself does not say."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

import schema_org
from built_html import article, cited_sources, resolve, soup, text_of
from edition.record import load
from edition.structured_data import script_json
from edition_tools.build import PUBLISHED_AT

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = PUBLISHED_AT


@pytest.fixture(scope="module")
def record():
    return load(ROOT / "data")


# The site as published (at PUBLISHED_AT): a local build has no @id and no
# url of the edition's (tests/test_address.py).
@pytest.fixture(scope="module")
def pages(published_pages):
    return published_pages


@pytest.fixture(scope="module")
def site(published_site):
    return published_site


def blocks(html: str) -> list:
    return [json.loads(s.string) for s in soup(html).select('script[type="application/ld+json"]')]


@pytest.fixture(scope="module")
def jsonld(pages) -> dict[str, dict]:
    """Each page's one JSON-LD block."""
    found = {}
    for page, html in pages.items():
        found[page] = blocks(html)
    assert all(len(b) == 1 for b in found.values()), {p: len(b) for p, b in found.items() if len(b) != 1}
    return {page: b[0] for page, b in found.items()}


def page_of(address: str) -> str:
    return address + "index.html"


# ------------------------------------------------------ schema.org as defined

def test_every_block_on_every_page_is_schema_org_as_defined(jsonld):
    found = {page: schema_org.problems(block) for page, block in jsonld.items()}
    assert {page: p for page, p in found.items() if p} == {}


@pytest.mark.parametrize("block, expected", [
    # What issue 9 found: Person nodes in hasPart, whose range is CreativeWork.
    ({"@type": "CollectionPage", "hasPart": [{"@type": "Person", "name": "A"}]}, "a Person where 'hasPart' expects"),
    ({"@type": "Quotation", "spokenByCharacter": {"@type": "Country", "name": "Mexico"}}, "a Country where"),
    ({"@type": "Persona", "name": "A"}, "not a schema.org type"),
    ({"@type": "Person", "nationalty": "A"}, "not a schema.org property"),
    ({"@type": "Event", "jobTitle": "A"}, "not a property of Event"),
    ({"@type": "Event", "attendee": "Antony Blinken"}, "not a value 'attendee' allows"),
    ({"@type": "Event", "startDate": "19 January 2024"}, "not a value 'startDate' allows"),
    ({"@type": "Event", "startDate": "2024-02-30"}, "not a value 'startDate' allows"),
    ({"@type": "Event", "url": "meetings/x/"}, "not a value 'url' allows"),
    ({"@type": "Event", "name": ""}, "not a value 'name' allows"),
    ({"name": "A"}, "without an @type"),
    ({"@type": "Text", "name": "A"}, "not a schema.org type"),
    ({"@type": "Person", "@id": "participants/a/"}, "not an absolute"),
    # schema.org's Role pattern, held to the same rules:
    ({"@type": "Event", "attendee": {"@type": "Role", "roleName": "A"}}, "a Role for 'attendee' must hold 'attendee'"),
    ({"@type": "Event", "attendee": {"@type": "Role", "attendee": {"@type": "Place", "name": "A"}}},
     "a Place where 'attendee' expects"),
    ({"@type": "Event", "attendee": {"@type": "Role", "attendee": {"@type": "Person", "name": "A"}, "location": "B"}},
     "'location' is not a property of Role"),
])
def test_the_check_refuses_what_schema_org_does_not_define(block, expected):
    found = schema_org.problems({"@context": "https://schema.org", **block})
    assert any(expected in p for p in found), found


def test_the_check_accepts_schema_org_as_defined():
    block = {"@context": "https://schema.org", "@type": "Quotation", "text": "A", "url": "https://a.example/",
             "creator": {"@type": "GovernmentOrganization", "name": "B"},  # a subtype of the range's Organization
             "spokenByCharacter": [{"@type": "Person", "name": "C"}], "isPartOf": "https://b.example/",
             "datePublished": "2023-12-28"}
    assert schema_org.problems(block) == []
    role = {"@context": "https://schema.org", "@type": "Event", "name": "E",
            "attendee": [{"@type": "Person", "name": "A"},
                         {"@type": "Role", "roleName": "B", "attendee": {"@type": "Person", "name": "C"}}]}
    assert schema_org.problems(role) == []


# ------------------------------------------------- true of the record and page

def _strings(value, key=None):
    """(property, string) for every literal string in a block."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("@type", "@context"):
                yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield key, value


def _record_strings() -> set[str]:
    """Every text the record holds (data/*.yaml, keys and values), spaces made plain."""
    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            found.add(" ".join(node.split()))
    for path in sorted((ROOT / "data").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text("utf-8")))
    return found


def test_json_ld_says_only_what_the_record_the_text_or_the_page_says(jsonld, pages, site, record):
    """No name, date, title or statement of JSON-LD's own (such as an invented
    name for the series of meetings): every text is the record's, the
    communiqué's, the edition's register (published as data/register.json), or
    shown on the page itself; every address is a page or file of the site, or
    a source the record names."""
    held = _record_strings() | {s["text"] for s in json.loads((site / "data" / "register.json").read_text("utf-8"))["statements"]}
    text = " ".join([record.communique.title, *(p.text for p in record.communique.paragraphs)])
    dates = {m.date.isoformat() for m in record.meetings.values()} | {record.context["publication"]["date"].isoformat()}
    sources = {str(u) for u in re.findall(r"https?://[^\s'\"]+", (ROOT / "data" / "context.yaml").read_text("utf-8"))}
    wrong = []
    for page, block in jsonld.items():
        html = soup(pages[page])
        shown = " ".join([html.title.string or "", html.select_one('meta[name="description"]')["content"],
                          text_of(article(pages[page]))])
        lang = html.html["lang"]
        for key, value in _strings(block):
            if re.fullmatch(r"https?://\S+", value):
                ok = value in sources or value.startswith(SITE_URL)
            elif key in ("startDate", "datePublished"):
                ok = value in dates
            elif key == "inLanguage":
                ok = value == lang
            elif key == "encodingFormat":  # a media type: checked file by file below
                ok = bool(re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", value))
            elif key == "text" and " … " in value:
                ok = all(part in text for part in value.split(" … "))
            else:
                ok = value in held or value in text or value in shown
            if not ok:
                wrong.append((page, key, value))
    assert wrong == []


def test_every_address_in_json_ld_is_a_page_or_file_of_the_site(jsonld, site):
    missing = []
    for page, block in jsonld.items():
        for key, value in _strings(block):
            if not value.startswith(SITE_URL):
                continue
            path, _, anchor = value.removeprefix(SITE_URL).partition("#")
            target = site / (path + "index.html" if path == "" or path.endswith("/") else path)
            if not target.is_file():
                missing.append((page, key, value))
            elif anchor and not soup(target.read_text("utf-8")).find(id=anchor):
                missing.append((page, key, value, "no such anchor"))
    assert missing == []


def test_a_node_is_the_same_wherever_it_appears(jsonld):
    seen: dict[str, tuple] = {}
    for page, block in jsonld.items():
        for node in schema_org.nodes(block):
            if "@id" in node:
                key = (node["@type"], node.get("name"))
                assert seen.setdefault(node["@id"], key) == key, (page, node["@id"])


def test_the_encoding_of_each_file_is_its_own(jsonld):
    kinds = {".json": "application/", ".csv": "text/csv", ".xml": "application/akn+xml"}
    downloads = [n for block in jsonld.values() for n in schema_org.nodes(block) if n["@type"] == "DataDownload"]
    assert downloads
    for d in downloads:
        assert d["encodingFormat"].startswith(kinds[Path(d["contentUrl"]).suffix]), d


# --------------------------------------------------------- what each page is

def test_each_page_is_the_thing_it_shows(jsonld, record):
    for c in record.commitments.values():
        block = jsonld[page_of(f"commitments/{c.id}/")]
        assert (block["@type"], block["@id"], block["name"]) == ("Quotation", f"{SITE_URL}commitments/{c.id}/", c.title)
    for p in record.people.values():
        block = jsonld[page_of(f"participants/{p.id}/")]
        assert (block["@type"], block["@id"], block["name"]) == ("Person", f"{SITE_URL}participants/{p.id}/", p.name)
    for m in record.meetings.values():
        block = jsonld[page_of(f"meetings/{m.id}/")]
        assert (block["@type"], block["@id"], block["name"], block["startDate"]) == (
            "Event", f"{SITE_URL}meetings/{m.id}/", m.title, m.date.isoformat())
    text = jsonld["text/index.html"]
    assert (text["@type"], text["name"], text["datePublished"]) == (
        "Report", record.communique.title, record.context["publication"]["date"].isoformat())
    assert jsonld["index.html"]["@type"] == "WebSite"
    assert jsonld["about/index.html"]["@type"] == "AboutPage"
    glossary = jsonld["glossary/index.html"]
    assert [t["name"] for t in glossary["hasDefinedTerm"]] == list(record.glossary)


def test_the_home_page_names_the_site_and_every_page_its_own_title(jsonld, pages):
    for page, block in jsonld.items():
        head = soup(pages[page]).head
        if block["@type"] in ("WebSite", "WebPage", "AboutPage", "CollectionPage", "Dataset", "DefinedTermSet"):
            assert block["url"] == head.select_one('link[rel="canonical"]')["href"], page
            assert block["description"] == head.select_one('meta[name="description"]')["content"], page
    assert jsonld["index.html"]["name"] == soup(pages["index.html"]).select_one('meta[property="og:site_name"]')["content"]


def test_lists_hold_every_entry_in_the_records_order(jsonld, record):
    def ids(listing):
        return [n["@id"] for n in listing]
    # Listed, an item is the edition's entry with its address (`url`), not a
    # second node of the item page's Quotation (`@id`).
    listed = jsonld["commitments/index.html"]["hasPart"]
    assert [n["url"] for n in listed] == [f"{SITE_URL}commitments/{i}/" for i in record.commitments]
    assert [n["name"] for n in listed] == [c.title for c in record.commitments.values()]
    assert {n["@type"] for n in listed} == {"CreativeWork"} and not any("@id" in n for n in listed)
    people = jsonld["participants/index.html"]["mainEntity"]
    assert ids(people["itemListElement"]) == [f"{SITE_URL}participants/{i}/" for i in record.people]
    assert people["numberOfItems"] == len(record.people)
    meetings = jsonld["meetings/index.html"]["mainEntity"]["itemListElement"]
    assert ids(meetings) == [f"{SITE_URL}meetings/{i}/" for i in record.meetings]
    orgs = jsonld["participants/organisations/index.html"]["mainEntity"]["itemListElement"]
    assert ids(orgs) == [f"{SITE_URL}participants/organisations/#{i}" for i in record.organisations]


# ------------------------------------------------------------ issue 9 findings

def test_the_white_house_publishes_the_report_and_no_one_speaks_its_narration(jsonld, record):
    """Issue 15, findings 2 and 3: the White House is the publisher of a joint
    communiqué (not the creator or author of its words), and the quoted words
    are the communiqué's third-person narration, which nobody spoke."""
    publisher = jsonld["text/index.html"]["publisher"]
    assert publisher["name"] == record.context["publication"]["publisher"].split(" (")[0]
    for page, block in jsonld.items():
        text = json.dumps(block)
        assert '"spokenByCharacter"' not in text, page
        assert '"creator"' not in text and '"author"' not in text, page
    for c in record.commitments.values():
        block = jsonld[page_of(f"commitments/{c.id}/")]
        assert block["text"].split(" … ") == [" ".join(q.split()) for q in c.quotes]
        assert [n["@id"] for n in block.get("mentions", [])] == [f"{SITE_URL}participants/{i}/" for i in c.names]


def test_a_quotation_mentions_only_people_its_words_name(jsonld, record):
    """Issue 9: "the Biden administration" names an administration, not Joe Biden."""
    for c in record.commitments.values():
        block = jsonld[page_of(f"commitments/{c.id}/")]
        for node in block.get("mentions", []):
            p = record.people[node["@id"].removeprefix(f"{SITE_URL}participants/").strip("/")]
            words = block["text"]
            for phrase in (x for q in record.people.values() for x in q.not_naming):
                words = words.replace(phrase, " ")
            assert any(form in words for form in p.printed), (c.id, p.id)


def test_no_nationality_and_no_invented_series_of_meetings(jsonld):
    """The text says which side each person was on, not their nationality;
    no source names a series of the meetings or says when it ends."""
    nodes = [n for block in jsonld.values() for n in schema_org.nodes(block)]
    assert nodes
    assert [n for n in nodes if "nationality" in n] == []
    assert [n for n in nodes if n["@type"] == "EventSeries" or "superEvent" in n or "endDate" in n] == []


def test_a_person_has_a_family_name_only_where_a_source_gives_one(jsonld, record):
    for p in record.people.values():
        block = jsonld[page_of(f"participants/{p.id}/")]
        assert block.get("familyName") == p.surname, p.id
        assert block.get("jobTitle") == p.title, p.id


# ------------------------------------------------------------- the meetings

def linked_people(page: str, html: str, heading_id: str) -> list[str]:
    """The participant pages linked from the lists under a heading, up to the next h2, in order."""
    heading, out = article(html).find(id=heading_id), []
    for element in heading.find_next_siblings() if heading else []:
        if element.name in ("h1", "h2"):
            break
        for a in element.select("li a[href]"):
            target = resolve(page, a["href"])
            if target and target[0].startswith("participants/") and target[0].count("/") == 2:
                out.append(f"{SITE_URL}{target[0].removesuffix('index.html')}")
    return list(dict.fromkeys(out))


def test_each_event_lists_who_its_page_lists_and_what_its_sources_say(jsonld, pages, record):
    """Issue 11, the same in every output: an Event's attendees are the
    people its page lists (those the communiqué puts there, then those a
    source lists, each as a Role with its source); its Claims are the
    statements its page shows as lines of its context part, each line with its source."""
    for m in record.meetings.values():
        page = f"meetings/{m.id}/index.html"
        event, html = jsonld[page], pages[page]
        attendees = event.get("attendee", [])
        people = [n["@id"] for n in attendees if n["@type"] == "Person"]
        roles = [n for n in attendees if n["@type"] == "Role"]
        assert people == linked_people(page, html, "attendees"), m.id
        assert {n["attendee"]["@id"] for n in roles} == set(linked_people(page, html, "listed")), m.id
        boxes = article(html).select(".context")
        lines = article(html).select(".context li, .context p")
        for role in roles:
            # Issue 15: a later meeting's sides are not the communiqué's delegations.
            assert "memberOf" not in role["attendee"], (m.id, role["attendee"]["@id"])
            assert role["subjectOf"]["url"] in set().union(*(cited_sources(pages, page, b) for b in boxes)), m.id
        for claim in (n for n in event.get("subjectOf", []) if n["@type"] == "Claim"):
            box = next((b for b in lines if " ".join(claim["text"].split()) in text_of(b)), None)
            assert box is not None, f"{m.id}: '{claim['text'][:40]}…' is on no line of the context part"
            assert claim["appearance"]["url"] in cited_sources(pages, page, box), m.id


def test_the_follow_up_event_has_the_readouts_attendees(jsonld, record):
    """Counts from the record: every attendee a source lists is on the Event."""
    reported = [m for m in record.meetings.values() if m.reported_attendees]
    assert reported, "no meeting records who a source lists there"
    for m in reported:
        roles = [n for n in jsonld[page_of(f"meetings/{m.id}/")]["attendee"] if n["@type"] == "Role"]
        assert len(roles) == len(m.reported_attendees)
        assert {n["attendee"]["@id"] for n in roles} == {f"{SITE_URL}participants/{a.person}/" for a in m.reported_attendees}


# --------------------------------------------------------------- escaping

def test_json_ld_cannot_end_its_script_element():
    hostile = {"@context": "https://schema.org", "@type": "Thing",
               "name": "</script><script>alert(1)</script><!-- & ' \" \u2028 ]]>"}
    out = script_json(hostile)
    assert not set(out) & set("<>&'")
    assert json.loads(out) == hostile


def test_no_page_json_ld_holds_markup(pages):
    for page, html in pages.items():
        for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
            assert not set(script) & set("<>&"), page


def test_a_persons_other_names_are_names_with_no_rank(jsonld, record):
    """The fuller forms the readout prints (the context's `surnames`), as
    names: a rank the readout prints before one ("Admiral") is not part of
    the name (the node's rank is its honorificPrefix)."""
    forms = {name: s["readout_form"] for name, s in record.context["surnames"].items()
             if isinstance(s, dict) and "readout_form" in s}
    assert forms
    people = {p.name: p for p in record.people.values()}
    meeting = jsonld["meetings/washington-follow-up/index.html"]
    listed = {r["attendee"]["name"]: r["attendee"] for r in meeting["attendee"] if r["@type"] == "Role"}
    for name, form in forms.items():
        node = jsonld[page_of(f"participants/{people[name].id}/")]
        others = node.get("alternateName", [])
        assert form in others or form == name, (name, others)
        assert not [o for o in others if o != form and o.endswith(" " + form)], (name, others)
        assert listed[name].get("alternateName", name) == form, (name, listed[name])
