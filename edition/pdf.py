"""The edition as one PDF, to archive and attach: the communiqué's full
text with its paragraph and sentence numbers, the agenda items with their
quotes and basis, the participants and the meetings, each part linked to
its permanent address, the edition's citation and the date the PDF was
made on its first page.

Typst (its PyPI binding) sets it, from edition/pdf.typ: a tagged PDF
(PDF/UA-1), its text real text in reading order, with the title and
language in its metadata. The record reaches Typst only as data
(`sys.inputs`, read with `json(...)`): every field prints as typed,
whatever characters it holds, since nothing of it is ever read as markup.

Whether a build makes it (`wanted`): always, unless EDITION_PDF=0 says
to skip it while editing; under `mkdocs serve`, only if EDITION_PDF=1.
A build for publishing (EDITION_PUBLISH=1) refuses to skip it.
"""
from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

from edition import addresses as A
from edition import export, publishing, vocabulary
from edition.addresses import Site, page_of
from edition.cite import cite
from edition.index import TIE_BASES, index_of
from edition.record import Record
from edition.record.kinds import KINDS
from edition.register import register_of

PATH = "communique.pdf"          # where the site publishes it, from its root
ENV = "EDITION_PDF"              # 0: skip it (while editing); 1: make it even under serve
TEMPLATE = Path(__file__).with_name("pdf.typ")


class PdfSkipped(Exception):
    """A build for publishing was told to skip the PDF."""


def wanted(serving: bool = False) -> bool:
    """Whether this build makes the PDF. Raises PdfSkipped when a build
    for publishing would go without it."""
    value = os.environ.get(ENV, "").strip().lower()
    skip = value in ("0", "false", "no", "off") or (serving and value not in ("1", "true", "yes", "on"))
    if skip and publishing.publishing():
        raise PdfSkipped(f"{publishing.PUBLISH_ENV} is set, and {ENV}={value or '(unset)'}"
                         f"{' under mkdocs serve' if serving and not value else ''} skips the PDF: "
                         f"a published edition must have it ({PATH}); unset {ENV}")
    return not skip


