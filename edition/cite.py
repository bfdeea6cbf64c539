"""Citations ready to copy: Chicago style, and a plain one with the
permanent link, for the whole communiqué, each paragraph and each item.

Every citation names the official source address and its date (from the
context file: the date is in the address itself) and this edition's
permanent link.
"""
from __future__ import annotations

from dataclasses import dataclass

from edition.record import Record


@dataclass(frozen=True)
class Citation:
    chicago: str
    plain: str


def cite(record: Record, permalink: str, where: str = "", quote: str = "") -> Citation:
    """`permalink` is the part's absolute address in this edition
    (edition/addresses.py); `where` says which part ('paragraph 2,
    sentence 3'); `quote` opens the plain citation when given."""
    pub = record.context["publication"]
    publisher = pub["publisher"].split(" (")[0]
    date, url, title = pub["date"], pub["url"], record.communique.title
    us_date, day_date = f"{date:%B} {date.day}, {date.year}", f"{date.day} {date:%B %Y}"
    locator = f", {where}" if where else ""
    chicago = (f"{publisher}. “{title}{',' if where else '.'}”{' ' + where + '.' if where else ''} "
               f"Statements and Releases, {us_date}. {url}. Web edition: {permalink}.")
    opening = f"“{quote}” " if quote else ""
    plain = (f"{opening}{title} ({publisher}, {day_date}){locator}. "
             f"Official text: {url} Permanent link: {permalink}")
    return Citation(chicago=chicago, plain=plain)
