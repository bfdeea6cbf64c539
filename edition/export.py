"""The whole record as data: JSON (with its JSON Schema) and CSV.

Published with the site under data/; documented field by field on the
"Data and citation" page, whose tables come from the schema itself.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

from edition.index import index_of
from edition.record import Record
from edition.vocabulary import GROUPS, PARTS, SIDES, TIE_BASES as BASES, VERB_KINDS as VERBS

SCHEMA_FILE = Path(__file__).with_name("communique.schema.json")


def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text("utf-8"))


def _plain(value):
    """Dates as ISO strings, for JSON."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def record_data(record: Record, site_url: str) -> dict:
    site = site_url.rstrip("/") + "/"
    c = record.communique
    pub = record.context["publication"]
    return {
        "$schema": site + "data/communique.schema.json",
        "edition": {"url": site, "title": "Mexico–U.S. Joint Communiqué on Migration: a web edition"},
        "communique": {
            "title": c.title,
            "published": pub["date"].isoformat(),
            "publisher": pub["publisher"],
            "source_url": pub["url"],
            "url": site + "text/",
            "paragraphs": [
                {"eid": p.eid, "number": p.number, "text": p.text, "url": f"{site}text/#{p.eid}",
                 "sentences": [{"eid": p.sentence_eid(i), "text": s} for i, s in enumerate(p.sentences)]}
                for p in c.paragraphs
            ],
        },
        "people": [
            {"id": p.id, "name": p.name, "printed": p.printed, "surname": p.surname, "rank": p.rank,
             "title": p.title, "organisation": p.organisation, "side": p.side,
             "delegation": p.delegation, "part": p.part, "part_described": [PARTS[x] for x in p.part],
             "lang": p.lang, "aliases": p.aliases, "url": f"{site}participants/{p.id}/"}
            for p in record.people.values()
        ],
        "organisations": [
            {"id": o.id, "name": o.name, "name_es": o.name_es, "acronym": o.acronym, "country": o.country,
             "in_text": o.in_text, "url": f"{site}participants/organisations/#{o.id}"}
            for o in record.organisations.values()
        ],
        "agenda_items": [
            {"id": i.id, "title": i.title, "paragraph": i.paragraph, "quotes": [" ".join(q.split()) for q in i.quotes],
             "verb": i.verb, "kind": VERBS[i.verb], "attributed_to": i.attributed_to,
             "attributed_to_described": GROUPS.get(i.attributed_to) or record.people[i.attributed_to].name,
             "names": i.names, "keywords": i.keywords, "related": [{"item": r.id, "basis": b} for r, b in index_of(record).related.get(i.id, [])],
             "announces": i.announces, "url": f"{site}commitments/{i.id}/"}
            for i in record.commitments.values()
        ],
        "meetings": [
            {"id": m.id, "title": m.title, "kind": m.kind, "paragraph": m.paragraph, "says": " ".join(m.says.split()),
             "attendees": [p.id for p in record.attendees(m)], "reported_attendees": [a.model_dump() for a in m.reported_attendees],
             "topics": [t.model_dump() for t in m.topics],
             "date": m.date.isoformat(), "place": m.place, "reported": m.reported, "context": m.context,
             "url": f"{site}meetings/{m.id}/"}
            for m in record.meetings.values()
        ],
        "ties": [
            {"person": t.person.id, "agenda_item": t.commitment.id, "basis": t.basis,
             "basis_described": BASES[t.basis]}
            for t in index_of(record).ties
        ],
        "context": _plain(record.context),
    }


def record_json(data: dict) -> str:
    """`data` is record_data(record, …)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def people_csv(record: Record, data: dict) -> str:
    """`data` is record_data(record, …)."""
    orgs = record.organisations
    return _csv([
        {"id": p["id"], "name": p["name"], "surname": p["surname"], "rank": p["rank"] or "", "title": p["title"] or "",
         "organisation": orgs[p["organisation"]].name if p["organisation"] else "",
         "side": SIDES[p["side"]], "delegation": p["delegation"], "part": "; ".join(p["part_described"]),
         "aliases": "; ".join(p["aliases"]), "url": p["url"]}
        for p in data["people"]
    ])


def agenda_items_csv(data: dict) -> str:
    """`data` is record_data(record, …)."""
    return _csv([
        {"id": i["id"], "title": i["title"], "verb": i["verb"], "kind": i["kind"],
         "attributed_to": i["attributed_to_described"], "paragraph": i["paragraph"],
         "quote": " … ".join(i["quotes"]), "url": i["url"]}
        for i in data["agenda_items"]
    ])
