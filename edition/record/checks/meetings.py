"""data/meetings.yaml: the meetings' ids, each event of data/context.yaml
dating one, and each meeting's words, people, sources and date."""
from __future__ import annotations

import datetime

from edition.record.checks.common import _check, _known, _unlike
from edition.record.entries import Commitment, Meeting, Person
from edition.record.errors import RecordError
from edition.record.kinds import kind_for
from edition.record.model import Record
from edition.text import plain_spaces

ITEMS, MEETINGS, PEOPLE = kind_for(Commitment), kind_for(Meeting), kind_for(Person)
YEARS = 10  # a meeting dated further than this from the communiqué is a typing mistake


def check_meeting_ids(record: Record) -> None:
    """Before the people are checked against the meetings: a meeting removed
    from data/meetings.yaml is named as that file's change, not as a person
    no meeting lists. Each event of data/context.yaml dates a meeting; a
    meeting an item names is one (if its page is published, it was removed
    from data/meetings.yaml; otherwise the item's id is mistyped)."""
    f = MEETINGS.path
    for m in record.meetings.values():  # a context mistyped is the meeting's own fault
        try:
            record.context_fact(m.context)
        except KeyError:
            raise RecordError(f, m.id, "context", f"no fact '{m.context}' in data/context.yaml") from None
    for m in record.meetings.values():  # a reported attendee's id mistyped is the meeting's fault, not the person's
        for n, a in enumerate(m.reported_attendees):
            _known(record, PEOPLE, a.person, f, m.id, f"reported_attendees.{n}.person")
    dated = {m.context for m in record.meetings.values()}
    for event in record.facts.events:
        _check(f"events.{event.id}" in dated, f, "(none)", "context",
               f"no meeting is dated by data/context.yaml's event '{event.id}': was its meeting removed? "
               "Put it back (its page is published, and ids are permanent), or remove the event too")
    for c in record.commitments.values():
        for field, ids in (("meeting", [c.meeting] if c.meeting else []), ("announces", c.announces)):
            for ident in ids:
                _known(record, MEETINGS, ident, ITEMS.path, c.id, field)


def check_meetings(record: Record) -> None:
    """data/meetings.yaml: the text's words, people and sources known, dates
    as the context file gives them and within sane bounds."""
    communique = record.communique
    npara = len(communique.paragraphs)
    f = MEETINGS.path
    published = record.facts.publication.date
    reported_id = next((m.id for m in record.meetings.values() if m.reported), None)
    announced = {meeting: c.id for c in record.commitments.values() for meeting in c.announces
                 if meeting not in (c.meeting, reported_id)}  # announcing its own meeting: the item's mistake
    for m in record.meetings.values():
        _check((m.paragraph is None) == (m.says is None), f, m.id, "says",
               "give both 'paragraph' and 'says' (where the communiqué speaks of it), or neither")
        if m.paragraph is not None:
            _check(m.paragraph <= npara, f, m.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
            _check(plain_spaces(m.says) in communique.paragraph(m.paragraph).text, f, m.id, "says",
                   f"not verbatim in paragraph {m.paragraph}{_unlike(communique, m.paragraph, plain_spaces(m.says))}")
        else:
            _check(not m.reported and m.attendees != "delegations" and not m.attendees, f, m.id, "attendees",
                   "a meeting the communiqué does not speak of has no attendees from it (list them in reported_attendees)")
            _check(m.date > published, f, m.id, "date",
                   f"{m.date} is not after the communiqué ({published}): a meeting it does not speak of is a later one")
        if m.attendees != "delegations":
            for person in m.attendees:
                _known(record, PEOPLE, person, f, m.id, "attendees")
        for n, a in enumerate(m.reported_attendees):
            where = f"reported_attendees.{n}"
            _known(record, PEOPLE, a.person, f, m.id, where + ".person")
            _check(a.source in record.sources, f, m.id, where + ".source", f"'{a.source}' is not a source in data/context.yaml")
            _check(record.people[a.person].side == a.side, f, m.id, where + ".side",
                   f"'{a.side}' disagrees with data/people.yaml ({record.people[a.person].side})")
        for key, statements in (("purpose", [m.purpose] if m.purpose else []), ("topics", m.topics)):
            for n, s in enumerate(statements):
                where = key if key == "purpose" else f"topics.{n}"
                _check(s.source in record.sources, f, m.id, where + ".source", f"'{s.source}' is not a source in data/context.yaml")
                for item in s.relates_to:
                    _known(record, ITEMS, item, f, m.id, where + ".relates_to")
        try:
            fact = record.context_fact(m.context)
        except KeyError:
            raise RecordError(f, m.id, "context", f"no fact '{m.context}' in data/context.yaml") from None
        known = fact.get("date")
        if m.context == "publication":  # "received yesterday": the meeting was the day before publication
            known = known - datetime.timedelta(days=1)
        _check(known is None or known == m.date, f, m.id, "date", f"{m.date} disagrees with data/context.yaml ({known})")
        _check(abs((m.date - published).days) <= YEARS * 366, f, m.id, "date",
               f"{m.date} is more than {YEARS} years from the communiqué ({published}): a typing mistake?")
        if m.id in announced:
            _check(m.date > published, f, m.id, "date", f"{m.date} is not after the communiqué ({published}), "
                   f"though its item '{announced[m.id]}' announces it")
        if m.reported:
            _check(m.date <= published, f, m.id, "date", f"{m.date} is after the communiqué that reports it ({published})")
    reported = [m.id for m in record.meetings.values() if m.reported]
    _check(len(reported) == 1, f, ", ".join(reported) or "(all)", "reported",
           "exactly one meeting must be the one the communiqué reports")
