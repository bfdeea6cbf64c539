"""Each page's reference-manager <meta> tags (edition/head_meta.py), for
overrides/main.html to print as `head_meta`. Thin: the tags are computed
in plain Python from the record, the changes log and the page's path."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from edition import changes, head_meta
from edition.record import RecordError, load_once


def _data(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "data"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:  # a bad changes log stops the build here, with file, entry and field
        changes.load_once(_data(config))
    except (RecordError, ValueError) as error:
        raise PluginError(f"Bad record: {error}" if isinstance(error, RecordError) else str(error)) from None
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """The changes log as an Atom feed (edition/changes.py)."""
    feed = changes.atom(changes.load_once(_data(config)), config.site_url or "", config.site_name)
    files.append(File.generated(config, changes.FEED, content=feed))
    return files


def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    data = _data(config)
    context["head_meta"] = head_meta.for_page(
        load_once(data), changes.load_once(data), config.site_url or "", page.file.src_uri,
        # The home page stands for the whole site: its title is the site's.
        title=config.site_name if page.is_homepage else page.meta.get("title") or page.title or config.site_name,
        description=page.meta.get("description") or config.site_description,
        site_name=config.site_name)
    return context
