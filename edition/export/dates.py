"""How each meeting's date is known, and the release's sources: the one
place every output that dates a meeting (pages, JSON, CSV, PDF) asks."""
from __future__ import annotations

from edition.record import Record


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

