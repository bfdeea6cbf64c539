"""Put each page's schema.org JSON-LD (edition/structured_data.py) into its
head. The JSON-LD is computed here for every page, derived or hand-written,
from the record and the page's source path, title and description; the
page code has no part in it. overrides/main.html prints `structured_data`.
"""
from __future__ import annotations

from pathlib import Path

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from edition import structured_data
from edition.record import load_once


def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    record = load_once(Path(config.config_file_path).parent / "data")
    block = structured_data.for_page(
        record, config.site_url or "/", page.file.src_uri,
        # The home page stands for the whole site: its name is the site's.
        title=config.site_name if page.is_homepage else page.meta.get("title") or page.title or config.site_name,
        description=page.meta.get("description") or config.site_description)
    # Markup: printed as it is. script_json has escaped every <, > and &,
    # so no field can end the script element.
    context["structured_data"] = Markup(structured_data.script_json(block))
    return context
