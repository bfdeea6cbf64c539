"""A bad record stops the build with a message that names the file, the
record and the field."""
import datetime
import shutil

import pytest
import yaml

from conftest import ROOT, build_site
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
    "unknown id": ("commitments.yaml", lambda r: first(r, id="root-causes")["related"].append("no-such-item"),
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
                      "data/people.yaml", "luisa-maria-alcalde-lujan", "printed", "must start with the full name"),
    "person named with no record": ("people.yaml", lambda r: r.remove(first(r, id="ken-salazar")),
                                    "data/people.yaml", "Ken Salazar", "name", "no record"),
    "verb not in the text": ("commitments.yaml", lambda r: first(r, id="regularization-daca").update(verb="agreed"),
                             "data/commitments.yaml", "regularization-daca", "verb", "'agreed' is not in paragraph 4"),
    "date against context": ("meetings.yaml", lambda r: first(r, id="leaders-call").update(date=datetime.date(2023, 12, 20)),
                             "data/meetings.yaml", "leaders-call", "date", "disagrees with data/context.yaml"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_record_gives_a_clear_error(data, case):
    file, change, where, record, field, problem = CASES[case]
    edit(data, file, change)
    with pytest.raises(RecordError) as error:
        load(data)
    message = str(error.value)
    assert message.startswith(f"{where}: record '{record}', field '{field}': ")
    assert problem in message


def test_the_build_stops_on_a_bad_record_and_says_where(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "test-output", "*.egg-info"))
    edit(project / "data", "commitments.yaml", lambda r: first(r, id="root-causes").update(verb="promised"))
    result = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert result.returncode != 0
    assert "data/commitments.yaml: record 'root-causes', field 'verb': must be one of" in result.stderr


def test_the_real_record_loads():
    record = load()
    assert len(record.people) == 17 and len([p for p in record.people.values() if p.delegation != "none"]) == 16
