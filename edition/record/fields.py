"""The field types every entry is made of. Every field is untrusted input:
what could not reach every place (HTML, navigation, Markdown, CSV, XML) as
typed is refused here, with the reason."""
from __future__ import annotations

import html.entities
import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict

from edition.text import invisible_character, mixed_script, refused_character


# What a text field may not hold: it could not reach every place (HTML,
# navigation, Markdown, CSV, XML) as the text typed. Everything else is
# escaped where it is shown.
# Characters first (edition.text.refused_character: controls, invisible
# formatting, noncharacters, other spaces, each named with its place), and
# words that mix scripts; then these.
_REFUSED = [
    (re.compile(r"[<>]"), "'<' and '>' are not allowed (they would be read as markup)"),
    (re.compile(r" {2}"), "spaces must be single plain spaces (two spaces in a row)"),
    (re.compile(r"&(#|[A-Za-z][A-Za-z0-9]*;)"), "'&#' or '&name;' would be read as a character reference (&amp; shows as &): "
                                                "type the character itself"),
    (re.compile(r"^[=+@\-]"), "must not start with '=', '+', '-' or '@' (a spreadsheet would read it as a formula)"),
    # A spreadsheet set to separate cells by ';' (the list separator of many locales) splits an
    # unquoted CSV cell there, and reads what follows as a cell of its own.
    (re.compile(r";\s*[=+@\-]"), "'=', '+', '-' or '@' after ';': a spreadsheet that separates cells by ';' (as many "
                                "locales do) would split the CSV cell there and read the rest as a formula; "
                                "write it another way (a comma, or words)"),
]

# HTML reads these names after '&' as characters even without the ';'
# ("&copy 2024" shows "© 2024", "&lt" shows "<") wherever a field is not
# escaped (the navigation, a page's description): "AT&T" and "R & D" are fine.
_LEGACY = re.compile("&(" + "|".join(sorted((name for name in html.entities.html5 if not name.endswith(";")),
                                            key=len, reverse=True)) + ")")

# UTF-8 read as Latin-1 or Windows-1252 and saved again ("migraciÃ³n", "â€”"): the letters are lost.
# Checked first: the garbling also makes soft hyphens and mixed scripts, which would hide the cause.
_GARBLED = (re.compile(r"[ÃÂ][\u00a0-\u00bf\u2018-\u203a]|â€"),
            "looks like text whose accents were garbled (UTF-8 read as Latin-1: 'Ã³' for 'ó', 'â€”' for '—'): "
            "type the characters again")


MAX_TEXT, MAX_LONG_TEXT = 300, 3000


# A one-line field (a name, a title) also reaches HTML attributes (a page's
# description, Open Graph) that the theme does not escape.
_QUOTE = (re.compile(r'"'), "'\"' is not allowed in a name or title (it would end an HTML attribute): use typographic quotes “ ”")


def _text(value: str, limit: int = MAX_TEXT) -> str:
    if not value.strip():
        raise ValueError("must not be empty: it holds no text (nothing, or only spaces)")
    if len(value) > limit:
        raise ValueError(f"at most {limit} characters ({len(value)} given)")
    if _GARBLED[0].search(value):
        raise ValueError(_GARBLED[1])
    problem = refused_character(value) or invisible_character(value) or mixed_script(value)
    if problem:
        raise ValueError(problem)
    if limit == MAX_TEXT and _QUOTE[0].search(value):
        raise ValueError(_QUOTE[1])
    for pattern, problem in _REFUSED:
        if pattern.search(value):
            raise ValueError(problem)
    legacy = _LEGACY.search(value)
    if legacy:
        shown = html.entities.html5[legacy.group(1)]
        raise ValueError(f"'{legacy.group()}' at character {legacy.start() + 1} would be read as a character reference "
                         f"even without ';' (it would show as U+{ord(shown):04X} {unicodedata.name(shown)}): "
                         "type the character itself, or a space after '&'")
    if value != value.strip() or not value:
        raise ValueError("must not be empty or start or end with spaces")
    return value


def long_text(value: str) -> str:
    """A statement: may wrap over lines in YAML; spaces are made plain."""
    problem = refused_character(value, one_line=False)
    if problem:
        raise ValueError(problem)
    return _text(" ".join(value.split()), MAX_LONG_TEXT)


# Names Windows keeps for devices: a folder so named cannot be made there.
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}


def _ident(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value) or len(value) > 80:
        raise ValueError("must be lower-case words joined by '-' (at most 80 characters)")
    if value in WINDOWS_RESERVED:
        raise ValueError(f"'{value}' names a device on Windows: a page at that address could not be saved there; "
                         "choose another")
    return value


_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")


def _url(value: str) -> str:
    if len(value) > 500 or not re.fullmatch(r"https://[^\s<>\"'`()\[\]{}|\\^]+", value):
        raise ValueError("must be an https:// address of at most 500 characters, without spaces, quotes, "
                         "brackets or parentheses (percent-encode them: %28 %29)")
    bad = re.search(r"%(?![0-9A-Fa-f]{2})", value)
    if bad:
        raise ValueError(f"'%' at character {bad.start() + 1} is not followed by two hexadecimal digits (%20, %C3%B3): "
                         "the address would not open")
    authority = re.match(r"https://([^/?#]*)", value).group(1)
    if "@" in authority:
        raise ValueError(f"'{authority}' holds a user name ('…@'): a reader would read the part before '@' as the "
                         "site, and be taken to the part after it; give the site's own address")
    if not _HOST.fullmatch(authority.removesuffix(":443")):
        raise ValueError(f"'{authority}' is not a site's name (words joined by '.', e.g. www.state.gov)")
    return value


Text = Annotated[str, AfterValidator(_text)]
LongText = Annotated[str, AfterValidator(long_text)]
Id = Annotated[str, AfterValidator(_ident)]
Url = Annotated[str, AfterValidator(_url)]
Side = Literal["mexico", "united-states"]


class Entry(BaseModel):
    # strict: a number is not a date, true is not a paragraph number.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
