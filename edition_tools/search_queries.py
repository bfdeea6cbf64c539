"""What readers type, and the section each query must reach in the top 3.

A target is a page address, with the section's id after '#' when the
right answer is a section of a page rather than the page itself. The
names of bodies come from data/organisations.yaml; other sources'
spellings of names from the State Department's readout of the Washington
follow-up (data/context.yaml, follow_up_readout). The Spanish queries are
the edition's own Spanish search words (each entry's keywords_es,
data/search_es.yaml), Mexico's wording is its release's
(data/context.yaml, publication.mexican_release.variants), and a quoted
phrase's target is the paragraph of the text that holds it, and a source's
name's the meeting whose page cites it: all read from data/.

KINDS maps each kind of query to its queries; QUERIES is them all, and
KIND_OF says each query's kind (the benchmark's rates are per kind).
"""
from __future__ import annotations

import re
import unicodedata

from edition import addresses, search_terms, sources
from edition.record import DATA_DIR, load_once

TABLE = {
    "names": [
        ("Lopez Obrador", "participants/andres-manuel-lopez-obrador/"),
        ("López Obrador", "participants/andres-manuel-lopez-obrador/"),
        ("AMLO", "participants/andres-manuel-lopez-obrador/"),
        ("Barcena", "participants/alicia-barcena-ibarra/"),
        ("Bárcena Ibarra", "participants/alicia-barcena-ibarra/"),
        ("Alcalde Lujan", "participants/luisa-maria-alcalde-lujan/"),
        ("Luján", "participants/luisa-maria-alcalde-lujan/"),
        ("Rodriguez", "participants/rosa-icela-rodriguez/"),
        ("Velasco Alvarez", "participants/roberto-velasco-alvarez/"),
        ("Lopez Cardenas", "participants/armando-lopez-cardenas/"),
        ("Sandoval", "participants/luis-cresencio-sandoval/"),
        ("Ojeda", "participants/jose-rafael-ojeda/"),
        ("Moctezuma", "participants/esteban-moctezuma-barragan/"),
        ("Felix Medina", "participants/arturo-felix-medina/"),
        ("Celorio", "participants/alejandro-celorio/"),
        ("Blinken", "participants/antony-blinken/"),
        ("Mayorkas", "participants/alejandro-mayorkas/"),
        ("Sherwood-Randall", "participants/elizabeth-sherwood-randall/"),
        ("Sherwood Randall", "participants/elizabeth-sherwood-randall/"),
        ("Salazar", "participants/ken-salazar/"),
        ("Tobin", "participants/katie-tobin/"),
        ("Joe Biden", "participants/joe-biden/"),
    ],
    "titles": [
        ("Secretary of the Navy", "participants/jose-rafael-ojeda/"),
        ("Secretary of Defense", "participants/luis-cresencio-sandoval/"),
        ("ambassador to Mexico", "participants/ken-salazar/"),
        ("Mexican ambassador", "participants/esteban-moctezuma-barragan/"),
        ("Homeland Security Advisor", "participants/elizabeth-sherwood-randall/"),
        ("legal counselor", "participants/alejandro-celorio/"),
    ],
    "acronyms": [
        ("DHS", "participants/organisations/#dhs"),
        ("SRE", "participants/organisations/#sre"),
        ("SEGOB", "participants/organisations/#segob"),
        ("INM", "participants/organisations/#inm"),
        ("NSC", "participants/organisations/#nsc"),
        ("SEDENA", "participants/organisations/#sedena"),
        ("SEMAR", "participants/organisations/#semar"),
        ("SSPC", "participants/organisations/#sspc"),
        ("CHNV", "commitments/chnv-initiative/"),
        ("DACA", "commitments/regularization-daca/"),
        ("Los Angeles Declaration", "glossary/#los-angeles-declaration"),
    ],
    "topics": [
        ("smuggling", "commitments/smuggling-trafficking/"),
        ("trafficking", "commitments/smuggling-trafficking/"),
        ("trade", "commitments/border-trade/"),
        ("border", "commitments/border-trade/"),
        ("legal pathways", "commitments/legal-pathways/"),
        ("root causes", "commitments/root-causes/"),
        ("development programs", "commitments/hemisphere-development/"),
        ("development assistance", "commitments/development-investment/"),
        ("investment", "commitments/development-investment/"),
        ("humanitarian aid", "commitments/development-investment/"),
        ("next meeting", "commitments/next-meeting/"),
        ("Washington", "meetings/washington-follow-up/"),
        ("January 2024", "commitments/next-meeting/"),
        ("Cubans Haitians", "commitments/chnv-initiative/"),
        ("regional engagement", "commitments/regional-engagement/"),
    ],
    "words of the text": [
        ("orderly, humane, and regular", "commitments/orderly-migration/"),
        ("undocumented Hispanic migrants", "commitments/regularization-daca/"),
        ("U.S. economy and society", "commitments/regularization-daca/"),
        ("poverty inequality violence", "commitments/root-causes/"),
        ("telephone conversation", "meetings/leaders-call/"),
        ("Mexico City meeting", "meetings/mexico-city/"),
        ("paragraph 6", "text/#para_6"),
        ("paragraph 5", "text/#para_5"),
    ],
    "typos": [
        ("mayorkaz", "participants/alejandro-mayorkas/"),
        ("blinkin", "participants/antony-blinken/"),
        ("smugling", "commitments/smuggling-trafficking/"),
        ("barcema", "participants/alicia-barcena-ibarra/"),
        ("sherwod", "participants/elizabeth-sherwood-randall/"),
        ("moctesuma", "participants/esteban-moctezuma-barragan/"),
        ("obardor", "participants/andres-manuel-lopez-obrador/"),
        ("salazr", "participants/ken-salazar/"),
        ("celorrio", "participants/alejandro-celorio/"),
        ("trafficing", "commitments/smuggling-trafficking/"),
        ("washingtn", "meetings/washington-follow-up/"),
        ("regularisation", "commitments/regularization-daca/"),
        ("humanitrian aid", "commitments/development-investment/"),
        ("Alcade Lujan", "participants/luisa-maria-alcalde-lujan/"),
    ],
    "small words": [
        ("trade at the border", "commitments/border-trade/"),
        ("root causes of migration", "commitments/root-causes/"),
        ("secretary of the interior", "participants/luisa-maria-alcalde-lujan/"),
        ("secretary of foreign affairs", "participants/alicia-barcena-ibarra/"),
        ("secretary of homeland security", "participants/alejandro-mayorkas/"),
        ("secretary of state", "participants/antony-blinken/"),
        ("ambassador to the United States", "participants/esteban-moctezuma-barragan/"),
        ("meet again in January", "commitments/next-meeting/"),
        ("the Los Angeles Declaration", "glossary/#los-angeles-declaration"),
        ("initiative for Cubans, Haitians, Nicaraguans and Venezuelans", "commitments/chnv-initiative/"),
        ("a telephone conversation last week", "meetings/leaders-call/"),
        ("smuggling and trafficking of people", "commitments/smuggling-trafficking/"),
        ("President of Mexico", "participants/andres-manuel-lopez-obrador/"),
    ],
    "bodies' Spanish names": [
        ("la Cancillería", "participants/alicia-barcena-ibarra/"),
        ("cancilleria", "participants/alicia-barcena-ibarra/"),
        ("Relaciones Exteriores", "participants/alicia-barcena-ibarra/"),
        ("Gobernación", "participants/luisa-maria-alcalde-lujan/"),
        ("Secretaría de Gobernación", "participants/luisa-maria-alcalde-lujan/"),
        ("Marina", "participants/jose-rafael-ojeda/"),
        ("Secretaría de Marina", "participants/jose-rafael-ojeda/"),
        ("Defensa", "participants/luis-cresencio-sandoval/"),
        ("Secretaría de la Defensa Nacional", "participants/luis-cresencio-sandoval/"),
        ("Seguridad", "participants/rosa-icela-rodriguez/"),
        ("Secretaría de Seguridad y Protección Ciudadana", "participants/rosa-icela-rodriguez/"),
        ("Migración", "participants/organisations/#inm"),
        ("Instituto Nacional de Migración", "participants/organisations/#inm"),
        ("semar", "participants/jose-rafael-ojeda/"),
        ("sedena", "participants/luis-cresencio-sandoval/"),
        ("dhs", "participants/alejandro-mayorkas/"),
        ("segob", "participants/luisa-maria-alcalde-lujan/"),
        ("sspc", "participants/rosa-icela-rodriguez/"),
    ],
    "other sources' spellings": [
        ("Luis Crescencio Sandoval González", "participants/luis-cresencio-sandoval/"),
        ("Crescencio Sandoval", "participants/luis-cresencio-sandoval/"),
        ("Admiral Rafael Ojeda Duran", "participants/jose-rafael-ojeda/"),
        ("Félix Arturo Medina", "participants/arturo-felix-medina/"),
        ("Liz Sherwood-Randall", "participants/elizabeth-sherwood-randall/"),
        ("Roberto Velasco", "participants/roberto-velasco-alvarez/"),
        ("Rosa Icela Rodríguez Velazquez", "participants/rosa-icela-rodriguez/"),
        ("Rodriguez Velazquez", "participants/rosa-icela-rodriguez/"),
        ("Antony J. Blinken", "participants/antony-blinken/"),
        ("Alicia Bárcena", "participants/alicia-barcena-ibarra/"),
        ("Lisa Monaco", "participants/lisa-monaco/"),
        ("Isobel Coleman", "participants/isobel-coleman/"),
        ("Garduño", "participants/francisco-garduno-yaez/"),
    ],
}

