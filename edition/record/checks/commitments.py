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
    _check_places(record)


def _occurrences(text: str, quote: str) -> list[int]:
    """Where `quote` starts in `text`, every place (overlapping ones too)."""
    found, at = [], text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _check_places(record: Record) -> None:
    """Each quote names one place of its paragraph, and no two quotes share
    a word: the full text links each quote's words to its item, and would
    print the words two passages share twice, or link the first place of
    words the paragraph has twice."""
    f = ITEMS.path
    places: dict[int, list[tuple[int, int, int, str, int, str]]] = {}  # paragraph -> (start, end, order, id, n, quote)
    for order, c in enumerate(record.commitments.values()):
        text = record.communique.paragraph(c.paragraph).text
        for n, quote in enumerate(c.quotes):
            quote = plain_spaces(quote)
            found = _occurrences(text, quote)
            _check(len(found) == 1, f, c.id, f"quotes.{n}",
                   f"'{quote}' occurs {len(found)} times in paragraph {c.paragraph}: give enough words to name one place")
            places.setdefault(c.paragraph, []).append((found[0], found[0] + len(quote), order, c.id, n, quote))
    for number, spans in places.items():
        spans.sort()
        widest = spans[0]
        for span in spans[1:]:
            if span[0] < widest[1]:
                first, later = sorted((widest, span), key=lambda s: (s[2], s[4]))
                shared = record.communique.paragraph(number).text[span[0]:min(widest[1], span[1])]
                whose = f"its own quotes.{first[4]}" if first[3] == later[3] else f"entry '{first[3]}''s quotes.{first[4]}"
                _check(False, f, later[3], f"quotes.{later[4]}",
                       f"'{later[5]}' shares the words '{shared}' with {whose} ('{first[5]}', paragraph {number}): "
                       "the full text links a quote's words to its item, and would print shared words twice; "
                       "quote words no other quote holds")
            if span[1] > widest[1]:
                widest = span
