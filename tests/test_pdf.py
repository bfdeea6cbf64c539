"""The edition's PDF (edition/pdf.py), read as a reader's tools read it
(pypdf): real text in reading order, the record's words as typed, tagged,
titled, in English, linked to the site's addresses; made by every build
but one while editing, and never missing from a build for publishing.

Every expected word comes from the record; the PDF is the one the shared
built site (conftest's `site`) publishes.
"""
from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from pypdf import PdfReader

from edition import addresses as A
from edition import pdf
from edition.addresses import Site
from edition.build import read_config
from edition.cite import cite
from edition.record import load_once
from edition_tools.build import PUBLISHED_AT, ROOT, mkdocs_env
from edition_tools.html import soup

CONFIG = read_config(ROOT / "mkdocs.yml")
SITE = Site(PUBLISHED_AT)  # the address conftest's `published_site` is built for
HOSTILE = r"Ana #set text(size: 2pt) *bold* $x^2$ [a](b) \ <lbl> @ref _u_ `c` // no comment"


@pytest.fixture(scope="module")
def record():
    return load_once(ROOT / "data")


@pytest.fixture(scope="module")
def built_pdf(site) -> Path:
    return site / pdf.PATH


@pytest.fixture(scope="module")
def reader(built_pdf) -> PdfReader:
    return PdfReader(built_pdf)


def flat(text: str) -> str:
    """Extracted text with each run of white space (line ends included) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def text_of(reader: PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def published_reader(published_site) -> PdfReader:
    """The PDF of the build for publishing, at SITE's address."""
    return PdfReader(published_site / pdf.PATH)


@pytest.fixture(scope="module")
def text(reader) -> str:
    return text_of(reader)


def test_every_sentence_in_order(record, text):
    position = 0
    sentences = [(p.number, i, s) for p in record.communique.paragraphs for i, s in enumerate(p.sentences)]
    assert sentences
    for number, i, sentence in sentences:
        found = text.find(sentence, position)
        assert found >= 0, f"paragraph {number}, sentence {i + 1} is not in the PDF after the one before: {sentence!r}"
        # Its number, as the site gives it, stands just before it.
        assert text[:found].rstrip().endswith(f"{number}.{i + 1}"), (number, i)
        position = found + len(sentence)


def test_items_quotes_and_people(record, text):
    for c in record.commitments.values():
        assert c.title in text, c.id
        for quote in c.quotes:
            assert flat(quote) in text, (c.id, quote)
    for p in record.people.values():
        assert p.name in text, p.id
        if p.title:
            assert flat(p.title) in text, p.id
    for m in record.meetings.values():
        assert m.title in text, m.id


def test_lists_name_people_as_the_pages_do(record, text):
    """A person's rank stands before their name in their own part's heading,
    as on their page; the lists (who is tied to an item, who attended) give
    the name alone, as the pages' lists do."""
    ranked = [p for p in record.people.values() if p.rank]
    assert ranked
    communique = flat(" ".join(s for p in record.communique.paragraphs for s in p.sentences))
    for p in ranked:
        form = f"{p.rank} {p.name}"
        assert text.count(form) == communique.count(form) + 1, p.id


def test_no_sentence_ends_in_two_full_stops(record, text):
    """A field that ends in a full stop ("Washington, D.C.") ends the sentence it closes."""
    assert [m.place for m in record.meetings.values() if m.place and m.place.endswith(".")]
    assert re.findall(r"(?<!\.)\.\.(?!\.)", text) == []


def test_each_topic_and_purpose_names_its_own_source(record, text):
    """As the meeting's page does: each statement followed by its source,
    not the sources of several pooled on one line."""
    for m in record.meetings.values():
        statements = [m.purpose, *m.topics] if m.purpose else list(m.topics)
        for s in statements:
            start = text.find(flat(s.said))
            assert start >= 0, (m.id, s.said)
            after = text[start + len(flat(s.said)):].lstrip()
            assert after.startswith("(Source: "), (m.id, s.said)
            cited = after[:after.index(")", after.index("https://"))].replace(" ", "")
            assert s.source.replace(" ", "") in cited, (m.id, s.said)


@pytest.mark.parametrize("build", ["local", "published"])
def test_first_page_citation_and_date(record, reader, published_reader, build):
    reader = published_reader if build == "published" else reader
    first = reader.pages[0].extract_text()
    c = cite(record, SITE.absolute(A.TEXT) if build == "published" else "")
    # The long addresses break across lines: compared without white space.
    squeezed = re.sub(r"\s+", "", first)
    assert re.sub(r"\s+", "", c.chicago) in squeezed
    assert re.sub(r"\s+", "", c.plain) in squeezed
    made = reader.metadata.creation_date
    assert f"The edition as of {made.day} {made:%B %Y}, the date of its latest change" in flat(first)


def test_metadata_language_and_tags(record, reader):
    root = reader.trailer["/Root"]
    assert reader.metadata.title == f"{CONFIG['site_name']}: {record.communique.title}"
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert "/StructTreeRoot" in root
    # The first structure elements: a document holding headings and paragraphs.
    kinds = set()

    def walk(node, depth=0):
        node = node.get_object()
        if "/S" in node:
            kinds.add(str(node["/S"]))
        kids = node.get("/K")
        if depth < 6 and kids is not None:
            for kid in kids if isinstance(kids, list) else [kids]:
                kid = kid.get_object() if hasattr(kid, "get_object") else kid
                if isinstance(kid, dict):
                    walk(kid, depth + 1)
    walk(root["/StructTreeRoot"])
    assert {"/H1", "/H2", "/P", "/Link"} <= kinds, kinds


