"""The edition's words for the record's coded values: one home for the
labels that pages, data files and structured data show."""
from __future__ import annotations

SIDES = {"mexico": "Mexico", "united-states": "United States"}
# The delegations as the communiqué calls them ("the U.S. delegation").
DELEGATIONS = {"mexico": "Mexican delegation", "united-states": "U.S. delegation", "none": "not in a delegation"}
# What the communiqué says of each person's part in the Mexico City meeting.
PARTS = {
    "received": "received the U.S. delegation",
    "led": "led the U.S. delegation",
    "accompanied": "accompanied President López Obrador",
    "represented": "represented the United States on behalf of President Biden",
    "sent": "sent the U.S. delegation",
}
# What each verb of the text makes of an item.
VERB_KINDS = {
    "reaffirmed": "commitment",
    "agreed": "agreement",
    "highlighted": "statement",
    "stressed": "statement",
    "underlined": "statement",
    "discussed": "discussion",
}
GROUPS = {"two-countries": "The two countries", "both-delegations": "Both delegations"}
# Why the edition ties a person to an agenda item (edition/index.py's
# TIE_BASES, in its order): what each basis means, as the ties page's legend
# says it (with the inferred mark where the tie is inferred) ...
TIE_LEGEND = {
    "said": "the text attributes the words to them",
    "named": "the passage names them",
    "delegation": "the text says their delegation did it",
    "attended": "placed at a meeting they attended",
}
INFERRED_TIES = frozenset({"attended"})
# ... as data files and the register say it, the inference in words ...
TIE_BASES = {basis: f"{text} (inferred)" if basis in INFERRED_TIES else text for basis, text in TIE_LEGEND.items()}
# ... and as a person's page heads its agenda items of each basis.
TIE_HEADINGS = {
    "said": "Attributed to them in the text",
    "named": "Naming them",
    "delegation": "By their delegation",
    "attended": "At the meeting they attended",
}
STATEMENT_KINDS = {"readout": "an official readout", "press": "a press report"}
# The same, as the short note before a source's site ("readout (repost), wirenn.com").
STATEMENT_LABELS = {"readout": "readout", "press": "press report"}
MEETING_KINDS = {"call": "Telephone call", "meeting": "Meeting"}


def in_sentence(title: str) -> str:
    """A title as it reads inside a sentence: a leading article in lower
    case ("after the meeting in Mexico City"), every other word as typed."""
    first, _, rest = title.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in ("The", "A", "An") else title
