"""The record as data, the citations and each page's metadata, read from
the built site: the files a researcher downloads (JSON with its schema,
CSV, Akoma Ntoso), what a citation says, what a search engine reads in each
page's head. Expectations come from the record (data/), loaded apart."""
import csv
import datetime
import io
import json
import os
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from lxml import etree

from built_html import article, resolve, soup, text_of
from edition import export
from edition.export import csv_files
from edition.akoma_ntoso import akoma_ntoso
from edition.cite import NOT_SET
from edition_tools.build import PUBLISHED_AT
from edition.record import load
from test_full_text import source_blocks

ROOT = Path(__file__).resolve().parent.parent
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = "{%s}" % AKN_NS
EDITION = "{urn:x-communique-edition:meetings}"
XSD = ROOT / "edition" / "reference" / "akoma-ntoso" / "akomantoso30.xsd"
SITE_URL = PUBLISHED_AT

@pytest.fixture(scope="module")
def record():
    return load(ROOT / "data")


@pytest.fixture(scope="module")
def record_json(site):
    return json.loads((site / "data" / "communique.json").read_text("utf-8"))


def context_urls(node) -> set[str]:
    """Every address the published context names."""
    if isinstance(node, dict):
        return set().union(*(context_urls(v) for v in node.values()), set())
    if isinstance(node, list):
        return set().union(*(context_urls(v) for v in node), set())
    return {node} if isinstance(node, str) and re.fullmatch(r"https?://\S+", node) else set()


def read_csv(site, name: str) -> list[dict]:
    """A published CSV file as a spreadsheet reads it: its byte-order mark first (Excel needs it for UTF-8)."""
    raw = (site / "data" / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name}: no byte-order mark, Excel would garble its accents"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# ------------------------------------------------------------------- JSON

def test_json_validates_against_its_published_schema(site, record_json):
    schema = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(record_json)


def test_the_schema_copy_in_the_repository_is_the_one_published(site):
    published = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    assert json.loads(export.SCHEMA_FILE.read_text("utf-8")) == published, \
        "edition/communique.schema.json is stale: run .venv/bin/python -m edition.export"


def test_the_schema_documents_every_field(site):
    schema = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    for name, spec in [("(record)", schema), *schema["$defs"].items()]:
        assert spec.get("description"), name
        for field, fspec in spec["properties"].items():
            target = schema["$defs"].get(fspec.get("$ref", "").rsplit("/", 1)[-1], {})
            assert fspec.get("description") or target.get("description"), f"{name}.{field}"


def test_json_round_trips_the_text_exactly(record_json):
    title, *paragraphs = source_blocks()
    assert record_json["communique"]["title"] == title
    assert [p["text"] for p in record_json["communique"]["paragraphs"]] == paragraphs
    for p in record_json["communique"]["paragraphs"]:
        assert " ".join(s["text"] for s in p["sentences"]) == p["text"]
    full = " ".join(paragraphs)
    for item in record_json["agenda_items"]:
        assert all(q in full for q in item["quotes"])


def test_json_holds_every_entry_as_typed(record_json, record):
    title, *paragraphs = source_blocks()
    full = " ".join([title, *paragraphs])
    people = {p["id"]: p for p in record_json["people"]}
    assert list(people) == list(record.people)
    for p in record.people.values():
        shown = people[p.id]
        assert (shown["name"], shown["printed"], shown["surname"], shown["title"], shown["side"], shown["aliases"]) == (
            p.name, p.printed, p.surname, p.title, p.side, p.aliases), p.id
        # In the communiqué: the text prints a form of the name (and every form given is the text's).
        assert shown["in_communique"] == any(form in full for form in shown["printed"]), p.id
        assert all(form in full for form in shown["printed"]), p.id
        assert "nationality" not in shown and "country" not in shown
    assert [i["id"] for i in record_json["agenda_items"]] == list(record.commitments)
    assert [m["id"] for m in record_json["meetings"]] == list(record.meetings)
    assert [o["id"] for o in record_json["organisations"]] == list(record.organisations)


