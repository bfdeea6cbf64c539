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
"""
from __future__ import annotations

import json
import re
from pathlib import Path

KIND_LINE = re.compile(r'<p class="entry-kind"(?![^>]*data-search-exclude)')

# The pages with a kind line (their URLs), from this build.
ENTRIES: set[str] = set()


def on_page_content(html: str, *, page, **kwargs) -> str:
    if 'class="entry-kind"' in html:
        ENTRIES.add(page.url)
    return KIND_LINE.sub('<p class="entry-kind" data-search-exclude', html)


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
    path.write_text(json.dumps(data, separators=(",", ":")), "utf-8")


def on_pre_build(**kwargs) -> None:
    ENTRIES.clear()
