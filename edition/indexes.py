"""Lookups derived once from a record and kept with it (Record.derived),
so that building every page stays linear as the record grows."""
from __future__ import annotations

import re

from edition.record import Commitment, Meeting, Person, Record
from edition.text import Paragraph, forms_pattern, mentions


def name_forms(record: Record) -> tuple[dict[str, str], re.Pattern]:
    """Every printed form of every name -> the person's id, and its pattern."""
    if "name_forms" not in record.derived:
        forms = {form: p.id for p in record.people.values() for form in p.printed}
        record.derived["name_forms"] = (forms, forms_pattern(forms))
    return record.derived["name_forms"]


def named_in(record: Record) -> dict[str, list[Paragraph]]:
    """Person id -> the paragraphs that name them."""
    if "named_in" not in record.derived:
        forms, pattern = name_forms(record)
        index: dict[str, list[Paragraph]] = {}
        for para in record.communique.paragraphs:
            for person in dict.fromkeys(k for _, _, k in mentions(para.text, forms, pattern)):
                index.setdefault(person, []).append(para)
        record.derived["named_in"] = index
    return record.derived["named_in"]


def meetings_of(record: Record, person: Person) -> list[Meeting]:
    if "meetings_of" not in record.derived:
        index: dict[str, list[Meeting]] = {}
        for m in record.meetings.values():
            for p in record.attendees(m):
                index.setdefault(p.id, []).append(m)
        record.derived["meetings_of"] = index
    return record.derived["meetings_of"].get(person.id, [])


def items_in(record: Record, number: int) -> list[Commitment]:
    if "items_in" not in record.derived:
        index: dict[int, list[Commitment]] = {}
        for c in record.commitments.values():
            index.setdefault(c.paragraph, []).append(c)
        record.derived["items_in"] = index
    return record.derived["items_in"].get(number, [])
