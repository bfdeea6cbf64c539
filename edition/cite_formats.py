"""The communiqué's citation as files a reference manager imports: BibTeX,
RIS and CSL-JSON, for the whole communiqué and for each agenda item (the
communiqué, located at the item's sentence, at the item's permanent link).

Each says what the page's <meta> tags say (edition/head_meta.py) and what
the Chicago citation shows (edition/cite.py): a report of the White House,
its full title, 28 December 2023, its report type, the edition's permanent
address, and in a note the part cited and where the release can be read.
While the edition's permanent address is not set (edition/publishing.py),
no file has a URL field: the note says the address is not set and gives
the part's path within the edition (`commitments/root-causes/`).
"""
from __future__ import annotations

import json
import re

from edition import addresses as A
from edition.addresses import Site, page_of
from edition.cite import NOT_SET, CitationFacts, addresses_note, citation_facts
from edition.record import Commitment, Record
from edition.text import Paragraph

FOLDER = "cite"  # beside data/, whose files export.FILES lists
FORMATS = {"bib": "BibTeX", "ris": "RIS", "json": "CSL-JSON"}


def file_of(name: str, fmt: str) -> str:
    """Where a citation file is published: 'cite/root-causes.ris'."""
    return f"{FOLDER}/{name}.{fmt}"


def where_of(record: Record, c: Commitment) -> str:
    """'paragraph 2, sentence 3': the sentence an item's first quote starts in."""
    para: Paragraph = record.communique.paragraph(c.paragraph)
    start = para.text.index(" ".join(c.quotes[0].split()))
    offset = 0
    for i, sentence in enumerate(para.sentences):
        offset = para.text.index(sentence, offset)
        if offset <= start < offset + len(sentence):
            return f"paragraph {para.number}, sentence {i + 1}"
    raise ValueError(c.id)


def _note(f: CitationFacts, where: str, path: str = "") -> str:
    """`path`: the part's path within the edition, given when its permanent address is not set."""
    located = f"Cited: {where}. " if where else ""
    edition = f" Web edition: {NOT_SET}; this part's path within the edition: {path}" if path else ""
    return f"{located}Official text: {addresses_note(f)}{edition}"


def csl_json(f: CitationFacts, key: str, url: str, where: str = "", path: str = "") -> str:
    item = {
        "id": key, "type": "report", "title": f.title, "publisher": f.publisher, "genre": f.kind,
        "issued": {"date-parts": [[f.date.year, f.date.month, f.date.day]]},
        "URL": url, "language": "en", "note": _note(f, where, path),
    }
    if not url:
        del item["URL"]
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "#": r"\#",
                   "$": r"\$", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def bibtex_text(text: str) -> str:
    """Text as a BibTeX field's content: TeX's special characters escaped."""
    return re.sub(r"[\\{}%&#$_~^]", lambda m: _BIBTEX_SPECIAL[m.group()], text)


def bibtex(f: CitationFacts, key: str, url: str, where: str = "", path: str = "") -> str:
    # Double braces keep the title's capitals as printed; url is verbatim (no escapes).
    fields = [("title", "{" + bibtex_text(f.title) + "}"), ("institution", bibtex_text(f.publisher)),
              ("type", bibtex_text(f.kind)), ("date", f.date.isoformat()), ("year", str(f.date.year)),
              ("month", str(f.date.month)), ("url", url), ("langid", "english"), ("language", "en"),
              ("note", bibtex_text(_note(f, where, path)))]
    if not url:
        fields = [field for field in fields if field[0] != "url"]
    elif not re.fullmatch(r"[^\s{}%\\]+", url):
        raise ValueError(f"not an address BibTeX can hold verbatim: {url!r}")
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@techreport{{{key},\n{body}\n}}\n"


def ris(f: CitationFacts, url: str, where: str = "", path: str = "") -> str:
    lines = [("TY", "RPRT"), ("TI", f.title), ("PB", f.publisher), ("M3", f.kind),
             ("PY", str(f.date.year)), ("DA", f"{f.date:%Y/%m/%d}/"), ("UR", url), ("LA", "en"),
             ("N1", _note(f, where, path)), ("ER", "")]
    lines = [(tag, value) for tag, value in lines if value or tag == "ER"]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)


def citation_files(record: Record, site_url: str) -> dict[str, str]:
    """Every citation file: its path in the site, and its content."""
    f, site = citation_facts(record), Site(site_url)
    parts = [("communique", A.TEXT, "")]
    parts += [(c.id, page_of(c), where_of(record, c)) for c in record.commitments.values()]
    files = {}
    for name, page, where in parts:
        key = f"communique-2023-12-28" + ("" if name == "communique" else f"-{name}")
        url, path = site.permanent(page), "" if site.is_set else site.absolute(page)
        files[file_of(name, "bib")] = bibtex(f, key, url, where, path)
        files[file_of(name, "ris")] = ris(f, url, where, path)
        files[file_of(name, "json")] = csl_json(f, key, url, where, path)
    return files
