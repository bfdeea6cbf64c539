"""What pydantic cannot know: that each data file agrees with the text, the
context file and the other files. One check function a data file; each
error names the file, the entry and the field."""
from __future__ import annotations

import datetime
import re

from edition.record.context import ContextFile, Surname
from edition.record.errors import RecordError, check as _check, printable as _printable
from edition.record.model import GROUPS, Record
from edition.text import Communique, plain_spaces


def names_in_text(communique: Communique) -> set[str]:
    """The people's names the text prints, read from its structure: the two
    delegation lists ("Name, Title; …") and every "President Name"."""
    names = set()
    for para in communique.paragraphs:
        for lead in ("was accompanied by ", "was represented by "):
            if lead in para.text:
                for entry in para.text.split(lead, 1)[1].rstrip(".").split(";"):
                    name = entry.strip().removeprefix("and ").split(",")[0]
                    names.add(re.sub(r"^(Gen|Alm)\. ", "", name))
        names.update(re.findall(r"President (?:of Mexico )?((?:[A-Z]\w+)(?: [A-Z]\w+)*)", para.text))
    return names


def check_context(facts: ContextFile) -> None:
    """data/context.yaml: each glossary source belongs to an entry of the glossary."""
    for term in facts.glossary_sources:
        _check(term in facts.glossary, "data/context.yaml", _printable(str(term)), "glossary_sources",
               "no glossary entry has this term")


def _whole_text(communique: Communique) -> str:
    return " ".join([communique.title, *(p.text for p in communique.paragraphs)])


def check_organisations(record: Record) -> None:
    """data/organisations.yaml: the words that name each body are the text's."""
    text = _whole_text(record.communique)
    f = "data/organisations.yaml"
    for o in record.organisations.values():
        for words in o.in_text:
            _check(words in text, f, o.id, "in_text", f"'{words}' is not in the text")


def check_people(record: Record) -> None:
    """data/people.yaml: names, titles and surnames as the text and sources give them."""
    communique = record.communique
    text = _whole_text(communique)
    surnames = record.facts.surnames
    f = "data/people.yaml"
    for p in record.people.values():
        _check(p.organisation is None or p.organisation in record.organisations,
               f, p.id, "organisation", f"unknown organisation '{p.organisation}'")
        for form in p.printed:
            _check(form in text, f, p.id, "printed", f"'{form}' is not in the text")
        for phrase in p.not_naming:
            _check(phrase in text, f, p.id, "not_naming", f"'{phrase}' is not in the text")
        if p.in_communique:
            _check(p.printed[0] == p.name, f, p.id, "printed", "must start with the full name")
            _check(p.title is not None, f, p.id, "title", "missing field (the communiqué gives a title)")
            _check(p.title in text, f, p.id, "title", f"'{p.title}' is not in the text")
            _check(bool(p.part), f, p.id, "part", "missing field (what the communiqué says of their part)")
        else:
            _check(p.delegation == "none" and not p.part and p.title is None and p.rank is None, f, p.id, "printed",
                   "a person the communiqué does not name has no delegation, part, title or rank of its")
        if p.surname is not None:
            _check(p.name.endswith(" " + p.surname), f, p.id, "surname", "must end the name")
            sourced = (len(p.name.split()) == 2 or p.surname in p.printed[1:]
                       or _surnames_of(surnames.get(p.name)) == p.surname)
            _check(sourced, f, p.id, "surname", "no source says which words are the surname: omit the field "
                   "(a two-word name, a short form the communiqué prints, or data/context.yaml's 'surnames' can)")
    for name in sorted(names_in_text(communique)):
        _check(any(name in p.printed for p in record.people.values()),
               f, name, "name", "the text names this person but no entry has the name in 'printed'")
    listed = {a.person for m in record.meetings.values() for a in m.reported_attendees}
    for p in record.people.values():
        _check(p.in_communique or p.id in listed, "data/people.yaml", p.id, "printed",
               "the communiqué does not name this person and no meeting's reported_attendees lists them")


def _surnames_of(fact) -> str | None:
    return fact.surnames if isinstance(fact, Surname) else None