def link_targets(reader: PdfReader) -> list[str]:
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link" and "/A" in annot and "/URI" in annot["/A"]:
                uris.append(str(annot["/A"]["/URI"]))
    return uris


def cited_sources(record) -> set[str]:
    """The sources the PDF may link: what the meetings' statements and
    listings rest on, and the sources of each meeting's date (for the one
    the release reports: the release as issued and archived, and the readout)."""
    meetings = list(record.meetings.values())
    sources = {m.purpose.source for m in meetings if m.purpose}
    sources |= {t.source for m in meetings for t in m.topics}
    sources |= {a.source for m in meetings for a in m.reported_attendees}
    for m in meetings:
        if m.context == "publication":
            sources |= {record.context["publication"]["url"], record.context["archives"]["publication"]["archived"],
                        record.context["follow_up_readout"]["sources"][0]["url"]}
        else:
            sources |= {s["url"] for s in record.context_fact(m.context)["sources"]}
    return sources


def test_a_local_copy_links_nowhere_in_the_edition(record, reader, text):
    """Without a permanent address no part is a link (a PDF's relative link
    opens nothing); each gives its path within the edition, said so."""
    assert set(link_targets(reader)) <= cited_sources(record)
    local = Site("")
    for entry in [*record.commitments.values(), *record.people.values(), *record.meetings.values()]:
        assert f"In the edition: {local.of(entry)} (permanent address not set)" in text, entry.id


def test_links_point_at_the_sites_addresses(record, published_reader):
    uris = link_targets(published_reader)
    expected = {SITE.absolute(A.TEXT), SITE.absolute(A.DATA)}
    for p in record.communique.paragraphs:
        expected.add(SITE.absolute(A.TEXT, p.eid))
        expected |= {SITE.absolute(A.TEXT, p.sentence_eid(i)) for i in range(len(p.sentences))}
    expected |= {SITE.of(e) for e in [*record.commitments.values(), *record.people.values(),
                                      *record.meetings.values()]}
    assert expected <= set(uris), sorted(expected - set(uris))
    # Every link into the site is a published address (the manifest).
    published = set((ROOT / "data" / "published-addresses.txt").read_text("utf-8").split())
    inside = {u for u in uris if u.startswith(SITE.url)}
    assert {"/" + u[len(SITE.url):] for u in inside} <= published
    # The others are the record's sources and the release's addresses.
    outside = {u for u in uris if not u.startswith(SITE.url)}
    sources = cited_sources(record)
    assert outside <= sources, outside - sources


def test_text_and_data_pages_link_to_it(site, pages, built_pdf):
    assert built_pdf.stat().st_size > 0
    for page in ("text/index.html", "data/index.html"):
        hrefs = [a["href"] for a in soup(pages[page]).find_all("a", href=True) if a["href"].endswith(".pdf")]
        assert len(hrefs) == 1, (page, hrefs)
        assert (site / page).parent.joinpath(hrefs[0]).resolve() == built_pdf.resolve()


def test_hostile_fields_print_as_typed(record):
    data = pdf.document_data(record, SITE.url, CONFIG["site_name"])
    data["people"][0]["name"] = HOSTILE
    data["items"][0]["quotes"] = [HOSTILE + " in a quote"]
    data["meetings"][0]["title"] = HOSTILE + " as a title"
    data["paragraphs"][0]["sentences"][0]["text"] = HOSTILE + " as a sentence"
    data["title"] = HOSTILE + " the title"
    data["doc_title"] = HOSTILE + " the PDF's title"
    made = PdfReader(io.BytesIO(pdf.render(data)))
    text = text_of(made)
    for printed in (HOSTILE, HOSTILE + " in a quote", HOSTILE + " as a title", HOSTILE + " as a sentence"):
        assert printed in text, printed
    assert made.metadata.title == HOSTILE + " the PDF's title"


# ------------------------------------------------ when the build makes it

def env_without_pdf_settings(**extra) -> dict[str, str]:
    env = {k: v for k, v in mkdocs_env().items() if k not in (pdf.ENV, "EDITION_PUBLISH", "EDITION_URL")}
    return {**env, **extra}


def test_publishing_build_refuses_to_skip_it(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                            capture_output=True, text=True, cwd=ROOT,
                            env=env_without_pdf_settings(EDITION_PUBLISH="1", EDITION_URL=PUBLISHED_AT, EDITION_PDF="0"))
    assert result.returncode != 0
    assert f"skips the PDF: a published edition must have it ({pdf.PATH})" in result.stderr, result.stderr
    assert not (tmp_path / "site" / pdf.PATH).exists()


def test_edition_build_skips_it_when_told(tmp_path):
    result = subprocess.run([sys.executable, "-m", "edition", "build", str(tmp_path)], capture_output=True,
                            text=True, cwd=ROOT, env=env_without_pdf_settings(EDITION_PDF="0"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "data" / "communique.json").exists()
    assert not (tmp_path / "docs" / pdf.PATH).exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_serve_does_not_make_it():
    """Under `mkdocs serve` (scripts/serve) the PDF is left out unless EDITION_PDF=1."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
                              cwd=ROOT, env=env_without_pdf_settings(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 240
        while True:
            try:
                if status(base + "data/") == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "mkdocs serve did not serve the site"
            time.sleep(0.5)
        assert status(base + pdf.PATH) == 404
    finally:
        server.terminate()
        server.wait(timeout=30)
