"""The edition's whole output, whatever renders it.

`Edition` makes, from the record in data/ and the site's settings in
mkdocs.yml, everything the edition adds to the hand-written pages:

- the derived pages (Markdown, edition/pages.py), and the navigation that
  lists them;
- the data files published under data/ (edition/export/, Akoma Ntoso);
- each page's glossary tooltips (Markdown abbreviations appended to it);
- the citation downloads under cite/ and the changes log's Atom feed;
- each page's head metadata: its title, description, schema.org JSON-LD and
  reference-manager tags;
- the edition as one PDF (edition/pdf.py), a step a build while editing
  may skip (EDITION_PDF=0) and a build for publishing may not.

The MkDocs hooks (hooks/edition_build.py) hand these to MkDocs as it builds;
`python -m edition build DIR` (`write`) puts them in a folder that any
renderer reading mkdocs.yml and Python-Markdown can build, Zensical
among them. Both call the same methods, so both get the same edition.

A bad record stops either with a message naming file, entry and field
(`EditionError`), never a traceback.

One job a module: edition.py makes the edition (`Edition`) and keeps the
build's one; settings.py reads what it needs of mkdocs.yml; tooltips.py
turns the glossary into each page's tooltips; folder.py writes it all into
a folder.
"""
from edition.build.edition import BuildStopped, Edition, EditionError, current
from edition.build.folder import write
from edition.build.settings import Settings, read_config, redirected, settings_of

__all__ = ["BuildStopped", "Edition", "EditionError", "Settings", "current", "read_config", "redirected", "settings_of", "write"]
