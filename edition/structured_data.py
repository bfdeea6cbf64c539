"""schema.org JSON-LD for every page, computed here from the record and put
into each page's head by hooks/structured_data.py (keyed by the page's
source path), so that the page code never deals with it.

What it says is what the record says, in schema.org's terms as defined
(tests/test_structured_data.py checks every block against schema.org's
vocabulary): the communiqué is a Report published by the White House (its
publisher, not its author: a joint communiqué in both countries' voice),
based on the release as issued, with the National Archives' copy; each
agenda item, on its own page, a Quotation of the Report (no speaker: the words are the
communiqué's narration, which nobody spoke); meetings are Events with
everyone the communiqué or a named source puts there (a source's listing
as a schema.org Role, with the role and name as printed and the source),
and what the sources report of them as Claims that appear in those
sources; people are Persons, members of their delegation at the meeting in
Mexico City (the side of the table, never a nationality); bodies are
GovernmentOrganizations. The edition's own statements (the publisher, a
page's description, a delegation's name) come from the register
(edition/register/), so they read as they do everywhere else. Nothing is
typed in here that the record or the register does not hold: no names,
dates or series of our own. While the edition's permanent address is not
set (edition/publishing.py), no node has an `@id` or a `url` of the
edition's: a relative one would be read against each page's address.
"""
from __future__ import annotations

import json

from edition import addresses as A
from edition.addresses import Site, page_of
from edition.export import FILES as DATA_FILES
from edition.index import index_of
from edition.record import Commitment, Meeting, Organisation, Person, Record, ReportedAttendee, Statement
from edition.record.kinds import KINDS, covers, kind_of, label
from edition.register import register_of
from edition.views import SHAPES
from edition.vocabulary import SIDES

CONTEXT = "https://schema.org"



def _compact(node: dict) -> dict:
    """Leave out what the record does not give: no empty values, no nulls."""
    return {k: v for k, v in node.items() if v not in (None, "", [], {})}


def _ref(kind: str, site: Site, entry, name: str) -> dict:
    """A node for an entry that has its own place on the site (no `@id` or
    `url` while the edition's permanent address is not set)."""
    return _compact({"@type": kind, "@id": site.permanent_of(entry), "name": name, "url": site.permanent_of(entry)})


# ------------------------------------------------------------------ nodes

def publisher(record: Record, site: Site) -> dict:
    """The communiqué's publisher, as the context names it: the record's
    entry for that body when there is one."""
    name = register_of(record).text("communique", "publisher")
    org = next((o for o in record.organisations.values() if o.name == name), None)
    return _ref("GovernmentOrganization", site, org, org.name) if org else {"@type": "GovernmentOrganization", "name": name}


def report(record: Record, site: Site, full: bool = True) -> dict:
    node = _compact({"@type": "Report", "@id": site.permanent(A.TEXT), "name": record.communique.title,
                     "url": site.permanent(A.TEXT)})
    if full:
        pub = record.context["publication"]
        node |= {"datePublished": pub["date"].isoformat(), "publisher": publisher(record, site), "inLanguage": "en",
                 "isBasedOn": release(record), "about": event(record, site, record.reported_meeting, full=False)}
    return node


def release(record: Record) -> dict:
    """The White House release the text comes from: its address as issued
    and, where the context gives one, the National Archives' copy (the one a
    reader can open today)."""
    pub = record.context["publication"]
    archived = (record.context.get("archives") or {}).get("publication") or {}
    return _compact({"@type": "CreativeWork", "name": record.communique.title, "url": pub["url"],
                     "archivedAt": archived.get("archived")})


def other_names(record: Record, o: Organisation) -> list[str]:
    """A body's other names that a source gives (the register's
    `also-called`); the edition's own search words are not among them."""
    return [s.text for s in register_of(record).all(f"{A.ORGANISATIONS}#{o.id}", "also-called")]


def organisation(record: Record, site: Site, o: Organisation, full: bool = True) -> dict:
    node = _ref("GovernmentOrganization", site, o, o.name)
    if full:
        node |= {"alternateName": [n for n in [o.acronym, *other_names(record, o)] if n],
                 "legalName": o.name_es, "location": {"@type": "Country", "name": SIDES[o.country]}}
    return _compact(node)


