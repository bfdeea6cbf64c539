"""The Markdown of every page derived from the record.

`derived_pages(record)` maps a page's path under docs/ to its Markdown; the
build hook hands them to MkDocs as if they were files. Links are ordinary
Markdown links between .md paths, so `mkdocs build --strict` checks them.
"""
from __future__ import annotations

import html
import json
import posixpath
import re

from edition import export
from edition import structured_data as ld
from edition.cite import Citation, cite as citation
from edition.links import BASES, delegation_name, related, ties, ties_of_commitment, ties_of_person
from edition.record import (COUNTRIES, GROUPS, PARTS, Commitment, Meeting, Organisation, Person, Record)
from edition.indexes import items_in, meetings_of, name_forms, named_in
from edition.text import Paragraph, forms_pattern, mentions
from edition.search_terms import commitment_tags, meeting_tags, person_tags

TEXT_PAGE = "text.md"
GLOSSARY_PAGE = "glossary.md"
ORGANISATIONS_PAGE = "participants/organisations.md"
MATRIX_PAGE = "participants/ties.md"


def commitment_page(c: Commitment) -> str:
    return f"commitments/{c.id}.md"


def person_page(p: Person) -> str:
    return f"participants/{p.id}.md"


def meeting_page(m: Meeting) -> str:
    return f"meetings/{m.id}.md"


def link(src: str, dest: str, anchor: str = "") -> str:
    """A relative link from page `src` to page `dest` (both paths under docs/)."""
    target = posixpath.relpath(dest, posixpath.dirname(src) or ".")
    return f"{target}#{anchor}" if anchor else target


def escape(text: str) -> str:
    """Text as Markdown that renders to exactly that text."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def name_html(p: Person, form: str | None = None) -> str:
    """A person's name, marked as Spanish where it is, for screen readers."""
    text = escape(form or p.name)
    return f'<span lang="es">{text}</span>' if p.lang == "es" else text


def mark_spanish(record: Record, markdown: str) -> str:
    """Mark the Spanish names (people's, bodies') in a text as Spanish."""
    if "spanish" not in record.derived:
        names = [form for p in record.people.values() if p.lang == "es" for form in p.printed]
        names += [o.name_es for o in record.organisations.values() if o.name_es]
        record.derived["spanish"] = forms_pattern(escape(n) for n in names)
    return record.derived["spanish"].sub(lambda m: f'<span lang="es">{m.group()}</span>', markdown)


def full_name(p: Person) -> str:
    return f"{p.rank} {name_html(p)}" if p.rank else name_html(p)


def person_link(src: str, p: Person, form: str | None = None) -> str:
    return f"[{name_html(p, form)}]({link(src, person_page(p))})"


def quote_location(record: Record, number: int, quote: str) -> tuple[Paragraph, int]:
    """The paragraph and the index of the sentence a quote starts in."""
    para = record.communique.paragraph(number)
    start = para.text.index(quote)
    offset = 0
    for i, sentence in enumerate(para.sentences):
        offset = para.text.index(sentence, offset)
        if offset <= start < offset + len(sentence):
            return para, i
    raise ValueError(quote)


def where_in_text(record: Record, src: str, number: int, quote: str) -> str:
    """A link to the sentence a quote starts in: "paragraph 2, sentence 3"."""
    para, i = quote_location(record, number, quote)
    return f"[paragraph {para.number}, sentence {i + 1}]({link(src, TEXT_PAGE, para.sentence_eid(i))})"


def verb_badge(c: Commitment) -> str:
    return f'<span class="verb verb--{c.kind}">{c.verb}</span>'


def attributed(record: Record, src: str, c: Commitment) -> str:
    if c.attributed_to in GROUPS:
        return GROUPS[c.attributed_to]
    return person_link(src, record.people[c.attributed_to])


def context_box(record: Record, ref: str, lead: str) -> str:
    """A fact from outside the communiqué, marked as such, with its sources."""
    fact = record.context_fact(ref)
    if ref == "publication":
        basis, sources = fact["note"], [{"title": f"{fact['publisher']}: the communiqué", "url": fact["url"]}]
    else:
        basis, sources = fact["basis"], fact["sources"]
    lines = ['!!! context "Context, not from the communiqué"', "", f"    {lead}", "", f"    {mark_spanish(record, escape(' '.join(basis.split())))}", ""]
    lines += ["    Sources:", ""]
    lines += [f"    - [{escape(s['title'])}]({s['url']})" for s in sources]
    return "\n".join(lines) + "\n"


