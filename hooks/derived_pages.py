"""Make the derived pages (full text, commitments, participants, meetings,
glossary, data) from the record in data/, and list them in the navigation.

A bad entry stops the build with a message naming file, entry and field.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.config_options import PathSpec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from edition import pages
from edition.record import RecordError, load_once

_derived: dict[str, str] = {}


def data_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        record = load_once(data_dir(config))
        derived = pages.derived_pages(record, config.site_url or "/")
    except RecordError as error:
        raise PluginError(f"Bad record: {error}") from None
    except ValueError as error:  # a value no page can show as typed
        raise PluginError(f"Bad record: {error}") from None
    _derived.clear()
    _derived.update(derived)
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


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for path, markdown in _derived.items():
        files.append(File.generated(config, path, content=markdown))
    return files