def delegation(record: Record, p: Person) -> dict | None:
    """The delegation the communiqué puts a person in at Mexico City, named
    as the register names it; none where counting them in it is the
    edition's reading (an organisation's name cannot carry the mark)."""
    says = register_of(record)
    if p.delegation == "none" or says.inferred_delegation(p):
        return None
    return {"@type": "Organization", "name": says.text(page_of(p), "delegation")}


def person(record: Record, site: Site, p: Person, full: bool = True) -> dict:
    node = _ref("Person", site, p, p.name)
    if full:
        other = [form for form, _ in index_of(record).other_forms.get(p.id, [])]
        node |= {
            "alternateName": list(dict.fromkeys(f for f in [*p.printed[1:], *other, *p.aliases] if f != p.name)),
            "honorificPrefix": p.rank,
            "jobTitle": p.title,
            # Only where a source says which words are the surname.
            "familyName": p.surname,
            "givenName": p.given_names if p.surname else None,
            "affiliation": organisation(record, site, record.organisations[p.organisation], full=False)
            if p.organisation else None,
            "memberOf": delegation(record, p),
        }
    return _compact(node)


def source(record: Record, address: str) -> dict:
    """A source the context file names, as a CreativeWork."""
    title = record.sources.get(address)
    return _compact({"@type": "CreativeWork", "name": title if title != address else None, "url": address})


def claim(record: Record, statement: Statement) -> dict:
    """What a source reports, in the edition's words, and where it appears."""
    return {"@type": "Claim", "text": statement.said, "appearance": source(record, statement.source)}


def event(record: Record, site: Site, m: Meeting, full: bool = True) -> dict:
    node = _ref("Event", site, m, m.title) | {"startDate": m.date.isoformat()}
    if m.place:
        node["location"] = {"@type": "Place", "name": m.place}
    if full:
        # Those the communiqué puts there, then those a source lists.
        attendees = ([person(record, site, p, full=False) for p in record.attendees(m)]
                     + [listed(record, site, a) for a in m.reported_attendees])
        # The sources that date it; for the meeting the communiqué reports, the Report itself.
        fact = record.context_fact(m.context)
        sources = [] if m.context == "publication" else [s["url"] for s in fact.get("sources", [])]
        node |= {
            "attendee": attendees,
            "subjectOf": ([report(record, site, full=False)] if m.reported else [])
            + [source(record, s) for s in dict.fromkeys(sources)]
            + [claim(record, s) for s in [m.purpose, *m.topics] if s],
        }
    return _compact(node)


def listed(record: Record, site: Site, a: ReportedAttendee) -> dict:
    """Someone a source lists at a meeting: schema.org's Role
    (https://schema.org/Role) around the Person, with the role and the name
    as the source prints them, and the source. (No delegation: a source's
    sides at a later meeting are not the communiqué's delegations.)"""
    p = record.people[a.person]
    ref = person(record, site, p, full=False) | {"alternateName": a.printed if a.printed != p.name else None,
                                                  "honorificPrefix": a.rank_printed}
    return {"@type": "Role", "roleName": a.role_printed, "attendee": _compact(ref), "subjectOf": source(record, a.source)}


def quotation(record: Record, site: Site, c: Commitment, full: bool = True) -> dict:
    """An agenda item: on its own page, a Quotation holding the text's words
    (its name is the edition's title); listed elsewhere, only the edition's
    entry (a CreativeWork with the edition's title), never a Quotation with
    no words, which would read as the communiqué's."""
    if not full:  # no `@id`: the node of that address is the item's Quotation, on its own page
        return _compact({"@type": "CreativeWork", "name": c.title, "url": site.permanent_of(c)})
    node = _ref("Quotation", site, c, c.title)
    if full:
        node |= {
            "text": " … ".join(" ".join(q.split()) for q in c.quotes),
            "isPartOf": report(record, site, full=False),
            "mentions": [person(record, site, record.people[i], full=False) for i in c.names],
        }
    return _compact(node)


