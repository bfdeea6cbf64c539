"""Akoma Ntoso's own check: the document is valid against the OASIS
Akoma Ntoso 3.0 schema, or the build stops."""
from __future__ import annotations

import functools
from pathlib import Path

from lxml import etree

# The OASIS Akoma Ntoso 3.0 schema (with the W3C xml.xsd it imports), copied
# from ../shared/akoma-ntoso/ so that validating needs no network.
XSD = Path(__file__).parent.parent / "reference" / "akoma-ntoso" / "akomantoso30.xsd"


class InvalidExport(ValueError):
    """The Akoma Ntoso file is not valid against the OASIS schema."""


@functools.cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def validate(document: str) -> None:
    """Stop, naming the first problems, unless `document` is valid Akoma Ntoso."""
    schema = _schema()
    if not schema.validate(etree.fromstring(document.encode("utf-8"))):
        problems = "; ".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:3])
        raise InvalidExport(f"data/communique.akn.xml is not valid Akoma Ntoso 3.0: {problems}")

