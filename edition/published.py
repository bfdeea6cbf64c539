"""What the edition has published: the manifest of every address it has
ever published (data/published-addresses.txt, written by
scripts/update_manifest.py), and the check that no entry whose page is in
it has gone from the record, unless its old page is redirected
(`redirects` in mkdocs.yml). Ids are permanent: they are the pages' addresses."""
from __future__ import annotations

from pathlib import Path

from edition import views
from edition.record import DATA_DIR, Record, RecordError
from edition.record.kinds import with_pages
from edition.record.reading import read_regular

MANIFEST = "published-addresses.txt"
# Each section whose pages are entries: its folder, and its kind of entry.
SECTIONS = {kind.folder: kind for kind in with_pages()}


def manifest(data_dir: Path = DATA_DIR) -> frozenset[str]:
    """Every address published so far ('/participants/antony-blinken/',
    '/text/#para_2__sent_3'), or none for a record that has no manifest (a
    synthetic record, a copy being tried)."""
    path = data_dir / MANIFEST
    if not path.exists() and not path.is_symlink():
        return frozenset()
    # Anything else that is not the file (a named pipe, a folder, a link to nothing), or the file
    # emptied, is named: read as no manifest, an entry removed would vanish from the site unnoticed.
    file = f"data/{MANIFEST}"
    addresses = frozenset(read_regular(path, file).split())
    if not addresses:
        raise RecordError(file, "(file)", "(file)", "holds no address: was it emptied by mistake? (it lists every "
                          "address ever published; `scripts/update_manifest.py` adds to it, never removes)")
    return addresses


def check_entries_kept(record: Record, data_dir: Path, redirected: set[str]) -> None:
    """Every entry page in the manifest is still built from an entry, or its
    source path ('participants/old-id.md') is in `redirected`."""
    pages = views.PATHS  # a section's own pages, not entries
    for address in sorted(manifest(data_dir)):
        parts = address.strip("/").split("/")
        if len(parts) != 2 or "#" in address or parts[0] not in SECTIONS:
            continue
        section, ident = parts
        src = f"{section}/{ident}.md"
        if ident in record.entries_of(SECTIONS[section]) or src in redirected or src in pages:
            continue
        raise RecordError(SECTIONS[section].path, ident, "(entry)",
                          f"the entry is gone, but its page /{section}/{ident}/ is published "
                          f"({data_dir.name}/{MANIFEST}): ids are permanent; put the entry back, or map "
                          f"'{src}' to its new page under `redirects` in mkdocs.yml")
