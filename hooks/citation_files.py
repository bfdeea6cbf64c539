"""Publish the citation downloads (edition/cite_formats.py: BibTeX, RIS,
CSL-JSON for the communiqué and each agenda item) under cite/."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from edition.cite_formats import citation_files
from edition.record import RecordError, load_once


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    try:
        written = citation_files(load_once(Path(config.config_file_path).parent / "data"), config.site_url or "")
    except (RecordError, ValueError) as error:
        raise PluginError(f"Bad record: {error}") from None
    for path, content in written.items():
        files.append(File.generated(config, path, content=content))
    return files
