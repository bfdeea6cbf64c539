"""Every page, in Debian's Chromium, as any reader gets it: accessible
(axe-core, light and dark scheme, search open),
private (no request to any other host), and free of console errors.

Each page is loaded once per view by the session's browser pass (`seen`, in
conftest.py); these tests assert on what that pass collected."""
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from conftest import VIEWS
from edition_tools.browser import SCHEMES, axe_violations
from edition.cite import NOT_SET
from edition.vocabulary import in_sentence
from edition_tools.build import OUTPUT, ROOT
from edition_tools.search_box import open_search


def by_page(visits, finding) -> dict[str, list[str]]:
    return {v.address or "/": getattr(v, finding) for v in visits.values() if getattr(v, finding)}


@pytest.mark.parametrize("view", VIEWS, ids=str)
def test_every_page_shows_the_readers_colour_scheme(seen, view):
    shown = {v.address or "/": v.color_scheme for v in seen[view].values()}
    assert set(shown.values()) == {SCHEMES[view.scheme]}, shown


@pytest.mark.parametrize("view", [v for v in VIEWS if v.axe], ids=str)
def test_axe_finds_nothing_on_any_page(seen, view):
    problems = by_page(seen[view], "axe")
    assert not problems, problems


@pytest.mark.parametrize("view", VIEWS, ids=str)
def test_no_page_asks_another_host_for_anything(seen, view):
    elsewhere = by_page(seen[view], "outside_requests")
    assert not elsewhere, elsewhere
    # and every request it made was answered, so none was missed
    unfinished = by_page(seen[view], "unfinished")
    assert not unfinished, unfinished


@pytest.mark.parametrize("view", VIEWS, ids=str)
def test_no_console_error_on_any_page(seen, view):
    errors = by_page(seen[view], "console_errors")
    assert not errors, errors


SEARCHES = (("", "Lopez"), ("text/", "trade border"), ("participants/", "xylophone"))


@pytest.fixture(scope="module", params=["light", "dark"])
def searched(request, browser, base_url):
    """With the search open and a query typed: axe-core's findings, requests
    to other hosts and console errors, for each of SEARCHES."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=request.param)
    page = context.new_page()
    own = urlsplit(base_url).netloc
    found = {"axe": {}, "elsewhere": [], "errors": [], "workers": []}
    context.on("request", lambda r: urlsplit(r.url).scheme in ("http", "https") and urlsplit(r.url).netloc != own
               and found["elsewhere"].append(r.url))
    page.on("console", lambda m: m.type == "error" and found["errors"].append(m.text))
    page.on("pageerror", lambda e: found["errors"].append(str(e)))
    page.on("worker", lambda w: found["workers"].append(w.url))
    for address, query in SEARCHES:
        page.goto(base_url + address)
        open_search(page)
        page.locator("input.md-search__input").press_sequentially(query)
        page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.trim() !== ''")
        page.wait_for_timeout(300)
        violations = axe_violations(page)
        if violations:
            found["axe"][f"{address or '/'} searching {query}"] = violations
    context.close()
    return found


def test_axe_finds_nothing_with_the_search_open(searched):
    assert not searched["axe"], searched["axe"]


def test_searching_asks_no_other_host_and_logs_no_error(searched):
    assert searched["workers"], "the search worker never started, so its requests were not recorded"
    assert not searched["elsewhere"], searched["elsewhere"]
    assert not searched["errors"], searched["errors"]


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
    # The quote's own link (the kind line before it links the sentence that gives its verb).
    link = page.locator("article a[href$='#para_2__sent_2']").first
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert base_url + "text/#para_2__sent_2" in after
    OUTPUT.mkdir(exist_ok=True)
    page.pdf(path=str(OUTPUT / "print-root-causes.pdf"))


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
    page.goto(base_url + "commitments/root-causes/")
    block = page.locator("details.cite").first  # open on an item's page
    copy = block.locator("button.copy-button").first
    copy.click()
    expect(copy).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("“Mexico-U.S. Joint Communique")  # a joint communiqué: no author before the title
    # No permanent address in a local build (no EDITION_URL): the citation says it is not set.
    assert "paragraph 2, sentence 2." in copied and copied.endswith(f"Web edition: {NOT_SET}.")


def test_the_offline_shim_is_the_npm_packages_own(offline_site):
    vendored = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "iframe-worker" / "shim.js"
    npm = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
    assert vendored.read_bytes() == npm.read_bytes(), "run scripts/vendor"
    html = (offline_site / "index.html").read_text("utf-8")
    assert '<script src="assets/javascripts/vendor/iframe-worker/shim.js"></script>' in html
    assert "unpkg.com" not in html


# ------------------------------------------------ a first-time reader on a phone

PHONE = {"viewport": {"width": 360, "height": 800}, "is_mobile": True, "has_touch": True}
MAX_STEPS = 5  # issue 20: each of the three tasks in five taps or fewer, from the home page


class Reader:
    """A reader on a phone who taps only links they can see, counted."""

    def __init__(self, page, base_url):
        self.page, self.steps = page, 0
        page.goto(base_url)

    def tap(self, locator):
        locator = locator.first
        locator.scroll_into_view_if_needed()
        expect(locator).to_be_visible()
        self.steps += 1
        locator.click()
        self.page.wait_for_load_state()


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


def _record():
    from edition.record import load
    return load(ROOT / "data")


def test_a_reader_on_a_phone_finds_what_was_agreed_about_trade_and_its_sentence(phone, base_url):
    """(a) From the home page: the agenda item on trade, then the link to its
    sentence of the full text, which holds the item's quote."""
    record = _record()
    item = next(c for c in record.commitments.values() if "trade" in c.quotes[0])
    reader = Reader(phone, base_url)
    reader.tap(phone.locator("article").get_by_role("link", name=item.title, exact=True))
    assert urlsplit(phone.url).path.endswith(f"/commitments/{item.id}/")
    expect(phone.locator("article blockquote.text-quote").first).to_contain_text(item.quotes[0])
    reader.tap(phone.locator("article .loc-line a.loc"))
    sentence = urlsplit(phone.url).fragment
    assert urlsplit(phone.url).path.endswith("/text/") and sentence.startswith(f"para_{item.paragraph}__sent_"), phone.url
    target = phone.locator(f"[id='{sentence}']")
    expect(target).to_be_in_viewport()
    assert item.quotes[0] in " ".join(target.inner_text().split())
    assert reader.steps <= MAX_STEPS, reader.steps


