"""What the build derives from the record, once: who is named where, the
ties between people and commitments, who attended what, what later
meetings followed up. Built in one pass over each kind of entry, so that
building every page stays linear as the record grows.

Nothing here is typed by hand: change an entry in data/ and every
derived fact, both ways, follows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from edition.record import Commitment, Meeting, Organisation, Person, Record, Statement, once_per_record
from edition.text import Paragraph, forms_pattern

# Why the edition ties a person to a commitment, from the closest tie to the
# loosest. The wording of each is in templates/_ties.md.j2.
TieBasis = Literal["said", "named", "delegation", "attended"]
TIE_BASES: tuple[TieBasis, ...] = ("said", "named", "delegation", "attended")


@dataclass(frozen=True)
class Tie:
    """The edition's reading that the text ties a person to a commitment."""
    person: Person
    commitment: Commitment
    basis: TieBasis
    meeting: Meeting


@dataclass(frozen=True)
class Attendance:
    """A person at a meeting, and who puts them there: the communiqué, or a
    source that lists them (with the name and role as it prints them)."""
    person: Person
    meeting: Meeting
    basis: Literal["communique", "source"]
    printed: str = ""
    rank_printed: str = ""
    role_printed: str = ""
    source: str = ""


@dataclass(frozen=True)
class FollowUp:
    """A later meeting's topic that the edition reads as following up a commitment."""
    meeting: Meeting
    topic: Statement


@dataclass
class Index:
    record: Record
    name_forms: dict[str, str] = field(default_factory=dict)
    name_pattern: re.Pattern | None = None
    not_naming: re.Pattern | None = None
    spanish_forms: list[str] = field(default_factory=list)
    named_in: dict[str, list[Paragraph]] = field(default_factory=dict)
    commitments_in: dict[int, list[Commitment]] = field(default_factory=dict)
    ties: list[Tie] = field(default_factory=list)
    ties_of_person: dict[str, list[Tie]] = field(default_factory=dict)
    ties_of_commitment: dict[str, list[Tie]] = field(default_factory=dict)
    related: dict[str, list[tuple[Commitment, str]]] = field(default_factory=dict)
    attendance: dict[str, list[Attendance]] = field(default_factory=dict)
    attendance_at: dict[str, list[Attendance]] = field(default_factory=dict)
    other_forms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    followed_up: dict[str, list[FollowUp]] = field(default_factory=dict)
    announced_by: dict[str, list[Commitment]] = field(default_factory=dict)
    reported_from: dict[str, list[Commitment]] = field(default_factory=dict)
    members: dict[str, list[Person]] = field(default_factory=dict)

    def mentions(self, text: str) -> list[tuple[int, int, Person]]:
        """Where the text names someone: (start, end, person), longest form
        first, leaving out phrases that only contain a name."""
        if not self.name_pattern:
            return []
        skip = [m.span() for m in self.not_naming.finditer(text)] if self.not_naming else []
        return [(m.start(), m.end(), self.record.people[self.name_forms[m.group()]])
                for m in self.name_pattern.finditer(text)
                if not any(s <= m.start() < e for s, e in skip)]

    def not_listed(self, meeting: Meeting) -> list[Person]:
        """Those the communiqué puts at the meeting that agreed to hold this
        one whom its source does not list (never 'absent': the source just
        does not name them)."""
        if not meeting.reported_attendees:
            return []
        listed = {a.person for a in meeting.reported_attendees}
        agreed = [a.person for c in self.announced_by.get(meeting.id, [])
                  for a in self.attendance_at.get(self.record.meeting_of(c).id, []) if a.basis == "communique"]
        people = {p.id: p for p in agreed}
        return [p for pid, p in people.items() if pid not in listed]


def build(record: Record) -> Index:
    index = Index(record)
    people = record.people.values()
    index.name_forms = {form: p.id for p in people for form in p.printed}
    if index.name_forms:
        index.name_pattern = forms_pattern(index.name_forms)
    phrases = [phrase for p in people for phrase in p.not_naming]
    if phrases:
        index.not_naming = forms_pattern(phrases)
    spanish = [form for p in people if p.lang == "es" for form in [p.name, *p.printed]]
    spanish += [o.name_es for o in record.organisations.values() if o.name_es]
    spanish += [a.printed for m in record.meetings.values() for a in m.reported_attendees
                if record.people[a.person].lang == "es"]
    index.spanish_forms = sorted(set(spanish))

    for para in record.communique.paragraphs:
        for person in dict.fromkeys(p.id for _, _, p in index.mentions(para.text)):
            index.named_in.setdefault(person, []).append(para)
    for p in people:
        if p.organisation:
            index.members.setdefault(p.organisation, []).append(p)

    position = {cid: n for n, cid in enumerate(record.commitments)}
    related: dict[str, dict[str, str]] = {}
    for c in record.commitments.values():
        index.commitments_in.setdefault(c.paragraph, []).append(c)
        meeting = record.meeting_of(c)
        index.reported_from.setdefault(meeting.id, []).append(c)
        for m in c.announces:
            index.announced_by.setdefault(m, []).append(c)
        for other in c.related:
            related.setdefault(c.id, {})[other.item] = other.basis
            related.setdefault(other.item, {}).setdefault(c.id, other.basis)
        index.ties += _ties_of(record, c, meeting)
    for tie in index.ties:
        index.ties_of_person.setdefault(tie.person.id, []).append(tie)
        index.ties_of_commitment.setdefault(tie.commitment.id, []).append(tie)
    index.related = {cid: [(record.commitments[o], basis) for o, basis in sorted(others.items(), key=lambda kv: position[kv[0]])]
                     for cid, others in related.items()}

    for m in record.meetings.values():
        at = [Attendance(p, m, "communique") for p in record.attendees(m)]
        at += [Attendance(record.people[a.person], m, "source", a.printed, a.rank_printed or "", a.role_printed, a.source)
               for a in m.reported_attendees]
        index.attendance_at[m.id] = at
        for a in at:
            index.attendance.setdefault(a.person.id, []).append(a)
            if a.printed and a.printed not in (a.person.name, *a.person.printed):
                forms = index.other_forms.setdefault(a.person.id, [])
                if (a.printed, a.source) not in forms:
                    forms.append((a.printed, a.source))
        for topic in m.topics:
            for cid in topic.relates_to:
                index.followed_up.setdefault(cid, []).append(FollowUp(m, topic))
    return index


def _ties_of(record: Record, c: Commitment, meeting: Meeting) -> list[Tie]:
    ties = []
    if c.attributed_to in record.people:
        ties.append(Tie(record.people[c.attributed_to], c, "said", meeting))
    ties += [Tie(record.people[p], c, "named", meeting) for p in c.names]
    group_basis = {"both-delegations": "delegation", "two-countries": "attended"}.get(c.attributed_to)
    if group_basis:
        ties += [Tie(p, c, group_basis, meeting) for p in record.attendees(meeting) if p.delegation != "none"]
    return ties


# The index of a record, built once per loaded record.
index_of = once_per_record(build)
