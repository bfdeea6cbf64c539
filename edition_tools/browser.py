"""Debian's Chromium driven by Playwright, and one pass over the pages that
collects everything a reader's browser shows: axe-core's violations, console
errors, requests to other hosts, sideways scrolling, and a screenshot.

`browse()` loads each page once per view (colour scheme and width), the views
side by side in one browser, and returns what it saw; tests assert on that.
"""
from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from edition_tools.build import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# The rules whose result a colour scheme can change: a second scheme is the
# same HTML under other colours, so it needs only these.
AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"]
AXE_RUN = ("only => axe.run(document, {runOnly: only, resultTypes: ['violations']})"
           ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))")
AXE_ALL = {"type": "tag", "values": AXE_TAGS}
SETTLE_QUIET, SETTLE_LIMIT = 0.3, 15.0  # seconds with no request open; the most to wait for that
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
    return page.evaluate(AXE_RUN, AXE_ALL)


@dataclass(frozen=True)
class View:
    """A colour scheme and a viewport width; whether axe-core runs in it,
    and with every rule or only the colour rules (`colour_only`)."""
    scheme: str  # "light" or "dark"
    width: int
    height: int = 800
    axe: bool = True
    colour_only: bool = False

    @property
    def axe_rules(self) -> dict:
        return {"type": "rule", "values": AXE_COLOUR_RULES} if self.colour_only else AXE_ALL

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
    unfinished: list[str] = field(default_factory=list)  # requests still open SETTLE_LIMIT s after the load
    workers: list[str] = field(default_factory=list)
    overflow_px: int = 0              # how far the page scrolls sideways
    screenshot: Path | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # time each step took: load, axe, settle, screenshot


def screenshot_name(address: str, view: View) -> str:
    return (address.strip("/").replace("/", "--") or "home") + f"--{view.label}.png"


class _Watch:
    """What a page in one context does while it is visited: its requests
    (and which are still open), console errors, workers."""

    def __init__(self, context, page, own_host: str):
        self.visit: Visit | None = None
        self.own = own_host
        self.open: set = set()
        self.last_change = time.monotonic()
        context.on("request", self.request)
        context.on("requestfinished", self.closed)
        context.on("requestfailed", self.closed)
        page.on("console", lambda m: m.type == "error" and self.visit and self.visit.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.visit and self.visit.console_errors.append(str(e)))
        page.on("worker", lambda w: self.visit and self.visit.workers.append(w.url))

    def start(self, visit: Visit) -> None:
        self.visit = visit
        self.open.clear()

    def request(self, request) -> None:
        self.open.add(request)
        self.last_change = time.monotonic()
        if self.visit:
            self.visit.requests += 1
            parts = urlsplit(request.url)
            if parts.scheme in ("http", "https") and parts.netloc != self.own:
                self.visit.outside_requests.append(request.url)

    def closed(self, request) -> None:
        self.open.discard(request)
        self.last_change = time.monotonic()

    async def settle(self) -> None:
        """Until no request has been open for SETTLE_QUIET s, so that late
        requests are counted; SETTLE_LIMIT s at most, then the open ones are
        noted in the visit (`unfinished`)."""
        start = time.monotonic()
        while time.monotonic() - start < SETTLE_LIMIT:
            if not self.open and time.monotonic() - self.last_change >= SETTLE_QUIET:
                return
            await asyncio.sleep(0.05)
        self.visit.unfinished = sorted(r.url for r in self.open)


async def _visit_all(browser, base_url: str, addresses: list[str], view: View, screenshots: Path | None,
                     axe: bool) -> dict[str, Visit]:
    context = await browser.new_context(viewport={"width": view.width, "height": view.height},
                                        color_scheme=view.scheme)
    page = await context.new_page()
    watch = _Watch(context, page, urlsplit(base_url).netloc)
    axe_source = AXE.read_text("utf-8") if axe else ""
    seen = {}
    for address in addresses:
        visit = seen[address] = Visit(address, view)
        watch.start(visit)
        clock = time.perf_counter()

        def lap(step: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            visit.seconds[step] = round(now - clock, 3)
            clock = now

        await page.goto(base_url + address)
        visit.color_scheme = await page.evaluate("document.body.getAttribute('data-md-color-scheme') || ''")
        visit.h1 = (await page.locator("article h1").first.inner_text()).strip()
        visit.overflow_px = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        lap("load")
        if axe and view.axe:
            await page.add_script_tag(content=axe_source)
            visit.axe = await page.evaluate(AXE_RUN, view.axe_rules)
            lap("axe")
        await watch.settle()
        lap("settle")
        if screenshots is not None:
            visit.screenshot = screenshots / screenshot_name(address, view)
            # content-visibility:auto (the data page's tables) skips drawing what
            # is off screen: a full-page picture would show it blank.
            await page.add_style_tag(content="* { content-visibility: visible !important; }")
            await page.screenshot(path=str(visit.screenshot), full_page=True)
            lap("screenshot")
    watch.visit = None
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
    Screenshots (full page) go to `screenshots` if given; axe-core runs in
    the views that ask for it, unless `axe` is false. Runs in a thread of
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


def first_load(browser, url: str, settle_ms: int = 300) -> dict:
    """A page opened in a fresh context, as a reader's first visit: how many
    requests it makes, what they weigh, as sent and gzipped, and their
    addresses."""
    import gzip

    context = browser.new_context()
    page = context.new_page()
    done = []
    page.on("requestfinished", lambda r: done.append(r))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(settle_ms)
    bodies = [r.response().body() for r in done if r.response()]
    context.close()
    return {"requests": len(done), "bytes": sum(len(b) for b in bodies),
            "gzip_bytes": sum(len(gzip.compress(b)) for b in bodies), "urls": [r.url for r in done]}
