"""The record: everything the edition knows, loaded from `data/` and checked.

The record is the whole dataset (the text, and the entries of
`data/*.yaml`); an entry is one person, organisation, commitment or
meeting in it. The entries' types are pydantic models: their fields are
the documentation of the YAML files, and the JSON Schema of the export is
generated from them.

Every field is untrusted input. A bad entry stops the build with a
RecordError that names the file, the entry and the field, so whoever
edited the data knows where to look; never a traceback.

The package, one job a module:

- `errors`: RecordError, and pydantic's errors translated to it;
- `fields`: the safe field types (Text, LongText, Id, Url, Side, Entry);
- `entries`: the entry models (Person, Organisation, Commitment, Meeting…);
- `kinds`: the kinds of entry, one row a kind (its model, data file, record
  attribute, pages, templates): what everything that loops over kinds reads;
- `context`: the models of data/context.yaml (ContextFile and its parts);
- `reading`: safe YAML reading;
- `checks`: one check module a data file, against the text and each other;
- `structure`: what the text's sentences and delegation lists say, for the checks;
- `seal`: the text pinned by its SHA-256 (data/communique.seal);
- `model`: the Record and what the edition asks of it;
- `loading`: load() and load_once().
"""
from edition.record.checks import names_in_text
from edition.record.context import (
    Archived, ContextFile, Event, Fact, MexicanRelease, Publication, Readout, Source, SourceKind, Surname, Term,
    Variant,
)
from edition.record.entries import (
    Commitment, Meeting, Organisation, OtherName, Person, Related, ReportedAttendee, Statement,
)
from edition.record.errors import RecordError
from edition.record.fields import MAX_LONG_TEXT, MAX_TEXT, Entry, Id, LongText, Side, Text, Url
from edition.record.loading import DATA_DIR, load, load_once
from edition.record.model import GROUPS, RESERVED_IDS, Record, once_per_record
from edition.record.reading import YAML_LOADER, read_yaml

__all__ = [
    "once_per_record",
    "Archived", "Commitment", "ContextFile", "DATA_DIR", "Entry", "Event", "Fact", "GROUPS", "Id", "LongText",
    "MAX_LONG_TEXT", "MAX_TEXT", "Meeting", "MexicanRelease", "Organisation", "OtherName", "Person", "Publication",
    "RESERVED_IDS", "Readout", "Record", "RecordError", "Related", "ReportedAttendee", "Side", "Source",
    "SourceKind", "Statement", "Surname", "Term", "Text", "Url", "Variant", "YAML_LOADER", "load", "load_once",
    "names_in_text", "read_yaml",
]
