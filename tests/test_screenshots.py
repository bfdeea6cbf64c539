"""Screenshots of every page in each view (a phone's and a desktop's width,
light and dark), for a person to look at (test-output/screenshots/, not
committed), taken by the session's browser pass (`seen`, in conftest.py).
Each page must also fit its screen: nothing scrolls sideways."""
import struct

import pytest
import yaml

from conftest import VIEWS
from edition_tools.build import OUTPUT, ROOT
from edition_tools.html import soup


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("view", VIEWS, ids=str)
def test_no_page_scrolls_sideways(seen, view):
    overflowing = {v.address or "/": f"{v.overflow_px}px" for v in seen[view].values() if v.overflow_px > 0}
    assert not overflowing, f"pages that scroll sideways at {view.width}px: {overflowing}"


@pytest.mark.parametrize("view", VIEWS, ids=str)
def test_every_page_has_its_screenshot_at_its_width(seen, pages, view):
    """One full-page screenshot a page and view, of the page itself (it
    showed its heading), as wide as the view and at least a screen high."""
    assert len(seen[view]) == len(pages)
    for visit in seen[view].values():
        assert visit.h1, f"{visit.address}: no heading shown"
        width, height = png_size(visit.screenshot)
        assert width == view.width and height >= view.height, (visit.screenshot, width, height)


PICTURES = {"timeline": "meetings/", "delegations": "participants/", "matrix": "participants/ties/"}


def records(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / name).read_text("utf-8"))


def test_pictures_in_print_and_as_many_as_the_record_says(browser, base_url, pages):
    """The timeline, the delegations side by side and the matrix as printed,
    for a person to look at (the browser pass has them in both schemes).
    Each has its text alternative: the timeline is a list, the others tables
    or lists of links, so a screen reader reads the same facts; each holds
    one entry per meeting, delegate or person named, as in data/."""
    folder = OUTPUT / "screenshots" / "pictures"
    folder.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.emulate_media(media="print")
    for name, address in PICTURES.items():
        page.goto(base_url + address)
        page.screenshot(path=str(folder / f"{name}--print.png"), full_page=True)
    context.close()
    people = records("people.yaml")
    expected = {"timeline": len(records("meetings.yaml")),
                "delegations": len([p for p in people if p.get("delegation", "none") != "none"]),
                "matrix": len([p for p in people if p.get("printed")])}  # everyone the text names
    selector = {"timeline": "ol.timeline > li", "delegations": "ul.cards > li.card", "matrix": ".matrix table tbody tr"}
    counts = {name: len(soup(pages[address + "index.html"]).select(selector[name])) for name, address in PICTURES.items()}
    assert counts == expected
