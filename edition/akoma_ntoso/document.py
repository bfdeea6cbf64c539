"""The communiqué as an Akoma Ntoso `statement` (the package's docstring
says what it holds and why)."""
from __future__ import annotations

import datetime
import os
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from edition import addresses as A
from edition.addresses import Site
from edition.akoma_ntoso.elements import AKN, EDITION, Ids, el, frbr, inline, words
from edition.export.dates import date_basis
from edition.cite import NOT_SET
from edition.index import index_of
from edition.record import Record, RecordError
from edition.record.kinds import BY_NAME, KINDS, covers, label
from edition.register import register_of, sentence_at
from edition.vocabulary import SIDES

WORK = "/akn/us/statement/2023-12-28/mexico-us-joint-communique"
EDITION_REF = "edition"
# The two countries, the joint communiqué's authors.
AUTHOR_REF = "author"


def generation_date() -> datetime.date:
    """The day this file is made: the build's date, or SOURCE_DATE_EPOCH's
    when set (for a reproducible build)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    return datetime.datetime.now(datetime.timezone.utc).date()


def publisher_ref(record: Record) -> tuple[str | None, str]:
    """The organisation entry that is the communiqué's publisher, if the
    record has one, and the publisher's name as the context gives it."""
    name = record.context["publication"]["publisher"].split(" (")[0]
    org = next((o for o in record.organisations.values() if o.name == name), None)
    return (org.id if org else None), name


def _side(entry) -> str:
    return getattr(entry, "side", None) or getattr(entry, "country")


# Each kind's reference in <references>, in this order: (element, href,
# what it shows). None: no reference (an agenda item is the text's own
# words, marked where they stand). A kind the table does not name is a
# TLCObject shown by its name or title.
_REFERENCES = {
    "Organisation": lambda o: ("TLCOrganization", f"/ontology/organization/{_side(o)}/{o.id}", o.name),
    "Person": lambda p: ("TLCPerson", f"/ontology/person/{p.id}", p.name),
    "Meeting": lambda m: ("TLCEvent", f"/ontology/event/{m.id}", m.title),
    "Commitment": None,
}
covers(_REFERENCES, "edition/akoma_ntoso/document.py")


def _reference(entry) -> tuple[str, str, str]:
    return "TLCObject", f"/ontology/object/{entry.id}", label(entry)


def _referenced() -> list:
    """The kinds with a reference, each with how to make it, in their order."""
    names = [*_REFERENCES, *(k.name for k in KINDS if k.name not in _REFERENCES)]
    return [(BY_NAME[n], _REFERENCES.get(n, _reference)) for n in names if _REFERENCES.get(n, _reference)]


def akoma_ntoso(record: Record, site_url: str, made: datetime.date | None = None) -> str:
    """The communiqué in Akoma Ntoso. `made` is the build's date, the one
    the pages give (the edition's latest change, data/changes.yaml); without
    it, the day the file is made."""
    ET.register_namespace("", AKN)
    ET.register_namespace("edition", EDITION)
    site = Site(site_url)
    pub = record.context["publication"]
    published = pub["date"].isoformat()
    ids = Ids()
    publisher_id, publisher_name = publisher_ref(record)

    root = ET.Element(f"{{{AKN}}}akomaNtoso")
    doc = el(root, "statement", name="jointCommunique")
    meta = el(doc, "meta")
    ident = el(meta, "identification", source=f"#{EDITION_REF}")
    # A joint communiqué: the two countries are its authors, the White House its publisher.
    authors = [f"#{AUTHOR_REF}-{side}" for side in SIDES]
    # Akoma Ntoso takes one country a work (an ISO 3166-1 code): the publisher's (see the note).
    frbr(ident, "FRBRWork", f"{WORK}/!main", WORK, published, "publication", authors,
          {"FRBRcountry": {"value": work_country(record)}})
    frbr(ident, "FRBRExpression", f"{WORK}/eng@/!main", f"{WORK}/eng@", published, "publication", authors,
          {"FRBRlanguage": {"language": "eng"}})
    # The manifestation is this file: its date is the day it was made.
    frbr(ident, "FRBRManifestation", f"{WORK}/eng@/!main.xml", f"{WORK}/eng@.akn",
          (made or generation_date()).isoformat(), "generation", [f"#{EDITION_REF}"])
    el(meta, "publication", date=published, name=urlsplit(pub["url"]).hostname.removeprefix("www."),
        showAs=register_of(record).text("communique", "publisher"))

    refs = el(meta, "references", source=f"#{EDITION_REF}")
    el(refs, "TLCOrganization", eId=ids(EDITION_REF, "the edition itself"), href=site.absolute(A.HOME),
        showAs="Mexico–U.S. Joint Communiqué on Migration: a web edition")
    for side, name in SIDES.items():
        el(refs, "TLCOrganization", eId=ids(f"{AUTHOR_REF}-{side}", "the communiqué's authors"),
            href=f"/ontology/organization/{side}/government", showAs=name)
    copy = ((record.context.get("archives") or {}).get("publication") or {}).get("archived")
    el(refs, "TLCReference", eId=ids("release", "the release as issued"), name="release", href=pub["url"],
        showAs=f"{pub['publisher']}: the release, as issued")
    if copy:
        el(refs, "TLCReference", eId=ids("release-archived", "the release's archived copy"), name="archivedCopy", href=copy,
            showAs="The same release, the National Archives' copy (the one a reader can open today)")
    if publisher_id is None:
        el(refs, "TLCOrganization", eId=ids("publisher", "the communiqué's publisher"), href="/ontology/organization/publisher",
            showAs=publisher_name)
    for kind, reference in _referenced():
        for entry in record.entries_of(kind).values():
            element, href, shown = reference(entry)
            el(refs, element, eId=ids(entry.id, f"{kind.path}:{entry.id}"), href=href, showAs=shown)
    _notes(meta, record, ids)
    proprietary = el(meta, "proprietary", source=f"#{EDITION_REF}")
    if not site.is_set:
        el(proprietary, "address", NOT_SET, ns=EDITION, permanent="not set")
    _meetings(proprietary, record, site)

    preface = el(doc, "preface")
    el(el(preface, "p"), "docTitle", record.communique.title)
    body = el(doc, "mainBody")
    index = index_of(record)
    acronyms = {o.acronym: o.id for o in record.organisations.values() if o.acronym}
    for para in record.communique.paragraphs:
        paragraph = el(body, "paragraph", eId=ids(para.eid, "the text"))
        el(paragraph, "num", str(para.number))
        p = el(el(paragraph, "content"), "p")
        offset, last = 0, None
        for i, sentence in enumerate(para.sentences):
            start = para.text.index(sentence, offset)
            gap = para.text[offset:start]
            if last is None:
                p.text = gap
            else:
                last.tail = gap
            last = el(p, "span", eId=ids(para.sentence_eid(i), "the text"))
            spans = [(s, e, "person", person.id) for s, e, person in index.mentions(sentence)]
            spans += [(s, e, "organization", acronyms[form]) for form in acronyms
                      for s, e in words(sentence, form)
                      if not any(a < e and s < b for a, b, _, _ in spans)]
            inline(last, sentence, sorted(spans))
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


