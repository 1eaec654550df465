"""Erasing on the laptop alone, against a real server process: a family whose push
reached the server but whose answer was lost is the server's too, and is not erased
here alone (issue 17, finding 9b); one whose push never left the laptop still is."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ftbt_desktop.storage import local_erase
from ftbt_desktop.storage.local_erase import (
    ErasedHere,
    FamilyOnServer,
    erase_local_family,
    reached_server,
)
from ftbt_desktop.storage.outbox import SENDING_META, Outbox
from ftbt_desktop.storage.purge import Purges
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.errors import ServerBusy, ServerUnreachable, TokenExpired

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import server_change_count  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]


class NoAnswer(httpx.BaseTransport):
    """Forwards every request to the real server; the `nth` push is answered there but
    the answer never arrives here (`sent`), or the push never leaves (`not sent`)."""

    def __init__(self, sent: bool, nth: int = 1) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent = sent
        self.pushes = 0
        self.nth = nth

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/push"):
            self.pushes += 1
        if request.url.path.endswith("/sync/push") and self.pushes == self.nth:
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
    """A server that refuses every push whole: the sign-in has expired, or (`busy`) it
    has too much to do and says when to come back."""

    def __init__(self, busy: bool = False) -> None:
        self.inner = httpx.HTTPTransport()
        self.answer = (
            (503, {"error": "busy", "retry_after": 1})
            if busy
            else (401, {"error": "token_expired"})
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/push"):
            status, body = self.answer
            return httpx.Response(status, json=body, request=request)
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


def test_each_batch_of_a_push_notes_its_own_families(
    server: RunningServer, devices: Devices
) -> None:
    """Two new families pushed in two batches, the second's answer lost: the first is
    the server's by its answer, the second by its note; neither is erased here alone."""
    from sync_devices import losing_client

    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    first = _new_family(laptop)
    in_first = laptop.repo.change_count()
    second = _new_family(laptop)

    with pytest.raises(ServerUnreachable):
        laptop.sync(client_factory=losing_client(NoAnswer(sent=True, nth=2)), push_batch=in_first)
    assert server_change_count(server) == laptop.repo.change_count()
    assert laptop.state.pending_count() == laptop.repo.change_count() - in_first

    assert Outbox(laptop.repo).sending_families() == {second}  # the first was answered
    for family_id in (first, second):
        assert reached_server(laptop.repo, family_id)
        with pytest.raises(FamilyOnServer):
            erase_local_family(laptop.repo, family_id)


@pytest.mark.parametrize("how", ["never left", "refused whole", "busy"])
def test_a_push_that_stored_nothing_leaves_the_family_erasable(
    server: RunningServer, devices: Devices, how: str
) -> None:
    from sync_devices import losing_client

    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    family_id = _new_family(laptop)
    transport, error = {
        "never left": (NoAnswer(sent=False), ServerUnreachable),
        "refused whole": (Refusing(), TokenExpired),
        "busy": (Refusing(busy=True), ServerBusy),
    }[how]

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


def _erase_into(outcome: list[object], laptop: Device, family_id: str) -> None:
    """Erase on this laptop alone (as the window's task thread does), noting the outcome."""
    try:
        outcome.append(erase_local_family(laptop.repo, family_id))
    except FamilyOnServer as refused:
        outcome.append(refused)


def _erased_here_and_held_there(server: RunningServer, outcome: list[object]) -> bool:
    return any(isinstance(r, ErasedHere) for r in outcome) and server_change_count(server) > 0


def test_an_erase_while_a_push_is_read_waits_and_finds_the_note(
    server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The erase (the window's task thread) comes just as the sync has read the batch
    to push: it must not run between that read and the note."""
    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    family_id = _new_family(laptop)
    outcome: list[object] = []
    eraser: list[threading.Thread] = []
    real = Outbox.pending_batch

    def batch_then_erase(self: Outbox, *args: Any, **kwargs: Any) -> Any:
        batch = real(self, *args, **kwargs)
        if batch and not eraser:
            eraser.append(threading.Thread(target=_erase_into, args=(outcome, laptop, family_id)))
            eraser[0].start()
            eraser[0].join(0.3)  # it waits for the vault, held by the sync
        return batch

    monkeypatch.setattr(Outbox, "pending_batch", batch_then_erase)
    laptop.sync()
    eraser[0].join(10)

    assert len(outcome) == 1
    assert not _erased_here_and_held_there(server, outcome)
    assert isinstance(outcome[0], FamilyOnServer)


def test_a_push_while_an_erase_checks_waits_for_it(
    server: RunningServer, devices: Devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync comes while the erase is checking: it must not push the family between
    the erase's check and its removal."""
    from sync_devices import losing_client

    server.add_user("anne")
    laptop = devices("laptop")
    laptop.login(server.url, "anne")
    family_id = _new_family(laptop)
    checked = threading.Event()
    real_check = local_erase.reached_server

    def slow_check(repo: Repository, family: str) -> bool:
        answer = real_check(repo, family)
        checked.set()
        time.sleep(0.5)  # a push that did not wait for the erase would go out now
        return answer

    monkeypatch.setattr(local_erase, "reached_server", slow_check)
    outcome: list[object] = []

    eraser = threading.Thread(target=_erase_into, args=(outcome, laptop, family_id))
    eraser.start()
    assert checked.wait(10)
    laptop.sync(client_factory=losing_client(httpx.HTTPTransport()))
    eraser.join(10)

    assert len(outcome) == 1
    assert not _erased_here_and_held_there(server, outcome)
