"""What every template may call: links to pages, entries and sentences,
names, source notes, citations, the page's last change. Each helper takes
the page being written (`src`) as its first argument; `environment` hands
them to the templates with `src` taken from the template's context. None
of them hands a template the record itself: each page's own values come
from its view (edition/views/)."""
from __future__ import annotations

import posixpath
import re

import jinja2
from markupsafe import Markup, escape

from edition import addresses, changes, cite_formats, escaping, pdf, publishing, register, search_terms, sources, vocabulary
from edition.addresses import Site, page_of, place_of, relative
from edition.cite import cite
from edition.register.statements import date_text  # the register's words for a date, on every page
from edition.index import TIE_BASES, Index
from edition.record import Meeting, Person, Record
from edition.text import forms_pattern

markdown_text = escaping.markdown_text


def org_name(o) -> str:
    return f"{o.name} ({o.acronym})" if o.acronym else o.name


def quote_location(record: Record, number: int, quote: str):
    """The paragraph and the index of the sentence a quote starts in."""
    para = record.communique.paragraph(number)
    start = para.text.index(" ".join(quote.split()))
    offset = 0
    for i, sentence in enumerate(para.sentences):
        offset = para.text.index(sentence, offset)
        if offset <= start < offset + len(sentence):
            return para, i
    raise ValueError(quote)