def check_commitments(record: Record) -> None:
    """data/commitments.yaml: quotes and verbs verbatim, references known."""
    communique = record.communique
    npara = len(communique.paragraphs)
    f = "data/commitments.yaml"
    for c in record.commitments.values():
        _check(c.paragraph <= npara, f, c.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
        para = communique.paragraph(c.paragraph).text
        for quote in c.quotes:
            _check(plain_spaces(quote) in para, f, c.id, "quotes", f"not verbatim in paragraph {c.paragraph}: '{quote}'")
        _check(c.verb in para, f, c.id, "verb", f"'{c.verb}' is not in paragraph {c.paragraph}")
        _check(c.attributed_to in GROUPS or c.attributed_to in record.people, f, c.id, "attributed_to",
               f"'{c.attributed_to}' is neither a person's id nor one of {', '.join(GROUPS)}")
        for other in c.related:
            _check(other.item in record.commitments and other.item != c.id, f, c.id, "related",
                   f"unknown item '{other.item}'")
            _check(all(back.item != c.id for back in record.commitments[other.item].related), f, c.id, "related",
                   f"'{other.item}' already relates to it: give each relation once (the reverse is derived)")
        for person in c.names:
            _check(person in record.people, f, c.id, "names", f"unknown person '{person}'")
        for meeting in c.announces:
            _check(meeting in record.meetings, f, c.id, "announces", f"unknown meeting '{meeting}'")
        _check(c.meeting is None or c.meeting in record.meetings, f, c.id, "meeting", f"unknown meeting '{c.meeting}'")


def check_meetings(record: Record) -> None:
    """data/meetings.yaml: the text's words, people and sources known, dates as the context file gives them."""
    communique = record.communique
    npara = len(communique.paragraphs)
    f = "data/meetings.yaml"
    for m in record.meetings.values():
        _check((m.paragraph is None) == (m.says is None), f, m.id, "says",
               "give both 'paragraph' and 'says' (where the communiqué speaks of it), or neither")
        if m.paragraph is not None:
            _check(m.paragraph <= npara, f, m.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
            _check(plain_spaces(m.says) in communique.paragraph(m.paragraph).text, f, m.id, "says",
                   f"not verbatim in paragraph {m.paragraph}")
        else:
            _check(not m.reported and m.attendees != "delegations" and not m.attendees, f, m.id, "attendees",
                   "a meeting the communiqué does not speak of has no attendees from it (list them in reported_attendees)")
        if m.attendees != "delegations":
            for person in m.attendees:
                _check(person in record.people, f, m.id, "attendees", f"unknown person '{person}'")
        for n, a in enumerate(m.reported_attendees):
            where = f"reported_attendees.{n}"
            _check(a.person in record.people, f, m.id, where + ".person", f"unknown person '{a.person}'")
            _check(a.source in record.sources, f, m.id, where + ".source", f"'{a.source}' is not a source in data/context.yaml")
            _check(record.people[a.person].side == a.side, f, m.id, where + ".side",
                   f"'{a.side}' disagrees with data/people.yaml ({record.people[a.person].side})")
        for key, statements in (("purpose", [m.purpose] if m.purpose else []), ("topics", m.topics)):
            for n, s in enumerate(statements):
                where = key if key == "purpose" else f"topics.{n}"
                _check(s.source in record.sources, f, m.id, where + ".source", f"'{s.source}' is not a source in data/context.yaml")
                for item in s.relates_to:
                    _check(item in record.commitments, f, m.id, where + ".relates_to", f"unknown item '{item}'")
        try:
            fact = record.context_fact(m.context)
        except KeyError:
            raise RecordError(f, m.id, "context", f"no fact '{m.context}' in data/context.yaml") from None
        known = fact.get("date")
        if m.context == "publication":  # "received yesterday": the meeting was the day before publication
            known = known - datetime.timedelta(days=1)
        _check(known is None or known == m.date, f, m.id, "date", f"{m.date} disagrees with data/context.yaml ({known})")
    reported = [m.id for m in record.meetings.values() if m.reported]
    _check(len(reported) == 1, "data/meetings.yaml", ", ".join(reported) or "(all)", "reported",
           "exactly one meeting must be the one the communiqué reports")
