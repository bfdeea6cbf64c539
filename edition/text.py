"""The communiqué's text: its title, paragraphs and sentences, and nothing else.

`data/communique.txt` holds the text as received (title, a blank line, then
one paragraph per block, non-breaking spaces kept). Here spaces are made
plain; the words are never touched.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Words ending in a full stop that do not end a sentence.
NOT_SENTENCE_ENDS = ("Gen.", "Alm.", "U.S.")


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str
    sentences: tuple[str, ...]

    @property
    def eid(self) -> str:
        """Permanent identifier, after Akoma Ntoso: para_1, para_2, …"""
        return f"para_{self.number}"

    def sentence_eid(self, index: int) -> str:
        """para_2__sent_3 for the third sentence (index 2) of paragraph 2."""
        return f"{self.eid}__sent_{index + 1}"


@dataclass(frozen=True)
class Communique:
    title: str
    paragraphs: tuple[Paragraph, ...]

    def paragraph(self, number: int) -> Paragraph:
        return self.paragraphs[number - 1]


def plain_spaces(text: str) -> str:
    """Every run of white space (non-breaking included) as one plain space."""
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """Lower case without accents: 'López' -> 'lopez'. For matching only."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def split_sentences(paragraph: str) -> tuple[str, ...]:
    sentences, start = [], 0
    for match in re.finditer(r"(?<=[.?!])\s+(?=[A-Z])", paragraph):
        before = paragraph[start:match.start()]
        if before.endswith(NOT_SENTENCE_ENDS):
            continue
        sentences.append(before)
        start = match.end()
    sentences.append(paragraph[start:])
    return tuple(sentences)


class TextError(ValueError):
    """The text holds what it cannot show as typed; where, and what."""

    def __init__(self, where: str, sentence: str, problem: str):
        super().__init__(problem)
        self.where, self.sentence, self.problem = where, sentence, problem


def read_communique(path: Path) -> Communique:
    return parse_communique(path.read_text("utf-8-sig"))


def parse_communique(raw: str) -> Communique:
    """The text in NFC (as macOS and Windows may save it differently), each
    paragraph's spaces plain. A character that would show other than typed,
    or hide a difference, is refused with where it is."""
    raw = unicodedata.normalize("NFC", raw.removeprefix("\ufeff"))
    blocks = [plain_spaces(b) for b in re.split(r"\n\s*\n", raw)]
    title, *paragraphs = [b for b in blocks if b] or [""]
    if not paragraphs:
        raise ValueError("no paragraphs after the title")
    communique = Communique(
        title=title,
        paragraphs=tuple(
            Paragraph(number=n, text=t, sentences=split_sentences(t))
            for n, t in enumerate(paragraphs, start=1)
        ),
    )
    for where, number, sentences in [("title", 0, (title,)),
                                     *((f"paragraph {p.number}", p.number, p.sentences) for p in communique.paragraphs)]:
        for index, sentence in enumerate(sentences):
            problem = refused_character(sentence) or mixed_script(sentence)
            if problem:
                raise TextError(where, "(title)" if not number else f"sentence {index + 1}", problem)
    return communique


def describe(char: str) -> str:
    """U+202E RIGHT-TO-LEFT OVERRIDE"""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def refused_character(value: str, one_line: bool = True) -> str | None:
    """Why a character of `value` cannot be shown as typed, naming it and its
    place; None if every character can."""
    if value.isprintable() or (not one_line and re.sub(r"[\n\r\t]", "", value).isprintable()):
        return None  # the usual case, in C: no control, format, separator or unassigned character
    for n, char in enumerate(value, start=1):
        kind = unicodedata.category(char)
        if char in "\n\r\t" and one_line:
            return "must be one line"
        if char.isprintable() or char in "\n\r\t":
            continue
        at = f"{describe(char)} at character {n}"  # not printable: one of these
        if kind == "Zs" or char in "\u200b\ufeff":
            return f"spaces must be single plain spaces ({at})"
        if kind in ("Cc", "Zl", "Zp"):
            return f"control characters are not allowed ({at})"
        if kind == "Cf":
            return (f"invisible formatting characters are not allowed ({at}): they can change how the text "
                    "displays or hide a difference; remove it")
        if kind in ("Cs", "Co", "Cn") and _noncharacter(ord(char)):
            return f"noncharacters are not allowed ({at})"
        if kind == "Cs":
            return f"lone surrogates are not allowed ({at})"
        if kind == "Co":
            return f"private-use characters are not allowed ({at}): they display as nothing or a box"
        if kind == "Cn":
            return f"unassigned characters are not allowed ({at})"
    return None


# Characters that print but show as nothing (fillers, blank patterns,
# joiners, variation selectors): they hide a difference as a zero-width space does.
_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def invisible_character(value: str) -> str | None:
    """Why `value` holds a character that shows as nothing, naming it and
    its place; a combining mark with nothing to combine with counts too."""
    found = _INVISIBLE.search(value)
    if found:
        return (f"invisible characters are not allowed ({describe(found.group())} at character {found.start() + 1}): "
                "they hide a difference; remove it")
    if value[:1] and unicodedata.combining(value[0]):
        return f"a combining mark cannot begin a text ({describe(value[0])} at character 1)"
    return None


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str | None:
    """The script a letter belongs to, as its Unicode name says: LATIN, CYRILLIC, GREEK…"""
    if unicodedata.category(char) == "Lm":  # modifier letters (ʼ) belong to no one script
        return None
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def mixed_script(value: str) -> str | None:
    """A word whose letters come from two scripts ('Вlinken' with a Cyrillic
    В) looks like another word and is not it."""
    for match in re.finditer(r"[^\W\d_]+", value):
        word = match.group()
        first = None
        for offset, char in enumerate(word):
            script = _script(char)
            first = first or script
            if script and script != first:
                return (f"the word '{word}' mixes {first.title()} and {_script(char).title()} letters "
                        f"({describe(char)} at character {match.start() + offset + 1}): a look-alike letter?")
    return None


def forms_pattern(forms) -> re.Pattern:
    """One pattern for all the forms that finds, at each place, the longest
    form there, as the forms one after another, longest first, would. It is
    written as a tree of the forms' characters (a form's next character
    chosen among the few that can follow), so that finding them grows with
    the text alone; the forms one after another, each tried at every place,
    made it grow with the text times the forms (the record's names)."""
    tree: dict = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[_END] = {}
    try:
        return re.compile(_branches(tree, 0))
    except RecursionError:  # forms nested past what the tree may be: the same pattern, written flat
        return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))


_END = ""  # in the tree: a form ends here
_DEEPEST = 200  # forms within forms (a prefix of a prefix …) before the pattern is written flat


def _branches(node: dict, depth: int) -> str:
    """The pattern of what may follow `node`: its longest way first, the
    form ending here (if one does) last."""
    if depth > _DEEPEST:
        raise RecursionError
    ways = []
    for char, child in node.items():
        if char == _END:
            continue
        run = re.escape(char)
        while len(child) == 1 and _END not in child:  # one way on: no choice to write
            (char, child), = child.items()
            run += re.escape(char)
        ways.append(run + _branches(child, depth + 1))
    if not ways:
        return ""
    body = ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
    return f"(?:{body})?" if _END in node else body