def test_json_has_each_meetings_attendees_topics_and_sources_as_typed(record_json):
    """Issue 11: who a source lists at a meeting and what it reports, each
    field as data/meetings.yaml types it (read here as plain YAML)."""
    typed = yaml.safe_load((ROOT / "data" / "meetings.yaml").read_text("utf-8"))
    meetings = {m["id"]: m for m in record_json["meetings"]}
    assert list(meetings) == [m["id"] for m in typed]
    recorded = [m for m in typed if m.get("reported_attendees") or m.get("topics")]
    assert recorded, "no meeting in the record has attendees or topics from a source"
    for m in typed:
        shown = meetings[m["id"]]
        for field in ("reported_attendees", "topics"):
            assert len(shown[field]) == len(m.get(field, [])), (m["id"], field)
            for given, out in zip(m.get(field, []), shown[field]):
                assert {k: out[k] for k in given} == given, (m["id"], field)
        for key, value in (m.get("purpose") or {}).items():
            assert shown["purpose"][key] == value, (m["id"], "purpose", key)
        for source in [a["source"] for a in shown["reported_attendees"]] + [t["source"] for t in shown["topics"]]:
            assert source in context_urls(record_json["context"]), source


def test_json_says_who_a_source_does_not_list_as_the_meeting_page_does(record_json, pages):
    """One fact, the same in every output: the people the JSON gives as
    not listed by a meeting's source are those its page names so."""
    for m in record_json["meetings"]:
        page = f"meetings/{m['id']}/index.html"
        line = next((p for p in article(pages[page]).select("p") if "does not name these people" in text_of(p)), None)
        named = set() if line is None else {
            t[0].split("/")[1] for a in line.select("a[href]")
            if (t := resolve(page, a["href"])) and t[0].startswith("participants/")}
        assert set(m["not_listed"]) == named, m["id"]


def test_json_says_what_each_item_was_followed_up_by_as_its_page_does(record_json, pages):
    """The meetings an item's JSON says followed it up are those its page's "Followed up" section links."""
    assert any(i["followed_up"] for i in record_json["agenda_items"])
    for item in record_json["agenda_items"]:
        page = f"commitments/{item['id']}/index.html"
        meetings = {t.split("/")[1] for t in section_links(page, pages[page], "followed-up") if t.startswith("meetings/")}
        assert meetings == {f["meeting"] for f in item["followed_up"]}, item["id"]
        assert all(f["basis"] == "the edition's reading" for f in item["followed_up"]), item["id"]


def section_links(page: str, html: str, heading_id: str) -> set[str]:
    """The pages linked from the section under a heading, up to the next heading."""
    heading, targets = article(html).find(id=heading_id), set()
    for element in heading.find_next_siblings() if heading else []:
        if element.name in ("h1", "h2", "h3"):
            break
        targets |= {resolve(page, a["href"])[0] for a in element.select("a[href]") if resolve(page, a["href"])}
    return targets


def test_json_ties_are_the_sites_cross_links(record_json, pages):
    for tie in record_json["ties"]:
        page = f"participants/{tie['person']}/index.html"
        assert f"commitments/{tie['agenda_item']}/index.html" in section_links(page, pages[page], tie["basis"]), tie


# -------------------------------------------------------------------- CSV

def test_every_data_file_is_published_and_linked_from_the_data_page(site, pages):
    published = {p.relative_to(site).as_posix() for p in (site / "data").iterdir() if p.name != "index.html"}
    assert published == set(export.FILES)
    linked = {resolve("data/index.html", a["href"])[0] for a in article(pages["data/index.html"]).select("a[href]")
              if resolve("data/index.html", a["href"])}
    assert published <= linked, published - linked


