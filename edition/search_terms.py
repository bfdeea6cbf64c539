"""The words each entry is found by in search: its page's tags.

The first tag says the kind of entry (shown on its search result); the
others are the names and words readers type that the page may not contain.
Every page template takes its tags from here, so that what search knows
about an entry lives in one place. Tags weigh far more than a page's text
(mkdocs.yml, plugin `search`), and only the page's own entry carries them,
not its sections (hooks/search_index.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field, ValidationError

from edition.index import index_of
from edition.record import Entry, RecordError, Text, read_yaml
from edition.record.errors import from_validation, printable
from edition.record.kinds import covers, kind_of
from edition.record.reading import no_repeats
from edition.text import fold
from edition.vocabulary import SIDES

if TYPE_CHECKING:
    from edition.record import Meeting, Organisation, Person, Record


def organisation_names(o: Organisation) -> list[str]:
    """Every name of a body readers search by: its acronym, its official
    Spanish name and the other names the record gives, with their basis."""
    names = [o.acronym, o.name_es, *(getattr(a, "name", None) or a["name"] for a in o.also_called)]
    return [n for n in names if n]


def _as_head(o: Organisation) -> list[str]:
    """A body's names as its head's tags. The Spanish name is given with the
    acronym, as the glossary writes it ("Secretaría de Gobernación (SEGOB)"):
    the acronym then counts twice, and its head comes before a member whose
    title ends with it ("Undersecretary …, SEGOB")."""
    names = organisation_names(o)
    if o.acronym and o.name_es:
        names[names.index(o.name_es)] = f"{o.name_es} ({o.acronym})"
    return names


def head_of(record: Record, o: Organisation) -> Person | None:
    """The person who heads a body: the one whose title is how the text names it
    ("Secretary of the Navy" for SEMAR); None when the text names no head."""
    return next((p for p in index_of(record).members.get(o.id, []) if p.title in o.in_text), None)


def other_printed_forms(record: Record, p: Person) -> list[str]:
    """The person's name as other sources print it (a readout's "Admiral Rafael Ojeda Duran")."""
    return list(dict.fromkeys(printed for printed, _ in index_of(record).other_forms.get(p.id, [])))


def tags_of(record: Record, entry: Entry) -> list[str]:
    """The tags of an entry's page: its kind's search tag (edition/record/kinds.py),
    then the words of its kind's row in _WORDS, or by default its `keywords`."""
    kind = kind_of(entry)
    words = _WORDS.get(kind.name, lambda _, e: getattr(e, "keywords", []))(record, entry)
    return list(dict.fromkeys(t for t in (kind.search_tag, *words) if t))


def _person_words(record: Record, p: Person) -> list[str]:
    """Title, aliases, other printed forms; and for the head of a body, the
    body's names, so that "semar" or "la Cancillería" reaches the person
    before the lists that name the body."""
    words = [p.title, *p.aliases, *other_printed_forms(record, p)]
    org = record.organisations.get(p.organisation) if p.organisation else None
    head = head_of(record, org) if org is not None else None
    if head is not None and head.id == p.id:
        words += _as_head(org)
    return words


# A kind's words beyond its `keywords`, by kind name.
_WORDS = {"Person": _person_words}
covers(_WORDS, "edition/search_terms.py's _WORDS")


# ------------------------------------------------- words that are not the text's
#
# The edition's own Spanish search words (each entry's `keywords_es`, and
# data/search_es.yaml for what has no entry: the glossary's terms, the full
# text), and the wording of Mexico's release (data/context.yaml,
# publication.mexican_release.variants). Search finds a page by them, and
# says so on the result and on the page it opens (hooks/search_worker.js,
# docs/assets/javascripts/edition.js); no page shows them as the
# communiqué's words.

SEARCH_ES = "search_es.yaml"


