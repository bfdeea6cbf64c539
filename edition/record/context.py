"""data/context.yaml: the facts from outside the communiqué, each with its
source, as models."""
from __future__ import annotations

import datetime
import math
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from edition.record.fields import Id, LongText, Text, Url, long_text

MAX_NOTE_ITEMS = 200  # items of one note's lists and mappings, all told

def _term(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .]{0,59}", value):
        raise ValueError("a glossary term may hold only letters, digits, spaces and full stops")
    if value == value.lower():
        # An acronym, a rank or a name: a common word would be marked wherever the text uses it.
        raise ValueError("a glossary term is an acronym, a rank or a name, with a capital letter: "
                         f"'{value}' in lower case would mark every place the text uses the word")
    return value


Term = Annotated[str, AfterValidator(_term)]


class Fact(BaseModel):
    """Part of data/context.yaml: what the pages show of it is checked;
    other keys are kept as notes for the next engineer, and checked too,
    since the data export carries them: text as any statement is, a date,
    a number, or a short list or mapping of these."""
    model_config = ConfigDict(extra="allow", frozen=True, strict=True)

    @model_validator(mode="after")
    def _notes_are_checked(self):
        for key, value in (self.model_extra or {}).items():
            _check_note(key, value)
        return self


def _check_note(key: str, value) -> None:
    stack, count = [value], 0
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_NOTE_ITEMS:
            raise ValueError(f"the note '{key}' holds more than {MAX_NOTE_ITEMS} items: keep notes short")
        if isinstance(node, str):
            try:
                long_text(node)
            except ValueError as error:
                raise ValueError(f"the note '{key}': {error}") from None
        elif isinstance(node, list):
            stack += node
        elif isinstance(node, dict):
            stack += [*node.keys(), *node.values()]
        elif isinstance(node, float) and not math.isfinite(node):
            raise ValueError(f"the note '{key}' holds {node}, which JSON cannot carry: put it in quotes if it is text")
        elif node is not None and not isinstance(node, (int, float, datetime.date)):
            raise ValueError(f"the note '{key}' holds a value that is neither text, a number nor a date")


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
    compared: LongText | None = Field(None, description="Which passages were compared with the White House text, in words fit to show.")
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