def test_csv_cells_are_the_records_text_as_typed(site, record_json, record):
    people = read_csv(site, "people.csv")
    assert [(p["id"], p["name"], p["title"], p["surname"], p["rank"]) for p in people] == [
        (p.id, p.name, p.title or "", p.surname or "", p.rank or "") for p in record.people.values()]
    assert [p["printed"].split("; ") if p["printed"] else [] for p in people] == [p.printed for p in record.people.values()]
    assert [p["aliases"].split("; ") if p["aliases"] else [] for p in people] == [p.aliases for p in record.people.values()]
    assert "nationality" not in people[0] and "country" not in people[0]
    items = read_csv(site, "agenda-items.csv")
    assert [(i["id"], i["title"], i["verb"], i["paragraph"], i["quote"].split(" … ")) for i in items] == [
        (c.id, c.title, c.verb, str(c.paragraph), [" ".join(q.split()) for q in c.quotes]) for c in record.commitments.values()]
    meetings = read_csv(site, "meetings.csv")
    assert [(m["id"], m["title"], m["date"], m["place"], m["says"]) for m in meetings] == [
        (m.id, m.title, m.date.isoformat(), m.place or "", " ".join(m.says.split())) for m in record.meetings.values()]


def test_csv_has_who_attended_each_meeting_as_the_source_prints_them(site, record):
    rows = read_csv(site, "attendance.csv")
    expected = []
    for m in record.meetings.values():
        expected += [(m.id, p.id, "communique", "", "", "", "") for p in record.attendees(m)]
        expected += [(m.id, a.person, "source", a.printed, a.side, a.role_printed, a.source) for a in m.reported_attendees]
    assert [(r["meeting"], r["person"], r["basis"], r["printed"], r["side"], r["role_printed"], r["source"])
            for r in rows] == expected
    assert any(r["basis"] == "source" for r in rows)


def test_csv_has_what_sources_report_of_each_meeting(site, record):
    rows = read_csv(site, "meeting-statements.csv")
    expected = []
    for m in record.meetings.values():
        statements = ([("purpose", m.purpose)] if m.purpose else []) + [("topic", t) for t in m.topics]
        expected += [(m.id, what, s.said, s.source, s.kind, s.relates_to) for what, s in statements]
    assert [(r["meeting"], r["statement"], r["said"], r["source"], r["source_kind"],
             r["relates_to_in_the_editions_reading"].split("; ") if r["relates_to_in_the_editions_reading"] else [])
            for r in rows] == expected
    assert expected


HOSTILE = ['a, b', 'say "no"', 'two\nlines', "semi:colon", ' leading space', "tab\tinside", "</td><script>x</script>",
           "'quoted'", "é ñ – “”", "1e5", "0012", "TRUE"]


def test_a_csv_cell_reads_back_as_the_text_typed():
    rows = [(("data/people.yaml", f"p{n}"), {"id": f"p{n}", "value": value}) for n, value in enumerate(HOSTILE)]
    back = list(csv.DictReader(io.StringIO(csv_files._csv(rows), newline="")))
    assert [r["value"] for r in back] == HOSTILE


# ------------------------------------------------------------ Akoma Ntoso

@pytest.fixture(scope="module")
def akn(site):
    return etree.parse(str(site / "data" / "communique.akn.xml"))


