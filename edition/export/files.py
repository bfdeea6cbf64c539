"""Every file published under data/: its media type and what writes it,
in one table (`WRITERS`). The build publishes them (edition/build/); the
data page links them (its template words each, or the row's `listed`
does) and its JSON-LD lists them (`FILES`). A new export format is its
writer and a row here."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable

from edition.akoma_ntoso import akoma_ntoso, validate
from edition.export import csv_files, json_files, json_schema
from edition.export.models import Export
from edition.record import Record


@dataclass(frozen=True)
class Inputs:
    """What the writers read: the record, the edition's address, the
    build's date, and the record as the export's models."""
    record: Record
    site_url: str
    made: datetime.date | None
    data: Export


def _akoma_ntoso(x: Inputs) -> str:
    document = akoma_ntoso(x.record, x.site_url, made=x.made)
    validate(document)  # the build stops if it is not valid Akoma Ntoso
    return document


@dataclass(frozen=True)
class DataFile:
    """One file under data/: its media type, what writes it, and, for a
    file the data page's template (data.md.j2) does not word itself, the
    words the data page links it by (`listed`)."""
    media_type: str
    write: Callable[[Inputs], str]
    listed: str | None = None


WRITERS: dict[str, DataFile] = {
    "data/communique.json": DataFile("application/json",
                                     lambda x: json_files.record_json(x.data.model_dump(mode="json", by_alias=True))),
    "data/communique.schema.json": DataFile("application/schema+json", lambda x: json_schema.schema_json()),
    "data/participants.csv": DataFile("text/csv", lambda x: csv_files.people_csv(x.record, x.data)),
    # The participants' first address, kept: the same file.
    "data/people.csv": DataFile("text/csv", lambda x: csv_files.people_csv(x.record, x.data)),
    "data/agenda-items.csv": DataFile("text/csv", lambda x: csv_files.agenda_items_csv(x.data)),
    "data/meetings.csv": DataFile("text/csv", lambda x: csv_files.meetings_csv(x.data)),
    "data/attendance.csv": DataFile("text/csv", lambda x: csv_files.attendance_csv(x.data)),
    "data/meeting-statements.csv": DataFile("text/csv", lambda x: csv_files.meeting_statements_csv(x.data)),
    "data/communique.akn.xml": DataFile("application/akn+xml", _akoma_ntoso),
    "data/register.json": DataFile("application/json", lambda x: json_files.register_json(x.record, x.site_url)),
    "data/register.csv": DataFile("text/csv", lambda x: csv_files.register_csv(x.record)),
    "data/mexican-release.csv": DataFile("text/csv", lambda x: csv_files.mexican_release_csv(x.record, x.data)),
}

# Every file published under data/, and its media type.
FILES = {path: f.media_type for path, f in WRITERS.items()}


def data_files(record: Record, site_url: str, made: datetime.date | None = None) -> dict[str, str]:
    """Every file under data/: its path, its content (a CSV file with the
    byte-order mark spreadsheets need). A value no file can hold as typed
    raises RecordError; an invalid Akoma Ntoso file, InvalidExport."""
    x = Inputs(record, site_url, made, json_files.export_of(record, site_url))
    files = {path: f.write(x) for path, f in WRITERS.items()}
    return {path: csv_files.spreadsheet(text) if FILES[path] == "text/csv" else text for path, text in files.items()}
