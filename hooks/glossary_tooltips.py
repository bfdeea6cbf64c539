"""Show each glossary entry as a tooltip wherever its term appears: every
page gets the glossary as Markdown abbreviations (`*[DACA]: …`)."""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition.record import load_once

_abbreviations = ""


def tooltip(definition: str) -> str:
    """The definition in one line, without its source address."""
    text = " ".join(str(definition).split())
    return re.sub(r"\s*Source: \S+$", "", text)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _abbreviations
    glossary = load_once(Path(config.config_file_path).parent / "data").glossary
    # "Gen." and "Alm." are matched without their full stop: the Markdown
    # abbreviation pattern needs a word boundary after the term.
    _abbreviations = "\n".join(
        f"*[{term.rstrip('.')}]: {tooltip(definition)}" for term, definition in glossary.items()
    )
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return f"{markdown}\n\n{_abbreviations}\n"
