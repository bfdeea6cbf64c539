"""The Record: the text and every entry of data/, once checked, and the
questions the rest of the edition asks of it."""
from __future__ import annotations

import re
from pathlib import Path

from edition.record.context import ContextFile
from edition.record.entries import Commitment, Meeting, Organisation, Person
from edition.record.kinds import GROUPS, KINDS
from edition.text import Communique

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


# A template's fixed anchors, as it writes them: a section's `{ #name }`, an
# old anchor kept where its content now stands (`kept("name")`, or as HTML,
# `<span id="name">`), a quote's (`anchor="name"`).
_ANCHORS = re.compile(r'\{ #([a-z0-9-]+) |kept\("([a-z0-9-]+)"\)|anchor="([a-z0-9-]+)"|(?<![\w-])id="([a-z0-9-]+)"')


def section_anchors(template: str) -> tuple[str, ...]:
    """The fixed anchors of the page a template makes: an entry shown on
    that page under its own id may not take one (two elements would share
    an id, and links to either would be ambiguous)."""
    text = (TEMPLATES / template).read_text("utf-8")
    return tuple(dict.fromkeys(next(g for g in m.groups() if g) for m in _ANCHORS.finditer(text)))


# Ids an entry may not take: its page would be its section's index page or
# the page that lists another kind (a page of edition/views/' SHAPES in its
# folder is refused as the pages are made: edition/pages.py), or its anchor
# one of the fixed anchors of the page that shows it (its own page, or for a
# kind without one, the page it is a section of).
RESERVED_IDS = {
    k.name: (*(("index",) if k.folder else ()),
             *(Path(other.index).stem for other in KINDS if k.folder and Path(other.index).parent == Path(k.folder)
               and other is not k),
             *k.reserved, *section_anchors(k.template or k.index_template))
    for k in KINDS
}


class Record:
    """The text and every entry of data/, checked against each other: each
    kind's entries (id -> entry) as the attribute its row in
    edition/record/kinds.py names (`record.people`, `record.commitments`…)."""

    people: dict[str, Person]
    organisations: dict[str, Organisation]
    commitments: dict[str, Commitment]
    meetings: dict[str, Meeting]

    def __init__(self, communique: Communique, context: dict, facts: ContextFile | None = None, **entries: dict):
        wanted = {k.attribute for k in KINDS}
        if set(entries) != wanted:
            raise TypeError(f"Record() takes the entries of each kind, {sorted(wanted)}; given {sorted(entries)}")
        self.communique = communique
        # facts: data/context.yaml as its validated model; context: the same
        # file as the raw mapping (kept while modules still read it by key).
        self.facts = facts if facts is not None else ContextFile.model_validate(context)
        self.context = context
        self.sources = _sources(context)
        for attribute, of_kind in entries.items():
            if hasattr(self, attribute):
                raise TypeError(f"edition/record/kinds.py: the record already has '{attribute}': choose another attribute")
            setattr(self, attribute, of_kind)

    def entries_of(self, kind) -> dict:
        """The entries of a kind (a row of KINDS), id -> entry."""
        return getattr(self, kind.attribute)

    def entries_with_pages(self) -> list:
        """Every entry that has a page of its own, kind by kind in KINDS' order."""
        return [e for k in KINDS if k.folder for e in self.entries_of(k).values()]

    @property
    def glossary(self) -> dict[str, str]:
        return self.context["glossary"]

    def glossary_sources(self, term: str) -> list[dict]:
        return self.context.get("glossary_sources", {}).get(term, [])

    def context_fact(self, ref: str) -> dict:
        """'publication' or 'events.<id>' from context.yaml."""
        if ref == "publication":
            return self.context["publication"]
        kind, _, ident = ref.partition(".")
        for fact in self.context.get(kind) or []:
            if isinstance(fact, dict) and fact.get("id") == ident:
                return fact
        raise KeyError(ref)

    @property
    def reported_meeting(self) -> Meeting:
        """The meeting the communiqué reports: its agenda items come from it."""
        return next(m for m in self.meetings.values() if m.reported)

    def meeting_of(self, commitment: Commitment) -> Meeting:
        """The meeting the communiqué reports a commitment from."""
        return self.meetings[commitment.meeting] if commitment.meeting else self.reported_meeting

    def delegates(self) -> list[Person]:
        return [p for p in self.people.values() if p.delegation != "none"]

    def attendees(self, meeting: Meeting) -> list[Person]:
        """Who the communiqué puts at a meeting."""
        if meeting.attendees == "delegations":
            return self.delegates()
        return [self.people[i] for i in meeting.attendees]


def _sources(context: dict) -> dict[str, str]:
    """Every source the context file names: its address -> its title. The
    file has been checked against ContextFile: these parts are sound."""
    pub = context["publication"]
    found = {pub["url"]: f"{pub['publisher']}: the communiqué"}
    lists = [e["sources"] for e in context.get("events") or []]
    lists += list((context.get("glossary_sources") or {}).values())
    lists.append((context.get("follow_up_readout") or {}).get("sources") or [])
    for sources in lists:
        for s in sources:
            found.setdefault(s["url"], " ".join(s["title"].split()))
    return found


def once_per_record(make):
    """`make(record)`, made once for the record last given and kept until
    another is: what is derived from a record (its index, its register) is
    derived once per loaded record."""
    made: dict[int, object] = {}

    def of(record: Record):
        key = id(record)
        if key not in made:
            made.clear()
            made[key] = make(record)
        return made[key]

    of.__doc__ = f"{make.__name__}(record), made once per loaded record."
    return of
