"""What pydantic cannot know: that each data file agrees with the text, the
context file and the other files. One check module a data file; each
error names the file, the entry and the field, and what the text says
instead. Every claim of the record that the text can settle is checked
against it.

- `context`: data/context.yaml (its sources, and Mexico's release's variants);
- `organisations`, `people` (with the delegations), `commitments` (with
  their attribution), `meetings` (with the meeting ids): each its data file;
- `common`: what they share (`_check`, `_known`, `names_in_text`…).
"""
from edition.record.checks.commitments import check_commitments
from edition.record.checks.common import names_in_text
from edition.record.checks.context import check_context, check_context_sources, check_variants
from edition.record.checks.meetings import check_meeting_ids, check_meetings
from edition.record.checks.organisations import check_organisations
from edition.record.checks.people import check_people

__all__ = ["check_commitments", "check_context", "check_context_sources", "check_meeting_ids", "check_meetings",
           "check_organisations", "check_people", "check_variants", "names_in_text"]
