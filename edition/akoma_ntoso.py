"""The communiqué as an Akoma Ntoso document (a `statement`), valid against
the OASIS Akoma Ntoso 3.0 schema: the build validates it (`validate`) and
stops if it is not, and tests/test_data.py checks it again.

Its eIds are the site's anchors (para_2, para_2__sent_3); people, bodies and
meetings are TLCPerson / TLCOrganization / TLCEvent references, and each
place where the text names a person or a body points at its reference (a
phrase that only contains a name, "the Biden administration", points at no
one). The text is the communiqué's, exactly. What sources say of the
meetings (who they list, as printed, with their side, role and source; what
was discussed, with the source) is the edition's metadata, in `proprietary`.

The work's authors are the two countries, whose joint communiqué it is (its
title); the White House is its publisher (`publication`), not its author.
The release is given as issued and as the National Archives keeps it.
Where Mexico's English release words a phrase differently, a `note` in
`notes` (placed beside the sentence, never inside its words) gives both
phrases and the release's address.

The edition's addresses (its own reference, each meeting's and item's
`url`) are its permanent ones; in a copy whose permanent address is not
set (edition/publishing.py), paths within the edition (`meetings/…/`), and
`proprietary` says so (`<edition:address permanent="not set">`).
"""
from __future__ import annotations

import datetime
import functools
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from edition import addresses as A
from edition.addresses import Site
from edition.cite import NOT_SET
from edition.index import index_of
from edition.record import Record, RecordError
from edition.register import sentence_at
from edition.register import register_of
from edition.vocabulary import SIDES

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# The edition's own metadata (in <proprietary>), in a namespace of its own.
EDITION = "urn:x-communique-edition:meetings"
WORK = "/akn/us/statement/2023-12-28/mexico-us-joint-communique"
EDITION_REF = "edition"
# The two countries, the joint communiqué's authors.
AUTHOR_REF = "author"
# The OASIS Akoma Ntoso 3.0 schema (with the W3C xml.xsd it imports), copied
# from ../shared/akoma-ntoso/ so that validating needs no network.
XSD = Path(__file__).parent / "reference" / "akoma-ntoso" / "akomantoso30.xsd"


class InvalidExport(ValueError):
    """The Akoma Ntoso file is not valid against the OASIS schema."""


@functools.cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def validate(document: str) -> None:
    """Stop, naming the first problems, unless `document` is valid Akoma Ntoso."""
    schema = _schema()
    if not schema.validate(etree.fromstring(document.encode("utf-8"))):
        problems = "; ".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:3])
        raise InvalidExport(f"data/communique.akn.xml is not valid Akoma Ntoso 3.0: {problems}")


def generation_date() -> datetime.date:
    """The day this file is made: the build's date, or SOURCE_DATE_EPOCH's
    when set (for a reproducible build)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    return datetime.datetime.now(datetime.timezone.utc).date()


def _el(parent, tag: str, text: str | None = None, ns: str = AKN, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ns}}}{tag}", {k.rstrip("_"): v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def _frbr(parent, level: str, this: str, uri: str, date: str, date_name: str, authors: list[str],
          extra: dict | None = None) -> None:
    frbr = _el(parent, level)
    _el(frbr, "FRBRthis", value=this)
    _el(frbr, "FRBRuri", value=uri)
    _el(frbr, "FRBRdate", date=date, name=date_name)
    for author in authors:
        _el(frbr, "FRBRauthor", href=author)
    for tag, attrs in (extra or {}).items():
        _el(frbr, tag, **attrs)


def _inline(parent: ET.Element, text: str, spans: list[tuple[int, int, str, str]]) -> None:
    """Write text into parent, with each (start, end, tag, ref) span as an
    inline element that refers to its TLC reference."""
    last, pos = None, 0
    for start, end, tag, ref in spans:
        before = text[pos:start]
        if last is None:
            parent.text = (parent.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        last = _el(parent, tag, text[start:end], refersTo=f"#{ref}")
        pos = end
    rest = text[pos:]
    if last is None:
        parent.text = (parent.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


class _Ids:
    """The document's eIds: each given once, or the build stops, naming the
    entry whose id clashes."""

    def __init__(self):
        self.owner: dict[str, str] = {}

    def __call__(self, eid: str, owner: str) -> str:
        """`owner`: "data/<file>:<entry id>", or what else holds the id ("the edition")."""
        if eid in self.owner:
            file, _, entry = owner.partition(":")
            first_file, _, first_entry = self.owner[eid].partition(":")
            first = f"the entry '{first_entry}' of {first_file}" if first_entry else first_file
            raise RecordError(file, entry, "id", f"'{eid}' is already the Akoma Ntoso id of {first} "
                                                 "(people, organisations and meetings share one set of ids)")
        self.owner[eid] = owner
        return eid


def publisher_ref(record: Record) -> tuple[str | None, str]:
    """The organisation entry that is the communiqué's publisher, if the
    record has one, and the publisher's name as the context gives it."""
    name = record.context["publication"]["publisher"].split(" (")[0]
    org = next((o for o in record.organisations.values() if o.name == name), None)
    return (org.id if org else None), name