def renamed(tmp_path, file: str, new: str) -> Path:
    """A copy of data/ in which the last entry of `file` takes the id `new`
    everywhere the record names it."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "published-addresses.txt").unlink()  # a record not yet published: renaming a published id is refused first
    old = yaml.safe_load((data / file).read_text("utf-8"))[-1]["id"]
    for path in data.glob("*.yaml"):
        path.write_text(re.sub(rf"\b{re.escape(old)}\b", new, path.read_text("utf-8")), "utf-8")
    return data


def build_error(data: Path) -> str:
    from edition.build import Edition, EditionError, Settings
    with pytest.raises(EditionError) as stopped:
        Edition.make(data, Settings(site_url="", site_name="Edition", site_description=""))
    return str(stopped.value)


def test_the_build_stops_on_an_entry_whose_id_is_the_akoma_ntoso_files_own(tmp_path):
    """An organisation given the id `edition` would be two eIds of the
    Akoma Ntoso file: the build stops, naming the entry."""
    assert build_error(renamed(tmp_path, "organisations.yaml", "edition")) == (
        "Bad record: data/organisations.yaml: entry 'edition', field 'id': 'edition' is already the Akoma Ntoso id "
        "of the edition itself (people, organisations and meetings share one set of ids)")


def test_the_build_stops_on_a_meeting_and_a_person_with_one_id(tmp_path):
    person = yaml.safe_load((ROOT / "data" / "people.yaml").read_text("utf-8"))[0]["id"]
    assert build_error(renamed(tmp_path, "meetings.yaml", person)) == (
        f"Bad record: data/meetings.yaml: entry '{person}', field 'id': '{person}' is already the Akoma Ntoso id "
        f"of the entry '{person}' of data/people.yaml (people, organisations and meetings share one set of ids)")


def test_the_build_stops_on_an_entry_whose_page_is_one_of_its_sections_own(tmp_path):
    """A section's own pages (edition/views/' SHAPES in a kind's folder, as
    participants/ties.md is) are no entry's: an entry given such an id
    stops the build, naming the entry."""
    from edition.record.kinds import KINDS, with_pages
    from edition.views import SHAPES
    kind, page = next((k, s.path) for s in SHAPES for k in with_pages()
                      if s.path.startswith(f"{k.folder}/") and s.path not in {o.index for o in KINDS})
    ident = Path(page).stem
    assert build_error(renamed(tmp_path, kind.file, ident)).startswith(
        f"Bad record: {kind.path}: entry '{ident}', field 'id': '{ident}' is the address of a page")


def test_akoma_ntoso_dates_the_work_by_publication_and_the_file_by_its_making(akn, site, record):
    published = record.context["publication"]["date"].isoformat()
    ident = akn.getroot().find(f"{AKN}statement/{AKN}meta/{AKN}identification")
    for level in ("FRBRWork", "FRBRExpression"):
        date = ident.find(f"{AKN}{level}/{AKN}FRBRdate")
        assert (date.get("date"), date.get("name")) == (published, "publication"), level
    made = ident.find(f"{AKN}FRBRManifestation/{AKN}FRBRdate")
    assert made.get("name") == "generation"
    # The build's one date, the pages' own: the edition's latest change (data/changes.yaml).
    from edition import changes
    assert made.get("date") == changes.load(ROOT / "data").updated.isoformat()


def test_akoma_ntoso_holds_the_text_exactly(akn, pages):
    statement = akn.getroot().find(f"{AKN}statement")
    title, *paragraphs = source_blocks()
    assert " ".join(statement.find(f".//{AKN}docTitle").itertext()).strip() == title
    body = statement.find(f"{AKN}mainBody")
    shown = [re.sub(r"\s+", " ", "".join(p.find(f".//{AKN}content").itertext())).strip() for p in body]
    assert shown == paragraphs
    eids = {e.get("eId") for e in body.iter() if e.get("eId")}
    site_ids = {e["id"] for e in article(pages["text/index.html"]).select("[id^=para_]")}
    assert eids == site_ids


def test_akoma_ntoso_references_every_person_body_and_meeting(akn, record):
    refs = akn.getroot().find(f"{AKN}statement/{AKN}meta/{AKN}references")
    of = {kind: [(e.get("eId"), e.get("showAs")) for e in refs.findall(f"{AKN}{kind}")]
          for kind in ("TLCPerson", "TLCOrganization", "TLCEvent")}
    assert of["TLCPerson"] == [(p.id, p.name) for p in record.people.values()]
    assert of["TLCEvent"] == [(m.id, m.title) for m in record.meetings.values()]
    assert [(o.id, o.name) for o in record.organisations.values()] == [
        o for o in of["TLCOrganization"] if o[0] in record.organisations]


def test_akoma_ntoso_points_each_name_at_its_person_and_no_phrase_that_only_contains_one(akn, record):
    """Issue 9: "the Biden administration" names an administration, not Joe Biden."""
    refs = {e.get("eId"): e.tag for e in akn.getroot().find(f"{AKN}statement/{AKN}meta/{AKN}references")}
    body = akn.getroot().find(f"{AKN}statement/{AKN}mainBody")
    named = []
    for sentence in body.iter(f"{AKN}span"):
        text, spans = sentence.text or "", []
        for inline in sentence:
            start = len(text)
            text += inline.text or ""
            spans.append((start, len(text), inline))
            text += inline.tail or ""
        for start, end, inline in spans:
            target = inline.get("refersTo")[1:]
            assert refs[target] == {f"{AKN}person": f"{AKN}TLCPerson", f"{AKN}organization": f"{AKN}TLCOrganization"}[inline.tag]
            if inline.tag == f"{AKN}person":
                assert inline.text in record.people[target].printed, (target, inline.text)
                named.append(target)
        for p in record.people.values():
            for phrase in p.not_naming:
                for found in re.finditer(re.escape(phrase), text):
                    inside = [i.text for s, e, i in spans if i.tag == f"{AKN}person" and s < found.end() and found.start() < e]
                    assert inside == [], (phrase, inside)
    assert set(named) == {p.id for p in record.people.values() if p.printed}


def test_akoma_ntoso_has_each_meetings_attendees_and_topics_with_sources(akn, record):
    meetings = {m.get("refersTo")[1:]: m for m in akn.getroot().iter(f"{EDITION}meeting")}
    assert list(meetings) == list(record.meetings)
    for m in record.meetings.values():
        shown = meetings[m.id]
        assert [(a.get("refersTo")[1:], a.get("printed"), a.get("side"), a.get("rolePrinted"), a.get("source"))
                for a in shown.findall(f"{EDITION}attendee")] == [
            (a.person, a.printed, a.side, a.role_printed, a.source) for a in m.reported_attendees]
        assert [(t.findtext(f"{EDITION}said"), t.get("source"), [r.get("item") for r in t.findall(f"{EDITION}relatesTo")])
                for t in shown.findall(f"{EDITION}topic")] == [(t.said, t.source, t.relates_to) for t in m.topics]


def test_akoma_ntoso_gives_each_meetings_date_its_sources(akn, record):
    """As the meeting's page and the JSON date it (export.date_basis, which every output reads)."""
    meetings = {m.get("refersTo")[1:]: m for m in akn.getroot().iter(f"{EDITION}meeting")}
    for m in record.meetings.values():
        assert meetings[m.id].get("date") == m.date.isoformat()
        expected = [s["url"] for s in export.date_basis(record, m.context)[1]]
        assert expected, m.id
        assert [s.get("source") for s in meetings[m.id].findall(f"{EDITION}dateSource")] == expected, m.id


