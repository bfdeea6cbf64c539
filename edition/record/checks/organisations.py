"""data/organisations.yaml: the words that name each body are the text's."""
from __future__ import annotations

from edition.record import structure
from edition.record.checks.common import _check, _whole_text
from edition.record.model import Record


def check_organisations(record: Record) -> None:
    """data/organisations.yaml: the words that name each body are the text's."""
    text = structure.TextIndex(_whole_text(record.communique))
    f = "data/organisations.yaml"
    for o in record.organisations.values():
        for words in o.in_text:
            _check(text.has(words), f, o.id, "in_text", f"'{words}' is not in the text")
