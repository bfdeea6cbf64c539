"""Every page, in Debian's Chromium, as any reader gets it: accessible
(axe-core, light and dark scheme, search open), private (no request to any
other host), and free of console errors."""
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from conftest import ROOT, page_addresses
from search_box import open_search

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_violations(page) -> list[str]:
    if not AXE.exists():
        pytest.fail("axe-core is missing: scripts/test installs it with npm ci")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
                          ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))",
                          AXE_TAGS)
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_any_page(browser, base_url, pages, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    problems = {}
    for address in page_addresses(pages):
        page.goto(base_url + address)
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        found = axe_violations(page)
        if found:
            problems[address or "/"] = found
    context.close()
    assert not problems, problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_with_the_search_open(browser, base_url, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    problems = {}
    for address, query in (("", "Lopez"), ("text/", "trade border"), ("participants/", "xylophone")):
        page.goto(base_url + address)
        open_search(page)
        page.locator("input.md-search__input").press_sequentially(query)
        page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''")
        page.wait_for_timeout(300)
        found = axe_violations(page)
        if found:
            problems[f"{address or '/'} searching {query}"] = found
    context.close()
    assert not problems, problems


def test_no_request_leaves_the_site_and_no_console_error(browser, base_url, pages):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    own = urlsplit(base_url).netloc
    elsewhere, errors = [], []
    context.on("request", lambda r: urlsplit(r.url).scheme in ("http", "https") and urlsplit(r.url).netloc != own
               and elsewhere.append(r.url))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    workers = []
    page.on("worker", lambda w: workers.append(w.url))
    for address in page_addresses(pages):
        page.goto(base_url + address)
        page.wait_for_load_state("networkidle")
    open_search(page)
    page.locator("input.md-search__input").press_sequentially("Lopez")
    page.wait_for_selector(".md-search-result__item")
    context.close()
    assert workers, "the search worker never started, so its requests were not recorded"
    assert not elsewhere, elsewhere
    assert not errors, errors


def test_keyboard_first_reaches_a_visible_skip_link(page, base_url):
    page.goto(base_url + "commitments/root-causes/")
    page.keyboard.press("Tab")
    # Material fades the skip link in when it has focus: wait for it, then see it.
    page.wait_for_function("() => document.activeElement.classList.contains('md-skip')"
                           " && getComputedStyle(document.activeElement).opacity === '1'")
    box = page.evaluate("() => { const r = document.activeElement.getBoundingClientRect();"
                        " return [r.width, r.height, r.top] }")
    assert box[0] > 0 and box[1] > 0 and box[2] >= 0, box
    page.keyboard.press("Enter")
    assert page.url.endswith("#root-causes")


def test_keyboard_reaches_every_link_of_the_content(page, base_url):
    page.goto(base_url + "participants/ties/")
    links = page.locator("article a[href]").count()
    reached = set()
    for _ in range(links + 60):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("[...document.querySelectorAll('article a[href]')].indexOf(document.activeElement)"))
    reached.discard(-1)
    assert reached == set(range(links))


def test_printing_shows_the_page_alone_with_addresses(page, base_url):
    page.goto(base_url + "commitments/root-causes/")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert page.locator(hidden).first.evaluate("e => getComputedStyle(e).display") == "none", hidden
    assert page.locator(".print-address").inner_text() == base_url + "commitments/root-causes/"
    link = page.locator("article a[href*='paragraph'], article a[href*='text/']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert base_url + "text/#para_2__sent_2" in after
    page.pdf(path=str(ROOT / "test-output" / "print-root-causes.pdf"))


@pytest.fixture
def clipboard_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800},
                                  permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def test_copy_a_sections_link_and_land_on_it_highlighted(clipboard_page, base_url):
    page = clipboard_page
    page.goto(base_url + "text/")
    heading = page.locator("#para_4")
    heading.hover()
    button = heading.locator("button.copy-link")
    button.click()
    expect(button).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == base_url + "text/#para_4"
    page.goto(base_url + "participants/")
    page.goto(copied)
    target = page.locator("#para_4")
    assert page.evaluate("document.querySelector(':target').id") == "para_4"
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_copy_a_citation_in_two_clicks(clipboard_page, base_url):
    page = clipboard_page
    page.goto(base_url + "text/")
    block = page.locator("details.cite").nth(3)  # the whole text's, then one a paragraph: paragraph 3
    block.locator("summary").click()
    copy = block.locator("button.copy-button").first
    copy.click()
    expect(copy).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("The White House. “Mexico-U.S. Joint Communique")
    assert "paragraph 3." in copied and copied.endswith("Web edition: https://communique.example.org/text/#para_3.")


def test_the_offline_shim_is_the_npm_packages_own(offline_site):
    vendored = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "iframe-worker" / "shim.js"
    npm = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
    assert vendored.read_bytes() == npm.read_bytes(), "run scripts/vendor"
    html = (offline_site / "index.html").read_text("utf-8")
    assert '<script src="assets/javascripts/vendor/iframe-worker/shim.js"></script>' in html
    assert "unpkg.com" not in html
