"""What the text says of who did each agenda item and of each person's
part, read sentence by sentence, for the register's statements and their
basis: the sentence a phrase is in, the text's words for who did an item
(`Attribution`, carried from the sentence an item extends), and the
sentence that states a part or lists a delegation."""
from __future__ import annotations

import re
from dataclasses import dataclass

from edition.record import Commitment, Person, Record, once_per_record
from edition.text import Paragraph


def sentence_at(para: Paragraph, phrase: str) -> int:
    """The index of the sentence of `para` in which `phrase` starts."""
    start = para.text.index(" ".join(phrase.split()))
    offset = 0
    for i, sentence in enumerate(para.sentences):
        offset = para.text.index(sentence, offset)
        if offset <= start < offset + len(sentence):
            return i
    raise ValueError(phrase)


def _agent_words(sentence: str, verb: str) -> str | None:
    """The text's own words for who did it and the verb ("The delegations
    also discussed"), when the sentence has them: the verb, and the few words
    before it."""
    found = re.search(rf"\b{re.escape(verb)}\b", sentence)
    if not found or len(sentence[:found.start()].split()) > 5:
        return None
    return sentence[:found.end()]


@dataclass(frozen=True)
class Attribution:
    """Who the text says did an item, and with what verb: the text's words,
    in the item's own sentence or (for an item that extends another
    sentence) in the sentence it extends."""
    sentence: str        # the id of the item's own sentence
    words: str           # the text's words: agent and verb ("Both delegations underlined")
    words_sentence: str  # the sentence those words are in
    carried: bool        # True when they are another sentence's (its own names no one who does it)
    opening: str | None = None  # a carried item's own sentence's opening words ("This includes")
    # For words that do not name the person the item is attributed to ("He
    # stressed"): the last sentence before them that does (¶3.1), the basis
    # of the edition's reading of "He".
    antecedent: str | None = None
    antecedent_form: str = ""  # the name as that sentence prints it ("López Obrador")

    def where(self) -> str:
        return _where(self.words_sentence)

    def resolved(self) -> str:
        """The edition's reading of words that do not name who did it, in
        plain text: “He” read as López Obrador, named in ¶3.1 (inferred)."""
        if not self.antecedent:
            return ""
        return f"“{self.agent()}” read as {self.antecedent_form}, named in {_where(self.antecedent)} (inferred)"

    def agent(self) -> str:
        """The text's words for who did it, without the verb ("The delegations")."""
        who = self.words.rsplit(" ", 1)[0].removesuffix(" also")
        return who.removeprefix("Also, ")

    def own(self) -> str:
        """A carried item's own sentence, by its opening words and place:
        “This includes …” (¶2.2)."""
        return (f"“{self.opening} …” " if self.opening else "") + f"({_where(self.sentence)})"

    def reading(self, verb: str) -> str:
        """What this edition reads a carried item as: "reaffirmed by the two countries"."""
        who = self.agent()
        return f"{verb} by {who[:1].lower() + who[1:] if who.startswith('The ') else who}"


def _where(eid: str) -> str:
    """para_2__sent_3 -> ¶2.3"""
    p, s = re.fullmatch(r"para_(\d+)__sent_(\d+)", eid).groups()
    return f"¶{p}.{s}"


def attribution(record: Record, c: Commitment) -> Attribution:
    para = record.communique.paragraph(c.paragraph)
    i = sentence_at(para, c.quotes[0])
    own = para.sentence_eid(i)
    words = _agent_words(para.sentences[i], c.verb)
    if words:
        antecedent, form = _antecedent(record, c, para, i, words)
        return Attribution(own, words, own, False, antecedent=antecedent, antecedent_form=form)
    for j in range(i - 1, -1, -1):
        words = _agent_words(para.sentences[j], c.verb)
        if words:
            return Attribution(own, words, para.sentence_eid(j), True, _agent_words(para.sentences[i], EXTENDING))
    raise ValueError(f"data/commitments.yaml: entry '{c.id}', field 'verb': '{c.verb}' is in neither its sentence nor one before it")