def test_each_page_has_its_own_description_canonical_and_open_graph(published_pages, published_site):
    """As published (a local build has no canonical, og:url or sitemap: tests/test_address.py)."""
    descriptions = {}
    for page, html in published_pages.items():
        head = soup(html).head
        description = head.select_one('meta[name="description"]')["content"]
        assert description not in descriptions, f"{page} and {descriptions.get(description)}"
        descriptions[description] = page
        canonical = head.select_one('link[rel="canonical"]')["href"]
        assert canonical == PUBLISHED_AT + page.removesuffix("index.html")
        assert head.select_one('meta[property="og:url"]')["content"] == canonical
        assert head.select_one('meta[property="og:title"]')
    sitemap = (published_site / "sitemap.xml").read_text("utf-8")
    listed = set(re.findall(rf"<loc>{re.escape(PUBLISHED_AT)}([^<]*)</loc>", sitemap))
    assert listed == {p.removesuffix("index.html") for p in published_pages}


def test_citations_say_where_and_point_to_their_part(pages):
    text = article(pages["text/index.html"])
    official = "https://www.whitehouse.gov/briefing-room/statements-releases/2023/12/28/"
    for page, html in pages.items():
        if not page.startswith("commitments/") or page == "commitments/index.html":
            continue
        body = article(html)
        plain = text_of(body.select_one("[id$='-plain']"))
        chicago = text_of(body.select_one("[id$='-chicago']"))
        quote = text_of(body.select_one("blockquote.quote"))
        assert plain.startswith(f"“{quote}”")
        # A joint communiqué: no author before the title; the White House only as its publisher.
        assert chicago.startswith("“"), chicago
        para, sentence = map(int, re.search(r"paragraph (\d+), sentence (\d+)", chicago).groups())
        assert quote in text_of(text.select_one(f"#para_{para}__sent_{sentence}"))
        for citation in (plain, chicago):
            assert official in citation and ("December 28, 2023" in citation or "28 December 2023" in citation)
            # No permanent address in a local build: no dead permanent link, it says so (edition/publishing.py).
            assert NOT_SET in citation
            assert [u for u in re.findall(r"https?://[^\s)]+", citation) if "whitehouse" not in u] == [], citation
    for button in text.select("button.sentence-link"):
        para, sentence = button["data-sentence"].removeprefix("para_").split("__sent_")
        assert f"paragraph {para}, sentence {sentence}." in button["data-cite"] and NOT_SET in button["data-cite"]


