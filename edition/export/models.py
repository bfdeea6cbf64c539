"""The published JSON, defined once: these pydantic models. A field that
means what a field of the record means takes its description from the
record's own model (edition/record/entries.py: `same`). The JSON Schema is
generated from them (json_schema.py), and the JSON is validated against them as
it is written (json_files.py), so the two cannot disagree."""
from __future__ import annotations

import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from edition import record as entries
from edition.record import ReportedAttendee, Statement

Side = entries.Side


def same(model: type[BaseModel], name: str, **more):
    """A field that means what the record's field of that name means: its
    description is the record model's own (edition/record/entries.py)."""
    return Field(description=model.model_fields[name].description, **more)


# ----------------------------------------------------------------- models

class Out(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Edition(Out):
    """This web edition."""
    url: str | None = Field(description="The edition's permanent home address; null in a copy whose permanent address is not set (not the published one): there every `url` of the edition is the part's path within the edition (`participants/antony-blinken/`), read against the edition's home.")
    permanent_address: str = Field(description="'set', or 'not set' (then the addresses of the edition are paths within it).")
    title: str = Field(description="The edition's name.")


class Sentence(Out):
    """One sentence of a paragraph."""
    eid: str = Field(pattern=r"^para_[0-9]+__sent_[0-9]+$",
                     description="Permanent identifier and anchor: para_2__sent_3 is the third sentence of paragraph 2.")
    text: str = Field(description="Its exact words.")


class Paragraph(Out):
    """One paragraph of the text."""
    eid: str = Field(pattern=r"^para_[0-9]+$", description="Permanent identifier and anchor, after Akoma Ntoso: para_1, para_2, …")
    number: int = Field(ge=1, description="Its number, from 1.")
    text: str = Field(description="Its exact words.")
    url: str = Field(description="Its permanent link in this edition.")
    sentences: list[Sentence] = Field(description="Its sentences, in order; joined by spaces they give the paragraph.")


class Communique(Out):
    """The communiqué's text as received through a news mirror of the White House release, less the mirror's framing; spaces made plain."""
    title: str = Field(description="The title, as received.")
    published: datetime.date = Field(description="The publication date (ISO 8601), from the official address: context.")
    publisher: str = Field(description="Who published it (its publisher: the text is a joint communiqué of Mexico and the United States).")
    source_url: str = Field(description="The official address of the release, as issued (whitehouse.gov no longer serves it: see archived_url).")
    archived_url: str | None = Field(description="The National Archives' copy of the release: the address a reader can open today.")
    url: str = Field(description="The full text in this edition.")
    paragraphs: list[Paragraph] = Field(description="The paragraphs, in order.")


class OtherForm(Out):
    """A form of a person's name that a source other than the communiqué prints."""
    printed: str = same(entries.ReportedAttendee, "printed")  # a reported attendee's form (edition/index.py)
    source: str = Field(description="The source's address, a source in the context.")


class Person(Out):
    """A person the communiqué names, or a source on a later meeting lists."""
    id: str = same(entries.Person, "id")
    name: str = same(entries.Person, "name")
    in_communique: bool = Field(description="Whether the communiqué names this person.")
    printed: list[str] = same(entries.Person, "printed")
    other_forms: list[OtherForm] = Field(description="The name as other sources print it, each with its source.")
    surname: str | None = same(entries.Person, "surname")
    rank: str | None = same(entries.Person, "rank")
    title: str | None = same(entries.Person, "title")
    organisation: str | None = same(entries.Person, "organisation")
    organisation_source: str | None = same(entries.Person, "organisation_source")
    side: Side = same(entries.Person, "side")
    delegation: Literal["mexico", "united-states", "none"] = Field(
        description="The delegation the communiqué puts them in at the meeting in Mexico City (27 December 2023); for the President of Mexico, who received the U.S. delegation, the one he is counted with: this edition's reading (marked inferred in the register and people.csv); none if it does not. Who a source lists at a later meeting, and on which side, is in the meetings' reported_attendees.")
    part: list[str] = same(entries.Person, "part")
    part_described: list[str] = Field(description="The same, in words.")
    lang: Literal["en", "es"] = same(entries.Person, "lang")
    aliases: list[str] = same(entries.Person, "aliases")
    url: str = Field(description="The person's entry in this edition.")


class OtherName(Out):
    """A name readers use for a body that is not its official one."""
    name: str = same(entries.OtherName, "name")
    basis: str = same(entries.OtherName, "basis")


class Organisation(Out):
    """A body a title in the communiqué names."""
    id: str = same(entries.Organisation, "id")
    name: str = same(entries.Organisation, "name")
    name_es: str | None = same(entries.Organisation, "name_es")
    acronym: str | None = same(entries.Organisation, "acronym")
    country: Side = same(entries.Organisation, "country")
    in_text: list[str] = same(entries.Organisation, "in_text")
    also_called: list[OtherName] = Field(description="Other names for it that this edition's glossary gives (from its context file), each with its basis; this edition's own search words are in search_words.")
    search_words: list[str] = Field(description="This edition's own search words for it (the distinctive word of its official Spanish name): not names a source gives.")
    url: str = Field(description="Its entry in this edition.")


class Related(Out):
    """Another agenda item, and what in the text relates the two."""
    item: str = Field(description="The other item's id.")
    basis: str = same(entries.Related, "basis")


class FollowedUp(Out):
    """What a later meeting took up that the edition reads as following up an item."""
    meeting: str = Field(description="The later meeting's id.")
    said: str = Field(description="What the source reports, in the edition's words.")
    source: str = Field(description="The source's address, a source in the context.")
    kind: Literal["readout", "press"] = Field(description="An official readout, or a press report.")
    basis: Literal["the edition's reading"] = Field(
        description="That the statement follows up this item is the edition's reading, not the source's words.")


class Variant(Out):
    """A phrase of the White House text and the same passage as Mexico's English release (SRE) words it."""
    paragraph: int = Field(ge=1, description="The White House text's paragraph.")
    white_house: str = Field(description="The phrase, verbatim in the White House text.")
    sre_en: str = Field(description="The passage as Mexico's English release words it (context: not the communiqué's words).")
    source: str = Field(description="The address of Mexico's release.")


class AgendaItem(Out):
    """A distinct commitment or topic of the communiqué."""
    id: str = same(entries.Commitment, "id")
    title: str = same(entries.Commitment, "title")
    paragraph: int = same(entries.Commitment, "paragraph", ge=1)
    quotes: list[str] = same(entries.Commitment, "quotes")
    verb: str = same(entries.Commitment, "verb")
    kind: str = Field(description="This edition's word for what that verb makes of it (commitment, agreement, statement, discussion): the edition's, not the text's.")
    agent_words: str = Field(description="The text's own words for who did it and the verb (“The delegations also discussed”).")
    agent_sentence: str = Field(description="The sentence those words are in (its eid).")
    agent_carried: bool = Field(description="True when the item's own sentence names no one who does it: agent_words are those of the sentence it is listed after (agent_sentence), and reading them as the item's is this edition's.")
    agent_read_as: str = Field(description="Where agent_words do not name who did it (“He stressed”), this edition's reading of them, with the sentence before that names them, marked (inferred); empty otherwise.")
    attributed_to: str = same(entries.Commitment, "attributed_to")
    attributed_to_described: str = Field(description="The same, in words.")
    names: list[str] = same(entries.Commitment, "names")
    keywords: list[str] = same(entries.Commitment, "keywords")
    related: list[Related] = Field(description="Related items, both ways, each with the basis.")
    meeting: str = Field(description="The id of the meeting this edition places it at: the edition's reading (the communiqué reports the meeting and the item, not where each was made).")
    announces: list[str] = same(entries.Commitment, "announces")
    followed_up: list[FollowedUp] = Field(description="What later meetings took up that the edition reads as following it up, each with its source; empty when nothing is recorded.")
    mexican_release: list[Variant] = Field(description="Where Mexico's English release of the same meeting words a phrase of this item differently: context, Mexico's release, never the communiqué's words.")
    url: str = Field(description="Its entry in this edition.")


class Source(Out):
    """A public source outside the communiqué."""
    title: str = Field(description="Its title.")
    url: str = Field(description="Its address.")


class Meeting(Out):
    """An event the communiqué speaks of, and what sources add about it."""
    id: str = same(entries.Meeting, "id")
    title: str = same(entries.Meeting, "title")
    kind: Literal["call", "meeting"] = same(entries.Meeting, "kind")
    paragraph: int | None = same(entries.Meeting, "paragraph", ge=1)
    says: str | None = same(entries.Meeting, "says")
    date: datetime.date = same(entries.Meeting, "date")
    place: str | None = same(entries.Meeting, "place")
    reported: bool = same(entries.Meeting, "reported")
    context: str = same(entries.Meeting, "context")
    date_basis: str = Field(description="How the date is known, in the context's words (context, not the communiqué's).")
    sources: list[Source] = Field(description="The sources of the date, as its page cites them.")
    attendees: list[str] = Field(description="Ids of those the communiqué puts there.")
    reported_attendees: list[ReportedAttendee] = same(entries.Meeting, "reported_attendees")
    not_listed: list[str] = Field(
        description="Ids of the delegations' members whom the source's list does not name (it does not say they were absent); empty when no source lists attendees.")
    purpose: Statement | None = same(entries.Meeting, "purpose")
    topics: list[Statement] = same(entries.Meeting, "topics")
    url: str = Field(description="Its entry in this edition.")


class Tie(Out):
    """The edition's reading that the text ties a person to an agenda item, and its basis."""
    person: str = Field(description="The person's id.")
    agenda_item: str = Field(description="The agenda item's id.")
    basis: str = Field(description="said (the text attributes the item to them, in the third person: “He stressed”), named (the passage names them), delegation (their delegation agreed, underlined or discussed it), attended (they attended the meeting at which the two countries reaffirmed it: the edition's inference).")
    basis_described: str = Field(description="The basis, in words, as the register gives it, with the edition's readings it rests on marked (inferred).")
    meeting: str = Field(description="The meeting the item comes from.")


class Export(Out):
    """Everything this edition knows about the communiqué: its exact text, the agenda items, people, organisations and meetings, the ties between people and items with their basis, what sources report of later meetings, and the context facts from outside the text with their sources."""
    model_config = ConfigDict(title="Mexico–U.S. Joint Communiqué of 28 December 2023: the edition's record")
    schema_: str = Field(alias="$schema", description="The address of this schema (where the edition's permanent address is not set, its file name: it is published beside this file).")
    edition: Edition = Field(description="This web edition.")
    communique: Communique = Field(description="The communiqué's text.")
    people: list[Person] = Field(description="Everyone the communiqué names, in the order it names them, then the people a source on a later meeting lists.")
    organisations: list[Organisation] = Field(description="The bodies the titles in the communiqué name.")
    agenda_items: list[AgendaItem] = Field(description="One entry for each distinct commitment or topic, in the order of the text.")
    meetings: list[Meeting] = Field(description="The events the communiqué speaks of, in the order they happened.")
    ties: list[Tie] = Field(description="The edition's ties between people and agenda items, each with its basis; derived from the entries above.")
    context: dict = Field(description="Facts from outside the communiqué, each with its public source. Never part of the text.")
