"""Issue 20's reading figures, from the built pages (edition_tools.figures,
which scripts/benchmark_reading.py prints): little boilerplate on any page,
and the convention, not repeated hedges, saying what is whose."""
from built_html import article, resolve, text_of
from edition_tools import figures


def test_no_page_is_mostly_words_other_pages_repeat(pages):
    fig = figures.measure(pages)
    assert len(fig.repeated) > len(pages) // 2, "the figure read too few pages"
    over = {p: f"{share:.0%}" for p, share in fig.repeated.items() if share > figures.MAX_REPEATED}
    assert not over, f"pages whose own words stand in {figures.RUN}-word runs on {figures.RUN_PAGES}+ pages: {over}"


def test_no_page_hedges_its_prose(pages):
    """Hedge phrases per 100 words of a page's own prose, the method and
    sources pages aside (they explain the conventions)."""
    fig = figures.measure(pages)
    assert set(figures.EXPLAINING) <= set(pages) and not set(figures.EXPLAINING) & set(fig.hedges)
    over = {p: f"{rate:.2f}" for p, rate in fig.hedges.items() if rate > figures.MAX_HEDGES}
    assert not over, f"hedge phrases per 100 words over {figures.MAX_HEDGES}: {over}"


def test_the_figures_count_hedges_and_repeated_runs():
    """The measure itself, on made-up pages: a hedge is counted, the
    communiqué's words are not prose, and a sentence put on five pages is
    found on each."""
    page = ('<article class="md-content__inner"><p>This edition ties them, the edition\'s inference.</p>'
            '<blockquote class="text-quote">The two countries reaffirmed their commitments.</blockquote></article>')
    read = figures.read_page("x.html", page)
    assert read.text_words == 6 and len(figures.HEDGES.findall(read.prose)) == 4
    sentence = "<p>Every word of this sentence is the same on each of the five pages it is on.</p>"
    fake = {f"p{i}.html": f'<article class="md-content__inner"><p>Page {i} alone.</p>{sentence}</article>'
            for i in range(figures.RUN_PAGES)}
    fake["other.html"] = '<article class="md-content__inner"><p>Nothing like the others at all, here or anywhere.</p></article>'
    fig = figures.measure(fake)
    assert all(fig.repeated[p] > 0.7 for p in fake if p != "other.html") and fig.repeated["other.html"] == 0


def test_the_communiques_words_are_set_apart_and_exact(pages):
    """Every run set in the text's style (the figures leave them out) is the communiqué's own words."""
    full = text_of(article(pages["text/index.html"]).select_one(".communique"))
    checked = 0
    for page, html in pages.items():
        for q in article(html).select(".text-quote"):
            words = text_of(q).removesuffix(" …").removesuffix("…").strip()
            assert words in full, f"{page}: “{words[:60]}” is set as the communiqué's words"
            checked += 1
    assert checked > len(pages)


def test_every_mark_leads_to_the_method_page(pages):
    method = article(pages["method/index.html"])
    for page, html in pages.items():
        for a in article(html).select("a.inferred-mark, a.edition-label, a.source-note"):
            target = resolve(page, a["href"])
            if "edition-label" in a["class"]:
                assert target[0] == "method/index.html" and method.select_one(f"#{target[1]}"), (page, a["href"])
            elif "inferred-mark" in a["class"]:
                assert target == ("method/index.html", "inferred"), (page, a["href"])
                assert method.select_one("#inferred")
            else:
                assert target[0] == "sources/index.html", (page, a["href"])
                assert article(pages[target[0]]).select_one(f"#{target[1]}"), (page, a["href"])