def citation_block(record: Record, c: Citation, label: str, ident: str, open_: bool = False) -> str:
    """The citations of one part, each with a button that copies it."""
    rows = []
    for style, text in (("Chicago", c.chicago), ("Plain, with the permanent link", c.plain)):
        key = f"cite-{ident}-{style.split(',')[0].lower()}"
        rows.append(f'<p class="citation"><span class="citation-style">{style}</span> '
                    f'<span class="citation-text" id="{key}">{mark_spanish(record, html.escape(text, quote=False))}</span> '
                    f'<button type="button" class="copy-button" data-copy-target="{key}" hidden>Copy</button></p>')
    return (f'<details class="cite" data-search-exclude{" open" if open_ else ""}>\n<summary>Cite {label}</summary>\n'
            + "\n".join(rows) + "\n</details>\n")


def front_matter(title: str, description: str, tags: list[str] | None = None, boost: float | None = None,
                 jsonld: dict | None = None) -> str:
    """The page's title and description; `tags` are shown on its search
    result: its kind first, then the words people search it by; `jsonld`
    goes into the page's head (overrides/main.html)."""
    meta = {"title": title, "description": description}
    if jsonld:  # as one JSON string: far quicker for MkDocs to read than nested YAML
        meta["jsonld"] = json.dumps(jsonld, ensure_ascii=False).replace("<", "\\u003c")
    if tags:
        meta["tags"] = list(dict.fromkeys(tags))
    if boost:
        meta["search"] = {"boost": boost}
    # JSON is YAML too, and far quicker to write than with a YAML emitter.
    return "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n"


# ---------------------------------------------------------------- full text

def annotated_paragraph(record: Record, para: Paragraph) -> str:
    """The paragraph's exact words, each sentence a span with its own id,
    passages linked to their agenda item and names to their entry."""
    src = TEXT_PAGE
    spans: list[tuple[int, int, str]] = []  # (start, end, markdown)
    for c in items_in(record, para.number):
        for quote in c.quotes:
            start = para.text.index(" ".join(quote.split()))
            end = start + len(" ".join(quote.split()))
            md = (f'[{mark_spanish(record, escape(para.text[start:end]))}]({link(src, commitment_page(c))})'
                  f'{{ .passage title="Agenda item: {c.title}" }}')
            spans.append((start, end, md))
    forms, pattern = name_forms(record)
    for start, end, person in mentions(para.text, forms, pattern):
        if all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, person_link(src, record.people[person], para.text[start:end])))
    spans.sort()

    out, pos, offset = [], 0, 0
    bounds = []
    for i, sentence in enumerate(para.sentences):
        offset = para.text.index(sentence, offset)
        bounds.append((offset, offset + len(sentence), para.sentence_eid(i)))
        offset += len(sentence)
    for s_start, s_end, eid in bounds:
        out.append(escape(para.text[pos:s_start]))
        parts, cur = [], s_start
        for start, end, md in spans:
            if s_start <= start < s_end:
                parts += [escape(para.text[cur:start]), md]
                cur = end
        parts.append(escape(para.text[cur:s_end]))
        out.append(f'<span class="sentence" id="{eid}">{"".join(parts)}</span>')
        pos = s_end
    return "".join(out) + "\n{ .para-text }\n"


def text_page(record: Record, site_url: str) -> str:
    pub = record.context["publication"]
    # Boosted: entries quote the text too, but a search for its words should
    # also reach the paragraph they stand in.
    md = [front_matter("The communiqué", "The full text of the Mexico–U.S. Joint Communiqué on migration of 28 December 2023, every paragraph and sentence numbered and linkable.",
                       tags=["Full text"], boost=3, jsonld=ld.graph(ld.report(record, site_url)))]
    md.append(f"# {escape(record.communique.title)} {{ #title .communique-title }}\n")
    md.append(
        '<p class="edition-note" markdown="span">The full text, exactly as the White House published it. '
        "Each paragraph is numbered and each sentence has its own link; names lead to the person's entry "
        f"and passages to their [agenda item]({link(TEXT_PAGE, 'commitments/index.md')}). "
        f'Source: <a href="{pub["url"]}">the official release</a>; '
        f"see [About the source](about.md).</p>\n"
    )
    md.append(citation_block(record, citation(record, site_url, "text/"), "the communiqué", "communique"))
    md.append('<div class="communique" markdown>\n')
    for para in record.communique.paragraphs:
        md.append(f"## Paragraph {para.number} {{ #{para.eid} .para-heading }}\n")
        md.append(annotated_paragraph(record, para))
        md.append(citation_block(record, citation(record, site_url, f"text/#{para.eid}", f"paragraph {para.number}"),
                                 f"paragraph {para.number}", para.eid))
    md.append("</div>\n")
    return "\n".join(md)


