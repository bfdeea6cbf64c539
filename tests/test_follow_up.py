"""The follow-up meetings: who a source lists there, what it reports was
discussed, which commitments the edition reads it as taking up (issue 11).
Expectations are read from data/meetings.yaml and data/people.yaml."""
import pytest
import yaml

from built_html import article, cited_sources, resolve, text_of
from conftest import ROOT


def read(name):
    return yaml.safe_load((ROOT / "data" / name).read_text("utf-8"))


@pytest.fixture(scope="module")
def meetings():
    return read("meetings.yaml")


@pytest.fixture(scope="module")
def people():
    return {p["id"]: p for p in read("people.yaml")}


@pytest.fixture(scope="module")
def sources() -> set[str]:
    """Every source address the context file gives (each `url`, at any depth)."""
    def urls(node):
        if isinstance(node, dict):
            yield from ([node["url"]] if isinstance(node.get("url"), str) else [])
            for value in node.values():
                yield from urls(value)
        elif isinstance(node, list):
            for value in node:
                yield from urls(value)
    return set(urls(read("context.yaml")))


def targets(page, element):
    return {t[0] for a in element.select("a[href]") if (t := resolve(page, a["href"]))}


def by_id(ident, meetings):
    return next(m for m in meetings if m["id"] == ident)


def meeting_page(m):
    return f"meetings/{m['id']}/index.html"


def test_every_listed_attendee_has_an_entry_linked_both_ways(pages, meetings, people):
    listed = [(m, a) for m in meetings for a in m.get("reported_attendees", [])]
    assert listed, "the record lists no follow-up attendee"
    for m, a in listed:
        page = meeting_page(m)
        entry = f"participants/{a['person']}/index.html"
        body = article(pages[page])
        assert entry in targets(page, body), f"{page} does not link {a['printed']}"
        assert a["printed"] in text_of(body), f"{page} does not print '{a['printed']}'"
        back = article(pages[entry])
        assert page in targets(entry, back.select_one("#meetings").parent), f"{entry} does not link back to {page}"
        assert a["printed"] in text_of(back), f"{entry} does not give the form '{a['printed']}'"


def test_people_the_communique_does_not_name_are_marked_so(pages, people):
    for pid, p in people.items():
        if not p.get("printed"):
            assert "Not named in the communiqué" in text_of(article(pages[f"participants/{pid}/index.html"]))


def test_every_statement_names_a_source_from_the_context_file(pages, meetings, sources):
    """Each statement from a source is a line of the page's context part
    (marked once as context), and that line itself cites its source."""
    for m in meetings:
        statements = m.get("topics", []) + ([m["purpose"]] if m.get("purpose") else [])
        if not statements:
            continue
        body = article(pages[meeting_page(m)])
        for part in body.select(".context"):
            for a in part.select("a[href^='https://']"):
                assert a["href"] in sources, f"{m['id']}: {a['href']} is not a source in data/context.yaml"
        for s in statements:
            said = " ".join(s["said"].split())
            line = next((el for el in body.select(".context li, .context p") if said in text_of(el)), None)
            assert line is not None, f"{m['id']}: '{said[:40]}…' is not in the page's context part"
            assert s["source"] in cited_sources(pages, meeting_page(m), line), f"{m['id']}: '{said[:40]}…'"


def test_a_meetings_context_is_marked_once_not_boxed_line_by_line(pages, meetings):
    """Issue 20: what sources say of a meeting is one part of its page under
    one context mark (leading to the method page), not a box a statement;
    the share of the page's words in boxes is measured on the built page."""
    from edition_tools import figures
    for m in meetings:
        page = meeting_page(m)
        body = article(pages[page])
        parts = body.select(".context-section")
        assert len(parts) == 1, f"{page}: {len(parts)} context parts"
        marks = body.select(".context-mark")
        assert len(marks) == 1 and parts[0] in marks[0].parents, f"{page}: {len(marks)} context marks"
        lead = marks[0].parent
        assert ("method/index.html", "context") in {resolve(page, a["href"]) for a in lead.select("a[href]")}, page
        # every source the part cites is cited on a line of it, a short note to the sources page
        assert parts[0].select("a.source-note"), page
        boxed = figures.boxed_share(pages[page])
        assert boxed <= figures.MAX_BOXED, f"{page}: {boxed:.0%} of its words in boxes"
    follow_up = next(m for m in meetings if m.get("reported_attendees"))
    listed = {" ".join(filter(None, [a.get("rank_printed"), a["printed"]])) for a in follow_up["reported_attendees"]}
    lines = [text_of(li) for li in article(pages[meeting_page(follow_up)]).select(".context-section #listed ~ ul li")]
    assert {n for n in listed if any(line.startswith(n + ",") for line in lines)} == listed, "one line a person"


