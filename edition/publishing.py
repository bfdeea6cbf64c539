"""The edition's permanent address: the one place it is set, and the check
a build meant for publishing makes.

The address the edition is published at is set in one place, the
environment variable EDITION_URL (`EDITION_URL=https://… mkdocs build`);
mkdocs.yml takes its `site_url` from it (`!ENV`), and every hook and
`python -m edition build` read it through `address()` here. Unset (the
default for scripts/serve, scripts/test and scripts/offline), or a
placeholder on a domain reserved for examples (RFC 2606), the copy has no
permanent address, and nothing in it gives one:

- no canonical link, og:url, citation_public_url or DC.identifier, a
  sitemap with no address in it (Material's instant navigation reads it), no `url` or `@id` in the JSON-LD;
- data, citation files and Akoma Ntoso give each part's path within the
  edition (`participants/antony-blinken/`, read against the edition's home),
  and say the permanent address is not set;
- citations say so; the copy controls give the address the reader is on
  (docs/assets/javascripts/edition.js).

A build for publishing sets EDITION_PUBLISH=1: then a missing or
placeholder EDITION_URL stops it.
"""
from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

PUBLISH_ENV = "EDITION_PUBLISH"
URL_ENV = "EDITION_URL"
# Hosts that are never an edition's public address. `.test` is not among
# them: RFC 2606 keeps it for tests, and the tests publish at edition.test.
RESERVED = ("example.org", "example.com", "example.net", "example", "invalid", "localhost", "local")


def is_set(site_url: str | None) -> bool:
    """True when `site_url` is a real public address (http or https, a host
    that is not reserved for examples, not a loopback or private address)."""
    parts = urlsplit((site_url or "").strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme not in ("http", "https") or not host:
        return False
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return not any(host == r or host.endswith("." + r) for r in RESERVED)
    return ip.is_global


def given() -> str:
    """EDITION_URL as given ('' when it is not set)."""
    return os.environ.get(URL_ENV, "").strip()


def address() -> str:
    """The edition's permanent address, ending in '/'; '' when it is not set
    or is a placeholder (then no part of the copy gives an absolute address)."""
    url = given()
    return url.rstrip("/") + "/" if is_set(url) else ""


OFF = ("", "0", "false", "no", "off")  # what an environment variable says to mean "not set"


def publishing() -> bool:
    return os.environ.get(PUBLISH_ENV, "").strip().lower() not in OFF


def shape_problem(url: str) -> str | None:
    """What makes EDITION_URL unusable as the base of every page's address,
    whether or not the build is for publishing: each address is made by
    appending a page's path, which a query, a fragment or a space would break."""
    if not url or url.lower() in OFF:
        return None
    parts = urlsplit(url)
    if any(c.isspace() for c in url):
        return "holds a space"
    if parts.query or url.endswith("?"):
        return "has a query ('?…'): every page's address would be put after it"
    if parts.fragment or "#" in url:
        return "has a fragment ('#…'): every page's address would be put after it"
    if parts.username is not None or parts.password is not None:
        return "holds a user name ('…@')"
    return None


def check() -> None:
    """Refuse an address pages could not be appended to; and a missing or
    placeholder one when the build is meant for publishing."""
    url = given()
    problem = shape_problem(url)
    if problem:
        raise ValueError(f"{URL_ENV} is {url!r}, which {problem}: set it to the edition's home address "
                         f"(e.g. {URL_ENV}=https://edition.example.gob.mx/)")
    if not publishing():
        return
    if not url:
        raise ValueError(f"{PUBLISH_ENV} is set but {URL_ENV} is not: set {URL_ENV} to the address the edition "
                         f"is published at (e.g. {URL_ENV}=https://… {PUBLISH_ENV}=1 mkdocs build --strict)")
    if not is_set(url):
        raise ValueError(f"{PUBLISH_ENV} is set but {URL_ENV} is {url!r}, a placeholder (a domain reserved for "
                         f"examples, a local address, or not http/https): set {URL_ENV} to the address the "
                         "edition is published at")