# ------------------------------------------------------------- commitments

def commitments_index(record: Record, site_url: str) -> str:
    src = "commitments/index.md"
    md = [front_matter("Commitments", "Every agenda item of the Mexico–U.S. Joint Communiqué on migration: what the text says, the verb it uses, and who it attributes it to.",
                       jsonld=ld.graph(ld.collection("Commitments", site_url + "commitments/",
                                                     [ld.quotation(record, site_url, c) for c in record.commitments.values()])))]
    md.append("# Commitments { #commitments }\n")
    md.append(
        "Each agenda item of the communiqué, in the order of the text. The **verb** is the text's own: "
        "*reaffirmed* and *agreed* make a commitment or an agreement; *highlighted*, *stressed* and *underlined* "
        "are statements; *discussed* is a discussion. The titles are this edition's; the quotes on each entry are the communiqué's words. "
        f"Who is tied to which item, and why, is in [People and agenda items]({link(src, MATRIX_PAGE)}).\n"
    )
    md.append("| # | Agenda item | Verb | Attributed to | In the text |\n|---|---|---|---|---|")
    for n, c in enumerate(record.commitments.values(), start=1):
        md.append(f"| {n} | [{escape(c.title)}]({link(src, commitment_page(c))}) | {verb_badge(c)} | "
                  f"{attributed(record, src, c)} | {where_in_text(record, src, c.paragraph, c.quotes[0])} |")
    md.append("")
    return "\n".join(md)


def commitment_entry(record: Record, c: Commitment, site_url: str) -> str:
    src = commitment_page(c)
    kinds = {"commitment": "a commitment", "agreement": "an agreement", "statement": "a statement", "discussion": "a discussion"}
    who = attributed(record, src, c)
    md = [front_matter(c.title, f"{c.title}: what the Mexico–U.S. Joint Communiqué of 28 December 2023 says, in its own words, and who it ties to it.",
                       tags=commitment_tags(record, c), jsonld=ld.graph(ld.quotation(record, site_url, c)))]
    md.append(f"# {escape(c.title)} {{ #{c.id} }}\n")
    md.append(f'<p class="entry-kind">Agenda item · {verb_badge(c)} · {kinds[c.kind]} · by {who}</p>\n')
    md.append("## What the communiqué says { #quote }\n")
    for quote in c.quotes:
        md.append(f'<blockquote class="quote" markdown>\n{mark_spanish(record, escape(" ".join(quote.split())))}\n</blockquote>\n')
        md.append(f"From {where_in_text(record, src, c.paragraph, quote)} of [the communiqué]({link(src, TEXT_PAGE)}).\n")
    md.append("## People tied to it { #people }\n")
    by_basis: dict[str, list] = {}
    for tie in ties_of_commitment(record, c):
        by_basis.setdefault(tie.basis, []).append(tie)
    for basis, group in by_basis.items():
        md.append(f"**{BASES[basis]}**: {mark_spanish(record, group[0].reason)}\n")
        md.append(", ".join(person_link(src, t.person) for t in group) + "\n")
    rel = related(record, c)
    if rel:
        md.append("## Related agenda items { #related }\n")
        md += [f"- [{escape(r.title)}]({link(src, commitment_page(r))})" for r in rel]
        md.append("")
    md.append("## Meetings { #meetings }\n")
    discussed = record.discussed_at(c)
    md.append(f"- Discussed at [{escape(discussed.title)}]({link(src, meeting_page(discussed))}).")
    md += [f"- Announces [{escape(record.meetings[m].title)}]({link(src, meeting_page(record.meetings[m]))})." for m in c.meetings]
    md.append("")
    md.append("## Cite { #cite }\n")
    para, sentence = quote_location(record, c.paragraph, " ".join(c.quotes[0].split()))
    md.append(citation_block(record, citation(record, site_url, f"commitments/{c.id}/",
                                      f"paragraph {para.number}, sentence {sentence + 1}", " ".join(c.quotes[0].split())),
                             "this agenda item", c.id, open_=True))
    if c.keywords:
        md.append(f'<p class="keywords">Also searched as: {", ".join(escape(k) for k in c.keywords)}</p>\n')
    return "\n".join(md)


