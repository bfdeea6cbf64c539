"""The record as the published JSON (data/communique.json, validated
against models.py as it is written) and the register as JSON."""
from __future__ import annotations

import datetime
import json

from edition import addresses as A
from edition.addresses import Site
from edition.export.dates import archived, date_basis
from edition.export.models import Export
from edition.index import index_of
from edition.record import Record
from edition.register import register_of
from edition.vocabulary import PARTS, TIE_BASES

EDITION_TITLE = "Mexico–U.S. Joint Communiqué on Migration: a web edition"


def _plain(value):
    """Dates as ISO strings, for JSON."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


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


def register_json(record: Record, site_url: str) -> str:
    """The register: every statement the edition adds, with its basis."""
    site = Site(site_url)
    return json.dumps({"edition": _edition(site), "register": site.absolute(A.REGISTER),
                       "statements": register_of(record).rows()}, ensure_ascii=False, indent=2) + "\n"
