"""data/context.yaml: its glossary and its sources, its publication date
and events, and the wording of Mexico's release (`variants`) against the text."""
from __future__ import annotations

import datetime
import re

from edition.record.checks.common import _check, _printable, _unlike, _valid_date
from edition.record.context import ContextFile
from edition.text import Communique, plain_spaces

_YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")



def check_context(facts: ContextFile) -> None:
    """data/context.yaml: glossary sources belong to a term; no two terms
    share an anchor; no two events share an id."""
    from edition.addresses import glossary_id  # the page's own rule for the anchor
    f = "data/context.yaml"
    for term in facts.glossary_sources:
        _check(term in facts.glossary, f, _printable(str(term)), "glossary_sources", "no glossary entry has this term")
    from edition.record.model import section_anchors
    own = section_anchors("glossary.md.j2")  # the glossary page's own: its heading
    anchors: dict[str, str] = {}
    for term in facts.glossary:
        _check(glossary_id(term) not in own, f, "glossary", f"glossary.{term}",
               f"'{term}' would be the anchor #{glossary_id(term)}, which the glossary page already has (its "
               "heading): two elements would share it, and links to the term would lead there; choose another term")
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
    lists += [(f"archives.{key}.sources", a.sources) for key, a in facts.archives.items()]
    _check_anchors(facts, lists)
    titled: dict[str, tuple[str, str]] = {}
    for where, sources in lists:
        for n, s in enumerate(sources):
            place = f"{where.rstrip('.')}.{n}"
            title, first = titled.setdefault(s.url, (plain_spaces(s.title), place))
            _check(title == plain_spaces(s.title), f, _printable(place.split(".")[0]), f"{_printable(place)}.title",
                   f"{first} gives the same address ({s.url}) the title '{title}': one address is one source; "
                   "give it one title")
    # A source a reader cannot open is given with its archived copy.
    kept = {a.as_issued for a in facts.archives.values()}
    unserved = {url for url, k in facts.source_kinds.items() if "no longer serve" in k.kind and url not in kept}
    for where, sources in lists:
        for n, s in enumerate(sources):
            place = f"{where.rstrip('.')}.{n}"
            _check(s.url not in unserved, f, _printable(place.split(".")[0]), f"{_printable(place)}.url",
                   f"its kind (source_kinds) says the site may no longer serve {s.url}, and no archived copy is "
                   "given: give it in 'archives', or drop the source where another supports the statement")


def _check_anchors(facts: ContextFile, lists: list) -> None:
    """Each address is one entry of the sources page, at an anchor made from
    it (its site and the first words of its last part): two addresses that
    make one anchor would be one entry's link."""
    from edition.sources import anchor_of  # the page's own rule for the anchor
    places = [("publication.url", facts.publication.url)]
    if facts.publication.mexican_release is not None:
        places.append(("publication.mexican_release.url", facts.publication.mexican_release.url))
    places += [(f"{where.rstrip('.')}.{n}.url", s.url) for where, sources in lists for n, s in enumerate(sources)]
    made: dict[str, tuple[str, str]] = {}
    for place, url in places:
        first, at = made.setdefault(anchor_of(url), (url, place))
        _check(first == url, "data/context.yaml", _printable(place.split(".")[0]), _printable(place),
               f"'{url}' would share the anchor #{anchor_of(url)} of the sources page with {at} ('{first}'), "
               "as both begin with the same site and words: if they are one source, give one address")


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
