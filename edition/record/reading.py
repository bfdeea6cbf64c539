"""Reading data/'s files safely: only regular files; YAML with no key given
twice, no key YAML would read as other than text, no alias that expands
without end, no nesting deeper than a record needs; every string in NFC;
and a list of entries read into models field by field."""
from __future__ import annotations

import datetime
import os
import re
import stat
import unicodedata
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from edition.record.errors import RecordError, from_validation, printable
from edition.record.fields import Entry
from edition.text import fold

# libyaml's loader when PyYAML has it: the same result, many times faster.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 32  # the record's deepest field is 5 levels down
_STR, _MERGE = "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"


def read_regular(path: Path, file: str, entry: str = "(file)", field: str = "(file)") -> str:
    """A file's text, only if it is a regular file (a named pipe would block
    for ever; a link to nothing or a loop of links is named as such)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        missing = "the folder data/ is missing" if not path.parent.is_dir() else "the file is missing"
        if path.is_symlink():
            missing = "the file is a link to nothing"
        raise RecordError(file, entry, field, missing) from None
    except OSError as error:
        raise RecordError(file, entry, field, f"cannot be read: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise RecordError(file, entry, field, "is not a regular file (a folder, a named pipe or a device): "
                                              "data/ must hold the file itself")
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RecordError(file, entry, field, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise RecordError(file, entry, field, f"cannot be read: {error.strerror}") from None
    conflict = _CONFLICT.search(text)
    if conflict:
        line = text.count("\n", 0, conflict.start()) + 1
        raise RecordError(file, entry, field, f"a merge conflict marker ('{conflict.group(1)}') at line {line}: "
                          "resolve the conflict (keep the right lines, remove the '<<<<<<<', '=======' and "
                          "'>>>>>>>' lines)")
    return text


# The lines git (and diff3) leaves where a merge conflicts.
_CONFLICT = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?: |$)", re.M)


def read_yaml(path: Path):
    file = f"data/{path.name}"
    text = read_regular(path, file)
    loader = YAML_LOADER(text)
    try:
        node = loader.get_single_node()
        _check_yaml_shape(node, file)
        return _nfc(loader.construct_document(node) if node is not None else None)
    except yaml.composer.ComposerError as error:
        if error.problem != "but found another document" or error.problem_mark is None:
            raise _yaml_error(file, error) from None
        # A `---` line starts a second document: the loader would read only one.
        raise RecordError(file, "(file)", "(yaml)", "the file holds more than one YAML document: a second starts "
                          f"at line {error.problem_mark.line + 1} (a '---' line); keep one document, "
                          "remove the '---' and join what follows it to the first") from None
    except yaml.YAMLError as error:
        raise _yaml_error(file, error) from None
    except RecordError:
        raise
    except ValueError:  # a number of thousands of digits: Python will not read it
        raise RecordError(file, "(file)", "(yaml)", "a number too long to read (over 4,300 digits): "
                          "put it in quotes if it is text") from None
    finally:
        loader.dispose()


def _yaml_error(file: str, error: yaml.YAMLError) -> RecordError:
    """The parser's complaint in one line, with the line it is at."""
    where = getattr(error, "problem_mark", None)
    line = f" at line {where.line + 1}" if where else ""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]  # one line, not the parser's excerpt
    return RecordError(file, "(file)", "(yaml)", f"not valid YAML{line}: {printable(problem)}")


def _check_yaml_shape(root, file: str) -> None:
    """Before building the data: no key twice in a mapping (the last would
    silently win), no key that YAML reads as other than text (NO: is false),
    no alias that contains itself, no nesting deeper than MAX_DEPTH, and
    aliases that expand to no more than a few times the file's own size (an
    alias bomb). Each node is visited once per place it appears: linear."""
    if root is None:
        return
    distinct, visits, limit = set(), 0, None
    on_path: set[int] = set()
    stack = [(root, 1, False)]
    while stack:
        node, depth, leaving = stack.pop()
        if leaving:
            on_path.discard(id(node))
            continue
        visits += 1
        distinct.add(id(node))
        if limit is None and visits > 100_000:
            limit = 20 * len(distinct) + 100_000
        if limit is not None and visits > limit:
            raise RecordError(file, "(file)", "(yaml)", "its aliases (*name) expand to far more than the file holds")
        line = node.start_mark.line + 1
        if id(node) in on_path:
            raise RecordError(file, "(file)", "(yaml)", f"an alias at line {line} contains itself")
        if depth > MAX_DEPTH:
            raise RecordError(file, "(file)", "(yaml)", f"nested more than {MAX_DEPTH} levels deep at line {line}: "
                                                        "no field of the record is")
        if isinstance(node, yaml.ScalarNode):
            _check_scalar(node, file, line)
            continue
        on_path.add(id(node))
        stack.append((node, depth, True))
        if isinstance(node, yaml.MappingNode):
            keys = set()
            for key, value in node.value:
                at = key.start_mark.line + 1
                if isinstance(key, yaml.ScalarNode):
                    if key.tag == _MERGE:
                        raise RecordError(file, "(file)", "(yaml)", f"a merge key '<<' at line {at}: an entry takes "
                                          "no fields from another (it would copy them unseen); give each field itself")
                    if key.tag != _STR:
                        kind = key.tag.rsplit(":", 1)[-1]
                        raise RecordError(file, "(file)", "(yaml)",
                                          f"the key '{printable(key.value)}' (line {at}) is read by YAML as a {kind}, "
                                          f"not as text: put it in quotes ('{printable(key.value)}')")
                    if key.value in keys:
                        raise RecordError(file, "(file)", "(yaml)",
                                          f"the key '{printable(key.value)}' is given twice in one mapping (line {at})")
                    keys.add(key.value)
                else:
                    raise RecordError(file, "(file)", "(yaml)", f"the key at line {at} is a list or mapping, not text")
                stack += [(key, depth + 1, False), (value, depth + 1, False)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(item, depth + 1, False) for item in node.value]


