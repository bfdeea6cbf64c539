"""Cross-links between people and agenda items, derived from the record.

Each tie says why it exists. Nothing here is typed by hand: change a
record in data/ and the ties, both ways, follow.
"""
from __future__ import annotations

from dataclasses import dataclass

from edition.record import Commitment, Person, Record

# Why a person is tied to an agenda item, from the closest tie to the loosest.
BASES = {
    "said": "Said by them",
    "named": "Named in it",
    "delegation": "Agreed, underlined or discussed by their delegation",
    "attended": "Reaffirmed at the meeting they attended",
}


@dataclass(frozen=True)
class Tie:
    person: Person
    commitment: Commitment
    basis: str
    meeting_title: str

    @property
    def reason(self) -> str:
        """One line for a reader: why this person is tied to this item."""
        c = self.commitment
        if self.basis == "said":
            return f"The text says {self.person.printed[-1]} {c.verb} it."
        if self.basis == "named":
            return f"The passage names {self.person.printed[-1]}."
        if self.basis == "delegation":
            return f"Member of the {delegation_name(self.person)}, which the text says {c.verb} it with the other delegation."
        return f"Attended {self.meeting_title[0].lower()}{self.meeting_title[1:]}, at which the two countries reaffirmed it."


def delegation_name(person: Person) -> str:
    return {"mexico": "Mexican delegation", "united-states": "U.S. delegation"}[person.delegation]


def ties(record: Record) -> list[Tie]:
    out, meeting = [], record.reported_meeting.title
    for c in record.commitments.values():
        if c.attributed_to in record.people:
            out.append(Tie(record.people[c.attributed_to], c, "said", meeting))
        for person in c.names:
            out.append(Tie(record.people[person], c, "named", meeting))
        group_basis = {"both-delegations": "delegation", "two-countries": "attended"}.get(c.attributed_to)
        if group_basis:
            out += [Tie(p, c, group_basis, meeting) for p in record.attendees(record.reported_meeting)]
    return out


def ties_of_person(record: Record, person: Person) -> list[Tie]:
    return [t for t in ties(record) if t.person.id == person.id]


def ties_of_commitment(record: Record, commitment: Commitment) -> list[Tie]:
    return [t for t in ties(record) if t.commitment.id == commitment.id]


def related(record: Record, commitment: Commitment) -> list[Commitment]:
    """Related items, both ways: those it names and those that name it."""
    ids = set(commitment.related) | {c.id for c in record.commitments.values() if commitment.id in c.related}
    return [c for c in record.commitments.values() if c.id in ids]
