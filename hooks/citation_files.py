"""Publish the citation downloads (edition/cite_formats.py: BibTeX, RIS,
CSL-JSON for the communiqué and each agenda item) under cite/. Thin: they
come from the build's one edition (hooks/edition_build.py made them, or
stopped the build with the record's message)."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from edition.build import current


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    for path, content in current(Path(config.config_file_path).parent / "data").citation_files.items():
        files.append(File.generated(config, path, content=content))
    return files
