"""The record as the published JSON (data/communique.json, validated
against models.py as it is written) and the register as JSON."""
from __future__ import annotations

import datetime
import json

from edition import addresses as A
from edition.addresses import Site
from edition.export.dates import archived, date_basis
from edition.export import models as M
from edition.index import index_of
from edition.record import Record
from edition.record.kinds import KINDS, covers
from edition.register import register_of
from edition.vocabulary import PARTS

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


def _edition(site: Site) -> M.Edition:
    return M.Edition(url=site.url or None, permanent_address="set" if site.is_set else "not set", title=EDITION_TITLE)


def _out(model: type[M.Out], entry, **derived) -> M.Out:
    """An entry as its published model: each field the model shares with the
    record's model, as typed; the others (`derived`) as the edition makes them."""
    shared = {name: getattr(entry, name) for name in model.model_fields
              if name in type(entry).model_fields and name not in derived}
    return model(**shared, **derived)


def _one_line(text: str | None) -> str | None:
    """The text's words with its line breaks and runs of spaces made single spaces."""
    return " ".join(text.split()) if text else None


class _Exporter:
    """The record as the export's models, one method a kind of entry."""

    def __init__(self, record: Record, site: Site):
        self.record, self.site = record, site
        self.index, self.says = index_of(record), register_of(record)

    def communique(self) -> M.Communique:
        pub, c, site = self.record.context["publication"], self.record.communique, self.site
        return M.Communique(
            title=c.title, published=pub["date"], publisher=self.says.text("communique", "publisher"),
            source_url=pub["url"], archived_url=archived(self.record), url=site.absolute(A.TEXT),
            paragraphs=[M.Paragraph(eid=p.eid, number=p.number, text=p.text, url=site.absolute(A.TEXT, p.eid),
                                    sentences=[M.Sentence(eid=p.sentence_eid(i), text=s) for i, s in enumerate(p.sentences)])
                        for p in c.paragraphs])

    def person(self, p) -> M.Person:
        return _out(M.Person, p, in_communique=p.in_communique,
                    other_forms=[M.OtherForm(printed=f, source=s) for f, s in self.index.other_forms.get(p.id, [])],
                    part_described=[PARTS[x] for x in p.part], url=self.site.of(p))

    def organisation(self, o) -> M.Organisation:
        # The register's other names of a body (its search words are not among them).
        other = [s.text for s in self.says.all(A.location(o), "also-called")]
        return _out(M.Organisation, o,
                    also_called=[M.OtherName(name=a.name, basis=a.basis) for a in o.also_called if a.name in other],
                    search_words=[a.name for a in o.also_called if a.name not in other], url=self.site.of(o))

    def agenda_item(self, i) -> M.AgendaItem:
        says, index = self.says, self.index
        release_url = (self.record.context["publication"].get("mexican_release") or {}).get("url")
        agent = says.attributions[i.id]
        return _out(
            M.AgendaItem, i, quotes=[_one_line(q) for q in i.quotes], kind=says.text(A.page_of(i), "kind"),
            agent_words=agent.words, agent_sentence=agent.words_sentence, agent_carried=agent.carried,
            agent_read_as=agent.resolved(),
            attributed_to_described=says.attributed_to(i),
            related=[M.Related(item=r.id, basis=b) for r, b in index.related.get(i.id, [])],
            meeting=self.record.meeting_of(i).id,
            followed_up=[M.FollowedUp(meeting=f.meeting.id, said=f.topic.said, source=f.topic.source, kind=f.topic.kind,
                                      basis="the edition's reading") for f in index.followed_up.get(i.id, [])],
            mexican_release=[M.Variant(paragraph=v["paragraph"], white_house=v["white_house"], sre_en=v["sre_en"],
                                       source=release_url) for v in says.variants_of(i)],
            url=self.site.of(i))

    def meeting(self, m) -> M.Meeting:
        basis, sources = date_basis(self.record, m.context)
        return _out(M.Meeting, m, says=_one_line(m.says), date_basis=basis, sources=[M.Source(**s) for s in sources],
                    attendees=[p.id for p in self.record.attendees(m)],
                    not_listed=[p.id for p in self.index.not_listed(m)], url=self.site.of(m))

    def tie(self, t) -> M.Tie:
        return M.Tie(person=t.person.id, agenda_item=t.commitment.id, basis=t.basis,
                     basis_described=self.says.tie_basis(t), meeting=t.meeting.id)

    def export(self) -> M.Export:
        r, site = self.record, self.site
        return M.Export(
            schema_=site.file("data/communique.schema.json") if site.is_set else "communique.schema.json",
            edition=_edition(site), communique=self.communique(),
            **{k.export: [_EXPORT[k.name](self, e) for e in r.entries_of(k).values()] for k in KINDS if k.export},
            ties=[self.tie(t) for t in self.index.ties], context=_plain(r.context))


# Each kind's entry as its published model, by kind name: for every kind
# whose row names a field of the published JSON (`export`).
_EXPORT = {"Person": _Exporter.person, "Organisation": _Exporter.organisation,
           "Commitment": _Exporter.agenda_item, "Meeting": _Exporter.meeting}
covers(_EXPORT, "edition/export/json_files.py")
for _kind in KINDS:
    if _kind.export and (_kind.name not in _EXPORT or _kind.export not in M.Export.model_fields):
        raise RuntimeError(f"edition/export/: the kind {_kind.name} is published as {_kind.export!r}: it needs a "
                           "field of that name in models.py's Export and a row in json_files.py's _EXPORT")


def export_of(record: Record, site_url: str) -> M.Export:
    """The record as the export's models. Addresses in the edition are
    permanent ones when `site_url` is set, otherwise paths within the
    edition (edition/addresses.py, Site)."""
    return _Exporter(record, Site(site_url)).export()


def record_data(record: Record, site_url: str) -> dict:
    """The record as the published JSON (export_of's models, as JSON data)."""
    return export_of(record, site_url).model_dump(mode="json", by_alias=True)


def record_json(data: dict) -> str:
    """`data` is record_data(record, …)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def register_json(record: Record, site_url: str) -> str:
    """The register: every statement the edition adds, with its basis."""
    site = Site(site_url)
    return json.dumps({"edition": _edition(site).model_dump(mode="json"), "register": site.absolute(A.REGISTER),
                       "statements": register_of(record).rows()}, ensure_ascii=False, indent=2) + "\n"
