"""A server's pull pages made beforehand and replayed, for the laptop's own share of a
new laptop's first sync (bench/sync_bench.py `laptop_alone`).

On this machine the server, PostgreSQL and the laptop share two cores: the first sync
measured end to end is the sum of all their work as much as the laptop's. In a
municipality the server has a machine of its own. `PagesReady` starts a proxy on
loopback, in a process of its own, in front of the real server: it passes every request
on, and keeps each pull page's response, by its query, the first time it is asked for. A
first sync through it fills it; the next new laptop of the same user, through the same
proxy, gets every page as it was made, without the server making it again. Pages are
kept by their query alone (each laptop signs in with a token of its own), so every
laptop through one proxy must be the same user's: another user would be given the first
one's pages. Sign-in, the clock, the push and the rest still go to the server, so the
laptop does everything it would. The pages come over loopback, with no network's
latency: the figure is what the laptop itself needs, a floor for a real network.

Only for the bench: it keeps whole pages in memory and trusts nothing it was not given.
Run as `python sync_replay.py UPSTREAM`: it prints `PORT <n>` once it listens.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

PULL_PATH = "/api/v1/sync/pull"
# What the proxy answers itself: how many pages it keeps and has replayed.
STATS_PATH = "/__pages_ready__"
# Hop-by-hop headers, those the proxy sets itself for the body it sends, and those its
# own HTTP server writes (a kept page's Date would be stale, and sent twice).
_NOT_PASSED = frozenset(
    {
        "host",
        "connection",
        "keep-alive",
        "te",
        "trailer",
        "upgrade",
        "proxy-authenticate",
        "proxy-authorization",
        "content-length",
        "transfer-encoding",
        "content-encoding",
        "date",
        "server",
    }
)

Answer = tuple[int, list[tuple[str, str]], bytes]


class PagesReady:
    """`with PagesReady(server_url) as proxy:` ... sync against `proxy.url`; then
    `proxy.stats()` says how many pages it keeps and how many it replayed."""

    def __init__(self, upstream: str) -> None:
        # Its standard input stays open while this process lives: the proxy ends when it
        # closes, so a bench killed outright leaves no proxy behind.
        self._process = subprocess.Popen(
            [sys.executable, __file__, upstream],
            stdout=subprocess.PIPE,
            stdin=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        said = self._process.stdout.readline().split()
        if len(said) != 2 or said[0] != "PORT":
            self.__exit__()
            raise RuntimeError("the replaying proxy did not start")
        self.url = f"http://127.0.0.1:{int(said[1])}"

    def __enter__(self) -> PagesReady:
        return self

    def __exit__(self, *_: object) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                pipe.close()

    def stats(self) -> dict[str, int]:
        return dict(httpx.get(self.url + STATS_PATH, timeout=10).json())


class _Replayer:
    """The proxy's side: the server's answers, each pull page kept once made."""

    def __init__(self, upstream: str) -> None:
        self.client = httpx.Client(base_url=upstream, timeout=120)
        self.pages: dict[str, Answer] = {}
        self.replayed = 0
        self.lock = threading.Lock()

    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes | None) -> Answer:
        """(status, headers, body) for one request: a kept page, or the server's answer."""
        if path == STATS_PATH:
            with self.lock:
                stats = {"pages": len(self.pages), "replayed": self.replayed}
            return 200, [("content-type", "application/json")], json.dumps(stats).encode()
        key = None
        if method == "GET" and path.split("?", 1)[0] == PULL_PATH:
            # By the query alone: each new laptop signs in with a token of its own, and
            # a page is its user's (see the module's docstring: one user's laptops).
            key = path
            with self.lock:
                kept = self.pages.get(key)
                if kept is not None:
                    self.replayed += 1
                    return kept
        response = self.client.request(method, path, content=body, headers=headers)
        passed = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in _NOT_PASSED
        ]
        answer = (response.status_code, passed, response.content)
        if key is not None and response.status_code == 200:
            with self.lock:
                self.pages[key] = answer
        return answer


def _handler(replayer: _Replayer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: Any) -> None:
            pass  # the requests carry sign-in tokens; nothing is printed

        def _relay(self) -> None:
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size) if size else None
            sent = {k: v for k, v in self.headers.items() if k.lower() not in _NOT_PASSED}
            status, headers, content = replayer.answer(self.command, self.path, sent, body)
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_DELETE = _relay

    return Handler


def _end_with_parent() -> None:
    sys.stdin.read()
    os._exit(0)


def main(upstream: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the bench's to handle
    threading.Thread(target=_end_with_parent, daemon=True).start()
    replayer = _Replayer(upstream)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(replayer))
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    finally:
        replayer.client.close()


if __name__ == "__main__":
    main(sys.argv[1])