# Phrases in double quotes (straight or typographic), small words in them:
# each reaches the paragraph of the text that holds it, and every result
# holds it.
QUOTED = [
    '"to meet again in Washington"',
    '"legal instead of irregular"',
    '"the two delegations"',
    '"a vital part of the U.S. economy"',
    '"the two leaders’ telephone conversation"',
    '"the two leaders\' telephone conversation"',
    '“on behalf of President Biden”',
    '"with all countries in the region"',
    '"Lopez Obrador was accompanied by"',
]

TABLE["unquoted phrases"] = [
    ("migration management", "text/#para_1"),
    ("thanked biden", "text/#para_1"),
    ("senior officials", "text/#para_1"),
    ("criminal networks", "commitments/smuggling-trafficking/"),
    ("strong partnership", "text/#para_5"),
]
TABLE["questions"] = [
    ("who is the secretary of the navy", "participants/jose-rafael-ojeda/"),
    ("what did they agree about trade", "commitments/border-trade/"),
    ("when will they meet again", "commitments/next-meeting/"),
    ("who accompanied lopez obrador", "text/#para_6"),
]


# What Mexican readers typed that found nothing or the wrong page (issue 18),
# as typed: each reaches the entry whose Spanish search words hold it.
TYPED_IN_SPANISH = ["pobreza", "venezolanos", "embajador de estados unidos", "redes criminales", "dreamers"]
# Mexico's release's words as a reader of it types them: each reaches the
# paragraph whose wording there holds them.
MEXICAN_WORDING = ["safe migration", "pathways for human mobility", "DACA beneficiaries", "immigration management"]
# A source's name as a reader types it (issue 20): each reaches the source's
# entry on the Sources page (its kind, its address as issued and archived,
# and the pages that cite it), read from edition/sources.py.
SOURCE_NAMES = ["State Department readout", "Miller Mayer", "Reuters"]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """Words as search compares a phrase: folded, apostrophes made straight."""
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", fold(text).replace("’", "'").replace("‘", "'"))