class SpanishWords(Entry):
    """data/search_es.yaml: the edition's Spanish search words for what has no entry of its own."""
    glossary: dict[str, list[Text]] = Field(default_factory=dict, description="Spanish words for each glossary term (the term as data/context.yaml writes it).")
    text: list[Text] = Field(default_factory=list, description="Spanish words for the full text of the communiqué.")


def spanish_words(record: Record, data_dir: Path) -> SpanishWords:
    """data/search_es.yaml, checked: every glossary term it names is one of
    data/context.yaml's. A missing file is no words."""
    path = data_dir / SEARCH_ES
    if not path.exists() and not path.is_symlink():
        return SpanishWords()  # a folder, a pipe or a link to nothing is refused by read_yaml
    raw = read_yaml(path) or {}
    file = f"data/{SEARCH_ES}"
    if not isinstance(raw, dict):
        raise RecordError(file, "(file)", "(top level)", "must be a mapping: glossary, text")
    try:
        words = SpanishWords.model_validate(raw)
    except ValidationError as error:
        loc = error.errors(include_url=False)[0]["loc"]
        entry = loc[1] if len(loc) > 1 and loc[0] == "glossary" else loc[0] if loc else "(file)"
        raise from_validation(file, printable(str(entry)), SpanishWords, error) from None
    for term, listed in words.glossary.items():
        if term not in record.glossary:
            raise RecordError(file, printable(term), "glossary", "no glossary entry in data/context.yaml has this term")
    no_repeats(words, file, "text")  # a word twice, or twice but for case or accents
    for term, listed in words.glossary.items():
        seen: dict[str, str] = {}
        for word in listed:
            other = seen.setdefault(fold(word).casefold(), word)
            if other != word or listed.count(word) > 1:
                raise RecordError(file, printable(term), f"glossary.{printable(term)}",
                                  f"lists {printable(other)!r} twice" if other == word else
                                  f"lists {printable(other)!r} and {printable(word)!r}, the same but for case or "
                                  "accents (search finds either by both): keep one")
    return words


def person_teaser(record: Record, p: Person) -> str:
    """What a person's search result shows under the name: the title as the
    communiqué gives it (or the role as the source that lists them prints
    it), the body (not one a source's role names: a teaser has no room for
    its source, which the person's page gives), and the side of the table."""
    title = p.title
    if title is None:
        title = next((a.role_printed for m in record.meetings.values() for a in m.reported_attendees
                      if a.person == p.id), None)
    org = record.organisations.get(p.organisation) if p.organisation and not p.organisation_source else None
    parts = [title] if title else []
    if org is not None and not (title and (org.name.removeprefix("The ") in title
                                           or (org.acronym and title.endswith(org.acronym)))):
        parts.append(f"{org.name} ({org.acronym})" if org.acronym else org.name)
    return " · ".join([*parts, f"side: {SIDES[p.side]}"])


def mexican_wording(record: Record) -> dict[int, list[tuple[str, str]]]:
    """Mexico's release's wording, paragraph by paragraph of the White House
    text: (Mexico's phrase, the White House text's phrase)."""
    release = record.context["publication"].get("mexican_release") or {}
    out: dict[int, list[tuple[str, str]]] = {}
    for v in release.get("variants") or []:
        out.setdefault(v["paragraph"], []).append((v["sre_en"], v["white_house"]))
    return out


def meeting_sources(record: Record, m: Meeting) -> list[str]:
    """The titles of the sources a meeting's page dates and describes it by
    (its context fact's, and those of what sources report of who took part,
    why and what was discussed), for a reader who searches by a source's
    name. The release of the communiqué is not among them: it is the text."""
    from edition.export.dates import date_basis, release_sources

    release = {s["url"] for s in release_sources(record)} | {record.context["publication"]["url"]}
    urls = [s["url"] for s in date_basis(record, m.context)[1] if s["url"] not in release]
    urls += [a.source for a in m.reported_attendees]
    urls += [s.source for s in [*([m.purpose] if m.purpose else []), *m.topics]]
    return list(dict.fromkeys(record.sources[u] for u in urls if u in record.sources))
