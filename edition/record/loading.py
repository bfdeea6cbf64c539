"""Loading data/ into a checked Record."""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from edition.record import checks, seal
from edition.record.context import ContextFile
from edition.record.errors import RecordError, check, from_validation, printable
from edition.record.kinds import KINDS, Kind
from edition.record.model import RESERVED_IDS, Record
from edition.record.reading import entries, read_regular, read_yaml
from edition.text import Communique, TextError, parse_communique

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


def load(data_dir: Path = DATA_DIR) -> Record:
    communique = read_text(data_dir / "communique.txt")
    seal.check(communique, data_dir)  # first: a changed text is blamed on the text, not on what quotes it
    context = read_yaml(data_dir / "context.yaml")
    check(isinstance(context, dict), "data/context.yaml", "(file)", "(top level)", "must be a mapping of facts")
    try:
        facts = ContextFile.model_validate(context)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]["loc"]
        raise from_validation("data/context.yaml", printable(str(first[0]) if first else "(file)"), ContextFile, error) from None
    checks.check_context(facts)
    checks.check_context_sources(facts)
    checks.check_variants(facts, communique)
    record = Record(
        communique=communique, context=context, facts=facts,
        **{kind.attribute: _read(kind, data_dir) for kind in KINDS},
    )
    for _, check_entries in checks.CHECKS:  # in the order of the blame (edition/record/checks/__init__.py)
        check_entries(record)
    return record


def read_text(path: Path) -> Communique:
    file = "data/communique.txt"
    try:
        return parse_communique(read_regular(path, file, "(file)", "(text)"))
    except RecordError:
        raise
    except TextError as error:
        raise RecordError(file, error.where, error.sentence, error.problem) from None
    except ValueError:
        raise RecordError(file, "(file)", "(text)", "must hold the title, a blank line, then the paragraphs") from None


def _read(kind: Kind, data_dir: Path) -> dict:
    return entries(data_dir / kind.file, kind.model, RESERVED_IDS[kind.name], kind.shown)


# The files load() reads; nothing else in data/ (an editor's lock, backup
# or temporary file, a hidden file) is read or looked at.
DATA_FILES = ("communique.txt", seal.SEAL, "context.yaml", *(kind.file for kind in KINDS))
_loaded: dict[tuple, Record] = {}


def _stamp(path: Path) -> tuple:
    try:
        info = os.stat(path)
    except OSError as error:  # load() says what is wrong with it
        return (path.name, error.errno)
    return (path.name, info.st_mtime_ns, info.st_size, info.st_ino)


def _key(data_dir: Path) -> tuple:
    return (str(data_dir), *(_stamp(data_dir / name) for name in DATA_FILES))


def load_once(data_dir: Path = DATA_DIR) -> Record:
    """load(), shared by the build's parts: read again only when a file it
    reads has changed (as under `mkdocs serve`)."""
    key = _key(data_dir)
    if key not in _loaded:
        record = load(data_dir)
        _loaded.clear()
        _loaded[key] = record
    return _loaded[key]


def keep_until_changed(data_dir: Path, record: Record) -> None:
    """Under `mkdocs serve`, after a bad save: `record` (the last good one)
    is what load_once gives every part of the build until a file changes
    (edition.build.Edition.make)."""
    _loaded.clear()
    _loaded[_key(data_dir)] = record