def phrase_of(query: str) -> list[str]:
    return words(re.sub(r'["“”„]', " ", query))


def holds(text: str, phrase: list[str]) -> bool:
    """True if the text holds the phrase, word for word."""
    ws, n = words(text), len(phrase)
    return any(ws[i:i + n] == phrase for i in range(len(ws) - n + 1))


def _from_data() -> None:
    record = load_once(DATA_DIR)
    spanish = search_terms.spanish_words(record, DATA_DIR)
    text_page = addresses.address(addresses.TEXT)
    quoted = []
    for query in QUOTED:
        para = next(p for p in record.communique.paragraphs if holds(p.text, phrase_of(query)))
        quoted.append((query, f"{text_page}#{para.eid}"))
    TABLE["quoted phrases"] = quoted
    # In the browser table: each item's and meeting's first Spanish words, and
    # what readers typed. Each person's title and each glossary term in Spanish
    # (SPANISH_TITLES) are searched without opening the page, to keep the
    # suite short.
    TABLE["Spanish words"] = [
        (entry.keywords_es[0], addresses.address(addresses.page_of(entry)))
        for entry in [*record.commitments.values(), *record.meetings.values()] if entry.keywords_es
    ] + [(w, text_page) for w in spanish.text[:1]]
    SPANISH_TITLES.extend(
        [(p.keywords_es[0], addresses.address(addresses.page_of(p))) for p in record.people.values() if p.keywords_es]
        + [(listed[0], addresses.address(addresses.GLOSSARY, addresses.glossary_id(term)))
           for term, listed in spanish.glossary.items()])
    entries = record.entries_with_pages()
    TABLE["Spanish words"] += [
        (typed, addresses.address(addresses.page_of(next(e for e in entries if any(holds(w, words(typed)) for w in e.keywords_es)))))
        for typed in TYPED_IN_SPANISH
    ]
    variants = [(mexico, f"{text_page}#{record.communique.paragraph(number).eid}")
                for number, pairs in search_terms.mexican_wording(record).items() for mexico, _ in pairs]
    # Each paragraph's first phrase that Mexico's release words differently.
    firsts = list({target: (mexico, target) for mexico, target in reversed(variants)}.values())[::-1]
    listed = sources.sources(record)
    TABLE["sources' names"] = [
        (typed, addresses.address(addresses.SOURCES, next(s.anchor for s in listed if holds(s.title, words(typed)))))
        for typed in SOURCE_NAMES
    ]
    TABLE["Mexico's wording"] = firsts + [
        (typed, next(target for mexico, target in variants if holds(mexico, words(typed)))) for typed in MEXICAN_WORDING
    ]


SPANISH_TITLES: list[tuple[str, str]] = []
_from_data()
QUERIES = [pair for kind in TABLE.values() for pair in kind]
KIND_OF = {query: kind for kind, pairs in TABLE.items() for query, _ in pairs}
QUOTED_QUERIES = {query for query, _ in TABLE["quoted phrases"]}
