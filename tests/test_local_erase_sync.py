"""Erasing on the laptop alone, against a real server process: a family whose push
reached the server but whose answer was lost is the server's too, and is not erased
here alone (issue 17, finding 9b); one whose push never left the laptop still is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx
import pytest

from ftbt_desktop.storage.local_erase import FamilyOnServer, erase_local_family, reached_server
from ftbt_desktop.storage.outbox import SENDING_META, Outbox
from ftbt_desktop.storage.purge import Purges
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.errors import ServerUnreachable, TokenExpired

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import server_change_count  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


class NoAnswer(httpx.BaseTransport):
    """Forwards every request to the real server; the first push is answered there but
    the answer never arrives here (`sent`), or the push never leaves (`not sent`)."""

    def __init__(self, sent: bool) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent = sent
        self.cut = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/push") and not self.cut:
            self.cut = True
            if not self.sent:
                raise httpx.ConnectError("no route to host", request=request)
            response = self.inner.handle_request(request)
            response.read()
            response.close()
            raise httpx.ReadError("connection lost", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class Refusing(httpx.BaseTransport):
    """A server that refuses every push whole: the sign-in has expired."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/push"):
            return httpx.Response(
                401, json={"error": "token_expired", "message": "expired"}, request=request
            )
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def _new_family(laptop: Device) -> str:
    family_id = laptop.repo.create_family("Familien Tabtsvar").primary_id
    assert family_id
    laptop.repo.add_member(family_id, "Lone Tabtsvar", "parent", 1984)
    return family_id


def test_a_family_whose_push_answer_was_lost_is_not_erased_here_alone(
    server: RunningServer, devices: Devices
) -> None:
    from sync_devices import losing_client

    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    family_id = _new_family(laptop)
    written = laptop.repo.change_count()

    with pytest.raises(ServerUnreachable):
        laptop.sync(client_factory=losing_client(NoAnswer(sent=True)))
    # The server holds every change; the laptop does not know it yet.
    assert server_change_count(server) == written
    assert laptop.state.pending_count() == written

    assert reached_server(laptop.repo, family_id)
    with pytest.raises(FamilyOnServer):
        erase_local_family(laptop.repo, family_id)
    assert laptop.repo.change_count() == written  # nothing removed

    # A push refused whole meanwhile (an expired sign-in) says nothing of the first.
    with pytest.raises(TokenExpired):
        laptop.sync(client_factory=losing_client(Refusing()))
    assert reached_server(laptop.repo, family_id)

    # The next sync hears the answer; the family is the server's for good, and the
    # mark is no longer needed to say so.
    laptop.login(server.url, "anne")
    assert laptop.sync().in_sync
    assert reached_server(laptop.repo, family_id)
    assert Outbox(laptop.repo).sending_families() == set()
    # Its later pushes need no note (and write none).
    assert Outbox(laptop.repo).note_sending([family_id]) == set()


@pytest.mark.parametrize("how", ["never left", "refused whole"])
def test_a_push_that_stored_nothing_leaves_the_family_erasable(
    server: RunningServer, devices: Devices, how: str
) -> None:
    from sync_devices import losing_client

    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    family_id = _new_family(laptop)
    transport, error = (
        (NoAnswer(sent=False), ServerUnreachable)
        if how == "never left"
        else (Refusing(), TokenExpired)
    )

    with pytest.raises(error):
        laptop.sync(client_factory=losing_client(transport))
    assert server_change_count(server) == 0

    assert not reached_server(laptop.repo, family_id)
    assert Outbox(laptop.repo).sending_families() == set()
    erased = erase_local_family(laptop.repo, family_id)
    assert erased.changes > 0
    assert laptop.repo.list_families() == []


def test_a_purged_family_leaves_no_mark(vault: Vault) -> None:
    repo = Repository(vault)
    family_id = repo.create_family("Familien Tabtsvar").primary_id
    other = repo.create_family("Familien Bliver").primary_id
    assert family_id and other
    outbox = Outbox(repo)
    assert outbox.note_sending([family_id, other]) == {family_id, other}
    assert outbox.note_sending([family_id]) == set()  # noted already
    Purges(repo, outbox).purge_family(family_id, erase=True)
    assert outbox.sending_families() == {other}
    assert family_id not in (vault.get_meta(SENDING_META) or "")