def _antecedent(record: Record, c: Commitment, para: Paragraph, i: int, words: str) -> tuple[str | None, str]:
    """For an item attributed to a person whose sentence's words for who did
    it do not name them ("He stressed"), the sentence before, which names
    them (the record's check reads a pronoun so), and the name as it prints it."""
    person = record.people.get(c.attributed_to)
    if person is None or any(form in words for form in person.printed):
        return None, ""
    forms = [form for form in person.printed if i > 0 and form in para.sentences[i - 1]]
    if forms:
        return para.sentence_eid(i - 1), max(forms, key=len)
    raise ValueError(f"data/commitments.yaml: entry '{c.id}', field 'attributed_to': '{words}' does not name "
                     f"'{c.attributed_to}', and no sentence before it does")


# The verb of a sentence that extends the one before it ("This includes …").
EXTENDING = "includes"


def carried_text(at: Attribution, verb: str) -> str:
    """What the edition says of an item whose own sentence names no one who
    does it: the same words wherever the item's verb or agent is shown."""
    return (f"its own sentence, {at.own()}, names no one who does it; it is listed after “{at.words}” ({at.where()}), "
            f"and reading it as {at.reading(verb)} is this edition's")


# Where each part of the meeting is stated: the word of the text that states it.
_PART_WORDS = {"received": "received", "led": "led by", "accompanied": "accompanied by",
               "represented": "represented by", "sent": "sending"}


def part_sentence(record: Record, p: Person, part: str) -> str:
    """The id of the sentence that states a person's part: the first that
    has the part's word and one of their printed forms, else the first that
    has the word."""
    candidates, holding = _sentences_of(record).parts[part]
    para, i = candidates[holding.get(p.id, 0)]
    return para.sentence_eid(i)


def delegation_sentence(record: Record, p: Person) -> str | None:
    """The id of the sentence that lists a person in their delegation ("X was
    accompanied by …", "… was represented by …"), the person leading the list
    included; None if no list has them."""
    return _sentences_of(record).delegation.get(p.id)


class _Sentences:
    """Each person's part and delegation sentences, found for every person
    at once: asked of each person, and each asking read the whole text, the
    build grew with people times paragraphs."""

    def __init__(self, record: Record):
        from edition.record.structure import LIST_LEADS, delegation_lists

        people = list(record.people.values())
        lists = delegation_lists(record.communique)
        # A list holds a person where one of their forms is in a member's entry or in the words before the lead.
        found = _first_holding(["\0".join((*dl.members, dl.before)) for dl in lists], people)
        self.delegation: dict[str, str] = {}
        for ident, n in found.items():
            para = record.communique.paragraph(lists[n].paragraph)
            lead = next(lead for lead, part in LIST_LEADS.items() if part == lists[n].part)
            self.delegation[ident] = next(para.sentence_eid(i) for i, s in enumerate(para.sentences) if lead in s)
        self.parts: dict[str, tuple[list[tuple[Paragraph, int]], dict[str, int]]] = {}
        for part, word in _PART_WORDS.items():
            candidates = [(para, i) for para in record.communique.paragraphs
                          for i, s in enumerate(para.sentences) if word in s]
            self.parts[part] = (candidates, _first_holding([para.sentences[i] for para, i in candidates], people))


_sentences_of = once_per_record(_Sentences)


def _first_holding(texts: list[str], people: list[Person]) -> dict[str, int]:
    """Each person's first text (its index) that holds one of their printed
    forms (as `form in text`); a person in none is left out. Each text is
    read once, a window for each length a form has, so that the time grows
    with the texts plus the people, not with their product."""
    owners: dict[str, list[str]] = {}
    for p in people:
        for form in p.printed:
            owners.setdefault(form, []).append(p.id)
    lengths = sorted({len(form) for form in owners})
    out: dict[str, int] = {}
    for n, text in enumerate(texts):
        for length in lengths:
            for start in range(len(text) - length + 1):
                for ident in owners.get(text[start:start + length], ()):
                    out.setdefault(ident, n)
    return out
