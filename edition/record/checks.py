"""What pydantic cannot know: that each data file agrees with the text, the
context file and the other files. One check function a data file; each
error names the file, the entry and the field, and what the text says
instead. Every claim of the record that the text can settle is checked
against it."""
from __future__ import annotations

import datetime
import difflib
import re
import unicodedata

from edition.record import structure
from edition.record.context import ContextFile, Surname
from edition.record.entries import Commitment
from edition.record.errors import RecordError, check as _check, printable as _printable
from edition.record.model import GROUPS, Record
from edition.text import Communique, fold, plain_spaces

YEARS = 10  # a meeting dated further than this from the communiqué is a typing mistake
VERBS = Commitment.model_fields["verb"].annotation.__args__


def names_in_text(communique: Communique) -> set[str]:
    """The people's names the text prints, read from its structure: the two
    delegation lists ("Name, Title; …") and every "President Name"."""
    names = set()
    for entry in structure.delegation_lists(communique):
        names.update(re.sub(r"^(Gen|Alm)\. ", "", name) for name in entry.members)
    for para in communique.paragraphs:
        names.update(re.findall(r"President (?:of Mexico )?((?:[A-Z]\w+)(?: [A-Z]\w+)*)", para.text))
    return names


def check_context(facts: ContextFile) -> None:
    """data/context.yaml: glossary sources belong to a term; no two terms
    share an anchor; no two events share an id."""
    from edition.addresses import glossary_id  # the page's own rule for the anchor
    f = "data/context.yaml"
    for term in facts.glossary_sources:
        _check(term in facts.glossary, f, _printable(str(term)), "glossary_sources", "no glossary entry has this term")
    anchors: dict[str, str] = {}
    for term in facts.glossary:
        other = anchors.setdefault(glossary_id(term), term)
        _check(other == term, f, "glossary", f"glossary.{term}",
               f"'{term}' and '{other}' differ only by case, spaces or full stops: both would be the anchor "
               f"#{glossary_id(term)}; keep one")
    # A glossary entry that gives a date or a term of office shows its
    # source: without one the glossary would state it unsourced.
    for term, definition in facts.glossary.items():
        year = _YEAR.search(definition)
        _check(year is None or bool(facts.glossary_sources.get(term)), f, _printable(term), "glossary_sources",
               f"the glossary entry gives a date ('{year.group() if year else ''}' in its definition) and no source: "
               "list its source under glossary_sources")
    # The publication date is the date in the release's own address: an edit
    # to one is caught here, not blamed on the meetings it dates.
    pub = facts.publication
    for where, url in (("publication.url", pub.url),
                       *((f"archives.{key}.{part}", getattr(kept, part)) for key, kept in facts.archives.items()
                         if key == "publication" for part in ("as_issued", "archived"))):
        dated = _URL_DATE.search(url)
        if dated:
            given = datetime.date(*map(int, dated.groups())) if _valid_date(*dated.groups()) else None
            _check(given == pub.date, f, "publication", "publication.date",
                   f"{pub.date} is not the date in the release's address ({where}: …/{'/'.join(dated.groups())}/…), "
                   "which is the publication date (date_basis)")
    events: dict[str, int] = {}
    for n, event in enumerate(facts.events):
        first = events.setdefault(event.id, n)
        _check(first == n, f, "events", f"events.{n}.id",
               f"'{event.id}' is already the id of events.{first}: a meeting's 'context' could name only one")


def check_context_sources(facts: ContextFile) -> None:
    """One address is one source: every place data/context.yaml gives it
    gives it the same title (pages show the source by its address, and
    would show whichever title came first)."""
    f = "data/context.yaml"
    lists = [(f"events.{n}.sources", e.sources) for n, e in enumerate(facts.events)]
    lists += [(f"glossary_sources.{term}.", s) for term, s in facts.glossary_sources.items()]
    if facts.follow_up_readout is not None:
        lists.append(("follow_up_readout.sources", facts.follow_up_readout.sources))
    titled: dict[str, tuple[str, str]] = {}
    for where, sources in lists:
        for n, s in enumerate(sources):
            place = f"{where.rstrip('.')}.{n}"
            title, first = titled.setdefault(s.url, (plain_spaces(s.title), place))
            _check(title == plain_spaces(s.title), f, _printable(place.split(".")[0]), f"{_printable(place)}.title",
                   f"{first} gives the same address ({s.url}) the title '{title}': one address is one source; "
                   "give it one title")


