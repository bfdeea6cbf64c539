"""The Akoma Ntoso document's building blocks: elements in its namespaces,
FRBR blocks, inline references in the text, and eIds given once."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from edition.record import RecordError

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# The edition's own metadata (in <proprietary>), in a namespace of its own.
EDITION = "urn:x-communique-edition:meetings"


def el(parent, tag: str, text: str | None = None, ns: str = AKN, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ns}}}{tag}", {k.rstrip("_"): v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def frbr(parent, level: str, this: str, uri: str, date: str, date_name: str, authors: list[str],
          extra: dict | None = None) -> None:
    frbr = el(parent, level)
    el(frbr, "FRBRthis", value=this)
    el(frbr, "FRBRuri", value=uri)
    el(frbr, "FRBRdate", date=date, name=date_name)
    for author in authors:
        el(frbr, "FRBRauthor", href=author)
    for tag, attrs in (extra or {}).items():
        el(frbr, tag, **attrs)


def inline(parent: ET.Element, text: str, spans: list[tuple[int, int, str, str]]) -> None:
    """Write text into parent, with each (start, end, tag, ref) span as an
    inline element that refers to its TLC reference."""
    last, pos = None, 0
    for start, end, tag, ref in spans:
        before = text[pos:start]
        if last is None:
            parent.text = (parent.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        last = el(parent, tag, text[start:end], refersTo=f"#{ref}")
        pos = end
    rest = text[pos:]
    if last is None:
        parent.text = (parent.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


class Ids:
    """The document's eIds: each given once, or the build stops, naming the
    entry whose id clashes."""

    def __init__(self):
        self.owner: dict[str, str] = {}

    def __call__(self, eid: str, owner: str) -> str:
        """`owner`: "data/<file>:<entry id>", or what else holds the id ("the edition")."""
        if eid in self.owner:
            file, _, entry = owner.partition(":")
            first_file, _, first_entry = self.owner[eid].partition(":")
            first = f"the entry '{first_entry}' of {first_file}" if first_entry else first_file
            raise RecordError(file, entry, "id", f"'{eid}' is already the Akoma Ntoso id of {first} "
                                                 "(people, organisations and meetings share one set of ids)")
        self.owner[eid] = owner
        return eid


def words(text: str, form: str) -> list[tuple[int, int]]:
    """Where `form` occurs in `text` as a whole word."""
    found, start = [], text.find(form)
    while start != -1:
        end = start + len(form)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append((start, end))
        start = text.find(form, end)
    return found
