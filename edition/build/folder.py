"""The edition as files in a folder, for any renderer reading mkdocs.yml
and Python-Markdown (`python -m edition build DIR`)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import yaml

from edition import pdf
from edition.build.edition import Edition
from edition.build.errors import EditionError
from edition.build.settings import read_config, settings_of


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def front_matter(markdown: str) -> dict:
    match = _FRONT_MATTER.match(markdown)
    meta = yaml.safe_load(match.group(1)) if match else None
    return meta if isinstance(meta, dict) else {}


def first_heading(markdown: str) -> str | None:
    """The text of the page's first level-1 heading, less its attributes."""
    match = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?\s*$", _FRONT_MATTER.sub("", markdown), re.M)
    return match.group(1) if match else None


def _check_target(source: Path, docs: Path, folder: Path) -> None:
    """write() replaces `folder`/docs: never the project's own pages (nor a
    folder inside them, or holding them), nor a docs/ it did not write."""
    mine, theirs = docs.resolve(), source.resolve()
    if mine == theirs or theirs in mine.parents or mine in theirs.parents:
        raise EditionError(f"{folder}: its docs/ would be the project's own {theirs} (or inside it, or hold it), "
                           "which the edition would replace: give a folder outside the project's docs/")
    if (docs.exists() or docs.is_symlink()) and not (folder / "nav.json").is_file():
        raise EditionError(f"{folder}: holds a docs/ that `python -m edition build` did not write (no nav.json "
                           "beside it), which the edition would replace: give a new or empty folder")


def write(project: Path, folder: Path) -> Path:
    """The edition as files in `folder`, for any renderer: `docs/` (the
    hand-written pages and assets, the derived pages and the data files,
    each page with its tooltips), `nav.json` (the navigation and the pages
    left out of it) and `head.json` (each page's head metadata, by its path
    under docs/). Returns `folder`."""
    config = read_config(project / "mkdocs.yml")
    source, docs = project / config.get("docs_dir", "docs"), folder / "docs"
    _check_target(source, docs, folder)
    edition = Edition.make(project / "data", settings_of(config))
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(source, docs)
    generated = {**edition.pages, **edition.data_files, **edition.citation_files, edition.feed[0]: edition.feed[1]}
    for path, content in generated.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(content, "utf-8")
    if edition.pdf_wanted():
        (docs / pdf.PATH).write_bytes(edition.pdf)
    head = {}
    for file in sorted(docs.rglob("*.md")):
        src = file.relative_to(docs).as_posix()
        markdown = file.read_text("utf-8")
        meta = front_matter(markdown)
        file.write_text(edition.with_tooltips(markdown, meta), "utf-8")
        head[src] = edition.head(src, meta, heading=first_heading(markdown))
    (folder / "head.json").write_text(json.dumps(head, ensure_ascii=False, indent=1), "utf-8")
    nav = {"nav": edition.nav(), "not_in_nav": edition.not_in_nav()}
    (folder / "nav.json").write_text(json.dumps(nav, ensure_ascii=False, indent=1), "utf-8")
    return folder
