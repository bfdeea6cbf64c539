"""data/organisations.yaml: the words that name each body are the text's."""
from __future__ import annotations

from edition.record import structure
from edition.record.checks.common import _check, _whole_text
from edition.record.entries import Organisation
from edition.record.kinds import kind_for
from edition.record.model import Record

BODIES = kind_for(Organisation)


def check_organisations(record: Record) -> None:
    """data/organisations.yaml: the words that name each body are the text's."""
    text = structure.TextIndex(_whole_text(record.communique))
    f = BODIES.path
    for o in record.organisations.values():
        for words in o.in_text:
            _check(text.has(words), f, o.id, "in_text", f"'{words}' is not in the text")
