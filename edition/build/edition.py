"""`Edition`: everything the edition adds to the site, for one record and
one site, each output made once; and the build's one edition, which every
MkDocs hook reads (`current`)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from edition import addresses, changes, cite_formats, export, head_meta, pages, pdf, published, publishing, search_terms, structured_data
from edition.akoma_ntoso import InvalidExport, validation
from edition.build.errors import BuildStopped, EditionError
from edition.build.settings import Settings
from edition.build.tooltips import Tooltips
from edition.record import Record, RecordError, load_once
from edition.record.loading import keep_until_changed

__all__ = ["BuildStopped", "Edition", "EditionError", "current"]


def current(data_dir: Path) -> Edition:
    """For the MkDocs hooks: the edition this build made (`Edition.make`),
    or BuildStopped."""
    try:
        return Edition.current(data_dir)
    except EditionError as error:
        raise BuildStopped(str(error)) from None



class Edition:
    """Everything the edition adds to the site, for one record and one site."""

    def __init__(self, data_dir: Path, settings: Settings, *, last_good: tuple | None = None):
        """The record, the changes log and the Spanish search words of
        `data_dir` (or `last_good`'s)."""
        self.data_dir = data_dir
        self.settings = settings
        # Why this edition shows the last good record, not data/'s (Edition.make).
        self.problem: str | None = None
        self._heads: dict[tuple, dict] = {}
        try:
            if last_good:
                self.record, self.log, self.spanish = last_good
            else:
                self.record, self.log = load_once(data_dir), changes.load_once(data_dir)
                published.check_entries_kept(self.record, data_dir, set(settings.redirected))
                self.spanish = search_terms.spanish_words(self.record, data_dir)
        except RecordError as error:
            raise EditionError(f"Bad record: {error}") from None

    @classmethod
    def make(cls, data_dir: Path, settings: Settings, *, keep_last_good: bool = False) -> Edition:
        """The edition with every output made now, so that a bad record stops
        the build before anything is written. The one place a build makes
        the edition: every hook reads this one (`Edition.current`).

        With `keep_last_good` (under `mkdocs serve`), a bad record gives the
        edition of the last good one instead, with the message in `problem`."""
        validation.prepare()  # the Akoma Ntoso schema, read while the pages are made
        try:
            edition = cls(data_dir, settings).complete()
        except EditionError as error:
            last = _LAST_GOOD.get(str(data_dir)) if keep_last_good else None
            if last is None:
                _CURRENT.pop(str(data_dir), None)
                raise
            edition = cls(data_dir, settings, last_good=last).complete()
            edition.problem = str(error)
            keep_until_changed(data_dir, last[0])  # for the parts that read the record themselves
        else:
            _LAST_GOOD[str(data_dir)] = (edition.record, edition.log, edition.spanish)
        _CURRENT[str(data_dir)] = edition
        return edition

    @staticmethod
    def current(data_dir: Path) -> Edition:
        """The edition `make` last made for `data_dir`, this build's."""
        try:
            return _CURRENT[str(data_dir)]
        except KeyError:
            raise EditionError(f"no edition made for {data_dir}: hooks/edition_build.py must come first in "
                               "mkdocs.yml's hooks") from None

    def complete(self) -> Edition:
        """Every output made (each is kept), or EditionError."""
        try:
            # A build for publishing (EDITION_PUBLISH=1) refuses a missing or placeholder address.
            publishing.check()
        except ValueError as error:
            raise EditionError(str(error)) from None
        self.pages, self.data_files, self.citation_files, self.feed
        return self

    # ---------------------------------------------------------- pages, nav

    @functools.cached_property
    def pages(self) -> dict[str, str]:
        """Every derived page: its path under docs/, and its Markdown."""
        try:
            return pages.derived_pages(self.record, self.settings.site_url, self.log, self.spanish)
        except (RecordError, ValueError) as error:  # a value no page can show as typed
            raise EditionError(f"Bad record: {error}") from None

    def nav(self) -> list:
        """The navigation (edition/views/' SHAPES, in order): each section
        its index page, then every entry page in the record's order and the
        section's own pages."""
        return pages.navigation(self.record, pages.Pages.titles(self.pages))

    def not_in_nav(self) -> list[str]:
        """Patterns (gitignore style) of the pages deliberately left out of the navigation."""
        return pages.unlisted_patterns(self.record)

    # ---------------------------------------------------------- data files

    @functools.cached_property
    def data_files(self) -> dict[str, str]:
        """Every file published under data/ (edition/export/files.py): path, content."""
        try:
            return export.data_files(self.record, self.settings.site_url, made=self.log.updated)
        except RecordError as error:
            raise EditionError(f"Bad record: {error}") from None
        except InvalidExport as error:
            raise EditionError(str(error)) from None

    # ----------------------------------------------------------------- PDF

    def pdf_wanted(self, serving: bool = False) -> bool:
        """Whether this build makes the PDF (edition/pdf.py's `wanted`);
        a build for publishing told to skip it stops here."""
        try:
            return pdf.wanted(serving)
        except pdf.PdfSkipped as error:
            raise EditionError(str(error)) from None

    @functools.cached_property
    def pdf(self) -> bytes:
        """The edition as one PDF, published at pdf.PATH."""
        try:
            return pdf.make(self.record, self.settings.site_url, self.settings.site_name, made=self.log.updated)
        except (RecordError, ValueError) as error:
            raise EditionError(f"Bad record: {error}") from None
        except Exception as error:  # Typst's own error: the template or a value it cannot set
            glyph = re.search(r'the text `"(.+?)"` could not be displayed with font `"(.+?)"`', str(error))
            place = pdf.field_holding(self.record, glyph.group(1)) if glyph else None
            if place:
                chars = ", ".join(f"U+{ord(c):04X}" for c in glyph.group(1))
                raise EditionError(f"Bad record: {place[0]}: entry '{place[1]}', field '{place[2]}': the PDF's font "
                                   f"({glyph.group(2)}) has no letter for '{glyph.group(1)}' ({chars}): the PDF could not "
                                   "show it as typed; use words instead (an emoji, or a script the font lacks)") from None
            raise EditionError(f"The PDF ({pdf.PATH}) could not be made: {error}") from None

    @functools.cached_property
    def citation_files(self) -> dict[str, str]:
        """The citation downloads under cite/ (BibTeX, RIS, CSL-JSON)."""
        try:
            return cite_formats.citation_files(self.record, self.settings.site_url)
        except (RecordError, ValueError) as error:  # an address BibTeX cannot hold as typed
            raise EditionError(f"Bad record: {error}") from None

    @functools.cached_property
    def feed(self) -> tuple[str, str]:
        """The changes log as an Atom feed: its path, its content."""
        try:
            return changes.FEED, changes.atom(self.log, self.settings.site_url, self.settings.site_name)
        except ValueError as error:
            raise EditionError(f"Bad record: {error}") from None

    # ------------------------------------------------------------ tooltips

    @functools.cached_property
    def tooltips(self) -> Tooltips:
        return Tooltips(self.record.glossary)

    def whole_terms(self, page_html: str) -> str:
        """A page's HTML with each glossary term wrapped whole (`Gen.`, not `Gen`)."""
        return self.tooltips.whole_terms(page_html)

    def with_tooltips(self, markdown: str, meta: dict | None = None) -> str:
        """The page's Markdown with the glossary tooltips of the terms it
        holds, unless its front matter (`meta`) says `glossary_tooltips: false`."""
        return self.tooltips.with_tooltips(markdown, meta)

    # ---------------------------------------------------------------- head

    def head(self, src: str, meta: dict, *, heading: str | None = None) -> dict:
        """A page's head metadata: `title`, `description` and `structured_data`
        (its schema.org JSON-LD, ready to put between script tags). `src` is
        its path under docs/, `meta` its front matter, `heading` the title
        the renderer found in its text, if any."""
        key = (src, repr(meta.get("title")), repr(meta.get("description")), heading)
        if key not in self._heads:
            self._heads[key] = self._head(src, meta, heading)
        return self._heads[key]

    def _head(self, src: str, meta: dict, heading: str | None) -> dict:
        s = self.settings
        home = src == addresses.HOME
        # The home page stands for the whole site: its name is the site's.
        title = s.site_name if home else meta.get("title") or heading or s.site_name
        description = meta.get("description") or s.site_description
        block = structured_data.for_page(self.record, s.site_url, src, title=title, description=description)
        tags = head_meta.for_page(self.record, self.log, s.site_url, src, title=title, description=description,
                                  site_name=s.site_name)
        return {"title": title, "description": description, "structured_data": structured_data.script_json(block),
                "head_meta": tags}


# Data folder -> the last record and log that made a whole edition (kept for
# `mkdocs serve`), and the edition `Edition.make` made last, this build's.
_LAST_GOOD: dict[str, tuple[Record, changes.Log, search_terms.SpanishWords]] = {}
_CURRENT: dict[str, Edition] = {}
