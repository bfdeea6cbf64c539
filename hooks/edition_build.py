"""MkDocs hook: the edition (edition/build.py) handed to MkDocs as it builds.

A thin adapter: every page, data file, tooltip and JSON-LD block comes from
`edition.build.Edition`, which `python -m edition build DIR` writes out for
renderers that run no hooks. This hook only says when MkDocs takes each:

- config: the edition's address (edition/publishing.py: EDITION_URL, or
  none, and then no sitemap), the record read and checked, the derived pages made, the
  navigation expanded with them, data/ watched (`scripts/serve` rebuilds
  on a change to it);
- files: the derived pages, the data files and the PDF added (the PDF
  unless EDITION_PDF=0, and under `mkdocs serve` only with EDITION_PDF=1;
  a build for publishing refuses to go without it: edition/pdf.py);
- page_markdown: each page's glossary tooltips;
- page_context: each page's JSON-LD, printed by overrides/main.html as
  `structured_data`.

All state is the one `Build` object of this build; the events need no order
among hooks. A bad record stops the build with a message naming file, entry
and field.
"""
from __future__ import annotations

import sys
from pathlib import Path

from markupsafe import Markup
from mkdocs.config.config_options import PathSpec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from edition import publishing
from edition.build import Edition, EditionError, Settings
from edition.pdf import PATH as PDF_PATH
from edition.record.loading import failed


# Under `mkdocs serve` (scripts/serve) a bad save must not stop the server
# nor print a traceback (its rebuild loop prints one for any exception): the
# message is printed once and the site keeps the last good record until the
# next save fixes it.
SERVING = sys.argv[1:2] == ["serve"]


class Build:
    """The edition of the build under way (set by `on_config`)."""

    def __init__(self) -> None:
        self._edition: Edition | None = None
        self.with_pdf = False

    @property
    def edition(self) -> Edition:
        if self._edition is None:
            raise PluginError("hooks/edition_build.py: on_config has not run")
        return self._edition

    def configure(self, config: MkDocsConfig) -> MkDocsConfig:
        data = Path(config.config_file_path).parent / "data"
        try:  # a build for publishing (EDITION_PUBLISH=1) refuses a missing or placeholder address
            publishing.check()
        except ValueError as error:
            raise PluginError(str(error)) from None
        # The one address every hook and MkDocs itself use (edition/publishing.py):
        # EDITION_URL, or none. Not the placeholder, and not the address
        # `mkdocs serve` puts here (127.0.0.1): a copy without its permanent
        # address has no canonical link, no og:url and no sitemap.
        config.site_url = publishing.address() or None
        if not config.site_url:
            config.theme.static_templates.discard("sitemap.xml")
        settings = Settings(site_url=config.site_url or "", site_name=config.site_name,
                            site_description=config.site_description or "", nav=list(config.nav or []))
        try:
            self._edition = edition = Edition(data, settings, keep_last_good=SERVING)
            edition.pages  # made now, so that a bad record stops the build before anything is written
            self.with_pdf = edition.pdf_wanted(serving=SERVING)
        except EditionError as error:
            # SystemExit: `mkdocs build` prints the message alone and fails.
            raise SystemExit(str(error)) from None
        if str(data) in failed:  # printed, not logged: --strict would make a logged error stop the server
            print(f"Bad record: {failed[str(data)]}\n(the site shows the last good record until this is fixed)",
                  file=sys.stderr)
        config.nav = edition.nav()
        unlisted = edition.not_in_nav()
        if unlisted:  # sections too long to list: their index pages' tables lead to every entry
            config.not_in_nav = PathSpec().run_validation("\n".join(unlisted))
        config.watch.append(str(data))
        return config

    def add_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            generated = {**self.edition.pages, **self.edition.data_files}
        except EditionError as error:
            raise PluginError(str(error)) from None
        for path, content in generated.items():
            files.append(File.generated(config, path, content=content))
        if self.with_pdf:
            try:
                files.append(File.generated(config, PDF_PATH, content=self.edition.pdf))
            except EditionError as error:
                raise PluginError(str(error)) from None
        if not config.site_url:  # no sitemap (on_config took it off the templates), nor its template copied
            sitemap = files.get_file_from_path("sitemap.xml")
            if sitemap is not None and not sitemap.generated_by:
                files.remove(sitemap)
        return files


BUILD = Build()


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    return BUILD.configure(config)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    return BUILD.add_files(files, config)


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return BUILD.edition.with_tooltips(markdown)


def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    head = BUILD.edition.head(page.file.src_uri, page.meta, heading=page.title)
    # Markup: printed as it is. script_json has escaped every <, > and &,
    # so no field can end the script element.
    context["structured_data"] = Markup(head["structured_data"])
    return context
