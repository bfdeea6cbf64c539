"""`python -m edition build DIR`: the edition's output written into DIR
(edition/build/folder.py's `write`), for a renderer that runs no MkDocs hooks."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition.build import EditionError, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write docs/ (hand-written, derived pages, data files), "
                                              "nav.json and head.json into DIR")
    build.add_argument("folder", metavar="DIR", type=Path)
    build.add_argument("--project", type=Path, default=Path.cwd(),
                       help="the project's folder, holding mkdocs.yml, docs/ and data/ (default: here)")
    args = parser.parse_args(argv)
    try:
        write(args.project.resolve(), args.folder)
    except EditionError as error:
        parser.exit(1, f"{error}\n")  # the message alone, on stderr
    except OSError as error:  # a file, a folder it may not write, a full disk
        parser.exit(1, f"{args.folder}: cannot write the edition there: {error.strerror}"
                    + (f" ({error.filename})" if error.filename else "") + "\n")
    print(f"{args.folder}: docs/, nav.json, head.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
