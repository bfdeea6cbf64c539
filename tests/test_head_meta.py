"""What a reference manager reads in each page's head (Zotero's Embedded
Metadata translator: Highwire citation_*, Dublin Core DC.*, Open Graph og:*),
read from every built page and checked against the record and the changes
log: the full text and each agenda item save as the communiqué (a report
of its publisher, its full title, its ISO date, the page's permanent
address); every other page as the edition's own page, dated by the log."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from built_html import soup
from edition import changes
from edition.record import load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def record():
    return load(ROOT / "data")


@pytest.fixture(scope="module")
def log():
    return changes.load(ROOT / "data")


@pytest.fixture(scope="module")
def config():
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    # Only the plain keys: the file's !ENV tags are MkDocs' own.
    return {k: v for k, v in yaml.safe_load(re.sub(r"!ENV \[(\w+), (\w+)\]", r"\2", text)).items()}


def meta(html: str) -> dict[str, list[str]]:
    """Every <meta name|property=… content=…> of the head, by key."""
    found: dict[str, list[str]] = {}
    for tag in soup(html).head.select("meta[content]"):
        key = tag.get("name") or tag.get("property")
        if key:
            found.setdefault(key, []).append(tag["content"])
    return found


def source_of(page: str) -> str:
    """The source path under docs/ of a built page: 'text/index.html' -> 'text.md'."""
    if page == "index.html":
        return "index.md"
    folder = page.removesuffix("/index.html")
    return f"{folder}/index.md" if (ROOT / "docs" / folder).is_dir() or folder in ("commitments", "participants", "meetings") else f"{folder}.md"


def communique_pages(record) -> set[str]:
    return {"text/index.html", *(f"commitments/{c}/index.html" for c in record.commitments)}


def test_the_text_and_each_agenda_item_save_as_the_communique(pages, record, config):
    pub = record.context["publication"]
    publisher = pub["publisher"].split(" (")[0]
    expected_pages = communique_pages(record)
    assert expected_pages <= set(pages)
    for page in expected_pages:
        tags, permalink = meta(pages[page]), config["site_url"] + page.removesuffix("index.html")
        one = {k: v[0] for k, v in tags.items()}
        assert all(len(v) == 1 for k, v in tags.items() if k.startswith(("citation_", "DC.", "og:"))), page
        assert one["citation_title"] == one["DC.title"] == record.communique.title, page
        assert one["citation_date"] == one["DC.date"] == pub["date"].isoformat(), page
        assert one["citation_technical_report_institution"] == one["citation_publisher"] == one["DC.publisher"] == publisher
        assert one["citation_public_url"] == one["og:url"] == one["DC.identifier"] == permalink, page
        assert one["DC.type"] == "Joint communiqué"  # the title's own word for it
        assert one["citation_language"] == one["DC.language"] == config["theme"]["language"]


def test_every_other_page_saves_as_the_editions_own_page_dated_by_the_log(pages, record, log, config):
    others = set(pages) - communique_pages(record)
    assert others
    for page in others:
        tags = meta(pages[page])
        one = {k: v[0] for k, v in tags.items()}
        assert not [k for k in tags if k.startswith("citation_")], page  # else a manager makes it an article
        assert one["og:site_name"] == config["site_name"]
        assert one["og:url"] == one["DC.identifier"] == config["site_url"] + page.removesuffix("index.html")
        assert one["DC.title"] == one["og:title"]
        changed = log.last_changed(source_of(page)) or log.updated
        assert one["DC.date"] == one["article:modified_time"] == changed.isoformat(), page
    home = meta(pages["index.html"])
    assert home["DC.title"] == [config["site_name"]]


def test_no_body_as_an_author_and_no_page_typed_website(pages):
    for page, html in pages.items():
        tags = meta(html)
        # A manager splits an author into given and family names: "The White / House".
        assert not tags.get("citation_author") and not tags.get("DC.creator"), page
        # og:type website makes a manager save a bare web page whatever else the head says.
        assert tags["og:type"] == ["article"], page


def test_a_change_dates_only_the_pages_it_names(tmp_path):
    (tmp_path / "changes.yaml").write_text(
        "- {id: a, date: 2026-01-01, what: First., why: First., pages: ['*']}\n"
        "- {id: b, date: 2026-02-01, what: People., why: Why., pages: ['participants/*.md']}\n", "utf-8")
    log = changes.load(tmp_path)
    assert str(log.last_changed("participants/antony-blinken.md")) == "2026-02-01"
    assert str(log.last_changed("text.md")) == "2026-01-01"


@pytest.mark.parametrize("yaml_text, message", [
    ("- {id: a, date: 2026-01-01, what: A., why: B., pages: ['*']}\n- {id: a, date: 2026-01-02, what: A., why: B., pages: ['*']}\n",
     "data/changes.yaml: entry 'a', field 'id': the id is given twice"),
    ("- {id: a, date: '2026-01-01', what: A., why: B., pages: ['*']}\n", "data/changes.yaml: entry 'a', field 'date'"),
    ("- {id: a, date: 2026-01-01, what: A., why: B., pages: ['../x.md']}\n", "data/changes.yaml: entry 'a', field 'pages'"),
    ("- {id: a, date: 2026-01-01, what: '<b>', why: B., pages: ['*']}\n", "data/changes.yaml: entry 'a', field 'what'"),
    ("{}\n", "data/changes.yaml: entry '(file)'"),
])
def test_a_bad_change_is_refused_with_file_entry_and_field(tmp_path, yaml_text, message):
    (tmp_path / "changes.yaml").write_text(yaml_text, "utf-8")
    with pytest.raises(changes.RecordError) as error:
        changes.load(tmp_path)
    assert str(error.value).startswith(message)


def test_a_build_for_publishing_refuses_the_placeholder_address(tmp_path, monkeypatch):
    from edition import publishing
    from edition_tools.build import build_site
    monkeypatch.setenv(publishing.PUBLISH_ENV, "1")
    result = build_site(tmp_path / "site")
    assert result.returncode != 0
    assert "EDITION_PUBLISH is set but site_url in mkdocs.yml is 'https://communique.example.org/', a placeholder" in result.stderr
    assert "Traceback" not in result.stderr
    assert publishing.is_set("https://communique.gob.mx/") and not publishing.is_set("https://communique.example.org/")
