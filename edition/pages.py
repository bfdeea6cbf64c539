"""The Markdown of every page derived from the record.

Each page shape is a Jinja2 template in edition/templates/ that holds its
wording; this module gives the templates their view data and the few
fragments that are real algorithms (the annotated paragraph, the schema
tables). Every value a template prints is escaped for HTML and Markdown
alike (see `markdown_text`), so a field of the record can never become
markup; helpers that build markup return `Markup`.

Links are ordinary Markdown links between .md paths, so that
`mkdocs build --strict` checks every one of them.
"""
from __future__ import annotations

import datetime
import json
import posixpath
import re
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from types import SimpleNamespace

from edition import addresses, changes, cite_formats, export, pdf, publishing, search_terms, sources, vocabulary
from edition.addresses import Site, page_of, place_of, relative
from edition.cite import cite
from edition.index import TIE_BASES, Index, index_of
from edition import register
from edition.register import register_of
from edition.record import Commitment, Meeting, Person, Record
from edition.text import Paragraph, forms_pattern

TEMPLATES = Path(__file__).with_name("templates")

# Characters Markdown (with attr_list, abbr, tables) or HTML could read as
# syntax; each is written as a character reference, which both show as the
# character itself.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]<>#|~^=&!\"']")
# ... and what only counts at the start of a line: a list or heading marker.
_LINE_START = re.compile(r"^(?:[-+]|\d+(?=[.)]))")


def _reference(match: re.Match) -> str:
    return "".join(f"&#{ord(c)};" for c in match.group())


def markdown_text(text: str) -> Markup:
    """Plain text as Markdown that renders to exactly that text: each
    character Markdown or HTML could read as syntax becomes a character
    reference, which both show as the character itself."""
    return Markup(_LINE_START.sub(_reference, _MARKDOWN_SPECIAL.sub(_reference, str(text))))


def _finalize(value):
    """Applied to every {{ value }} of every template."""
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed an empty value")
    return markdown_text(value)


def _join(items, separator: str = "") -> Markup:
    """Jinja's join, escaping each item as every printed value is."""
    return Markup(markdown_text(separator)).join(i if isinstance(i, Markup) else markdown_text(i) for i in items)


def _ident(text: str) -> Markup:
    """An id or anchor, as is: the record allows only lower-case words joined by '-'."""
    if not re.fullmatch(r"[A-Za-z0-9_]+([-_][A-Za-z0-9]+)*", str(text)):
        raise ValueError(f"not an id: {text!r}")
    return Markup(text)


def _code(text: str) -> Markup:
    """Text for inside a code span: a code span shows character references as typed."""
    if "`" in text:
        raise ValueError(f"a backtick cannot stand in a code span: {text!r}")
    return Markup(escape(text))


def org_name(o) -> str:
    return f"{o.name} ({o.acronym})" if o.acronym else o.name


