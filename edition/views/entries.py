"""The views of an entry's own page: an agenda item, a person, a meeting."""
from __future__ import annotations

from edition import export, search_terms
from edition.page_helpers import Helpers, quote_location
from edition.record import Commitment, Meeting, Person


def commitment(h: Helpers, src: str, c: Commitment, **_) -> dict:
    r, index = h.record, h.index
    para, sentence = quote_location(r, c.paragraph, c.quotes[0])
    return dict(
        meeting=r.meeting_of(c),
        release=r.context["publication"].get("mexican_release"),
        ties=index.ties_of_commitment.get(c.id, []),
        related=index.related.get(c.id, []),
        announced_meetings=[r.meetings[mid] for mid in c.announces],
        follow_ups=index.followed_up.get(c.id, []),
        quote_para=para, quote_sentence=sentence,
    )


def person(h: Helpers, src: str, p: Person, **_) -> dict:
    r, index = h.record, h.index
    org = r.organisations.get(p.organisation) if p.organisation else None
    return dict(
        org=org,
        # The head of a body (whose title is how the text names it) is found by the body's other names.
        heads_it=org is not None and search_terms.head_of(r, org) == p,
        named=index.named_in.get(p.id, []),
        others=index.other_forms.get(p.id, []),
        aliases=[(a, a in r.glossary) for a in p.aliases],
        my_ties=index.ties_of_person.get(p.id, []),
        attended=index.attendance.get(p.id, []),
    )


def meeting(h: Helpers, src: str, m: Meeting, **_) -> dict:
    r, index = h.record, h.index
    announced_by = index.announced_by.get(m.id, [])
    agreed = dict.fromkeys(c.meeting for c in announced_by)
    return dict(
        attendees=r.attendees(m),
        listed_person={a.person: r.people[a.person] for a in m.reported_attendees},
        unlisted=index.not_listed(m),
        # The meetings that agreed to hold this one.
        agreed_at=[r.meetings[a] if a else r.reported_meeting for a in agreed],
        topics=[(t, [r.commitments[cid] for cid in t.relates_to]) for t in m.topics],
        when=context_fact(h, m.context),
        reported=index.reported_from.get(m.id, []),
        announced_by=announced_by,
    )


def context_fact(h: Helpers, ref: str) -> dict:
    """A fact from data/context.yaml ('publication', 'events.<id>'), as the
    `context_fact` macro prints it: its basis; its sources that are on the
    sources page (`known`), those of them with an archived copy
    (`archived`, as sources), and the others, neither a source nor an
    archived copy (`unlisted`)."""
    basis, found = export.date_basis(h.record, ref)
    known = [s for s in found if s["url"] in h.sources]
    copies = {s.archived for s in h.sources.values()}
    return dict(basis=basis, known=known,
                archived=[h.sources[s["url"]] for s in known if h.sources[s["url"]].archived],
                unlisted=[s for s in found if s["url"] not in h.sources and s["url"] not in copies])