def check_variants(facts: ContextFile, communique: Communique) -> None:
    """Mexico's release's wording (publication.mexican_release.variants):
    each phrase is the text's, verbatim, once in its paragraph, worded
    otherwise by Mexico, and given once."""
    release = facts.publication.mexican_release
    if release is None:
        return
    f, npara, seen = "data/context.yaml", len(communique.paragraphs), {}
    for n, v in enumerate(release.variants):
        where = f"publication.mexican_release.variants.{n}"
        _check(v.paragraph <= npara, f, "publication", f"{where}.paragraph", f"must be a paragraph number from 1 to {npara}")
        phrase, text = plain_spaces(v.white_house), communique.paragraph(v.paragraph).text
        _check(phrase in text, f, "publication", f"{where}.white_house",
               f"not verbatim in paragraph {v.paragraph}: '{phrase}'{_unlike(communique, v.paragraph, phrase)}")
        count = len(re.findall(re.escape(phrase), text))
        _check(count == 1, f, "publication", f"{where}.white_house",
               f"'{phrase}' occurs {count} times in paragraph {v.paragraph}: give enough words to name one place")
        _check(plain_spaces(v.sre_en) != phrase, f, "publication", f"{where}.sre_en",
               "is the White House text's own wording: a variant is a phrase Mexico's release words otherwise")
        first = seen.setdefault((v.paragraph, phrase), n)
        _check(first == n, f, "publication", f"{where}.white_house", f"the phrase is already variants.{first}'s phrase: give each once")


_YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def _valid_date(year: str, month: str, day: str) -> bool:
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _unlike(communique: Communique, number: int, quote: str) -> str:
    """Why a quote is not in paragraph `number`: it is in another one, or
    where it first differs from the text (a straight quote for a curly one,
    a dash for a hyphen, as a word processor types them)."""
    elsewhere = [p.number for p in communique.paragraphs if quote in p.text]
    if elsewhere:
        return f" (it is in paragraph {elsewhere[0]}: give that paragraph)"
    text = communique.paragraph(number).text
    # The longest start of the quote that the paragraph has: a binary search, each step one find.
    low, high = 0, len(quote)
    while low < high:
        mid = (low + high + 1) // 2
        if quote[:mid] in text:
            low = mid
        else:
            high = mid - 1
    if low < 8:  # no telling start
        return ""
    at = text.find(quote[:low]) + low
    got = quote[low]
    had = text[at] if at < len(text) else ""
    name = lambda ch: f"'{ch}' (U+{ord(ch):04X} {unicodedata.name(ch, '?')})"
    return (f" (the words agree up to '…{quote[max(0, low - 20):low]}', then the quote has {name(got)}"
            + (f" where the text has {name(had)})" if had else " where the paragraph ends)"))


def _whole_text(communique: Communique) -> str:
    return " ".join([communique.title, *(p.text for p in communique.paragraphs)])


def check_organisations(record: Record) -> None:
    """data/organisations.yaml: the words that name each body are the text's."""
    text = structure.TextIndex(_whole_text(record.communique))
    f = "data/organisations.yaml"
    for o in record.organisations.values():
        for words in o.in_text:
            _check(text.has(words), f, o.id, "in_text", f"'{words}' is not in the text")


