"""Exports made on a laptop reach the central audit log at the next sync, on a real server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402

from ftbt_desktop.storage import audit  # noqa: E402
from ftbt_desktop.sync.client import SyncClient  # noqa: E402

Devices = Callable[[str], Any]  # sync_devices.Device; imported by pytest as a plugin


def central_exports(server: RunningServer) -> list[dict[str, Any]]:
    token = server.login("revisor")
    response = httpx.get(f"{server.url}/api/v1/audit", headers=server.headers(token), timeout=30)
    response.raise_for_status()
    return [e for e in response.json()["entries"] if e["action"] == "export"]


class NoExportRoute(httpx.BaseTransport):
    """The real server, except that it answers 404 to the export route (an older server)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/audit/export"):
            return httpx.Response(404, json={"error": "not_found", "message": "no such route"})
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def signed_in_laptop(server: RunningServer, devices: Devices) -> Any:
    """Kari's laptop signed in; "revisor" (admin) reads the central audit log."""
    server.add_user("kari")
    server.add_user("revisor", "admin")
    laptop = devices("laptop")
    laptop.login(server.url, "kari")
    return laptop


def test_unsent_exports_are_reported_once_and_marked_sent(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    server = sqlite_server
    laptop = signed_in_laptop(server, devices)
    family = laptop.repo.create_family("Familien Eksport").primary_id
    assert family is not None
    # Every kind of export the app makes, as the app records them.
    made = [
        audit.record_export(laptop.repo, audit.KIND_OUTCOME_REPORT, "pdf", [family]),
        audit.record_export(laptop.repo, audit.KIND_PLAN_PDF, "pdf", [family], "supervisor"),
        audit.record_export(laptop.repo, audit.KIND_JSON, "json", [family]),
        audit.record_export(laptop.repo, audit.KIND_MAP, "png", [family], "family"),
    ]

    first = laptop.sync()
    assert first.exports_reported == 4
    assert audit.unsent_exports(laptop.repo) == []
    sent = {r.export_id: r for r in audit.list_exports(laptop.repo)}
    assert all(sent[r.export_id].sent for r in made)

    entries = central_exports(server)
    details = [e["detail"] for e in entries]
    assert details == [
        "kind=outcome_report format=pdf",
        "kind=plan_pdf format=pdf audience=supervisor",  # the audience travels
        "kind=json format=json",
        "kind=map format=png audience=family",
    ]
    assert all(e["families"] == [family] and e["username"] == "kari" for e in entries)
    assert all(e["device_name"] == "laptop" for e in entries)

    again = laptop.sync()
    assert again.exports_reported == 0
    assert len(central_exports(server)) == 4


def test_a_server_without_the_route_keeps_them_for_later(
    sqlite_server: RunningServer, devices: Devices
) -> None:
    server = sqlite_server
    laptop = signed_in_laptop(server, devices)
    family = laptop.repo.create_family("Familien Eksport").primary_id
    assert family is not None
    record = audit.record_export(laptop.repo, "json", "json", [family])
    transport = NoExportRoute()
    refused = laptop.sync(
        client_factory=lambda url, token: SyncClient(url, token, transport=transport)
    )
    assert refused.exports_reported == 0 and refused.in_sync  # the sync itself succeeded
    assert [r.export_id for r in audit.unsent_exports(laptop.repo)] == [record.export_id]
    assert central_exports(server) == []

    later = laptop.sync()
    assert later.exports_reported == 1
    assert audit.unsent_exports(laptop.repo) == []
    [entry] = central_exports(server)
    assert entry["families"] == [family]


def test_an_export_of_a_family_never_read_here_is_kept_and_the_rest_still_go(
    server: RunningServer, devices: Devices
) -> None:
    laptop = signed_in_laptop(server, devices)
    family = laptop.repo.create_family("Familien Eksport").primary_id
    assert family is not None
    # Say, a family whose first push the server refused: it never became hers there.
    never = audit.record_export(laptop.repo, "json", "json", ["ukendt-familie"])
    audit.record_export(laptop.repo, "json", "json", [family])
    report = laptop.sync()
    assert report.exports_reported == 1
    assert [r.export_id for r in audit.unsent_exports(laptop.repo)] == [never.export_id]
    # Not sent at all while the server holds nothing of that family: no denial
    # logged again at every sync.
    assert laptop.sync().exports_reported == 0
    entries = [(e["families"], e["outcome"]) for e in central_exports(server)]
    assert entries == [([family], "ok")]


def test_an_export_naming_a_demo_family_reports_the_real_ones_once(
    server: RunningServer, devices: Devices
) -> None:
    """Demo families never leave the laptop, so the server cannot know them: an export
    of every family (demo ones included) was refused whole, the real families' export
    never reached the central log, and every sync logged a false denial."""
    laptop = signed_in_laptop(server, devices)
    family = laptop.repo.create_family("Familien Eksport").primary_id
    demo = laptop.repo.create_family("Familien Demo", is_demo=True).primary_id
    assert family is not None and demo is not None
    audit.record_export(laptop.repo, "json", "json", [family, demo])
    audit.record_export(laptop.repo, "plan_pdf", "pdf", [demo])
    report = laptop.sync()
    laptop.sync()
    assert report.exports_reported == 1
    assert audit.unsent_exports(laptop.repo) == []
    entries = [(e["families"], e["outcome"]) for e in central_exports(server)]
    assert entries == [([family], "ok")]


def server_rows_naming(server: RunningServer, needles: set[str]) -> list[str]:
    """Every row of every table of the server's database that holds one of `needles`."""
    from sqlalchemy import MetaData, create_engine, select

    engine = create_engine(server.db_url)
    found: list[str] = []
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.connect() as conn:
            for table in meta.sorted_tables:
                for row in conn.execute(select(table)):
                    text = " ".join(str(v) for v in row)
                    found.extend(f"{table.name}: {n}" for n in needles if n in text)
    finally:
        engine.dispose()
    return found


def test_demo_families_leave_no_trace_on_the_server_audit_included(
    server: RunningServer, devices: Devices
) -> None:
    """The finding: demo families' ids reached the central audit log through export
    entries, though demo families never appear on the server. Every export a
    coordinator makes with the demo families there: the plan of a demo family, a
    JSON file of every family, a map picture; the server holds no trace of them."""
    from ftbt_desktop.core.family_ref import family_reference
    from ftbt_desktop.storage.demo import add_demo_families

    laptop = signed_in_laptop(server, devices)
    demo_ids = add_demo_families(laptop.repo)
    assert len(demo_ids) >= 2
    family = laptop.repo.create_family("Familien Eksport").primary_id
    assert family is not None
    laptop.sync()
    everything = audit.record_export(laptop.repo, "json", "json", [family, *demo_ids])
    demo_only = [
        audit.record_export(laptop.repo, "plan_pdf", "pdf", [demo_ids[0]], "family"),
        audit.record_export(laptop.repo, "map", "png", demo_ids[:2], "family"),
    ]

    report = laptop.sync()
    assert report.exports_reported == 1  # the real family's share of the JSON file
    assert laptop.sync().exports_reported == 0
    # Nothing waits: the demo-only exports are done with, never to be sent.
    assert audit.unsent_exports(laptop.repo) == []
    sent = {r.export_id: r.sent for r in audit.list_exports(laptop.repo)}
    assert all(sent[r.export_id] for r in demo_only)
    # The laptop's own trail still says what left the vault, demo families included.
    mine = {r.export_id: r.family_ids for r in audit.list_exports(laptop.repo)}
    assert set(mine[everything.export_id]) == {family, *demo_ids}

    entries = [(e["families"], e["outcome"]) for e in central_exports(server)]
    assert entries == [([family], "ok")]
    assert server_rows_naming(server, set(demo_ids)) == []
    log = server.cli("audit", "--json").stdout + server.cli("audit").stdout
    assert not any(d in log or family_reference(d) in log for d in demo_ids)
    assert family in log
    assert not any(d in server.log_tail() for d in demo_ids)