_TIMESTAMP, _INT = "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int"


def _check_scalar(node, file: str, line: int) -> None:
    """A value YAML reads as a date must be one; a number, short enough to read."""
    if node.tag == _TIMESTAMP:
        parts = re.match(r"(\d{4})-(\d\d?)-(\d\d?)", node.value)
        try:
            datetime.date(*map(int, parts.groups()))
        except (AttributeError, ValueError) as error:
            raise RecordError(file, "(file)", "(yaml)", f"'{printable(node.value)}' at line {line} is not a date "
                              f"({error if parts else 'not year-month-day'})") from None
    elif node.tag == _INT and len(node.value) > 4000:
        raise RecordError(file, "(file)", "(yaml)", f"a number too long to read at line {line} (over 4,000 digits): "
                          "put it in quotes if it is text")


def _nfc(root):
    """Every string (keys too) in NFC: a name typed in NFD, as macOS pastes
    it, is the same name. In place, each container once."""
    if isinstance(root, str):
        return unicodedata.normalize("NFC", root)
    seen, stack = set(), [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, list):
            for n, value in enumerate(node):
                if isinstance(value, str):
                    node[n] = unicodedata.normalize("NFC", value)
                elif isinstance(value, (list, dict)):
                    stack.append(value)
        elif isinstance(node, dict):
            items = list(node.items())
            node.clear()
            for key, value in items:
                key = unicodedata.normalize("NFC", key) if isinstance(key, str) else key
                if isinstance(value, str):
                    value = unicodedata.normalize("NFC", value)
                elif isinstance(value, (list, dict)):
                    stack.append(value)
                node[key] = value
    return root


def entries(path: Path, model: type[Entry], reserved: tuple[str, ...] = (), shown: tuple[str, ...] = ()) -> dict:
    """Read one YAML list of entries into models, checking each field;
    no id twice, none of the `reserved` ids, no two entries alike in the
    `shown` fields (what names an entry in a link, a heading or the
    navigation: edition/record/kinds.py), and at least one entry."""
    file = f"data/{path.name}"
    items = read_yaml(path)
    if items is None or items == []:
        raise RecordError(file, "(file)", "(top level)", "holds no entries: was it emptied by mistake? "
                                                        "(the edition needs at least one)")
    if not isinstance(items, list):
        raise RecordError(file, "(file)", "(top level)", "must be a list of entries")
    out, seen = {}, {}
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
            raise RecordError(file, name, "id", f"'{entry.id}' is the address of a page or an anchor of a page "
                                                "that shows it: choose another")
        names = [(field, getattr(entry, field)) for field in shown]  # what a link, a heading or a list shows
        own = {fold(value).casefold() for _, value in names if value}
        for n, called in enumerate(getattr(entry, "also_called", ())):  # another name search finds the body by
            if fold(called.name).casefold() in own:
                raise RecordError(file, name, f"also_called.{n}.name", f"{printable(called.name)!r} is the entry's own "
                                  "name or acronym (but for case or accents): another name is another")
            names.append((f"also_called.{n}.name", called.name))
        for field, value in names:
            if value:
                other, its, was = seen.setdefault(fold(value).casefold(), (entry.id, field, value))
                if other != entry.id:
                    alike = "" if was == value else f" ({printable(was)!r}, the same but for case or accents)"
                    raise RecordError(file, name, field, f"{printable(value)!r} is also entry '{other}''s {its}{alike}: "
                                      "two entries would show alike; make it distinct")
        out[entry.id] = entry
    return out


def _key(item) -> object:
    """What makes two items of a list the same: a model's whole content (a
    reported attendee: the person); words, but for case and accents (search
    would find both by either)."""
    if hasattr(item, "person"):
        return item.person
    if isinstance(getattr(item, "name", None), str):  # another name: by its words, whatever its basis
        return fold(item.name).casefold()
    if isinstance(item, BaseModel):
        return item.model_dump_json()
    return fold(item).casefold() if isinstance(item, str) else item


def _shown(item) -> str:
    """What names an item of a list in a message: a reported attendee's person, another name's name."""
    return printable(next((getattr(item, key) for key in ("person", "name") if hasattr(item, key)), str(item)))


def no_repeats(entry: BaseModel, file: str, name: str, path: str = "") -> None:
    """No list of an entry names the same thing twice (it would show twice).
    A set of what was seen: linear in the list's length."""
    for field, value in entry:
        where = f"{path}{field}"
        if isinstance(value, list):
            seen: dict = {}
            for n, item in enumerate(value):
                key = _key(item)
                if key in seen:
                    other = value[seen[key]]
                    problem = (f"lists {_shown(item)!r} twice" if _shown(other) == _shown(item) else
                               f"lists {_shown(other)!r} and {_shown(item)!r}, the same but for case or accents "
                               "(search finds either by both): keep one")
                    raise RecordError(file, name, where, problem)
                seen[key] = n
                if isinstance(item, BaseModel):
                    no_repeats(item, file, name, f"{where}.{n}.")
        elif isinstance(value, BaseModel):
            no_repeats(value, file, name, f"{where}.")
