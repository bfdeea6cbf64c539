"""How the templates print a value: escaped for HTML and Markdown alike, so
that a field of the record can never become markup. `finalize` is applied
to every {{ value }} of every template; the filters `join`, `id` and `code`
are the escaping ones a template asks for by name. A helper that builds
markup returns `Markup`, which is printed as it is."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

# Characters Markdown (with attr_list, abbr, tables) or HTML could read as
# syntax; each is written as a character reference, which both show as the
# character itself.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]<>#|~^=&!\"']")
# ... and what only counts at the start of a line: a list or heading marker.
_LINE_START = re.compile(r"^(?:[-+]|\d+(?=[.)]))")


def _reference(match: re.Match) -> str:
    return "".join(f"&#{ord(c)};" for c in match.group())


def markdown_text(text: str) -> Markup:
    """Plain text as Markdown that renders to exactly that text: each
    character Markdown or HTML could read as syntax becomes a character
    reference, which both show as the character itself."""
    return Markup(_LINE_START.sub(_reference, _MARKDOWN_SPECIAL.sub(_reference, str(text))))


def finalize(value):
    """Applied to every {{ value }} of every template."""
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed an empty value")
    return markdown_text(value)


def join(items, separator: str = "") -> Markup:
    """Jinja's join, escaping each item as every printed value is."""
    return Markup(markdown_text(separator)).join(i if isinstance(i, Markup) else markdown_text(i) for i in items)


_IDENT = re.compile(r"[A-Za-z0-9_]+([-_][A-Za-z0-9]+)*")


def ident(text: str) -> Markup:
    """An id or anchor, as is: the record allows only lower-case words joined by '-'."""
    if not _IDENT.fullmatch(str(text)):
        raise ValueError(f"not an id: {text!r}")
    return Markup(text)


def code(text: str) -> Markup:
    """Text for inside a code span: a code span shows character references as typed."""
    if "`" in text:
        raise ValueError(f"a backtick cannot stand in a code span: {text!r}")
    return Markup(escape(text))
