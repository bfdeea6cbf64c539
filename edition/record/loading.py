"""Loading data/ into a checked Record."""
from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from edition.record import checks
from edition.record.context import ContextFile
from edition.record.entries import Commitment, Meeting, Organisation, Person
from edition.record.errors import RecordError, check, from_validation, printable
from edition.record.model import RESERVED_IDS, Record
from edition.record.reading import entries, read_yaml
from edition.text import Communique, read_communique

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


def load(data_dir: Path = DATA_DIR) -> Record:
    communique = _read_text(data_dir / "communique.txt")
    context = read_yaml(data_dir / "context.yaml")
    check(isinstance(context, dict), "data/context.yaml", "(file)", "(top level)", "must be a mapping of facts")
    try:
        facts = ContextFile.model_validate(context)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]["loc"]
        raise from_validation("data/context.yaml", printable(str(first[0]) if first else "(file)"), ContextFile, error) from None
    checks.check_context(facts)
    record = Record(
        communique=communique,
        organisations=_read("organisations.yaml", data_dir, Organisation),
        people=_read("people.yaml", data_dir, Person),
        commitments=_read("commitments.yaml", data_dir, Commitment),
        meetings=_read("meetings.yaml", data_dir, Meeting),
        context=context,
        facts=facts,
    )
    checks.check_organisations(record)
    checks.check_people(record)
    checks.check_commitments(record)
    checks.check_meetings(record)
    return record


def _read_text(path: Path) -> Communique:
    file = "data/communique.txt"
    try:
        return read_communique(path)
    except UnicodeDecodeError as error:
        raise RecordError(file, "(file)", "(text)", f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise RecordError(file, "(file)", "(text)", f"cannot be read: {error.strerror}") from None
    except ValueError:
        raise RecordError(file, "(file)", "(text)", "must hold the title, a blank line, then the paragraphs") from None


def _read(name: str, data_dir: Path, model):
    return entries(data_dir / name, model, RESERVED_IDS.get(model.__name__, ()))


_loaded: dict[tuple, Record] = {}


def load_once(data_dir: Path = DATA_DIR) -> Record:
    """load(), shared by the build's hooks: read again only when a file in
    data/ has changed (as under `mkdocs serve`)."""
    key = (str(data_dir), *sorted((f.name, f.stat().st_mtime_ns) for f in data_dir.iterdir()))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load(data_dir)
    return _loaded[key]
