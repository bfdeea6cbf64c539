"""Each page shape's view: the values its template prints, computed here
from the record and the index, so that no template reads the record
itself. `of(template, ...)` gives the view of the page a template makes;
`given` is what the page's render call names (the entry, the log, the
other pages' titles)."""
from __future__ import annotations

from edition.page_helpers import Helpers
from edition.views import data, entries, lists, register_page

VIEWS = {
    "text.md.j2": lists.text, "commitments.md.j2": lists.commitments, "participants.md.j2": lists.participants,
    "organisations.md.j2": lists.organisations, "ties.md.j2": lists.ties, "meetings.md.j2": lists.meetings,
    "glossary.md.j2": lists.glossary, "home.md.j2": lists.home, "sources.md.j2": lists.sources,
    "data.md.j2": data.data, "register.md.j2": register_page.view,
    "commitment.md.j2": entries.commitment, "person.md.j2": entries.person, "meeting.md.j2": entries.meeting,
}


def of(template: str, h: Helpers, src: str, given: dict) -> dict:
    """The values the page `src`, made by `template`, is written from."""
    view = VIEWS.get(template)
    return {**given, **(view(h, src, **given) if view else {})}
