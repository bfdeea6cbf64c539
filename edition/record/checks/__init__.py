"""What pydantic cannot know: that each data file agrees with the text, the
context file and the other files. One check module a data file; each
error names the file, the entry and the field, and what the text says
instead. Every claim of the record that the text can settle is checked
against it.

- `context`: data/context.yaml (its sources, and Mexico's release's variants);
- `organisations`, `people` (with the delegations), `commitments` (with
  their attribution), `meetings` (with the meeting ids): each its data file;
- `common`: what they share (`_check`, `_known`, `names_in_text`…).

`CHECKS` is the checks of the entries, each named by its kind, in the
order `load()` runs them; a kind of edition/record/kinds.py's KINDS it does
not name has its check in a module named for the kind's attribute
(`checks/<attribute>.py`, `check_<attribute>`), run after them, or the
import fails saying what to add.
"""
from __future__ import annotations

import importlib
from typing import Callable

from edition.record.checks.commitments import check_commitments
from edition.record.checks.common import names_in_text
from edition.record.checks.context import check_context, check_context_sources, check_variants
from edition.record.checks.meetings import check_meeting_ids, check_meetings
from edition.record.checks.organisations import check_organisations
from edition.record.checks.people import check_people
from edition.record.kinds import KINDS, covers
from edition.record.model import Record

# (kind name, check). The order is the blame's: a file's own fault is found
# before another file's entries that name its entries are checked against
# it (a meeting removed is that file's fault, not a person's whom no
# meeting lists; a body's words before the people whose titles name it).
CHECKS: tuple[tuple[str, Callable[[Record], None]], ...] = (
    ("Organisation", check_organisations),
    ("Meeting", check_meeting_ids),
    ("Person", check_people),
    ("Meeting", check_meetings),
    ("Commitment", check_commitments),
)


def _check_of(kind) -> Callable[[Record], None]:
    """The check of a kind CHECKS does not name: `check_<attribute>` of its
    own module, edition/record/checks/<attribute>.py, run after those of
    CHECKS (so after the kinds its entries may name)."""
    name = f"edition.record.checks.{kind.attribute}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        module = None
    check = getattr(module, f"check_{kind.attribute}", None)
    if check is None:
        raise RuntimeError(
            f"edition/record/checks/: no check for the kind {kind.name} ({kind.path}): add the module "
            f"edition/record/checks/{kind.attribute}.py with a function check_{kind.attribute}(record) raising "
            f"RecordError (or a row (\"{kind.name}\", check) to CHECKS, to run it before another kind's)")
    return check


covers(dict(CHECKS), "edition/record/checks/__init__.py's CHECKS")
CHECKS += tuple((kind.name, _check_of(kind)) for kind in KINDS if kind.name not in dict(CHECKS))

__all__ = ["CHECKS", "check_commitments", "check_context", "check_context_sources", "check_meeting_ids",
           "check_meetings", "check_organisations", "check_people", "check_variants", "names_in_text"]