# ------------------------------------------------------------ participants

def person_card(record: Record, src: str, p: Person) -> str:
    org = record.organisations.get(p.organisation) if p.organisation else None
    org_line = f'<br><span class="card-org">{org_name(org)}</span>' if org else ""
    return (f'<li class="card" markdown="span">{person_link(src, p, (p.rank + " " if p.rank else "") + p.name)}'
            f'<br><span class="card-title">{escape(p.title)}</span>{org_line}</li>')


def org_name(o: Organisation) -> str:
    return f"{o.name} ({o.acronym})" if o.acronym else o.name


def participants_index(record: Record, site_url: str) -> str:
    src = "participants/index.md"
    md = [front_matter("Participants", "Every member of the Mexican and U.S. delegations at the meeting of 27 December 2023 in Mexico City, and President Biden, who sent the U.S. delegation.",
                       jsonld=ld.graph(ld.collection("Participants", site_url + "participants/",
                                                     [ld.person(record, site_url, p) for p in record.people.values()])))]
    md.append("# Participants { #participants }\n")
    md.append("Everyone the communiqué names, as it names them: the two delegations that met in Mexico City, "
              "in the order the text lists them, and President Biden, who is named but was not in the room.\n")
    md.append('<div class="delegations" markdown>\n')
    for country, heading in (("mexico", "Mexican delegation"), ("united-states", "U.S. delegation")):
        md.append(f'<section class="delegation" aria-labelledby="delegation-{country}" markdown>\n')
        md.append(f"## {heading} {{ #delegation-{country} }}\n")
        md.append('<ul class="cards" markdown>')
        md += [person_card(record, src, p) for p in record.people.values() if p.delegation == country]
        md.append("</ul>\n\n</section>\n")
    md.append("</div>\n")
    md.append("## Named, not in the room { #not-in-the-room }\n")
    for p in record.people.values():
        if p.delegation == "none":
            md.append(f"- {person_link(src, p)}, {escape(p.title)}: {PARTS[p.part[0]]}.")
    md.append("\n## All participants, A to Z { #a-to-z }\n")
    md.append("Spanish names are sorted by first surname.\n")
    md.append("| Name | Title, as printed | Delegation |\n|---|---|---|")
    for p in sorted(record.people.values(), key=lambda p: p.sort_key):
        sort_name = f"{name_html(p, p.surname)}, {name_html(p, p.given_names)}" if p.given_names else name_html(p)
        md.append(f"| [{sort_name}]({link(src, person_page(p))}) | {escape(p.title)} | "
                  f"{delegation_name(p) if p.delegation != 'none' else 'Not in the room'} |")
    md.append(f"\nThe bodies their titles name are listed under [Organisations]({link(src, ORGANISATIONS_PAGE)}); "
              f"who is tied to which agenda item, and why, is in [People and agenda items]({link(src, MATRIX_PAGE)}).\n")
    return "\n".join(md)


