"""What stops the build."""
from __future__ import annotations


class EditionError(Exception):
    """What stops the build: a record, or an export, that cannot be written as typed."""


class BuildStopped(SystemExit, Exception):
    """What a MkDocs hook raises to stop the build with the message alone.
    A SystemExit: `mkdocs build` prints the message (no traceback) and exits
    1. An Exception too: `mkdocs serve`'s rebuild loop prints it and keeps
    serving (a bare SystemExit would end its rebuild thread without a word)."""
