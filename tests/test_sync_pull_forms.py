"""The pull page's two forms (docs/sync-protocol.md): an object per change, which every
server sends and a client of the first form reads, and the compact "rows" form, which
this client asks for when the server offers it. Against a real server process."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ftbt_desktop.core.changes import Change, ChangeFormatError
from ftbt_desktop.sync.client import CHANGES_FORM, ROWS_FORM, ServerVersion, SyncClient
from ftbt_desktop.sync.errors import ServerTrouble

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402
from sync_fault_helpers import history_on_two_laptops, same_families, write_changes  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

PAGE = 7


class Pulls(httpx.BaseTransport):
    """Forwards to the real server and keeps each pull's query and answer; `first_server`
    makes it answer /version as a server of the first form does (no `pull_forms`)."""

    def __init__(self, first_server: bool = False) -> None:
        self.inner = httpx.HTTPTransport()
        self.first_server = first_server
        self.forms: list[str | None] = []
        self.bodies: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        path = request.url.path
        if not (path.endswith("/sync/pull") or path.endswith("/version")):
            return response
        body = json.loads(response.read())
        if path.endswith("/version") and self.first_server:
            del body["pull_forms"]
        if path.endswith("/sync/pull"):
            self.forms.append(request.url.params.get("form"))
            self.bodies.append(body)
        return httpx.Response(response.status_code, json=body, request=request)

    def close(self) -> None:
        self.inner.close()


def _factory(transport: httpx.BaseTransport, client: type[SyncClient] = SyncClient) -> Any:
    return lambda url, token: client(url, token, transport=transport)


class Spoilt(Pulls):
    """Forwards to the real server and spoils each pull's answer: `spoil` changes the
    decoded page in place, or returns bytes to send instead."""

    def __init__(self, spoil: Callable[[dict[str, Any]], bytes | None]) -> None:
        super().__init__()
        self.spoil = spoil

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not request.url.path.endswith("/sync/pull"):
            return response
        body = json.loads(response.read())
        instead = self.spoil(body)
        if instead is not None:
            return httpx.Response(200, content=instead, request=request)
        return httpx.Response(200, json=body, request=request)


def _client_in(form: str) -> type[SyncClient]:
    """A client that asks for `form` whatever the server offers (`changes`: the client
    as it was before the rows form, which never names one)."""

    class Client(SyncClient):
        def version(self) -> ServerVersion:
            answer = super().version()
            self.pull_form = form
            return answer

    return Client


def _two_devices(server: RunningServer, devices: Devices) -> tuple[Device, Device, int]:
    """Anne's history from two laptops of hers and one of Bob's, her substitute in one
    family, and a laptop of hers signed in to pull it all."""
    first, _second, _ = history_on_two_laptops(server, devices)
    other = devices("laptop-3")
    other.login(server.url, "anne")
    other.sync()
    write_changes(other, families=2, members=2)
    other.sync()
    server.add_user("bob")
    family_id = first.repo.list_families()[0].id
    server.assign(family_id, "bob", substitute=True)
    bob = devices("bob-laptop")
    bob.login(server.url, "bob")
    bob.sync()
    bob.repo.add_member(family_id, "Noteret af vikar", "child", 2016)
    assert bob.sync().pushed
    first.sync()
    new = devices("laptop-4")
    new.login(server.url, "anne")
    return first, new, first.repo.change_count()


def _whole_sync_through(
    server: RunningServer,
    devices: Devices,
    transport: httpx.BaseTransport,
    client: type[SyncClient] = SyncClient,
) -> None:
    """A new laptop's first sync through `transport` brings everything, as it is."""
    first, new, total = _two_devices(server, devices)
    report = new.engine(client_factory=_factory(transport, client), pull_page=PAGE).sync()
    assert report.in_sync and report.pulled == total
    same_families(first, new)


def _raw_pages(server: RunningServer, token: str, form: str | None) -> list[dict[str, Any]]:
    params = {"limit": PAGE} | ({"form": form} if form else {})
    headers = {"Authorization": f"Bearer {token}", "X-FTBT-API": "1"}
    pages, after = [], 0
    with httpx.Client(base_url=server.url + "/api/v1", headers=headers) as http:
        while True:
            answer = http.get("/sync/pull", params={**params, "after": after})
            assert answer.status_code == 200, answer.text
            pages.append(answer.json())
            if not pages[-1]["has_more"]:
                return pages
            after = pages[-1]["next"]


