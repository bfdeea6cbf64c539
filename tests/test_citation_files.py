"""The citation downloads (BibTeX, RIS, CSL-JSON) as a reference manager
reads them, from the built site: one set for the communiqué and one for
each agenda item, each linked where its citation is shown, each saying
what the page's head says (title, publisher, date, the part's permanent
address) and where the release can be read (the archived copy, and the
address as issued)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from built_html import article, resolve
from edition.cite import NOT_SET
from edition.record import load
from edition_tools.build import PUBLISHED_AT

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def record():
    return load(ROOT / "data")


def parts(record) -> dict[str, tuple[str, str]]:
    """Each citable part's file name, the page that shows its citation, and the part's own page."""
    return {"communique": ("data/index.html", "text/index.html"),
            **{c: (f"commitments/{c}/index.html",) * 2 for c in record.commitments}}


def bibtex_fields(text: str) -> tuple[str, dict[str, str]]:
    kind = re.match(r"@(\w+)\{", text).group(1)
    return kind, {k: v for k, v in re.findall(r"^  (\w+) = \{(.*)\},?$", text, re.M)}


def ris_fields(text: str) -> dict[str, str]:
    assert text.endswith("ER  - \r\n")
    return dict(re.findall(r"^([A-Z][A-Z0-9])  - (.*?)\r$", text, re.M))


def test_each_part_has_its_three_downloads_linked_beside_its_citation(pages, site, record):
    for name, (page, _) in parts(record).items():
        links = {a.get_text(): resolve(page, a["href"])[0]
                 for a in article(pages[page]).select("p.citation-downloads a[href]")}
        assert links == {fmt: f"cite/{name}.{ext}" for ext, fmt in (("bib", "BibTeX"), ("ris", "RIS"), ("json", "CSL-JSON"))}, page
        assert all((site / path).is_file() for path in links.values())


@pytest.mark.parametrize("build", ["local", "published"])
def test_the_downloads_say_what_the_head_and_the_chicago_citation_say(build, site, published_site, record):
    """Published: the part's permanent address as the URL. Local (no
    permanent address): no URL field; the note says so and gives the
    part's path within the edition."""
    pub, kept = record.context["publication"], record.context["archives"]["publication"]
    publisher, title, date = pub["publisher"].split(" (")[0], record.communique.title, pub["date"]
    built = published_site if build == "published" else site
    for name, (_, page) in parts(record).items():
        path = page.removesuffix("index.html")
        url = PUBLISHED_AT + path if build == "published" else None
        kind, bib = bibtex_fields((built / f"cite/{name}.bib").read_text("utf-8"))
        ris = ris_fields((built / f"cite/{name}.ris").read_bytes().decode("utf-8"))
        [csl] = json.loads((built / f"cite/{name}.json").read_text("utf-8"))
        assert (kind, bib["title"], bib["institution"], bib["date"], bib.get("url")) == (
            "techreport", "{" + title + "}", publisher, date.isoformat(), url)
        assert bib["language"] == ris["LA"] == csl["language"] == "en"  # Zotero's BibTeX import reads `language`, not `langid`
        assert (ris["TY"], ris["TI"], ris["PB"], ris["DA"], ris.get("UR")) == ("RPRT", title, publisher, f"{date:%Y/%m/%d}/", url)
        assert (csl["type"], csl["title"], csl["publisher"], csl["issued"]["date-parts"][0], csl.get("URL")) == (
            "report", title, publisher, [date.year, date.month, date.day], url)
        for note in (bib["note"], ris["N1"], csl["note"]):
            if build == "local":
                assert note.endswith(f"Web edition: {NOT_SET}; this part's path within the edition: {path}"), note
            else:
                assert NOT_SET not in note
            assert kept["archived"] in note and kept["as_issued"] in note
            assert note.index(kept["archived"]) < note.index(kept["as_issued"])  # the one a reader can open first
        if name != "communique":
            c = record.commitments[name]
            assert f"paragraph {c.paragraph}, sentence " in csl["note"]


@pytest.mark.parametrize("text, escaped", [("Tom & Jerry 100% #1 a_b {x} ~ ^ \\", r"Tom \& Jerry 100\% \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}")])
def test_bibtex_escapes_what_tex_would_read(text, escaped):
    from edition.cite_formats import bibtex_text
    assert bibtex_text(text) == escaped
