"""Screenshots of every page at a phone's and a desktop's width, for a person
to look at (written to test-output/screenshots/, not committed). Each page
must also fit a 360 px screen: nothing scrolls sideways."""
import pytest

from conftest import OUTPUT, page_addresses

WIDTHS = {"phone": 360, "desktop": 1280}


@pytest.fixture(scope="module")
def addresses(pages):
    return page_addresses(pages)


def test_every_page_screenshot_and_no_sideways_scroll(browser, base_url, addresses):
    folder = OUTPUT / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    overflowing = []
    for label, width in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        for address in addresses:
            page.goto(base_url + address)
            name = (address.strip("/").replace("/", "--") or "home") + f"--{label}.png"
            page.screenshot(path=str(folder / name), full_page=True)
            if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                overflowing.append(f"{address} at {width}px")
        context.close()
    assert not overflowing, f"pages that scroll sideways: {overflowing}"


PICTURES = {"timeline": "meetings/", "delegations": "participants/", "matrix": "participants/ties/"}


def test_pictures_in_both_schemes_and_in_print(browser, base_url):
    """The timeline, the delegations side by side and the matrix, in the
    light and the dark scheme and as printed, for a person to look at. Each
    has its text alternative: the timeline is a list, the others tables or
    lists of links, so a screen reader reads the same facts."""
    folder = OUTPUT / "screenshots" / "pictures"
    folder.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
        page = context.new_page()
        for name, address in PICTURES.items():
            page.goto(base_url + address)
            page.screenshot(path=str(folder / f"{name}--{scheme}.png"), full_page=True)
            if scheme == "light":
                page.emulate_media(media="print")
                page.screenshot(path=str(folder / f"{name}--print.png"), full_page=True)
                page.emulate_media(media="screen")
        context.close()
    page_of = {"timeline": "ol.timeline > li", "delegations": "ul.cards > li.card", "matrix": ".matrix table tbody tr"}
    context = browser.new_context()
    page = context.new_page()
    counts = {}
    for name, address in PICTURES.items():
        page.goto(base_url + address)
        counts[name] = page.locator(page_of[name]).count()
    context.close()
    assert counts == {"timeline": 3, "delegations": 16, "matrix": 17}