class Helpers:
    """The helpers of one record's pages, for one site address; `uses`
    records, as pages are written, which pages cite each source."""

    def __init__(self, record: Record, index: Index, site_url: str, log: changes.Log | None,
                 spanish_words: search_terms.SpanishWords):
        self.record, self.index, self.log = record, index, log
        self.spanish_words = spanish_words  # the edition's Spanish search words (data/search_es.yaml)
        self.site = Site(site_url)
        # While the permanent address is not set, no page gives a permanent link (edition/publishing.py).
        self.permanent = publishing.is_set(site_url)
        # The Spanish names, escaped as they are in the page's Markdown.
        forms = [markdown_text(f) for f in index.spanish_forms]
        self._spanish = forms_pattern(forms) if forms else None
        self._full_text = " ".join(p.text for p in record.communique.paragraphs)
        self.sources = {s.url: s for s in sources.sources(record)}
        self.uses: dict[str, dict[str, None]] = {}  # source address -> the pages citing it, in order

    def link(self, src: str, dest: str, anchor: str = "") -> Markup:
        """A relative link to a page (and anchor); paths come from ids,
        which the record allows only as lower-case words joined by '-'."""
        return Markup(relative(src, dest, anchor))

    def name(self, p: Person, form: str | None = None, rank: str | None = None) -> Markup:
        """A person's name (or a form of it), marked Spanish where it is;
        a rank a source prints before it stands outside that mark (its
        language is the page's)."""
        text = markdown_text(form or p.name)
        text = Markup(f'<span lang="es">{text}</span>') if p.lang == "es" else text
        return Markup(f"{markdown_text(rank)} {text}") if rank else text

    def person_link(self, src: str, p: Person, form: str | None = None, rank: str | None = None) -> Markup:
        return Markup(f"[{self.name(p, form, rank)}]({relative(src, page_of(p))})")

    def entry_link(self, src: str, entry, anchor: str = "", running: bool = False) -> Markup:
        """[Title](link) for a commitment or meeting, [Name](link) for an
        organisation; `running`: the title as it reads inside a sentence."""
        page, own_anchor = place_of(entry)
        label = getattr(entry, "title", None) or entry.name
        label = vocabulary.in_sentence(label) if running else label
        return Markup(f"[{markdown_text(label)}]({relative(src, page, anchor or own_anchor)})")

    def spanish(self, text: str) -> Markup:
        """Text escaped, with the Spanish names in it marked lang="es"."""
        escaped = markdown_text(" ".join(str(text).split()))
        if not self._spanish:
            return escaped
        return Markup(self._spanish.sub(lambda m: f'<span lang="es">{m.group()}</span>', escaped))

    def quoted(self, text: str) -> Markup:
        """Text escaped as `es` does, each “quoted” run that is the
        communiqué's words (an ellipsis at its end aside) set in their style."""
        escaped = self.spanish(text)

        def mark(m: re.Match) -> str:
            inner = m.group(1)
            plain = re.sub(r"\s*…$", "", inner)
            words = re.sub(r"<[^>]+>", "", plain)
            words = re.sub(r"&#(\d+);", lambda r: chr(int(r.group(1))), words)
            if words and words in self._full_text:
                return f'<q class="text-quote">{inner}</q>'
            return m.group()
        return Markup(re.sub(r"“([^“”]+)”", mark, escaped))

    def where(self, src: str, number: int, quote: str) -> Markup:
        """A link to the sentence a quote starts in: "paragraph 2, sentence 3"."""
        para, i = quote_location(self.record, number, quote)
        return Markup(f"[paragraph {para.number}, sentence {i + 1}]"
                      f"({relative(src, addresses.TEXT, para.sentence_eid(i))})")

    def loc(self, src: str, number: int, quote: str) -> Markup:
        """The short place of a quote in the text, ¶2.4 (paragraph 2,
        sentence 4, as the ids count), linked to that sentence."""
        para, i = quote_location(self.record, number, quote)
        return self.sentence_loc(src, para.sentence_eid(i))

    @staticmethod
    def sentence_loc(src: str, eid: str) -> Markup:
        """[¶2.4](link to para_2__sent_4 "paragraph 2, sentence 4")."""
        para, sent = register._where(eid).removeprefix("¶").split(".")
        return Markup(f"[¶{para}.{sent}]({relative(src, addresses.TEXT, eid)}"
                      f' "paragraph {para}, sentence {sent}"){{ .loc }}')

    def attended_loc(self, src: str, p: Person, m: Meeting) -> Markup:
        """The sentence that puts a person at a meeting the communiqué speaks
        of: at the meeting it reports, the list that names them in their
        delegation (¶6.1, ¶7.1) unless they led or received it (¶1.1); else
        the meeting's own words."""
        eid = None
        if m.reported and not {"led", "received"} & set(p.part):
            eid = register.delegation_sentence(self.record, p)
        return self.loc(src, m.paragraph, m.says) if eid is None else self.sentence_loc(src, eid)

    def used(self, src: str, url: str) -> None:
        self.uses.setdefault(url, {})[src] = None

    def source_note(self, src: str, url: str, label: str = "") -> Markup:
        """A short note citing a source: its site ('wirenn.com'), or `label`,
        linked to its entry on the sources page, which says what it is."""
        source = self.sources.get(url)
        if source is None:
            raise ValueError(f"not a source in data/context.yaml: {url!r}")
        self.used(src, url)
        text = markdown_text(label) if label else markdown_text(source.host)
        return Markup(f'[{text}]({relative(src, addresses.SOURCES, source.anchor)} "{markdown_text(source.title)}")'
                      "{ .source-note }")

    def statement_note(self, src: str, kind: str, url: str) -> Markup:
        """What a source reports a statement as, and the source, as a short
        note: "readout (repost), wirenn.com"."""
        source = self.sources.get(url)
        kind_of = source.kind if source is not None else ""
        label = "agency dispatch" if "dispatch" in kind_of else vocabulary.STATEMENT_LABELS[kind]
        if "English version" in kind_of:
            label += " (an aggregator's English version)"
        elif source is not None and source.reposted:
            label += " (repost)"
        return Markup(f"{label}, ") + self.source_note(src, url)

    def source_link(self, src: str, url: str, title: str | None = None) -> Markup:
        """[Title of the source](address), the title from data/context.yaml."""
        if not re.fullmatch(r"https://[^\s<>\"'`()\[\]]+", str(url)):
            raise ValueError(f"not a usable source address: {url!r}")
        self.used(src, url)
        return Markup(f"[{self.spanish(title or self.record.sources.get(url, url))}]({url})")

    def pdf_href(self, src: str) -> Markup:
        """The edition's PDF (edition/pdf.py), as an address relative to
        page `src`: for an HTML link, since a build while editing may
        skip the PDF, and a Markdown link to it would then fail --strict."""
        return Markup(escape(posixpath.relpath(pdf.PATH, addresses.address(src) or ".")))

    def citation(self, page: str, anchor: str, label: str, ident: str, where: str = "", quote: str = "",
                 open_: bool = False, downloads: str = "", src: str = "") -> Markup:
        """The citations of one part, each with a button that copies it;
        `downloads` names its BibTeX, RIS and CSL-JSON files
        (edition/cite_formats.py), linked from the page `src`."""
        c = cite(self.record, self.site.absolute(page, anchor) if self.permanent else "", where, quote)
        self.used(src or page, self.record.context["publication"]["url"])  # the citation names the release
        rows = []
        for style, text in (("Chicago", c.chicago), ("Plain, with the permanent link", c.plain)):
            key = f"cite-{ident}-{style.split(',')[0].lower()}"
            rows.append(f'<p class="citation"><span class="citation-style">{style}</span> '
                        f'<span class="citation-text" id="{key}">{self.spanish(text)}</span> '
                        f'<button type="button" class="copy-button" data-copy-target="{key}" hidden>Copy</button></p>')
        if downloads:
            here = addresses.address(src or page) or "."  # the folder the page is published as
            links = " · ".join(
                f'<a href="{posixpath.relpath(cite_formats.file_of(downloads, fmt), here)}" download>{name}</a>'
                for fmt, name in cite_formats.FORMATS.items())
            rows.append(f'<p class="citation-downloads">For a reference manager: {links}</p>')
        return Markup(f'<details class="cite" data-search-exclude{" open" if open_ else ""}>\n'
                      f"<summary>Cite {markdown_text(label)}</summary>\n" + "\n".join(rows) + "\n</details>\n")

    def last_changed(self, src: str) -> Markup:
        """When the page last changed, from the changes log, linked to it."""
        if self.log is None:
            return Markup("")
        when = self.log.last_changed(src) or self.log.updated
        return Markup(f'<p class="last-changed" markdown="span" data-search-exclude>Last changed {date_text(when)} '
                      f"([changes]({relative(src, changes.PAGE)}))</p>\n")


