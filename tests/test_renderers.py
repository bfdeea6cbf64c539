"""The edition outlives its theme: `python -m edition build DIR` writes the
derived pages, the data files and the head metadata into a folder, and
Zensical (which runs no MkDocs hooks) builds it into a site that publishes
every address of the manifest and every data file."""
from __future__ import annotations

import json

import pytest

from built_html import soup
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
