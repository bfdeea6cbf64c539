"""Debian's Chromium driven by Playwright, and one pass over the pages that
collects everything a reader's browser shows: axe-core's violations, console
errors, requests to other hosts, sideways scrolling, and a screenshot.

`browse()` loads each page once per view (colour scheme and width), the views
side by side in one browser, and returns what it saw; tests assert on that.
"""
from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from edition_tools.build import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE_RUN = ("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
           ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))")
SCHEMES = {"light": "default", "dark": "slate"}  # colour scheme -> Material's data-md-color-scheme


class MissingTool(RuntimeError):
    """Chromium or axe-core is not installed (scripts/test installs both)."""


def require_chromium() -> None:
    if not Path(CHROMIUM).exists():
        raise MissingTool(f"{CHROMIUM} is missing: install Debian's chromium (the README's test command does)")


def require_axe() -> None:
    if not AXE.exists():
        raise MissingTool("axe-core is missing: scripts/test installs it with npm ci")


def launch(playwright, **options):
    """Headless Debian Chromium, from a sync or an async Playwright."""
    require_chromium()
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, **options)


def axe_violations(page) -> list[str]:
    """axe-core's violations on a loaded page (sync Playwright): 'rule: target | target'."""
    require_axe()
    page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_RUN, AXE_TAGS)


@dataclass(frozen=True)
class View:
    """A colour scheme and a viewport width."""
    scheme: str  # "light" or "dark"
    width: int
    height: int = 800

    @property
    def label(self) -> str:
        """'desktop', 'phone', 'desktop-dark', …: screenshot names end with it."""
        kind = "phone" if self.width < 600 else "desktop"
        return kind if self.scheme == "light" else f"{kind}-{self.scheme}"

    def __str__(self) -> str:
        return f"{self.scheme} {self.width}px"


@dataclass
class Visit:
    """What one page showed in one view."""
    address: str
    view: View
    color_scheme: str = ""            # Material's data-md-color-scheme on <body>
    h1: str = ""                      # the page's heading, as shown
    axe: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    requests: int = 0                 # every request the page made, its workers' too
    workers: list[str] = field(default_factory=list)
    overflow_px: int = 0              # how far the page scrolls sideways
    screenshot: Path | None = None


def screenshot_name(address: str, view: View) -> str:
    return (address.strip("/").replace("/", "--") or "home") + f"--{view.label}.png"


async def _visit_all(browser, base_url: str, addresses: list[str], view: View, screenshots: Path | None,
                     axe: bool) -> dict[str, Visit]:
    own = urlsplit(base_url).netloc
    context = await browser.new_context(viewport={"width": view.width, "height": view.height},
                                        color_scheme=view.scheme)
    page = await context.new_page()
    current: list[Visit] = []

    def on_request(request):
        if not current:
            return
        current[0].requests += 1
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and parts.netloc != own:
            current[0].outside_requests.append(request.url)

    context.on("request", on_request)
    page.on("console", lambda m: current and m.type == "error" and current[0].console_errors.append(m.text))
    page.on("pageerror", lambda e: current and current[0].console_errors.append(str(e)))
    page.on("worker", lambda w: current and current[0].workers.append(w.url))
    axe_source = AXE.read_text("utf-8") if axe else ""
    seen = {}
    for address in addresses:
        visit = Visit(address, view)
        current[:] = [visit]
        await page.goto(base_url + address)
        visit.color_scheme = await page.evaluate("document.body.getAttribute('data-md-color-scheme') || ''")
        visit.h1 = (await page.locator("article h1").first.inner_text()).strip()
        visit.overflow_px = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if axe:
            await page.add_script_tag(content=axe_source)
            visit.axe = await page.evaluate(AXE_RUN, AXE_TAGS)
        await page.wait_for_load_state("networkidle")  # late requests (the search worker's) are counted
        if screenshots is not None:
            visit.screenshot = screenshots / screenshot_name(address, view)
            await page.screenshot(path=str(visit.screenshot), full_page=True)
        seen[address] = visit
    current.clear()
    await context.close()
    return seen


async def _browse(base_url, addresses, views, screenshots, axe) -> dict[View, dict[str, Visit]]:
    from playwright.async_api import async_playwright
    async with async_playwright() as p:
        browser = await launch(p)
        try:
            results = await asyncio.gather(*(_visit_all(browser, base_url, addresses, v, screenshots, axe)
                                              for v in views))
        finally:
            await browser.close()
    return dict(zip(views, results))


def browse(base_url: str, addresses: list[str], views: list[View], screenshots: Path | None = None,
           axe: bool = True) -> dict[View, dict[str, Visit]]:
    """Load every address once in each view, the views side by side in one
    headless Chromium, and return what each page showed (see Visit).
    Screenshots (full page) go to `screenshots` if given. Runs in a thread of
    its own, so it can be called beside a sync Playwright."""
    require_chromium()
    if axe:
        require_axe()
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    out: dict = {}

    def run():
        try:
            out["result"] = asyncio.run(_browse(base_url, addresses, views, screenshots, axe))
        except BaseException as error:  # re-raised in the caller's thread
            out["error"] = error

    thread = threading.Thread(target=run, name="browse")
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["result"]
