"""What the checks of every data file share: the error they raise
(`_check`, `_printable`), an id that must name an entry of a kind
(`_known`, with the kind's file, page folder and word from its row), the names the text
prints (`names_in_text`), the text whole (`_whole_text`), why a quote is not
verbatim (`_unlike`), and whether a date exists (`_valid_date`).
Private to the `checks` package: its modules import them from here."""
from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from typing import TYPE_CHECKING

from edition.record import structure
from edition.record.errors import RecordError, check as _check, printable as _printable
from edition.record.kinds import Kind
from edition.text import Communique

if TYPE_CHECKING:
    from edition.record.model import Record

__all__ = ["_check", "_known", "_printable", "_unlike", "_valid_date", "_whole_text", "names_in_text"]


def names_in_text(communique: Communique) -> set[str]:
    """The people's names the text prints, read from its structure: the two
    delegation lists ("Name, Title; …") and every "President Name"."""
    names = set()
    for entry in structure.delegation_lists(communique):
        names.update(re.sub(r"^(Gen|Alm)\. ", "", name) for name in entry.members)
    for para in communique.paragraphs:
        names.update(re.findall(r"President (?:of Mexico )?((?:[A-Z]\w+)(?: [A-Z]\w+)*)", para.text))
    return names


def _known(record: Record, kind: Kind, ident: str, file: str, entry: str, field: str) -> None:
    """`ident` names an entry of `kind` (a row of edition/record/kinds.py). If
    not, and its page is published (the manifest of published addresses),
    the entry was removed: named as the fault of its own file, since ids are
    permanent. Otherwise the id is unknown: the fault of the file that typed it."""
    entries = record.entries_of(kind)
    if ident in entries:
        return
    from edition.published import manifest  # the one reader of the manifest (it imports the record)

    if kind.folder is not None and f"/{kind.folder}/{ident}/" in manifest():
        raise RecordError(kind.path, _printable(ident), "(entry)",
                          f"the entry is gone, but its page /{kind.folder}/{ident}/ is published and {file}'s entry "
                          f"'{entry}' names it in '{field}': ids are permanent; put the entry back")
    near = difflib.get_close_matches(ident, list(entries), n=1, cutoff=0.8)
    raise RecordError(file, entry, field, f"unknown {kind.word} '{_printable(ident)}'"
                      + (f" (did you mean '{near[0]}'?)" if near else ""))


def _valid_date(year: str, month: str, day: str) -> bool:
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _unlike(communique: Communique, number: int, quote: str) -> str:
    """Why a quote is not in paragraph `number`: it is in another one, or
    where it first differs from the text (a straight quote for a curly one,
    a dash for a hyphen, as a word processor types them)."""
    elsewhere = [p.number for p in communique.paragraphs if quote in p.text]
    if elsewhere:
        return f" (it is in paragraph {elsewhere[0]}: give that paragraph)"
    text = communique.paragraph(number).text
    # The longest start of the quote that the paragraph has: a binary search, each step one find.
    low, high = 0, len(quote)
    while low < high:
        mid = (low + high + 1) // 2
        if quote[:mid] in text:
            low = mid
        else:
            high = mid - 1
    if low < 8:  # no telling start
        return ""
    at = text.find(quote[:low]) + low
    got = quote[low]
    had = text[at] if at < len(text) else ""
    name = lambda ch: f"'{ch}' (U+{ord(ch):04X} {unicodedata.name(ch, '?')})"
    return (f" (the words agree up to '…{quote[max(0, low - 20):low]}', then the quote has {name(got)}"
            + (f" where the text has {name(had)})" if had else " where the paragraph ends)"))


def _whole_text(communique: Communique) -> str:
    return " ".join([communique.title, *(p.text for p in communique.paragraphs)])
