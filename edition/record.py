"""The record: everything the edition knows, loaded from `data/` and checked.

The record is the whole dataset (the text, and the entries of
`data/*.yaml`); an entry is one person, organisation, commitment or
meeting in it. The entries' types are pydantic models: their fields are
the documentation of the YAML files, and the JSON Schema of the export is
generated from them.

Every field is untrusted input. A bad entry stops the build with a
RecordError that names the file, the entry and the field, so whoever
edited the data knows where to look; never a traceback.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from edition.text import Communique, fold, plain_spaces, read_communique

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class RecordError(ValueError):
    """An entry in data/ is wrong; the message says where and how."""

    def __init__(self, file: str, entry: str, field: str, problem: str):
        super().__init__(f"{file}: entry '{entry}', field '{field}': {problem}")
        self.file, self.entry, self.field, self.problem = file, entry, field, problem


# ------------------------------------------------------------ field types

# What a text field may not hold: it could not reach every place (HTML,
# navigation, Markdown, CSV, XML) as the text typed. Everything else is
# escaped where it is shown.
_REFUSED = [
    (re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]"), "control characters are not allowed"),
    (re.compile(r"[\n\r\t]"), "must be one line"),
    (re.compile(r"[<>]"), "'<' and '>' are not allowed (they would be read as markup)"),
    (re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]| {2}"), "spaces must be single plain spaces"),
    (re.compile(r"&[#A-Za-z]"), "'&' directly before a letter or '#' could be read as a character reference (&amp;): put a space after it"),
    (re.compile(r"^[=+@\-]"), "must not start with '=', '+', '-' or '@' (a spreadsheet would read it as a formula)"),
]


MAX_TEXT, MAX_LONG_TEXT = 300, 3000


# A one-line field (a name, a title) also reaches HTML attributes (a page's
# description, Open Graph) that the theme does not escape.
_QUOTE = (re.compile(r'"'), "'\"' is not allowed in a name or title (it would end an HTML attribute): use typographic quotes “ ”")


def _text(value: str, limit: int = MAX_TEXT) -> str:
    if len(value) > limit:
        raise ValueError(f"at most {limit} characters ({len(value)} given)")
    if limit == MAX_TEXT and _QUOTE[0].search(value):
        raise ValueError(_QUOTE[1])
    for pattern, problem in _REFUSED:
        if pattern.search(value):
            raise ValueError(problem)
    if value != value.strip() or not value:
        raise ValueError("must not be empty or start or end with spaces")
    return value


def _long_text(value: str) -> str:
    """A statement: may wrap over lines in YAML; spaces are made plain."""
    return _text(" ".join(value.split()), MAX_LONG_TEXT)


def _ident(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value) or len(value) > 80:
        raise ValueError("must be lower-case words joined by '-' (at most 80 characters)")
    return value


def _url(value: str) -> str:
    if len(value) > 500 or not re.fullmatch(r"https://[^\s<>\"'`()\[\]{}|\\^]+", value):
        raise ValueError("must be an https:// address of at most 500 characters, without spaces, quotes, "
                         "brackets or parentheses (percent-encode them: %28 %29)")
    return value


Text = Annotated[str, AfterValidator(_text)]
LongText = Annotated[str, AfterValidator(_long_text)]
Id = Annotated[str, AfterValidator(_ident)]
Url = Annotated[str, AfterValidator(_url)]
Side = Literal["mexico", "united-states"]


class Entry(BaseModel):
    # strict: a number is not a date, true is not a paragraph number.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


# ---------------------------------------------------------------- entries

class OtherName(Entry):
    """A name readers use that is not the official one, and why it is given."""
    name: Text = Field(description="The name, as readers use it.")
    basis: LongText = Field(description="Why the edition gives it: its source, in the edition's words.")


class Organisation(Entry):
    """A body the titles in the communiqué name."""
    id: Id = Field(description="Permanent identifier: the anchor participants/organisations/#<id>.")
    name: Text = Field(description="Its name in English.")
    country: Side = Field(description="The country the body belongs to.")
    in_text: list[Text] = Field(min_length=1, description="The communiqué's words that name it; each occurs in the text.")
    acronym: Text | None = Field(None, description="The acronym readers search for.")
    name_es: Text | None = Field(None, description="Its official Spanish name, for Mexican bodies.")
    also_called: list[OtherName] = Field(default_factory=list, description="Other names readers use for it, each with its basis.")


class Person(Entry):
    """A person the communiqué names, or a source on a later meeting lists."""
    id: Id = Field(description="Permanent identifier: the address participants/<id>/.")
    name: Text = Field(description="The name as the communiqué prints it in full (for a person it does not name: as the source prints it).")
    printed: list[Text] = Field(default_factory=list, description="Every form of the name the communiqué prints, the full name first; empty for a person it does not name.")
    not_naming: list[Text] = Field(default_factory=list, description="Phrases of the text that contain a form of the name but do not name the person (\"the Biden administration\").")
    surname: Text | None = Field(None, description="The surname(s), only where a source says which words they are; the A–Z list sorts by it.")
    rank: Text | None = Field(None, description="A rank printed before the name (Gen., Alm.).")
    title: Text | None = Field(None, description="The title exactly as the communiqué gives it; omitted for a person it does not name.")
    organisation: Id | None = Field(None, description="The organisation the title names, an id of data/organisations.yaml.")
    side: Side = Field(description="The side of the table the person was on (not a nationality).")
    delegation: Literal["mexico", "united-states", "none"] = Field(description="The delegation the communiqué puts them in at Mexico City; none if it does not.")
    part: list[Literal["received", "led", "accompanied", "represented", "sent"]] = Field(
        default_factory=list, description="What the communiqué says of their part in the Mexico City meeting.")
    lang: Literal["en", "es"] = Field("en", description="es for a Spanish name, so that screen readers say it right.")
    aliases: list[Text] = Field(default_factory=list, description="Other names readers search for (AMLO), shown on the entry.")
    keywords_es: list[Text] = Field(default_factory=list, description="The edition's own Spanish search words for them (their title and body as a Mexican reader would type them); never shown as the communiqué's words.")

    @property
    def in_communique(self) -> bool:
        return bool(self.printed)

    @property
    def short_name(self) -> str:
        """The shortest form the communiqué prints (López Obrador), else the name."""
        return min(self.printed, key=len) if self.printed else self.name

    @property
    def given_names(self) -> str:
        return self.name[: -len(self.surname)].strip() if self.surname else ""

    @property
    def sort_key(self) -> tuple[str, str]:
        return (fold(self.surname or self.name), fold(self.name))


class Related(Entry):
    """Another commitment, and what in the text relates the two."""
    item: Id = Field(description="The other commitment's id.")
    basis: LongText = Field(description="What in the text relates them, in the edition's words.")


class Commitment(Entry):
    """One agenda item of the communiqué: its exact words, verb and attribution."""
    id: Id = Field(description="Permanent identifier: the address commitments/<id>/.")
    title: Text = Field(description="A short title of the edition's own, close to the text's words.")
    paragraph: int = Field(ge=1, description="The paragraph the quotes are in (1 = first).")
    quotes: list[LongText] = Field(min_length=1, description="The communiqué's exact words; each occurs in that paragraph.")
    verb: Literal["reaffirmed", "agreed", "highlighted", "stressed", "underlined", "discussed"] = Field(
        description="The verb the text uses for it, as printed (for an item the text lists under “This includes …”, the verb of the sentence it extends).")
    attributed_to: Id = Field(description="Who the text says did it: two-countries, both-delegations, or a person's id.")
    names: list[Id] = Field(default_factory=list, description="People the quote itself names (ids).")
    keywords: list[Text] = Field(default_factory=list, description="Words readers search with that the quote may not contain.")
    keywords_es: list[Text] = Field(default_factory=list, description="The edition's own Spanish search words for it; never shown as the communiqué's words.")
    related: list[Related] = Field(default_factory=list, description="Related commitments, each with the basis (the reverse is derived).")
    announces: list[Id] = Field(default_factory=list, description="Meetings the item announces (ids).")
    meeting: Id | None = Field(None, description="The meeting the communiqué reports it from; omitted for the one it reports.")


class ReportedAttendee(Entry):
    """Someone a source (not the communiqué) lists at a meeting, as it prints them."""
    person: Id = Field(description="The person's id in data/people.yaml.")
    printed: Text = Field(description="The name exactly as the source prints it.")
    side: Side = Field(description="The side the source lists them on.")
    role_printed: Text = Field(description="The role exactly as the source gives it.")
    source: Url = Field(description="The source's address, a source in data/context.yaml.")


class Statement(Entry):
    """What a source reports, in the edition's own words, with the source."""
    said: LongText = Field(description="The edition's summary of what the source says.")
    source: Url = Field(description="The source's address, a source in data/context.yaml.")
    kind: Literal["readout", "press"] = Field("readout", description="An official readout, or a press report.")
    relates_to: list[Id] = Field(default_factory=list, description="The edition's reading of which commitments it follows up (ids).")


