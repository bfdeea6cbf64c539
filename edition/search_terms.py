"""The words each entry is found by in search: its page's tags.

The first tag says the kind of entry (shown on its search result); the
others are the names and words readers type that the page may not contain.
Every page template takes its tags from here, so that what search knows
about an entry lives in one place. Tags weigh far more than a page's text
(mkdocs.yml, plugin `search`), and only the page's own entry carries them,
not its sections (hooks/search_index.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from edition.index import index_of

if TYPE_CHECKING:
    from edition.record import Commitment, Meeting, Organisation, Person, Record


def organisation_names(o: Organisation) -> list[str]:
    """Every name of a body readers search by: its acronym, its official
    Spanish name and the other names the record gives, with their basis."""
    names = [o.acronym, o.name_es, *(getattr(a, "name", None) or a["name"] for a in o.also_called)]
    return [n for n in names if n]


def _as_head(o: Organisation) -> list[str]:
    """A body's names as its head's tags. The Spanish name is given with the
    acronym, as the glossary writes it ("Secretaría de Gobernación (SEGOB)"):
    the acronym then counts twice, and its head comes before a member whose
    title ends with it ("Undersecretary …, SEGOB")."""
    names = organisation_names(o)
    if o.acronym and o.name_es:
        names[names.index(o.name_es)] = f"{o.name_es} ({o.acronym})"
    return names


def head_of(record: Record, o: Organisation) -> Person | None:
    """The person who heads a body: the one whose title is how the text names it
    ("Secretary of the Navy" for SEMAR); None when the text names no head."""
    return next((p for p in index_of(record).members.get(o.id, []) if p.title in o.in_text), None)


def other_printed_forms(record: Record, p: Person) -> list[str]:
    """The person's name as other sources print it (a readout's "Admiral Rafael Ojeda Duran")."""
    return list(dict.fromkeys(printed for printed, _ in index_of(record).other_forms.get(p.id, [])))


def person_tags(record: Record, p: Person) -> list[str]:
    """Kind, title, aliases, other printed forms; and for the head of a body,
    the body's names, so that "semar" or "la Cancillería" reaches the person
    before the lists that name the body."""
    tags = ["Person", p.title, *p.aliases, *other_printed_forms(record, p)]
    org = record.organisations.get(p.organisation) if p.organisation else None
    head = head_of(record, org) if org is not None else None
    if head is not None and head.id == p.id:
        tags += _as_head(org)
    return list(dict.fromkeys(t for t in tags if t))


def commitment_tags(record: Record, c: Commitment) -> list[str]:
    return ["Agenda item", *c.keywords]


def meeting_tags(record: Record, m: Meeting) -> list[str]:
    return ["Meeting", *m.keywords]