def test_nothing_on_a_meeting_page_reads_as_the_communiques_text(pages, meetings):
    text = text_of(article(pages["text/index.html"]).select_one(".communique"))
    for m in meetings:
        body = article(pages[meeting_page(m)])
        for quote in body.select("blockquote, q"):
            assert text_of(quote) in text, f"{m['id']}: “{text_of(quote)[:50]}” is presented as the text"
        for s in m.get("topics", []):
            assert " ".join(s["said"].split()) not in text


def test_who_the_source_does_not_list_is_said_plainly(pages, meetings, people):
    """Those the communiqué puts at the meeting that agreed to hold a
    follow-up, less those its source lists, are named as not listed."""
    delegates = {pid for pid, p in people.items() if p.get("delegation", "none") != "none"}
    commitments = read("commitments.yaml")
    by_id = {m["id"]: m for m in meetings}
    reported = next(m for m in meetings if m.get("reported"))
    for m in meetings:
        listed = {a["person"] for a in m.get("reported_attendees", [])}
        agreed_at = [by_id.get(c.get("meeting"), reported) for c in commitments if m["id"] in c.get("announces", [])]
        if not listed or not agreed_at:
            continue
        there = set()
        for a in agreed_at:
            there |= delegates if a.get("attendees") == "delegations" else set(a.get("attendees", []))
        page = meeting_page(m)
        body = article(pages[page])
        line = next(p for p in body.select("p") if "does not name these people" in text_of(p))
        named = {t.split("/")[1] for t in targets(page, line) if t.startswith("participants/")}
        assert named == there - listed
        assert "absent" not in text_of(body).lower()


def test_each_item_shows_what_later_meetings_took_up(pages, meetings):
    commitments = read("commitments.yaml")
    for c in commitments:
        page = f"commitments/{c['id']}/index.html"
        section = article(pages[page]).select_one("h2#followed-up")
        topics = [(m, t) for m in meetings for t in m.get("topics", []) if c["id"] in t.get("relates_to", [])]
        if not topics:
            assert section is None, f"{page}: a section with nothing in it"
            continue
        words = []
        for el in section.find_next_siblings():
            if el.name == "h2":
                break
            words.append(text_of(el))
        words = " ".join(words)
        for m, t in topics:
            assert " ".join(t["said"].split()) in words, f"{page}: {t['said'][:40]}"
        mark = section.find_next("a", class_="inferred-mark")
        assert mark and resolve(page, mark["href"]) == ("method/index.html", "inferred"), page


def test_the_people_by_meetings_table_matches_the_record(pages, meetings, people):
    page = "participants/index.html"
    heading = article(pages[page]).select_one("#meetings")
    tables = []
    for el in heading.find_next_siblings():
        if el.name == "h2":
            break
        tables += el.select("table")
    delegates = {pid for pid, p in people.items() if p.get("delegation", "none") != "none"}
    by_title = {m["title"]: m for m in meetings}
    cells_seen = set()
    for table in tables:
        header = [text_of(th) for th in table.select("thead th")]
        assert header[0] == "Person", "a screen reader needs the header row"
        for row in table.select("tbody tr"):
            cells = row.select("td")
            pid = resolve(page, cells[0].select_one("a")["href"])[0].split("/")[1]
            for title, cell in zip(header[1:], cells[1:]):
                m = by_title[title]
                said = m.get("attendees", [])
                in_text = pid in (delegates if said == "delegations" else said)
                listed = pid in {a["person"] for a in m.get("reported_attendees", [])}
                expected = " and ".join(w for w, yes in (("Communiqué", in_text), ("Source", listed)) if yes)
                assert text_of(cell) == expected, f"{pid} at {m['id']}"
                cells_seen.add((pid, m["id"]))
    assert {m["id"] for _, m in map(lambda k: (k[0], by_id(k[1], meetings)), cells_seen)} == {m["id"] for m in meetings}
    assert {pid for pid, _ in cells_seen} == set(people), "everyone recorded at a meeting has a row"


def test_each_person_lists_every_meeting_they_are_recorded_at(pages, meetings, people):
    delegates = {pid for pid, p in people.items() if p.get("delegation", "none") != "none"}
    for pid in people:
        page = f"participants/{pid}/index.html"
        section = article(pages[page]).select_one("#meetings").find_next("ul")
        linked = targets(page, section) if section else set()
        for m in meetings:
            said = m.get("attendees", [])
            at = pid in (delegates if said == "delegations" else said) or pid in {a["person"] for a in m.get("reported_attendees", [])}
            assert (meeting_page(m) in linked) == at, f"{pid} and {m['id']}"


