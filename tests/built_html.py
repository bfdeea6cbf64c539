"""Kept for the tests that import it: reading built HTML lives in
edition_tools.html, which tests and scripts import alike."""
from edition_tools.html import (  # noqa: F401
    article, built_pages, cited_sources, entry_links, page_addresses, part_ids, published_addresses, resolve, soup, text_of,
)
