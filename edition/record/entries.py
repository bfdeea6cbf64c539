"""The entries of data/: one pydantic model a kind, whose fields document
the YAML files and make the JSON Schema of the export."""
from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field

from edition.record.fields import Entry, Id, LongText, Side, Text, Url
from edition.text import fold

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
    surname: Text | None = Field(None, description="The surname(s), only where the name has two words (the second), the communiqué prints the surname alone, or a source says which words they are; the A–Z list sorts by it.")
    rank: Text | None = Field(None, description="A rank printed before the name (Gen., Alm.).")
    title: Text | None = Field(None, description="The title exactly as the communiqué gives it; omitted for a person it does not name.")
    organisation: Id | None = Field(None, description="The organisation the title names, or else the one a source's printed role for them names (organisation_source): an id of data/organisations.yaml.")
    organisation_source: Url | None = Field(None, description="Where the communiqué's title does not name the organisation: the source whose printed role for them (in a meeting's reported_attendees) names it.")
    side: Side = Field(description="The country the person is listed for: Mexico or the United States (not a nationality).")
    delegation: Literal["mexico", "united-states", "none"] = Field(description="The delegation the communiqué puts them in at Mexico City (the President of Mexico, who received the U.S. delegation, counted with the Mexican one: this edition's reading); none if it does not.")
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
        description="The verb the text uses for it, as printed; for an item whose own sentence names no one who does it (“This includes …”), the verb of the sentence it is listed after, this edition's reading.")
    attributed_to: Id = Field(description="Who the text says did it: two-countries, both-delegations, or a person's id. For an item whose own sentence names no one (“This includes …”), who did what it is listed after: this edition's reading.")
    names: list[Id] = Field(default_factory=list, description="People the quote itself names (ids).")
    keywords: list[Text] = Field(default_factory=list, description="Words readers search with that the quote may not contain.")
    keywords_es: list[Text] = Field(default_factory=list, description="The edition's own Spanish search words for it; never shown as the communiqué's words.")
    related: list[Related] = Field(default_factory=list, description="Related commitments, each with the basis (the reverse is derived).")
    announces: list[Id] = Field(default_factory=list, description="Meetings the item announces (ids).")
    meeting: Id | None = Field(None, description="The meeting the communiqué reports it from; omitted for the one it reports.")


class ReportedAttendee(Entry):
    """Someone a source (not the communiqué) lists at a meeting, as it prints them."""
    person: Id = Field(description="The person's id in data/people.yaml.")
    printed: Text = Field(description="The name exactly as the source prints it, less a rank printed before it.")
    rank_printed: Text | None = Field(None, description="A rank the source prints before the name ('Admiral'), kept apart from it: the name's language is not the rank's.")
    side: Side = Field(description="The side the source lists them on.")
    role_printed: Text = Field(description="The role exactly as the source gives it.")
    source: Url = Field(description="The source's address, a source in data/context.yaml.")


class Statement(Entry):
    """What a source reports, in the edition's own words, with the source."""
    said: LongText = Field(description="The edition's summary of what the source says.")
    source: Url = Field(description="The source's address, a source in data/context.yaml.")
    kind: Literal["readout", "press"] = Field("readout", description="What the source reports it in: an official readout, or a press report (the source itself may be a copy of it: the sources page says what each source is).")
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
    place: Text | None = Field(None, description="Where it was held: the communiqué's words, or a source's where it says more.")
    reported: bool = Field(False, description="True for the one meeting the communiqué reports.")
    keywords: list[Text] = Field(default_factory=list, description="Words readers search with.")
    keywords_es: list[Text] = Field(default_factory=list, description="The edition's own Spanish search words for it; never shown as the communiqué's words.")
    purpose: Statement | None = Field(None, description="Why it was held, as a source reports it.")
    reported_attendees: list[ReportedAttendee] = Field(default_factory=list, description="Who a source lists there, as printed.")
    topics: list[Statement] = Field(default_factory=list, description="What sources report was discussed, each with its source.")