def check_people(record: Record) -> None:
    """data/people.yaml: names, ranks, titles, sides, delegations and parts
    as the text gives them; surnames as a source gives them."""
    communique = record.communique
    text = structure.TextIndex(_whole_text(communique))
    f = "data/people.yaml"
    owner: dict[str, str] = {}
    for p in record.people.values():
        _check(p.organisation is None or p.organisation in record.organisations,
               f, p.id, "organisation", f"unknown organisation '{p.organisation}'")
        if p.organisation is not None:
            body = record.organisations[p.organisation]
            _check(body.country == p.side, f, p.id, "organisation",
                   f"'{body.id}' is a body of {body.country} (data/organisations.yaml), but the person is on the {p.side} side")
            _check(p.title is None or any(words in p.title for words in body.in_text), f, p.id, "organisation",
                   f"the title '{p.title}' does not name '{body.id}' (its words in the text: {', '.join(body.in_text)})")
        for form in p.printed:
            _check(text.has(form), f, p.id, "printed", f"'{form}' is not in the text")
            _check(form == p.name or p.name.endswith(" " + form), f, p.id, "printed",
                   f"'{form}' is neither the name nor its last words: a printed form names the person wherever "
                   "the text prints it (a common word would link every place it occurs)")
            other = owner.setdefault(form, p.id)
            _check(other == p.id, f, p.id, "printed",
                   f"'{form}' is also a printed form of '{other}': the text's words cannot name two people")
        for phrase in p.not_naming:
            _check(text.has(phrase), f, p.id, "not_naming", f"'{phrase}' is not in the text")
        if p.in_communique:
            _check(p.printed[0] == p.name, f, p.id, "printed", "must start with the full name")
            _check(p.title is not None, f, p.id, "title", "missing field (the communiqué gives a title)")
            _check(text.has(p.title), f, p.id, "title", f"'{p.title}' is not in the text")
            _check(bool(p.part), f, p.id, "part", "missing field (what the communiqué says of their part)")
        else:
            _check(p.delegation == "none" and not p.part and p.title is None and p.rank is None, f, p.id, "printed",
                   "a person the communiqué does not name has no delegation, part, title or rank of its")
        if p.rank is not None:
            _check(text.has(f"{p.rank} {p.name}"), f, p.id, "rank",
                   f"the text does not print '{p.rank}' before '{p.name}'")
            _check(p.rank in record.facts.glossary, f, p.id, "rank",
                   f"'{p.rank}' has no entry in data/context.yaml's glossary (the rank links to it): add one")
        if p.surname is not None:
            _check(p.name.endswith(" " + p.surname), f, p.id, "surname", "must end the name")
            fact = record.facts.surnames.get(p.name)
            sourced = (len(p.name.split()) == 2 or p.surname in p.printed[1:]
                       or (isinstance(fact, Surname) and fact.surnames == p.surname))
            _check(sourced, f, p.id, "surname", "no source says which words are the surname: omit the field "
                   "(a two-word name, a short form the communiqué prints, or data/context.yaml's 'surnames' can)")
    # An alias is another name of this person: never the name itself, nor any name of another.
    called: dict[str, str] = {}
    for p in record.people.values():
        for form in (p.name, *p.printed):
            called.setdefault(fold(form).casefold(), p.id)
    for p in record.people.values():
        for n, alias in enumerate(p.aliases):
            other = called.setdefault(fold(alias).casefold(), p.id)
            _check(other != p.id or fold(alias).casefold() not in {fold(x).casefold() for x in (p.name, *p.printed)},
                   f, p.id, f"aliases.{n}", f"'{alias}' is the person's own name (as printed): an alias is another name")
            _check(other == p.id, f, p.id, f"aliases.{n}",
                   f"'{alias}' is a name of '{other}': the entry would say this person is also called so")
    for name in sorted(names_in_text(communique)):
        _check(name in owner, f, "(none)", "printed",
               f"the text names '{name}', but no entry has the name in 'printed': add the person, or the form to their entry")
    _check_delegations(record, structure.Forms(owner))
    listed = {a.person for m in record.meetings.values() for a in m.reported_attendees}
    for p in record.people.values():
        _check(p.in_communique or p.id in listed, f, p.id, "printed",
               "the communiqué does not name this person and no meeting's reported_attendees lists them "
               "(if a meeting in data/meetings.yaml did, list them there again; else remove this entry)")


