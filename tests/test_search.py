"""Search, in Debian's Chromium, as a reader uses it: typed into the search
box, the right result followed, landing on the exact section with the words
highlighted. The query table uses two tabs loaded once: one searches, the
other opens each result's address (as a click on it does; the Enter key and
clicks are tested on their own)."""
import importlib.util
import re
import shutil
import types
import unicodedata
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import material
import pytest
from mkdocs.exceptions import PluginError

from built_html import article, text_of
from edition.record import load
from edition_tools.build import ROOT
from edition import search_terms
from edition.record import DATA_DIR, RecordError
from edition.vocabulary import SIDES
from edition_tools.search_box import open_search, rank, results, search, target_of, watch
from edition_tools.search_queries import KIND_OF, QUERIES, QUOTED_QUERIES, SPANISH_TITLES, holds, phrase_of, words

# The kinds of query whose target must be the first result, not only in the top 3.
FIRST_KINDS = ("quoted phrases", "sources' names")
INDEX = re.compile(r"/search/search_index\.(json|js)$")
ENGINE = re.compile(r"/workers/search\.[^/]*\.engine\.js$")


# Once the section (by id; the title when none) is in view: the terms (of a
# result's ?h=) that the article shows at the start of a word but that no
# highlight begins with.
LANDED = r"""([anchor, terms]) => {
  const section = anchor ? document.getElementById(anchor) : document.querySelector("article h1");
  const box = section && section.getBoundingClientRect();
  if (!box || box.top < 0 || box.top >= window.innerHeight) return false;
  const fold = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const article = document.querySelector("article.md-content__inner").cloneNode(true);
  article.querySelectorAll(".headerlink, .copy-link, script, style").forEach(el => el.remove());
  const text = fold(article.textContent);
  const marks = [...document.querySelectorAll("article mark[data-md-highlight]")].map(m => fold(m.textContent));
  return { terms: terms.filter(t => new RegExp("(^|[^\\p{L}\\p{N}])" + t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u").test(text)
                                   && !marks.some(m => m.startsWith(t))) };
}"""


# Each result link's address, and its text when it shows one (a title and a
# teaser, not only the page's title over its sections).
SHOWN = """links => links
  .filter(a => [...a.querySelector('article').childNodes].some(n => n.nodeType === 3 ? n.textContent.trim() : !n.matches('.md-search-result__icon, h1, h2, nav.md-tags')))
  .map(a => [a.href, [...a.querySelector('article').childNodes].map(n => n.textContent).join(' ')])"""

# The note on the result linking to an address, if any.
NOTE_OF = """(links, href) => { const a = links.find(a => a.href === href);
  const note = a && a.querySelector('.search-found-by'), article = a && a.querySelector('article').cloneNode(true);
  if (article) article.querySelectorAll('.search-found-by').forEach(n => n.remove());
  return [note ? note.textContent : null, article ? [...article.childNodes].map(n => n.textContent).join(' ') : ''] }"""


def not_shown(query: str, shown: str) -> bool:
    """True if the query has a word (of four letters or more) that begins no
    word the result shows: then it was found by words that are not the text's."""
    visible = words(shown)
    return any(not any(v.startswith(w) for v in visible) for w in words(query) if len(w) > 3)


def load_record():
    from edition.record import load_once
    return load_once(DATA_DIR)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


@pytest.fixture(scope="module")
def record():
    return load()


def new_tab(browser, watched: bool = False):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    if watched:
        watch(context)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


@pytest.fixture(scope="module")
def reader(browser):
    """The tab that searches."""
    page = new_tab(browser, watched=True)
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def lander(browser):
    """The tab that opens the results (a window of its own: a tab behind
    another gets its timers slowed)."""
    page = new_tab(browser)
    yield page
    page.context.close()


def go_on(reader, base_url) -> None:
    """Stay on the page the search box is on; start from home otherwise."""
    if not reader.url.startswith(base_url):
        reader.goto(base_url)
    if not reader.locator("input.md-search__input:focus").count():
        open_search(reader)


def click_and_land(reader, link) -> None:
    with reader.expect_navigation(wait_until="load"):
        link.click()


