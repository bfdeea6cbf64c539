"""The search index says what each section holds, no more.

Material's search plugin gives every section of a page the page's tags, so a
search for a person's title or an item's keyword listed every section of
the page ("Cite", an empty "Agenda items") under "N more on this page".
After the build, this hook keeps the tags on the page's own entry only:
a section is found by its own words.

An entry's kind line (`<p class="entry-kind">`, "Agenda item · reaffirmed ·
…") is left out of the index, so that it is never a result's teaser; a page
left with no text of its own before its first section (an agenda item, a
meeting) takes that section's text, the quoted words, as its teaser, and
the section's entry, which would repeat it, goes.

What the record knows that a page's text does not say goes on the entries
too (edition/search_terms.py): a person's page shows their title, body and
side as its teaser, not the page's labels; the edition's own Spanish search
words go in a field of their own (`es`) on the entry's page, a glossary
term's section and the full text; the wording of Mexico's release (`mx`,
with the White House text's wording beside it, `wh`, not indexed) on the
text's paragraph where the two differ. mkdocs.yml gives the fields their
weight; hooks/search_worker.js says on a result when it was found by them.

Each entry also says what kind of words it holds (`words`, not indexed),
read from the page's markup, so that a phrase found in the communiqué's own
words comes before the same phrase in the edition's notes and labels:
"text" for a section of the communiqué itself (inside `div.communique`, the
full text's paragraphs), "quote" for a section that quotes it
(`blockquote.quote`, an entry's "What the communiqué says"), with the
quoted words (`said`); the rest is the edition's and carries neither. A
meeting's page carries the names of the sources it is dated and described
by (`src`): a reader who types a source's name ("State Department
readout") finds the meeting the source is about.
"""
from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition import addresses, search_terms
from edition.build import current

KIND_LINE = re.compile(r'<p class="entry-kind"(?![^>]*data-search-exclude)')


class Seen:
    """What this build's pages showed, as they were rendered, for the index
    after the build: the one state of this hook, emptied as a build starts."""

    def __init__(self):
        self.reset()

    def reset(self) -> None:
        self.entries: set[str] = set()  # the pages with a kind line (their URLs)
        self.urls: dict[str, str] = {}  # each page's URL (as this build publishes it: the offline edition's differ), by source path
        self.words: dict[str, dict] = {}  # what kind of words each section holds, by its location: see words_of


SEEN = Seen()

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# What words_of looks for (div.communique, blockquote.quote): a page without either has nothing to read.
_READ = re.compile(r'<(?:div|blockquote)\b[^>]*\bclass="(?:[^"]*\s)?(?:communique|quote)[\s"]')


class _Sections(HTMLParser):
    """A page's sections (by heading id; "" before the first h2), each with
    whether it stands in the communiqué's text and the words it quotes of it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.divs: list[bool] = []   # for each open <div>: is it div.communique?
        self.quoting = 0             # depth of open blockquote.quote
        self.section = ""
        self.found: dict[str, dict] = {}

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div":
            self.divs.append("communique" in classes)
        elif tag == "blockquote" and (self.quoting or "quote" in classes):
            if not self.quoting:
                self.found.setdefault(self.section, {}).setdefault("said", []).append("")
            self.quoting += 1
        elif tag in HEADINGS and dict(attrs).get("id"):
            self.section = "" if tag == "h1" else dict(attrs)["id"]
            if any(self.divs):
                self.found.setdefault(self.section, {})["words"] = "text"

    def handle_endtag(self, tag):
        if tag == "div" and self.divs:
            self.divs.pop()
        elif tag == "blockquote" and self.quoting:
            self.quoting -= 1

    def handle_data(self, data):
        if self.quoting:
            said = self.found[self.section]["said"]
            said[-1] += data


def words_of(content: str) -> dict[str, dict]:
    """By section id: {"words": "text"} for a section of the communiqué
    itself; {"words": "quote", "said": [...]} for one that quotes it."""
    if not _READ.search(content):  # neither the communiqué's text nor a quote of it: nothing to find
        return {}
    parser = _Sections()
    parser.feed(content)
    out = {}
    for section, found in parser.found.items():
        said = [" ".join(s.split()) for s in found.get("said", []) if s.strip()]
        if found.get("words") == "text":
            out[section] = {"words": "text"}
        elif said:
            out[section] = {"words": "quote", "said": said}
    return out


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    SEEN.urls[page.file.src_uri] = page.url
    for section, kind in words_of(html).items():
        SEEN.words[page.url + (f"#{section}" if section else "")] = kind
    if 'class="entry-kind"' in html:
        SEEN.entries.add(page.url)
    return KIND_LINE.sub('<p class="entry-kind" data-search-exclude', html)


def _data_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


def additions(record, words, urls: dict[str, str]) -> dict[str, dict]:
    """What each entry of the index gains, by its location."""
    out: dict[str, dict] = {}

    def put(page: str, anchor: str = "", **fields) -> None:
        if page in urls:
            where = urls[page] + (f"#{anchor}" if anchor else "")
            out.setdefault(where, {}).update({k: v for k, v in fields.items() if v})

    for entry in record.entries_with_pages():  # the edition's Spanish words, on every entry that has them
        put(addresses.page_of(entry), es=list(getattr(entry, "keywords_es", ())))
    for p in record.people.values():
        put(addresses.page_of(p), text=f"<p>{html.escape(search_terms.person_teaser(record, p), quote=False)}</p>")
    for meeting in record.meetings.values():
        put(addresses.page_of(meeting), src=search_terms.meeting_sources(record, meeting))
    for term, listed in words.glossary.items():
        put(addresses.GLOSSARY, addresses.glossary_id(term), es=list(listed))
    put(addresses.TEXT, es=list(words.text))
    for number, pairs in search_terms.mexican_wording(record).items():
        put(addresses.TEXT, record.communique.paragraph(number).eid,
            mx=[mexico for mexico, _ in pairs], wh=[white_house for _, white_house in pairs])
    return out


def tidy(docs: list[dict], entries: set[str]) -> list[dict]:
    """Sections without the page's tags; an entry page's empty lead filled
    from its first section, which then goes."""
    out: list[dict] = []
    page: dict | None = None
    for doc in docs:
        path, _, anchor = doc["location"].partition("#")
        if not anchor:
            page = doc
            out.append(doc)
            continue
        doc.pop("tags", None)
        first = page is not None and page["location"] == path and out[-1] is page
        if first and path in entries and not page["text"]:
            page["text"] = doc["text"]
            page.update({k: doc[k] for k in ("words", "said") if k in doc})
            continue
        out.append(doc)
    return out


def on_post_build(*, config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text("utf-8"))
    for doc in data["docs"]:
        doc.update(SEEN.words.get(doc["location"], {}))
    data["docs"] = tidy(data["docs"], SEEN.entries)
    # The record and data/search_es.yaml as the build's one edition has them
    # (hooks/edition_build.py made it, and checked both: under `mkdocs serve`
    # a bad save leaves the last good ones).
    edition = current(_data_dir(config))
    added = additions(edition.record, edition.spanish, SEEN.urls)
    for doc in data["docs"]:
        doc.update(added.get(doc["location"], {}))
    path.write_text(json.dumps(data, separators=(",", ":")), "utf-8")


def on_pre_build(*, config: MkDocsConfig) -> None:
    SEEN.reset()