def person_entry(record: Record, p: Person, site_url: str) -> str:
    src = person_page(p)
    org = record.organisations.get(p.organisation) if p.organisation else None
    md = [front_matter(p.name, f"{p.rank + ' ' if p.rank else ''}{p.name}, {p.title}: part in the Mexico–U.S. migration meeting of 27 December 2023 and the agenda items the communiqué ties to them.",
                       tags=person_tags(record, p), jsonld=ld.graph(ld.person(record, site_url, p)))]
    md.append(f"# {full_name(p)} {{ #{p.id} }}\n")
    md.append(f'<p class="entry-kind">Participant · {delegation_name(p) if p.delegation != "none" else "named in the text, not in the room"}</p>\n')
    rows = [("Name, as printed", name_html(p))]
    if p.rank:
        rows.append(("Rank", f"{p.rank} ([glossary]({link(src, GLOSSARY_PAGE, glossary_id(p.rank))}))"))
    rows.append(("Title, as printed", escape(p.title)))
    if org:
        rows.append(("Organisation", f"[{org_name(org)}]({link(src, ORGANISATIONS_PAGE, org.id)})"))
    rows.append(("Country", COUNTRIES[p.country]))
    rows.append(("Part in the meeting", mark_spanish(record, "; ".join(PARTS[x] for x in p.part))))
    if p.aliases:
        rows.append(("Also known as", ", ".join(p.aliases)))
    md.append('<dl class="facts" markdown>')
    for key, value in rows:
        md.append(f'<dt>{key}</dt>\n<dd markdown="span">{value}</dd>')
    md.append("</dl>\n")
    paras = named_in(record).get(p.id, [])
    md.append("## In the text { #in-the-text }\n")
    md.append("Named in " + ", ".join(f"[paragraph {para.number}]({link(src, TEXT_PAGE, para.eid)})" for para in paras) + ".\n")
    md.append("## Agenda items { #agenda-items }\n")
    my_ties = ties_of_person(record, p)
    if not my_ties:
        md.append("The text ties no agenda item to them.\n")
    for basis in BASES:
        group = [t for t in my_ties if t.basis == basis]
        if group:
            md.append(f"### {BASES[basis]} {{ #{basis} }}\n")
            md += [f"- [{escape(t.commitment.title)}]({link(src, commitment_page(t.commitment))}) "
                   f"({verb_badge(t.commitment)}): {mark_spanish(record, t.reason)}" for t in group]
            md.append("")
    meetings = meetings_of(record, p)
    context_meetings = [m for m in record.meetings.values() if p.id in m.context_attendees]
    if meetings or context_meetings:
        md.append("## Meetings { #meetings }\n")
        md += [f"- [{escape(m.title)}]({link(src, meeting_page(m))}): the communiqué puts them there." for m in meetings]
        md += [f"- [{escape(m.title)}]({link(src, meeting_page(m))}): a context source puts them there (not the communiqué)." for m in context_meetings]
        md.append("")
    return "\n".join(md)


def organisations_page(record: Record, site_url: str) -> str:
    src = ORGANISATIONS_PAGE
    md = [front_matter("Organisations", "The Mexican and U.S. government bodies named by the titles in the Mexico–U.S. Joint Communiqué on migration, and who represented each.",
                       tags=["Organisation"],
                       jsonld=ld.graph(*[ld.organisation(record, site_url, o) for o in record.organisations]))]
    md.append("# Organisations { #organisations }\n")
    md.append("The bodies the titles in the communiqué name. Their full names are ordinary public knowledge, not the communiqué's words.\n")
    for o in record.organisations.values():
        md.append(f"## {org_name(o)} {{ #{o.id} }}\n")
        if o.name_es:
            md.append(f'<span lang="es">{o.name_es}</span>, {COUNTRIES[o.country]}.\n')
        else:
            md.append(f"{COUNTRIES[o.country]}.\n")
        md.append("The text names it in: " + ", ".join(f"“{escape(w)}”" for w in o.in_text) + ".\n")
        members = [p for p in record.people.values() if p.organisation == o.id]
        md.append("People: " + ", ".join(f"{person_link(src, p)} ({escape(p.title)})" for p in members) + ".\n")
    return "\n".join(md)