@pytest.mark.parametrize("query,target", QUERIES, ids=[q for q, _ in QUERIES])
def test_query_lands_on_its_section(reader, lander, base_url, query, target):
    go_on(reader, base_url)
    groups = search(reader, query)
    position = rank(groups, target, base_url)
    assert position is not None and position <= 3, (
        f"{query!r}: {target} is at {position}; top results: {[target_of(g[0], base_url) for g in groups[:3]]}")
    # A quoted phrase opens first where the communiqué's own text holds it,
    # before the edition's pages that quote or mention it; a source's name
    # first the meeting whose page cites it.
    if KIND_OF[query] in FIRST_KINDS:
        assert position == 1, f"{query!r}: {target} is at {position}, after {target_of(groups[0][0], base_url)}"
    # Every section a result lists (under its page, or among "N more on this
    # page") shows the words it matched: none is listed for its page's sake.
    unmatched = reader.eval_on_selector_all(
        ".md-search-result__item a[href*='#']",
        "links => links.filter(a => !a.querySelector('mark')).map(a => a.href)")
    assert not unmatched, f"{query!r}: sections listed that do not match: {unmatched}"
    if query in QUOTED_QUERIES:
        # Every result that shows its text holds the phrase, word for word.
        shown = reader.eval_on_selector_all(".md-search-result__item a[href]", SHOWN)
        lacking = [href for href, text in shown if not holds(text, phrase_of(query))]
        assert not lacking, f"{query!r}: results without the phrase: {lacking}"
    href = next(h for h in groups[position - 1] if target_of(h, base_url) == target)
    # Found by words that are not the text's: the result says so.
    note, shown = reader.eval_on_selector_all(".md-search-result__item a[href]", NOTE_OF, href)
    if KIND_OF[query] in ("Spanish words", "Mexico's wording") and not_shown(query, shown):
        assert note and "not the" in note, f"{query!r}: the result for {target} does not say what found it: {note!r}"
    lander.goto(href, wait_until="domcontentloaded")
    assert target_of(lander.url, base_url) == target
    # It opens at the section, and the words the result matched are
    # highlighted wherever the page shows them, accents or not (a word found
    # only among a page's search tags has nothing to mark).
    anchor = target.partition("#")[2]
    terms = parse_qs(urlsplit(href).query).get("h", [""])[0].split()
    unmarked = lander.wait_for_function(LANDED, arg=[anchor, terms], timeout=5000).json_value()
    assert not unmarked["terms"], f"{query!r}: {unmarked['terms']} shown on {target} but not highlighted"
    # and the page it opens says so too, at the section, in the edition's words.
    landed = lander.eval_on_selector_all("article .search-found-by", "els => els.map(e => e.textContent)")
    if note:
        assert len(landed) == 1 and "not by the" in landed[0], f"{query!r}: {target} opened with {landed}"
    else:
        assert not landed, f"{query!r}: {target} says it was found by words not the text's: {landed}"
    assert not reader.errors + lander.errors, reader.errors + lander.errors


def test_a_result_opens_by_click_even_among_more_on_this_page(reader, base_url):
    """A section listed among "N more on this page" opens when clicked."""
    go_on(reader, base_url)
    for query, _ in QUERIES:
        search(reader, query)
        more = reader.locator(".md-search-result__item details.md-search-result__more")
        if more.count():
            break
    else:
        pytest.fail("no query of the table lists sections under 'more on this page'")
    group = more.first
    group.locator("summary").click()
    link = group.locator("a[href]").first
    href = link.evaluate("a => a.href")
    click_and_land(reader, link)
    assert target_of(reader.url, base_url) == target_of(href, base_url)
    assert not reader.errors, reader.errors


def test_enter_opens_the_first_result(reader, base_url, record):
    """Enter in the box opens the first result, as on a stock Material site
    (our no-results hint once broke it), and the page keeps no script error."""
    person = next(p for p in record.people.values() if fold(p.name) != p.name.lower())
    query = fold(person.name)
    reader.goto(base_url)
    reader.errors.clear()
    open_search(reader)
    groups = search(reader, query, key_by_key=True)
    assert target_of(groups[0][0], base_url) == f"participants/{person.id}/"
    with reader.expect_navigation(wait_until="load"):
        reader.keyboard.press("Enter")
    assert target_of(reader.url, base_url) == f"participants/{person.id}/"
    assert reader.locator("article h1").inner_text().startswith(person.name)
    assert not reader.errors, reader.errors


def test_no_match_says_so_and_points_somewhere(reader, base_url):
    reader.goto(base_url)
    open_search(reader)
    assert search(reader, "xylophone") == []
    help = reader.locator(".md-search .search-no-results")
    assert help.is_visible()
    assert not reader.locator(".md-search-result__list .search-no-results").count(), "the hint must stay out of Material's list"
    links = {a.inner_text(): a.evaluate("a => a.href") for a in help.locator("a").all()}
    assert links == {"the agenda items": base_url + "commitments/", "the full text": base_url + "text/"}
    # They look like links: underlined, in the colour of the site's links, not the hint's.
    for a in help.locator("a").all():
        style = a.evaluate("a => { const s = getComputedStyle(a), p = getComputedStyle(a.parentElement);"
                           " return [s.textDecorationLine, s.color, p.color] }")
        assert "underline" in style[0] and style[1] != style[2], style
    search(reader, "Barcena")
    assert not help.is_visible()


