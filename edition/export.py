"""The whole record as data: JSON (with its JSON Schema) and CSV.

The published JSON is defined once, by the pydantic models below (a field
that means what a field of the record means takes its description from
the record's own model, edition/record.py); its JSON Schema is generated
from them (`schema()`), and the JSON is validated against them as it is
written, so the two cannot disagree. The copy in
edition/communique.schema.json is for reading and diffing; refresh it with
`.venv/bin/python -m edition.export` (a test fails while it is stale).
Published with the site under data/ (hooks/data_files.py); documented field
by field on the "Data and citation" page, whose tables come from the schema.

CSV: one value a cell, each cell the text as typed (csv quoting keeps
commas, quotes and line breaks). A cell that a spreadsheet would read as a
formula (starting with = + - @, a tab or a carriage return) is refused: the
build stops and names the entry and the field. It is never altered, so that
every cell reads back as the record's text.
"""
from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import GenerateJsonSchema

from edition import addresses as A
from edition import record as entries
from edition.addresses import Site
from edition.index import index_of
from edition.record import Record, RecordError, ReportedAttendee, Statement
from edition.register import register_of
from edition.vocabulary import GROUPS, PARTS, SIDES, TIE_BASES

SCHEMA_FILE = Path(__file__).with_name("communique.schema.json")
EDITION_TITLE = "Mexico–U.S. Joint Communiqué on Migration: a web edition"

# Every file published under data/, and its media type (hooks/data_files.py
# writes them; the data page's JSON-LD lists them).
FILES = {
    "data/communique.json": "application/json",
    "data/communique.schema.json": "application/schema+json",
    "data/participants.csv": "text/csv",
    "data/people.csv": "text/csv",  # the participants' first address, kept: the same file
    "data/agenda-items.csv": "text/csv",
    "data/meetings.csv": "text/csv",
    "data/attendance.csv": "text/csv",
    "data/meeting-statements.csv": "text/csv",
    "data/communique.akn.xml": "application/akn+xml",
    "data/register.json": "application/json",
    "data/register.csv": "text/csv",
    "data/mexican-release.csv": "text/csv",
}

Side = entries.Side


def same(model: type[BaseModel], name: str, **more):
    """A field that means what the record's field of that name means: its
    description is the record model's own (edition/record.py)."""
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
    printed: str = Field(description="The name exactly as the source prints it.")
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
    side: Side = same(entries.Person, "side")
    delegation: Literal["mexico", "united-states", "none"] = Field(
        description="The delegation the communiqué puts them in at the meeting in Mexico City (27 December 2023); none if it does not. Who a source lists at a later meeting, and on which side, is in the meetings' reported_attendees.")
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
    basis_described: str = Field(description="The basis, in words.")
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


class _Names(GenerateJsonSchema):
    """Definitions named in snake case (agenda_item), as the data page shows them."""

    def normalize_name(self, name: str) -> str:
        return re.sub(r"(?<!^)(?=[A-Z])", "_", super().normalize_name(name)).lower()


