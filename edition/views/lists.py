"""The views of the pages that list the record: the full text, the indexes
of agenda items, participants, organisations, meetings and ties, the
glossary, the home page and the sources."""
from __future__ import annotations

from edition import addresses as A
from edition.addresses import address
from edition.annotated_text import annotated
from edition.page_helpers import Helpers
from edition.register import register_of
from edition.record import Commitment, Meeting, Person


def _release(h: Helpers) -> dict | None:
    return h.record.context["publication"].get("mexican_release")


def publisher(h: Helpers) -> str:
    """Who published the communiqué ("The White House"), as the register says it."""
    return register_of(h.record).text("communique", "publisher")


def text(h: Helpers, src: str, **_) -> dict:
    paragraphs = h.record.communique.paragraphs
    return dict(heading=h.record.communique.title, mexico=_release(h), publisher=publisher(h),
                paragraphs=[(para, annotated(h, para)) for para in paragraphs],
                spanish_words=h.spanish_words.text)


def commitments(h: Helpers, src: str, **_) -> dict:
    return dict(commitments=list(h.record.commitments.values()))


def meetings(h: Helpers, src: str, **_) -> dict:
    return dict(meetings=list(h.record.meetings.values()))


def home(h: Helpers, src: str, **_) -> dict:
    r = h.record
    # The release's entry on the sources page, which gives its date.
    return dict(published=r.context["publication"]["date"], release=h.sources[r.context["publication"]["url"]],
                reported=r.reported_meeting,
                commitments=list(r.commitments.values()), people=list(r.people.values()))


def participants(h: Helpers, src: str, **_) -> dict:
    r, index = h.record, h.index
    people = list(r.people.values())
    return dict(
        people=people,
        org_of={p.id: r.organisations[p.organisation] for p in people if p.organisation},
        reported_place=r.reported_meeting.place,
        listed_later=[(p, a) for p in people if not p.in_communique for a in index.attendance.get(p.id, [])],
        tables=attendance_tables(h),
        # The source whose fuller forms of the names say which words are the surnames (context.yaml
        # `surnames`), less the context file's note in brackets.
        surnames_basis=(r.facts.surnames.get("basis") or "").split(" (")[0],
    )


def attendance_tables(h: Helpers, width: int = 6) -> list[tuple[int, list[Meeting], list[tuple[Person, list[str]]]]]:
    """The people × meetings table, as tables of at most `width` meetings,
    each with the number of its first meeting (from 1) and the people
    recorded at one of them, each with what the table says of them at
    each meeting: the whole stays linear in the record however many
    meetings it holds."""
    meetings = list(h.record.meetings.values())
    tables = []
    for start in range(0, len(meetings), width):
        chunk = meetings[start:start + width]
        at = {a.person.id for m in chunk for a in h.index.attendance_at.get(m.id, [])}
        rows = [(p, [_attendance_cell(h, p, m) for m in chunk]) for p in h.record.people.values() if p.id in at]
        tables.append((start + 1, chunk, rows))
    return tables


def _attendance_cell(h: Helpers, p: Person, m: Meeting) -> str:
    """What the people × meetings table says of one person at one meeting."""
    bases = {a.basis for a in h.index.attendance.get(p.id, []) if a.meeting is m}
    return " and ".join(label for basis, label in (("communique", "Communiqué"), ("source", "Source")) if basis in bases)


def organisations(h: Helpers, src: str, **_) -> dict:
    """Each body, with the people whose title names it (or, where it does
    not, the role the person's organisation_source prints)."""
    index = h.index

    def role(p: Person) -> str | None:
        return next((a.role_printed for a in index.attendance.get(p.id, [])
                     if p.organisation_source and a.source == p.organisation_source), None)
    return dict(organisations=[(o, [(p, role(p)) for p in index.members.get(o.id, [])])
                               for o in h.record.organisations.values()])


def ties(h: Helpers, src: str, **_) -> dict:
    r = h.record
    order = {pid: n for n, pid in enumerate(r.people)}  # the record's order of people
    return dict(number={c.id: n for n, c in enumerate(r.commitments.values(), 1)},
                sections=[(r.meetings[mid], items, tie_rows(h, items, order)) for mid, items in h.index.reported_from.items()])


def tie_rows(h: Helpers, items: list[Commitment], order: dict[str, int]) -> list[tuple[Person, list[tuple[Commitment, str | None]]]]:
    """The people × items matrix: each person tied to one of the items (in
    the record's `order`), and the basis of their tie to each item (None
    where there is none). Only the items' own ties are read, so that the
    whole page grows with the record, not with meetings times ties."""
    basis = {(t.person.id, c.id): t.basis for c in items for t in h.index.ties_of_commitment.get(c.id, [])}
    people = sorted({pid for pid, _ in basis}, key=order.__getitem__)
    return [(h.record.people[pid], [(c, basis.get((pid, c.id))) for c in items]) for pid in people]


def glossary(h: Helpers, src: str, **_) -> dict:
    """Each term, A to Z whatever the case, with its sources and its
    Spanish search words."""
    r = h.record
    return dict(terms=[(term, r.glossary_sources(term),
                        h.spanish_words.glossary.get(term, []))
                       for term in sorted(r.glossary, key=str.lower)])


def sources(h: Helpers, src: str, **_) -> dict:
    """Each source, and the anchors of the sources the edition once cited
    and cites no more (the manifest's): their links still lead here."""
    from edition import changes, published
    current = {s.anchor for s in h.sources.values()}
    page = "/" + address(A.SOURCES) + "#"
    gone = sorted(a.removeprefix(page) for a in published.manifest() if a.startswith(page + "src-")
                  and a.removeprefix(page) not in current)
    return dict(sources=list(h.sources.values()), uses=h.uses, no_longer_cited=gone, changes_page=changes.PAGE)