def _as_objects(page: dict[str, Any]) -> list[dict[str, Any]]:
    """A rows page's changes written out as the objects of the first form."""
    families, devices, users = page["row_families"], page["row_devices"], page["row_users"]
    return [
        {
            "seq": seq,
            "change_id": change_id,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "family_id": families[family],
            "field": field,
            "hlc": hlc,
            "device_id": devices[device],
            "user_id": users[user],
            "value": value,
        }
        for seq, change_id, entity_type, entity_id, family, field, hlc, device, user, value in page[
            "rows"
        ]
    ]


def test_both_forms_of_a_page_carry_the_same_changes_in_fewer_bytes(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _first, new, total = _two_devices(sqlite_server, devices)
    account = new.state.account()
    assert account is not None
    objects = _raw_pages(sqlite_server, account.token, None)
    rows = _raw_pages(sqlite_server, account.token, ROWS_FORM)
    assert sum(len(p["changes"]) for p in objects) == total
    assert all("rows" not in p for p in objects) and all("changes" not in p for p in rows)
    for old, new_page in zip(objects, rows, strict=True):
        assert _as_objects(new_page) == old["changes"]
        rest = {k: v for k, v in new_page.items() if not k.startswith("row")}
        assert rest == {k: v for k, v in old.items() if k != "changes"}
    # Three devices' and two users' changes: the ids written once per page are what is
    # saved, and a position must point at the right one.
    assert max(len(p["row_devices"]) for p in rows) >= 2
    assert {u for p in rows for u in p["row_users"]} == {"anne", "bob"}
    assert max(len(p["row_users"]) for p in rows) == 2
    assert len(json.dumps(rows)) < 0.75 * len(json.dumps(objects))


def test_this_client_asks_for_rows_from_a_server_that_offers_them(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    first, new, total = _two_devices(sqlite_server, devices)
    pulls = Pulls()
    report = new.engine(client_factory=_factory(pulls), pull_page=PAGE).sync()
    assert report.in_sync and report.pulled == total
    assert len(pulls.forms) > 2 and set(pulls.forms) == {ROWS_FORM}
    assert all("rows" in body for body in pulls.bodies)
    same_families(first, new)
    # Nothing new: an empty page in the rows form, and the sync is done.
    again = Pulls()
    report = new.engine(client_factory=_factory(again), pull_page=PAGE).sync()
    assert report.in_sync and report.pulled == 0
    assert [body["rows"] for body in again.bodies] == [[]]


def test_a_server_of_the_first_form_behind_the_same_address_is_read_too(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    """Mid-upgrade (or rolled back), one process behind the address lists the rows form
    at /version and another answers the pull: it ignores `form` and sends objects. The
    client reads a page as what came, not as what it asked for."""

    class Mixed(Pulls):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/sync/pull"):
                self.forms.append(request.url.params.get("form"))
                request = httpx.Request(
                    request.method,
                    request.url.copy_remove_param("form"),
                    headers=request.headers,
                )
            return self.inner.handle_request(request)

    mixed = Mixed()
    _whole_sync_through(sqlite_server, devices, mixed)
    assert set(mixed.forms) == {ROWS_FORM}


def test_a_client_of_the_first_form_syncs_from_this_server(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    """The client as it was before the rows form: it never names a form, and reads the
    objects every server of API 1 sends."""
    pulls = Pulls()
    _whole_sync_through(sqlite_server, devices, pulls, _client_in(CHANGES_FORM))
    assert set(pulls.forms) == {None}
    assert all("changes" in body and "rows" not in body for body in pulls.bodies)


def test_this_client_syncs_from_a_server_of_the_first_form(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    """A server that does not list its forms is never asked for rows: it would not
    know the parameter, and would answer objects a rows reader could not read."""
    pulls = Pulls(first_server=True)
    _whole_sync_through(sqlite_server, devices, pulls)
    assert set(pulls.forms) == {None}


def test_the_server_refuses_a_form_it_does_not_know(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    _first, new, _total = history_on_two_laptops(sqlite_server, devices)
    account = new.state.account()
    assert account is not None
    headers = {"Authorization": f"Bearer {account.token}", "X-FTBT-API": "1"}
    with httpx.Client(base_url=sqlite_server.url + "/api/v1", headers=headers) as http:
        assert http.get("/version").json()["pull_forms"] == [CHANGES_FORM, ROWS_FORM]
        answer = http.get("/sync/pull", params={"after": 0, "form": "columns"})
    assert answer.status_code == 400 and answer.json()["error"] == "invalid"


def _negative(page: dict[str, Any]) -> None:
    page["rows"][0][4] = -1  # Python would take the last family


def _past_the_end(page: dict[str, Any]) -> None:
    page["rows"][0][7] = len(page["row_devices"])


def _a_bool(page: dict[str, Any]) -> None:
    page["rows"][0][8] = False  # a bool is an int to Python, not a position


def _short_row(page: dict[str, Any]) -> None:
    page["rows"][0].pop()


def _row_as_object(page: dict[str, Any]) -> None:
    page["rows"][0] = {str(i): v for i, v in enumerate(page["rows"][0])}


def _seq_as_text(page: dict[str, Any]) -> None:
    page["rows"][0][0] = str(page["rows"][0][0])


def _no_ids(page: dict[str, Any]) -> None:
    del page["row_users"]


def _id_not_text(page: dict[str, Any]) -> None:
    page["row_families"][0] = 7


def _unused_id_not_text(page: dict[str, Any]) -> None:
    page["row_families"].append(None)


def _huge_seq(page: dict[str, Any]) -> None:
    page["rows"][0][0] = 2**70  # past what the vault stores: it was a crash


def _huge_next(page: dict[str, Any]) -> None:
    page["next"] = 2**70


def _rows_not_an_array(page: dict[str, Any]) -> None:
    page["rows"] = {"0": page["rows"][0]}


def _loose_stamp(page: dict[str, Any]) -> None:
    page["rows"][0][6] = "0_0_0_0_0_0_0_1-00000"


def _not_a_change_id(page: dict[str, Any]) -> None:
    page["rows"][0][1] = "not-an-id"


@pytest.mark.parametrize(
    "spoil",
    [
        _negative,
        _past_the_end,
        _a_bool,
        _short_row,
        _row_as_object,
        _seq_as_text,
        _no_ids,
        _id_not_text,
        _unused_id_not_text,
        _huge_seq,
        _huge_next,
        _rows_not_an_array,
        _loose_stamp,
        _not_a_change_id,
    ],
)
def test_a_malformed_rows_page_is_server_trouble_and_nothing_is_applied(
    sqlite_server: RunningServer, devices: Devices, spoil: Callable[[dict[str, Any]], None]
) -> None:
    _first, new, _total = history_on_two_laptops(sqlite_server, devices)
    with pytest.raises(ServerTrouble):
        new.engine(client_factory=_factory(Spoilt(spoil))).sync()
    assert new.repo.change_count() == 0 and new.state.cursor() == 0


@pytest.mark.parametrize("form", [CHANGES_FORM, ROWS_FORM])
def test_a_huge_seq_or_a_page_nested_too_deep_is_server_trouble_in_either_form(
    sqlite_server: RunningServer, devices: Devices, form: str
) -> None:
    def huge_seq(body: dict[str, Any]) -> None:
        if "rows" in body:
            body["rows"][0][0] = 2**63
        else:
            body["changes"][0]["seq"] = 2**63

    def too_deep(_body: dict[str, Any]) -> bytes:
        return b"[" * 100_000 + b"]" * 100_000

    _first, new, _total = history_on_two_laptops(sqlite_server, devices)
    for spoil in (huge_seq, too_deep):
        with pytest.raises(ServerTrouble):
            new.engine(client_factory=_factory(Spoilt(spoil), _client_in(form))).sync()
        assert new.repo.change_count() == 0 and new.state.cursor() == 0


def test_a_change_from_texts_is_checked_as_one_from_an_object() -> None:
    good = Change.from_dict(
        {
            "change_id": "0b9a4a52-41f2-4c1c-9a57-2f4b8f0a8f10",
            "entity_type": "member",
            "entity_id": "m1",
            "family_id": "f1",
            "field": "name",
            "value": "Anne",
            "hlc": "001764000000000-00000",
            "device_id": "d1",
            "user_id": "anne",
        }
    )
    texts = [good.change_id, "member", "m1", "f1", "name", good.hlc, "d1", "anne"]
    assert Change.from_texts(texts, "Anne") == good
    for spoilt in (texts[:-1], [*texts[:4], "", *texts[5:]], [*texts[:6], 3, texts[7]]):
        with pytest.raises(ChangeFormatError):
            Change.from_texts(spoilt, "Anne")
    with pytest.raises(ChangeFormatError):
        Change.from_texts(texts, "\ud800")