def _side(entry) -> str:
    return getattr(entry, "side", None) or getattr(entry, "country")


def akoma_ntoso(record: Record, site_url: str, made: datetime.date | None = None) -> str:
    """The communiqué in Akoma Ntoso. `made` is the build's date, the one
    the pages give (the edition's latest change, data/changes.yaml); without
    it, the day the file is made."""
    ET.register_namespace("", AKN)
    ET.register_namespace("edition", EDITION)
    site = Site(site_url)
    pub = record.context["publication"]
    published = pub["date"].isoformat()
    ids = _Ids()
    publisher_id, publisher_name = publisher_ref(record)

    root = ET.Element(f"{{{AKN}}}akomaNtoso")
    doc = _el(root, "statement", name="jointCommunique")
    meta = _el(doc, "meta")
    ident = _el(meta, "identification", source=f"#{EDITION_REF}")
    # A joint communiqué: the two countries are its authors, the White House its publisher.
    authors = [f"#{AUTHOR_REF}-{side}" for side in SIDES]
    # Akoma Ntoso takes one country a work (an ISO 3166-1 code): the publisher's (see the note).
    _frbr(ident, "FRBRWork", f"{WORK}/!main", WORK, published, "publication", authors,
          {"FRBRcountry": {"value": work_country(record)}})
    _frbr(ident, "FRBRExpression", f"{WORK}/eng@/!main", f"{WORK}/eng@", published, "publication", authors,
          {"FRBRlanguage": {"language": "eng"}})
    # The manifestation is this file: its date is the day it was made.
    _frbr(ident, "FRBRManifestation", f"{WORK}/eng@/!main.xml", f"{WORK}/eng@.akn",
          (made or generation_date()).isoformat(), "generation", [f"#{EDITION_REF}"])
    _el(meta, "publication", date=published, name=urlsplit(pub["url"]).hostname.removeprefix("www."),
        showAs=register_of(record).text("communique", "publisher"))

    refs = _el(meta, "references", source=f"#{EDITION_REF}")
    _el(refs, "TLCOrganization", eId=ids(EDITION_REF, "the edition itself"), href=site.absolute(A.HOME),
        showAs="Mexico–U.S. Joint Communiqué on Migration: a web edition")
    for side, name in SIDES.items():
        _el(refs, "TLCOrganization", eId=ids(f"{AUTHOR_REF}-{side}", "the communiqué's authors"),
            href=f"/ontology/organization/{side}/government", showAs=name)
    copy = ((record.context.get("archives") or {}).get("publication") or {}).get("archived")
    _el(refs, "TLCReference", eId=ids("release", "the release as issued"), name="release", href=pub["url"],
        showAs=f"{pub['publisher']}: the release, as issued")
    if copy:
        _el(refs, "TLCReference", eId=ids("release-archived", "the release's archived copy"), name="archivedCopy", href=copy,
            showAs="The same release, the National Archives' copy (the one a reader can open today)")
    if publisher_id is None:
        _el(refs, "TLCOrganization", eId=ids("publisher", "the communiqué's publisher"), href="/ontology/organization/publisher",
            showAs=publisher_name)
    for o in record.organisations.values():
        _el(refs, "TLCOrganization", eId=ids(o.id, f"data/organisations.yaml:{o.id}"),
            href=f"/ontology/organization/{_side(o)}/{o.id}", showAs=o.name)
    for p in record.people.values():
        _el(refs, "TLCPerson", eId=ids(p.id, f"data/people.yaml:{p.id}"), href=f"/ontology/person/{p.id}", showAs=p.name)
    for m in record.meetings.values():
        _el(refs, "TLCEvent", eId=ids(m.id, f"data/meetings.yaml:{m.id}"), href=f"/ontology/event/{m.id}", showAs=m.title)
    _notes(meta, record, ids)
    proprietary = _el(meta, "proprietary", source=f"#{EDITION_REF}")
    if not site.is_set:
        _el(proprietary, "address", NOT_SET, ns=EDITION, permanent="not set")
    _meetings(proprietary, record, site)

    preface = _el(doc, "preface")
    _el(_el(preface, "p"), "docTitle", record.communique.title)
    body = _el(doc, "mainBody")
    index = index_of(record)
    acronyms = {o.acronym: o.id for o in record.organisations.values() if o.acronym}
    for para in record.communique.paragraphs:
        paragraph = _el(body, "paragraph", eId=ids(para.eid, "the text"))
        _el(paragraph, "num", str(para.number))
        p = _el(_el(paragraph, "content"), "p")
        offset, last = 0, None
        for i, sentence in enumerate(para.sentences):
            start = para.text.index(sentence, offset)
            gap = para.text[offset:start]
            if last is None:
                p.text = gap
            else:
                last.tail = gap
            last = _el(p, "span", eId=ids(para.sentence_eid(i), "the text"))
            spans = [(s, e, "person", person.id) for s, e, person in index.mentions(sentence)]
            spans += [(s, e, "organization", acronyms[form]) for form in acronyms
                      for s, e in _words(sentence, form)
                      if not any(a < e and s < b for a, b, _, _ in spans)]
            _inline(last, sentence, sorted(spans))
            offset = start + len(sentence)
    ET.indent(root)
    # Indenting must not add white space inside the text: put back the
    # single spaces between sentences, and nothing around them.
    for p in body.iter(f"{{{AKN}}}p"):
        p.text = ""
        spans = list(p)
        for span in spans:
            span.tail = " "
        spans[-1].tail = ""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ISO 3166-1 alpha-2, for FRBRcountry.
