"""Whether the edition's permanent address is set, and the check a build
meant for publishing makes.

The published address is set in one place, `site_url` in mkdocs.yml. Until
it is the real one, it is a placeholder on a domain reserved for examples
(RFC 2606): then no page gives a reader a permanent link that would not
open. Citations say the permanent address is not set, and the copy
controls give the address the reader is actually on (computed in the
browser). A build for publishing sets EDITION_PUBLISH=1, and a placeholder
then stops it.
"""
from __future__ import annotations

import os
from urllib.parse import urlsplit

PUBLISH_ENV = "EDITION_PUBLISH"
RESERVED = ("example.org", "example.com", "example.net", "example", "invalid", "localhost", "test")


def is_set(site_url: str | None) -> bool:
    """True when `site_url` is a real public address, not a placeholder."""
    host = (urlsplit(site_url or "").hostname or "").lower()
    return bool(host) and not any(host == r or host.endswith("." + r) for r in RESERVED)


def publishing() -> bool:
    return os.environ.get(PUBLISH_ENV, "") not in ("", "0", "false")


def check(site_url: str | None) -> None:
    """Refuse a placeholder address when the build is meant for publishing."""
    if publishing() and not is_set(site_url):
        raise ValueError(f"{PUBLISH_ENV} is set but site_url in mkdocs.yml is {site_url!r}, a placeholder: "
                         "set it to the address the edition is published at")
