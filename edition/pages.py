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
from edition.record import Record
from edition.record.kinds import KINDS, with_pages

TEMPLATES = Path(__file__).with_name("templates")

# Every basis a tie can have has the edition's words for it (edition/vocabulary.py).
if not (tuple(vocabulary.TIE_LEGEND) == tuple(vocabulary.TIE_HEADINGS) == TIE_BASES):
    raise RuntimeError("edition/vocabulary.py: TIE_LEGEND and TIE_HEADINGS must name edition/index.py's TIE_BASES, in order")


class Pages:
    """Renders every derived page of one record for one site address."""

    def __init__(self, record: Record, site_url: str, log: changes.Log | None = None,
                 spanish: search_terms.SpanishWords | None = None):
        self.record, self.log = record, log
        self.index: Index = index_of(record)
        self.helpers = Helpers(record, self.index, site_url, log, spanish or search_terms.SpanishWords())
        self.env = environment(self.helpers, TEMPLATES)

    # -------------------------------------------------------------- pages

    def render(self, template: str, src: str, **view) -> str:
        """Front matter (title, description, search tags and boost, which the
        template sets) and the page's Markdown."""
        module = self.env.get_template(template).make_module({"src": src, **views.of(template, self.helpers, src, view)})
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

    def all(self) -> dict[str, str]:
        """Every derived page: its path under docs/, and its Markdown."""
        r, A = self.record, addresses
        # The page that lists a kind of entry, from its row (edition/record/kinds.py), given its
        # entries (`entries`: what its template prints, where no view says more).
        listing = {k.name: (k.index, k.index_template, {"entries": list(r.entries_of(k).values())}) for k in KINDS}
        # The order of the pages is the order of the search index: the sections' pages as the navigation has them.
        shapes = [(A.TEXT, "text.md.j2", {}), listing.pop("Commitment"), listing.pop("Person"),
                  listing.pop("Organisation"), (A.TIES, "ties.md.j2", {}), listing.pop("Meeting"),
                  (A.GLOSSARY, "glossary.md.j2", {}), (A.DATA, "data.md.j2", {}), (A.REGISTER, "register.md.j2", {}),
                  *listing.values()]  # then any other kind's
        pages = {src: self.render(template, src, **given) for src, template, given in shapes}
        if self.log is not None:
            pages[changes.PAGE] = self.render("changes.md.j2", changes.PAGE, log=self.log)
        for kind in with_pages():  # each entry's own page
            pages.update({page_of(e): self.render(kind.template, page_of(e), **{kind.variable: e})
                          for e in r.entries_of(kind).values()})
        pages[A.HOME] = self.render("home.md.j2", A.HOME)
        # Last: it lists the pages that cite each source, as the others recorded them.
        pages[A.SOURCES] = self.render("sources.md.j2", A.SOURCES, page_titles=self._titles(pages))
        if self.log is not None:
            changes.check_pages(self.log, [*pages, *changes.hand_written_pages()], r.facts.publication.date)
        return pages

    @staticmethod
    def _titles(pages: dict[str, str]) -> dict[str, str]:
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
    A = addresses
    sections = {kind.index: [page_of(e) for e in record.entries_of(kind).values()] for kind in with_pages()}
    listed = {index: entries if len(entries) <= NAV_LIMIT else [] for index, entries in sections.items()}
    listed[A.PARTICIPANTS] += [A.ORGANISATIONS, A.TIES]
    return listed


def unlisted_patterns(record: Record) -> list[str]:
    """For MkDocs' `not_in_nav`: the entries of the sections too long to list.
    A pattern a section, not one a page, so that checking stays linear."""
    A = addresses
    patterns = []
    for index, entries in nav_sections(record).items():
        folder = posixpath.dirname(index)
        if not any(posixpath.dirname(e) == folder and e not in (A.ORGANISATIONS, A.TIES) for e in entries):
            kept = [index] + [e for e in entries if posixpath.dirname(e) == folder]
            patterns += [f"/{folder}/*.md", *(f"!/{e}" for e in kept)]
    return patterns
