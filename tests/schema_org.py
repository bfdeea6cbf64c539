"""schema.org's vocabulary, as defined, to check JSON-LD against.

`tests/reference/schemaorg/vocab-30.json` (copied from `../shared/`) holds
each type's direct supertypes and each property's domain and range. A block
uses the vocabulary as defined when:

- every node has an `@type` that exists (never a data type such as Text);
- every property exists and is used on a node whose type, or one of its
  supertypes, is in the property's domain;
- every nested node's type, or one of its supertypes, is in the property's
  range;
- every literal value is one the range allows: a string where the range has
  Text (any string), URL (an absolute http(s) address), Date (YYYY-MM-DD),
  DateTime or Time; a number where it has Number or Integer; true/false
  where it has Boolean.

One pattern beyond the domains and ranges, because schema.org defines it
(https://schema.org/Role): a Role node may stand for the value of a
property when it carries that same property, holding a value in the
property's range, beside the Role's own properties (roleName, …). It is
checked as strictly as the rest: `{"attendee": {"@type": "Role", "roleName":
"…", "attendee": {"@type": "Person", …}}}` passes; a Role without the
property, or holding the wrong type in it, does not.

What it does not allow: schema.org's lenient rule that a URL or a text may
stand wherever an object is expected. Every node the edition writes carries
its `@type`, so a reference to another page's node is a typed node (with
its `@id`) and is checked like any other; a bare address is accepted only
where the property's own range includes URL (`isBasedOn`, `url`, …).
"""
from __future__ import annotations

import datetime
import json
import re
from functools import cache
from pathlib import Path

VOCAB_FILE = Path(__file__).parent / "reference" / "schemaorg" / "vocab-30.json"
CONTEXTS = ("https://schema.org", "https://schema.org/")
DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean",
              "CssSelectorType", "XPathType", "PronounceableText", "DataType"}
URL = re.compile(r"https?://[^\s<>\"]+")


@cache
def vocabulary() -> dict:
    return json.loads(VOCAB_FILE.read_text("utf-8"))


@cache
def ancestors(kind: str) -> frozenset[str]:
    """The type and all its supertypes."""
    seen, todo = set(), [kind]
    while todo:
        t = todo.pop()
        if t not in seen:
            seen.add(t)
            todo += vocabulary()["types"].get(t, [])
    return frozenset(seen)


def _is_date(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(datetime.date.fromisoformat(value))
    except ValueError:
        return False


def _is_datetime(value: str) -> bool:
    try:
        return "T" in value and bool(datetime.datetime.fromisoformat(value))
    except ValueError:
        return False


def _literal_ok(value, allowed: set[str]) -> bool:
    if isinstance(value, bool):
        return "Boolean" in allowed
    if isinstance(value, int):
        return bool(allowed & {"Integer", "Number"})
    if isinstance(value, float):
        return "Number" in allowed
    if isinstance(value, str):
        if not value.strip():
            return False
        if allowed & {"Text", "PronounceableText"}:
            return True
        return (("URL" in allowed and bool(URL.fullmatch(value)))
                or ("Date" in allowed and _is_date(value))
                or ("DateTime" in allowed and _is_datetime(value))
                or ("Time" in allowed and bool(re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value))))
    return False


def _types(node: dict, where: str, problems: list[str]) -> list[str]:
    kinds = node.get("@type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if not kinds or not all(isinstance(k, str) for k in kinds):
        problems.append(f"{where}: a node without an @type")
        return []
    for k in kinds:
        if k not in vocabulary()["types"] or k in DATA_TYPES:
            problems.append(f"{where}: @type {k!r} is not a schema.org type")
    return [k for k in kinds if k in vocabulary()["types"]]


def _node(node: dict, where: str, problems: list[str], role_of: str | None = None) -> None:
    """Check one node; `role_of` is the property a Role node stands for."""
    props = vocabulary()["props"]
    kinds = _types(node, where, problems)
    mine = set().union(*(ancestors(k) for k in kinds)) if kinds else set()
    for key, value in node.items():
        if key == "@type":
            continue
        if key == "@id":
            if not (isinstance(value, str) and URL.fullmatch(value)):
                problems.append(f"{where}: @id {value!r} is not an absolute http(s) address")
            continue
        if key.startswith("@"):
            problems.append(f"{where}: {key} is not allowed inside a node")
            continue
        here = f"{where}.{key}"
        if key not in props:
            problems.append(f"{here}: {key!r} is not a schema.org property")
            continue
        domain, range_ = set(props[key]["domain"]), set(props[key]["range"])
        if kinds and not (mine & domain) and key != role_of:  # a Role may carry the property it stands for
            problems.append(f"{here}: {key!r} is not a property of {'/'.join(kinds)} (its domain: {', '.join(sorted(domain))})")
        values = value if isinstance(value, list) else [value]
        if not values:
            problems.append(f"{here}: an empty list")
        for n, v in enumerate(values):
            at = f"{here}[{n}]" if isinstance(value, list) else here
            if isinstance(v, dict):
                inner = _types(v, at, [])
                kinds_in = set().union(*(ancestors(k) for k in inner)) if inner else set()
                if inner and not (kinds_in & range_):
                    if "Role" in kinds_in and key in v:
                        pass  # schema.org's Role pattern: the Role holds the property itself, checked below
                    elif "Role" in kinds_in:
                        problems.append(f"{at}: a Role for {key!r} must hold {key!r} itself")
                    else:
                        problems.append(f"{at}: a {'/'.join(inner)} where {key!r} expects {', '.join(sorted(range_))}")
                _node(v, at, problems, role_of=key if "Role" in kinds_in and not (kinds_in & range_) else None)
            elif isinstance(v, list):
                problems.append(f"{at}: a list inside a list")
            elif not _literal_ok(v, range_):
                problems.append(f"{at}: {v!r} is not a value {key!r} allows ({', '.join(sorted(range_))})")


def problems(block) -> list[str]:
    """Everything in one JSON-LD block that is not schema.org as defined."""
    found: list[str] = []
    if not isinstance(block, dict):
        return ["the block is not a JSON object"]
    if block.get("@context") not in CONTEXTS:
        found.append(f"@context is {block.get('@context')!r}, not https://schema.org")
    rest = {k: v for k, v in block.items() if k != "@context"}
    if "@graph" in rest:
        if set(rest) != {"@graph"} or not isinstance(rest["@graph"], list) or not rest["@graph"]:
            found.append("@graph must be a non-empty list and the block's only other key beside @context")
            return found
        for n, node in enumerate(rest["@graph"]):
            if isinstance(node, dict):
                _node(node, f"@graph[{n}]", found)
            else:
                found.append(f"@graph[{n}]: not a node")
    else:
        _node(rest, "(root)", found)
    return found


def nodes(value):
    """Every node (a dict with an @type) in a block, nested ones included."""
    if isinstance(value, dict):
        if "@type" in value:
            yield value
        for key, inner in value.items():
            if key != "@context":
                yield from nodes(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from nodes(inner)
