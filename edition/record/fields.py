"""The field types every entry is made of. Every field is untrusted input:
what could not reach every place (HTML, navigation, Markdown, CSV, XML) as
typed is refused here, with the reason."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict


# What a text field may not hold: it could not reach every place (HTML,
# navigation, Markdown, CSV, XML) as the text typed. Everything else is
# escaped where it is shown.
_REFUSED = [
    (re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]"), "control characters are not allowed"),
    (re.compile(r"[\n\r\t]"), "must be one line"),
    (re.compile(r"[<>]"), "'<' and '>' are not allowed (they would be read as markup)"),
    (re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]| {2}"), "spaces must be single plain spaces"),
    (re.compile(r"&[#A-Za-z]"), "'&' directly before a letter or '#' could be read as a character reference (&amp;): put a space after it"),
    (re.compile(r"^[=+@\-]"), "must not start with '=', '+', '-' or '@' (a spreadsheet would read it as a formula)"),
]


MAX_TEXT, MAX_LONG_TEXT = 300, 3000


# A one-line field (a name, a title) also reaches HTML attributes (a page's
# description, Open Graph) that the theme does not escape.
_QUOTE = (re.compile(r'"'), "'\"' is not allowed in a name or title (it would end an HTML attribute): use typographic quotes “ ”")


def _text(value: str, limit: int = MAX_TEXT) -> str:
    if len(value) > limit:
        raise ValueError(f"at most {limit} characters ({len(value)} given)")
    if limit == MAX_TEXT and _QUOTE[0].search(value):
        raise ValueError(_QUOTE[1])
    for pattern, problem in _REFUSED:
        if pattern.search(value):
            raise ValueError(problem)
    if value != value.strip() or not value:
        raise ValueError("must not be empty or start or end with spaces")
    return value


def _long_text(value: str) -> str:
    """A statement: may wrap over lines in YAML; spaces are made plain."""
    return _text(" ".join(value.split()), MAX_LONG_TEXT)


def _ident(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value) or len(value) > 80:
        raise ValueError("must be lower-case words joined by '-' (at most 80 characters)")
    return value


def _url(value: str) -> str:
    if len(value) > 500 or not re.fullmatch(r"https://[^\s<>\"'`()\[\]{}|\\^]+", value):
        raise ValueError("must be an https:// address of at most 500 characters, without spaces, quotes, "
                         "brackets or parentheses (percent-encode them: %28 %29)")
    return value


Text = Annotated[str, AfterValidator(_text)]
LongText = Annotated[str, AfterValidator(_long_text)]
Id = Annotated[str, AfterValidator(_ident)]
Url = Annotated[str, AfterValidator(_url)]
Side = Literal["mexico", "united-states"]


class Entry(BaseModel):
    # strict: a number is not a date, true is not a paragraph number.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
