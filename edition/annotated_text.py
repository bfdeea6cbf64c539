"""The full text's paragraphs as the text page shows them: the exact words,
each sentence a span with its own id, its number and its copy-link button;
passages linked to their agenda item, names to their entry, and the phrases
Mexico's release words differently marked."""
from __future__ import annotations

import json

from markupsafe import Markup

from edition import addresses
from edition.addresses import page_of, relative
from edition.cite import cite
from edition.escaping import markdown_text
from edition.page_helpers import Helpers
from edition.record import Record
from edition.text import Paragraph


def variants_of(record: Record, para: Paragraph) -> list[tuple[int, int, dict]]:
    """Where Mexico's English release words a phrase of this paragraph
    differently (context.yaml publication.mexican_release.variants):
    (start, end, variant) in the paragraph's text."""
    release = record.context["publication"].get("mexican_release") or {}
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


def annotated(h: Helpers, para: Paragraph) -> Markup:
    """The paragraph's exact words, each sentence a span with its own id
    holding its number (shown in the margin) and a button that copies
    its permanent link and offers its citation; passages linked to their
    commitment, names to their entry, and the phrases Mexico's release
    words differently marked (the note is the button's, never in the
    run of words: the paragraph still reads and copies as the text)."""
    src = addresses.TEXT
    variants = variants_of(h.record, para)

    def words(text: str, es: bool) -> str:
        """Text escaped (and, in a passage, its Spanish names marked), its spaces kept."""
        if not es or not text.strip():
            return markdown_text(text)
        core = text.strip()
        lead, trail = text[:text.index(core)], text[text.index(core) + len(core):]
        return markdown_text(lead) + h.spanish(core) + markdown_text(trail)

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
    for c in h.index.commitments_in.get(para.number, []):
        for quote in c.quotes:
            text = " ".join(quote.split())
            start = para.text.index(text)
            end = start + len(text)
            spans.append((start, end, f"[{plain(start, end, es=True)}]({relative(src, page_of(c))})"
                                      f'{{ .passage title="Agenda item: {markdown_text(c.title)}" }}'))
    for start, end, person in h.index.mentions(para.text):
        if all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, f"[{h.name(person, para.text[start:end])}]({relative(src, page_of(person))})"))
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
                   f"{sentence_controls(h, para, i, mine)}{''.join(parts)}</span>")
        pos = offset = s_end
    return Markup("".join(out))


def sentence_controls(h: Helpers, para: Paragraph, i: int, variants: list[dict]) -> str:
    """A sentence's number (2.4, for the margin; hidden from screen
    readers, whose button says it) and its copy-link button, which
    carries the sentence's permanent link (none while the permanent
    address is not set: the script gives the address the reader is on),
    its plain citation and Mexico's wording of its phrases. Nothing
    here is text: selecting the paragraph selects only its words."""
    eid, n = para.sentence_eid(i), f"{para.number}.{i + 1}"
    where = f"paragraph {para.number}, sentence {i + 1}"
    permalink = h.site.absolute(addresses.TEXT, eid) if h.permanent else ""
    citation = cite(h.record, permalink or "", where)
    h.used(addresses.TEXT, h.record.context["publication"]["url"])  # the citation names the release
    mexico = json.dumps([[v["white_house"], v["sre_en"]] for v in variants], ensure_ascii=False)
    attrs = {"aria-label": f"Copy link to {where}", "data-sentence": eid, "data-n": n,
             "data-href": permalink, "data-cite": citation.plain, "data-mexico": mexico if variants else ""}
    # Character references, not markupsafe's escape: Markdown reads a link or a code span even inside
    # a tag ('[x](y)' in a source's title would end the attribute); an attribute shows them as typed.
    shown = " ".join(f'{k}="{markdown_text(v)}"' for k, v in attrs.items() if v)
    return (f'<span class="sentence-number" aria-hidden="true" data-n="{n}"></span>'
            f'<button type="button" class="sentence-link" {shown} hidden></button>')
