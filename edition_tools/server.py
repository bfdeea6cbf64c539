"""The one static server: a built site on 127.0.0.1, on a free port, in a
thread. Plain for the tests; with `production=True`, as a production host
serves it (text compressed with gzip, assets cached), for the benchmarks
(Lighthouse judges compression and caching)."""
from __future__ import annotations

import functools
import gzip
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".csv", ".txt")


class Handler(SimpleHTTPRequestHandler):
    """Files from `directory`, quietly; gzip and cache headers if `production`."""

    production = False

    def __init__(self, *args, production: bool = False, **kwargs):
        self.production = production
        super().__init__(*args, **kwargs)

    def log_message(self, *args):
        pass

    def send_head(self):
        if not self.production:
            return super().send_head()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix in TEXT and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            body = gzip.compress(path.read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            cache = "no-cache" if path.suffix == ".html" else "public, max-age=31536000"
            self.send_header("Cache-Control", cache)
            self.end_headers()
            self.wfile.write(body)
            return None
        return super().send_head()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # several pages loading at once must not see a full backlog


class Server:
    """A running server: `url` is its root ('http://127.0.0.1:PORT/').
    Use as a context manager, or call `shutdown()`."""

    def __init__(self, site: Path, production: bool = False):
        handler = functools.partial(Handler, directory=str(site), production=production)
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def shutdown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()


def serve(site: Path, production: bool = False) -> Server:
    """Start serving `site`; see Server."""
    return Server(site, production)
