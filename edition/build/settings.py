"""What the edition reads of mkdocs.yml (`Settings`), and mkdocs.yml read
as MkDocs reads it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition import publishing
from edition.build.errors import EditionError


@dataclass(frozen=True)
class Settings:
    """What the edition reads of mkdocs.yml."""
    site_url: str  # the permanent address, or '' (edition/publishing.py)
    site_name: str
    site_description: str
    redirected: frozenset[str] = frozenset()  # the pages `redirects` maps elsewhere (their source paths)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data: an `!ENV NAME` or `!ENV [NAME, …, default]` tag
    reads as MkDocs reads it: the first variable set, else the default."""


def _env(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    *names, default = loader.construct_sequence(node)
    return next((os.environ[n] for n in names if n in os.environ), default)


_Loader.add_constructor("!ENV", _env)


def read_config(config_file: Path) -> dict:
    return yaml.load(config_file.read_text("utf-8"), Loader=_Loader)


def redirected(config) -> frozenset[str]:
    """The old pages mkdocs.yml's `redirects` plugin maps to new ones, read
    from mkdocs.yml as data (a list of plugins) or from MkDocs's own config."""
    plugins = config.get("plugins") or []
    if isinstance(plugins, list):
        maps = next((p["redirects"].get("redirect_maps") for p in plugins
                     if isinstance(p, dict) and isinstance(p.get("redirects"), dict)), None)
    else:  # MkDocs's PluginCollection
        plugin = plugins.get("redirects")
        maps = plugin.config.get("redirect_maps") if plugin is not None else None
    return frozenset(maps or {})


def settings_of(config: dict) -> Settings:
    """The edition's address is EDITION_URL's, or none (edition/publishing.py),
    whatever mkdocs.yml's `site_url` reads; a build for publishing refuses none."""
    try:
        publishing.check()
    except ValueError as error:
        raise EditionError(str(error)) from None
    return Settings(site_url=publishing.address(), site_name=config.get("site_name") or "",
                    site_description=config.get("site_description") or "",
                    redirected=redirected(config))
