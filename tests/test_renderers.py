"""The edition outlives its theme: `python -m edition build DIR` writes the
derived pages, the data files and the head metadata into a folder, and
Zensical (which runs no MkDocs hooks) builds it into a site that publishes
every address of the manifest and every data file."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from built_html import soup
from conftest import ROOT
from edition.export import FILES
from edition_tools.build import build_with_zensical
from test_addresses import missing_addresses


@pytest.fixture(scope="session")
def zensical_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zensical")
    result = build_with_zensical(folder)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def test_zensical_publishes_every_address_of_the_manifest(zensical_build):
    missing = missing_addresses(zensical_build / "site")
    assert not missing, "Zensical's build lacks:\n" + "\n".join(missing)


def test_zensical_publishes_the_data_files_as_mkdocs_does(zensical_build, site):
    for path in FILES:
        assert (zensical_build / "site" / path).read_bytes() == (site / path).read_bytes(), path


def test_the_head_metadata_written_is_what_the_mkdocs_build_prints(zensical_build, pages):
    """head.json holds, for every page, the JSON-LD the MkDocs build puts in its head."""
    head = json.loads((zensical_build / "head.json").read_text("utf-8"))
    built = {src: (src[:-len("index.md")] if src.endswith("index.md") else src[:-3] + "/") + "index.html"
             for src in head}
    assert set(built.values()) == set(pages), "head.json has one entry a built page"
    for src, html_file in built.items():
        script = soup(pages[html_file]).select_one('script[type="application/ld+json"]')
        assert json.loads(script.string) == json.loads(head[src]["structured_data"]), src


def _edition_build(folder: str, project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "edition", "build", folder, "--project", str(project)],
                          capture_output=True, text=True, cwd=project, env=dict(os.environ, EDITION_PDF="0"))


def _files(folder) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize("folder, problem", [
    (".", "its docs/ would be the project's own"),  # DIR/docs is the project's docs/
    ("docs/out", "its docs/ would be the project's own"),  # inside it: a copy of docs/ into itself
    ("README.md", "cannot write the edition there"),  # a file
    ("elsewhere", "holds a docs/ that `python -m edition build` did not write"),  # someone's own docs/
])
def test_edition_build_into_an_odd_folder_says_so_and_removes_nothing(tmp_path, folder, problem):
    """`python -m edition build DIR` replaces DIR/docs/: never the project's
    own pages, nor a docs/ it did not write; a DIR it cannot write is named,
    without a traceback."""
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "test-output", "*.egg-info",
                                                                  "node_modules", "build", "tests"))
    (project / "elsewhere" / "docs").mkdir(parents=True)
    (project / "elsewhere" / "docs" / "mine.md").write_text("# Mine\n", "utf-8")
    before = _files(project)
    result = _edition_build(folder, project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert problem in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert _files(project) == before
