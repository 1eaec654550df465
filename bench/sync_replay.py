"""A server's pull pages made beforehand and replayed, for the laptop's own share of a
new laptop's first sync (bench/sync_bench.py `laptop_alone`).

On this machine the server, PostgreSQL and the laptop share two cores: the first sync
measured end to end is the sum of all their work as much as the laptop's. In a
municipality the server has a machine of its own. `PagesReady` is a proxy on loopback
in front of the real server: it passes every request on, and keeps each pull page's
response, by its query, the first time it is asked for. A first sync through it fills
it; the next new laptop's first sync, through the same proxy, gets every page as it
was made, without the server making it again. Sign-in, the clock, the push and the
rest still go to the server, so the laptop does everything it would.

Only for the bench: it keeps whole pages in memory and trusts nothing it was not given.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

PULL_PATH = "/api/v1/sync/pull"
# Hop-by-hop headers, and those the proxy sets itself for the body it sends.
_NOT_PASSED = frozenset(
    {"host", "connection", "keep-alive", "content-length", "transfer-encoding", "content-encoding"}
)


class PagesReady:
    """`with PagesReady(server_url) as proxy:` ... sync against `proxy.url`."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.pages: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}
        self.replayed = 0
        self._client = httpx.Client(base_url=upstream, timeout=120)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> PagesReady:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()

    def answer(
        self, method: str, path: str, headers: dict[str, str], body: bytes | None
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """(status, headers, body) for one request: a kept page, or the server's answer."""
        key = path if method == "GET" and path.split("?", 1)[0] == PULL_PATH else None
        if key is not None:
            with self._lock:
                kept = self.pages.get(key)
                if kept is not None:
                    self.replayed += 1
                    return kept
        response = self._client.request(method, path, content=body, headers=headers)
        passed = [(k, v) for k, v in response.headers.items() if k.lower() not in _NOT_PASSED]
        answer = (response.status_code, passed, response.content)
        if key is not None and response.status_code == 200:
            with self._lock:
                self.pages[key] = answer
        return answer

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: Any) -> None:
                pass  # the requests carry sign-in tokens; nothing is printed

            def _relay(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(size) if size else None
                sent = {k: v for k, v in self.headers.items() if k.lower() not in _NOT_PASSED}
                status, headers, content = proxy.answer(self.command, self.path, sent, body)
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_DELETE = _relay

        return Handler