def date_text(d: datetime.date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


# Every basis a tie can have has the edition's words for it (edition/vocabulary.py).
if not (tuple(vocabulary.TIE_LEGEND) == tuple(vocabulary.TIE_HEADINGS) == TIE_BASES):
    raise RuntimeError("edition/vocabulary.py: TIE_LEGEND and TIE_HEADINGS must name edition/index.py's TIE_BASES, in order")


class Pages:
    """Renders every derived page of one record for one site address."""

    def __init__(self, record: Record, site_url: str, log: changes.Log | None = None,
                 spanish: search_terms.SpanishWords | None = None):
        self.record, self.log = record, log
        self.index: Index = index_of(record)
        self.site = Site(site_url)
        # While the permanent address is not set, no page gives a permanent link (edition/publishing.py).
        self.permanent = publishing.is_set(site_url)
        # The Spanish names, escaped as they are in the page's Markdown.
        forms = [markdown_text(f) for f in self.index.spanish_forms]
        self._spanish = forms_pattern(forms) if forms else None
        self.sources = {s.url: s for s in sources.sources(record)}
        self.uses: dict[str, dict[str, None]] = {}  # source address -> the pages citing it, in order
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, finalize=_finalize,
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
        self.env.filters.update(date=date_text, in_sentence=vocabulary.in_sentence, upper_first=lambda t: t[:1].upper() + t[1:], es=self.spanish, quoted=self.quoted, where_of=register._where, isodate=lambda d: Markup(d.isoformat()))
        self.env.globals.update(
            record=record, index=self.index, spanish=spanish or search_terms.SpanishWords(), says=register_of(record), v=vocabulary, A=addresses, TIE_BASES=TIE_BASES,
            link=self.link, person_link=self.person_link, entry_link=self.entry_link, name=self.name,
            where=self.where, loc=self.loc, attended_loc=self.attended_loc, source_note=self.source_note, statement_note=self.statement_note, uses=self.uses, all_sources=self.sources,
            annotated=self.annotated, citation=self.citation, source_link=self.source_link,
            sources_of=self.sources_of, source_kind=self.source_kind, schema_tables=self.schema_tables, export_schema=export.schema,
            page_of=page_of, quote_location=self.quote_location, org_name=org_name, glossary_id=addresses.glossary_id,
            last_changed=self.last_changed, FEED=changes.FEED, pages_of=changes.pages_of, pdf_href=self.pdf_href,
            attendance_cell=self.attendance_cell, attendance_tables=self.attendance_tables, tie_rows=self.tie_rows, Markup=Markup, markdown_text=markdown_text,
            search_tags=SimpleNamespace(person=lambda p: search_terms.person_tags(record, p),
                                        commitment=lambda c: search_terms.commitment_tags(record, c),
                                        meeting=lambda m: search_terms.meeting_tags(record, m),
                                        head_of=lambda o: search_terms.head_of(record, o)),
        )
        self.env.globals.update(says_conventions=register.CONVENTION_TEXT, says_kinds=register.KINDS, says_subject=self.says_subject,
                                says_basis=self.says_basis)
        self.env.filters.update(id=_ident, join=_join, part_label=vocabulary.PARTS.__getitem__, code=_code)

    # ------------------------------------------------------------ helpers
    # Each takes the page being written from the template's context (`src`).

    @jinja2.pass_context
    def link(self, ctx, dest: str, anchor: str = "") -> Markup:
        """A relative link to a page (and anchor); paths come from ids,
        which the record allows only as lower-case words joined by '-'."""
        return Markup(relative(ctx["src"], dest, anchor))

    def name(self, p: Person, form: str | None = None) -> Markup:
        """A person's name (or a form of it), marked Spanish where it is."""
        text = markdown_text(form or p.name)
        return Markup(f'<span lang="es">{text}</span>') if p.lang == "es" else text

    @jinja2.pass_context
    def person_link(self, ctx, p: Person, form: str | None = None) -> Markup:
        return Markup(f"[{self.name(p, form)}]({relative(ctx['src'], page_of(p))})")

    @jinja2.pass_context
    def entry_link(self, ctx, entry, anchor: str = "", running: bool = False) -> Markup:
        """[Title](link) for a commitment or meeting, [Name](link) for an
        organisation; `running`: the title as it reads inside a sentence."""
        page, own_anchor = place_of(entry)
        label = getattr(entry, "title", None) or entry.name
        label = vocabulary.in_sentence(label) if running else label
        return Markup(f"[{markdown_text(label)}]({relative(ctx['src'], page, anchor or own_anchor)})")

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
        full = " ".join(p.text for p in self.record.communique.paragraphs)

        def mark(m: re.Match) -> str:
            inner = m.group(1)
            plain = re.sub(r"\s*…$", "", inner)
            words = re.sub(r"<[^>]+>", "", plain)
            words = re.sub(r"&#(\d+);", lambda r: chr(int(r.group(1))), words)
            if words and words in full:
                return f'<q class="text-quote">{inner}</q>'
            return m.group()
        return Markup(re.sub(r"“([^“”]+)”", mark, escaped))

    def quote_location(self, number: int, quote: str) -> tuple[Paragraph, int]:
        """The paragraph and the index of the sentence a quote starts in."""
        para = self.record.communique.paragraph(number)
        start = para.text.index(" ".join(quote.split()))
        offset = 0
        for i, sentence in enumerate(para.sentences):
            offset = para.text.index(sentence, offset)
            if offset <= start < offset + len(sentence):
                return para, i
        raise ValueError(quote)

    @jinja2.pass_context
    def where(self, ctx, number: int, quote: str) -> Markup:
        """A link to the sentence a quote starts in: "paragraph 2, sentence 3"."""
        para, i = self.quote_location(number, quote)
        return Markup(f"[paragraph {para.number}, sentence {i + 1}]"
                      f"({relative(ctx['src'], addresses.TEXT, para.sentence_eid(i))})")

    @jinja2.pass_context
    def loc(self, ctx, number: int, quote: str) -> Markup:
        """The short place of a quote in the text, ¶2.4 (paragraph 2,
        sentence 4, as the ids count), linked to that sentence."""
        para, i = self.quote_location(number, quote)
        return self._sentence_loc(ctx["src"], para.sentence_eid(i))

    @staticmethod
    def _sentence_loc(src: str, eid: str) -> Markup:
        """[¶2.4](link to para_2__sent_4 "paragraph 2, sentence 4")."""
        para, sent = register._where(eid).removeprefix("¶").split(".")
        return Markup(f"[¶{para}.{sent}]({relative(src, addresses.TEXT, eid)}"
                      f' "paragraph {para}, sentence {sent}"){{ .loc }}')

    @jinja2.pass_context
    def attended_loc(self, ctx, p: Person, m: Meeting) -> Markup:
        """The sentence that puts a person at a meeting the communiqué speaks
        of: at the meeting it reports, the list that names them in their
        delegation (¶6.1, ¶7.1) unless they led or received it (¶1.1); else
        the meeting's own words."""
        eid = None
        if m.reported and not {"led", "received"} & set(p.part):
            eid = register.delegation_sentence(self.record, p)
        return self.loc(ctx, m.paragraph, m.says) if eid is None else self._sentence_loc(ctx["src"], eid)

    def _used(self, src: str, url: str) -> None:
        self.uses.setdefault(url, {})[src] = None

    @jinja2.pass_context
    def source_note(self, ctx, url: str, label: str = "") -> Markup:
        """A short note citing a source: its site ('wirenn.com'), or `label`,
        linked to its entry on the sources page, which says what it is."""
        source = self.sources.get(url)
        if source is None:
            raise ValueError(f"not a source in data/context.yaml: {url!r}")
        self._used(ctx["src"], url)
        text = markdown_text(label) if label else markdown_text(source.host)
        return Markup(f'[{text}]({relative(ctx["src"], addresses.SOURCES, source.anchor)} "{markdown_text(source.title)}")'
                      "{ .source-note }")

    @jinja2.pass_context
    def statement_note(self, ctx, kind: str, url: str) -> Markup:
        """What a source reports a statement as, and the source, as a short
        note: "readout (repost), wirenn.com"."""
        source = self.sources.get(url)
        kind_of = source.kind if source is not None else ""
        label = "agency dispatch" if "dispatch" in kind_of else vocabulary.STATEMENT_LABELS[kind]
        if "English version" in kind_of:
            label += " (an aggregator's English version)"
        elif source is not None and source.reposted:
            label += " (repost)"
        return Markup(f"{label}, ") + self.source_note(ctx, url)

    @jinja2.pass_context
    def source_link(self, ctx, url: str, title: str | None = None) -> Markup:
        """[Title of the source](address), the title from data/context.yaml."""
        if not re.fullmatch(r"https://[^\s<>\"'`()\[\]]+", str(url)):
            raise ValueError(f"not a usable source address: {url!r}")
        self._used(ctx["src"], url)
        return Markup(f"[{self.spanish(title or self.record.sources.get(url, url))}]({url})")

    def attendance_cell(self, p: Person, m: Meeting) -> Markup:
        """What the people × meetings table says of one person at one meeting."""
        bases = {a.basis for a in self.index.attendance.get(p.id, []) if a.meeting is m}
        words = [label for basis, label in (("communique", "Communiqué"), ("source", "Source")) if basis in bases]
        return Markup(" and ".join(words))

    def attendance_tables(self, width: int = 6) -> list[tuple[int, list[Meeting], list[Person]]]:
        """The people × meetings table, as tables of at most `width` meetings,
        each with the number of its first meeting (from 1) and the people
        recorded at one of them: the whole stays linear in the record however
        many meetings it holds."""
        meetings = list(self.record.meetings.values())
        tables = []
        for start in range(0, len(meetings), width):
            chunk = meetings[start:start + width]
            at = {a.person.id for m in chunk for a in self.index.attendance_at.get(m.id, [])}
            tables.append((start + 1, chunk, [p for p in self.record.people.values() if p.id in at]))
        return tables

    def tie_rows(self, items: list[Commitment]) -> list[tuple[Person, list[tuple[Commitment, str | None]]]]:
        """The people × items matrix: each person tied to one of the items,
        and the basis of their tie to each item (None where there is none)."""
        ids = {c.id for c in items}
        basis = {(t.person.id, t.commitment.id): t.basis for t in self.index.ties if t.commitment.id in ids}
        people = {pid for pid, _ in basis}
        return [(p, [(c, basis.get((p.id, c.id))) for c in items])
                for p in self.record.people.values() if p.id in people]

    def source_kind(self, url: str) -> str:
        """What a source is (the context's source_kinds), or "" if it does not say."""
        return ((self.record.context.get("source_kinds") or {}).get(url) or {}).get("kind", "")

    def sources_of(self, ref: str) -> tuple[str, list[dict]]:
        """The basis and sources of a context fact ('publication', 'events.<id>')."""
        return export.date_basis(self.record, ref)

    def variants_of(self, para: Paragraph) -> list[tuple[int, int, dict]]:
        """Where Mexico's English release words a phrase of this paragraph
        differently (context.yaml publication.mexican_release.variants):
        (start, end, variant) in the paragraph's text."""
        release = self.record.context["publication"].get("mexican_release") or {}
        found = []
        for v in release.get("variants") or []:
            if v["paragraph"] != para.number:
                continue
            phrase = " ".join(v["white_house"].split())
            if phrase not in para.text:
                raise ValueError(f"data/context.yaml: publication.mexican_release.variants: "
                                 f"not verbatim in paragraph {para.number}: {phrase[:80]!r}")
            start = para.text.index(phrase)
            found.append((start, start + len(phrase), v))
        return sorted(found, key=lambda f: f[0])

    def annotated(self, para: Paragraph) -> Markup:
        """The paragraph's exact words, each sentence a span with its own id
        holding its number (shown in the margin) and a button that copies
        its permanent link and offers its citation; passages linked to their
        commitment, names to their entry, and the phrases Mexico's release
        words differently marked (the note is the button's, never in the
        run of words: the paragraph still reads and copies as the text)."""
        src = addresses.TEXT
        variants = self.variants_of(para)

        def words(text: str, es: bool) -> str:
            """Text escaped (and, in a passage, its Spanish names marked), its spaces kept."""
            if not es or not text.strip():
                return markdown_text(text)
            core = text.strip()
            lead, trail = text[:text.index(core)], text[text.index(core) + len(core):]
            return markdown_text(lead) + self.spanish(core) + markdown_text(trail)

        def plain(a: int, b: int, es: bool = False) -> str:
            """Text from a to b, the variants' phrases in it marked."""
            cuts = sorted({a, b, *(x for s, e, _ in variants for x in (s, e) if a < x < b)})
            out = []
            for x, y in zip(cuts, cuts[1:]):
                piece = words(para.text[x:y], es) if x < y else ""
                inside = any(s <= x and y <= e for s, e, _ in variants)
                out.append(f'<span class="variant">{piece}</span>' if inside and piece else piece)
            return "".join(out)

        spans: list[tuple[int, int, str]] = []
        for c in self.index.commitments_in.get(para.number, []):
            for quote in c.quotes:
                text = " ".join(quote.split())
                start = para.text.index(text)
                end = start + len(text)
                spans.append((start, end, f"[{plain(start, end, es=True)}]({relative(src, page_of(c))})"
                                          f'{{ .passage title="Agenda item: {markdown_text(c.title)}" }}'))
        for start, end, person in self.index.mentions(para.text):
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, f"[{self.name(person, para.text[start:end])}]({relative(src, page_of(person))})"))
        spans.sort()
        out, pos, offset = [], 0, 0
        for i, sentence in enumerate(para.sentences):
            offset = para.text.index(sentence, offset)
            s_start, s_end = offset, offset + len(sentence)
            out.append(markdown_text(para.text[pos:s_start]))
            parts, cur = [], s_start
            for start, end, md in spans:
                if s_start <= start < s_end:
                    parts += [plain(cur, start), md]
                    cur = end
            parts.append(plain(cur, s_end))
            mine = [v for s, e, v in variants if s_start <= s < s_end]
            out.append(f'<span class="sentence" id="{para.sentence_eid(i)}">'
                       f"{self.sentence_controls(para, i, mine)}{''.join(parts)}</span>")
            pos = offset = s_end
        return Markup("".join(out))

    def sentence_controls(self, para: Paragraph, i: int, variants: list[dict]) -> str:
        """A sentence's number (2.4, for the margin; hidden from screen
        readers, whose button says it) and its copy-link button, which
        carries the sentence's permanent link (none while the permanent
        address is not set: the script gives the address the reader is on),
        its plain citation and Mexico's wording of its phrases. Nothing
        here is text: selecting the paragraph selects only its words."""
        eid, n = para.sentence_eid(i), f"{para.number}.{i + 1}"
        where = f"paragraph {para.number}, sentence {i + 1}"
        permalink = self.site.absolute(addresses.TEXT, eid) if self.permanent else ""
        citation = cite(self.record, permalink or "", where)
        self._used(addresses.TEXT, self.record.context["publication"]["url"])  # the citation names the release
        mexico = json.dumps([[v["white_house"], v["sre_en"]] for v in variants], ensure_ascii=False)
        attrs = {"aria-label": f"Copy link to {where}", "data-sentence": eid, "data-n": n,
                 "data-href": permalink, "data-cite": citation.plain, "data-mexico": mexico if variants else ""}
        # Character references, not markupsafe's escape: Markdown reads a link or a code span even inside
        # a tag ('[x](y)' in a source's title would end the attribute); an attribute shows them as typed.
        shown = " ".join(f'{k}="{markdown_text(v)}"' for k, v in attrs.items() if v)
        return (f'<span class="sentence-number" aria-hidden="true" data-n="{n}"></span>'
                f'<button type="button" class="sentence-link" {shown} hidden></button>')

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
        self._used(src or page, self.record.context["publication"]["url"])  # the citation names the release
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

    # The register page: each statement's subject and basis, as links.

    @jinja2.pass_context
    def says_subject(self, ctx, subject: str) -> Markup:
        if subject == "communique":
            return Markup(f"[The communiqué]({relative(ctx['src'], addresses.TEXT)})")
        page, _, anchor = subject.partition("#")
        if not hasattr(self, "_entry_titles"):
            self._entry_titles = {page_of(e): e.name if isinstance(e, Person) else e.title for e in
                                  [*self.record.commitments.values(), *self.record.people.values(),
                                   *self.record.meetings.values()]}
            self._anchors = {addresses.glossary_id(t): t for t in self.record.glossary} | {
                o.id: o.acronym or o.name for o in self.record.organisations.values()} | {
                p.eid: f"paragraph {p.number}" for p in self.record.communique.paragraphs}
        label = self._entry_titles.get(page) or page.removesuffix(".md").removesuffix("/index")
        if anchor:
            label = f"{label}: {self._anchors.get(anchor, anchor)}"
        person = next((p for p in self.record.people.values() if page_of(p) == page), None)
        shown = self.name(person) if person is not None and not anchor else self.spanish(label)
        return Markup(f"[{shown}]({relative(ctx['src'], page, anchor)})")

    @jinja2.pass_context
    def says_basis(self, ctx, s) -> Markup:
        if s.basis == "text":
            if s.ref == "title":
                return Markup(f"text: [the title]({relative(ctx['src'], addresses.TEXT, 'title')})")
            anchor = s.ref
            label = register._where(s.ref) if "__sent_" in s.ref else f"paragraph {s.ref.removeprefix('para_')}"
            return Markup(f"text: [{markdown_text(label)}]({relative(ctx['src'], addresses.TEXT, anchor)})")
        if s.basis == "source":
            if s.ref.startswith("https://"):
                return Markup("source: ") + self.source_link(ctx, s.ref, register_of(self.record).source_title(s.ref))
            page, _, anchor = s.ref.partition("#")
            return Markup(f"source: [context, on its page]({relative(ctx['src'], page.rstrip('/') + '.md', anchor)})")
        return Markup(f"convention: [{markdown_text(s.ref.partition('#')[2])}]({relative(ctx['src'], addresses.REGISTER, 'conventions')})")

    def last_changed(self, src: str) -> Markup:
        """When the page last changed, from the changes log, linked to it."""
        if self.log is None:
            return Markup("")
        when = self.log.last_changed(src) or self.log.updated
        return Markup(f'<p class="last-changed" markdown="span" data-search-exclude>Last changed {date_text(when)} '
                      f"([changes]({relative(src, changes.PAGE)}))</p>\n")

    def schema_tables(self, schema: dict) -> list[tuple[str, str, str, list[tuple[str, str, str]]]]:
        """(anchor, heading, description, [(field, type, what it holds)]) for
        the record and each definition of the export's JSON Schema."""
        sections = [("record", "The record", schema)] + [
            (name, name.replace("_", " ").capitalize(), spec) for name, spec in schema.get("$defs", {}).items()]
        out = []
        for ident, heading, spec in sections:
            rows = []
            for field, fspec in spec.get("properties", {}).items():
                target = schema.get("$defs", {}).get(fspec.get("$ref", "").rsplit("/", 1)[-1], fspec)
                rows.append((field, _type_of(fspec), target.get("description", fspec.get("description", ""))))
            out.append((re.sub(r"[^a-z0-9]+", "-", ident.lower()), heading, spec.get("description", ""), rows))
        return out

    # -------------------------------------------------------------- pages

    def render(self, template: str, src: str, **view) -> str:
        """Front matter (title, description, search tags and boost, which the
        template sets) and the page's Markdown."""
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

    def all(self) -> dict[str, str]:
        """Every derived page: its path under docs/, and its Markdown."""
        r, A = self.record, addresses
        pages = {
            A.TEXT: self.render("text.md.j2", A.TEXT),
            A.COMMITMENTS: self.render("commitments.md.j2", A.COMMITMENTS),
            A.PARTICIPANTS: self.render("participants.md.j2", A.PARTICIPANTS),
            A.ORGANISATIONS: self.render("organisations.md.j2", A.ORGANISATIONS),
            A.TIES: self.render("ties.md.j2", A.TIES),
            A.MEETINGS: self.render("meetings.md.j2", A.MEETINGS),
            A.GLOSSARY: self.render("glossary.md.j2", A.GLOSSARY),
            A.DATA: self.render("data.md.j2", A.DATA),
            A.REGISTER: self.render("register.md.j2", A.REGISTER),
        }
        if self.log is not None:
            pages[changes.PAGE] = self.render("changes.md.j2", changes.PAGE, log=self.log)
        pages.update({page_of(c): self.render("commitment.md.j2", page_of(c), c=c) for c in r.commitments.values()})
        pages.update({page_of(p): self.render("person.md.j2", page_of(p), p=p) for p in r.people.values()})
        pages.update({page_of(m): self.render("meeting.md.j2", page_of(m), m=m) for m in r.meetings.values()})
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


def _type_of(spec: dict) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1].replace("_", " ")
    if "anyOf" in spec:
        return " or ".join(_type_of(s) for s in spec["anyOf"])
    if "enum" in spec:
        return "one of " + ", ".join(str(e) for e in spec["enum"])
    kind = spec.get("type", "object")
    if kind == "array":
        return f"list of {_type_of(spec.get('items', {}))}s"
    return " or ".join(kind) if isinstance(kind, list) else kind


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
    sections = {
        A.COMMITMENTS: [page_of(c) for c in record.commitments.values()],
        A.PARTICIPANTS: [page_of(p) for p in record.people.values()],
        A.MEETINGS: [page_of(m) for m in record.meetings.values()],
    }
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
