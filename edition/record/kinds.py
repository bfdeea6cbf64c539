"""The kinds of entry: one row a kind, which everything that loops over
kinds reads (loading, the record, page paths, entry pages, navigation, the
manifest check, JSON-LD, Akoma Ntoso, the JSON export, search, the PDF,
the synthetic record).

A new kind of entry is: its data file (`data/NAME.yaml`), its model
(edition/record/entries.py), its row here, its check function
(edition/record/checks/<attribute>.py, which load() runs) and its templates
(edition/templates/): the README's "Adding a page, an export or a kind of
entry" says it step by step. Modules with behaviour of their own a kind
(its JSON-LD node, its Akoma Ntoso reference, its published model) keep a
table keyed by the kind's name, checked at import by `covers` against
KINDS, with a default for a kind the table does not name.

Low-level: it reads the entry models and the edition's coded words,
nothing higher (the record package imports it: it is in the package so
that whichever module is imported first, the registry is whole).
"""
from __future__ import annotations

from dataclasses import dataclass

from edition import vocabulary
from edition.record.entries import Commitment, Meeting, Organisation, Person
from edition.record.fields import Entry

# The groups an agenda item may be attributed to instead of a person.
GROUPS = ("two-countries", "both-delegations")


@dataclass(frozen=True)
class Kind:
    """One kind of entry, as the edition names it everywhere."""
    model: type[Entry]  # its pydantic model (edition/record/entries.py)
    file: str  # its data file under data/ ("people.yaml")
    attribute: str  # the record's mapping of its entries, id -> entry (`record.people`)
    word: str  # what messages call one ("person", "item", "meeting")
    index: str  # the page that lists them all ("participants/index.md")
    index_template: str  # that page's template
    folder: str | None = None  # where each entry's own page is (`participants/<id>.md`); None: none
    template: str | None = None  # the template of an entry's own page
    variable: str = "entry"  # the entry's name in that template
    shown: tuple[str, ...] = ()  # the fields that name an entry in a link, a heading or a list: no two alike
    reserved: tuple[str, ...] = ()  # ids its entries may not take, besides its pages' own (edition/record/model.py,
    # edition/pages.py: the pages of its folder)
    export: str | None = None  # the field of the published JSON that holds them (edition/export/); None: not there
    tag: str | None = None  # the first search tag of an entry's page, shown on its result; None: `word`, capitalised

    @property
    def search_tag(self) -> str:
        """What search calls an entry of this kind on its result ("Agenda item", "Person")."""
        return self.tag or self.word[:1].upper() + self.word[1:]

    @property
    def name(self) -> str:
        """The model's name: the key of every table keyed by kind ("Person")."""
        return self.model.__name__

    @property
    def path(self) -> str:
        """The data file as messages name it ("data/people.yaml")."""
        return f"data/{self.file}"


# The order of the entry pages (and so of the search index), and of the
# PDF's search for a field; loading reads them in this order too.
KINDS: tuple[Kind, ...] = (
    Kind(Commitment, "commitments.yaml", "commitments", "item", "commitments/index.md", "commitments.md.j2",
         folder="commitments", template="commitment.md.j2", variable="c", shown=("title",), export="agenda_items",
         tag="Agenda item"),
    Kind(Person, "people.yaml", "people", "person", "participants/index.md", "participants.md.j2",
         folder="participants", template="person.md.j2", variable="p",
         # the groups an item may be attributed to instead of a person, the tie bases
         reserved=(*GROUPS, *vocabulary.TIE_BASES), export="people"),
    Kind(Meeting, "meetings.yaml", "meetings", "meeting", "meetings/index.md", "meetings.md.j2",
         folder="meetings", template="meeting.md.j2", variable="m", shown=("title",), export="meetings"),
    # No page of its own: each body is a section of the organisations page.
    Kind(Organisation, "organisations.yaml", "organisations", "body", "participants/organisations.md",
         "organisations.md.j2", shown=("name", "acronym", "name_es"), export="organisations"),
)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
_BY_MODEL: dict[type, Kind] = {k.model: k for k in KINDS}


def kind_for(model: type) -> Kind:
    """The kind whose entries a model makes (`kind_for(Person)`); TypeError
    for a model that is no kind's."""
    kind = _BY_MODEL.get(model)
    if kind is None:
        raise TypeError(f"{model.__name__} is not a kind of entry (edition/record/kinds.py's KINDS)")
    return kind


def kind_of(entry: Entry) -> Kind:
    """The kind of an entry; TypeError for anything that is not one."""
    return kind_for(type(entry))


def label(entry: Entry) -> str:
    """What names an entry where nothing says more: its name, else its
    title, else its id (the default of the tables keyed by kind)."""
    return getattr(entry, "name", None) or getattr(entry, "title", None) or entry.id


def with_pages() -> tuple[Kind, ...]:
    """The kinds whose entries have a page of their own."""
    return tuple(k for k in KINDS if k.folder)


def covers(table: dict, module: str) -> None:
    """At import, a table keyed by kind name: every key a kind of KINDS, so
    that a kind renamed or removed is not silently kept there (a kind the
    table does not name takes the table's default)."""
    unknown = set(table) - set(BY_NAME)
    if unknown:
        raise RuntimeError(f"{module}: {', '.join(sorted(unknown))} is not a kind of edition/record/kinds.py's KINDS")


def _check_rows() -> None:
    """Each row complete and no two alike where they must differ: fails at
    import with what to fix."""
    for field in ("file", "attribute", "index", "folder"):
        values = [getattr(k, field) for k in KINDS if getattr(k, field) is not None]
        if len(set(values)) != len(values):
            raise RuntimeError(f"edition/record/kinds.py: two kinds share a {field}")
    for k in KINDS:
        if (k.folder is None) != (k.template is None):
            raise RuntimeError(f"edition/record/kinds.py: {k.name} needs both a folder and a template, or neither")
        if not k.file.endswith(".yaml"):
            raise RuntimeError(f"edition/record/kinds.py: {k.name}'s file {k.file!r} is not a .yaml file")
        missing = [f for f in ("id", *k.shown) if f not in k.model.model_fields]
        if missing:
            raise RuntimeError(f"edition/record/kinds.py: {k.name}'s model has no field {', '.join(missing)}")


_check_rows()