@functools.cache
def schema() -> dict:
    """The published JSON Schema, generated from the models above."""
    generated = Export.model_json_schema(by_alias=True, schema_generator=_Names, mode="serialization")
    return _published({"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "communique.schema.json", **generated})


# The record's files are not published: a description that names one names
# the part of the published JSON that holds the same entries instead.
_RECORD_FILES = {"people": "people", "organisations": "organisations", "commitments": "agenda_items",
                 "meetings": "meetings", "context": "context"}


def _published(node):
    if isinstance(node, dict):
        return {k: (_published_words(v) if k == "description" and isinstance(v, str) else _published(v))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_published(v) for v in node]
    return node


def _published_words(text: str) -> str:
    return re.sub(r"\bdata/([a-z]+)\.yaml\b",
                  lambda m: f"this file's {_RECORD_FILES.get(m.group(1), m.group(1))}", text)


def schema_json() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------- data

def _plain(value):
    """Dates as ISO strings, for JSON."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def archived(record: Record) -> str | None:
    """The National Archives' copy of the release, if the context gives one."""
    return ((record.context.get("archives") or {}).get("publication") or {}).get("archived")


def release_sources(record: Record) -> list[dict]:
    """The White House release: as issued, then the National Archives' copy
    (the one a reader can open today), where the context gives one."""
    pub = record.context["publication"]
    copy = archived(record)
    return [{"title": f"{pub['publisher']}: the communiqué, as issued", "url": pub["url"]}] + (
        [{"title": "The same release, the National Archives' copy (the one a reader can open today)", "url": copy}]
        if copy else [])


def date_basis(record: Record, ref: str) -> tuple[str, list[dict]]:
    """How a meeting's date is known (context fact `ref`: 'publication',
    'events.<id>'): the context's words, and its sources. The meeting in
    Mexico City is dated from the release (as issued, and the archived copy)
    and from the readout of the follow-up ("made on December 27"). Every
    output that dates a meeting (pages, JSON, CSV, PDF) takes it from here."""
    fact = record.context_fact(ref)
    if ref == "publication":
        readout = (record.context.get("follow_up_readout") or {}).get("sources", [])[:1]
        return " ".join(fact["date_basis"].split()), [*release_sources(record), *readout]
    return " ".join(fact["basis"].split()), [{"title": s["title"], "url": s["url"]} for s in fact.get("sources", [])]


def _sources_of(record: Record, m) -> list[dict]:
    return date_basis(record, m.context)[1]


def _edition(site: Site) -> dict:
    return {"url": site.url or None, "permanent_address": "set" if site.is_set else "not set", "title": EDITION_TITLE}


def record_data(record: Record, site_url: str) -> dict:
    """The record as the published JSON (validated against the models).
    Addresses in the edition are permanent ones when `site_url` is set,
    otherwise paths within the edition (edition/addresses.py, Site)."""
    site = Site(site_url)
    index = index_of(record)
    c = record.communique
    pub = record.context["publication"]
    says = register_of(record)
    release_url = (pub.get("mexican_release") or {}).get("url")

    def other_names(o) -> list[str]:
        """The register's other names of a body (its search words are not among them)."""
        return [s.text for s in says.all(f"{A.ORGANISATIONS}#{o.id}", "also-called")]
    data = {
        "$schema": site.file("data/communique.schema.json") if site.is_set else "communique.schema.json",
        "edition": _edition(site),
        "communique": {
            "title": c.title, "published": pub["date"], "publisher": says.text("communique", "publisher"),
            "source_url": pub["url"], "archived_url": archived(record),
            "url": site.absolute(A.TEXT),
            "paragraphs": [
                {"eid": p.eid, "number": p.number, "text": p.text, "url": site.absolute(A.TEXT, p.eid),
                 "sentences": [{"eid": p.sentence_eid(i), "text": s} for i, s in enumerate(p.sentences)]}
                for p in c.paragraphs],
        },
        "people": [
            {"id": p.id, "name": p.name, "in_communique": p.in_communique, "printed": list(p.printed),
             "other_forms": [{"printed": f, "source": s} for f, s in index.other_forms.get(p.id, [])],
             "surname": p.surname, "rank": p.rank, "title": p.title, "organisation": p.organisation, "side": p.side,
             "delegation": p.delegation, "part": list(p.part), "part_described": [PARTS[x] for x in p.part],
             "lang": p.lang, "aliases": list(p.aliases), "url": site.of(p)}
            for p in record.people.values()],
        "organisations": [
            {"id": o.id, "name": o.name, "name_es": o.name_es, "acronym": o.acronym, "country": o.country,
             "in_text": list(o.in_text),
             "also_called": [{"name": a.name, "basis": a.basis} for a in o.also_called if a.name in other_names(o)],
             "search_words": [a.name for a in o.also_called if a.name not in other_names(o)],
             "url": site.of(o)}
            for o in record.organisations.values()],
        "agenda_items": [
            {"id": i.id, "title": i.title, "paragraph": i.paragraph, "quotes": [" ".join(q.split()) for q in i.quotes],
             "verb": i.verb, "kind": says.text(f"commitments/{i.id}.md", "kind"),
             "agent_words": says.attributions[i.id].words, "agent_sentence": says.attributions[i.id].words_sentence,
             "agent_carried": says.attributions[i.id].carried, "attributed_to": i.attributed_to,
             "attributed_to_described": says.attributed_to(i),
             "names": list(i.names), "keywords": list(i.keywords),
             "related": [{"item": r.id, "basis": b} for r, b in index.related.get(i.id, [])],
             "meeting": record.meeting_of(i).id, "announces": list(i.announces),
             "followed_up": [{"meeting": f.meeting.id, "said": f.topic.said, "source": f.topic.source,
                              "kind": f.topic.kind, "basis": "the edition's reading"}
                             for f in index.followed_up.get(i.id, [])],
             "mexican_release": [{"paragraph": v["paragraph"], "white_house": v["white_house"], "sre_en": v["sre_en"],
                                  "source": release_url} for v in says.variants_of(i)],
             "url": site.of(i)}
            for i in record.commitments.values()],
        "meetings": [
            {"id": m.id, "title": m.title, "kind": m.kind, "paragraph": m.paragraph, "says": " ".join(m.says.split()) if m.says else None,
             "date": m.date, "place": m.place, "reported": m.reported, "context": m.context,
             "date_basis": date_basis(record, m.context)[0],
             "sources": _sources_of(record, m), "attendees": [p.id for p in record.attendees(m)],
             "reported_attendees": list(m.reported_attendees), "not_listed": [p.id for p in index.not_listed(m)],
             "purpose": m.purpose, "topics": list(m.topics), "url": site.of(m)}
            for m in record.meetings.values()],
        "ties": [
            {"person": t.person.id, "agenda_item": t.commitment.id, "basis": t.basis,
             "basis_described": TIE_BASES[t.basis], "meeting": t.meeting.id}
            for t in index.ties],
        "context": _plain(record.context),
    }
    return Export.model_validate(data).model_dump(mode="json", by_alias=True)


def record_json(data: dict) -> str:
    """`data` is record_data(record, …)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -------------------------------------------------------------------- CSV

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "


def _cell(value, where: tuple[str, str, str]) -> str:
    """One cell: the text as typed, or the build stops."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        for item in value:
            if LIST_SEPARATOR.strip() in str(item):
                raise RecordError(*where, f"'{item}' holds ';', which separates a list's items in the CSV files")
        value = LIST_SEPARATOR.join(str(v) for v in value)
    text = str(value)
    if text.startswith(FORMULA_START):
        raise RecordError(*where, f"'{text[:40]}' starts with '{text[0]}': a spreadsheet would read it as a formula")
    return text


# Excel reads a CSV file as UTF-8 (accents and all) only when it opens with this mark.
BYTE_ORDER_MARK = "\ufeff"


def spreadsheet(text: str) -> str:
    """A CSV file as published: with the byte-order mark spreadsheets need."""
    return BYTE_ORDER_MARK + text


def _csv(rows: list[tuple[tuple[str, str], dict]]) -> str:
    """Rows of (where each comes from: file, entry) and {column: value}."""
    out = io.StringIO()
    writer = None
    for (file, entry), row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\r\n")
            writer.writeheader()
        writer.writerow({k: _cell(v, (file, entry, k)) for k, v in row.items()})
    return out.getvalue()


PEOPLE, COMMITMENTS, MEETINGS = "data/people.yaml", "data/commitments.yaml", "data/meetings.yaml"


def people_csv(record: Record, data: dict) -> str:
    """`data` is record_data(record, …). The delegation column is the
    communiqué's delegations at Mexico City, as the register words them."""
    orgs = record.organisations
    says = register_of(record)
    return _csv([((PEOPLE, p["id"]), {
        "id": p["id"], "name": p["name"], "in_communique": p["in_communique"], "printed": p["printed"],
        "surname": p["surname"], "rank": p["rank"], "title": p["title"],
        "organisation": orgs[p["organisation"]].name if p["organisation"] else None,
        "side": SIDES[p["side"]],
        "delegation_at_mexico_city": says.text(f"participants/{p['id']}.md", "delegation") if p["delegation"] != "none" else "none",
        "part": p["part_described"],
        "aliases": p["aliases"], "url": p["url"]}) for p in data["people"]])


def agenda_items_csv(data: dict) -> str:
    """`data` is record_data(record, …)."""
    return _csv([((COMMITMENTS, i["id"]), {
        "id": i["id"], "title": i["title"], "verb": i["verb"], "kind_in_the_editions_words": i["kind"],
        "attributed_to": i["attributed_to_described"], "agent_in_the_texts_words": i["agent_words"],
        "agent_sentence": i["agent_sentence"], "agent_from_the_sentence_it_extends": i["agent_carried"],
        "paragraph": i["paragraph"], "quote": " … ".join(i["quotes"]), "meeting_in_the_editions_reading": i["meeting"],
        "followed_up_in_the_editions_reading": list(dict.fromkeys(f["meeting"] for f in i["followed_up"])),
        "url": i["url"]})
        for i in data["agenda_items"]])


def _issued(data: dict) -> set[str]:
    """The release's address as issued, where an archived copy replaces it."""
    c = data["communique"]
    return {c["source_url"]} if c["archived_url"] else set()


def meetings_csv(data: dict) -> str:
    """`data` is record_data(record, …)."""
    return _csv([((MEETINGS, m["id"]), {
        "id": m["id"], "title": m["title"], "kind": m["kind"], "date": m["date"], "place": m["place"],
        "paragraph": m["paragraph"], "says": m["says"],
        "date_basis": m["date_basis"],
        # The sources a reader can open today: the release's archived copy, not its address as issued.
        "date_sources": [s["url"] for s in m["sources"] if s["url"] not in _issued(data)],
        "date_source_as_issued_no_longer_served": [s["url"] for s in m["sources"] if s["url"] in _issued(data)],
        "url": m["url"]}) for m in data["meetings"]])


def attendance_csv(data: dict) -> str:
    """Who is recorded at each meeting: one row a person at a meeting, with
    the basis (the communiqué, or a source and how it prints them)."""
    names = {p["id"]: p["name"] for p in data["people"]}
    rows = []
    for m in data["meetings"]:
        for pid in m["attendees"]:
            rows.append(((MEETINGS, m["id"]), {
                "meeting": m["id"], "person": pid, "name": names[pid], "basis": "communique",
                "printed": None, "side": None, "role_printed": None, "source": None}))
        for a in m["reported_attendees"]:
            rows.append(((MEETINGS, m["id"]), {
                "meeting": m["id"], "person": a["person"], "name": names[a["person"]], "basis": "source",
                "printed": a["printed"], "side": a["side"], "role_printed": a["role_printed"], "source": a["source"]}))
    return _csv(rows) if rows else "meeting,person,name,basis,printed,side,role_printed,source\r\n"


def meeting_statements_csv(data: dict) -> str:
    """What sources report of each meeting: its purpose and the topics
    discussed, each with its source, and the edition's reading of which
    agenda items it relates to."""
    rows = []
    for m in data["meetings"]:
        statements = ([("purpose", m["purpose"])] if m["purpose"] else []) + [("topic", t) for t in m["topics"]]
        for what, s in statements:
            rows.append(((MEETINGS, m["id"]), {
                "meeting": m["id"], "statement": what, "said": s["said"], "source": s["source"],
                "source_kind": s["kind"], "relates_to_in_the_editions_reading": s["relates_to"]}))
    return _csv(rows) if rows else "meeting,statement,said,source,source_kind,relates_to_in_the_editions_reading\r\n"


def register_rows(record: Record) -> list[dict]:
    return register_of(record).rows()


def register_json(record: Record, site_url: str) -> str:
    """The register: every statement the edition adds, with its basis."""
    site = Site(site_url)
    return json.dumps({"edition": _edition(site), "register": site.absolute(A.REGISTER),
                       "statements": register_rows(record)}, ensure_ascii=False, indent=2) + "\n"


def register_csv(record: Record) -> str:
    return _csv([(("the register", s["id"]), s) for s in register_rows(record)])


def mexican_release_csv(record: Record, data: dict) -> str:
    """Mexico's English release, phrase against phrase (all the variants the
    context gives), with the agenda items whose quotes hold the phrase."""
    pub = record.context["publication"]
    release = pub.get("mexican_release") or {}
    items = {}
    for i in data["agenda_items"]:
        for v in i["mexican_release"]:
            items.setdefault((v["paragraph"], v["white_house"]), []).append(i["id"])
    rows = [(("data/context.yaml", f"variant {n}"), {
        "paragraph": v["paragraph"], "white_house": v["white_house"], "sre_en": v["sre_en"],
        "agenda_items": items.get((v["paragraph"], v["white_house"]), []), "source": release.get("url")})
        for n, v in enumerate(release.get("variants", []), start=1)]
    return _csv(rows) if rows else "paragraph,white_house,sre_en,agenda_items,source\r\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(schema_json(), "utf-8")
    print(f"wrote {SCHEMA_FILE}")
