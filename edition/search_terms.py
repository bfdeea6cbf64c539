"""The words each entry is found by in search: its page's tags.

The first tag says the kind of entry (shown on its search result); the
others are the names and words readers type that the page may not contain.
Every page template takes its tags from here, so that what search knows
about an entry lives in one place.
"""
from __future__ import annotations

from edition.record import Commitment, Meeting, Person, Record


def person_tags(record: Record, p: Person) -> list[str]:
    return ["Person", p.title, *p.aliases]


def commitment_tags(record: Record, c: Commitment) -> list[str]:
    return ["Agenda item", *c.keywords]


def meeting_tags(record: Record, m: Meeting) -> list[str]:
    return ["Meeting", *m.keywords]
