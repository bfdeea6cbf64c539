"""The Register: every statement of the edition derived from the record,
by kind of subject (the communiqué, each page, agenda item, person,
meeting, body and glossary term), with lookups by subject."""
from __future__ import annotations

import re

from edition import addresses as A
from edition.addresses import page_of
from edition.changes import PAGE as CHANGES_PAGE
from edition.index import Tie, index_of
from edition.record import Commitment, Meeting, Person, Record, once_per_record
from edition.record.kinds import KINDS, label
from edition.register.reading import _where, attribution, carried_text, delegation_sentence, part_sentence, sentence_at
from edition.register.said import CONVENTION_TEXT, CONVENTIONS, PAGE, Basis, Said
from edition.vocabulary import DELEGATIONS, PARTS, TIE_BASES, VERB_KINDS, in_sentence

COMMUNIQUE = "the Mexico–U.S. Joint Communiqué on migration of 28 December 2023"


def _and(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def date_text(d) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


class Register:
    """Every statement of the edition, in order, with lookups by subject."""

    def __init__(self, record: Record):
        self.record = record
        self.statements: list[Said] = []
        self._by: dict[tuple[str, str], list[Said]] = {}
        self.attributions = {c.id: attribution(record, c) for c in record.commitments.values()}
        self._derive()

    # ------------------------------------------------------------ lookups

    def add(self, subject: str, what: str, text: str, basis: Basis, ref: str) -> Said:
        n = len(self._by.get((subject, what), []))
        said = Said(f"{subject.removesuffix('.md')}/{what}" + (f"/{n + 1}" if n else ""),
                    subject, what, " ".join(text.split()), basis, ref)
        self.statements.append(said)
        self._by.setdefault((subject, what), []).append(said)
        return said

    def all(self, subject: str, what: str) -> list[Said]:
        return self._by.get((subject, what), [])

    def one(self, subject: str, what: str) -> Said:
        found = self.all(subject, what)
        if len(found) != 1:
            raise KeyError(f"{subject}: {what}: {len(found)} statements")
        return found[0]

    def text(self, subject: str, what: str) -> str:
        return self.one(subject, what).text

    def description(self, src: str) -> str:
        return self.text(src, "description")

    def tie_basis(self, t: Tie) -> str:
        """Why a person is tied to an item, in words, with the edition's
        readings it rests on marked: “He” read as them, or their delegation."""
        said = TIE_BASES[t.basis]
        at = self.attributions[t.commitment.id]
        if t.basis == "said" and at.antecedent:
            said += f"; {at.resolved()}"
        if t.basis == "delegation" and self.inferred_delegation(t.person):
            said += "; counted with it (inferred)"
        return said

    def inferred_delegation(self, p: Person) -> bool:
        """Whether the delegation a person is counted with at Mexico City is
        the edition's reading (the convention "host"), not the text's."""
        found = self.all(page_of(p), "delegation")
        return bool(found) and found[0].basis == "convention"

    # ---------------------------------------------------------- deriving

    def _derive(self) -> None:
        r = self.record
        pub = r.context["publication"]
        self.add("communique", "publisher", pub["publisher"].split(" (")[0], "source", self.release_copy())
        self.add("communique", "authors", "Mexico and the United States, jointly (the title: “Mexico-U.S. Joint Communique”)",
                 "text", "title")
        self.add("communique", "published", pub["date"].isoformat(), "source", self.release_copy())
        self._pages()
        for c in r.commitments.values():
            self._commitment(c)
        # Every phrase the full text shows beside Mexico's wording, on its
        # paragraph (an item shows only those of its quotes).
        release = pub.get("mexican_release") or {}
        for v in release.get("variants", []):
            para = r.communique.paragraph(v["paragraph"])
            self.add(f"{A.TEXT}#{para.eid}", "mexican-release",
                     f"“{v['white_house']}”: Mexico's English release has “{v['sre_en']}”", "source", release["url"])
        for p in r.people.values():
            self._person(p)
        for m in r.meetings.values():
            self._meeting(m)
        for o in r.organisations.values():
            for other in o.also_called:
                definition = r.glossary.get(o.acronym, "") if o.acronym else ""
                sourced = f"“{other.name}”" in definition or f'"{other.name}"' in definition
                self.add(f"{A.ORGANISATIONS}#{o.id}", "also-called" if sourced else "search-word", other.name,
                         "convention", CONVENTIONS)  # as the glossary entry it comes from
        for term, definition in r.glossary.items():
            sources = r.glossary_sources(term)
            self.add(f"{A.GLOSSARY}#{A.glossary_id(term)}", "definition", self.definition(term), "source" if sources else "convention",
                     sources[0]["url"] if sources else CONVENTIONS)
        self._undescribed_kinds()

    def _undescribed_kinds(self) -> None:
        """A kind of entry this register gives no descriptions of (a new row
        of edition/record/kinds.py's KINDS): its list page and its entries'
        pages described by what they are, and no more."""
        for kind in KINDS:
            if not self.all(kind.index, "description"):
                self.add(kind.index, "description", f"Every {kind.word} in this web edition of {COMMUNIQUE}.",
                         "convention", CONVENTIONS)
            for e in self.record.entries_of(kind).values() if kind.folder else ():
                if not self.all(page_of(e), "description"):
                    self.add(page_of(e), "description", f"{label(e)}: a {kind.word} in this web edition of {COMMUNIQUE}.",
                             "convention", CONVENTIONS)

    def conventions(self) -> dict[str, str]:
        """The conventions, each explained; the one for items whose own
        sentence names no one who does it is made from the record's items."""
        carried = [(c, self.attributions[c.id]) for c in self.record.commitments.values() if self.attributions[c.id].carried]
        out = {}
        for key, text in CONVENTION_TEXT.items():
            out[key] = text
            if key == "kind" and carried:
                owns = list(dict.fromkeys(at.own() for _, at in carried))
                after = list(dict.fromkeys(f"“{at.words}” ({at.where()})" for _, at in carried))
                readings = list(dict.fromkeys(at.reading(c.verb) for c, at in carried))
                out["extends"] = (f"Some agenda items stand in a sentence that names no one who does them: {' and '.join(owns)}. "
                                  f"They are listed after {' and '.join(after)}: reading them as {' or '.join(readings)} "
                                  f"is this edition's, marked inferred, and the verb shown for them is that sentence's.")
        return out

    def attributed_to(self, c: Commitment) -> str:
        """Who did an item, as a label: the person's name, or the text's own
        words for the group ("The delegations"), never a name the text does not use."""
        if c.attributed_to in self.record.people:
            return self.record.people[c.attributed_to].name
        who = self.attributions[c.id].agent()
        return who[:1].upper() + who[1:]

    def definition(self, term: str) -> str:
        """A glossary entry, without a closing "Source: <address>" the
        entry's own list of sources gives already."""
        text = " ".join(self.record.glossary[term].split())
        for s in self.record.glossary_sources(term):
            text = text.replace(f" Source: {s['url']}", "")
        return text

    def _pages(self) -> None:
        r = self.record
        text_terms = [t for t in r.glossary if re.search(rf"(?<!\w){re.escape(t)}(?!\w)",
                                                         " ".join(p.text for p in r.communique.paragraphs))]
        spoken = [in_sentence(m.title) for m in r.meetings.values() if m.says]
        later = len(spoken) < len(r.meetings)
        pages = {
            A.TEXT: (f"The full text of {COMMUNIQUE}, every paragraph and sentence numbered and linkable.", "convention", CONVENTIONS),
            A.COMMITMENTS: (f"Every agenda item of {COMMUNIQUE}: the text's words, its verb, and who did it, where the text says.", "convention", CONVENTIONS),
            A.PARTICIPANTS: (f"The Mexican and U.S. delegations that met in Mexico City, as {COMMUNIQUE} names them, President Biden, who sent the U.S. delegation, and the people a source lists at a later meeting.", "convention", CONVENTIONS),
            A.ORGANISATIONS: (f"The Mexican and U.S. government bodies the titles in {COMMUNIQUE} name, and the people whose titles name them.", "convention", CONVENTIONS),
            A.TIES: (f"Which person this edition ties to which agenda item of {COMMUNIQUE}, and why: attributed to them in the text, named, done by their delegation, or placed at a meeting they attended.", "convention", CONVENTIONS),
            A.MEETINGS: (f"The meetings {COMMUNIQUE} speaks of ({_and(spoken)}){', and later ones a source reports' if later else ''}: "
                         "the communiqué's words for each, and its date from a named source.", "convention", CONVENTIONS),
            A.GLOSSARY: (f"What the acronyms, ranks and names in {COMMUNIQUE} stand for ({', '.join(text_terms)}), and a few more this edition uses, with a source where an entry gives a date or a term of office.", "convention", CONVENTIONS),
            A.DATA: (f"{COMMUNIQUE[:1].upper()}{COMMUNIQUE[1:]} as data (JSON, CSV, Akoma Ntoso), and how to cite it, its paragraphs and its agenda items.", "convention", CONVENTIONS),
            A.HOME: (f"{COMMUNIQUE[:1].upper()}{COMMUNIQUE[1:]}: its {len(r.commitments)} agenda items, "
                     f"who met whom in Mexico City, the full text, and the data to download and cite.", "convention", CONVENTIONS),
            CHANGES_PAGE: ("Every change to the web edition of the Mexico–U.S. Joint Communiqué of 28 December 2023 that a reader may notice: what changed, when, why and on which pages.", "convention", CONVENTIONS),
            A.SOURCES: (f"Every source of a fact in this web edition of {COMMUNIQUE}: what each is, its address as issued and its archived copy where there is one, and the pages that cite it.", "convention", CONVENTIONS),
            PAGE: ("Every statement this web edition adds to the Mexico–U.S. Joint Communiqué of 28 December 2023, each with its basis: a sentence of the text, a named source, or a convention explained here.", "convention", CONVENTIONS),
        }
        for src, (text, basis, ref) in pages.items():
            self.add(src, "description", text, basis, ref)

    def _commitment(self, c: Commitment) -> None:
        r, src = self.record, page_of(c)
        at = self.attributions[c.id]
        self.add(src, "title", c.title, "convention", CONVENTIONS)
        kind = VERB_KINDS[c.verb]
        self.add(src, "kind", kind, "convention", CONVENTIONS)
        if at.carried:
            said = carried_text(at, c.verb)
            self.add(src, "agent", said[:1].upper() + said[1:] + ".", "convention", CONVENTIONS)
        else:
            said = f"“{at.words}” ({at.where()})" + (f"; {at.resolved()}" if at.antecedent else "")
            self.add(src, "agent", said, "text", at.words_sentence)
        meeting = r.meeting_of(c)
        self.add(src, "meeting", f"Placed at {in_sentence(meeting.title)}", "convention", CONVENTIONS)
        for f in index_of(r).followed_up.get(c.id, []):
            self.add(src, "followed-up", f"At {in_sentence(f.meeting.title)}: {' '.join(f.topic.said.split())}", "source", f.topic.source)
        # Mexico's release's phrases are listed once, on the text's paragraphs (_derive).
        # The title is the edition's; the communiqué's words follow, quoted as printed.
        quoted = " … ".join(f"“{' '.join(q.split())}”" for q in c.quotes)
        self.add(src, "description", f"Agenda item {_where(at.sentence)} of {COMMUNIQUE}, in this edition's words: {c.title}. "
                                     f"Its kind, this edition's ({kind}), and the people it ties to it. The communiqué: {quoted}",
                 "text", at.sentence)

    def variants_of(self, c: Commitment) -> list[dict]:
        """The phrases of Mexico's release that word a passage of the item's quotes differently."""
        release = self.record.context["publication"].get("mexican_release") or {}
        quotes = [" ".join(q.split()) for q in c.quotes]
        return [v for v in release.get("variants", [])
                if v["paragraph"] == c.paragraph and any(v["white_house"] in q for q in quotes)]

    def _person(self, p: Person) -> None:
        r, src = self.record, page_of(p)
        index = index_of(r)
        prefix = f"{p.rank} {p.name}" if p.rank else p.name
        if p.in_communique:
            parts = []
            for part in p.part:
                self.add(src, "part", PARTS[part], "text", part_sentence(r, p, part))
                parts.append(PARTS[part])
            if p.delegation != "none":
                said = f"{DELEGATIONS[p.delegation]} at {in_sentence(r.reported_meeting.title)}"
                if "received" in p.part:  # the host: counted with his delegation (convention "host"), marked so
                    self.add(src, "delegation", f"{said} (inferred)", "convention", CONVENTIONS)
                else:
                    self.add(src, "delegation", said, "text", part_sentence(r, p, "led") if "led" in p.part else
                             delegation_sentence(r, p) or (part_sentence(r, p, p.part[0]) if p.part else "para_1__sent_1"))
            for t in index.ties_of_person.get(p.id, []):
                self.add(src, "tie", f"{t.commitment.title}: {self.tie_basis(t)}",
                         "convention" if t.basis == "attended" else "text",
                         CONVENTIONS if t.basis == "attended" else self.attributions[t.commitment.id].sentence)
            role = f", {p.title}" if p.title else ""
            said = f"{prefix}{role}, in {COMMUNIQUE}: " + ("; ".join(parts) if parts else "named in it") + "."
            self.add(src, "description", said, "convention", CONVENTIONS)  # a summary of the statements above, each with its sentence
        else:
            listed = index.attendance.get(p.id, [])
            a = listed[0]
            said = (f"{prefix}, {a.role_printed}, as a source lists them at {in_sentence(a.meeting.title)} "
                    f"({date_text(a.meeting.date)}); not named in the communiqué.")
            self.add(src, "description", said, "source", a.source)

    def _meeting(self, m: Meeting) -> None:
        r, src = self.record, page_of(m)
        fact = r.context_fact(m.context)
        if m.context == "publication":
            # One statement, one basis: the release's date (its address), of
            # which "yesterday" in ¶1.1 makes the day before.
            first = r.communique.paragraph(m.paragraph or 1)
            said = date_text(m.date)
            if "yesterday" in first.text:
                said += f": the day before the release's date (“yesterday”, {_where(first.sentence_eid(sentence_at(first, 'yesterday')))})"
            from edition.export import date_basis  # every output that dates a meeting takes its sources from there

            others = [s["url"] for s in date_basis(r, m.context)[1] if s["url"] not in (r.context["publication"]["url"], self.release_copy())]
            if others:
                said += "; " + ", ".join(self.source_title(u) for u in others) + " also dates it"
            self.add(src, "date", said, "source", self.release_copy())
        else:
            self.add(src, "date", date_text(m.date), "source", fact["sources"][0]["url"])
        self.add(src, "title", m.title, "convention", CONVENTIONS)
        says = "what the communiqué says of it, " if m.says else ""
        placed = index_of(r).attendance_at.get(m.id, [])
        who = "who took part" if any(a.basis == "communique" for a in placed) else "who a source lists there" if placed else ""
        parts = [p for p in (says.removesuffix(", "), who) if p] + ["what public sources add"]
        # A summary of the statements above, each with its own basis.
        self.add(src, "description", f"{m.title}, {date_text(m.date)}: {_and(parts)}.", "convention", CONVENTIONS)

    def release_copy(self) -> str:
        """The release's address a reader can open today: the National
        Archives' copy where the context gives one (whitehouse.gov no longer
        serves the release), else the address as issued."""
        context = self.record.context
        return ((context.get("archives") or {}).get("publication") or {}).get("archived") or context["publication"]["url"]

    # ------------------------------------------------------------ export

    def source_title(self, url: str) -> str:
        """A source's title: the context's, or for the release's archived
        copy and Mexico's release, what the context says they are."""
        pub = self.record.context["publication"]
        release = pub.get("mexican_release") or {}
        copy = (self.record.context.get("archives") or {}).get("publication") or {}
        if url == copy.get("archived"):
            return f"{pub['publisher'].split(' (')[0]}: the communiqué, the National Archives' copy"
        if url == release.get("url"):
            return f"{release['publisher']}: {release['title_en']}"
        return self.record.sources.get(url, url)

    def by_kind(self) -> list[tuple[str, list[Said]]]:
        """The statements grouped by their kind (`what`), in order."""
        groups: dict[str, list[Said]] = {}
        for s in self.statements:
            groups.setdefault(s.what, []).append(s)
        return list(groups.items())

    def rows(self) -> list[dict]:
        return [s.row() for s in self.statements]


# The register of a record, derived once per loaded record.
register_of = once_per_record(Register)
