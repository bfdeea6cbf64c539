"""Each page shape: its path, its template and its view (the values its
template prints, computed from the record and the index, so that no
template reads the record itself), one row a page in `SHAPES`, which
everything that needs the derived pages reads: `Pages.all()` renders them
in its order, the navigation lists them in its order (a page in the folder
of a kind of entry, in that kind's section), the manifest check and the
entry pages take their paths as a section's own (edition/published.py,
edition/pages.py), and JSON-LD gives a page its row's `schema` type where
edition/structured_data.py says nothing more.

A new page shape is its template (edition/templates/) and its row here,
with its view in one of this package's modules; the README's "Adding a
page, an export or a kind of entry" says it step by step."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from edition import addresses as A
from edition import changes
from edition.page_helpers import Helpers
from edition.record.kinds import BY_NAME, KINDS
from edition.views import data, entries, lists, register_page

View = Callable[..., "dict | None"]


@dataclass(frozen=True)
class Shape:
    """One page: its path under docs/, its template (None: a hand-written
    page of docs/, listed here for its place in the navigation), its view
    (None: the template prints only what it is given and the helpers)."""
    path: str
    template: str | None = None
    view: View | None = None
    after_entries: bool = False  # rendered after the entry pages (their order is the search index's)
    schema: str = "WebPage"  # its schema.org type, where edition/structured_data.py gives no node of its own


def listing(kind: str, view: View | None = None) -> Shape:
    """The page that lists a kind of entry, from its row (edition/record/kinds.py)."""
    k = BY_NAME[kind]

    def listed(h: Helpers, src: str, **given) -> dict:  # given its entries (`entries`), and what its view says more
        return {"entries": list(h.record.entries_of(k).values()), **(view(h, src, **given) if view else {})}
    return Shape(k.index, k.index_template, listed)


def _changes(h: Helpers, src: str, **_) -> dict | None:
    return {"log": h.log} if h.log is not None else None  # no log (a benchmark's pages): no changes page


# The navigation's order; the pages are rendered in it too, but for those
# `after_entries`. A kind of entry not named here has its page last.
_NAMED: tuple[Shape, ...] = (
    Shape(A.HOME, "home.md.j2", lists.home, after_entries=True),
    Shape(A.TEXT, "text.md.j2", lists.text),
    listing("Commitment", lists.commitments),
    listing("Person", lists.participants),
    listing("Organisation", lists.organisations),
    Shape(A.TIES, "ties.md.j2", lists.ties),
    listing("Meeting", lists.meetings),
    Shape(A.GLOSSARY, "glossary.md.j2", lists.glossary),
    Shape(A.DATA, "data.md.j2", data.data),
    Shape(A.REGISTER, "register.md.j2", register_page.view),
    # Last of those rendered: it lists the pages that cite each source, as the others recorded them.
    Shape(A.SOURCES, "sources.md.j2", lists.sources, after_entries=True),
    Shape(A.METHOD),
    Shape(A.ABOUT),
    Shape(changes.PAGE, "changes.md.j2", _changes),
)
SHAPES: tuple[Shape, ...] = (*_NAMED, *(listing(k.name) for k in KINDS if k.index not in {s.path for s in _NAMED}))
PATHS: frozenset[str] = frozenset(s.path for s in SHAPES)

# The views of an entry's own page, by its kind's template (given the entry).
ENTRY_VIEWS: dict[str, View] = {
    "commitment.md.j2": entries.commitment, "person.md.j2": entries.person, "meeting.md.j2": entries.meeting,
}


def _check() -> None:
    paths = [s.path for s in SHAPES]
    if len(set(paths)) != len(paths):
        raise RuntimeError("edition/views/__init__.py: two rows of SHAPES share a path")
    unknown = set(ENTRY_VIEWS) - {k.template for k in KINDS}
    if unknown:
        raise RuntimeError(f"edition/views/__init__.py: ENTRY_VIEWS names {', '.join(sorted(unknown))}, no kind's template")


_check()