def matrix_page(record: Record, site_url: str) -> str:
    """People × agenda items: each cell says the basis of the tie."""
    src = MATRIX_PAGE
    md = [front_matter("People and agenda items", "Who the Mexico–U.S. Joint Communiqué on migration ties to which agenda item, and why: said by them, agreed by their delegation, named, or attended.",
                       tags=["Cross-links"],
                       jsonld=ld.graph(ld.collection("People and agenda items", site_url + "participants/ties/",
                                                     [ld.person(record, site_url, p, full=False) for p in record.people.values()])))]
    md.append("# People and agenda items { #ties }\n")
    md.append("Who the communiqué ties to which agenda item, and why. Each row is a person, each column an "
              "agenda item (numbered as in [the commitments index](../commitments/index.md)); each cell gives the basis of the tie "
              "and leads to the item's list of people.\n")
    md.append('<ul class="legend" markdown>')
    md += [f'<li markdown="span"><span class="tie tie--{basis}">{basis[0].upper()}</span> {basis}: {label}</li>' for basis, label in BASES.items()]
    md.append("</ul>\n")
    number = {c.id: n for n, c in enumerate(record.commitments.values(), start=1)}
    by_pair = {(t.person.id, t.commitment.id): t.basis for t in ties(record)}
    # One table a meeting: the items discussed there, and the people tied to them.
    by_meeting: dict[str, list[Commitment]] = {}
    for c in record.commitments.values():
        by_meeting.setdefault(record.discussed_at(c).id, []).append(c)
    for meeting_id, items in by_meeting.items():
        meeting = record.meetings[meeting_id]
        tied = {t.person.id for c in items for t in ties_of_commitment(record, c)}
        md.append(f"## Discussed at {escape(meeting.title[0].lower() + meeting.title[1:])} {{ #ties-{meeting.id} }}\n")
        md.append('<div class="matrix" markdown data-search-exclude>\n')
        md.append("| Person | " + " | ".join(f'[{number[c.id]}]({link(src, commitment_page(c))} "{c.title}")'
                                           f'<span class="visually-hidden">: {escape(c.title)}</span>'
                                           for c in items) + " |")
        md.append("|---|" + "---|" * len(items))
        for p in record.people.values():
            if p.id not in tied:
                continue
            cells = []
            for c in items:
                basis = by_pair.get((p.id, c.id))
                cells.append(f'[<span class="tie tie--{basis}" aria-hidden="true">{basis[0].upper()}</span>'
                             f'<span class="visually-hidden">{basis}</span>]({link(src, commitment_page(c), "people")} "{BASES[basis]}")'
                             if basis else "")
            md.append(f"| {person_link(src, p)} | " + " | ".join(cells) + " |")
        md.append("\n</div>\n")
    return "\n".join(md)


# ----------------------------------------------------------------- meetings

def date_text(d) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def meetings_index(record: Record, site_url: str) -> str:
    src = "meetings/index.md"
    events = [ld.event(record, site_url, m, full=False) for m in record.meetings.values()]
    md = [front_matter("Meetings", "The leaders' call of December 2023, the meeting in Mexico City on 27 December 2023 and the follow-up in Washington in January 2024.",
                       jsonld=ld.graph({**ld.series(record), "subEvent": events}))]
    md.append("# Meetings { #meetings }\n")
    md.append("The three events the communiqué speaks of, in the order they happened. "
              "The communiqué's own words come first; the dates are context from public sources, named on each entry.\n")
    md.append('<ol class="timeline" markdown>')
    for m in record.meetings.values():
        md.append(f'<li markdown>\n<p class="timeline-date" markdown="span"><time datetime="{m.date.isoformat()}">{date_text(m.date)}</time> '
                  f'<span class="context-mark">context</span></p>\n'
                  f'<p class="timeline-title" markdown="span">[{escape(m.title)}]({link(src, meeting_page(m))})</p>\n'
                  f'<p class="timeline-says" markdown="span">The communiqué: <q>{mark_spanish(record, escape(" ".join(m.says.split())))}</q> '
                  f'({where_in_text(record, src, m.paragraph, " ".join(m.says.split()))})</p>\n</li>')
    md.append("</ol>\n")
    return "\n".join(md)


