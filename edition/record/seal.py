"""The text sealed: data/communique.seal pins the SHA-256 of the normalised
text, and of its title and each sentence, so that the build refuses any
change to data/communique.txt and says where it is.

The normalised text is the text as edition.text reads it (NFC, every run
of white space one plain space): the title, then each paragraph, joined by
blank lines. Changing the text is a deliberate act: edit it, then re-pin
with `.venv/bin/python scripts/pin_text.py`, and commit both files.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from edition.record.errors import RecordError
from edition.record.reading import read_regular
from edition.text import Communique

SEAL = "communique.seal"
TEXT = "data/communique.txt"
PIN_COMMAND = ".venv/bin/python scripts/pin_text.py"
_LINE = re.compile(r"(text|title|para_[1-9][0-9]*__sent_[1-9][0-9]*) ([0-9a-f]{64})")
_HEADER = f"""\
# The seal of data/communique.txt: the SHA-256 of the normalised text, then of
# its title and of each sentence (by its permanent id). The build refuses a text
# that differs. Written by `{PIN_COMMAND}`, never by hand.
"""


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalised(communique: Communique) -> str:
    return "\n\n".join([communique.title, *(p.text for p in communique.paragraphs)]) + "\n"


def fingerprints(communique: Communique) -> list[tuple[str, str]]:
    """(name, SHA-256) for the whole text, the title and each sentence, in order."""
    lines = [("text", _sha(normalised(communique))), ("title", _sha(communique.title))]
    for para in communique.paragraphs:
        lines += [(para.sentence_eid(n), _sha(s)) for n, s in enumerate(para.sentences)]
    return lines


def write(communique: Communique, data_dir: Path) -> Path:
    path = data_dir / SEAL
    path.write_text(_HEADER + "".join(f"{name} {sha}\n" for name, sha in fingerprints(communique)), "utf-8")
    return path


def pin(data_dir: Path) -> Path:
    """Seal the text as it now is (a generated record's, or after a deliberate edit)."""
    from edition.record.loading import read_text  # the text as the build reads it, refused as it would be
    return write(read_text(data_dir / "communique.txt"), data_dir)


def read(data_dir: Path) -> list[tuple[str, str]]:
    file = f"data/{SEAL}"
    try:
        lines = read_regular(data_dir / SEAL, file).splitlines()
    except RecordError as error:
        raise RecordError(file, error.entry, error.field, f"{error.problem}: pin the text with `{PIN_COMMAND}`") from None
    pinned = []
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _LINE.fullmatch(line.strip())
        if not match:
            raise RecordError(file, f"line {n}", "(seal)", f"not a line of the seal: re-pin with `{PIN_COMMAND}`")
        pinned.append((match[1], match[2]))
    if len(pinned) < 2 or pinned[0][0] != "text" or pinned[1][0] != "title":
        raise RecordError(file, "(file)", "(seal)", f"not a seal of the text: re-pin with `{PIN_COMMAND}`")
    return pinned


def check(communique: Communique, data_dir: Path) -> None:
    """Refuse a text that is not the pinned one, naming where it differs."""
    pinned = read(data_dir)
    now = fingerprints(communique)
    if pinned[0][1] == now[0][1]:
        if pinned != now:  # the text is the pinned one, but a line of the seal is not its own
            raise RecordError(f"data/{SEAL}", "(file)", "(seal)", "the text is the pinned one, but the seal's lines do "
                              f"not all match it (edited by hand?): re-pin with `{PIN_COMMAND}`")
        return
    if pinned[1:] == now[1:]:  # every sentence as pinned: the seal's own 'text' line was changed
        raise RecordError(f"data/{SEAL}", "(file)", "(seal)", "its 'text' line is not the SHA-256 of the text, though "
                          f"every sentence is as pinned (edited by hand?): re-pin with `{PIN_COMMAND}`")
    raise RecordError(TEXT, *difference(pinned[1:], now[1:]))


def _tokens(lines: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(hash, paragraph, sentence) a sentence, with a break ('¶') between paragraphs."""
    out, last = [], None
    for name, sha in lines:
        para, _, sent = name.partition("__sent_")
        if last is not None and para != last:
            out.append(("¶", para, ""))
        out.append((sha, para, sent))
        last = para
    return out


def _where(token: tuple[str, str, str]) -> tuple[str, str]:
    _, para, sent = token
    if para == "title":
        return "title", "(title)"
    return f"paragraph {para.removeprefix('para_')}", f"sentence {sent}"


def difference(pinned: list[tuple[str, str]], now: list[tuple[str, str]]) -> tuple[str, str, str]:
    """(entry, field, problem) for the first place the text differs from the
    pinned one: compares from both ends, so linear in the text's length."""
    old, new = _tokens(pinned), _tokens(now)
    start = 0
    while start < min(len(old), len(new)) and old[start][0] == new[start][0]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end][0] == new[-1 - end][0]:
        end += 1
    gone, came = old[start:len(old) - end], new[start:len(new) - end]
    tail = f"if the change is deliberate, re-pin the text with `{PIN_COMMAND}`"
    breaks_gone, breaks_came = [t for t in gone if t[0] == "¶"], [t for t in came if t[0] == "¶"]
    if gone and not came and len(breaks_gone) == len(gone):
        after = breaks_gone[0][1].removeprefix("para_")
        before = int(after) - 1
        return (f"paragraph {before}", "(paragraphs)",
                f"paragraphs {before} and {after} of the pinned text are run together as one; {tail}")
    if came and not gone and len(breaks_came) == len(came):
        para = came[0][1].removeprefix("para_")
        return (f"paragraph {int(para) - 1}", "(paragraphs)",
                f"a paragraph of the pinned text is split in two here (paragraph {para} begins mid-way); {tail}")
    if not came:
        entry, field = _where(next(t for t in gone if t[0] != "¶"))
        count = len([t for t in gone if t[0] != "¶"])
        what = "this sentence" if count == 1 else f"{count} sentences from this one on"
        return entry, field, f"{what} of the pinned text is missing; {tail}"
    first = next((t for t in came if t[0] != "¶"), came[0] if came else ("", "title", ""))
    entry, field = _where(first)
    if not gone:
        return entry, field, f"not in the pinned text (a sentence added); {tail}"
    if len([t for t in gone if t[0] != "¶"]) == len([t for t in came if t[0] != "¶"]):
        return entry, field, f"differs from the pinned text (a word changed?); {tail}"
    return entry, field, (f"differs from the pinned text from here on: {len(gone)} sentence(s) pinned, "
                          f"{len(came)} now; {tail}")
