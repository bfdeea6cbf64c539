"""Reading data/'s YAML safely: no key given twice, no alias that expands
without end, and a list of entries read into models field by field."""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from edition.record.errors import RecordError, from_validation, printable
from edition.record.fields import Entry


# libyaml's loader when PyYAML has it: the same result, many times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    file = f"data/{path.name}"
    try:
        text = path.read_text("utf-8-sig")
        _check_yaml_shape(yaml.compose(text, Loader=YAML_LOADER), file)
        return yaml.load(text, Loader=YAML_LOADER)
    except FileNotFoundError:
        raise RecordError(file, "(file)", "(file)", "the file is missing") from None
    except OSError as error:
        raise RecordError(file, "(file)", "(file)", f"cannot be read: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise RecordError(file, "(file)", "(file)", f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise RecordError(file, "(file)", "(yaml)", f"not valid YAML{line}: {getattr(error, 'problem', error)}") from None


def _check_yaml_shape(root, file: str) -> None:
    """Before building the data: no key twice in a mapping (the last would
    silently win), no alias that contains itself, and aliases that expand
    to no more than a few times the file's own size (an alias bomb)."""
    if root is None:
        return
    distinct, visits, limit = set(), 0, None
    stack = [(root, frozenset())]
    while stack:
        node, ancestors = stack.pop()
        visits += 1
        distinct.add(id(node))
        if limit is None and visits > 100_000:
            limit = 20 * len(distinct) + 100_000
        if limit is not None and visits > limit:
            raise RecordError(file, "(file)", "(yaml)", "its aliases (*name) expand to far more than the file holds")
        if id(node) in ancestors:
            line = node.start_mark.line + 1
            raise RecordError(file, "(file)", "(yaml)", f"an alias at line {line} contains itself")
        inner = ancestors | {id(node)}
        if isinstance(node, yaml.MappingNode):
            keys = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise RecordError(file, "(file)", "(yaml)",
                                          f"the key '{key.value}' is given twice in one mapping (line {key.start_mark.line + 1})")
                    keys.add(key.value)
                stack += [(key, inner), (value, inner)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, inner) for item in node.value]


def entries(path: Path, model: type[Entry], reserved: tuple[str, ...] = ()) -> dict:
    """Read one YAML list of entries into models, checking each field;
    no id twice, none of the `reserved` ids."""
    file = f"data/{path.name}"
    items = read_yaml(path) or []
    if not isinstance(items, list):
        raise RecordError(file, "(file)", "(top level)", "must be a list of entries")
    out = {}
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise RecordError(file, f"#{n}", "(entry)", "must be a mapping of fields")
        name = printable(str(item.get("id", f"#{n}")))
        try:
            entry = model.model_validate(item)
        except ValidationError as error:
            raise from_validation(file, name, model, error) from None
        no_repeats(entry, file, name)
        if entry.id in out:
            raise RecordError(file, name, "id", "duplicate id")
        if entry.id in reserved:
            raise RecordError(file, name, "id", f"'{entry.id}' is the address of a page of the site: choose another")
        out[entry.id] = entry
    return out


def no_repeats(entry: BaseModel, file: str, name: str, path: str = "") -> None:
    """No list of an entry names the same thing twice (it would show twice)."""
    for field, value in entry:
        where = f"{path}{field}"
        if isinstance(value, list):
            seen = []
            for n, item in enumerate(value):
                if item in seen:
                    raise RecordError(file, name, where, f"lists {printable(str(item))!r} twice")
                seen.append(item)
                if isinstance(item, BaseModel):
                    no_repeats(item, file, name, f"{where}.{n}.")
        elif isinstance(value, BaseModel):
            no_repeats(value, file, name, f"{where}.")
