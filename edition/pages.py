"""The Markdown of every page derived from the record.

Each page shape is a Jinja2 template in edition/templates/ that holds its
wording. A template is given its own view (edition/views/: the values it
prints, computed from the record) and the helpers every page shares
(edition/page_helpers.py: links, names, source notes, citations); never the
record itself. Every value a template prints is escaped for HTML and
Markdown alike (edition/escaping.py), so a field of the record can never
become markup; helpers that build markup return `Markup`.

Links are ordinary Markdown links between .md paths, so that
`mkdocs build --strict` checks every one of them.
"""
from __future__ import annotations

import json
import posixpath
from pathlib import Path

from edition import addresses, changes, search_terms, views, vocabulary
from edition.addresses import page_of
from edition.escaping import markdown_text  # noqa: F401  (callers print with it)
from edition.index import TIE_BASES, Index, index_of
from edition.page_helpers import Helpers, date_text, environment, org_name  # noqa: F401
from edition.record import Record, RecordError
from edition.record.kinds import kind_of, with_pages

TEMPLATES = Path(__file__).with_name("templates")

# Every basis a tie can have has the edition's words for it (edition/vocabulary.py).
if not (tuple(vocabulary.TIE_LEGEND) == tuple(vocabulary.TIE_HEADINGS) == TIE_BASES):
    raise RuntimeError("edition/vocabulary.py: TIE_LEGEND and TIE_HEADINGS must name edition/index.py's TIE_BASES, in order")


class Pages:
    """Renders every derived page of one record for one site address."""

    def __init__(self, record: Record, site_url: str, log: changes.Log | None = None,
                 spanish: search_terms.SpanishWords | None = None):
        self.record, self.log = record, log
        for e in record.entries_with_pages():  # an entry whose page would be one of its section's own (SHAPES)
            if page_of(e) in views.PATHS:
                raise RecordError(kind_of(e).path, e.id, "id", f"'{e.id}' is the address of a page or an anchor of a "
                                                               "page that shows it: choose another")
        self.index: Index = index_of(record)
        self.helpers = Helpers(record, self.index, site_url, log, spanish or search_terms.SpanishWords())
        self.env = environment(self.helpers, TEMPLATES)

    # -------------------------------------------------------------- pages

    def render(self, template: str, src: str, view: dict) -> str:
        """Front matter (title, description, search tags and boost, which the
        template sets) and the page's Markdown, from its view."""
        module = self.env.get_template(template).make_module({"src": src, **view})
        body = str(module)
        meta = {"title": module.title, "description": " ".join(module.description.split())}
        tags = getattr(module, "tags", None)
        if tags:
            meta["tags"] = list(dict.fromkeys(tags))
        if getattr(module, "glossary_tooltips", True) is False:
            meta["glossary_tooltips"] = False
        boost = getattr(module, "boost", None)
        if boost:
            meta["search"] = {"boost": boost}
        # JSON is YAML too, and far quicker to write than with a YAML emitter.
        return "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n" + body

    def _shape(self, shape: views.Shape, **given) -> str | None:
        """A page of SHAPES, or None where its view says there is none."""
        view = shape.view(self.helpers, shape.path, **given) if shape.view else {}
        return None if view is None else self.render(shape.template, shape.path, {**given, **view})

    def all(self) -> dict[str, str]:
        """Every derived page: its path under docs/, and its Markdown, in
        the order of the search index: the pages of SHAPES
        (edition/views/), each entry's own page, then the pages of SHAPES
        made after them."""
        derived = [s for s in views.SHAPES if s.template]
        pages = {s.path: md for s in derived if not s.after_entries and (md := self._shape(s)) is not None}
        for kind in with_pages():  # each entry's own page
            view = views.ENTRY_VIEWS.get(kind.template)
            for e in self.record.entries_of(kind).values():
                src = page_of(e)
                given = {kind.variable: e, "page_tags": search_terms.tags_of(self.record, e)}
                pages[src] = self.render(kind.template, src, {**given, **(view(self.helpers, src, **given) if view else {})})
        for s in derived:
            if s.after_entries and (md := self._shape(s, page_titles=self.titles(pages))) is not None:
                pages[s.path] = md
        if self.log is not None:
            changes.check_pages(self.log, [*pages, *changes.hand_written_pages()], self.record.facts.publication.date)
        return pages

    @staticmethod
    def titles(pages: dict[str, str]) -> dict[str, str]:
        """Each derived page's title, from its front matter."""
        return {path: json.loads(md.split("\n", 2)[1])["title"] for path, md in pages.items()}


def derived_pages(record: Record, site_url: str, log: changes.Log | None = None,
                  spanish: search_terms.SpanishWords | None = None) -> dict[str, str]:
    return Pages(record, site_url, log, spanish).all()


# ------------------------------------------------------------- navigation

NAV_LIMIT = 60


def nav_sections(record: Record) -> dict[str, list[str]]:
    """The pages listed under each section's index page in the navigation.
    Every page carries the whole navigation, so a section of more than
    NAV_LIMIT entries lists its index page only: its table links them all."""
    sections = {kind.index: [page_of(e) for e in record.entries_of(kind).values()] for kind in with_pages()}
    listed = {index: entries if len(entries) <= NAV_LIMIT else [] for index, entries in sections.items()}
    for shape in views.SHAPES:  # a page in a section's folder: the section's own, after its entries
        index = _section_of(shape.path)
        if index is not None and index != shape.path:
            listed[index].append(shape.path)
    return listed


def _section_of(page: str) -> str | None:
    """The index page of the section a page is in: the page that lists the kind of entry whose folder holds it."""
    return next((k.index for k in with_pages() if posixpath.dirname(page) == k.folder), None)


def navigation(record: Record, titles: dict[str, str]) -> list:
    """The navigation: each page of SHAPES (edition/views/) in its order, a
    section (titled as its index page, `titles`: each derived page's title)
    its index, then its entries and its own pages; a page in a section's
    folder, there only."""
    sections = nav_sections(record)
    return [{titles[s.path]: [s.path, *sections[s.path]]} if s.path in sections else s.path
            for s in views.SHAPES if _section_of(s.path) in (None, s.path)]


def unlisted_patterns(record: Record) -> list[str]:
    """For MkDocs' `not_in_nav`: the entries of the sections too long to list.
    A pattern a section, not one a page, so that checking stays linear."""
    patterns = []
    for index, entries in nav_sections(record).items():
        folder = posixpath.dirname(index)
        if not any(posixpath.dirname(e) == folder and e not in views.PATHS for e in entries):
            kept = [index] + [e for e in entries if posixpath.dirname(e) == folder]
            patterns += [f"/{folder}/*.md", *(f"!/{e}" for e in kept)]
    return patterns
