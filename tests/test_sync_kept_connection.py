"""A kept connection the server closes as the next request goes out.

HTTP/1.1 lets a server close an idle kept connection at any moment (uvicorn does after
5 s, the time httpx keeps one), and a request written into it as it closes gets no
answer: httpx's RemoteProtocolError, "Server disconnected without sending a response".
The 200-laptop bench met it (bench/sync_scale.py). The sync client sends such a request
once more on a new connection when a second copy is harmless (a push, a pull, a
question, a confirmation made again); never a sign-in, sign-out, the wipe's
confirmation or an export's audit entry.

The server here is a real socket on loopback that answers each connection's first
request, keeps the connection, and closes it unanswered when a second request comes
(and, when told to, stops listening then: a server that died before answering).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.errors import ServerUnreachable


class ClosingServer:
    """Answers 204 to each connection's first request, drops the second unanswered."""

    def __init__(self, dies_after_drop: bool = False) -> None:
        self.dies_after_drop = dies_after_drop
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []  # each request line, as it came
        self.dropped = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _request(self, stream: socket.SocketIO) -> bool:
        line = stream.readline()  # type: ignore[attr-defined]
        if not line:
            return False
        length = 0
        while (header := stream.readline()) not in (b"\r\n", b""):  # type: ignore[attr-defined]
            name, _, value = header.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        if length:
            stream.read(length)
        with self._lock:
            self.requests.append(line.decode("latin-1").strip())
        return True

    def _connection(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as stream:
            if not self._request(stream):
                return
            conn.sendall(b"HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\n\r\n")
            if self._request(stream):
                with self._lock:
                    self.dropped += 1
                if self.dies_after_drop:
                    self.close()

    def close(self) -> None:
        # Shut down first: a listening socket closed while accept() waits on it in
        # another thread would go on accepting (Linux).
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


@pytest.fixture
def closing_server() -> Iterator[ClosingServer]:
    server = ClosingServer()
    try:
        yield server
    finally:
        server.close()


def test_a_request_into_a_closed_kept_connection_is_sent_again(
    closing_server: ClosingServer,
) -> None:
    with SyncClient(f"http://127.0.0.1:{closing_server.port}", "token") as client:
        client.confirm_erasures("device-1", ["family-1"])
        # On the kept connection, which the server drops unanswered: sent once more.
        client.confirm_erasures("device-1", ["family-1"])
        client.push([])
    assert closing_server.dropped == 2
    assert len(closing_server.requests) == 5
    assert closing_server.requests[-2:] == ["POST /api/v1/sync/push HTTP/1.1"] * 2


def test_a_push_whose_second_copy_finds_no_server_may_have_been_stored() -> None:
    """The first copy may have been carried out before the server died: the push must
    still count as sent (its families stay un-erasable here until a push is answered)."""
    server = ClosingServer(dies_after_drop=True)
    try:
        with SyncClient(f"http://127.0.0.1:{server.port}", "token") as client:
            client.confirm_erasures("device-1", ["family-1"])
            with pytest.raises(ServerUnreachable) as failed:
                client.push([])
    finally:
        server.close()
    assert server.dropped == 1
    assert failed.value.sent is True


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda c: c.login("anna", "secret", "laptop"), "/api/v1/auth/login"),
        (lambda c: c.login_oidc("id-token", "laptop"), "/api/v1/auth/oidc"),
        (lambda c: c.logout(), "/api/v1/auth/logout"),
        (lambda c: c.confirm_wipe(3), "/api/v1/devices/wipe-confirmed"),
        (lambda c: c.report_export(["family-1"], "plan", "pdf"), "/api/v1/audit/export"),
    ],
    ids=["login", "login_oidc", "logout", "confirm_wipe", "report_export"],
)
def test_a_call_that_would_leave_a_second_trace_is_never_sent_twice(
    closing_server: ClosingServer, call: Callable[[SyncClient], object], path: str
) -> None:
    with SyncClient(f"http://127.0.0.1:{closing_server.port}", "token") as client:
        client.confirm_erasures("device-1", ["family-1"])
        with pytest.raises(ServerUnreachable) as failed:
            call(client)
    assert failed.value.sent
    assert closing_server.dropped == 1
    assert [r.split()[1] for r in closing_server.requests] == ["/api/v1/sync/erasures", path]