def _notes(meta: ET.Element, record: Record, ids: Ids) -> None:
    """Why FRBRcountry has one country; then Mexico's English release,
    phrase against phrase: one note a variant, placed beside the sentence
    that holds the White House phrase."""
    release = record.context["publication"].get("mexican_release") or {}
    variants = release.get("variants") or []
    notes = el(meta, "notes", source=f"#{EDITION_REF}")
    country = work_country(record)
    el(el(notes, "note", eId=ids("frbrcountry", "the notes")), "p",
        f"FRBRcountry is “{country}”, the country of the publisher ({register_of(record).text('communique', 'publisher')}): "
        "Akoma Ntoso allows one country a work. The communiqué is joint, Mexico's and the United States' (FRBRauthor).")
    for n, v in enumerate(variants, start=1):
        para = record.communique.paragraph(v["paragraph"])
        sentence = para.sentence_eid(sentence_at(para, v["white_house"]))
        note = el(notes, "note", eId=ids(f"mexican_release_{n}", "the notes"), placement="side", placementBase=sentence,
                   marker=str(n))
        p = el(note, "p", "Mexico's English release (")
        link = el(p, "a", release["publisher"], href=release["url"])
        link.tail = f") words “{v['white_house']}” as “{v['sre_en']}”: context, not the communiqué's words."


def _meetings(proprietary: ET.Element, record: Record, site: Site) -> None:
    """What sources say of each meeting: who they list there (as printed,
    with side, role and source) and what was discussed (with the source, and
    the edition's reading of which commitments it follows up)."""
    container = el(proprietary, "meetings", ns=EDITION)
    for m in record.meetings.values():
        meeting = el(container, "meeting", ns=EDITION, refersTo=f"#{m.id}", date=m.date.isoformat(), place=m.place,
                      url=site.of(m))
        # The sources its date is known from, as every output dates it (export.date_basis).
        for s in date_basis(record, m.context)[1]:
            el(meeting, "dateSource", ns=EDITION, source=s["url"])
        for a in m.reported_attendees:
            el(meeting, "attendee", ns=EDITION, refersTo=f"#{a.person}", printed=a.printed, rankPrinted=a.rank_printed, side=a.side,
                rolePrinted=a.role_printed, source=a.source)
        for kind, statements in (("purpose", [m.purpose] if m.purpose else []), ("topic", m.topics)):
            for s in statements:
                statement = el(meeting, kind, ns=EDITION, source=s.source, sourceKind=s.kind)
                el(statement, "said", s.said, ns=EDITION)
                for item in s.relates_to:
                    el(statement, "relatesTo", ns=EDITION, item=item, url=site.of(record.commitments[item]),
                        basis="the edition's reading")
