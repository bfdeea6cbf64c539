"""Akoma Ntoso's own check: the document is valid against the OASIS
Akoma Ntoso 3.0 schema, or the build stops."""
from __future__ import annotations

import functools
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from lxml import etree

# The OASIS Akoma Ntoso 3.0 schema (with the W3C xml.xsd it imports), copied
# from ../shared/akoma-ntoso/ so that validating needs no network.
XSD = Path(__file__).parent.parent / "reference" / "akoma-ntoso" / "akomantoso30.xsd"


class InvalidExport(ValueError):
    """The Akoma Ntoso file is not valid against the OASIS schema."""


def _read_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@functools.cache
def _reading() -> Future:
    """The schema, read once in a thread of its own: reading it is most of
    the cost of validating, and lxml reads it without holding the GIL, so
    the build makes its pages meanwhile."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="akoma-ntoso-schema")
    future = pool.submit(_read_schema)
    pool.shutdown(wait=False)
    return future


def prepare() -> None:
    """Start reading the schema now (the build calls it first), for `validate`."""
    _reading()


def _schema() -> etree.XMLSchema:
    return _reading().result()


def validate(document: str) -> None:
    """Stop, naming the first problems, unless `document` is valid Akoma Ntoso."""
    schema = _schema()
    if not schema.validate(etree.fromstring(document.encode("utf-8"))):
        problems = "; ".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:3])
        raise InvalidExport(f"data/communique.akn.xml is not valid Akoma Ntoso 3.0: {problems}")