class Meeting(Entry):
    """An event the communiqué speaks of, and what sources add about it."""
    id: Id = Field(description="Permanent identifier: the address meetings/<id>/.")
    title: Text = Field(description="A short title of the edition's own.")
    kind: Literal["call", "meeting"] = Field(description="A telephone call or a meeting.")
    paragraph: int | None = Field(None, ge=1, description="The paragraph the communiqué speaks of it in; omitted for a later meeting it does not speak of.")
    says: LongText | None = Field(None, description="The communiqué's own words about it (verbatim); omitted with the paragraph.")
    attendees: Literal["delegations"] | list[Id] = Field(
        default_factory=list, description="Who the communiqué puts there: ids, or 'delegations' for both delegations.")
    context: Text = Field(description="The fact in data/context.yaml that dates it: 'publication' or 'events.<id>'.")
    date: datetime.date = Field(description="The date that fact gives.")
    place: Text | None = Field(None, description="Where, when a source says more than the communiqué.")
    reported: bool = Field(False, description="True for the one meeting the communiqué reports.")
    keywords: list[Text] = Field(default_factory=list, description="Words readers search with.")
    keywords_es: list[Text] = Field(default_factory=list, description="The edition's own Spanish search words for it; never shown as the communiqué's words.")
    purpose: Statement | None = Field(None, description="Why it was held, as a source reports it.")
    reported_attendees: list[ReportedAttendee] = Field(default_factory=list, description="Who a source lists there, as printed.")
    topics: list[Statement] = Field(default_factory=list, description="What sources report was discussed, each with its source.")


