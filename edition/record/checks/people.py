"""data/people.yaml: each person as the text names them, and their side,
delegation, rank and part as its delegation lists and sentences give them."""
from __future__ import annotations

import re

from edition.record import structure
from edition.record.checks.common import _check, _whole_text, names_in_text
from edition.record.context import Surname
from edition.record.entries import Person
from edition.record.kinds import kind_for
from edition.record.model import Record
from edition.text import fold

PEOPLE = kind_for(Person)


def bodies_named(record: Record, role: str) -> list[str]:
    """The bodies a printed role names: by their acronym as a word, or by the words the text names them by."""
    words = set(re.findall(r"\w+", role))
    return [o.id for o in record.organisations.values()
            if (o.acronym and o.acronym in words) or any(w in role for w in o.in_text)]


def _check_roles(record: Record, p: Person) -> None:
    """One rule for a body a source's printed role names: the person's
    organisation is it, given with that source, unless the communiqué's title names one."""
    f = PEOPLE.path
    roles = [(a.source, a.role_printed) for m in record.meetings.values() for a in m.reported_attendees if a.person == p.id]
    if p.organisation_source is not None:
        named = [role for source, role in roles if source == p.organisation_source
                 and p.organisation in bodies_named(record, role)]
        _check(p.organisation is not None and bool(named), f, p.id, "organisation_source",
               f"no role that {p.organisation_source} prints for them names '{p.organisation}'")
        return
    for source, role in roles:
        for body in bodies_named(record, role):
            _check(p.organisation is not None, f, p.id, "organisation",
                   f"the role '{role}' that {source} prints names '{body}': give organisation: {body} "
                   f"and organisation_source: {source}")


def check_people(record: Record) -> None:
    """data/people.yaml: names, ranks, titles, sides, delegations and parts
    as the text gives them; surnames as a source gives them."""
    communique = record.communique
    text = structure.TextIndex(_whole_text(communique))
    f = PEOPLE.path
    owner: dict[str, str] = {}
    for p in record.people.values():
        _check(p.organisation is None or p.organisation in record.organisations,
               f, p.id, "organisation", f"unknown organisation '{p.organisation}'")
        if p.organisation is not None:
            body = record.organisations[p.organisation]
            _check(body.country == p.side, f, p.id, "organisation",
                   f"'{body.id}' is a body of {body.country} (data/organisations.yaml), but the person is on the {p.side} side")
            if p.organisation_source is None:
                _check(p.title is None or any(words in p.title for words in body.in_text), f, p.id, "organisation",
                       f"the title '{p.title}' does not name '{body.id}' (its words in the text: {', '.join(body.in_text)}); "
                       "a body a source's printed role names takes that source as organisation_source")
        _check_roles(record, p)
        for form in p.printed:
            _check(text.has(form), f, p.id, "printed", f"'{form}' is not in the text")
            _check(form == p.name or p.name.endswith(" " + form), f, p.id, "printed",
                   f"'{form}' is neither the name nor its last words: a printed form names the person wherever "
                   "the text prints it (a common word would link every place it occurs)")
            other = owner.setdefault(form, p.id)
            _check(other == p.id, f, p.id, "printed",
                   f"'{form}' is also a printed form of '{other}': the text's words cannot name two people")
        for phrase in p.not_naming:
            _check(text.has(phrase), f, p.id, "not_naming", f"'{phrase}' is not in the text")
        if p.in_communique:
            _check(p.printed[0] == p.name, f, p.id, "printed", "must start with the full name")
            _check(p.title is not None, f, p.id, "title", "missing field (the communiqué gives a title)")
            _check(text.has(p.title), f, p.id, "title", f"'{p.title}' is not in the text")
            _check(bool(p.part), f, p.id, "part", "missing field (what the communiqué says of their part)")
        else:
            _check(p.delegation == "none" and not p.part and p.title is None and p.rank is None, f, p.id, "printed",
                   "a person the communiqué does not name has no delegation, part, title or rank of its")
        if p.rank is not None:
            _check(text.has(f"{p.rank} {p.name}"), f, p.id, "rank",
                   f"the text does not print '{p.rank}' before '{p.name}'")
            _check(p.rank in record.facts.glossary, f, p.id, "rank",
                   f"'{p.rank}' has no entry in data/context.yaml's glossary (the rank links to it): add one")
        if p.surname is not None:
            _check(p.name.endswith(" " + p.surname), f, p.id, "surname", "must end the name")
            fact = record.facts.surnames.get(p.name)
            sourced = (len(p.name.split()) == 2 or p.surname in p.printed[1:]
                       or (isinstance(fact, Surname) and fact.surnames == p.surname))
            _check(sourced, f, p.id, "surname", "no source says which words are the surname: omit the field "
                   "(a two-word name, a short form the communiqué prints, or data/context.yaml's 'surnames' can)")
    # An alias is another name of this person: never the name itself, nor any name of another.
    called: dict[str, str] = {}
    for p in record.people.values():
        for form in (p.name, *p.printed):
            called.setdefault(fold(form).casefold(), p.id)
    for p in record.people.values():
        for n, alias in enumerate(p.aliases):
            other = called.setdefault(fold(alias).casefold(), p.id)
            _check(other != p.id or fold(alias).casefold() not in {fold(x).casefold() for x in (p.name, *p.printed)},
                   f, p.id, f"aliases.{n}", f"'{alias}' is the person's own name (as printed): an alias is another name")
            _check(other == p.id, f, p.id, f"aliases.{n}",
                   f"'{alias}' is a name of '{other}': the entry would say this person is also called so")
    for name in sorted(names_in_text(communique)):
        _check(name in owner, f, "(none)", "printed",
               f"the text names '{name}', but no entry has the name in 'printed': add the person, or the form to their entry")
    _check_delegations(record, structure.Forms(owner))
    listed = {a.person for m in record.meetings.values() for a in m.reported_attendees}
    for p in record.people.values():
        _check(p.in_communique or p.id in listed, f, p.id, "printed",
               "the communiqué does not name this person and no meeting's reported_attendees lists them "
               "(if a meeting in data/meetings.yaml did, list them there again; else remove this entry)")


