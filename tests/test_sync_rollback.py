"""Finding 4 of issue 11: an old copy of the whole data folder put back (database and
seal file together) is found at the next sync, told, and nothing the server has is lost.
With a real `ftbt-server` process and a real vault."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

pytest_plugins = ("server_fixtures", "sync_devices")

from PySide6.QtWidgets import QApplication  # noqa: E402
from server_fixtures import PASSWORD, RunningServer  # noqa: E402

from ftbt_desktop.storage.repository import Repository  # noqa: E402
from ftbt_desktop.storage.vault import Vault, check_file  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from sync_devices import Device

    Devices = Callable[[str], Device]

PASSPHRASE = "korrekt hest batteri hæfteklamme"


def _change_ids(vault: Vault) -> set[str]:
    return {row[0] for row in vault.execute("SELECT change_id FROM changes")}


def test_old_copy_of_the_whole_folder_is_told_and_pulled_back(
    server: RunningServer, devices: Devices
) -> None:
    server.add_user("anne")
    anne = devices("anne-laptop")
    anne.login(server.url, "anne")
    holm = anne.repo.create_family("Familien Holm").primary_id
    assert holm
    anne.repo.add_member(holm, "Mette Holm", "parent", 1985)
    first = anne.sync()
    assert first.pushed > 0

    folder = anne.vault.paths.data_dir
    snapshot = folder.parent / "snapshot"
    anne.vault.close(backup=False)
    shutil.copytree(folder, snapshot)

    vault = Vault.open(folder, PASSPHRASE)
    anne.vault, anne.repo = vault, Repository(vault)
    anne.repo.update_family(holm, notes="Ring før besøg")
    anne.repo.add_member(holm, "Oskar Holm", "child", 2015)
    assert anne.sync().pushed > 0
    everything = _change_ids(anne.vault)
    names = {m.name for m in anne.repo.members(holm)}
    anne.vault.close(backup=False)

    # The whole folder as it was: database and seal file agree, so offline it is whole.
    shutil.rmtree(folder)
    shutil.copytree(snapshot, folder)
    assert check_file(folder, PASSPHRASE).ok
    vault = Vault.open(folder, PASSPHRASE)
    anne.vault, anne.repo = vault, Repository(vault)
    assert _change_ids(anne.vault) < everything

    report = anne.sync()
    assert _change_ids(anne.vault) == everything
    assert {m.name for m in anne.repo.members(holm)} == names
    assert anne.repo.family(holm).notes == "Ring før besøg"
    assert anne.vault.check().ok
    assert report.rolled_back

    # Told once: the next sync finds nothing missing.
    assert not anne.sync().rolled_back


def test_a_device_that_never_pushed_is_not_told(server: RunningServer, devices: Devices) -> None:
    server.add_user("bente")
    bente = devices("bente-laptop")
    bente.login(server.url, "bente")
    assert not bente.sync().rolled_back
    bente.repo.create_family("Familien Berg")
    assert bente.sync().pushed > 0
    assert not bente.sync().rolled_back


def test_a_family_given_to_another_coordinator_is_no_rollback_and_its_message_stays(
    server: RunningServer, devices: Devices
) -> None:
    # The last change this laptop pushed was in a family it then had to give up: the
    # vault lacks that change because it was purged, not because an old copy came back.
    server.add_user("dorte")
    server.add_user("bente")
    dorte = devices("dorte-laptop")
    dorte.login(server.url, "dorte")
    holm = dorte.repo.create_family("Familien Holm").primary_id
    assert holm
    assert dorte.sync().pushed > 0
    server.assign(holm, "bente")
    gone = dorte.sync()
    assert [p.name for p in gone.purged] == ["Familien Holm"]
    said = dorte.vault.execute("SELECT kind, family_id FROM notices")
    assert said == [("removed", holm)]

    again = dorte.sync()
    assert not again.rolled_back  # no "an older copy was put back" for nothing
    assert dorte.vault.execute("SELECT kind, family_id FROM notices") == said


def test_a_cursor_past_the_missing_change_pulls_everything_again(
    server: RunningServer, devices: Devices
) -> None:
    server.add_user("carl")
    carl = devices("carl-laptop")
    carl.login(server.url, "carl")
    fid = carl.repo.create_family("Familien Dahl").primary_id
    assert fid
    carl.sync()
    everything = _change_ids(carl.vault)
    # The changes gone but the cursor kept: the ordinary pull alone would not bring them.
    with carl.vault.transaction() as conn:
        carl.vault.log_rewritten()
        conn.execute("DELETE FROM state")
        conn.execute("DELETE FROM changes")
    report = carl.sync()
    assert report.rolled_back
    assert _change_ids(carl.vault) == everything
    assert carl.repo.family(fid).name == "Familien Dahl"


def test_the_sync_window_tells_it_in_danish(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, sqlite_server: RunningServer
) -> None:
    from PySide6.QtCore import QLocale

    from ftbt_desktop.storage import keys
    from ftbt_desktop.sync.engine import SyncEngine
    from ftbt_desktop.ui.service import VaultService
    from ftbt_desktop.ui.sync.sync_controller import SyncController
    from ftbt_desktop.ui.sync.sync_worker import SyncWorker
    from ftbt_desktop.words.translations import install_translators

    root = Path(__file__).resolve().parents[1]
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = root / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ftbt_da.qm")], check=True
    )
    sqlite_server.add_user("anne")
    folder = tmp_path / "anne"
    vault, _ = Vault.create(folder, PASSPHRASE, keys.minimum_params())
    Repository(vault).create_family("Familien Holm")
    vault.close(backup=False)
    shutil.copytree(folder, tmp_path / "snapshot")
    # Push the family from the newer vault, then put the older folder back.
    vault = Vault.open(folder, PASSPHRASE)
    engine_repo = Repository(vault)
    SyncEngine(engine_repo).login(sqlite_server.url, "anne", PASSWORD, "ui-test")
    Repository(vault).create_family("Familien Berg")
    assert SyncEngine(engine_repo).sync().pushed > 0
    vault.close(backup=False)
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "snapshot", folder)
    vault = Vault.open(folder, PASSPHRASE)
    SyncEngine(Repository(vault)).login(sqlite_server.url, "anne", PASSWORD, "ui-test")

    before = QLocale()
    install_translators(qapp, "da", qm_dir=tmp_path)
    service = VaultService(folder)
    service.attach(vault)
    controller = SyncController(service, worker=SyncWorker(), periodic_ms=3_600_000)
    messages: list[str] = []
    controller.sig_message.connect(messages.append)
    try:
        with qtbot.waitSignal(controller.sig_finished, timeout=30_000) as finished:
            assert controller.sync_now()
        assert finished.args[0].rolled_back
        assert any("ældre kopi af datamappen" in m for m in messages)
        assert "Familien Berg" in {f.name for f in Repository(vault).list_families()}
    finally:
        controller.shutdown()
        service.lock()
        install_translators(qapp, "en")
        QLocale.setDefault(before)


def test_the_device_route_refuses_text_no_database_can_store(server: RunningServer) -> None:
    from server_fixtures import api

    server.add_user("dora")
    with api(server) as client:
        token = client.post(
            "/api/v1/auth/login",
            json={"username": "dora", "password": PASSWORD, "device_name": "pc"},
        ).json()["token"]
    with api(server, token) as client:
        answer = client.get("/api/v1/sync/device", params={"device_id": "a\x00b"})
        assert answer.status_code == 400, answer.text
        answer = client.get("/api/v1/sync/device", params={"device_id": "laptop"})
        assert answer.status_code == 200
        assert answer.json()["last_change_id"] == ""
