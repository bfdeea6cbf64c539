"""Make the derived pages (full text, commitments, participants, meetings,
glossary) from the record in data/, and list them in the navigation.

A bad record stops the build with a message naming file, record and field.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.config_options import PathSpec
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from edition import pages
from edition.record import RecordError, load_once

_derived: dict[str, str] = {}


def data_dir(config) -> Path:
    return Path(config.config_file_path).parent / "data"


def on_config(config):
    try:
        record = load_once(data_dir(config))
    except RecordError as error:
        raise PluginError(f"Bad record: {error}") from None
    _derived.clear()
    _derived.update(pages.derived_pages(record, config.site_url or "/"))
    sections = pages.nav_sections(record)
    config.nav = [_expand(entry, sections) for entry in config.nav or []]
    unlisted = pages.unlisted_patterns(record)
    if unlisted:  # sections too long to list: their index pages' tables lead to every entry
        config.not_in_nav = PathSpec().run_validation("\n".join(unlisted))
    config.watch.append(str(data_dir(config)))
    return config


def _expand(entry, sections):
    """`- Commitments: commitments/index.md` becomes the section: its index,
    then every entry page, in the record's order."""
    if isinstance(entry, dict):
        (title, target), = entry.items()
        if isinstance(target, str) and target in sections:
            return {title: [target, *sections[target]]}
    return entry


def on_files(files, config):
    for path, markdown in _derived.items():
        files.append(File.generated(config, path, content=markdown))
    return files