# ------------------------------------------------------- the context file

def _term(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .]{0,59}", value):
        raise ValueError("a glossary term may hold only letters, digits, spaces and full stops")
    return value


Term = Annotated[str, AfterValidator(_term)]


class Fact(BaseModel):
    """Part of data/context.yaml: what the pages show of it is checked;
    other keys are kept as notes for the next engineer."""
    model_config = ConfigDict(extra="allow", frozen=True, strict=True)


class Source(Fact):
    title: LongText
    url: Url


class Variant(Fact):
    """A phrase the White House text and Mexico's English release word differently."""
    paragraph: int = Field(ge=1)
    white_house: LongText
    sre_en: LongText


class MexicanRelease(Fact):
    publisher: Text
    title_en: LongText
    url: Url
    note: LongText
    variants: list[Variant] = Field(default_factory=list)


class Publication(Fact):
    date: datetime.date
    publisher: Text
    url: Url
    date_basis: LongText
    mexican_release: MexicanRelease | None = None


class Archived(Fact):
    as_issued: Url
    archived: Url
    keeper: Text
    sources: list[Source] = Field(min_length=1)


class SourceKind(Fact):
    kind: LongText


class Event(Fact):
    id: Id
    date: datetime.date
    basis: LongText
    sources: list[Source] = Field(min_length=1)
    place: Text | None = None


class Readout(Fact):
    sources: list[Source] = Field(min_length=1)


class Surname(Fact):
    surnames: Text


class ContextFile(Fact):
    """The facts from outside the communiqué, each with its source."""
    publication: Publication
    events: list[Event] = Field(default_factory=list)
    glossary: dict[Term, LongText]
    glossary_sources: dict[Term, list[Source]] = Field(default_factory=dict)
    follow_up_readout: Readout | None = None
    surnames: dict[Text, Surname | LongText] = Field(default_factory=dict)
    archives: dict[Id, Archived] = Field(default_factory=dict)
    source_kinds: dict[Url, SourceKind] = Field(default_factory=dict)


