"""What the text's own structure says, for checking the record's claims
against it: the delegation lists, which sentence a quote is in, the verb
that governs it and who that sentence says did it. Plain readings of the
sentences, each linear in the text's length."""
from __future__ import annotations

import re
from dataclasses import dataclass

from edition.text import Communique, Paragraph

# The words that open a delegation list, and the part the list gives its members.
LIST_LEADS = {"was accompanied by ": "accompanied", "was represented by ": "represented"}
PRONOUNS = ("He", "She")


@dataclass(frozen=True)
class DelegationList:
    paragraph: int
    part: str  # accompanied | represented
    before: str  # the words before the lead: who is accompanied, or who is represented
    members: tuple[str, ...]  # each as printed, with any rank: "Gen. Luis Cresencio Sandoval"


def delegation_lists(communique: Communique) -> list[DelegationList]:
    """"X was accompanied by Name, Title; …; and Name, Title." in each paragraph that has one."""
    out = []
    for para in communique.paragraphs:
        for lead, part in LIST_LEADS.items():
            if lead in para.text:
                before, after = para.text.split(lead, 1)
                members = tuple(entry.strip().removeprefix("and ").split(",")[0].strip()
                                for entry in after.rstrip(".").split(";"))
                out.append(DelegationList(para.number, part, before, members))
    return out


def words(form: str) -> re.Pattern:
    """A form as whole words ('Biden' not in 'Bidens')."""
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


def sentences_of(para: Paragraph, quote: str) -> list[int]:
    """The indexes of the sentences a quote's words run over (first occurrence)."""
    start = para.text.find(quote)
    if start < 0:
        return []
    end, out, pos = start + len(quote), [], 0
    for index, sentence in enumerate(para.sentences):
        pos = para.text.find(sentence, pos)
        if pos < end and start < pos + len(sentence) + 1:
            out.append(index)
        pos += len(sentence)
    return out


def verb_in(sentence: str, verbs) -> tuple[str, int] | None:
    """The first of `verbs` the sentence uses as a word, and where."""
    found = [(m.start(), verb) for verb in verbs for m in [words(verb).search(sentence)] if m]
    return (min(found)[1], min(found)[0]) if found else None


def governing(para: Paragraph, index: int, verbs) -> int | None:
    """The sentence whose verb governs sentence `index`: itself if it has one
    of `verbs`, else the nearest earlier one that has ("This includes …"
    extends the sentence before it)."""
    for n in range(index, -1, -1):
        if verb_in(para.sentences[n], verbs):
            return n
    return None


_WORD = re.compile(r"\w+(?:[-’'.]\w+)*")


class Forms(dict):
    """Printed form -> person's id, knowing its longest form's word count."""

    def __init__(self, forms: dict[str, str]):
        super().__init__(forms)
        self.longest = max((len(form.split()) for form in self), default=0)


def find_names(text: str, forms: Forms) -> list[tuple[int, int, str]]:
    """(start, end, id) of each printed form in `text`, the longest at each
    place. Linear: each word is tried as the start of a form of up to as
    many words as the longest form."""
    longest = forms.longest
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    out, after = [], 0
    for i, (start, _) in enumerate(spans):
        if start < after:
            continue
        for j in range(min(len(spans), i + longest) - 1, i - 1, -1):
            ident = forms.get(text[start:spans[j][1]])
            if ident:
                out.append((start, spans[j][1], ident))
                after = spans[j][1]
                break
    return out


def first_named(sentence: str, forms: Forms) -> str | None:
    """The id of the person named first in a sentence."""
    found = find_names(sentence, forms)
    return found[0][2] if found else None


class TextIndex:
    """Where each word of a text starts, so that whether a phrase occurs
    there as whole words is found without scanning the text once a phrase."""

    def __init__(self, text: str):
        self.text, self.at = text, {}
        for match in re.finditer(r"\w+", text):
            self.at.setdefault(match.group(), []).append(match.start())

    def has(self, phrase: str) -> bool:
        first = re.match(r"\w+", phrase)
        if not first:
            return bool(words(phrase).search(self.text))
        for pos in self.at.get(first.group(), ()):
            end = pos + len(phrase)
            if self.text.startswith(phrase, pos) and not (end < len(self.text) and re.match(r"\w", self.text[end])):
                return True
        return False
