"""Make a record N times the size of the real one, through the same data
model, as a project folder to build and measure (edition_tools.synthetic).
Run: .venv/bin/python scripts/generate_record.py --scale 10 --out /tmp/x10
"""
from __future__ import annotations

import argparse
from pathlib import Path

from edition_tools.synthetic import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    out = generate(args.scale, args.out)
    print(f"record ×{args.scale} in {out}/data; build it with: mkdocs build -f {out}/mkdocs.yml")


if __name__ == "__main__":
    main()
