"""What a reference manager reads in each page's head (Zotero's Embedded
Metadata translator: Highwire citation_*, Dublin Core DC.*, Open Graph og:*),
read from every built page and checked against the record and the changes
log: the full text and each agenda item save as the communiqué (a report
of its publisher, its full title, its ISO date, the page's permanent
address); every other page as the edition's own page, dated by the log."""
from __future__ import annotations

from pathlib import Path

import pytest

from built_html import soup
from edition_tools.build import PUBLISHED_AT
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
    from edition.build import read_config
    return read_config(ROOT / "mkdocs.yml")


ADDRESS_TAGS = ("og:url", "citation_public_url", "DC.identifier")


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


@pytest.mark.parametrize("build", ["local", "published"])
def test_the_text_and_each_agenda_item_save_as_the_communique(build, pages, published_pages, record, config):
    """As before in a build for publishing; in a local one, the same less the
    tags that would give a permanent address (edition/publishing.py)."""
    pub = record.context["publication"]
    publisher = pub["publisher"].split(" (")[0]
    expected_pages = communique_pages(record)
    built = published_pages if build == "published" else pages
    assert expected_pages <= set(built)
    for page in expected_pages:
        tags = meta(built[page])
        if build == "local":
            assert not [k for k in ADDRESS_TAGS if k in tags], page
            tags |= {k: [PUBLISHED_AT + page.removesuffix("index.html")] for k in ADDRESS_TAGS}
        permalink = PUBLISHED_AT + page.removesuffix("index.html")
        one = {k: v[0] for k, v in tags.items()}
        assert all(len(v) == 1 for k, v in tags.items() if k.startswith(("citation_", "DC.", "og:"))), page
        assert one["citation_title"] == one["DC.title"] == record.communique.title, page
        assert one["citation_date"] == one["DC.date"] == pub["date"].isoformat(), page
        assert one["citation_technical_report_institution"] == one["citation_publisher"] == one["DC.publisher"] == publisher
        assert one["citation_public_url"] == one["og:url"] == one["DC.identifier"] == permalink, page
        assert one["DC.type"] == "Joint communiqué"  # the title's own word for it
        assert one["citation_language"] == one["DC.language"] == config["theme"]["language"]


@pytest.mark.parametrize("build", ["local", "published"])
def test_every_other_page_saves_as_the_editions_own_page_dated_by_the_log(build, pages, published_pages, record,
                                                                          log, config):
    built = published_pages if build == "published" else pages
    others = set(built) - communique_pages(record)
    assert others
    for page in others:
        tags = meta(built[page])
        one = {k: v[0] for k, v in tags.items()}
        assert not [k for k in tags if k.startswith("citation_")], page  # else a manager makes it an article
        assert one["og:site_name"] == config["site_name"]
        if build == "local":
            assert not [k for k in ADDRESS_TAGS if k in tags], page
        else:
            assert one["og:url"] == one["DC.identifier"] == PUBLISHED_AT + page.removesuffix("index.html")
        assert one["DC.title"] == one["og:title"]
        changed = log.last_changed(source_of(page)) or log.updated
        assert one["DC.date"] == one["article:modified_time"] == changed.isoformat(), page
    home = meta(built["index.html"])
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


@pytest.mark.parametrize("address, message", [
    ("https://communique.example.org/", "EDITION_PUBLISH is set but EDITION_URL is 'https://communique.example.org/', a placeholder"),
    ("", "EDITION_PUBLISH is set but EDITION_URL is not: set EDITION_URL to the address the edition is published at"),
    ("http://127.0.0.1:8000/", "EDITION_PUBLISH is set but EDITION_URL is 'http://127.0.0.1:8000/', a placeholder"),
])
def test_a_build_for_publishing_refuses_a_placeholder_or_missing_address(tmp_path, address, message):
    from edition_tools.build import build_site
    result = build_site(tmp_path / "site", address=address)
    assert result.returncode != 0 and not (tmp_path / "site" / "index.html").exists()
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_what_counts_as_a_permanent_address():
    from edition import publishing
    assert publishing.is_set("https://communique.gob.mx/") and publishing.is_set(PUBLISHED_AT)
    for placeholder in ("https://communique.example.org/", "https://example.com", "http://localhost:8000/",
                        "http://127.0.0.1:8000/", "http://10.0.0.2/", "ftp://communique.gob.mx/", "communique.gob.mx", ""):
        assert not publishing.is_set(placeholder), placeholder
