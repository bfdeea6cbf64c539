"""MkDocs hook: the edition (edition/build/) handed to MkDocs as it builds.

A thin adapter: every page, data file, citation file, tooltip and head tag
comes from `edition.build.Edition`, which `python -m edition build DIR`
writes out for renderers that run no hooks. This hook makes the build's one
`Edition` (`Edition.make`), and says when MkDocs takes each part; the other
hooks (head_meta, citation_files) read the same one (`Edition.current`):

- config: the edition's address (edition/publishing.py: EDITION_URL, or
  none, and then a sitemap of paths within the edition), the record and changes log read and checked,
  every output made, the navigation the edition makes (edition/views/' SHAPES), data/
  watched (`scripts/serve` rebuilds on a change to it);
- files: the derived pages, the data files and the PDF added (the PDF
  unless EDITION_PDF=0, and under `mkdocs serve` only with EDITION_PDF=1;
  a build for publishing refuses to go without it: edition/pdf.py);
- page_markdown: each page's glossary tooltips;
- page_content: each glossary term marked whole (`Gen.`, not `Gen`);
- page_context: each page's JSON-LD, printed by overrides/main.html as
  `structured_data`.

A bad record stops `mkdocs build` here, with a message naming file, entry
and field, and no traceback. Under `mkdocs serve` (scripts/serve) a bad
save prints that message once and the site keeps the last good record until
the next save fixes it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from markupsafe import Markup
from mkdocs.config.config_options import PathSpec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from edition import publishing
from edition.build import BuildStopped, Edition, EditionError, Settings, current, redirected
from edition.pdf import PATH as PDF_PATH


SERVING = sys.argv[1:2] == ["serve"]


def data_of(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    data = data_of(config)
    # The one address every hook and MkDocs itself use (edition/publishing.py):
    # EDITION_URL, or none. Not the placeholder, and not the address
    # `mkdocs serve` puts here (127.0.0.1): a copy without its permanent
    # address has no canonical link and no og:url, and its sitemap gives
    # paths within the edition (`/about/`): Material's instant navigation
    # reads it, and no crawler is meant to.
    config.site_url = publishing.address() or None
    settings = Settings(site_url=config.site_url or "", site_name=config.site_name,
                        site_description=config.site_description or "",
                        redirected=redirected(config))
    try:
        edition = Edition.make(data, settings, keep_last_good=SERVING)
        edition.pdf_wanted(serving=SERVING)  # a build for publishing told to skip the PDF stops here
    except EditionError as error:
        raise BuildStopped(str(error)) from None
    if edition.problem:  # printed, not logged: --strict would make a logged error stop the server
        print(f"{edition.problem}\n(the site shows the last good record until this is fixed)", file=sys.stderr)
    config.nav = edition.nav()
    unlisted = edition.not_in_nav()
    if unlisted:  # sections too long to list: their index pages' tables lead to every entry
        config.not_in_nav = PathSpec().run_validation("\n".join(unlisted))
    config.watch.append(str(data))
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    edition = current(data_of(config))
    for path, content in {**edition.pages, **edition.data_files}.items():
        files.append(File.generated(config, path, content=content))
    if edition.pdf_wanted(serving=SERVING):
        try:
            files.append(File.generated(config, PDF_PATH, content=edition.pdf))
        except EditionError as error:
            raise BuildStopped(str(error)) from None
    return files


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return current(data_of(config)).with_tooltips(markdown, page.meta)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return current(data_of(config)).whole_terms(html)


def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    head = current(data_of(config)).head(page.file.src_uri, page.meta, heading=page.title)
    # Markup: printed as it is. script_json has escaped every <, > and &,
    # so no field can end the script element.
    context["structured_data"] = Markup(head["structured_data"])
    return context