def test_a_reader_on_a_phone_finds_who_a_source_lists_at_the_follow_up_and_the_source(phone, base_url):
    """(b) Whether the Secretary of Homeland Security was at the follow-up
    meeting, and how the edition knows: from the home page, the item that
    announces the meeting, the meeting, their line in its context part, and
    that part's source note, which leads to the source's entry saying what it is."""
    record = _record()
    person = next(p for p in record.people.values() if p.title == "Secretary of Homeland Security")
    meeting = next(m for m in record.meetings.values() if m.reported_attendees)
    listed = next(a for a in meeting.reported_attendees if a.person == person.id)
    announcing = next(c for c in record.commitments.values() if meeting.id in c.announces)
    reader = Reader(phone, base_url)
    reader.tap(phone.locator("article").get_by_role("link", name=announcing.title, exact=True))
    reader.tap(phone.locator("article").get_by_role("link", name=in_sentence(meeting.title), exact=True))
    assert urlsplit(phone.url).path.endswith(f"/meetings/{meeting.id}/")
    part = phone.locator("article .context-section")
    expect(part.locator(".context-mark")).to_be_visible()
    line = part.locator("li").filter(has_text=f"{listed.printed}, {listed.role_printed}")
    expect(line).to_be_visible()
    # how the edition knows: the source note of the list the line is in (the lead before it)
    lead = line.locator("xpath=preceding::p[.//a[contains(concat(' ', @class, ' '), ' source-note ')]][1]")
    reader.tap(lead.locator("a.source-note"))
    assert urlsplit(phone.url).path.endswith("/sources/")
    entry = phone.locator(f"[id='{urlsplit(phone.url).fragment}']")
    expect(entry).to_be_in_viewport()
    facts = entry.locator("xpath=following-sibling::dl[1]")
    expect(facts).to_contain_text(record.context["source_kinds"][listed.source]["kind"], ignore_case=True)
    expect(facts).to_contain_text(listed.source)
    assert reader.steps <= MAX_STEPS, reader.steps


def test_a_reader_on_a_phone_gets_the_participants_as_a_spreadsheet(phone, base_url):
    """(c) From the home page, one visible link: a CSV a spreadsheet opens
    with its accents (a byte-order mark), a row for each person of the record."""
    record = _record()
    reader = Reader(phone, base_url)
    with phone.expect_download() as download:
        reader.tap(phone.locator("article").get_by_role("link", name="Participants as a spreadsheet"))
    data = open(download.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")
    import csv
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert {r["id"] for r in rows} == set(record.people)
    assert reader.steps <= MAX_STEPS, reader.steps
