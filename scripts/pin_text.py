"""Re-pin the communiqué's text: after a deliberate change to
data/communique.txt, write data/communique.seal from it, saying what changed.

Run: .venv/bin/python scripts/pin_text.py [DATA_DIR]
Then commit both files; the build refuses any other change to the text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from edition.record import DATA_DIR, RecordError, seal
from edition.record.loading import read_text


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else DATA_DIR
    try:
        communique = read_text(data_dir / "communique.txt")
        try:
            seal.check(communique, data_dir)
            print("data/communique.txt is the pinned text: nothing to re-pin")
            return 0
        except RecordError as error:
            print(f"re-pinning: {error}")
        path = seal.write(communique, data_dir)
    except RecordError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"wrote {path}: commit it with data/communique.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
