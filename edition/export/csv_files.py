"""The record as CSV files: one value a cell, each cell the text as typed
(csv quoting keeps commas, quotes and line breaks). A cell that a
spreadsheet would read as a formula (starting with = + - @, a tab or a
carriage return) is refused: the build stops and names the entry and the
field. It is never altered, so that every cell reads back as the record's
text."""
from __future__ import annotations

import csv
import io

from edition import addresses as A
from edition.export.models import Export
from edition.record import Record, RecordError
from edition.record.kinds import BY_NAME
from edition.register import register_of
from edition.vocabulary import SIDES


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


PEOPLE, COMMITMENTS, MEETINGS = (BY_NAME[name].path for name in ("Person", "Commitment", "Meeting"))


def people_csv(record: Record, data: Export) -> str:
    """`data` is export_of(record, …). The delegation column is the
    communiqué's delegations at Mexico City, as the register words them."""
    orgs = record.organisations
    says = register_of(record)
    return _csv([((PEOPLE, p.id), {
        "id": p.id, "name": p.name, "in_communique": p.in_communique, "printed": p.printed,
        "surname": p.surname, "rank": p.rank, "title": p.title,
        "organisation": orgs[p.organisation].name if p.organisation else None,
        "organisation_source": p.organisation_source,
        "side": SIDES[p.side],
        "delegation_at_mexico_city": says.text(A.page_of(record.people[p.id]), "delegation") if p.delegation != "none" else "none",
        "part": p.part_described,
        "aliases": p.aliases, "url": p.url}) for p in data.people])


def agenda_items_csv(data: Export) -> str:
    """`data` is export_of(record, …): the record as the export's models."""
    return _csv([((COMMITMENTS, i.id), {
        "id": i.id, "title": i.title, "verb": i.verb, "kind_in_the_editions_words": i.kind,
        "attributed_to": i.attributed_to_described, "agent_in_the_texts_words": i.agent_words,
        "agent_sentence": i.agent_sentence, "agent_from_the_sentence_it_extends": i.agent_carried,
        "agent_read_as_in_the_editions_reading": i.agent_read_as,
        "paragraph": i.paragraph, "quote": " … ".join(i.quotes), "meeting_in_the_editions_reading": i.meeting,
        "followed_up_in_the_editions_reading": list(dict.fromkeys(f.meeting for f in i.followed_up)),
        "url": i.url})
        for i in data.agenda_items])


def _issued(data: Export) -> set[str]:
    """The release's address as issued, where an archived copy replaces it."""
    c = data.communique
    return {c.source_url} if c.archived_url else set()


def meetings_csv(data: Export) -> str:
    """`data` is export_of(record, …): the record as the export's models."""
    return _csv([((MEETINGS, m.id), {
        "id": m.id, "title": m.title, "kind": m.kind, "date": m.date, "place": m.place,
        "paragraph": m.paragraph, "says": m.says,
        "date_basis": m.date_basis,
        # The sources a reader can open today: the release's archived copy, not its address as issued.
        "date_sources": [s.url for s in m.sources if s.url not in _issued(data)],
        "date_source_as_issued_no_longer_served": [s.url for s in m.sources if s.url in _issued(data)],
        "url": m.url}) for m in data.meetings])


def attendance_csv(data: Export) -> str:
    """Who is recorded at each meeting: one row a person at a meeting, with
    the basis (the communiqué, or a source and how it prints them)."""
    names = {p.id: p.name for p in data.people}
    rows = []
    for m in data.meetings:
        for pid in m.attendees:
            rows.append(((MEETINGS, m.id), {
                "meeting": m.id, "person": pid, "name": names[pid], "basis": "communique",
                "printed": None, "rank_printed": None, "side": None, "role_printed": None, "source": None}))
        for a in m.reported_attendees:
            rows.append(((MEETINGS, m.id), {
                "meeting": m.id, "person": a.person, "name": names[a.person], "basis": "source",
                "printed": a.printed, "rank_printed": a.rank_printed, "side": a.side, "role_printed": a.role_printed, "source": a.source}))
    return _csv(rows) if rows else "meeting,person,name,basis,printed,rank_printed,side,role_printed,source\r\n"


def meeting_statements_csv(data: Export) -> str:
    """What sources report of each meeting: its purpose and the topics
    discussed, each with its source, and the edition's reading of which
    agenda items it relates to."""
    rows = []
    for m in data.meetings:
        statements = ([("purpose", m.purpose)] if m.purpose else []) + [("topic", t) for t in m.topics]
        for what, s in statements:
            rows.append(((MEETINGS, m.id), {
                "meeting": m.id, "statement": what, "said": s.said, "source": s.source,
                "source_kind": s.kind, "relates_to_in_the_editions_reading": s.relates_to}))
    return _csv(rows) if rows else "meeting,statement,said,source,source_kind,relates_to_in_the_editions_reading\r\n"


def register_csv(record: Record) -> str:
    return _csv([(("the register", s["id"]), s) for s in register_of(record).rows()])


def mexican_release_csv(record: Record, data: Export) -> str:
    """Mexico's English release, phrase against phrase (all the variants the
    context gives), with the agenda items whose quotes hold the phrase."""
    pub = record.context["publication"]
    release = pub.get("mexican_release") or {}
    items = {}
    for i in data.agenda_items:
        for v in i.mexican_release:
            items.setdefault((v.paragraph, v.white_house), []).append(i.id)
    rows = [(("data/context.yaml", f"variant {n}"), {
        "paragraph": v["paragraph"], "white_house": v["white_house"], "sre_en": v["sre_en"],
        "agenda_items": items.get((v["paragraph"], v["white_house"]), []), "source": release.get("url")})
        for n, v in enumerate(release.get("variants", []), start=1)]
    return _csv(rows) if rows else "paragraph,white_house,sre_en,agenda_items,source\r\n"
