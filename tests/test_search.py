"""Search, in Debian's Chromium, as a reader uses it: typed key by key into
the search box, the right result clicked, landing on the exact section."""
import pytest

from built_html import article, text_of
from search_box import open_search, rank, search, target_of
from search_queries import QUERIES


@pytest.fixture(scope="module")
def reader(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("query,target", QUERIES, ids=[q for q, _ in QUERIES])
def test_query_lands_on_its_section(reader, base_url, query, target):
    reader.goto(base_url)
    open_search(reader)
    groups = search(reader, query)
    position = rank(groups, target, base_url)
    assert position is not None and position <= 3, (
        f"{query!r}: {target} is at {position}; top results: {[target_of(g[0], base_url) for g in groups[:3]]}")
    group = reader.locator(".md-search-result__item").nth(position - 1)
    link = next(a for a in group.locator("a[href]").all() if target_of(a.evaluate("a => a.href"), base_url) == target)
    if not link.is_visible():  # among "more on this page": open it as a reader would
        group.locator("details.md-search-result__more > summary").click()
    link.click()
    reader.wait_for_load_state("load")
    assert target_of(reader.url, base_url) == target
    anchor = target.partition("#")[2]
    section = reader.locator(f"[id='{anchor}']") if anchor else reader.locator("article h1")
    reader.wait_for_function(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight }",
        arg=section.element_handle(), timeout=5000)


def test_no_match_says_so_and_points_somewhere(reader, base_url):
    reader.goto(base_url)
    open_search(reader)
    assert search(reader, "xylophone") == []
    help = reader.locator(".md-search-result .search-no-results")
    assert help.is_visible()
    links = {a.inner_text(): a.evaluate("a => a.href") for a in help.locator("a").all()}
    assert links == {"the commitments": base_url + "commitments/", "the full text": base_url + "text/"}
    search(reader, "Barcena")
    assert not help.is_visible()


def test_a_shared_search_link_opens_its_results(reader, base_url):
    reader.goto(base_url + "?q=Cardenas")
    reader.wait_for_selector(".md-search-result__item")
    first = reader.locator(".md-search-result__item a").first.evaluate("a => a.href")
    assert target_of(first, base_url) == "participants/armando-lopez-cardenas/"


def test_folding_leaves_what_readers_see_unchanged(reader, base_url, pages):
    reader.goto(base_url)
    open_search(reader)
    search(reader, "Rodriguez")
    result = reader.locator(".md-search-result__item").first
    assert "Rodríguez" in result.inner_text()
    result.locator("a").first.click()
    reader.wait_for_load_state("load")
    assert reader.locator("article h1").inner_text().startswith("Rosa Icela Rodríguez")
    # and the built pages keep every accent
    assert "Rosa Icela Rodríguez" in text_of(article(pages["participants/rosa-icela-rodriguez/index.html"]))


def test_search_works_in_the_offline_edition(reader, offline_site):
    reader.goto((offline_site / "index.html").as_uri())
    open_search(reader)
    groups = search(reader, "Barcena")
    assert groups and groups[0][0].endswith("participants/alicia-barcena-ibarra.html?h=barcena")
    reader.locator(".md-search-result__item a").first.click()
    reader.wait_for_load_state("load")
    assert reader.url.startswith((offline_site / "participants" / "alicia-barcena-ibarra.html").as_uri())
    assert reader.locator("article h1").inner_text().startswith("Alicia Bárcena Ibarra")


def test_the_offline_zip_works_from_file(reader, tmp_path):
    """scripts/offline, as a reader would use its zip: unpacked anywhere,
    opened from file://, searched."""
    import subprocess
    import zipfile

    from conftest import ROOT
    result = subprocess.run([str(ROOT / "scripts" / "offline")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(ROOT / "build" / "communique-offline.zip") as archive:
        archive.extractall(tmp_path)
    home = tmp_path / "offline" / "index.html"
    reader.goto(home.as_uri())
    open_search(reader)
    groups = search(reader, "DACA")
    assert groups and "commitments/regularization-daca.html" in groups[0][0]
