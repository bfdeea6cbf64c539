"""A statement of the register (`Said`), what it may rest on (`Basis`, and
the conventions the register page explains, `CONVENTION_TEXT`), and the
register page's heading for each kind of statement (`KINDS`)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from edition import addresses as A

Basis = Literal["text", "source", "convention"]

# The register's own page, and the anchor of its conventions.
PAGE = A.REGISTER
CONVENTIONS = "register/#conventions"

# The conventions a statement may rest on, each explained on the register page.
CONVENTION_TEXT = {
    "description": "A page's description (its meta description and Open Graph text) is this edition's summary of the page, made from the statements below.",
    "title": "The titles of agenda items and meetings are this edition's, kept close to the text's words.",
    "kind": "The kind of an agenda item (commitment, agreement, statement, discussion) is this edition's word for the text's verb: reaffirmed makes a commitment, agreed an agreement; highlighted, stressed and underlined a statement; discussed a discussion.",
    # "extends" is made from the record: Register.conventions().
    "host": "The President of Mexico, who received the U.S. delegation and whom the others “accompanied” (¶6.1), is counted with the Mexican delegation: this edition's reading.",
    "meeting": "The communiqué reports the meeting in Mexico City and, in the same release, the agenda items; it does not say where each was made. Placing them at that meeting is this edition's reading.",
    "follow-up": "Which topic of a later meeting follows up which agenda item is this edition's judgement; what was discussed is the source's.",
    "search-word": "Some other names of bodies are this edition's search words (the distinctive word of the official Spanish name), not names a source gives.",
    "glossary": "A glossary entry without a named source is ordinary public knowledge (the full name of a body, a rank), from this edition's context file.",
    "tie": "A tie between a person and an agenda item is this edition's reading of the text, with its basis: the text attributes the words to them, names them, says their delegation did it, or they attended the meeting the item is placed at.",
}


# The register page's heading for each kind of statement.
KINDS = {
    "publisher": "Who published the communiqué", "authors": "Whose communiqué it is",
    "published": "When it was published",
    "description": "Page descriptions (also their Open Graph text)", "title": "Titles",
    "kind": "The kind of each agenda item", "agent": "Who did each item, in the text's words",
    "meeting": "Where each item was made", "followed-up": "What later meetings followed up",
    "mexican-release": "Mexico's release, phrase by phrase", "part": "Each person's part",
    "delegation": "The delegations at Mexico City", "tie": "Ties between people and agenda items",
    "date": "The dates of the meetings", "also-called": "Other names, from the glossary",
    "search-word": "Search words of the edition's own", "definition": "Glossary entries",
}


@dataclass(frozen=True)
class Said:
    """One statement of the edition, and what it rests on."""
    id: str       # stable: "<subject>/<what>[/<n>]"
    subject: str  # what it is about: the page it is shown on (a source path), or "communique"
    what: str     # the kind of statement: description, publisher, kind, agent, meeting, …
    text: str     # the statement, in the edition's words
    basis: Basis
    ref: str      # a sentence id, a source's address, or a page address (for a convention)

    def row(self) -> dict:
        """The statement, and the address of the page (and anchor) it is about."""
        page, _, anchor = self.subject.partition("#")
        return asdict(self) | {"address": A.address(A.TEXT if page == "communique" else page, anchor)}