def made_on() -> datetime.date:
    """The day the PDF is made: SOURCE_DATE_EPOCH's, for a reproducible build, else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc) if epoch.isdigit()
              else datetime.datetime.now(datetime.timezone.utc))
    return moment.date()


def _day(d: datetime.date) -> str:
    return f"{d.day} {d:%B %Y}"


def document_data(record: Record, site_url: str, site_name: str, made: datetime.date | None = None) -> dict:
    """Everything the PDF prints, as plain data: strings, numbers, lists."""
    made = made or made_on()
    site = Site(site_url)
    permanent = publishing.is_set(site_url)
    index = index_of(record)
    says = register_of(record)
    citation = cite(record, site.absolute(A.TEXT) if permanent else "")

    def person_name(p) -> str:
        """A person's name as the heading of their part gives it: rank and
        name, as their page's heading does; lists give the name alone, as
        the pages' lists do."""
        return f"{p.rank} {p.name}" if p.rank else p.name

    def source_of(url: str) -> dict:
        return {"title": " ".join(record.sources.get(url, url).split()), "url": url}

    paragraphs = [{
        "number": p.number,
        "url": site.absolute(A.TEXT, p.eid),
        "sentences": [{"n": f"{p.number}.{i + 1}", "text": s, "url": site.absolute(A.TEXT, p.sentence_eid(i))}
                      for i, s in enumerate(p.sentences)],
    } for p in record.communique.paragraphs]

    items = []
    for c in record.commitments.values():
        at = says.attributions[c.id]
        ties = index.ties_of_commitment.get(c.id, [])
        groups = []
        for basis in TIE_BASES:
            # A person counted with a delegation by the edition's reading, marked so.
            names = [t.person.name + (" (inferred)" if basis == "delegation" and says.inferred_delegation(t.person) else "")
                     for t in ties if t.basis == basis]
            if names:
                groups.append({"basis": vocabulary.TIE_BASES[basis], "people": list(dict.fromkeys(names))})
        items.append({
            "title": c.title,
            "url": site.of(c),
            "kind": says.text(page_of(c), "kind"),
            "verb": c.verb,
            "agent": at.words,
            "agent_where": at.where(),
            "agent_reading": at.resolved(),  # "He" read as the person an earlier sentence names
            "agent_carried": at.carried,
            "paragraph": c.paragraph,
            "quotes": list(c.quotes),
            "ties": groups,
        })

    people = []
    for p in record.people.values():
        org = record.organisations.get(p.organisation) if p.organisation else None
        # A person the communiqué does not name: as the source lists them at a later meeting.
        listed = [] if p.in_communique else [
            {"meeting": a.meeting.title, "date": _day(a.meeting.date), "printed": as_printed(a), "role": a.role_printed,
             "side": vocabulary.SIDES[next(r.side for r in a.meeting.reported_attendees if r.person == p.id)],
             "source": a.source, "source_title": record.sources.get(a.source, a.source)}
            for a in index.attendance.get(p.id, []) if a.basis == "source"]
        people.append({
            "name": person_name(p),
            "url": site.of(p),
            "title": p.title or "",
            "organisation": org.name if org else "",
            # A body a source's printed role names (not the communiqué's title): with that source.
            "organisation_source": source_of(p.organisation_source) if p.organisation_source else None,
            "side": vocabulary.SIDES[p.side] if p.in_communique else "",
            # The register's words for the delegation the text puts them in at Mexico City.
            "delegation": says.text(page_of(p), "delegation") if p.in_communique and p.delegation != "none" else "",
            "parts": [vocabulary.PARTS[part] for part in p.part],
            "named": p.in_communique,
            "listed": listed,
        })

    meetings = []
    for m in record.meetings.values():
        basis, date_sources = export.date_basis(record, m.context)
        at = index.attendance_at.get(m.id, [])
        # Names as the communiqué prints them, or as the source that lists them prints them.
        named = list(dict.fromkeys(a.person.name for a in at if a.basis == "communique"))
        reported = [{"side": vocabulary.SIDES[r.side], "printed": as_printed(r), "role": r.role_printed, "source": r.source}
                    for r in m.reported_attendees]
        meetings.append({
            "title": m.title,
            "url": site.of(m),
            "date_basis": basis,
            "date_sources": [{"title": " ".join(s["title"].split()), "url": s["url"]} for s in date_sources],
            # Its kind, date and place, as one sentence (a place may end in a full stop: "D.C.").
            "when": full_stop(", ".join(filter(None, [vocabulary.MEETING_KINDS[m.kind], _day(m.date), m.place]))),
            "paragraph": m.paragraph or 0,
            "says": m.says or "",
            "attendees": named,
            "reported": [{"side": side, "people": [r for r in reported if r["side"] == side]}
                         for side in dict.fromkeys(r["side"] for r in reported)],
            "reported_sources": list(dict.fromkeys(r["source"] for r in reported)),
            # Each statement with its own source, as the meeting's page gives it.
            "purpose": {"said": m.purpose.said, "source": source_of(m.purpose.source)} if m.purpose else None,
            "topics": [{"said": t.said, "source": source_of(t.source)} for t in m.topics],
        })

    pub = record.facts.publication
    return {
        "site_name": site_name,
        # The PDF's own title (its metadata): the edition's, which holds more than the communiqué.
        "doc_title": f"{site_name}: {record.communique.title}",
        "title": record.communique.title,
        "publisher": citation_publisher(record),
        "published": _day(pub.date),
        "made": _day(made),
        "made_iso": [made.year, made.month, made.day],
        "site_url": site.url,
        "permanent": permanent,
        "text_url": site.absolute(A.TEXT),
        "data_url": site.absolute(A.DATA),
        "chicago": citation.chicago,
        "plain": citation.plain,
        "paragraphs": paragraphs,
        "items": items,
        "people": people,
        "meetings": meetings,
    }


def as_printed(a) -> str:
    """A reported attendee as the source prints them: its rank, then the name."""
    return f"{a.rank_printed} {a.printed}" if a.rank_printed else a.printed


def full_stop(sentence: str) -> str:
    """The sentence ended by one full stop, whether or not its last word has one ("D.C.")."""
    return sentence if sentence.endswith(".") else sentence + "."


def citation_publisher(record: Record) -> str:
    from edition.cite import citation_facts
    return citation_facts(record).publisher


def render(data: dict) -> bytes:
    """The PDF of `data` (document_data's), set by Typst from edition/pdf.typ."""
    import typst
    return typst.compile(str(TEMPLATE), root=str(TEMPLATE.parent), format="pdf",
                         sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
                         pdf_standards="ua-1", ignore_system_fonts=True)


def field_holding(record: Record, text: str) -> tuple[str, str, str] | None:
    """(file, entry, field) of the first field of the record that holds `text`."""
    for kind in KINDS:
        file = kind.path
        for ident, entry in record.entries_of(kind).items():
            stack = [("", entry.model_dump())]
            while stack:
                path, value = stack.pop()
                if isinstance(value, str) and text in value:
                    return file, ident, path
                if isinstance(value, dict):
                    stack += [(f"{path}.{k}" if path else k, v) for k, v in value.items()]
                elif isinstance(value, list):
                    stack += [(f"{path}.{n}", v) for n, v in enumerate(value)]
    return None


def make(record: Record, site_url: str, site_name: str, made: datetime.date | None = None) -> bytes:
    """`made`: the build's date, the one its pages give (edition/build/)."""
    return render(document_data(record, site_url, site_name, made))