def test_a_body_s_names_reach_the_person_who_heads_it(reader, base_url, record):
    """The acronym, the official Spanish name and the names a Mexican reader
    uses (la Cancillería, Marina, …) find the person who heads the body
    first: the one whose title is how the communiqué names it."""
    heads = [(o, p) for o in record.organisations.values() for p in record.people.values()
             if p.organisation == o.id and p.title in o.in_text]
    assert heads
    go_on(reader, base_url)
    for o, p in heads:
        names = [o.acronym, o.name_es, *(a.name for a in o.also_called)]
        for name in filter(None, names):
            groups = search(reader, name)
            assert groups and target_of(groups[0][0], base_url) == f"participants/{p.id}/", (
                f"{name!r}: first is {groups and target_of(groups[0][0], base_url)}, not {p.name}")


def test_an_agenda_item_s_result_shows_its_quote(reader, base_url, record):
    go_on(reader, base_url)
    for c in record.commitments.values():
        search(reader, c.title)
        teaser = reader.eval_on_selector_all(
            ".md-search-result__item", """(items, address) => {
              const item = items.find(li => new URL(li.querySelector('a').href).pathname.endsWith(address));
              return item ? item.querySelector('article').innerText : null }""", f"commitments/{c.id}/")
        assert teaser is not None, c.title
        quote = " ".join(c.quotes[0].split())
        assert " ".join(quote.split()[:6]) in " ".join(teaser.split()), f"{c.id}: the teaser is {teaser!r}"


def test_search_loads_when_first_opened(browser, base_url):
    """A page's first load asks for neither the index nor Material's search
    engine; opening search brings both, and it answers."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(base_url + "text/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in asked if INDEX.search(u) or ENGINE.search(u)], asked
    open_search(page)
    assert search(page, "Barcena")
    assert [u for u in asked if INDEX.search(u)] and [u for u in asked if ENGINE.search(u)], asked
    context.close()


def test_a_shared_search_link_opens_its_results(reader, base_url):
    reader.goto(base_url + "?q=Cardenas")
    results(reader, "Cardenas")
    first = reader.locator(".md-search-result__item a").first.evaluate("a => a.href")
    assert target_of(first, base_url) == "participants/armando-lopez-cardenas/"


def test_folding_leaves_what_readers_see_unchanged(reader, base_url, pages):
    reader.goto(base_url)
    open_search(reader)
    search(reader, "Rodriguez")
    result = reader.locator(".md-search-result__item").first
    assert "Rodríguez" in result.inner_text()
    click_and_land(reader, result.locator("a").first)
    assert reader.locator("article h1").inner_text().startswith("Rosa Icela Rodríguez")
    assert reader.locator("article mark[data-md-highlight]").first.inner_text() == "Rodríguez"
    # and the built pages keep every accent
    assert "Rosa Icela Rodríguez" in text_of(article(pages["participants/rosa-icela-rodriguez/index.html"]))


def test_search_works_in_the_offline_edition(reader, offline_site):
    reader.goto((offline_site / "index.html").as_uri())
    open_search(reader)
    groups = search(reader, "Barcena")
    assert groups and groups[0][0].endswith("participants/alicia-barcena-ibarra.html?h=barcena")
    click_and_land(reader, reader.locator(".md-search-result__item a").first)
    assert reader.url.startswith((offline_site / "participants" / "alicia-barcena-ibarra.html").as_uri())
    assert reader.locator("article h1").inner_text().startswith("Alicia Bárcena Ibarra")
    assert reader.locator("article mark[data-md-highlight]").count()


def test_the_offline_zip_works_from_file(reader, offline_zip, tmp_path):
    """scripts/offline's zip, as a reader would use it: unpacked anywhere,
    opened from file://, searched."""
    import zipfile

    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(tmp_path)
    home = tmp_path / "offline" / "index.html"
    reader.goto(home.as_uri())
    open_search(reader)
    groups = search(reader, "DACA")
    assert groups and "commitments/regularization-daca.html" in groups[0][0]


# ------------------------------------------------ the worker hook, loudly

MATERIAL_WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"


