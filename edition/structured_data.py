"""schema.org JSON-LD for every page, computed here from the record and put
into each page's head by hooks/structured_data.py (keyed by the page's
address), so that the page code never deals with it.

What it says is what the record says, in schema.org's terms as defined
(tests/test_structured_data.py checks every block against schema.org's
vocabulary): the communiqué is a Report published by the White House; each
agenda item a Quotation of the Report, whose creator is the publisher and
whose words the text attributes to a person (spokenByCharacter) where it
does; meetings are Events with the attendees the communiqué or a named
source lists, and the sources' statements about them as Claims; people are
Persons (with the side of the table they were on as their delegation, never
a nationality); bodies are GovernmentOrganizations. Nothing here is typed
in that the record does not hold: no names, dates or series of our own.
"""
from __future__ import annotations

import json
import re

from edition.record import Commitment, Meeting, Organisation, Person, Record

CONTEXT = "https://schema.org"
SIDES = {"mexico": "Mexico", "united-states": "United States"}
DELEGATIONS = {"mexico": "Mexican delegation", "united-states": "U.S. delegation"}
# The data files published with the site (hooks/data_files.py), and their media types.
DATA_FILES = {
    "data/communique.json": "application/json",
    "data/communique.schema.json": "application/schema+json",
    "data/people.csv": "text/csv",
    "data/agenda-items.csv": "text/csv",
    "data/meetings.csv": "text/csv",
    "data/communique.akn.xml": "application/akn+xml",
}


# ------------------------------------------------------------- addresses

