"""What the record refuses, and how: a RecordError names the file, the
entry and the field, and says what is wrong there."""
from __future__ import annotations

import datetime
import difflib
import re
import unicodedata

from pydantic import BaseModel, ValidationError


class RecordError(ValueError):
    """An entry in data/ is wrong; the message says where and how."""

    def __init__(self, file: str, entry: str, field: str, problem: str):
        super().__init__(f"{file}: entry '{entry}', field '{field}': {problem}")
        self.file, self.entry, self.field, self.problem = file, entry, field, problem


def printable(text: str) -> str:
    """A name from the data, safe to print in a message: one line, no escapes."""
    # Controls, line breaks and invisible formatting (a bidi override would reorder the message itself).
    return "".join("?" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") else c for c in text[:80])


def _loc(error: dict) -> list[str]:
    """Field names and list positions only, not pydantic's names for the type tried."""
    return [printable(str(part)) for part in error["loc"]
            if isinstance(part, int) or re.fullmatch(r"\w[\w-]*", str(part))]


_DATES = ("date_type", "date_parsing", "date_from_datetime_inexact", "date_from_datetime_parsing")
_SHAPES = {"model_type": "a mapping of fields (name: value)", "dict_type": "a mapping (name: value)",
           "list_type": "a list ([a, b], or one '- ' line an item)"}


def _type_name(given) -> str:
    return {dict: "a mapping", list: "a list", str: "text", type(None): "null"}.get(type(given), type(given).__name__)


def from_validation(file: str, name: str, model: type[BaseModel], error: ValidationError) -> RecordError:
    errors = error.errors(include_url=False)
    first = errors[0]
    loc = _loc(first)
    kind = first["type"]
    if kind == "missing":
        # A field renamed in one entry ('Title:', 'titel:'): the unknown key is the mistake to name.
        wanted = loc[-1] if loc else ""
        for other in errors[1:]:
            key = str(other["loc"][-1]) if other["loc"] else ""
            if other["type"] == "extra_forbidden" and _loc(other)[:-1] == loc[:-1] and (
                    key.strip().casefold() == wanted.casefold() or difflib.get_close_matches(key, [wanted], cutoff=0.75)):
                return RecordError(file, name, ".".join(loc), f"missing field, and an unknown field {printable(key)!r} "
                                   f"is given: did you mean '{wanted}'?")
    # A value tried against each type a field allows: name what was wrong with it, not the first type tried.
    same = [e for e in errors if _loc(e) == loc]
    field = ".".join(loc) or "(entry)"
    kinds = {e["type"] for e in same}
    given = first.get("input")
    if kind == "extra_forbidden":
        key = first["loc"][-1] if first["loc"] else ""
        if not loc or loc[-1] != printable(str(key)):
            field = ".".join([*loc, repr(printable(str(key)))])
        problem = (f"unknown field (known: {', '.join(model.model_fields)})" if len(first["loc"]) == 1
                   else "unknown field")
        if not re.fullmatch(r"\w[\w-]*", str(key)):
            problem += f": the key {printable(str(key))!r} is not a field's name (a space, a dot or an empty key?)"
        return RecordError(file, name, field, problem)
    if {"literal_error", "list_type"} <= kinds and len(kinds) == 2:
        expected = next(e for e in same if e["type"] == "literal_error")["ctx"]["expected"]
        return RecordError(file, name, field, f"must be {expected} or a list ([a, b]), not {printable(repr(given))[:80]}")
    valued = next((e for e in same if e["type"] == "value_error"), None)
    if valued is not None and kind != "value_error":
        first, kind = valued, "value_error"
    if kind == "literal_error":
        problem = "must be one of " + first["ctx"]["expected"].replace("'", "")
    else:
        problem = first["msg"].removeprefix("Value error, ")
    if kind in _SHAPES:
        problem += f": {_SHAPES[kind]} is wanted, and {_type_name(given)} is given"
    if kind == "string_type" and (given is None or isinstance(given, (bool, int, float, datetime.date))):
        # YAML reads NO, yes, null, 1.0 and 2024-01-01 as other than text
        problem += f" (YAML read the value as {type(given).__name__ if given is not None else 'null'}: "\
                   "if it is text, put it in quotes)"
    elif kind in _DATES:
        problem += f" (given {printable(repr(given))[:60]}: write it as year-month-day, 2023-12-21, without quotes or a time)"
    elif kind == "bool_type" and isinstance(given, str):
        problem += " (write true or false, without quotes)"
    return RecordError(file, name, field, problem)


def check(cond: bool, file: str, entry: str, field: str, problem: str) -> None:
    if not cond:
        raise RecordError(file, entry, field, problem)
