"""A bad entry stops the build with a message that names the file, the
entry and the field; a field that is allowed reaches every place as typed."""
import datetime
import json
import shutil

import pytest
import yaml

from conftest import ROOT, build_site
from built_html import soup, text_of
from edition.record import RecordError, load


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def edit(folder, name, change):
    path = folder / name
    records = yaml.safe_load(path.read_text("utf-8"))
    change(records)
    path.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), "utf-8")


def first(records, **match):
    return next(r for r in records if all(r.get(k) == v for k, v in match.items()))


CASES = {
    "duplicate id": ("people.yaml", lambda r: r.append(dict(r[1])), "data/people.yaml", "antony-blinken", "id", "duplicate id"),
    "unknown id": ("commitments.yaml", lambda r: first(r, id="root-causes").update(related=[{"item": "no-such-item", "basis": "x"}]),
                   "data/commitments.yaml", "root-causes", "related", "unknown item 'no-such-item'"),
    "unknown person": ("commitments.yaml", lambda r: first(r, id="next-meeting").update(attributed_to="john-doe"),
                       "data/commitments.yaml", "next-meeting", "attributed_to", "'john-doe'"),
    "missing field": ("people.yaml", lambda r: first(r, id="katie-tobin").pop("title"),
                      "data/people.yaml", "katie-tobin", "title", "missing field"),
    "unknown field": ("meetings.yaml", lambda r: first(r, id="mexico-city").update(venue="x"),
                      "data/meetings.yaml", "mexico-city", "venue", "unknown field"),
    "quote not verbatim": ("commitments.yaml", lambda r: first(r, id="root-causes")["quotes"].__setitem__(0, "address the root causes of migration, such as poverty and violence"),
                           "data/commitments.yaml", "root-causes", "quotes", "not verbatim in paragraph 2"),
    "quote in the wrong paragraph": ("commitments.yaml", lambda r: first(r, id="border-trade").update(paragraph=3),
                                     "data/commitments.yaml", "border-trade", "quotes", "not verbatim in paragraph 3"),
    "misspelt name": ("people.yaml", lambda r: first(r, id="luisa-maria-alcalde-lujan")["printed"].__setitem__(0, "Luisa Maria Alcalde Lujan"),
                      "data/people.yaml", "luisa-maria-alcalde-lujan", "printed", "'Luisa Maria Alcalde Lujan' is not in the text"),
    "person named with no record": ("people.yaml", lambda r: r.remove(first(r, id="ken-salazar")),
                                    "data/people.yaml", "Ken Salazar", "name", "no entry has the name"),
    "verb not in the text": ("commitments.yaml", lambda r: first(r, id="regularization-daca").update(verb="agreed"),
                             "data/commitments.yaml", "regularization-daca", "verb", "'agreed' is not in paragraph 4"),
    "date against context": ("meetings.yaml", lambda r: first(r, id="leaders-call").update(date=datetime.date(2023, 12, 20)),
                             "data/meetings.yaml", "leaders-call", "date", "disagrees with data/context.yaml"),
    "markup in a title": ("commitments.yaml", lambda r: first(r, id="border-trade").update(title="Trade <script>alert(1)</script>"),
                          "data/commitments.yaml", "border-trade", "title", "'<' and '>' are not allowed"),
    "a character reference": ("people.yaml", lambda r: first(r, id="katie-tobin").update(aliases=["AT&amp;T"]),
                              "data/people.yaml", "katie-tobin", "aliases.0", "could be read as a character reference"),
    "a spreadsheet formula": ("commitments.yaml", lambda r: first(r, id="border-trade").update(keywords=['=HYPERLINK(1)']),
                              "data/commitments.yaml", "border-trade", "keywords.0", "spreadsheet would read it as a formula"),
    "two lines in a title": ("meetings.yaml", lambda r: first(r, id="mexico-city").update(title="The meeting\nin Mexico City"),
                             "data/meetings.yaml", "mexico-city", "title", "must be one line"),
    "a surname no source gives": ("people.yaml", lambda r: first(r, id="alicia-barcena-ibarra").update(surname="Bárcena Ibarra"),
                                  "data/people.yaml", "alicia-barcena-ibarra", "surname", "no source says which words are the surname"),
    "a source not in the context file": ("meetings.yaml", lambda r: first(r, id="washington-follow-up")["topics"][0].update(source="https://example.com/x"),
                                         "data/meetings.yaml", "washington-follow-up", "topics.0.source", "is not a source in data/context.yaml"),
    "a verb the model does not know": ("commitments.yaml", lambda r: first(r, id="root-causes").update(verb="promised"),
                                       "data/commitments.yaml", "root-causes", "verb", "must be one of reaffirmed"),
    "a glossary term that is syntax": ("context.yaml", lambda r: r["glossary"].update({"DACA]: <b": "x"}),
                                       "data/context.yaml", "glossary", "glossary", "a glossary term may hold only"),
    "markup in a glossary entry": ("context.yaml", lambda r: r["glossary"].update(DHS="<img src=x onerror=alert(1)>"),
                                   "data/context.yaml", "glossary", "glossary.DHS", "'<' and '>' are not allowed"),
    "an id that is a section's page": ("people.yaml", lambda r: first(r, id="katie-tobin").update(id="organisations"),
                                       "data/people.yaml", "organisations", "id", "the address of a page of the site"),
    "a quote that would end an attribute": ("commitments.yaml", lambda r: first(r, id="orderly-migration").update(title='0;url=x" http-equiv="refresh'),
                                            "data/commitments.yaml", "orderly-migration", "title", "is not allowed in a name or title"),
    "a non-breaking space": ("organisations.yaml", lambda r: first(r, id="semar").update(name="Secretariat of\u00a0the Navy"),
                             "data/organisations.yaml", "semar", "name", "single plain spaces"),
    "a title far too long": ("commitments.yaml", lambda r: first(r, id="border-trade").update(title="x" * 5000),
                             "data/commitments.yaml", "border-trade", "title", "at most 300 characters"),
    "true as a paragraph": ("commitments.yaml", lambda r: first(r, id="border-trade").update(paragraph=True),
                            "data/commitments.yaml", "border-trade", "paragraph", "valid integer"),
    "a number as a date": ("meetings.yaml", lambda r: first(r, id="mexico-city").update(date=1703635200),
                           "data/meetings.yaml", "mexico-city", "date", "valid date"),
    "the reported meeting's date": ("meetings.yaml", lambda r: first(r, id="mexico-city").update(date=datetime.date(1999, 1, 1)),
                                    "data/meetings.yaml", "mexico-city", "date", "disagrees with data/context.yaml"),
    "a group's id for a person": ("people.yaml", lambda r: first(r, id="katie-tobin").update(id="two-countries"),
                                  "data/people.yaml", "two-countries", "id", "the address of a page"),
    "a name listed twice": ("people.yaml", lambda r: first(r, id="andres-manuel-lopez-obrador").update(aliases=["AMLO", "AMLO"]),
                            "data/people.yaml", "andres-manuel-lopez-obrador", "aliases", "twice"),
    "a relation typed both ways": ("commitments.yaml", lambda r: first(r, id="root-causes").update(related=[{"item": "orderly-migration", "basis": "again"}]),
                                   "data/commitments.yaml", "orderly-migration", "related", "already relates to it"),
    "a context date that is not a date": ("context.yaml", lambda r: r["publication"].update(date=None),
                                          "data/context.yaml", "publication", "publication.date", "valid date"),
    "a context basis that is a list": ("context.yaml", lambda r: r["events"][1].update(basis=["a", "b"]),
                                       "data/context.yaml", "events", "events.1.basis", "valid string"),
    "a script address as a source": ("context.yaml", lambda r: r["events"][0]["sources"][0].update(url="javascript:alert(1)"),
                                     "data/context.yaml", "events", "events.0.sources.0.url", "must be an https:// address"),
    "a list where a text goes": ("people.yaml", lambda r: first(r, id="ken-salazar").update(title=["x"]),
                                 "data/people.yaml", "ken-salazar", "title", "valid string"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_record_gives_a_clear_error(data, case):
    file, change, where, record, field, problem = CASES[case]
    edit(data, file, change)
    with pytest.raises(RecordError) as error:
        load(data)
    message = str(error.value)
    assert message.startswith(f"{where}: entry '{record}', field '{field}': "), message
    assert problem in message


def test_the_build_stops_on_a_bad_record_and_says_where(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "test-output", "*.egg-info"))
    edit(project / "data", "commitments.yaml", lambda r: first(r, id="root-causes").update(verb="promised"))
    result = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert result.returncode != 0
    assert "data/commitments.yaml: entry 'root-causes', field 'verb': must be one of" in result.stderr
    assert "Traceback" not in result.stderr


RAW = {
    "an alias bomb": ("context.yaml", "bomb: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"bomb{n}: &a{n} [{', '.join(['*a' + str(n - 1)] * 10)}]\n" for n in range(1, 9)), "expand to far more than the file holds"),
    "an alias that contains itself": ("context.yaml", "loop: &l [1, *l]\n", "contains itself"),
    "a key given twice": ("people.yaml", None, "is given twice in one mapping"),
}


@pytest.mark.parametrize("case", RAW)
def test_yaml_that_would_hang_or_mislead_is_refused(data, case):
    file, extra, problem = RAW[case]
    path = data / file
    if extra is None:  # the title of the first entry, written twice
        text = path.read_text("utf-8").replace("  name: Andrés Manuel López Obrador\n",
                                               "  name: Andrés Manuel López Obrador\n  name: Someone Else\n", 1)
    else:
        text = path.read_text("utf-8") + extra
    path.write_text(text, "utf-8")
    with pytest.raises(RecordError) as error:
        load(data)
    assert str(error.value).startswith(f"data/{file}: entry '(file)', field '(yaml)': ")
    assert problem in str(error.value)


def test_the_texts_files_own_marks_are_not_the_text(data):
    """A byte-order mark is not part of the title; an empty text is refused."""
    path = data / "communique.txt"
    path.write_text("\ufeff" + path.read_text("utf-8"), "utf-8")
    assert not load(data).communique.title.startswith("\ufeff")
    path.write_text("  \n", "utf-8")
    with pytest.raises(RecordError, match="must hold the title, a blank line, then the paragraphs"):
        load(data)


def test_broken_yaml_says_where(data):
    (data / "people.yaml").write_text("- id: x\n  name: [unclosed\n", "utf-8")
    with pytest.raises(RecordError) as error:
        load(data)
    assert str(error.value).startswith("data/people.yaml: entry '(file)', field '(yaml)': not valid YAML at line")


# Everything a title may hold that Markdown, HTML or a table could read as syntax.
HOSTILE = 'Trade *at* [the] border_{#x} | 1. & \'s\' \\ ~ ^ = `c` !x (y) #z'


def test_a_field_reaches_every_place_as_typed(tmp_path):
    """A title full of Markdown and HTML syntax shows as typed: heading,
    navigation, the page's <title>, the commitments table and search."""
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "test-output", "*.egg-info",
                                                                  "node_modules", "build"))
    edit(project / "data", "commitments.yaml", lambda r: first(r, id="border-trade").update(title=HOSTILE, keywords=[HOSTILE]))
    result = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    page = soup((site / "commitments" / "border-trade" / "index.html").read_text("utf-8"))
    assert text_of(page.select_one("article h1")) == HOSTILE
    assert page.select_one("title").get_text().startswith(HOSTILE)
    assert not page.select("article script, article h1 em, article h1 a:not(.headerlink), article h1 code")
    index = soup((site / "commitments" / "index.html").read_text("utf-8"))
    nav = [text_of(a) for a in index.select("nav.md-nav a[href$='border-trade/']")]
    assert HOSTILE in nav, nav
    assert HOSTILE in [text_of(a) for a in index.select("article table a")]
    search = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    titles = {d["location"]: d["title"] for d in search["docs"]}
    assert soup(titles["commitments/border-trade/"]).get_text() == HOSTILE
    assert HOSTILE in search_tags(search, "commitments/border-trade/")


def search_tags(search, location):
    return next(d.get("tags", []) for d in search["docs"] if d["location"] == location)
