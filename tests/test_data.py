"""The record as data, the citations and each page's metadata, read from
the built site: the files a researcher downloads, what a citation says,
what a search engine reads in each page's head."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from built_html import article, resolve, soup, text_of
from test_full_text import source_blocks

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


@pytest.fixture(scope="module")
def record_json(site):
    return json.loads((site / "data" / "communique.json").read_text("utf-8"))


def test_json_validates_against_its_published_schema(site, record_json):
    schema = json.loads((site / "data" / "communique.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(record_json)


def test_json_round_trips_the_text_exactly(record_json):
    title, *paragraphs = source_blocks()
    assert record_json["communique"]["title"] == title
    assert [p["text"] for p in record_json["communique"]["paragraphs"]] == paragraphs
    for p in record_json["communique"]["paragraphs"]:
        assert " ".join(s["text"] for s in p["sentences"]) == p["text"]
    full = " ".join(paragraphs)
    for item in record_json["agenda_items"]:
        assert all(q in full for q in item["quotes"])


def test_json_ties_are_the_sites_cross_links(record_json, pages):
    for tie in record_json["ties"]:
        page = f"participants/{tie['person']}/index.html"
        targets = {resolve(page, a["href"])[0] for a in article(pages[page]).select(f"#{tie['basis']} + ul a[href]")}
        assert f"commitments/{tie['agenda_item']}/index.html" in targets, tie


def test_csv_files_for_spreadsheets(site, record_json):
    people = list(csv.DictReader(io.StringIO((site / "data" / "people.csv").read_text("utf-8"))))
    items = list(csv.DictReader(io.StringIO((site / "data" / "agenda-items.csv").read_text("utf-8"))))
    assert [p["name"] for p in people] == [p["name"] for p in record_json["people"]]
    assert "Luisa María Alcalde Luján" in [p["name"] for p in people]
    assert [i["id"] for i in items] == [i["id"] for i in record_json["agenda_items"]]
    assert {i["verb"] for i in items} == {"reaffirmed", "agreed", "highlighted", "stressed", "underlined", "discussed"}


def test_akoma_ntoso_parses_and_holds_the_text_exactly(site, pages):
    tree = ET.parse(site / "data" / "communique.akn.xml")
    statement = tree.getroot().find(f"{AKN}statement")
    title, *paragraphs = source_blocks()
    assert " ".join(statement.find(f".//{AKN}docTitle").itertext()).strip() == title
    body = statement.find(f"{AKN}mainBody")
    shown = [re.sub(r"\s+", " ", "".join(p.find(f".//{AKN}content").itertext())).strip() for p in body]
    assert shown == paragraphs
    eids = {e.get("eId") for e in body.iter() if e.get("eId")}
    site_ids = {e["id"] for e in article(pages["text/index.html"]).select("[id^=para_]")}
    assert eids == site_ids
    refs = {e.get("eId"): e.tag for e in statement.find(f"{AKN}meta/{AKN}references")}
    assert sum(1 for tag in refs.values() if tag == f"{AKN}TLCPerson") == 17
    mentions = [e for e in body.iter() if e.get("refersTo")]
    assert len(mentions) >= 20
    for mention in mentions:
        target = refs[mention.get("refersTo")[1:]]
        assert target == {f"{AKN}person": f"{AKN}TLCPerson", f"{AKN}organization": f"{AKN}TLCOrganization"}[mention.tag]


def test_each_page_has_its_own_description_canonical_and_open_graph(pages, site):
    descriptions = {}
    for page, html in pages.items():
        head = soup(html).head
        description = head.select_one('meta[name="description"]')["content"]
        assert description not in descriptions, f"{page} and {descriptions.get(description)}"
        descriptions[description] = page
        canonical = head.select_one('link[rel="canonical"]')["href"]
        assert canonical.startswith("https://communique.example.org/")
        assert head.select_one('meta[property="og:url"]')["content"] == canonical
        assert head.select_one('meta[property="og:title"]')
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    listed = set(re.findall(r"<loc>https://communique.example.org/([^<]*)</loc>", sitemap))
    assert listed == {p.removesuffix("index.html") for p in pages}


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
        para, sentence = map(int, re.search(r"paragraph (\d+), sentence (\d+)", chicago).groups())
        assert quote in text_of(text.select_one(f"#para_{para}__sent_{sentence}"))
        for citation in (plain, chicago):
            assert official in citation and ("December 28, 2023" in citation or "28 December 2023" in citation)
            assert f"https://communique.example.org/{page.removesuffix('index.html')}" in citation
    for para in text.select("h2.para-heading"):
        number = para["id"].split("_")[1]
        chicago = text_of(text.select_one(f"#cite-{para['id']}-chicago"))
        assert f"paragraph {number}." in chicago and f"/text/#{para['id']}." in chicago
