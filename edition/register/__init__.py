"""The register: every statement this edition adds to the communiqué,
derived once from the record, each with its basis.

A statement is the edition's own (a page's description, the kind of an
agenda item, who did it, where it was made, who published and who wrote the
communiqué, what a body is also called, which delegation a person was in…).
Its basis is one of three things:

- `text`: a sentence of the communiqué, by its id (para_2__sent_3);
- `source`: a source in data/context.yaml, by its address;
- `convention`: a convention of the edition, explained on a named page
  (by its address on the site, e.g. "register/#conventions").

Pages (their descriptions, and hence Open Graph), JSON-LD, the CSV files,
the JSON and Akoma Ntoso take these statements from here, so that the same
statement reads the same everywhere. The register itself is published as a
page (register.md.j2), and as data/register.csv and data/register.json.

The package, one job a module: `said` (a statement, its basis, the
conventions and the kinds of statement), `reading` (what the text's
sentences say of who did each item and of each person's part),
`statements` (the Register, statement by statement, and `register_of`).
"""
from edition.register.reading import (
    EXTENDING, Attribution, _where, attribution, carried_text, delegation_sentence, part_sentence, sentence_at,
)
from edition.register.said import CONVENTION_TEXT, CONVENTIONS, KINDS, PAGE, Basis, Said
from edition.register.statements import COMMUNIQUE, Register, date_text, register_of

__all__ = [
    "COMMUNIQUE", "CONVENTIONS", "CONVENTION_TEXT", "EXTENDING", "KINDS", "PAGE", "Attribution", "Basis", "Register",
    "Said", "_where", "attribution", "carried_text", "date_text", "delegation_sentence", "part_sentence",
    "register_of", "sentence_at",
]