ISO_COUNTRY = {"united-states": "us", "mexico": "mx"}


def work_country(record: Record) -> str:
    """FRBRcountry: the country of the communiqué's publisher (the schema
    allows one code, though the communiqué is both countries')."""
    name = register_of(record).text("communique", "publisher")
    org = next((o for o in record.organisations.values() if o.name == name), None)
    if org is None:
        raise RecordError("data/organisations.yaml", "(file)", "(entries)",
                          f"no entry for the publisher, {name!r}: Akoma Ntoso's FRBRcountry is its country")
    return ISO_COUNTRY[org.country]


def _notes(meta: ET.Element, record: Record, ids: "_Ids") -> None:
    """Why FRBRcountry has one country; then Mexico's English release,
    phrase against phrase: one note a variant, placed beside the sentence
    that holds the White House phrase."""
    release = record.context["publication"].get("mexican_release") or {}
    variants = release.get("variants") or []
    notes = _el(meta, "notes", source=f"#{EDITION_REF}")
    country = work_country(record)
    _el(_el(notes, "note", eId=ids("frbrcountry", "the notes")), "p",
        f"FRBRcountry is “{country}”, the country of the publisher ({register_of(record).text('communique', 'publisher')}): "
        "Akoma Ntoso allows one country a work. The communiqué is joint, Mexico's and the United States' (FRBRauthor).")
    for n, v in enumerate(variants, start=1):
        para = record.communique.paragraph(v["paragraph"])
        sentence = para.sentence_eid(sentence_at(para, v["white_house"]))
        note = _el(notes, "note", eId=ids(f"mexican_release_{n}", "the notes"), placement="side", placementBase=sentence,
                   marker=str(n))
        p = _el(note, "p", "Mexico's English release (")
        link = _el(p, "a", release["publisher"], href=release["url"])
        link.tail = f") words “{v['white_house']}” as “{v['sre_en']}”: context, not the communiqué's words."


def _words(text: str, form: str) -> list[tuple[int, int]]:
    """Where `form` occurs in `text` as a whole word."""
    found, start = [], text.find(form)
    while start != -1:
        end = start + len(form)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append((start, end))
        start = text.find(form, end)
    return found


def _meetings(proprietary: ET.Element, record: Record, site: Site) -> None:
    """What sources say of each meeting: who they list there (as printed,
    with side, role and source) and what was discussed (with the source, and
    the edition's reading of which commitments it follows up)."""
    container = _el(proprietary, "meetings", ns=EDITION)
    for m in record.meetings.values():
        meeting = _el(container, "meeting", ns=EDITION, refersTo=f"#{m.id}", date=m.date.isoformat(), place=m.place,
                      url=site.of(m))
        for a in m.reported_attendees:
            _el(meeting, "attendee", ns=EDITION, refersTo=f"#{a.person}", printed=a.printed, side=a.side,
                rolePrinted=a.role_printed, source=a.source)
        for kind, statements in (("purpose", [m.purpose] if m.purpose else []), ("topic", m.topics)):
            for s in statements:
                statement = _el(meeting, kind, ns=EDITION, source=s.source, sourceKind=s.kind)
                _el(statement, "said", s.said, ns=EDITION)
                for item in s.relates_to:
                    _el(statement, "relatesTo", ns=EDITION, item=item, url=site.of(record.commitments[item]),
                        basis="the edition's reading")
