"""The <meta> tags reference managers read (Zotero's Embedded Metadata
translator, Mendeley, EndNote's capture): Highwire Press `citation_*`,
Dublin Core `DC.*` and Open Graph `og:*`, for one page.

Two kinds of page:
- the communiqué (the full text, and each agenda item's page, which
  quotes it): saved as the communiqué itself, a report of its publisher,
  with its full title, its ISO date and the page's permanent address;
- every other page (people, meetings, glossary, data, home, about): the
  edition's own page, with the edition's name as the site and the date the
  page last changed (data/changes.yaml).

No body is ever put in citation_author or DC.creator: managers split
those into a person's given and family names ("The White / House").
og:type is `article` everywhere: `website` makes a manager ignore the rest.
While the edition's permanent address is not set (edition/publishing.py),
og:url, citation_public_url and DC.identifier are left out: a manager then
saves the address the reader is on.

Plain Python, so that a build without hooks can print the same tags.
"""
from __future__ import annotations

from edition import addresses as A
from edition.addresses import Site
from edition.changes import Log
from edition.cite import citation_facts
from edition.record import Record, once_per_record

# (attribute, key, value): <meta {attribute}="{key}" content="{value}">
Tag = tuple[str, str, str]
# The tags whose value is the page's permanent address.
ADDRESS_TAGS = ("og:url", "citation_public_url", "DC.identifier")


def communique_pages(record: Record) -> frozenset[str]:
    """The full text, and the page of each agenda item (which quotes it)."""
    return frozenset([A.TEXT, *(A.page_of(c) for c in record.commitments.values())])


_communique_pages = once_per_record(communique_pages)  # asked of every page: made once, not per page


def is_communique_page(record: Record, src: str) -> bool:
    return src in _communique_pages(record)


def for_page(record: Record, log: Log, site_url: str, src: str, title: str, description: str,
             site_name: str) -> list[Tag]:
    """The tags for the page at source path `src` (under docs/), whose
    own title and description are `title` and `description`."""
    permalink = Site(site_url).permanent(src)
    tags: list[Tag] = [
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:type", "article"),
        ("property", "og:url", permalink),
        ("property", "og:locale", "en_US"),
    ]
    if is_communique_page(record, src):
        facts = citation_facts(record)
        date = facts.date.isoformat()
        tags += [
            ("name", "citation_title", facts.title),
            ("name", "citation_date", date),
            ("name", "citation_technical_report_institution", facts.publisher),
            ("name", "citation_publisher", facts.publisher),
            ("name", "citation_language", "en"),
            ("name", "citation_public_url", permalink),
            ("name", "DC.type", facts.kind),
            ("name", "DC.title", facts.title),
            ("name", "DC.date", date),
            ("name", "DC.publisher", facts.publisher),
            ("name", "DC.language", "en"),
            ("name", "DC.identifier", permalink),
            ("name", "DC.description", description),
        ]
    else:
        changed = log.last_changed(src) or log.updated
        tags += [
            ("name", "DC.title", title),
            ("name", "DC.date", changed.isoformat()),
            ("name", "DC.language", "en"),
            ("name", "DC.identifier", permalink),
            ("name", "DC.description", description),
            ("property", "article:modified_time", changed.isoformat()),
        ]
    # No permanent address: no tag that would give one.
    return [tag for tag in tags if tag[2] or tag[1] not in ADDRESS_TAGS]