def _check_delegations(record: Record, owner: structure.Forms) -> None:
    """Side, delegation, rank and part against the delegation lists, and
    every other part against the words that give it."""
    f, sides = "data/people.yaml", {"United States": "united-states", "Mexico": "mexico"}
    found: dict[str, set[str]] = {}  # person -> parts the text gives them
    placed: dict[str, str] = {}  # person -> the delegation the text puts them in
    for entry in structure.delegation_lists(record.communique):
        subject = entry.before.rsplit(",", 1)[-1].strip()  # "President López Obrador", "the United States"
        side = next((s for words, s in sides.items() if subject.endswith(words)), None)
        head = None if side else structure.first_named(subject, owner)
        side = side or (record.people[head].side if head else None)
        if head:
            placed[head] = side
        for member in entry.members:
            named = structure.find_names(member, owner)
            if not named or side is None:
                continue
            start, _, ident = named[-1]
            p, where = record.people[ident], f"paragraph {entry.paragraph}"
            rank = member[:start].strip() or None
            _check(p.side == side, f, p.id, "side", f"the text lists them in the {side} delegation ({where})")
            _check(p.delegation == side, f, p.id, "delegation", f"the text lists them in the {side} delegation ({where})")
            _check(rank == p.rank, f, p.id, "rank",
                   f"the text prints {repr(rank) if rank else 'no rank'} before the name ({where})")
            found.setdefault(ident, set()).add(entry.part)
            placed[ident] = side
    for para in record.communique.paragraphs:
        for sentence in para.sentences:
            led = sentence.find("led by ")
            for start, end, ident in structure.find_names(sentence, owner):
                rest = sentence[end:]
                part = ("received" if rest.startswith(" received") else "sent" if rest.startswith(" for sending")
                        else "led" if 0 <= led < start else None)
                if part:
                    found.setdefault(ident, set()).add(part)
    for p in record.people.values():
        given = found.get(p.id, set())
        for part in p.part:
            _check(part in given, f, p.id, "part",
                   f"the text does not say they {part}; it gives them: {', '.join(sorted(given)) or 'no part'}")
        if p.delegation != "none":
            side = placed.get(p.id)
            _check(side == p.delegation, f, p.id, "delegation",
                   f"the text puts them in {'the ' + side + ' delegation' if side else 'no delegation list'}")


def _governing(record: Record, c: Commitment, quote: str) -> tuple[int, str]:
    """The sentence (index) whose verb governs a quote, and that sentence."""
    para = record.communique.paragraph(c.paragraph)
    f = "data/commitments.yaml"
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
    f, where = "data/commitments.yaml", f"paragraph {c.paragraph}, sentence {index + 1}"
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
    f = "data/commitments.yaml"
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
            _known(record.people, person, f, c.id, "names")
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


_SECTIONS = {"Person": ("data/people.yaml", "participants", "person"),
             "Commitment": ("data/commitments.yaml", "commitments", "item"),
             "Meeting": ("data/meetings.yaml", "meetings", "meeting")}


def _known(entries: dict, ident: str, file: str, entry: str, field: str, kind: str = "Person") -> None:
    """`ident` names an entry of `entries` (people or commitments). If not,
    and its page is published (the manifest of published addresses), the
    entry was removed: named as the fault of its own file, since ids are
    permanent. Otherwise the id is unknown: the fault of the file that typed it."""
    if ident in entries:
        return
    target, section, noun = _SECTIONS[kind]
    from edition.published import manifest  # the one reader of the manifest (it imports the record)

    if f"/{section}/{ident}/" in manifest():
        raise RecordError(target, _printable(ident), "(entry)",
                          f"the entry is gone, but its page /{section}/{ident}/ is published and {file}'s entry "
                          f"'{entry}' names it in '{field}': ids are permanent; put the entry back")
    near = difflib.get_close_matches(ident, list(entries), n=1, cutoff=0.8)
    raise RecordError(file, entry, field, f"unknown {noun} '{_printable(ident)}'"
                      + (f" (did you mean '{near[0]}'?)" if near else ""))


def check_meeting_ids(record: Record) -> None:
    """Before the people are checked against the meetings: a meeting removed
    from data/meetings.yaml is named as that file's change, not as a person
    no meeting lists. Each event of data/context.yaml dates a meeting; a
    meeting an item names is one (if its page is published, it was removed
    from data/meetings.yaml; otherwise the item's id is mistyped)."""
    f = "data/meetings.yaml"
    for m in record.meetings.values():  # a context mistyped is the meeting's own fault
        try:
            record.context_fact(m.context)
        except KeyError:
            raise RecordError(f, m.id, "context", f"no fact '{m.context}' in data/context.yaml") from None
    for m in record.meetings.values():  # a reported attendee's id mistyped is the meeting's fault, not the person's
        for n, a in enumerate(m.reported_attendees):
            _known(record.people, a.person, f, m.id, f"reported_attendees.{n}.person")
    dated = {m.context for m in record.meetings.values()}
    for event in record.facts.events:
        _check(f"events.{event.id}" in dated, f, "(none)", "context",
               f"no meeting is dated by data/context.yaml's event '{event.id}': was its meeting removed? "
               "Put it back (its page is published, and ids are permanent), or remove the event too")
    for c in record.commitments.values():
        for field, ids in (("meeting", [c.meeting] if c.meeting else []), ("announces", c.announces)):
            for ident in ids:
                _known(record.meetings, ident, "data/commitments.yaml", c.id, field, "Meeting")


