"""Let search ignore accents: "Lopez" finds "López", and "López" still does.

Material's search worker (lunr) keeps accents. After the build, this hook
wraps the theme's worker file in place: before it, a listener folds each
query; after it, every word lunr indexes (each a lunr.Token, whatever the
pipeline) is folded as it is made. Positions are kept, so results are
highlighted on the text as written. Initialisms with dots (U.S., D.C.)
leave the query: split into single letters, they would match nearly every
word as prefixes. Being the same file, it works in `mkdocs serve`, the built site and
the offline edition alike.
"""
from __future__ import annotations

from pathlib import Path

MARK = "/* accent folding: hooks/search_folding.py */"

FOLD = 'function(s){return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g,"")}'

BEFORE = MARK + """
self.__fold=""" + FOLD + r""";
addEventListener("message",function(ev){var m=ev.data;if(m&&m.type===2&&typeof m.data==="string")
m.data=self.__fold(m.data).replace(/(^|\s)(?:[A-Za-z]\.){2,}(?=\s|$)/g,"$1")});
"""

AFTER = """
;(function(lunr){var Token=lunr.Token;
lunr.Token=function(str,metadata){Token.call(this,self.__fold(str),metadata)};
lunr.Token.prototype=Token.prototype})(self.lunr);
"""


def on_post_build(config):
    workers = Path(config.site_dir) / "assets" / "javascripts" / "workers"
    for worker in workers.glob("search.*.min.js"):
        code = worker.read_text("utf-8")
        if not code.startswith(MARK):
            worker.write_text(BEFORE + code + AFTER, "utf-8")