# ------------------------------------------------------------- the record

GROUPS = ("two-countries", "both-delegations")
# Ids an entry may not take: its page would be a section's own page.
RESERVED_IDS = {"Person": ("index", "organisations", "ties", *GROUPS), "Commitment": ("index",), "Meeting": ("index",)}


class Record:
    """The text and every entry of data/, checked against each other."""

    def __init__(self, communique: Communique, people: dict[str, Person], organisations: dict[str, Organisation],
                 commitments: dict[str, Commitment], meetings: dict[str, Meeting], context: dict):
        self.communique, self.people, self.organisations = communique, people, organisations
        self.commitments, self.meetings, self.context = commitments, meetings, context
        self.sources = _sources(context)

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


# ---------------------------------------------------------------- loading

# libyaml's loader when PyYAML has it: the same result, many times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    file = f"data/{path.name}"
    try:
        text = path.read_text("utf-8-sig")
        _check_yaml_shape(yaml.compose(text, Loader=YAML_LOADER), file)
        return yaml.load(text, Loader=YAML_LOADER)
    except FileNotFoundError:
        raise RecordError(file, "(file)", "(file)", "the file is missing") from None
    except OSError as error:
        raise RecordError(file, "(file)", "(file)", f"cannot be read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise RecordError(file, "(file)", "(file)", f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise RecordError(file, "(file)", "(yaml)", f"not valid YAML{line}: {getattr(error, 'problem', error)}") from None


def _check_yaml_shape(root, file: str) -> None:
    """Before building the data: no key twice in a mapping (the last would
    silently win), no alias that contains itself, and aliases that expand
    to no more than a few times the file's own size (an alias bomb)."""
    if root is None:
        return
    distinct, visits, limit = set(), 0, None
    stack = [(root, frozenset())]
    while stack:
        node, ancestors = stack.pop()
        visits += 1
        distinct.add(id(node))
        if limit is None and visits > 100_000:
            limit = 20 * len(distinct) + 100_000
        if limit is not None and visits > limit:
            raise RecordError(file, "(file)", "(yaml)", "its aliases (*name) expand to far more than the file holds")
        if id(node) in ancestors:
            line = node.start_mark.line + 1
            raise RecordError(file, "(file)", "(yaml)", f"an alias at line {line} contains itself")
        inner = ancestors | {id(node)}
        if isinstance(node, yaml.MappingNode):
            keys = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise RecordError(file, "(file)", "(yaml)",
                                          f"the key '{key.value}' is given twice in one mapping (line {key.start_mark.line + 1})")
                    keys.add(key.value)
                stack += [(key, inner), (value, inner)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, inner) for item in node.value]


def _entries(path: Path, model: type[Entry]) -> dict:
    """Read one YAML list of entries into models, checking each field."""
    file = f"data/{path.name}"
    items = read_yaml(path) or []
    if not isinstance(items, list):
        raise RecordError(file, "(file)", "(top level)", "must be a list of entries")
    out = {}
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise RecordError(file, f"#{n}", "(entry)", "must be a mapping of fields")
        name = _printable(str(item.get("id", f"#{n}")))
        try:
            entry = model.model_validate(item)
        except ValidationError as error:
            raise _record_error(file, name, model, error) from None
        _no_repeats(entry, file, name)
        if entry.id in out:
            raise RecordError(file, name, "id", "duplicate id")
        if entry.id in RESERVED_IDS.get(model.__name__, ()):
            raise RecordError(file, name, "id", f"'{entry.id}' is the address of a page of the site: choose another")
        out[entry.id] = entry
    return out


