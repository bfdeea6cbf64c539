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
