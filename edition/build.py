"""The edition's whole output, whatever renders it.

`Edition` makes, from the record in data/ and the site's settings in
mkdocs.yml, everything the edition adds to the hand-written pages:

- the derived pages (Markdown, edition/pages.py), and the navigation that
  lists them;
- the data files published under data/ (edition/export.py, Akoma Ntoso);
- each page's glossary tooltips (Markdown abbreviations appended to it);
- the citation downloads under cite/ and the changes log's Atom feed;
- each page's head metadata: its title, description, schema.org JSON-LD and
  reference-manager tags;
- the edition as one PDF (edition/pdf.py), a step a build while editing
  may skip (EDITION_PDF=0) and a build for publishing may not.

The MkDocs hooks (hooks/edition_build.py) hand these to MkDocs as it builds;
`python -m edition build DIR` (`write`) puts them in a folder that any
renderer reading mkdocs.yml and Python-Markdown can build, Zensical
among them. Both call the same methods, so both get the same edition.

A bad record stops either with a message naming file, entry and field
(`EditionError`), never a traceback.
"""
from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition import changes, cite_formats, export, head_meta, pages, pdf, publishing, search_terms, structured_data
from edition.akoma_ntoso import InvalidExport, akoma_ntoso, validate
from edition.record import Record, RecordError, load_once
from edition.record.loading import keep_until_changed


class EditionError(Exception):
    """What stops the build: a record, or an export, that cannot be written as typed."""


class BuildStopped(SystemExit, Exception):
    """What a MkDocs hook raises to stop the build with the message alone.
    A SystemExit: `mkdocs build` prints the message (no traceback) and exits
    1. An Exception too: `mkdocs serve`'s rebuild loop prints it and keeps
    serving (a bare SystemExit would end its rebuild thread without a word)."""


def current(data_dir: Path) -> Edition:
    """For the MkDocs hooks: the edition this build made (`Edition.make`),
    or BuildStopped."""
    try:
        return Edition.current(data_dir)
    except EditionError as error:
        raise BuildStopped(str(error)) from None


@dataclass(frozen=True)
class Settings:
    """What the edition reads of mkdocs.yml."""
    site_url: str  # the permanent address, or '' (edition/publishing.py)
    site_name: str
    site_description: str
    nav: list


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data: an `!ENV NAME` or `!ENV [NAME, …, default]` tag
    reads as MkDocs reads it: the first variable set, else the default."""


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *names, default = loader.construct_sequence(node)
    return next((os.environ[n] for n in names if n in os.environ), default)


_Loader.add_constructor("!ENV", _env)


def read_config(config_file: Path) -> dict:
    return yaml.load(config_file.read_text("utf-8"), Loader=_Loader)


def settings_of(config: dict) -> Settings:
    """The edition's address is EDITION_URL's, or none (edition/publishing.py),
    whatever mkdocs.yml's `site_url` reads; a build for publishing refuses none."""
    try:
        publishing.check()
    except ValueError as error:
        raise EditionError(str(error)) from None
    return Settings(site_url=publishing.address(), site_name=config.get("site_name") or "",
                    site_description=config.get("site_description") or "", nav=list(config.get("nav") or []))


# A tooltip is context, shown over the communiqué's own words: it says so,
# and where its sources are.
TOOLTIP_MARK = "Glossary (context; see the Glossary page): "