def _printable(text: str) -> str:
    """A name from the data, safe to print in a message: one line, no escapes."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", text)[:80]


def _no_repeats(entry: BaseModel, file: str, name: str, path: str = "") -> None:
    """No list of an entry names the same thing twice (it would show twice)."""
    for field, value in entry:
        where = f"{path}{field}"
        if isinstance(value, list):
            seen = []
            for n, item in enumerate(value):
                if item in seen:
                    raise RecordError(file, name, where, f"lists {_printable(str(item))!r} twice")
                seen.append(item)
                if isinstance(item, BaseModel):
                    _no_repeats(item, file, name, f"{where}.{n}.")
        elif isinstance(value, BaseModel):
            _no_repeats(value, file, name, f"{where}.")


def _record_error(file: str, name: str, model: type[BaseModel], error: ValidationError) -> RecordError:
    first = error.errors(include_url=False)[0]
    # Field names and list positions only, not pydantic's names for the type tried.
    loc = [_printable(str(part)) for part in first["loc"] if isinstance(part, int) or re.fullmatch(r"\w[\w-]*", str(part))]
    field = ".".join(loc) or "(entry)"
    kind = first["type"]
    if kind == "missing":
        problem = "missing field"
    elif kind == "extra_forbidden" and len(loc) == 1:
        problem = f"unknown field (known: {', '.join(model.model_fields)})"
    elif kind == "extra_forbidden":
        problem = "unknown field"
    elif kind == "literal_error":
        problem = "must be one of " + first["ctx"]["expected"].replace("'", "")
    else:
        problem = first["msg"].removeprefix("Value error, ")
    return RecordError(file, name, field, problem)


def _check(cond: bool, file: str, entry: str, field: str, problem: str) -> None:
    if not cond:
        raise RecordError(file, entry, field, problem)


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
    try:
        communique = read_communique(data_dir / "communique.txt")
    except UnicodeDecodeError as error:
        raise RecordError("data/communique.txt", "(file)", "(text)", f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise RecordError("data/communique.txt", "(file)", "(text)", f"cannot be read: {error.strerror}") from None
    except ValueError:
        raise RecordError("data/communique.txt", "(file)", "(text)", "must hold the title, a blank line, then the paragraphs") from None
    context = read_yaml(data_dir / "context.yaml")
    _check(isinstance(context, dict), "data/context.yaml", "(file)", "(top level)", "must be a mapping of facts")
    try:
        ContextFile.model_validate(context)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]["loc"]
        raise _record_error("data/context.yaml", _printable(str(first[0]) if first else "(file)"), ContextFile, error) from None
    _check_glossary(context)
    record = Record(
        communique=communique,
        organisations=_entries(data_dir / "organisations.yaml", Organisation),
        people=_entries(data_dir / "people.yaml", Person),
        commitments=_entries(data_dir / "commitments.yaml", Commitment),
        meetings=_entries(data_dir / "meetings.yaml", Meeting),
        context=context,
    )
    _check_against_text(record)
    return record


def _check_glossary(context: dict) -> None:
    """Each glossary source belongs to an entry of the glossary."""
    for term in context.get("glossary_sources") or {}:
        _check(term in context["glossary"], "data/context.yaml", _printable(str(term)), "glossary_sources",
               "no glossary entry has this term")


def _check_against_text(record: Record) -> None:
    """What pydantic cannot know: that each entry agrees with the text, the
    context file and the other entries."""
    communique = record.communique
    text = " ".join([communique.title, *(p.text for p in communique.paragraphs)])
    npara = len(communique.paragraphs)
    surnames = record.context.get("surnames") or {}

    f = "data/organisations.yaml"
    for o in record.organisations.values():
        for words in o.in_text:
            _check(words in text, f, o.id, "in_text", f"'{words}' is not in the text")

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
                       or (surnames.get(p.name) or {}).get("surnames") == p.surname)
            _check(sourced, f, p.id, "surname", "no source says which words are the surname: omit the field "
                   "(a two-word name, a short form the communiqué prints, or data/context.yaml's 'surnames' can)")
    for name in sorted(names_in_text(communique)):
        _check(any(name in p.printed for p in record.people.values()),
               f, name, "name", "the text names this person but no entry has the name in 'printed'")

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
    listed = {a.person for m in record.meetings.values() for a in m.reported_attendees}
    for p in record.people.values():
        _check(p.in_communique or p.id in listed, "data/people.yaml", p.id, "printed",
               "the communiqué does not name this person and no meeting's reported_attendees lists them")


_loaded: dict[tuple, Record] = {}


def load_once(data_dir: Path = DATA_DIR) -> Record:
    """load(), shared by the build's hooks: read again only when a file in
    data/ has changed (as under `mkdocs serve`)."""
    key = (str(data_dir), *sorted((f.name, f.stat().st_mtime_ns) for f in data_dir.iterdir()))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load(data_dir)
    return _loaded[key]
