"""Shared fixtures: the site built once and served on 127.0.0.1, the offline
edition built once, Debian's Chromium driven by Playwright, and one browser
pass over every page per colour scheme and width (`seen`) whose findings the
reader tests assert on. The helpers live in edition_tools."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from edition_tools.browser import MissingTool, View, browse, launch
from edition_tools.build import OUTPUT, PUBLISHED_AT, ROOT, build_site, mkdocs_env  # ROOT, build_site: some tests import them from here
from edition_tools.html import built_pages, page_addresses
from edition_tools.server import serve

# One browser pass a view, the views side by side: each page loaded once in
# each, everything collected. axe-core runs every rule at the desktop width
# in the light scheme, and in the dark one the rules colours can change
# (contrast; the HTML is the same); at the phone's width it does not run.
VIEWS = [View("light", 1280), View("dark", 1280, colour_only=True), View("light", 360, axe=False)]
SCREENSHOTS = OUTPUT / "screenshots"


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest)
    assert result.returncode == 0, result.stderr
    return dest


@pytest.fixture(scope="session")
def pages(site) -> dict[str, str]:
    """Every built HTML page: its address relative to the site root, and its HTML."""
    return built_pages(site)


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The site built for publishing at PUBLISHED_AT (EDITION_PUBLISH=1,
    EDITION_URL); `site` is a local build, with no permanent address."""
    dest = tmp_path_factory.mktemp("published-site")
    result = build_site(dest, address=PUBLISHED_AT)
    assert result.returncode == 0, result.stderr
    return dest


@pytest.fixture(scope="session")
def published_pages(published_site) -> dict[str, str]:
    return built_pages(published_site)


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory) -> Path:
    """scripts/offline, run once: the folder offline/ and the zip
    communique-offline.zip, in a folder of their own."""
    dest = tmp_path_factory.mktemp("offline-edition")
    result = subprocess.run([str(ROOT / "scripts" / "offline"), str(dest)], capture_output=True, text=True,
                            env=mkdocs_env())  # no permanent address, whatever the caller's environment says
    assert result.returncode == 0, result.stderr
    return dest


@pytest.fixture(scope="session")
def offline_site(offline_build) -> Path:
    """The offline edition's folder, to open from file://."""
    return offline_build / "offline"


@pytest.fixture(scope="session")
def offline_zip(offline_build) -> Path:
    """The offline edition's zip, as scripts/offline leaves it."""
    return offline_build / "communique-offline.zip"


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as server:
        yield server.url


def _fail_if_missing(error: MissingTool):
    pytest.fail(str(error))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        try:
            browser = launch(p)
        except MissingTool as error:
            _fail_if_missing(error)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def seen(base_url, pages):
    """Every page, loaded once in each of VIEWS: {view: {address: Visit}}
    (axe-core's violations, console errors, requests to other hosts,
    sideways scroll, full-page screenshot in test-output/screenshots/)."""
    try:
        return browse(base_url, page_addresses(pages), VIEWS, screenshots=SCREENSHOTS)
    except MissingTool as error:
        _fail_if_missing(error)