def check_meetings(record: Record) -> None:
    """data/meetings.yaml: the text's words, people and sources known, dates
    as the context file gives them and within sane bounds."""
    communique = record.communique
    npara = len(communique.paragraphs)
    f = "data/meetings.yaml"
    published = record.facts.publication.date
    reported_id = next((m.id for m in record.meetings.values() if m.reported), None)
    announced = {meeting: c.id for c in record.commitments.values() for meeting in c.announces
                 if meeting not in (c.meeting, reported_id)}  # announcing its own meeting: the item's mistake
    for m in record.meetings.values():
        _check((m.paragraph is None) == (m.says is None), f, m.id, "says",
               "give both 'paragraph' and 'says' (where the communiqué speaks of it), or neither")
        if m.paragraph is not None:
            _check(m.paragraph <= npara, f, m.id, "paragraph", f"must be a paragraph number from 1 to {npara}")
            _check(plain_spaces(m.says) in communique.paragraph(m.paragraph).text, f, m.id, "says",
                   f"not verbatim in paragraph {m.paragraph}{_unlike(communique, m.paragraph, plain_spaces(m.says))}")
        else:
            _check(not m.reported and m.attendees != "delegations" and not m.attendees, f, m.id, "attendees",
                   "a meeting the communiqué does not speak of has no attendees from it (list them in reported_attendees)")
            _check(m.date > published, f, m.id, "date",
                   f"{m.date} is not after the communiqué ({published}): a meeting it does not speak of is a later one")
        if m.attendees != "delegations":
            for person in m.attendees:
                _known(record.people, person, f, m.id, "attendees")
        for n, a in enumerate(m.reported_attendees):
            where = f"reported_attendees.{n}"
            _known(record.people, a.person, f, m.id, where + ".person")
            _check(a.source in record.sources, f, m.id, where + ".source", f"'{a.source}' is not a source in data/context.yaml")
            _check(record.people[a.person].side == a.side, f, m.id, where + ".side",
                   f"'{a.side}' disagrees with data/people.yaml ({record.people[a.person].side})")
        for key, statements in (("purpose", [m.purpose] if m.purpose else []), ("topics", m.topics)):
            for n, s in enumerate(statements):
                where = key if key == "purpose" else f"topics.{n}"
                _check(s.source in record.sources, f, m.id, where + ".source", f"'{s.source}' is not a source in data/context.yaml")
                for item in s.relates_to:
                    _known(record.commitments, item, f, m.id, where + ".relates_to", "Commitment")
        try:
            fact = record.context_fact(m.context)
        except KeyError:
            raise RecordError(f, m.id, "context", f"no fact '{m.context}' in data/context.yaml") from None
        known = fact.get("date")
        if m.context == "publication":  # "received yesterday": the meeting was the day before publication
            known = known - datetime.timedelta(days=1)
        _check(known is None or known == m.date, f, m.id, "date", f"{m.date} disagrees with data/context.yaml ({known})")
        _check(abs((m.date - published).days) <= YEARS * 366, f, m.id, "date",
               f"{m.date} is more than {YEARS} years from the communiqué ({published}): a typing mistake?")
        if m.id in announced:
            _check(m.date > published, f, m.id, "date", f"{m.date} is not after the communiqué ({published}), "
                   f"though its item '{announced[m.id]}' announces it")
        if m.reported:
            _check(m.date <= published, f, m.id, "date", f"{m.date} is after the communiqué that reports it ({published})")
    reported = [m.id for m in record.meetings.values() if m.reported]
    _check(len(reported) == 1, "data/meetings.yaml", ", ".join(reported) or "(all)", "reported",
           "exactly one meeting must be the one the communiqué reports")
