"""Search that forgives: accents ("Lopez" finds "López"), common short words,
typos one edit away; and Material's search engine loaded only when a reader
first searches.

After the build, this hook takes the theme's search worker (the one file
`assets/javascripts/workers/search.*.min.js`) and:

- makes it the engine, `search.<hash>.engine.js`: Material's code unchanged,
  with a listener placed before Material's that rewrites each query, and
  after it hooks/search_worker.js (folding, short words, typos). The file
  keeps its "use strict".
- writes in its place a small worker that loads the engine when the page
  says search opens (a BroadcastChannel message, sent by the `scripts`
  block of overrides/main.html, which also holds back Material's request
  for the index until then), or at the latest on its first message, which
  carries the index. Material creates the worker on every page; until
  search opens, that is all a page loads of it. With Material's
  `iframe-worker` shim (the offline edition, from file://) `importScripts`
  is asynchronous, so the first messages wait for it.

It stops the build, rather than leave search silently unchanged, unless it
finds exactly one worker holding the code it relies on: a Material update
that changes the worker must be looked at.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

MARK = "/* search: hooks/search_folding.py */"
HERE = Path(__file__).resolve().parent

FOLD = 'function(s){return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g,"")}'

# Before Material's code: fold, and rewrite each query before Material's listener reads it.
# Material's answers go out through self.postMessage: a result (type 3)
# passes through hooks/search_worker.js first (phrases, words together, what
# a result was found by). The index (type 0) is read there too.
BEFORE = MARK + "self.__fold=" + FOLD + ';addEventListener("message",function(ev){var m=ev.data;' \
    'if(m&&m.type===0&&self.__searchSetup)self.__searchSetup(m.data);' \
    'if(m&&m.type===2&&typeof m.data==="string"){self.__searchAsked=m.data;' \
    'm.data=self.__searchQuery?self.__searchQuery(m.data):self.__fold(m.data)}});' \
    'self.postMessage=(function(post){return function(m){' \
    'if(m&&m.type===3&&self.__searchResult)m={type:3,data:self.__searchResult(m.data,self.__searchAsked)};' \
    'return post.apply(self,[m].concat([].slice.call(arguments,1)))}})(self.postMessage);\n'

# What the hook relies on in Material's worker, each with what it is for.
EXPECTED = {
    r'^"use strict";': 'the strict-mode prologue, kept before our code',
    r"\bself\.lunr=": "lunr exposed on self, which hooks/search_worker.js extends",
    r'addEventListener\("message",': "Material's message listener, which ours precedes",
    r"case 0:.*?\{type:1\}.*?case 2:.*?\{type:3,data:": "the message types: 0 set-up, 1 ready, 2 query, 3 result",
    r"new lunr\.Token\(": "index words made as lunr.Token, which are folded",
    r"lunr\.tokenizer\.separator": "the separator the query is split with",
}

STUB = MARK + """
"use strict";
(function () {
  var here = typeof document !== "undefined" ? document.querySelector("script[src]").src : self.location.href;
  var engine = new URL(ENGINE, here).href, loading = null;
  function load() { return loading || (loading = Promise.resolve(importScripts(engine))); }
  function running() { return typeof self.__searchQuery === "function"; }
  // The page says when search opens, so the engine comes while the index does.
  try { new BroadcastChannel(CHANNEL).onmessage = load; } catch (e) { /* from file:// */ }
  function first(ev) {
    removeEventListener("message", first);
    if (running()) return;  // the engine came first, and had this message
    var pending = [ev.data];
    function wait(e) { if (!running()) pending.push(e.data); }
    addEventListener("message", wait);
    load().then(function () {
      removeEventListener("message", wait);
      pending.forEach(function (data) { dispatchEvent(new MessageEvent("message", { data: data })); });
    });
  }
  addEventListener("message", first);
})();
"""

# The name of the channel on which the page tells the worker that search opens
# (overrides/main.html).
CHANNEL = "search-opens"


def engine_name(worker: Path) -> str:
    return worker.name.removesuffix(".min.js") + ".engine.js"


def on_post_build(*, config: MkDocsConfig) -> None:
    folder = Path(config.site_dir) / "assets" / "javascripts" / "workers"
    workers = sorted(folder.glob("search.*.min.js"))
    if len(workers) != 1:
        raise PluginError(f"hooks/search_folding.py: expected one search worker {folder}/search.*.min.js, "
                          f"found {len(workers)}: {[w.name for w in workers]}")
    worker = workers[0]
    engine = folder / engine_name(worker)
    code = worker.read_text("utf-8")
    if code.startswith(MARK) and engine.is_file():  # a dirty rebuild: done already
        return
    missing = [what for pattern, what in EXPECTED.items() if not re.search(pattern, code, re.S)]
    if missing:
        raise PluginError(f"hooks/search_folding.py: {worker.name} (Material's search worker) lacks "
                          + "; ".join(missing) + ". Has Material changed its worker? Adapt the hook.")
    prologue = '"use strict";'
    body = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", code[len(prologue):])
    after = (HERE / "search_worker.js").read_text("utf-8")
    engine.write_text(prologue + BEFORE + body + after, "utf-8")
    worker.write_text(STUB.replace("ENGINE", f'"{engine.name}"').replace("CHANNEL", f'"{CHANNEL}"'), "utf-8")
