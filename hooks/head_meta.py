"""Each page's reference-manager <meta> tags (edition/head_meta.py), for
overrides/main.html to print as `head_meta`, and the changes log's Atom
feed. Thin: both come from the build's one edition (hooks/edition_build.py
made it, with the record and the changes log checked: a bad record has
already stopped the build there, or under `mkdocs serve` left the last good
one in use)."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from edition.build import current


def _data(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    path, feed = current(_data(config)).feed
    files.append(File.generated(config, path, content=feed))
    return files


def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    head = current(_data(config)).head(page.file.src_uri, page.meta, heading=page.title)
    context["head_meta"] = head["head_meta"]
    return context
