"""data/commitments.yaml: each item's quotes, verb and attribution as
the sentence that governs the quote says, and its references known."""
from __future__ import annotations

from edition.record import structure
from edition.record.checks.common import _check, _known, _unlike
from edition.record.entries import Commitment, Person
from edition.record.kinds import kind_for
from edition.record.model import GROUPS, Record
from edition.text import plain_spaces

ITEMS, PEOPLE = kind_for(Commitment), kind_for(Person)

VERBS = Commitment.model_fields["verb"].annotation.__args__


def _governing(record: Record, c: Commitment, quote: str) -> tuple[int, str]:
    """The sentence (index) whose verb governs a quote, and that sentence."""
    para = record.communique.paragraph(c.paragraph)
    f = ITEMS.path
    spans = structure.sentences_of(para, quote)
    _check(len(spans) == 1, f, c.id, "quotes",
           f"runs across a sentence boundary (sentences {', '.join(str(n + 1) for n in spans)} of paragraph "
           f"{c.paragraph}): give one quote a sentence: '{quote}'")
    index = structure.governing(para, spans[0], VERBS)
    _check(index is not None, f, c.id, "verb", f"no verb of the text governs the quote in paragraph {c.paragraph}")
    return index, para.sentences[index]


def _who(record: Record, ident: str) -> str:
    return {"two-countries": "the two countries", "both-delegations": "both delegations"}.get(ident) or (
        record.people[ident].name if ident in record.people else ident)


def _check_attribution(record: Record, c: Commitment, index: int, sentence: str, forms: structure.Forms) -> None:
    f, where = ITEMS.path, f"paragraph {c.paragraph}, sentence {index + 1}"
    verb, at = structure.verb_in(sentence, [c.verb]) or (None, 0)
    found = structure.verb_in(sentence, VERBS)
    _check(verb is not None, f, c.id, "verb",
           f"'{c.verb}' is not the verb of the quote's sentence ({where} says '{found[0] if found else 'none'}')")
    subject = sentence[:at].strip().removeprefix("Also,").strip()
    if c.attributed_to == "two-countries":
        agrees = "two countries" in subject.lower()
    elif c.attributed_to == "both-delegations":
        agrees = "delegations" in subject.lower() and "two countries" not in subject.lower()
    else:
        named = structure.first_named(subject, forms)
        if subject in structure.PRONOUNS and index > 0:
            named = structure.first_named(record.communique.paragraph(c.paragraph).sentences[index - 1], forms)
        agrees = named == c.attributed_to
    _check(agrees, f, c.id, "attributed_to",
           f"the text says '{subject}' {c.verb} it ({where}), not {_who(record, c.attributed_to)}")


def check_commitments(record: Record) -> None:
    """data/commitments.yaml: quotes verbatim and within one sentence; the
    verb, who did it and who the quote names, as that sentence says;
    references known; meetings in time order."""
    communique = record.communique
    npara = len(communique.paragraphs)
    f = ITEMS.path
    forms = structure.Forms({form: p.id for p in record.people.values() for form in p.printed})
    published = record.facts.publication.date
    for c in record.commitments.values():
        _check(c.paragraph <= npara, f, c.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
        para = communique.paragraph(c.paragraph).text
        for quote in c.quotes:
            _check(plain_spaces(quote) in para, f, c.id, "quotes",
                   f"not verbatim in paragraph {c.paragraph}: '{quote}'{_unlike(record.communique, c.paragraph, plain_spaces(quote))}")
        _check(structure.words(c.verb).search(para) is not None, f, c.id, "verb", f"'{c.verb}' is not in paragraph {c.paragraph}")
        _check(c.attributed_to in GROUPS or c.attributed_to in record.people, f, c.id, "attributed_to",
               f"'{c.attributed_to}' is neither a person's id nor one of {', '.join(GROUPS)}")
        for quote in c.quotes:
            index, sentence = _governing(record, c, plain_spaces(quote))
            _check_attribution(record, c, index, sentence, forms)
        for other in c.related:
            _check(other.item != c.id, f, c.id, "related", "an item cannot relate to itself")
            _check(other.item in record.commitments, f, c.id, "related", f"unknown item '{other.item}'")
            _check(all(back.item != c.id for back in record.commitments[other.item].related), f, c.id, "related",
                   f"'{other.item}' already relates to it: give each relation once (the reverse is derived)")
        quoted = " ".join(plain_spaces(q) for q in c.quotes)
        for person in c.names:
            _known(record, PEOPLE, person, f, c.id, "names")
            p = record.people[person]
            _check(any(structure.words(form).search(quoted) for form in p.printed), f, c.id, "names",
                   f"the quotes do not name '{person}' (none of {', '.join(p.printed) or 'its printed forms'} is in them)")
        _check(c.meeting is None or c.meeting in record.meetings, f, c.id, "meeting", f"unknown meeting '{c.meeting}'")
        source = record.meeting_of(c) if any(m.reported for m in record.meetings.values()) else None
        if c.meeting is not None:
            m = record.meetings[c.meeting]
            _check(m.paragraph is not None and m.date <= published, f, c.id, "meeting",
                   f"'{m.id}' ({m.date}) is not a meeting the communiqué of {published} could report from")
        for meeting in c.announces:
            _check(meeting in record.meetings, f, c.id, "announces", f"unknown meeting '{meeting}'")
            _check(source is None or meeting != source.id, f, c.id, "announces",
                   f"'{meeting}' is the meeting the item is reported from: it cannot announce it")