def _check_delegations(record: Record, owner: structure.Forms) -> None:
    """Side, delegation, rank and part against the delegation lists, and
    every other part against the words that give it."""
    f, sides = PEOPLE.path, {"United States": "united-states", "Mexico": "mexico"}
    found: dict[str, set[str]] = {}  # person -> parts the text gives them
    placed: dict[str, str] = {}  # person -> the delegation the text puts them in
    for entry in structure.delegation_lists(record.communique):
        subject = entry.before.rsplit(",", 1)[-1].strip()  # "President López Obrador", "the United States"
        side = next((s for words, s in sides.items() if subject.endswith(words)), None)
        head = None if side else structure.first_named(subject, owner)
        side = side or (record.people[head].side if head else None)
        if head:
            placed[head] = side
        for member in entry.members:
            named = structure.find_names(member, owner)
            if not named or side is None:
                continue
            start, _, ident = named[-1]
            p, where = record.people[ident], f"paragraph {entry.paragraph}"
            rank = member[:start].strip() or None
            _check(p.side == side, f, p.id, "side", f"the text lists them in the {side} delegation ({where})")
            _check(p.delegation == side, f, p.id, "delegation", f"the text lists them in the {side} delegation ({where})")
            _check(rank == p.rank, f, p.id, "rank",
                   f"the text prints {repr(rank) if rank else 'no rank'} before the name ({where})")
            found.setdefault(ident, set()).add(entry.part)
            placed[ident] = side
    for para in record.communique.paragraphs:
        for sentence in para.sentences:
            led = sentence.find("led by ")
            for start, end, ident in structure.find_names(sentence, owner):
                rest = sentence[end:]
                part = ("received" if rest.startswith(" received") else "sent" if rest.startswith(" for sending")
                        else "led" if 0 <= led < start else None)
                if part:
                    found.setdefault(ident, set()).add(part)
    for p in record.people.values():
        given = found.get(p.id, set())
        for part in p.part:
            _check(part in given, f, p.id, "part",
                   f"the text does not say they {part}; it gives them: {', '.join(sorted(given)) or 'no part'}")
        if p.delegation != "none":
            side = placed.get(p.id)
            _check(side == p.delegation, f, p.id, "delegation",
                   f"the text puts them in {'the ' + side + ' delegation' if side else 'no delegation list'}")
