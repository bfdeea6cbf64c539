"""Publish the record as data with the site: data/communique.json and its
JSON Schema, CSVs of people and agenda items, and the communiqué as an
Akoma Ntoso document. The "Data and citation" page links and documents them."""
from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

from edition import export
from edition.akoma_ntoso import akoma_ntoso
from edition.record import load_once


def data_files(record, site_url: str) -> dict[str, str]:
    data = export.record_data(record, site_url)
    return {
        "data/communique.json": export.record_json(data),
        "data/communique.schema.json": export.SCHEMA_FILE.read_text("utf-8"),
        "data/people.csv": export.people_csv(record, data),
        "data/agenda-items.csv": export.agenda_items_csv(data),
        "data/communique.akn.xml": akoma_ntoso(record, site_url),
    }


def on_files(files, config):
    record = load_once(Path(config.config_file_path).parent / "data")
    for path, content in data_files(record, config.site_url or "/").items():
        files.append(File.generated(config, path, content=content))
    return files
