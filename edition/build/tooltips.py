"""Each page's glossary tooltips: the glossary entries whose terms the page
holds, as Markdown abbreviations, each marked as context."""
from __future__ import annotations

import functools
import html
import re


# A tooltip is context, shown over the communiqué's own words: it says so,
# and where its sources are.
TOOLTIP_MARK = "Glossary (context; see the Glossary page): "


def tooltip(definition: str) -> str:
    """A glossary definition in one line, without its source address, marked as context."""
    text = " ".join(str(definition).split())
    return TOOLTIP_MARK + re.sub(r"\s*Source: \S+$", "", text)


class Tooltips:
    """The glossary (term: definition) as tooltips."""

    def __init__(self, glossary: dict[str, str]):
        self.glossary = glossary

    @functools.cached_property
    def _glossary(self) -> tuple[dict[str, str], re.Pattern | None]:
        # "Gen." and "Alm." are matched without their full stop: the Markdown
        # abbreviation pattern needs a word boundary after the term.
        definitions = {term.rstrip("."): tooltip(text) for term, text in self.glossary.items()}
        terms = sorted(definitions, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b") if terms else None
        return definitions, pattern

    @functools.cached_property
    def _stopped_terms(self) -> re.Pattern | None:
        """The abbreviations of the terms that end in a full stop (Gen., U.S.),
        as Markdown prints them: the stop just after the element."""
        terms = [term[:-1] for term in self.glossary if term.endswith(".")]
        if not terms:
            return None
        alternatives = "|".join(re.escape(html.escape(t, quote=False)) for t in sorted(terms, key=len, reverse=True))
        return re.compile(r'(<abbr title="[^"<>]*">(?:' + alternatives + r'))</abbr>\.')

    def whole_terms(self, page_html: str) -> str:
        """A page's HTML with each glossary term wrapped whole: Markdown's
        abbreviations end at a word's end, so `Gen.` is marked as `Gen` and
        its stop left after it; the stop is moved inside."""
        pattern = self._stopped_terms
        return pattern.sub(r"\1.</abbr>", page_html) if pattern else page_html

    def with_tooltips(self, markdown: str, meta: dict | None = None) -> str:
        """The page's Markdown with, as abbreviations (`*[DACA]: …`), the
        glossary entries whose terms it holds (all of them would cost every
        page the whole glossary); none on a page whose front matter says
        `glossary_tooltips: false` (the register's list of statements)."""
        definitions, pattern = self._glossary
        if pattern is None or (meta or {}).get("glossary_tooltips") is False:
            return markdown
        found = dict.fromkeys(pattern.findall(markdown))
        return markdown + "\n\n" + "\n".join(f"*[{term}]: {definitions[term]}" for term in found) + "\n"

    # ---------------------------------------------------------------- head
