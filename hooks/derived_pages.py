"""Make the derived pages (full text, commitments, participants, meetings,
glossary, data) from the record in data/, and list them in the navigation.

A bad entry stops the build with a message naming file, entry and field.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.config_options import PathSpec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from edition import changes, pages
from edition.record import load_once
from edition.record.loading import failed

_derived: dict[str, str] = {}


def data_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


# Under `mkdocs serve` (scripts/serve) a bad save must not stop the server
# nor print a traceback (its rebuild loop prints one for any exception): the
# message is printed once and the site keeps the last good record until the
# next save fixes it.
SERVING = sys.argv[1:2] == ["serve"]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    folder = data_dir(config)
    try:
        record = load_once(folder, keep_last_good=SERVING)
        derived = pages.derived_pages(record, config.site_url or "/", changes.load_once(folder))
    except ValueError as error:  # a RecordError, or a value no page can show as typed
        # SystemExit: `mkdocs build` prints the message alone and fails.
        raise SystemExit(f"Bad record: {error}") from None
    if str(folder) in failed:  # printed, not logged: --strict would make a logged error stop the server
        print(f"Bad record: {failed[str(folder)]}\n(the site shows the last good record until this is fixed)",
              file=sys.stderr)
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