def meeting_entry(record: Record, m: Meeting, site_url: str) -> str:
    src = meeting_page(m)
    md = [front_matter(m.title, f"{m.title}, {date_text(m.date)}: what the Mexico–U.S. Joint Communiqué of 28 December 2023 says of it, who took part, and what public sources add.",
                       tags=meeting_tags(record, m), jsonld=ld.graph(ld.event(record, site_url, m)))]
    md.append(f"# {escape(m.title)} {{ #{m.id} }}\n")
    md.append(f'<p class="entry-kind">{"Telephone call" if m.kind == "call" else "Meeting"}</p>\n')
    md.append("## What the communiqué says { #says }\n")
    md.append(f'<blockquote class="quote" markdown>\n{mark_spanish(record, escape(" ".join(m.says.split())))}\n</blockquote>\n')
    md.append(f"From {where_in_text(record, src, m.paragraph, ' '.join(m.says.split()))} of [the communiqué]({link(src, TEXT_PAGE)}).\n")
    md.append("## When and where { #when }\n")
    lead = f"**{date_text(m.date)}**" + (f", {escape(m.place)}" if m.place else "")
    lead += "" if lead.endswith(".") else "."
    md.append(context_box(record, m.context, lead))
    attendees = record.attendees(m)
    if attendees or m.context_attendees:
        md.append("## Who took part { #attendees }\n")
    if attendees:
        md.append("According to the communiqué:\n")
        md += [f"- {person_link(src, p)}, {escape(p.title)}" for p in attendees]
        md.append("")
    if m.context_attendees:
        md.append("According to the context sources above (not the communiqué):\n")
        md += [f"- {person_link(src, record.people[i])}, {escape(record.people[i].title)}" for i in m.context_attendees]
        md.append("")
    discussed = [c for c in record.commitments.values() if record.discussed_at(c) is m]
    items = discussed or [c for c in record.commitments.values() if m.id in c.meetings]
    if items:
        md.append("## Agenda items { #agenda-items }\n")
        verb = "Discussed there" if discussed else "The communiqué's item that announces it"
        md.append(f"{verb}:\n")
        md += [f"- [{escape(c.title)}]({link(src, commitment_page(c))}) ({verb_badge(c)})" for c in items]
        md.append("")
    return "\n".join(md)


# ----------------------------------------------------------------- glossary

def glossary_id(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def glossary_page(record: Record, site_url: str) -> str:
    md = [front_matter("Glossary", "The acronyms and ranks in the Mexico–U.S. Joint Communiqué on migration: AMLO, CHNV, DACA, DHS, INM, NSC, SEGOB, SRE and more.",
                       tags=["Glossary"],
                       jsonld=ld.graph(ld.glossary(record, site_url, {t: glossary_id(t) for t in record.glossary})))]
    md.append("# Glossary { #glossary }\n")
    md.append('!!! context "Context, not from the communiqué"\n\n    These explanations come from this edition\'s context file, '
              "not from the communiqué: ordinary public knowledge, with a source named where the entry gives one. "
              "Hover over or focus an acronym anywhere on the site to see its entry.\n")
    for term, definition in sorted(record.glossary.items(), key=lambda kv: kv[0].lower()):
        text = " ".join(definition.split())
        text = re.sub(r"(https?://\S+)", r"<\1>", escape(text).replace("\\<", "<").replace("\\>", ">"))
        md.append(f"## {escape(term)} {{ #{glossary_id(term)} }}\n\n{mark_spanish(record, text)}\n")
    return "\n".join(md)


# ------------------------------------------------------- data and citation

DATA_PAGE = "data.md"
DOWNLOADS = [
    ("data/communique.json", "The whole record as JSON", "paragraphs and sentences with their exact text, agenda items, people, organisations, meetings, the ties between people and items with their basis, and the context facts with their sources"),
    ("data/communique.schema.json", "Its JSON Schema", "the fields below, for validating the JSON"),
    ("data/people.csv", "People, as CSV", "one row a person, for spreadsheets"),
    ("data/agenda-items.csv", "Agenda items, as CSV", "one row an item, for spreadsheets"),
    ("data/communique.akn.xml", "The communiqué in Akoma Ntoso", "a `statement` document whose eIds are this site's anchors, with people and bodies as `TLCPerson` and `TLCOrganization` references"),
]


def _type_of(spec: dict) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1].replace("_", " ")
    kind = spec.get("type", "object")
    if kind == "array":
        return f"list of {_type_of(spec.get('items', {}))}s"
    return " or ".join(kind) if isinstance(kind, list) else kind


