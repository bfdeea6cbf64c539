"""Make a record N times the size of the real one, through the same data
model, for measuring how the build grows (scripts/benchmark.py).

Copy k of the communiqué is the real text with every name tagged ("Antony
Blinken Qb"): its own paragraphs, people, bodies, agenda items and three
meetings, all checked by the same validation as the real record.
Run: .venv/bin/python scripts/generate_record.py --scale 10 --out /tmp/x10
"""
from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


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


def generate(scale: int, out: Path) -> Path:
    people, orgs, items, meetings = (load(n) for n in ("people.yaml", "organisations.yaml",
                                                       "commitments.yaml", "meetings.yaml"))
    title, *paragraphs = [b for b in re.split(r"\n\s*\n", (ROOT / "data" / "communique.txt").read_text("utf-8")) if b.strip()]
    paragraphs = [" ".join(p.split()) for p in paragraphs]
    forms = sorted({f for p in people for f in p["printed"]}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(f) for f in forms))
    n = len(paragraphs)
    out_people, out_orgs, out_items, out_meetings, out_text = [], [], [], [], []
    for k in range(scale):
        t = tag(k)
        suffix = f"-{t.lower()}" if t else ""
        named = (lambda s: pattern.sub(lambda m: f"{m.group()} {t}", s)) if t else (lambda s: s)
        ids = {p["id"]: p["id"] + suffix for p in people}
        out_text += [named(p) for p in paragraphs]
        for o in orgs:
            out_orgs.append({**o, "id": o["id"] + suffix})
        delegates = []
        for p in people:
            q = {**p, "id": ids[p["id"]], "name": named(p["name"]), "printed": [named(f) for f in p["printed"]],
                 "surname": f"{p['surname']} {t}".strip()}
            if "organisation" in p:
                q["organisation"] = p["organisation"] + suffix
            if t:
                q.pop("aliases", None)
            out_people.append(q)
            if p["delegation"] != "none":
                delegates.append(q["id"])
        for c in items:
            q = {**c, "id": c["id"] + suffix, "paragraph": c["paragraph"] + n * k,
                 "quotes": [named(x) for x in c["quotes"]], "related": [r + suffix for r in c.get("related", [])],
                 "discussed_at": "mexico-city" + suffix}
            if c["attributed_to"] in ids:
                q["attributed_to"] = ids[c["attributed_to"]]
            for key in ("names", "meetings"):
                if key in c:
                    q[key] = [ids.get(x, x + suffix) for x in c[key]]
            out_items.append(q)
        for m in meetings:
            q = {**m, "id": m["id"] + suffix, "paragraph": m["paragraph"] + n * k, "says": named(m["says"]),
                 "attendees": delegates if m["attendees"] == "delegations" else [ids[x] for x in m["attendees"]],
                 "context_attendees": [ids[x] for x in m.get("context_attendees", [])]}
            if k and q.get("reported"):
                q["reported"] = False
            out_meetings.append(q)

    if out.exists():
        shutil.rmtree(out)
    for part in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / part, out / part)
    shutil.copy(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    data = out / "data"
    data.mkdir()
    shutil.copy(ROOT / "data" / "context.yaml", data / "context.yaml")
    (data / "communique.txt").write_text(title.strip() + "\n\n" + "\n\n".join(out_text) + "\n", "utf-8")
    for name, records in (("people.yaml", out_people), ("organisations.yaml", out_orgs),
                          ("commitments.yaml", out_items), ("meetings.yaml", out_meetings)):
        (data / name).write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    out = generate(args.scale, args.out)
    print(f"record ×{args.scale} in {out}/data; build it with: mkdocs build -f {out}/mkdocs.yml")


if __name__ == "__main__":
    main()
