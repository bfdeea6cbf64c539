"""schema.org JSON-LD for each page, so that search engines and a reader's
tools know what the page is about: the communiqué as a Report, meetings as
Events, people as Persons, bodies as GovernmentOrganizations."""
from __future__ import annotations

from edition.record import COUNTRIES, Commitment, Meeting, Person, Record

CONTEXT = "https://schema.org"


def _url(site_url: str, address: str) -> str:
    return site_url.rstrip("/") + "/" + address


def publisher(record: Record) -> dict:
    return {"@type": "GovernmentOrganization", "name": record.context["publication"]["publisher"].split(" (")[0],
            "url": "https://www.whitehouse.gov/"}


def report(record: Record, site_url: str) -> dict:
    pub = record.context["publication"]
    return {"@type": "Report", "name": record.communique.title, "datePublished": pub["date"].isoformat(),
            "publisher": publisher(record), "inLanguage": "en", "url": _url(site_url, "text/"),
            "isBasedOn": pub["url"]}


def organisation(record: Record, site_url: str, org_id: str) -> dict:
    o = record.organisations[org_id]
    data = {"@type": "GovernmentOrganization", "@id": _url(site_url, f"participants/organisations/#{o.id}"),
            "name": o.name, "url": _url(site_url, f"participants/organisations/#{o.id}"),
            "areaServed": {"@type": "Country", "name": COUNTRIES[o.country]}}
    if o.acronym:
        data["alternateName"] = o.acronym
    if o.name_es:
        data["legalName"] = o.name_es
    return data


def person(record: Record, site_url: str, p: Person, full: bool = True) -> dict:
    data = {"@type": "Person", "@id": _url(site_url, f"participants/{p.id}/"), "name": p.name,
            "url": _url(site_url, f"participants/{p.id}/")}
    if full:
        data["jobTitle"] = p.title
        data["nationality"] = {"@type": "Country", "name": COUNTRIES[p.country]}
        if p.rank:
            data["honorificPrefix"] = p.rank
        if p.aliases:
            data["alternateName"] = p.aliases
        if p.organisation:
            data["affiliation"] = organisation(record, site_url, p.organisation)
        if p.delegation != "none":
            data["memberOf"] = {"@type": "Organization", "name": {"mexico": "Mexican delegation",
                                                                  "united-states": "U.S. delegation"}[p.delegation]}
    return data


def series(record: Record) -> dict:
    first, *_, last = record.meetings.values()
    return {"@type": "EventSeries", "name": "Mexico–U.S. talks on migration management",
            "startDate": first.date.isoformat(), "endDate": last.date.isoformat()}


def event(record: Record, site_url: str, m: Meeting, full: bool = True) -> dict:
    data = {"@type": "Event", "@id": _url(site_url, f"meetings/{m.id}/"), "name": m.title,
            "startDate": m.date.isoformat(), "url": _url(site_url, f"meetings/{m.id}/")}
    if full:
        if m.place:
            data["location"] = {"@type": "Place", "name": m.place}
        attendees = record.attendees(m) + [record.people[i] for i in m.context_attendees]
        unique = {p.id: p for p in attendees}.values()
        data["attendee"] = [person(record, site_url, p, full=False) for p in unique]
        data["superEvent"] = series(record)
        if m.reported:
            data["subjectOf"] = report(record, site_url)
    return data


def quotation(record: Record, site_url: str, c: Commitment) -> dict:
    data = {"@type": "Quotation", "name": c.title, "text": " ".join(" ".join(q.split()) for q in c.quotes),
            "url": _url(site_url, f"commitments/{c.id}/"), "isPartOf": report(record, site_url),
            "about": event(record, site_url, record.reported_meeting, full=False)}
    if c.attributed_to in record.people:
        data["creator"] = person(record, site_url, record.people[c.attributed_to], full=False)
    return data


def graph(*items: dict) -> dict:
    return {"@context": CONTEXT, "@graph": list(items)} if len(items) != 1 else {"@context": CONTEXT, **items[0]}


def collection(name: str, url: str, parts: list[dict]) -> dict:
    return {"@type": "CollectionPage", "name": name, "url": url, "hasPart": parts}


def glossary(record: Record, site_url: str, anchors: dict[str, str]) -> dict:
    return {"@type": "DefinedTermSet", "name": "Glossary", "url": _url(site_url, "glossary/"),
            "hasDefinedTerm": [{"@type": "DefinedTerm", "name": term, "description": " ".join(text.split()),
                                "url": _url(site_url, f"glossary/#{anchors[term]}")}
                               for term, text in record.glossary.items()]}
