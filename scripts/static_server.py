"""Serve a built site on 127.0.0.1 as a production host would: text
compressed with gzip, assets cached. For benchmarks (Lighthouse judges
compression and caching); the tests use a plain server."""
from __future__ import annotations

import functools
import gzip
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".csv", ".txt")


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
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


def serve(site: Path) -> tuple[str, ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server
