"""The project's own tooling, imported by the tests and the scripts alike
(no sys.path edits): build the site (`build`), serve a built site on
127.0.0.1 (`server`), drive Debian's Chromium and collect what a reader's
browser sees (`browser`), read built HTML (`html`), type into Material's
search box as a reader does (`search_box`), and the search query table
the search tests and benchmark share (`search_queries`)."""
