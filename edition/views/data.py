"""The view of the data page: its fields tables, from the export's JSON Schema."""
from __future__ import annotations

import re

from edition import export
from edition.page_helpers import Helpers
from edition.views.lists import publisher


def data(h: Helpers, src: str, **_) -> dict:
    release = h.record.context["publication"].get("mexican_release") or {}
    return dict(compared=release.get("compared"), publisher=publisher(h), schema_sections=schema_tables(export.schema()),
                # the files of export's WRITERS the template does not word itself, by their row's words
                more_files=[(path, f.listed) for path, f in export.WRITERS.items() if f.listed])


def schema_tables(schema: dict) -> list[tuple[str, str, str, list[tuple[str, str, str]]]]:
    """(anchor, heading, description, [(field, type, what it holds)]) for
    the record and each definition of the export's JSON Schema."""
    sections = [("record", "The record", schema)] + [
        (name, name.replace("_", " ").capitalize(), spec) for name, spec in schema.get("$defs", {}).items()]
    out = []
    for ident, heading, spec in sections:
        rows = []
        for field, fspec in spec.get("properties", {}).items():
            target = schema.get("$defs", {}).get(fspec.get("$ref", "").rsplit("/", 1)[-1], fspec)
            rows.append((field, _type_of(fspec), target.get("description", fspec.get("description", ""))))
        out.append((re.sub(r"[^a-z0-9]+", "-", ident.lower()), heading, spec.get("description", ""), rows))
    return out


def _type_of(spec: dict) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1].replace("_", " ")
    if "anyOf" in spec:
        return " or ".join(_type_of(s) for s in spec["anyOf"])
    if "enum" in spec:
        return "one of " + ", ".join(str(e) for e in spec["enum"])
    kind = spec.get("type", "object")
    if kind == "array":
        return f"list of {_type_of(spec.get('items', {}))}s"
    return " or ".join(kind) if isinstance(kind, list) else kind