# ------------------------------------------------- untrusted fields, as typed

HOSTILE_TEXT = 'Tom & "Jerry" \'s </script><b>x</b> ]]> {{ y }} (a) [b] ; `z` = ñ\u00a0é'


def test_every_field_reaches_json_csv_xml_and_json_ld_as_the_text_typed():
    """Whatever a field holds (the record refuses some of these characters,
    the exports do not rely on it) comes out as typed, or not at all."""
    from edition.structured_data import for_page, script_json
    from edition.addresses import page_of

    record = load(ROOT / "data")
    p = next(iter(record.people.values()))
    record.people[p.id] = p = p.model_copy(update={"name": HOSTILE_TEXT, "title": HOSTILE_TEXT, "aliases": ["A & B"]})
    c = next(iter(record.commitments.values()))
    record.commitments[c.id] = c = c.model_copy(update={"title": HOSTILE_TEXT})
    m = next(m for m in record.meetings.values() if m.reported_attendees)
    a = m.reported_attendees[0].model_copy(update={"printed": HOSTILE_TEXT, "role_printed": HOSTILE_TEXT})
    record.meetings[m.id] = m = m.model_copy(update={"title": HOSTILE_TEXT, "reported_attendees": [a, *m.reported_attendees[1:]]})

    files = export.data_files(record, SITE_URL)
    assert json.loads(files["data/communique.json"])["people"][0]["name"] == HOSTILE_TEXT

    def rows(path: str) -> list[dict]:
        return list(csv.DictReader(io.StringIO(files[path].removeprefix("\ufeff"), newline="")))
    people = rows("data/people.csv")
    assert (people[0]["name"], people[0]["title"]) == (HOSTILE_TEXT, HOSTILE_TEXT)
    items = rows("data/agenda-items.csv")
    assert items[0]["title"] == HOSTILE_TEXT
    attendance = rows("data/attendance.csv")
    assert {(r["printed"], r["role_printed"]) for r in attendance if r["meeting"] == m.id} >= {(HOSTILE_TEXT, HOSTILE_TEXT)}

    xml = etree.fromstring(akoma_ntoso(record, SITE_URL).encode("utf-8"))
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(xml)
    assert xml.find(f".//{AKN}TLCPerson[@eId='{p.id}']").get("showAs") == HOSTILE_TEXT
    assert xml.find(f".//{AKN}TLCEvent[@eId='{m.id}']").get("showAs") == HOSTILE_TEXT
    shown = xml.find(f".//{EDITION}attendee[@refersTo='#{a.person}']")
    assert (shown.get("printed"), shown.get("rolePrinted")) == (HOSTILE_TEXT, HOSTILE_TEXT)

    for entry in (p, c, m):
        block = for_page(record, SITE_URL, page_of(entry), title="t", description="d")
        out = script_json(block)
        assert not set(out) & set("<>&") and json.loads(out) == block
        assert block["name"] == HOSTILE_TEXT
