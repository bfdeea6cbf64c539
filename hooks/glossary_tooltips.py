"""Show each glossary entry as a tooltip wherever its term appears: a page
gets, as Markdown abbreviations (`*[DACA]: …`), the entries whose terms it
holds (all of them would cost every page the whole glossary)."""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition.record import load_once

_definitions: dict[str, str] = {}
_terms: re.Pattern | None = None


def tooltip(definition: str) -> str:
    """The definition in one line, without its source address."""
    text = " ".join(str(definition).split())
    return re.sub(r"\s*Source: \S+$", "", text)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _terms
    glossary = load_once(Path(config.config_file_path).parent / "data").glossary
    # "Gen." and "Alm." are matched without their full stop: the Markdown
    # abbreviation pattern needs a word boundary after the term.
    _definitions.clear()
    _definitions.update({term.rstrip("."): tooltip(definition) for term, definition in glossary.items()})
    terms = sorted(_definitions, key=len, reverse=True)
    _terms = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b") if terms else None
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if _terms is None:
        return markdown
    found = dict.fromkeys(_terms.findall(markdown))
    return markdown + "\n\n" + "\n".join(f"*[{term}]: {_definitions[term]}" for term in found) + "\n"
