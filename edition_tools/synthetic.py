"""A synthetic record N times the size of the real one, through the same
data model, for measuring how the build grows (scripts/benchmark.py,
scripts/generate_record.py).

Copy k of the communiqué is the real text with every name tagged ("Antony
Blinken Qb"): its own paragraphs, people, bodies, agenda items and meetings,
every id renamed wherever the record refers to it, all checked by the same
validation as the real record.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from edition.record import seal
from edition.record.kinds import BY_NAME, KINDS
from edition_tools.build import ROOT


def tag(k: int) -> str:
    """'' for the real copy, then Qb, Qc, … Qbb: a capitalised word."""
    if k == 0:
        return ""
    letters = ""
    while k:
        k, r = divmod(k, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[r] + letters
    return "Q" + letters


def load(name: str):
    return yaml.safe_load((ROOT / "data" / name).read_text("utf-8"))


TEXT_FIELDS = ("name", "printed", "quotes", "says")  # what copy k prints with its tag
# What copy k tags whole, each kind's `shown` fields: the record refuses two entries that show alike.


def generate(scale: int, out: Path) -> Path:
    loaded = {kind.file: load(kind.file) for kind in KINDS}
    people, meetings = loaded[BY_NAME["Person"].file], loaded[BY_NAME["Meeting"].file]
    title, *paragraphs = [b for b in re.split(r"\n\s*\n", (ROOT / "data" / "communique.txt").read_text("utf-8")) if b.strip()]
    paragraphs = [" ".join(p.split()) for p in paragraphs]
    forms = sorted({f for p in people for f in p.get("printed", [])}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(f) for f in forms))
    all_ids = {r["id"] for records in loaded.values() for r in records}
    reported = next(m["id"] for m in meetings if m.get("reported"))
    n = len(paragraphs)
    out_text = []
    copies: dict[str, list] = {kind.file: [] for kind in KINDS}
    for k in range(scale):
        t = tag(k)
        suffix = f"-{t.lower()}" if t else ""

        def named(s: str) -> str:
            return pattern.sub(lambda m: f"{m.group()} {t}", s) if t else s

        def copy(value, key: str = ""):
            """The value for copy k: every id renamed, every printed name tagged."""
            if isinstance(value, dict):
                return {kk: copy(v, kk) for kk, v in value.items()}
            if isinstance(value, list):
                return [copy(v, key) for v in value]
            if isinstance(value, str):
                if value in all_ids:
                    return value + suffix
                return named(value) if key in TEXT_FIELDS else value
            return value

        out_text += [named(p) for p in paragraphs]
        for kind in KINDS:
            name = kind.file
            for record in loaded[name]:
                q = copy(record)
                if "paragraph" in q:
                    q["paragraph"] += n * k
                if t:
                    q.pop("aliases", None)  # a search alias ("AMLO") belongs to the real person
                    q.pop("surname", None)  # no source says which words of a tagged name are the surname
                    if q.get("reported"):
                        q["reported"] = False
                    if kind.name == "Commitment":  # reported from its own copy's meeting, not copy 0's
                        q.setdefault("meeting", reported + suffix)
                    # Each copy's names and titles are its own: no two entries show alike.
                    q.update({field: f"{q[field]} {t}" for field in kind.shown if q.get(field)})
                    for other in q.get("also_called", []):  # another name is shown alike too
                        other["name"] = f"{other['name']} {t}"
                    if q.get("attendees") == "delegations":  # its own copy's delegations
                        q["attendees"] = [p["id"] + suffix for p in people if p.get("delegation", "none") != "none"]
                copies[name].append(q)

    if out.exists():
        shutil.rmtree(out)
    for part in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / part, out / part)
    shutil.copy(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    data = out / "data"
    data.mkdir()
    shutil.copy(ROOT / "data" / "context.yaml", data / "context.yaml")
    shutil.copy(ROOT / "data" / "changes.yaml", data / "changes.yaml")
    (data / "communique.txt").write_text(title.strip() + "\n\n" + "\n\n".join(out_text) + "\n", "utf-8")
    seal.pin(data)  # the generated text is the one its record is checked against
    for name, records in copies.items():
        (data / name).write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), "utf-8")
    return out