def glossary_anchor(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def address(kind: str, ident: str = "") -> str:
    """A page's address relative to the site root (until edition/addresses.py
    is the one home for them)."""
    return {
        "home": "",
        "text": "text/",
        "commitments": "commitments/",
        "commitment": f"commitments/{ident}/",
        "participants": "participants/",
        "person": f"participants/{ident}/",
        "organisations": "participants/organisations/",
        "organisation": f"participants/organisations/#{ident}",
        "ties": "participants/ties/",
        "meetings": "meetings/",
        "meeting": f"meetings/{ident}/",
        "glossary": "glossary/",
        "term": f"glossary/#{glossary_anchor(ident)}",
        "data": "data/",
        "about": "about/",
    }[kind]


class _Site:
    """Absolute addresses: url("person", "antony-blinken")."""

    def __init__(self, site_url: str):
        self.base = site_url.rstrip("/") + "/"

    def __call__(self, kind: str, ident: str = "") -> str:
        return self.base + address(kind, ident)


def _site(url) -> _Site:
    return url if isinstance(url, _Site) else _Site(url)


# ------------------------------------------------------------------ nodes

def _side(p: Person) -> str:
    return getattr(p, "side", None) or getattr(p, "country")


def _org_side(o: Organisation) -> str:
    return getattr(o, "side", None) or getattr(o, "country")


def _compact(node: dict) -> dict:
    """Leave out what the record does not give: no empty values, no nulls."""
    return {k: v for k, v in node.items() if v not in (None, "", [], {})}


def publisher(record: Record, url: _Site | str) -> dict:
    """The communiqué's publisher, as the context names it: the record's
    entry for it when there is one."""
    url = _site(url)
    name = record.context["publication"]["publisher"].split(" (")[0]
    org = next((o for o in record.organisations.values() if o.name == name), None)
    if org:
        return {"@type": "GovernmentOrganization", "@id": url("organisation", org.id), "name": org.name,
                "url": url("organisation", org.id)}
    return {"@type": "GovernmentOrganization", "name": name}


def report(record: Record, url: _Site | str, full: bool = True) -> dict:
    url = _site(url)
    node = {"@type": "Report", "@id": url("text"), "name": record.communique.title, "url": url("text")}
    if full:
        pub = record.context["publication"]
        node |= {"datePublished": pub["date"].isoformat(), "publisher": publisher(record, url), "inLanguage": "en",
                 "isBasedOn": pub["url"], "about": event(record, url, record.reported_meeting, full=False)}
    return node


def organisation(record: Record, url: _Site | str, o: Organisation, full: bool = True) -> dict:
    url = _site(url)
    if isinstance(o, str):
        o = record.organisations[o]
    node = {"@type": "GovernmentOrganization", "@id": url("organisation", o.id), "name": o.name,
            "url": url("organisation", o.id)}
    if full:
        node |= {"alternateName": [n for n in [o.acronym, *(a.name if hasattr(a, "name") else a["name"]
                                                               for a in o.also_called)] if n],
                 "legalName": o.name_es, "location": {"@type": "Country", "name": SIDES[_org_side(o)]}}
    return _compact(node)


def delegation(side: str) -> dict:
    return {"@type": "Organization", "name": DELEGATIONS[side]}


def other_forms(record: Record, p: Person) -> list[str]:
    """The forms of a name that the communiqué or a source prints, besides
    the entry's name."""
    forms = list(p.printed[1:])
    for m in record.meetings.values():
        forms += [a.printed for a in getattr(m, "reported_attendees", []) if a.person == p.id]
    return [f for f in dict.fromkeys(forms) if f != p.name]


def person(record: Record, url: _Site | str, p: Person, full: bool = True) -> dict:
    url = _site(url)
    node = {"@type": "Person", "@id": url("person", p.id), "name": p.name, "url": url("person", p.id)}
    if full:
        node |= {
            "alternateName": [*other_forms(record, p), *[a for a in p.aliases if a != p.name]],
            "honorificPrefix": p.rank,
            "jobTitle": p.title,
            # Only where a source says which words are the surname.
            "familyName": p.surname,
            "givenName": p.given_names if p.surname else None,
            "affiliation": organisation(record, url, record.organisations[p.organisation], full=False)
            if p.organisation else None,
            "memberOf": delegation(p.delegation) if p.delegation in DELEGATIONS else None,
        }
    return _compact(node)


def _sources(record: Record) -> dict[str, str]:
    """Every source address in the context file -> its title."""
    return getattr(record, "sources", None) or {}


def source(record: Record, address_: str) -> dict:
    title = _sources(record).get(address_)
    return _compact({"@type": "CreativeWork", "name": title if title != address_ else None, "url": address_})


def claim(record: Record, statement) -> dict:
    """What a source reports, in the edition's words, and where it appears."""
    return {"@type": "Claim", "text": statement.said, "appearance": source(record, statement.source)}


def meeting_people(record: Record, m: Meeting) -> list[tuple[Person, list[str]]]:
    """Everyone recorded at a meeting, once: those the communiqué puts there,
    then those a source lists; with the forms the sources print."""
    found: dict[str, tuple[Person, list[str]]] = {p.id: (p, []) for p in record.attendees(m)}
    for a in getattr(m, "reported_attendees", []):
        p = record.people[a.person]
        found.setdefault(p.id, (p, []))[1].append(a.printed)
    return list(found.values())


def event(record: Record, url: _Site | str, m: Meeting, full: bool = True) -> dict:
    url = _site(url)
    node = {"@type": "Event", "@id": url("meeting", m.id), "name": m.title, "startDate": m.date.isoformat(),
            "url": url("meeting", m.id)}
    if m.place:
        node["location"] = {"@type": "Place", "name": m.place}
    if full:
        attendees = []
        for p, printed in meeting_people(record, m):
            ref = person(record, url, p, full=False)
            forms = [f for f in dict.fromkeys(printed) if f != p.name]
            attendees.append(ref | {"alternateName": forms} if forms else ref)
        fact = record.context_fact(m.context)
        sources = ([fact["url"]] if m.context == "publication" else [s["url"] for s in fact.get("sources", [])])
        statements = [s for s in [getattr(m, "purpose", None), *getattr(m, "topics", [])] if s]
        node |= {
            "attendee": attendees,
            "subjectOf": ([report(record, url, full=False)] if m.reported else [])
            + [source(record, s) for s in dict.fromkeys(sources)]
            + [claim(record, s) for s in statements],
        }
    return _compact(node)


def spoken_by(record: Record, url: _Site | str, c: Commitment) -> list[dict]:
    """Who the text attributes the words to: a person, or both delegations."""
    url = _site(url)
    if c.attributed_to in record.people:
        return [person(record, url, record.people[c.attributed_to], full=False)]
    if c.attributed_to == "both-delegations":
        return [delegation(side) for side in DELEGATIONS]
    return []  # "the two countries": neither a Person nor an Organization


def quotation(record: Record, url: _Site | str, c: Commitment, full: bool = True) -> dict:
    url = _site(url)
    node = {"@type": "Quotation", "@id": url("commitment", c.id), "name": c.title, "url": url("commitment", c.id)}
    if full:
        node |= {
            "text": " … ".join(" ".join(q.split()) for q in c.quotes),
            "isPartOf": report(record, url, full=False),
            # The words are the publisher's; the text attributes them.
            "creator": publisher(record, url),
            "spokenByCharacter": spoken_by(record, url, c),
            "mentions": [person(record, url, record.people[i], full=False) for i in c.names],
        }
    return _compact(node)


def _page(kind: str, title: str, description: str, page_url: str, **more) -> dict:
    return _compact({"@type": kind, "name": title, "description": description, "url": page_url, **more})


def _item_list(items: list[dict]) -> dict:
    return {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items}


def defined_term_set(record: Record, url: _Site | str, title: str, description: str) -> dict:
    return _page("DefinedTermSet", title, description, url("glossary"), hasDefinedTerm=[
        {"@type": "DefinedTerm", "name": term, "description": " ".join(text.split()), "url": url("term", term)}
        for term, text in record.glossary.items()])


def dataset(record: Record, url: _Site | str, title: str, description: str) -> dict:
    return _page("Dataset", title, description, url("data"), isBasedOn=report(record, url, full=False),
                 distribution=[{"@type": "DataDownload", "contentUrl": url.base + path, "encodingFormat": kind}
                               for path, kind in DATA_FILES.items()])


# ------------------------------------------------------------------ pages

def for_page(record: Record, site_url: str, page_address: str, *, title: str, description: str) -> dict:
    """The JSON-LD of the page at `page_address` ("", "text/",
    "participants/<id>/", …): its title and description are the page's own."""
    url = _Site(site_url)
    page_url = url.base + page_address
    folder, _, ident = page_address.rstrip("/").rpartition("/")
    if page_address == address("home"):
        node = _page("WebSite", title, description, page_url, inLanguage="en", about=report(record, url, full=False))
    elif page_address == address("about"):
        node = _page("AboutPage", title, description, page_url, about=report(record, url, full=False))
    elif page_address == address("text"):
        node = report(record, url)
    elif page_address == address("commitments"):
        node = _page("CollectionPage", title, description, page_url,
                     hasPart=[quotation(record, url, c, full=False) for c in record.commitments.values()])
    elif page_address == address("participants"):
        node = _page("CollectionPage", title, description, page_url,
                     mainEntity=_item_list([person(record, url, p, full=False) for p in record.people.values()]))
    elif page_address == address("organisations"):
        node = _page("CollectionPage", title, description, page_url, mainEntity=_item_list(
            [organisation(record, url, o) for o in record.organisations.values()]))
    elif page_address == address("ties"):
        node = _page("WebPage", title, description, page_url,
                     mentions=[person(record, url, p, full=False) for p in record.people.values()]
                     + [quotation(record, url, c, full=False) for c in record.commitments.values()])
    elif page_address == address("meetings"):
        node = _page("CollectionPage", title, description, page_url,
                     mainEntity=_item_list([event(record, url, m, full=False) for m in record.meetings.values()]))
    elif page_address == address("glossary"):
        node = defined_term_set(record, url, title, description)
    elif page_address == address("data"):
        node = dataset(record, url, title, description)
    elif folder == "commitments" and ident in record.commitments:
        node = quotation(record, url, record.commitments[ident])
    elif folder == "participants" and ident in record.people:
        node = person(record, url, record.people[ident])
    elif folder == "meetings" and ident in record.meetings:
        node = event(record, url, record.meetings[ident])
    else:
        node = _page("WebPage", title, description, page_url)
    return {"@context": CONTEXT, **node}


# Until edition/pages.py stops writing `jsonld` into its front matter: what
# it calls, harmless. The hook's JSON-LD replaces whatever is there.

def graph(*items: dict) -> dict:
    return {}


def collection(*args) -> dict:
    return {}


def series(*args) -> dict:
    return {}


def glossary(*args) -> dict:
    return {}


def script_json(block: dict) -> str:
    """The block as JSON to put between <script> tags: no text in it can end
    the script or open a comment (`<`, `>`, `&` written as \\u escapes)."""
    text = json.dumps(block, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("'", "\\u0027")