def data_page(record: Record, site_url: str) -> str:
    src = DATA_PAGE
    schema = export.schema()
    md = [front_matter("Data and citation", "Download the Mexico–U.S. Joint Communiqué of 28 December 2023 as data (JSON, CSV, Akoma Ntoso) and cite it, its paragraphs and its commitments.",
                       tags=["Data"])]
    md.append("# Data and citation { #data }\n")
    md.append("Everything this edition knows about the communiqué, to download, and how to cite it.\n")
    md.append("## Downloads { #downloads }\n")
    md += [f"- [{name}]({link(src, path)}): {what}." for path, name, what in DOWNLOADS]
    md.append("")
    md.append("## How to cite { #cite }\n")
    md.append("Each paragraph of [the full text](text.md) and each [agenda item](commitments/index.md) has its own "
              "citation, ready to copy, beside it; every section has a permanent link (¶) and a *Copy link* button. "
              "Addresses never change: a page that moves keeps its old address through a redirect. For the whole communiqué:\n")
    md.append(citation_block(record, citation(record, site_url, "text/"), "the communiqué", "data-communique", open_=True))
    md.append("## Permanent identifiers { #identifiers }\n")
    md.append("Paragraphs and sentences are numbered from the structure of the text, after Akoma Ntoso: "
              "`para_2` is the second paragraph, `para_2__sent_3` its third sentence "
              f"([example]({link(src, TEXT_PAGE, 'para_2__sent_3')})). People, agenda items, organisations and meetings are "
              "identified by a readable id that never changes: `participants/alicia-barcena-ibarra/`, "
              "`commitments/root-causes/`, `participants/organisations/#sre`, `meetings/mexico-city/`.\n")
    md.append("## Fields { #fields }\n")
    md.append("Every field of the JSON, from [its schema]({}).\n".format(link(src, "data/communique.schema.json")))
    sections = [("record", "The record", schema)] + [(name, name.replace("_", " ").capitalize(), spec)
                                                      for name, spec in schema["$defs"].items()]
    for ident, heading, spec in sections:
        md.append(f"### {heading} {{ #field-{ident.replace('_', '-')} }}\n")
        md.append(f"{spec['description']}\n")
        md.append('<div markdown data-search-exclude>\n')
        md.append("| Field | Type | What it holds |\n|---|---|---|")
        for name, field_spec in spec["properties"].items():
            target = schema["$defs"].get(field_spec.get("$ref", "").rsplit("/", 1)[-1], field_spec)
            md.append(f"| `{name}` | {_type_of(field_spec)} | {escape(target.get('description', ''))} |")
        md.append("\n</div>\n")
    return "\n".join(md)


def derived_pages(record: Record, site_url: str) -> dict[str, str]:
    """Every derived page: its path under docs/, and its Markdown."""
    pages = {
        TEXT_PAGE: text_page(record, site_url),
        "commitments/index.md": commitments_index(record, site_url),
        "participants/index.md": participants_index(record, site_url),
        ORGANISATIONS_PAGE: organisations_page(record, site_url),
        MATRIX_PAGE: matrix_page(record, site_url),
        "meetings/index.md": meetings_index(record, site_url),
        GLOSSARY_PAGE: glossary_page(record, site_url),
        DATA_PAGE: data_page(record, site_url),
    }
    pages.update({commitment_page(c): commitment_entry(record, c, site_url) for c in record.commitments.values()})
    pages.update({person_page(p): person_entry(record, p, site_url) for p in record.people.values()})
    pages.update({meeting_page(m): meeting_entry(record, m, site_url) for m in record.meetings.values()})
    return pages


NAV_LIMIT = 60


def nav_sections(record: Record) -> dict[str, list[str]]:
    """The pages listed under each section's index page in the navigation.
    Every page carries the whole navigation, so a section of more than
    NAV_LIMIT entries lists its index page only: its table links them all."""
    sections = {
        "commitments/index.md": [commitment_page(c) for c in record.commitments.values()],
        "participants/index.md": [person_page(p) for p in record.people.values()],
        "meetings/index.md": [meeting_page(m) for m in record.meetings.values()],
    }
    listed = {index: entries if len(entries) <= NAV_LIMIT else [] for index, entries in sections.items()}
    listed["participants/index.md"] += [ORGANISATIONS_PAGE, MATRIX_PAGE]
    return listed


def unlisted_patterns(record: Record) -> list[str]:
    """For MkDocs' `not_in_nav`: the entries of the sections too long to list.
    A pattern a section, not one a page, so that checking stays linear."""
    patterns = []
    for index, entries in nav_sections(record).items():
        folder = posixpath.dirname(index)
        if not any(posixpath.dirname(e) == folder and e not in (ORGANISATIONS_PAGE, MATRIX_PAGE) for e in entries):
            kept = [index] + [e for e in entries if posixpath.dirname(e) == folder]
            patterns += [f"/{folder}/*.md", *(f"!/{e}" for e in kept)]
    return patterns