def folding_hook():
    spec = importlib.util.spec_from_file_location("search_folding", ROOT / "hooks" / "search_folding.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def site_with_workers(tmp_path, workers: dict[str, str]):
    folder = tmp_path / "assets" / "javascripts" / "workers"
    folder.mkdir(parents=True)
    for name, code in workers.items():
        (folder / name).write_text(code, "utf-8")
    return types.SimpleNamespace(site_dir=str(tmp_path)), folder


def test_the_built_engine_is_material_s_worker_strict_and_the_page_s_worker_is_small(site):
    (original,) = MATERIAL_WORKERS.glob("search.*.min.js")
    workers = site / "assets" / "javascripts" / "workers"
    (engine,) = workers.glob("search.*.engine.js")
    code = engine.read_text("utf-8")
    assert code.startswith('"use strict";')
    material_code = original.read_text("utf-8").removeprefix('"use strict";').split("\n//# sourceMappingURL")[0]
    assert material_code in code
    assert (workers / original.name).stat().st_size < 2048


@pytest.mark.parametrize("workers", [
    {},
    {"search.aaaa.min.js": "OURS", "search.bbbb.min.js": "OURS"},
    {"search.aaaa.min.js": '"use strict";(()=>{addEventListener("message",e=>postMessage(e.data))})();'},
], ids=["none", "two", "unknown code"])
def test_the_worker_hook_stops_the_build_rather_than_do_nothing(tmp_path, workers):
    material_code = next(MATERIAL_WORKERS.glob("search.*.min.js")).read_text("utf-8")
    workers = {name: material_code if code == "OURS" else code for name, code in workers.items()}
    config, folder = site_with_workers(tmp_path, workers)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(PluginError, match="search_folding"):
        folding_hook().on_post_build(config=config)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_the_worker_hook_takes_material_s_worker_once(tmp_path):
    (original,) = MATERIAL_WORKERS.glob("search.*.min.js")
    config, folder = site_with_workers(tmp_path, {})
    shutil.copy(original, folder / original.name)
    hook = folding_hook()
    hook.on_post_build(config=config)
    engine = folder / hook.engine_name(original)
    done = {p.name: p.read_bytes() for p in folder.iterdir()}
    hook.on_post_build(config=config)  # a rebuild that finds its own work (mkdocs serve --dirty)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == done
    assert engine.read_text("utf-8").startswith('"use strict";')


# ------------------------------------------------ what results show

def test_a_person_s_result_shows_their_title_and_side(reader, base_url, record):
    """Searched by name, a person's result reads as who they are: the title
    the communiqué gives (or the role the source that lists them prints),
    and the side of the table; not the page's labels."""
    go_on(reader, base_url)
    for p in record.people.values():
        search(reader, p.name)
        teaser = reader.eval_on_selector_all(
            ".md-search-result__item", """(items, address) => {
              const item = items.find(li => new URL(li.querySelector('a').href).pathname.endsWith(address));
              return item ? item.querySelector('article').innerText : null }""", f"participants/{p.id}/")
        assert teaser is not None, p.name
        title = p.title or next(a.role_printed for m in record.meetings.values() for a in m.reported_attendees if a.person == p.id)
        assert title in teaser and SIDES[p.side] in teaser, f"{p.id}: {teaser!r}"
        assert "prints it" not in teaser, f"{p.id}: {teaser!r}"


def test_spanish_words_are_checked(tmp_path):
    """data/search_es.yaml refuses a term the glossary lacks, and a value of
    the wrong kind, naming the file, the entry and the field."""
    record = load_record()
    for text, entry, field in [("glossary:\n  Nope: [algo]\n", "Nope", "glossary"),
                               ("glossary:\n  DACA: [<b>]\n", "DACA", "glossary.DACA.0"),
                               ("text: frontera\n", "text", "text")]:
        (tmp_path / "search_es.yaml").write_text(text, "utf-8")
        with pytest.raises(RecordError) as error:
            search_terms.spanish_words(record, tmp_path)
        assert (error.value.file, error.value.entry, error.value.field) == ("data/search_es.yaml", entry, field), str(error.value)


def test_each_title_and_glossary_term_in_spanish_finds_its_entry(reader, base_url):
    """Each person's title and each glossary term, in the edition's Spanish
    search words, reaches its entry in the top 3, and the result says it was
    found by the edition's Spanish words (the browser table opens a sample
    of such results; these are only searched)."""
    go_on(reader, base_url)
    for query, target in SPANISH_TITLES:
        groups = search(reader, query)
        position = rank(groups, target, base_url)
        assert position is not None and position <= 3, (
            f"{query!r}: {target} is at {position}; top results: {[target_of(g[0], base_url) for g in groups[:3]]}")
        href = next(h for h in groups[position - 1] if target_of(h, base_url) == target)
        note, shown = reader.eval_on_selector_all(".md-search-result__item a[href]", NOTE_OF, href)
        if not_shown(query, shown):
            assert note and "Spanish" in note, f"{query!r}: the result for {target} does not say what found it: {note!r}"
