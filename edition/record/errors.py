"""What the record refuses, and how: a RecordError names the file, the
entry and the field, and says what is wrong there."""
from __future__ import annotations

import datetime
import re

from pydantic import BaseModel, ValidationError


class RecordError(ValueError):
    """An entry in data/ is wrong; the message says where and how."""

    def __init__(self, file: str, entry: str, field: str, problem: str):
        super().__init__(f"{file}: entry '{entry}', field '{field}': {problem}")
        self.file, self.entry, self.field, self.problem = file, entry, field, problem


def printable(text: str) -> str:
    """A name from the data, safe to print in a message: one line, no escapes."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", text)[:80]


def from_validation(file: str, name: str, model: type[BaseModel], error: ValidationError) -> RecordError:
    first = error.errors(include_url=False)[0]
    # Field names and list positions only, not pydantic's names for the type tried.
    loc = [printable(str(part)) for part in first["loc"] if isinstance(part, int) or re.fullmatch(r"\w[\w-]*", str(part))]
    field = ".".join(loc) or "(entry)"
    kind = first["type"]
    if kind == "missing":
        problem = "missing field"
    elif kind == "extra_forbidden" and len(loc) == 1:
        problem = f"unknown field (known: {', '.join(model.model_fields)})"
    elif kind == "extra_forbidden":
        problem = "unknown field"
    elif kind == "literal_error":
        problem = "must be one of " + first["ctx"]["expected"].replace("'", "")
    else:
        problem = first["msg"].removeprefix("Value error, ")
    given = first.get("input")
    if kind == "string_type" and (given is None or isinstance(given, (bool, int, float, datetime.date))):
        # YAML reads NO, yes, null, 1.0 and 2024-01-01 as other than text
        problem += f" (YAML read the value as {type(given).__name__ if given is not None else 'null'}: "\
                   "if it is text, put it in quotes)"
    return RecordError(file, name, field, problem)


def check(cond: bool, file: str, entry: str, field: str, problem: str) -> None:
    if not cond:
        raise RecordError(file, entry, field, problem)