def test_a_new_follow_up_is_one_entry_and_no_code(tmp_path):
    """The README's way to add a follow-up meeting (a fact in context.yaml,
    an entry in meetings.yaml, a short entry for a person the communiqué does
    not name) gives its page, its column, its people and its follow-ups.
    The meeting is a test fixture, built in a temporary copy only."""
    import shutil

    from conftest import build_site
    from built_html import soup

    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", "site", ".git", "test-output", "*.egg-info",
                                                                  "node_modules", "build"))
    data = project / "data"
    source = "https://example.org/fixture-readout"
    context = yaml.safe_load((data / "context.yaml").read_text("utf-8"))
    context["events"].append({"id": "fixture-meeting", "what": "A fixture", "date": __import__("datetime").date(2024, 3, 1),
                              "basis": "A fixture for the test suite.", "sources": [{"title": "Fixture readout", "url": source}]})
    (data / "context.yaml").write_text(yaml.safe_dump(context, allow_unicode=True, sort_keys=False), "utf-8")
    people = read("people.yaml") + [{"id": "fixture-person", "name": "Fixture Person", "side": "mexico", "delegation": "none"}]
    (data / "people.yaml").write_text(yaml.safe_dump(people, allow_unicode=True, sort_keys=False), "utf-8")
    meeting = {"id": "fixture-meeting", "title": "A fixture meeting", "kind": "meeting", "context": "events.fixture-meeting",
               "date": __import__("datetime").date(2024, 3, 1),
               "reported_attendees": [
                   {"person": "antony-blinken", "printed": "Tony Blinken", "side": "united-states", "role_printed": "Host", "source": source},
                   {"person": "fixture-person", "printed": "Fixture Person", "side": "mexico", "role_printed": "Guest", "source": source}],
               "topics": [{"said": "A fixture topic on root causes.", "source": source, "relates_to": ["root-causes"]}]}
    meetings = read("meetings.yaml") + [meeting]
    (data / "meetings.yaml").write_text(yaml.safe_dump(meetings, allow_unicode=True, sort_keys=False), "utf-8")

    result = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    page = "meetings/fixture-meeting/index.html"
    html = soup((site / page).read_text("utf-8"))
    assert {"participants/antony-blinken/index.html", "participants/fixture-person/index.html"} <= targets(page, html)
    assert "The communiqué does not speak of this meeting" in text_of(article(str(html)))
    item = article((site / "commitments/root-causes/index.html").read_text("utf-8"))
    assert "A fixture topic on root causes." in text_of(item.select_one("#followed-up").parent)
    person = article((site / "participants/fixture-person/index.html").read_text("utf-8"))
    assert "Not named in the communiqué" in text_of(person)
    table = article((site / "participants/index.html").read_text("utf-8")).select_one("#meetings").find_next("table")
    assert "A fixture meeting" in [text_of(th) for th in table.select("thead th")]
    blinken = article((site / "participants/antony-blinken/index.html").read_text("utf-8"))
    assert "Tony Blinken" in text_of(blinken)


def test_a_listed_name_reads_as_the_source_prints_it_its_rank_apart(pages, meetings, people):
    """The readout prints some names after a rank ("Admiral …"): the meeting's
    page and the person's page read as the readout prints it (the context
    file's `follow_up_readout` list), and only the name is marked Spanish."""
    readout = read("context.yaml")["follow_up_readout"]["attendees"]
    printed = {a["printed"] for side in readout.values() if isinstance(side, list) for a in side}
    forms = [v["readout_form"] for v in read("context.yaml")["surnames"].values() if isinstance(v, dict)]
    assert forms
    listed = [(m, a) for m in meetings for a in m.get("reported_attendees", [])]
    for m, a in listed:
        if people[a["person"]].get("lang") != "es":
            continue
        for page in (meeting_page(m), f"participants/{a['person']}/index.html"):
            body = article(pages[page])
            lines = [text_of(li) for li in body.select("li") if a["printed"] in [text_of(s) for s in li.select('span[lang="es"]')]]
            assert any(f in line for line in lines for f in printed if f.endswith(a["printed"])), (page, lines)
            # The readout's names as names (the context's `surnames`), with no word of another language before them.
            spanish = [text_of(s) for s in body.select('span[lang="es"]')]
            assert not [s for s in spanish for f in forms if s != f and s.endswith(" " + f)], (page, spanish)
