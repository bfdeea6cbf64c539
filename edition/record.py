"""The one source of truth: load `data/*.yaml` and the text, and check them.

A bad record stops the build with a RecordError that names the file, the
record and the field, so whoever edited the data knows where to look.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import MISSING, dataclass, field
from pathlib import Path

import yaml

from edition.text import Communique, fold, plain_spaces, read_communique

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

COUNTRIES = {"mexico": "Mexico", "united-states": "United States"}
DELEGATIONS = {"mexico": "Mexican delegation", "united-states": "U.S. delegation", "none": "Not in the room"}
# What the text says of each person's part in the meeting, and its words for it.
PARTS = {
    "received": "received the U.S. delegation",
    "led": "led the U.S. delegation",
    "accompanied": "accompanied President López Obrador",
    "represented": "represented the United States on behalf of President Biden",
    "sent": "sent the U.S. delegation",
}
# The verbs the text uses, and whether each makes a commitment or a discussion.
VERBS = {
    "reaffirmed": "commitment",
    "agreed": "agreement",
    "highlighted": "statement",
    "stressed": "statement",
    "underlined": "statement",
    "discussed": "discussion",
}
GROUPS = {"two-countries": "The two countries", "both-delegations": "Both delegations"}
MEETING_KINDS = {"call", "meeting"}


# libyaml's loader when PyYAML has it: the same result, many times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    return yaml.load(path.read_text("utf-8"), Loader=YAML_LOADER)


class RecordError(ValueError):
    """A record in data/ is wrong; the message says where and how."""

    def __init__(self, file: str, record: str, field: str, problem: str):
        super().__init__(f"{file}: record '{record}', field '{field}': {problem}")
        self.file, self.record, self.field = file, record, field


@dataclass
class Organisation:
    id: str
    name: str
    country: str
    in_text: list[str]
    acronym: str | None = None
    name_es: str | None = None
    # Other names readers use for it (la Cancillería, …): [{name: …, basis: …}]
    also_called: list[dict] = field(default_factory=list)


@dataclass
class Person:
    id: str
    name: str
    printed: list[str]
    surname: str
    title: str
    country: str
    delegation: str
    part: list[str]
    rank: str | None = None
    organisation: str | None = None
    lang: str = "en"
    aliases: list[str] = field(default_factory=list)

    @property
    def given_names(self) -> str:
        return self.name[: -len(self.surname)].strip() if self.name.endswith(self.surname) else ""

    @property
    def sort_key(self) -> tuple[str, str]:
        return (fold(self.surname), fold(self.name))


@dataclass
class Commitment:
    id: str
    title: str
    paragraph: int
    quotes: list[str]
    verb: str
    attributed_to: str
    keywords: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    meetings: list[str] = field(default_factory=list)
    discussed_at: str | None = None

    @property
    def kind(self) -> str:
        return VERBS[self.verb]


@dataclass
class Meeting:
    id: str
    title: str
    kind: str
    paragraph: int
    says: str
    attendees: list[str] | str
    context: str
    date: datetime.date
    place: str | None = None
    reported: bool = False
    keywords: list[str] = field(default_factory=list)
    context_attendees: list[str] = field(default_factory=list)


@dataclass
class Record:
    communique: Communique
    people: dict[str, Person]
    organisations: dict[str, Organisation]
    commitments: dict[str, Commitment]
    meetings: dict[str, Meeting]
    context: dict
    # What the build derives once from the records above (see edition/links.py).
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def glossary(self) -> dict[str, str]:
        return self.context["glossary"]

    def context_fact(self, ref: str) -> dict:
        """'publication' or 'events.<id>' from context.yaml."""
        if ref == "publication":
            return self.context["publication"]
        kind, _, ident = ref.partition(".")
        return next(e for e in self.context.get(kind, []) if e.get("id") == ident)

    @property
    def reported_meeting(self) -> Meeting:
        """The meeting the communiqué reports: every agenda item comes from it."""
        return next(m for m in self.meetings.values() if m.reported)

    def discussed_at(self, commitment: Commitment) -> Meeting:
        """The meeting an agenda item was discussed at: the reported one unless the record says."""
        return self.meetings[commitment.discussed_at] if commitment.discussed_at else self.reported_meeting

    def delegates(self) -> list[Person]:
        return [p for p in self.people.values() if p.delegation != "none"]

    def attendees(self, meeting: Meeting) -> list[Person]:
        if meeting.attendees == "delegations":
            return self.delegates()
        return [self.people[i] for i in meeting.attendees]


def _records(path: Path, kind, text_ids: set | None = None) -> dict:
    """Read one YAML list of records into dataclasses, checking each field."""
    file = f"data/{path.name}"
    items = read_yaml(path) or []
    if not isinstance(items, list):
        raise RecordError(file, "(file)", "(top level)", "must be a list of records")
    fields = kind.__dataclass_fields__
    required = [n for n, f in fields.items() if f.default is f.default_factory is MISSING]
    out = {}
    for n, item in enumerate(items, start=1):
        name = item.get("id", f"#{n}") if isinstance(item, dict) else f"#{n}"
        if not isinstance(item, dict):
            raise RecordError(file, name, "(record)", "must be a mapping of fields")
        for key in item:
            if key not in fields:
                raise RecordError(file, name, key, f"unknown field (known: {', '.join(fields)})")
        for key in required:
            if key not in item or item[key] in (None, ""):
                raise RecordError(file, name, key, "missing field")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(item["id"])):
            raise RecordError(file, name, "id", "must be lower-case words joined by '-'")
        if item["id"] in out:
            raise RecordError(file, name, "id", "duplicate id")
        out[item["id"]] = kind(**item)
    return out


def _check(cond: bool, file: str, record: str, field: str, problem: str) -> None:
    if not cond:
        raise RecordError(file, record, field, problem)


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


def load(data_dir: Path = DATA_DIR) -> Record:
    communique = read_communique(data_dir / "communique.txt")
    text = " ".join([communique.title, *(p.text for p in communique.paragraphs)])
    context = read_yaml(data_dir / "context.yaml")
    record = Record(
        communique=communique,
        organisations=_records(data_dir / "organisations.yaml", Organisation),
        people=_records(data_dir / "people.yaml", Person),
        commitments=_records(data_dir / "commitments.yaml", Commitment),
        meetings=_records(data_dir / "meetings.yaml", Meeting),
        context=context,
    )
    npara = len(communique.paragraphs)

    f = "data/organisations.yaml"
    for o in record.organisations.values():
        _check(o.country in COUNTRIES, f, o.id, "country", f"must be one of {', '.join(COUNTRIES)}")
        for words in o.in_text:
            _check(words in text, f, o.id, "in_text", f"'{words}' is not in the text")

    f = "data/people.yaml"
    for p in record.people.values():
        _check(p.country in COUNTRIES, f, p.id, "country", f"must be one of {', '.join(COUNTRIES)}")
        _check(p.delegation in DELEGATIONS, f, p.id, "delegation", f"must be one of {', '.join(DELEGATIONS)}")
        for part in p.part:
            _check(part in PARTS, f, p.id, "part", f"'{part}' must be one of {', '.join(PARTS)}")
        _check(p.organisation is None or p.organisation in record.organisations,
               f, p.id, "organisation", f"unknown organisation '{p.organisation}'")
        _check(p.printed[0] == p.name, f, p.id, "printed", "must start with the full name")
        for form in p.printed:
            _check(form in text, f, p.id, "printed", f"'{form}' is not in the text")
        _check(p.name.endswith(p.surname), f, p.id, "surname", "must end the name")
        _check(p.title in text, f, p.id, "title", f"'{p.title}' is not in the text")
    for name in sorted(names_in_text(communique)):
        _check(any(name in p.printed for p in record.people.values()),
               f, name, "name", "the text names this person but no record has the name in 'printed'")

    f = "data/commitments.yaml"
    for c in record.commitments.values():
        _check(isinstance(c.paragraph, int) and 1 <= c.paragraph <= npara,
               f, c.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
        para = communique.paragraph(c.paragraph).text
        for quote in c.quotes:
            _check(plain_spaces(quote) in para, f, c.id, "quotes",
                   f"not verbatim in paragraph {c.paragraph}: '{quote}'")
        _check(c.verb in VERBS, f, c.id, "verb", f"must be one of {', '.join(VERBS)}")
        _check(c.verb in para, f, c.id, "verb", f"'{c.verb}' is not in paragraph {c.paragraph}")
        _check(c.attributed_to in GROUPS or c.attributed_to in record.people, f, c.id, "attributed_to",
               f"'{c.attributed_to}' is neither a person's id nor one of {', '.join(GROUPS)}")
        for other in c.related:
            _check(other in record.commitments and other != c.id, f, c.id, "related", f"unknown item '{other}'")
        for person in c.names:
            _check(person in record.people, f, c.id, "names", f"unknown person '{person}'")
        for meeting in c.meetings:
            _check(meeting in record.meetings, f, c.id, "meetings", f"unknown meeting '{meeting}'")
        _check(c.discussed_at is None or c.discussed_at in record.meetings, f, c.id, "discussed_at",
               f"unknown meeting '{c.discussed_at}'")

    f = "data/meetings.yaml"
    for m in record.meetings.values():
        _check(m.kind in MEETING_KINDS, f, m.id, "kind", f"must be one of {', '.join(sorted(MEETING_KINDS))}")
        _check(isinstance(m.paragraph, int) and 1 <= m.paragraph <= npara,
               f, m.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
        _check(plain_spaces(m.says) in communique.paragraph(m.paragraph).text, f, m.id, "says",
               f"not verbatim in paragraph {m.paragraph}")
        for key in ("attendees", "context_attendees"):
            value = getattr(m, key)
            if value != "delegations":
                for person in value:
                    _check(person in record.people, f, m.id, key, f"unknown person '{person}'")
        try:
            fact = record.context_fact(m.context)
        except StopIteration:
            raise RecordError(f, m.id, "context", f"no fact '{m.context}' in data/context.yaml") from None
        known = fact.get("date") if m.context != "publication" else None
        _check(isinstance(m.date, datetime.date), f, m.id, "date", "must be a date (YYYY-MM-DD)")
        _check(known is None or known == m.date, f, m.id, "date",
               f"{m.date} disagrees with data/context.yaml ({known})")
    reported = [m.id for m in record.meetings.values() if m.reported]
    _check(len(reported) == 1, "data/meetings.yaml", ", ".join(reported) or "(all)", "reported",
           "exactly one meeting must be the one the communiqué reports")
    return record


_loaded: dict[tuple, Record] = {}


def load_once(data_dir: Path = DATA_DIR) -> Record:
    """load(), shared by the build's hooks: read again only when a file in
    data/ has changed (as under `mkdocs serve`)."""
    key = (str(data_dir), *sorted((f.name, f.stat().st_mtime_ns) for f in data_dir.iterdir()))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load(data_dir)
    return _loaded[key]
