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
    """Every tie, derived once a record and kept with it."""
    if "ties" not in record.derived:
        record.derived["ties"] = list(_derive_ties(record))
    return record.derived["ties"]


def _derive_ties(record: Record):
    for c in record.commitments.values():
        meeting = record.discussed_at(c)
        if c.attributed_to in record.people:
            yield Tie(record.people[c.attributed_to], c, "said", meeting.title)
        for person in c.names:
            yield Tie(record.people[person], c, "named", meeting.title)
        group_basis = {"both-delegations": "delegation", "two-countries": "attended"}.get(c.attributed_to)
        if group_basis:
            for p in record.attendees(meeting):
                if p.delegation != "none":
                    yield Tie(p, c, group_basis, meeting.title)


def _index(record: Record, key: str, of) -> dict:
    if key not in record.derived:
        index: dict = {}
        for tie in ties(record):
            index.setdefault(of(tie), []).append(tie)
        record.derived[key] = index
    return record.derived[key]


def ties_of_person(record: Record, person: Person) -> list[Tie]:
    return _index(record, "ties_by_person", lambda t: t.person.id).get(person.id, [])


def ties_of_commitment(record: Record, commitment: Commitment) -> list[Tie]:
    return _index(record, "ties_by_commitment", lambda t: t.commitment.id).get(commitment.id, [])


def related(record: Record, commitment: Commitment) -> list[Commitment]:
    """Related items, both ways: those it names and those that name it."""
    if "related_to" not in record.derived:
        back: dict[str, set] = {}
        for c in record.commitments.values():
            for other in c.related:
                back.setdefault(other, set()).add(c.id)
        record.derived["related_to"] = back
        record.derived["position"] = {i: n for n, i in enumerate(record.commitments)}
    ids = set(commitment.related) | record.derived["related_to"].get(commitment.id, set())
    return [record.commitments[i] for i in sorted(ids, key=record.derived["position"].get)]
