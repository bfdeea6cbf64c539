"""The published JSON Schema, generated from the models (models.py). The
copy in edition/communique.schema.json is for reading and diffing; refresh
it with `.venv/bin/python -m edition.export` (a test fails while it is
stale). The "Data and citation" page's tables of fields come from it."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from pydantic.json_schema import GenerateJsonSchema

from edition.export.models import Export
from edition.record.kinds import KINDS

SCHEMA_FILE = Path(__file__).parent.parent / "communique.schema.json"


class _Names(GenerateJsonSchema):
    """Definitions named in snake case (agenda_item), as the data page shows them."""

    def normalize_name(self, name: str) -> str:
        return re.sub(r"(?<!^)(?=[A-Z])", "_", super().normalize_name(name)).lower()


@functools.cache
def schema() -> dict:
    """The published JSON Schema, generated from the models above."""
    generated = Export.model_json_schema(by_alias=True, schema_generator=_Names, mode="serialization")
    return _published({"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "communique.schema.json", **generated})


# The record's files are not published: a description that names one names
# the part of the published JSON that holds the same entries instead.
_RECORD_FILES = {k.file.removesuffix(".yaml"): k.export for k in KINDS if k.export} | {"context": "context"}


def _published(node):
    if isinstance(node, dict):
        return {k: (_published_words(v) if k == "description" and isinstance(v, str) else _published(v))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_published(v) for v in node]
    return node


def _published_words(text: str) -> str:
    return re.sub(r"\bdata/([a-z]+)\.yaml\b",
                  lambda m: f"this file's {_RECORD_FILES.get(m.group(1), m.group(1))}", text)


def schema_json() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"

