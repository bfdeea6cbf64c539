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
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from edition import addresses, search_terms
from edition.record import RecordError, load_once

KIND_LINE = re.compile(r'<p class="entry-kind"(?![^>]*data-search-exclude)')

# The pages with a kind line (their URLs), from this build.
ENTRIES: set[str] = set()
# Each page's URL (as this build publishes it: the offline edition's differ), by source path.
URLS: dict[str, str] = {}


def on_page_content(html: str, *, page, **kwargs) -> str:
    URLS[page.file.src_uri] = page.url
    if 'class="entry-kind"' in html:
        ENTRIES.add(page.url)
    return KIND_LINE.sub('<p class="entry-kind" data-search-exclude', html)


def _data_dir(config) -> Path:
    return Path(config.config_file_path).parent / "data"


def additions(record, words, urls: dict[str, str]) -> dict[str, dict]:
    """What each entry of the index gains, by its location."""
    out: dict[str, dict] = {}

    def put(page: str, anchor: str = "", **fields) -> None:
        if page in urls:
            where = urls[page] + (f"#{anchor}" if anchor else "")
            out.setdefault(where, {}).update({k: v for k, v in fields.items() if v})

    for p in record.people.values():
        put(addresses.page_of(p), text=f"<p>{html.escape(search_terms.person_teaser(record, p), quote=False)}</p>",
            es=list(p.keywords_es))
    for entry in [*record.commitments.values(), *record.meetings.values()]:
        put(addresses.page_of(entry), es=list(entry.keywords_es))
    for term, listed in words.glossary.items():
        put(addresses.GLOSSARY, addresses.glossary_id(term), es=list(listed))
    put(addresses.TEXT, es=list(words.text))
    for number, pairs in search_terms.mexican_wording(record).items():
        put(addresses.TEXT, record.communique.paragraph(number).eid,
            mx=[mexico for mexico, _ in pairs], wh=[white_house for _, white_house in pairs])
    return out


def on_config(config, **kwargs):
    """Stop the build at once on a bad data/search_es.yaml."""
    try:
        search_terms.spanish_words(load_once(_data_dir(config)), _data_dir(config))
    except RecordError as error:
        raise PluginError(f"Bad record: {error}") from None
    return config


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
            continue
        out.append(doc)
    return out


def on_post_build(config, **kwargs) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text("utf-8"))
    data["docs"] = tidy(data["docs"], ENTRIES)
    record = load_once(_data_dir(config))
    added = additions(record, search_terms.spanish_words(record, _data_dir(config)), URLS)
    for doc in data["docs"]:
        doc.update(added.get(doc["location"], {}))
    path.write_text(json.dumps(data, separators=(",", ":")), "utf-8")


def on_pre_build(**kwargs) -> None:
    ENTRIES.clear()
    URLS.clear()
