"""The edition's whole output, whatever renders it.

`Edition` makes, from the record in data/ and the site's settings in
mkdocs.yml, everything the edition adds to the hand-written pages:

- the derived pages (Markdown, edition/pages.py), and the navigation that
  lists them;
- the data files published under data/ (edition/export.py, Akoma Ntoso);
- each page's glossary tooltips (Markdown abbreviations appended to it);
- each page's head metadata: its title, description and schema.org JSON-LD.

The MkDocs hooks (hooks/edition_build.py) hand these to MkDocs as it builds;
`python -m edition build DIR` (`write`) puts them in a folder that any
renderer reading mkdocs.yml and Python-Markdown can build, Zensical
among them. Both call the same methods, so both get the same edition.

A bad record stops either with a message naming file, entry and field
(`EditionError`), never a traceback.
"""
from __future__ import annotations

import functools
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition import changes, export, pages, structured_data
from edition.akoma_ntoso import InvalidExport, akoma_ntoso, validate
from edition.record import Record, RecordError, load_once


class EditionError(Exception):
    """What stops the build: a record, or an export, that cannot be written as typed."""


@dataclass(frozen=True)
class Settings:
    """What the edition reads of mkdocs.yml."""
    site_url: str
    site_name: str
    site_description: str
    nav: list


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data: an `!ENV [NAME, default]` tag reads as its default."""


_Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1]
                        if isinstance(node, yaml.SequenceNode) else None)


def read_config(config_file: Path) -> dict:
    return yaml.load(config_file.read_text("utf-8"), Loader=_Loader)


def settings_of(config: dict) -> Settings:
    return Settings(site_url=config.get("site_url") or "/", site_name=config.get("site_name") or "",
                    site_description=config.get("site_description") or "", nav=list(config.get("nav") or []))


def tooltip(definition: str) -> str:
    """A glossary definition in one line, without its source address."""
    text = " ".join(str(definition).split())
    return re.sub(r"\s*Source: \S+$", "", text)


class Edition:
    """Everything the edition adds to the site, for one record and one site."""

    def __init__(self, data_dir: Path, settings: Settings, keep_last_good: bool = False):
        """`keep_last_good`: under `mkdocs serve`, a bad save keeps the last
        good record (edition.record.loading.load_once)."""
        self.data_dir = data_dir
        self.settings = settings
        try:
            self.record: Record = load_once(data_dir, keep_last_good=keep_last_good)
        except RecordError as error:
            raise EditionError(f"Bad record: {error}") from None

    # ---------------------------------------------------------- pages, nav

    @functools.cached_property
    def pages(self) -> dict[str, str]:
        """Every derived page: its path under docs/, and its Markdown."""
        try:
            return pages.derived_pages(self.record, self.settings.site_url, changes.load_once(self.data_dir))
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
                "data/communique.akn.xml": akoma_ntoso(record, site_url),
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

    # ------------------------------------------------------------ tooltips

    @functools.cached_property
    def _glossary(self) -> tuple[dict[str, str], re.Pattern | None]:
        # "Gen." and "Alm." are matched without their full stop: the Markdown
        # abbreviation pattern needs a word boundary after the term.
        definitions = {term.rstrip("."): tooltip(text) for term, text in self.record.glossary.items()}
        terms = sorted(definitions, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b") if terms else None
        return definitions, pattern

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
        s = self.settings
        home = src == "index.md"
        # The home page stands for the whole site: its name is the site's.
        title = s.site_name if home else meta.get("title") or heading or s.site_name
        description = meta.get("description") or s.site_description
        block = structured_data.for_page(self.record, s.site_url, src, title=title, description=description)
        return {"title": title, "description": description, "structured_data": structured_data.script_json(block)}


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


def write(project: Path, folder: Path) -> Path:
    """The edition as files in `folder`, for any renderer: `docs/` (the
    hand-written pages and assets, the derived pages and the data files,
    each page with its tooltips), `nav.json` (the navigation and the pages
    left out of it) and `head.json` (each page's head metadata, by its path
    under docs/). Returns `folder`."""
    config = read_config(project / "mkdocs.yml")
    edition = Edition(project / "data", settings_of(config))
    docs = folder / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(project / config.get("docs_dir", "docs"), docs)
    generated = {**edition.pages, **edition.data_files}
    for path, content in generated.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(content, "utf-8")
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