def tooltip(definition: str) -> str:
    """A glossary definition in one line, without its source address, marked as context."""
    text = " ".join(str(definition).split())
    return TOOLTIP_MARK + re.sub(r"\s*Source: \S+$", "", text)


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
        """mkdocs.yml's navigation, each section's index expanded into the
        section (`- Commitments: commitments/index.md` lists its index, then
        every entry page, in the record's order)."""
        sections = pages.nav_sections(self.record)

        def expand(entry):
            if isinstance(entry, dict) and len(entry) == 1:
                (title, target), = entry.items()
                if isinstance(target, str) and target in sections:
                    return {title: [target, *sections[target]]}
            return entry
        return [expand(entry) for entry in self.settings.nav]

    def not_in_nav(self) -> list[str]:
        """Patterns (gitignore style) of the pages deliberately left out of the navigation."""
        return pages.unlisted_patterns(self.record)

    # ---------------------------------------------------------- data files

    @functools.cached_property
    def data_files(self) -> dict[str, str]:
        """Every file published under data/ (export.FILES): path, content."""
        record, site_url = self.record, self.settings.site_url
        try:
            data = export.record_data(record, site_url)
            files = {
                "data/communique.json": export.record_json(data),
                "data/communique.schema.json": export.schema_json(),
                "data/participants.csv": export.people_csv(record, data),
                "data/people.csv": export.people_csv(record, data),
                "data/agenda-items.csv": export.agenda_items_csv(data),
                "data/meetings.csv": export.meetings_csv(data),
                "data/attendance.csv": export.attendance_csv(data),
                "data/meeting-statements.csv": export.meeting_statements_csv(data),
                "data/communique.akn.xml": akoma_ntoso(record, site_url, made=self.log.updated),
                "data/register.json": export.register_json(record, site_url),
                "data/register.csv": export.register_csv(record),
                "data/mexican-release.csv": export.mexican_release_csv(record, data),
            }
            files = {path: export.spreadsheet(text) if path.endswith(".csv") else text
                     for path, text in files.items()}
            validate(files["data/communique.akn.xml"])
        except RecordError as error:
            raise EditionError(f"Bad record: {error}") from None
        except InvalidExport as error:
            raise EditionError(str(error)) from None
        if list(files) != list(export.FILES):
            raise EditionError(f"edition/build.py writes {list(files)}, export.FILES lists {list(export.FILES)}")
        return files

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
    def _glossary(self) -> tuple[dict[str, str], re.Pattern | None]:
        # "Gen." and "Alm." are matched without their full stop: the Markdown
        # abbreviation pattern needs a word boundary after the term.
        definitions = {term.rstrip("."): tooltip(text) for term, text in self.record.glossary.items()}
        terms = sorted(definitions, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b") if terms else None
        return definitions, pattern

    @functools.cached_property
    def _stopped_terms(self) -> re.Pattern | None:
        """The abbreviations of the terms that end in a full stop (Gen., U.S.),
        as Markdown prints them: the stop just after the element."""
        terms = [term[:-1] for term in self.record.glossary if term.endswith(".")]
        if not terms:
            return None
        alternatives = "|".join(re.escape(html.escape(t, quote=False)) for t in sorted(terms, key=len, reverse=True))
        return re.compile(r'(<abbr title="[^"<>]*">(?:' + alternatives + r'))</abbr>\.')

    def whole_terms(self, page_html: str) -> str:
        """A page's HTML with each glossary term wrapped whole: Markdown's
        abbreviations end at a word's end, so `Gen.` is marked as `Gen` and
        its stop left after it; the stop is moved inside."""
        pattern = self._stopped_terms
        return pattern.sub(r"\1.</abbr>", page_html) if pattern else page_html

    def with_tooltips(self, markdown: str) -> str:
        """The page's Markdown with, as abbreviations (`*[DACA]: …`), the
        glossary entries whose terms it holds (all of them would cost every
        page the whole glossary)."""
        definitions, pattern = self._glossary
        if pattern is None:
            return markdown
        found = dict.fromkeys(pattern.findall(markdown))
        return markdown + "\n\n" + "\n".join(f"*[{term}]: {definitions[term]}" for term in found) + "\n"

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
        home = src == "index.md"
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


# ----------------------------------------------------------------- folder

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def front_matter(markdown: str) -> dict:
    match = _FRONT_MATTER.match(markdown)
    meta = yaml.safe_load(match.group(1)) if match else None
    return meta if isinstance(meta, dict) else {}


def first_heading(markdown: str) -> str | None:
    """The text of the page's first level-1 heading, less its attributes."""
    match = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?\s*$", _FRONT_MATTER.sub("", markdown), re.M)
    return match.group(1) if match else None


def _check_target(source: Path, docs: Path, folder: Path) -> None:
    """write() replaces `folder`/docs: never the project's own pages (nor a
    folder inside them, or holding them), nor a docs/ it did not write."""
    mine, theirs = docs.resolve(), source.resolve()
    if mine == theirs or theirs in mine.parents or mine in theirs.parents:
        raise EditionError(f"{folder}: its docs/ would be the project's own {theirs} (or inside it, or hold it), "
                           "which the edition would replace: give a folder outside the project's docs/")
    if (docs.exists() or docs.is_symlink()) and not (folder / "nav.json").is_file():
        raise EditionError(f"{folder}: holds a docs/ that `python -m edition build` did not write (no nav.json "
                           "beside it), which the edition would replace: give a new or empty folder")


def write(project: Path, folder: Path) -> Path:
    """The edition as files in `folder`, for any renderer: `docs/` (the
    hand-written pages and assets, the derived pages and the data files,
    each page with its tooltips), `nav.json` (the navigation and the pages
    left out of it) and `head.json` (each page's head metadata, by its path
    under docs/). Returns `folder`."""
    config = read_config(project / "mkdocs.yml")
    source, docs = project / config.get("docs_dir", "docs"), folder / "docs"
    _check_target(source, docs, folder)
    edition = Edition.make(project / "data", settings_of(config))
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(source, docs)
    generated = {**edition.pages, **edition.data_files, **edition.citation_files, edition.feed[0]: edition.feed[1]}
    for path, content in generated.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(content, "utf-8")
    if edition.pdf_wanted():
        (docs / pdf.PATH).write_bytes(edition.pdf)
    head = {}
    for file in sorted(docs.rglob("*.md")):
        src = file.relative_to(docs).as_posix()
        markdown = file.read_text("utf-8")
        file.write_text(edition.with_tooltips(markdown), "utf-8")
        head[src] = edition.head(src, front_matter(markdown), heading=first_heading(markdown))
    (folder / "head.json").write_text(json.dumps(head, ensure_ascii=False, indent=1), "utf-8")
    nav = {"nav": edition.nav(), "not_in_nav": edition.not_in_nav()}
    (folder / "nav.json").write_text(json.dumps(nav, ensure_ascii=False, indent=1), "utf-8")
    return folder
