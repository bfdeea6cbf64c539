"""The view of the register page: each statement's subject and basis, as links."""
from __future__ import annotations

from functools import partial

from markupsafe import Markup

from edition import addresses, register
from edition.addresses import page_of, relative
from edition.escaping import markdown_text
from edition.page_helpers import Helpers
from edition.record import Person
from edition.record.kinds import label


def view(h: Helpers, src: str, **_) -> dict:
    r = h.record
    titles = {page_of(e): label(e) for e in r.entries_with_pages()}
    anchors = {addresses.glossary_id(t): t for t in r.glossary} | {
        o.id: o.acronym or o.name for o in r.organisations.values()} | {
        p.eid: f"paragraph {p.number}" for p in r.communique.paragraphs}
    people = {page_of(p): p for p in r.people.values()}
    return dict(says_subject=partial(_subject, h, src, titles, anchors, people),
                says_basis=partial(_basis, h, src))


def _subject(h: Helpers, src: str, titles: dict, anchors: dict, people: dict, subject: str) -> Markup:
    if subject == "communique":
        return Markup(f"[The communiqué]({relative(src, addresses.TEXT)})")
    page, _, anchor = subject.partition("#")
    label = titles.get(page) or page.removesuffix(".md").removesuffix("/index")
    if anchor:
        label = f"{label}: {anchors.get(anchor, anchor)}"
    person = people.get(page)
    shown = h.name(person) if person is not None and not anchor else h.spanish(label)
    return Markup(f"[{shown}]({relative(src, page, anchor)})")


def _basis(h: Helpers, src: str, s) -> Markup:
    if s.basis == "text":
        if s.ref == "title":
            return Markup(f"text: [the title]({relative(src, addresses.TEXT, 'title')})")
        label = register._where(s.ref) if "__sent_" in s.ref else f"paragraph {s.ref.removeprefix('para_')}"
        return Markup(f"text: [{markdown_text(label)}]({relative(src, addresses.TEXT, s.ref)})")
    if s.basis == "source":
        if s.ref.startswith("https://"):
            return Markup("source: ") + h.source_link(src, s.ref, register.register_of(h.record).source_title(s.ref))
        page, _, anchor = s.ref.partition("#")
        return Markup(f"source: [context, on its page]({relative(src, page.rstrip('/') + '.md', anchor)})")
    return Markup(f"convention: [{markdown_text(s.ref.partition('#')[2])}]({relative(src, addresses.REGISTER, 'conventions')})")
