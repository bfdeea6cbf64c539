"""Publish the record as data with the site (edition/export.py's FILES): the
JSON and its JSON Schema, CSVs of people, agenda items, meetings, who
attended which meeting and what sources report of them, and the communiqué
as an Akoma Ntoso document, validated against the OASIS schema. The "Data and citation" page links and
documents them. A record that cannot be written as the text typed stops
the build with a message naming the file, the entry and the field."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from edition import export
from edition.akoma_ntoso import InvalidExport, akoma_ntoso, validate
from edition.record import Record, RecordError, load_once


def data_files(record: Record, site_url: str) -> dict[str, str]:
    data = export.record_data(record, site_url)
    files = {
        "data/communique.json": export.record_json(data),
        "data/communique.schema.json": export.schema_json(),
        "data/participants.csv": export.people_csv(record, data),
        "data/people.csv": export.people_csv(record, data),
        "data/agenda-items.csv": export.agenda_items_csv(data),
        "data/meetings.csv": export.meetings_csv(data),
        "data/attendance.csv": export.attendance_csv(data),
        "data/meeting-statements.csv": export.meeting_statements_csv(data),
        "data/communique.akn.xml": akoma_ntoso(record, site_url),
    }
    assert list(files) == list(export.FILES), "export.FILES lists every published data file"
    files = {path: export.spreadsheet(text) if path.endswith(".csv") else text for path, text in files.items()}
    validate(files["data/communique.akn.xml"])
    return files


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    record = load_once(Path(config.config_file_path).parent / "data")
    try:
        written = data_files(record, config.site_url or "/")
    except RecordError as error:
        raise PluginError(f"Bad record: {error}") from None
    except InvalidExport as error:
        raise PluginError(str(error)) from None
    for path, content in written.items():
        files.append(File.generated(config, path, content=content))
    return files
