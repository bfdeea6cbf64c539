"""The communiqué's text: its title, paragraphs and sentences, and nothing else.

`data/communique.txt` holds the text as received (title, a blank line, then
one paragraph per block, non-breaking spaces kept). Here spaces are made
plain; the words are never touched.
"""
from __future__ import annotations

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


def read_communique(path: Path) -> Communique:
    blocks = [plain_spaces(b) for b in re.split(r"\n\s*\n", path.read_text("utf-8-sig"))]
    title, *paragraphs = [b for b in blocks if b]
    if not paragraphs:
        raise ValueError("no paragraphs after the title")
    return Communique(
        title=title,
        paragraphs=tuple(
            Paragraph(number=n, text=t, sentences=split_sentences(t))
            for n, t in enumerate(paragraphs, start=1)
        ),
    )


def forms_pattern(forms) -> re.Pattern:
    """One pattern for all the forms, longest first, so that the longest wins."""
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
