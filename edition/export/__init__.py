"""The whole record as data: JSON (with its JSON Schema), CSV and Akoma Ntoso.

One job a module:

- models.py: the published JSON, defined once by pydantic models;
- json_schema.py: its JSON Schema, generated from them (and the copy in
  edition/communique.schema.json: `python -m edition.export` refreshes it);
- json_files.py: the record (and the register) as that JSON;
- csv_files.py: the CSV files, each cell the record's text as typed;
- dates.py: how each meeting's date is known, for every output;
- files.py: every file published under data/, its media type and writer.

Published with the site under data/ (edition/build/); documented field
by field on the "Data and citation" page, whose tables come from the schema.
"""
from edition.export.csv_files import (agenda_items_csv, attendance_csv, meeting_statements_csv, meetings_csv,
                                      mexican_release_csv, people_csv, register_csv, spreadsheet)
from edition.export.dates import archived, date_basis, release_sources
from edition.export.files import FILES, WRITERS, data_files
from edition.export.json_files import export_of, record_data, record_json, register_json
from edition.export.json_schema import SCHEMA_FILE, schema, schema_json

__all__ = ["FILES", "WRITERS", "SCHEMA_FILE", "agenda_items_csv", "archived", "attendance_csv", "data_files", "date_basis", "export_of",
           "meeting_statements_csv", "meetings_csv", "mexican_release_csv", "people_csv", "record_data",
           "record_json", "register_csv", "register_json", "release_sources", "schema", "schema_json",
           "spreadsheet"]