def thing(record: Record, site: Site, entry, full: bool = True) -> dict:
    """An entry of a kind _NODES does not name: a Thing, by its name and its place."""
    return _ref("Thing", site, entry, label(entry))


# Each kind's node, by kind name (edition/record/kinds.py): (record, site,
# entry, full) -> dict; a kind it does not name is a `thing`.
_NODES = {"Commitment": quotation, "Person": person, "Meeting": event, "Organisation": organisation}
covers(_NODES, "edition/structured_data.py")


def node_of(record: Record, site: Site, entry, full: bool = True) -> dict:
    return _NODES.get(kind_of(entry).name, thing)(record, site, entry, full)


def _page(kind: str, title: str, description: str, url: str, **more) -> dict:
    return _compact({"@type": kind, "name": title, "description": description, "url": url, **more})


def _item_list(items: list[dict]) -> dict:
    return {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items}


# ------------------------------------------------------------------ pages

def _collection(record: Record, site: Site, src: str, title: str, description: str) -> dict | None:
    url = site.permanent(src)
    if src == A.HOME:
        return _page("WebSite", title, description, url, inLanguage="en", about=report(record, site, full=False))
    if src == A.ABOUT:
        return _page("AboutPage", title, description, url, about=report(record, site, full=False))
    if src == A.TEXT:
        return report(record, site)
    if src == A.COMMITMENTS:
        return _page("CollectionPage", title, description, url,
                     hasPart=[quotation(record, site, c, full=False) for c in record.commitments.values()])
    if src == A.ORGANISATIONS:
        return _page("CollectionPage", title, description, url,
                     mainEntity=_item_list([organisation(record, site, o) for o in record.organisations.values()]))
    if src == A.TIES:
        return _page("WebPage", title, description, url,
                     mentions=[person(record, site, p, full=False) for p in record.people.values()
                               if index_of(record).ties_of_person.get(p.id)]
                     + [quotation(record, site, c, full=False) for c in record.commitments.values()])
    if src == A.GLOSSARY:
        return _page("DefinedTermSet", title, description, url, hasDefinedTerm=[
            _compact({"@type": "DefinedTerm", "name": term, "description": register_of(record).definition(term),
                      "url": site.permanent(A.GLOSSARY, A.glossary_id(term))}) for term in record.glossary])
    if src == A.DATA:
        return _page("Dataset", title, description, url, isBasedOn=report(record, site, full=False),
                     distribution=[_compact({"@type": "DataDownload", "contentUrl": site.url and site.file(path),
                                             "encodingFormat": kind})
                                   for path, kind in DATA_FILES.items()])
    listed = next((k for k in KINDS if k.index == src), None)
    if listed is not None:  # the page that lists a kind of entry: each, in short
        return _page("CollectionPage", title, description, url, mainEntity=_item_list(
            [node_of(record, site, e, full=False) for e in record.entries_of(listed).values()]))
    return None


_entries: dict[int, tuple[Record, dict]] = {}


# The schema.org type of a page _collection gives no node of its own: its row's in SHAPES.
_SCHEMA = {s.path: s.schema for s in SHAPES}


def _entry_pages(record: Record) -> dict:
    """Each entry's own page (source path) -> the entry; built once a record."""
    if id(record) not in _entries:
        _entries.clear()
        _entries[id(record)] = (record, {page_of(e): e for e in record.entries_with_pages()})
    return _entries[id(record)][1]


def for_page(record: Record, site_url: str, src: str, *, title: str, description: str) -> dict:
    """The JSON-LD of the page whose source is `src` (docs/ path: "text.md",
    "participants/<id>.md", …); `title` and `description` are the page's own."""
    site = Site(site_url)
    node = _collection(record, site, src, title, description)
    if node is None:
        entry = _entry_pages(record).get(src)
        node = node_of(record, site, entry) if entry is not None else _page(_SCHEMA.get(src, "WebPage"), title,
                                                                             description, site.permanent(src))
    return {"@context": CONTEXT, **node}


def script_json(block: dict) -> str:
    """The block as JSON to put between <script> tags: no text in it can end
    the script or open a comment (`<`, `>`, `&` and `'` written as \\u escapes)."""
    text = json.dumps(block, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("'", "\\u0027")
