"""The project's own tooling, imported by the tests and the scripts alike
(no sys.path edits): build the site (`build`), serve a built site on
127.0.0.1 (`server`), drive Debian's Chromium and collect what a reader's
browser sees (`browser`), and read built HTML (`html`)."""