def _on_page(helper):
    """A helper as a template calls it: the page being written from its context."""
    return jinja2.pass_context(lambda ctx, *args, **kwargs: helper(ctx["src"], *args, **kwargs))


def _compiled_cache() -> jinja2.BytecodeCache | None:
    """Jinja's own cache of compiled templates, in the user's temporary
    folder, checked against each template's source: compiling the templates
    cost more than rendering every page. None where that folder is unsafe."""
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


def environment(h: Helpers, templates) -> jinja2.Environment:
    """The templates' environment: every printed value escaped
    (edition/escaping.py), the helpers, and the edition's words and
    addresses; no value of the record."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), autoescape=True, finalize=escaping.finalize,
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        bytecode_cache=_compiled_cache())
    env.filters.update(
        date=date_text, in_sentence=vocabulary.in_sentence, upper_first=lambda t: t[:1].upper() + t[1:],
        es=h.spanish, quoted=h.quoted, where_of=register._where, isodate=lambda d: Markup(d.isoformat()),
        id=escaping.ident, join=escaping.join, part_label=vocabulary.PARTS.__getitem__, code=escaping.code)
    env.globals.update(
        says=register.register_of(h.record), v=vocabulary, A=addresses, TIE_BASES=TIE_BASES,
        says_conventions=register.CONVENTION_TEXT, says_kinds=register.KINDS,
        name=h.name, citation=h.citation, pdf_href=h.pdf_href, last_changed=h.last_changed,
        page_of=page_of, org_name=org_name, glossary_id=addresses.glossary_id,
        FEED=changes.FEED, pages_of=changes.pages_of, Markup=Markup, markdown_text=markdown_text,
        **{name: _on_page(getattr(h, name)) for name in (
            "link", "person_link", "entry_link", "where", "loc", "attended_loc",
            "source_note", "statement_note", "source_link")})
    return env
