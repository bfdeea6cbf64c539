"""The offline edition's Web Worker shim comes from this site, not unpkg.

Material's `offline` plugin adds https://unpkg.com/iframe-worker/shim to the
page unless a polyfill named iframe-worker is already there: give it ours,
vendored from the npm package iframe-worker (see scripts/vendor).
"""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

VENDORED = "assets/javascripts/vendor/iframe-worker/shim.js"


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    polyfills = [p for p in config.extra.get("polyfills", []) if "unpkg.com" not in p]
    if offline and offline.config.enabled and VENDORED not in polyfills:
        polyfills.append(VENDORED)
    config.extra["polyfills"] = polyfills
    return config
