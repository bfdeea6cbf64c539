"""The communiqué as an Akoma Ntoso document (a `statement`).

Its eIds are the site's anchors (para_2, para_2__sent_3); people and
organisations are TLCPerson / TLCOrganization references, and each mention
in the text points at one of them. The text is the communiqué's, exactly.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from edition.record import Record
from edition.text import forms_pattern, mentions

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
WORK = "/akn/us/statement/2023-12-28/mexico-us-joint-communique"


def _el(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{AKN}}}{tag}", {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _frbr(parent, level: str, this: str, uri: str, date: str, author: str, extra: dict | None = None) -> None:
    frbr = _el(parent, level)
    _el(frbr, "FRBRthis", value=this)
    _el(frbr, "FRBRuri", value=uri)
    _el(frbr, "FRBRdate", date=date, name="publication" if level != "FRBRManifestation" else "generation")
    _el(frbr, "FRBRauthor", href=author)
    for tag, attrs in (extra or {}).items():
        _el(frbr, tag, **attrs)


def _inline(parent: ET.Element, text: str, spans: list[tuple[int, int, str, str]]) -> None:
    """Write text into parent, with each (start, end, tag, ref) span as an
    inline element that refers to its TLC reference."""
    last, pos = None, 0
    for start, end, tag, ref in spans:
        before = text[pos:start]
        if last is None:
            parent.text = (parent.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        last = _el(parent, tag, text[start:end], refersTo=f"#{ref}")
        pos = end
    rest = text[pos:]
    if last is None:
        parent.text = (parent.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


def akoma_ntoso(record: Record, site_url: str) -> str:
    ET.register_namespace("", AKN)
    pub = record.context["publication"]
    date = pub["date"].isoformat()
    root = ET.Element(f"{{{AKN}}}akomaNtoso")
    doc = _el(root, "statement", name="jointCommunique")
    meta = _el(doc, "meta")
    ident = _el(meta, "identification", source="#edition")
    _frbr(ident, "FRBRWork", f"{WORK}/!main", WORK, date, "#white-house", {"FRBRcountry": {"value": "us"}})
    _frbr(ident, "FRBRExpression", f"{WORK}/eng@/!main", f"{WORK}/eng@", date, "#white-house",
          {"FRBRlanguage": {"language": "eng"}})
    _frbr(ident, "FRBRManifestation", f"{WORK}/eng@/!main.xml", f"{WORK}/eng@.akn", date, "#edition")
    refs = _el(meta, "references", source="#edition")
    _el(refs, "TLCOrganization", eId="edition", href=site_url, showAs="Mexico–U.S. Joint Communiqué on Migration: a web edition")
    _el(refs, "TLCOrganization", eId="white-house", href="/ontology/organization/us/the-white-house",
        showAs=pub["publisher"].split(" (")[0])
    for p in record.people.values():
        _el(refs, "TLCPerson", eId=p.id, href=f"/ontology/person/{p.id}", showAs=p.name)
    for o in record.organisations.values():
        _el(refs, "TLCOrganization", eId=o.id, href=f"/ontology/organization/{o.country}/{o.id}", showAs=o.name)

    preface = _el(doc, "preface")
    _el(_el(preface, "p"), "docTitle", record.communique.title)
    body = _el(doc, "mainBody")
    forms = {form: ("person", p.id) for p in record.people.values() for form in p.printed}
    forms.update({o.acronym: ("organization", o.id) for o in record.organisations.values() if o.acronym})
    keys = {f"{tag}:{ref}": (tag, ref) for tag, ref in forms.values()}
    forms_keys = {form: f"{tag}:{ref}" for form, (tag, ref) in forms.items()}
    pattern = forms_pattern(forms_keys)
    for para in record.communique.paragraphs:
        paragraph = _el(body, "paragraph", eId=para.eid)
        _el(paragraph, "num", str(para.number))
        p = _el(_el(paragraph, "content"), "p")
        offset, last = 0, None
        for i, sentence in enumerate(para.sentences):
            start = para.text.index(sentence, offset)
            gap = para.text[offset:start]
            if last is None:
                p.text = gap
            else:
                last.tail = gap
            last = _el(p, "span", eId=para.sentence_eid(i))
            found = mentions(sentence, forms_keys, pattern)
            _inline(last, sentence, [(s, e, *keys[k]) for s, e, k in found])
            offset = start + len(sentence)
    ET.indent(root)
    # Indenting must not add white space inside the text: put back the
    # single spaces between sentences, and nothing around them.
    for p in body.iter(f"{{{AKN}}}p"):
        p.text = ""
        spans = list(p)
        for span in spans:
            span.tail = " "
        spans[-1].tail = ""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
