"""Shared fixtures: the site built once, served on 127.0.0.1, and Debian's
Chromium driven by Playwright."""
from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUTPUT = ROOT / "test-output"


def build_site(dest: Path, config: Path = ROOT / "mkdocs.yml", offline: bool = False) -> subprocess.CompletedProcess:
    """`mkdocs build --strict`, as scripts/serve and scripts/offline run it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "OFFLINE": "true" if offline else "false"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(dest)],
                          capture_output=True, text=True, env=env, cwd=config.parent)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest)
    assert result.returncode == 0, result.stderr
    return dest


@pytest.fixture(scope="session")
def pages(site) -> dict[str, str]:
    """Every built HTML page: its address relative to the site root, and its HTML."""
    return {str(p.relative_to(site)).replace(os.sep, "/"): p.read_text("utf-8")
            for p in sorted(site.rglob("*.html")) if p.name != "404.html"}


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("offline")
    result = build_site(dest, offline=True)
    assert result.returncode == 0, result.stderr
    return dest


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (the README's test command does)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def page_addresses(pages: dict[str, str]) -> list[str]:
    """Site-relative addresses of every page: '', 'text/', 'commitments/root-causes/', …"""
    return [re.sub(r"index\.html$", "", p) for p in pages]
