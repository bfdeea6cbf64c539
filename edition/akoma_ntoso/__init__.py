"""The communiqué as an Akoma Ntoso document (a `statement`), valid against
the OASIS Akoma Ntoso 3.0 schema: the build validates it (`validate`) and
stops if it is not, and tests/test_data.py checks it again.

Its eIds are the site's anchors (para_2, para_2__sent_3); people, bodies and
meetings are TLCPerson / TLCOrganization / TLCEvent references, and each
place where the text names a person or a body points at its reference (a
phrase that only contains a name, "the Biden administration", points at no
one). The text is the communiqué's, exactly. What sources say of the
meetings (who they list, as printed, with their side, role and source; what
was discussed, with the source) is the edition's metadata, in `proprietary`.

The work's authors are the two countries, whose joint communiqué it is (its
title); the White House is its publisher (`publication`), not its author.
The release is given as issued and as the National Archives keeps it.
Where Mexico's English release words a phrase differently, a `note` in
`notes` (placed beside the sentence, never inside its words) gives both
phrases and the release's address.

The edition's addresses (its own reference, each meeting's and item's
`url`) are its permanent ones; in a copy whose permanent address is not
set (edition/publishing.py), paths within the edition (`meetings/…/`), and
`proprietary` says so (`<edition:address permanent="not set">`).

One job a module: document.py writes the document, elements.py holds its
XML building blocks (elements, FRBR blocks, inline references, eIds), and
validation.py checks it against the OASIS schema.
"""
from edition.akoma_ntoso.document import akoma_ntoso, generation_date, publisher_ref, work_country
from edition.akoma_ntoso.validation import XSD, InvalidExport, validate

__all__ = ["XSD", "InvalidExport", "akoma_ntoso", "generation_date", "publisher_ref", "validate", "work_country"]
