"""Who and when (issue 13, finding 5): who is signed in to which server, signing out,
a sign-in dialog wide enough for a real address, "nothing new" said to the second,
conflicts with seconds and laptops under a stable heading, and conflict and refusal
markers in the family list — real widgets, a real vault, a real server process."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionFrame
from ui_shell_helpers import make_vault, make_window, unlock

from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.storage.pulled import PulledChange
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.errors import Unauthorized
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.conflict_notice import ConflictNotice
from ftbt_desktop.ui.sync.sign_in_dialog import SignInDialog
from ftbt_desktop.ui.sync.sync_controller import SyncController, SyncStatus
from ftbt_desktop.ui.sync.sync_status import SyncStatusWidget
from ftbt_desktop.ui.workspace.family_list import FamilyListPanel

pytest_plugins = ("server_fixtures", "sync_devices", "sync_ui_helpers")

from server_fixtures import PASSWORD, RunningServer  # noqa: E402
from sync_ui_helpers import sign_in, sync  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from sync_devices import Device

    Devices = Callable[[str], Device]

WAIT_MS = 30_000
PASSPHRASE = "korrekt hest batteri hæfteklamme"
# A clock time with seconds, in any locale's way of writing it ("13.05.07", "1:05:07 PM").
WITH_SECONDS = re.compile(r"\d{1,2}[:.]\d\d[:.]\d\d")


def host(server: RunningServer) -> str:
    return urlsplit(server.url).netloc


def danish(qapp: QApplication, tmp_path: Path) -> None:
    """Danish from the translation source as it is now (lrelease into tmp_path)."""
    from ftbt_desktop.words.translations import install_translators

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ftbt_da.qm")], check=True
    )
    install_translators(qapp, "da", qm_dir=tmp_path)


# -- the status bar ----------------------------------------------------------


def test_status_bar_says_who_is_signed_in_to_which_server(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    sqlite_server.add_user("anne")
    controller = controllers(service)
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    status.show()
    assert not status.identity_label.isVisible()  # nobody yet

    sign_in(qtbot, controller, sqlite_server)
    qtbot.waitUntil(lambda: status.identity_label.isVisible())
    assert status.identity_label.text() == f"anne · {host(sqlite_server)}"
    said = f"Signed in as anne at {sqlite_server.url}"
    assert status.identity_label.toolTip() == said
    assert status.identity_label.accessibleName() == said

    controller.sign_out()
    assert not status.identity_label.isVisible()
    assert status.state_label.text() == "Not signed in"


# -- the sign-in dialog ------------------------------------------------------


def test_sign_in_dialog_says_who_and_signs_out_keeping_unsent_changes(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    sqlite_server.add_user("anne")
    controller = controllers(service)
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    fresh = SignInDialog(controller)
    qtbot.addWidget(fresh)
    assert not fresh.signed_in_label.isVisibleTo(fresh)  # not signed in: nothing to say
    assert not fresh.sign_out_button.isVisibleTo(fresh)
    fresh.reject()

    sign_in(qtbot, controller, sqlite_server)
    holm = service.create_family("Familien Holm").primary_id
    assert holm and controller.status().pending > 0
    pending = controller.status().pending

    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signed_in_label.isVisible()
    assert dialog.signed_in_label.text() == f"Signed in as anne at {host(sqlite_server)}"
    assert "annes-laptop" in dialog.device_label.text()
    button = dialog.sign_out_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "Sign out"
    assert button.accessibleName() == "Sign out of the central server"

    button.click()
    account = service.on_vault(SyncState).account()
    assert account is not None and not account.signed_in  # the token is gone from the vault
    assert service.vault.get_meta("sync.token") == ""
    assert account.server_url == sqlite_server.url and account.username == "anne"  # kept
    assert dialog.isVisible()  # to sign in again, or close
    assert dialog.message_label.isVisible()
    assert "stay on this computer" in dialog.message_label.text()
    assert not dialog.signed_in_label.isVisible() and not dialog.sign_out_button.isVisible()
    assert controller.status().pending == pending  # nothing unsent is lost
    assert not controller.sync_now()  # signed out: nothing is sent
    assert status.state_label.text() == "Not signed in"


def test_signing_out_revokes_the_token_on_the_server_too(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    """A token copied off the laptop before sign-out must not keep working."""
    sqlite_server.add_user("anne")
    controller = controllers(service)
    sign_in(qtbot, controller, sqlite_server)
    account = service.on_vault(SyncState).account()
    assert account is not None and account.token
    with SyncClient(account.server_url, account.token) as client:
        client.pull(0, 10)  # works while signed in
    controller.sign_out()
    qtbot.waitUntil(controller.worker.idle.is_set, timeout=20_000)

    def refused() -> bool:
        with SyncClient(account.server_url, account.token) as client:
            try:
                client.pull(0, 10)
            except Unauthorized:
                return True
        return False

    qtbot.waitUntil(refused, timeout=20_000)


def test_sign_in_dialog_shows_a_long_server_address_whole(
    qtbot: QtBot, service: VaultService, controllers: Callable[..., SyncController]
) -> None:
    controller = controllers(service)
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    address = "https://ftbt-synkronisering.familieafdelingen.eksempelkommune.dk"
    assert len(address) >= 60
    dialog.server_edit.setText(address)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.server_edit
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    # QLineEdit keeps 2 px each side inside its contents rectangle.
    width = room.width() - margins.left() - margins.right() - 4
    assert edit.fontMetrics().horizontalAdvance(address) <= width


# -- nothing new --------------------------------------------------------------


def test_a_sync_with_nothing_new_says_so_to_the_second(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
    devices: Devices,
) -> None:
    sqlite_server.add_user("anne")
    controller = controllers(service)
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    status.show()
    service.create_family("Familien Holm")
    first = sign_in(qtbot, controller, sqlite_server)
    assert first.pushed > 0
    assert status.last_label.text().startswith("Last synced ")

    again = sync(qtbot, controller)
    assert again.pushed == 0 and again.pulled == 0
    text = status.last_label.text()
    assert text.startswith("Synced – nothing new")
    assert WITH_SECONDS.search(text), text
    last = controller.status().last_sync
    assert last is not None
    assert f"{last.astimezone():%S}" in text  # the seconds of this very sync

    # Two syncs in the same minute read differently.
    shown = []
    for second in (5, 41):
        when = dt.datetime.now(dt.UTC).replace(second=second, microsecond=0)
        status.show_status(
            SyncStatus(signed_in=True, online=True, last_sync=when, nothing_new=True)
        )
        shown.append(status.last_label.text())
    assert shown[0] != shown[1]

    other = devices("other-laptop")
    other.login(sqlite_server.url, "anne")
    other.repo.create_family("Familien Berg")
    other.sync()
    brought = sync(qtbot, controller)
    assert brought.pulled > 0
    assert status.last_label.text().startswith("Last synced ")
    assert WITH_SECONDS.search(status.last_label.text())


# -- a conflict --------------------------------------------------------------


def test_a_conflict_names_the_goal_stably_with_seconds_and_both_laptops(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
    devices: Devices,
) -> None:
    from sync_devices import wait_past

    sqlite_server.add_user("anne")
    controller = controllers(service)
    notice = ConflictNotice(controller)
    qtbot.addWidget(notice)
    holm = service.create_family("Familien Holm").primary_id
    assert holm
    mads = service.add_member(holm, "Mads Holm", "child", 2014).primary_id
    goal = service.run(
        add_record, "goal", holm, {"text": "Mads kommer i skole", "member_ids": [mads]}
    ).primary_id
    assert goal
    sign_in(qtbot, controller, sqlite_server)

    other = devices("bentes-gamle-laptop")
    other.login(sqlite_server.url, "anne")
    other.sync()
    theirs = other.repo.update_entity(goal, text="Mads kommer i skole hver dag").changes[0]
    other.sync()
    wait_past(theirs.hlc)
    service.run(edit_record, goal, {"text": "Mads møder til tiden"})
    assert sync(qtbot, controller).conflicts == 1

    notice.show_family(holm)
    notice.show()
    [conflict] = controller.conflicts(holm)
    heading = notice.findChild(QLabel, "conflict_heading")
    assert heading is not None
    assert heading.text() == "Goal for Mads Holm – Text"
    assert "Mads kommer" not in heading.text() and "møder" not in heading.text()

    mine = notice.findChild(QLabel, f"conflict_who_{conflict.local.change_id}")
    other_side = notice.findChild(QLabel, f"conflict_who_{conflict.remote.change_id}")
    assert mine is not None and other_side is not None
    assert "this computer" in mine.text() and "annes-laptop" in mine.text()
    assert "by anne" in mine.text()
    assert WITH_SECONDS.search(mine.text()) and WITH_SECONDS.search(other_side.text())
    assert f"{conflict.local_when.astimezone():%S}" in mine.text()
    assert f"{conflict.remote_when.astimezone():%S}" in other_side.text()
    # The other laptop goes by the label its own sign-in dialog shows ("This computer").
    from ftbt_desktop.words.sync import device_label

    label = device_label(other.repo.device_id)
    assert len(label) == 6 and label in other_side.text()
    assert device_label(service.device_id) in mine.text()
    assert "this computer" not in other_side.text()
    assert mine.text() != other_side.text()


# -- the family list ---------------------------------------------------------


def test_family_list_marks_conflicts_and_refusals_after_a_sync(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path, devices: Devices
) -> None:
    from ftbt_desktop.ui.workspace.family_list import SYNC_ICON_ROLE, SYNC_MARKS_ROLE

    server = sqlite_server_no_grace
    server.add_user("anne")
    server.add_user("bente")
    data_dir = tmp_path / "data"
    make_vault(data_dir, PASSPHRASE, ("Familien Holm", "Familien Berg"))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    sync_ui = window.sync_ui
    with qtbot.waitSignal(sync_ui.controller.sig_finished, timeout=WAIT_MS):
        assert sync_ui.controller.sign_in(server.url, "anne", PASSWORD, "annes-laptop")
    families = {f.name: f.id for f in window.service.list_families()}
    holm, berg = families["Familien Holm"], families["Familien Berg"]
    # Who and where, in the window's own status bar and in the dialog opened again.
    qtbot.waitUntil(lambda: sync_ui.status.identity_label.isVisible())
    assert sync_ui.status.identity_label.text() == f"anne · {host(server)}"
    sync_ui.sign_in_action.trigger()
    dialog = sync_ui._dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.signed_in_label.text() == f"Signed in as anne at {host(server)}"
    assert dialog.sign_out_button.isVisible()
    dialog.reject()

    def row_data(family_id: str, role: int) -> Any:
        model = window.family_list.model
        return model.index(model.row_of(family_id)).data(role)

    assert row_data(holm, SYNC_MARKS_ROLE) in (None, (0, 0))
    assert row_data(holm, Qt.ItemDataRole.ToolTipRole) == "Familien Holm"

    other = devices("other-laptop")
    other.login(server.url, "anne")
    other.sync()
    last = other.repo.update_family(holm, notes="Ring før besøg", coordinator="Anne B").changes
    other.sync()
    from sync_devices import wait_past

    wait_past(last[-1].hlc)
    window.service.update_family(holm, notes="Mødes på skolen", coordinator="Anne Berg")
    server.assign(berg, "bente")
    window.service.update_family(berg, notes="Ny aftale med skolen")  # after the reassignment
    controller = sync_ui.controller
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        sync_ui.sync_action.trigger()
    assert finished.args[0].conflicts == 2 and len(finished.args[0].rejected) == 1

    qtbot.waitUntil(lambda: row_data(holm, SYNC_MARKS_ROLE) == (2, 0))
    assert row_data(holm, Qt.ItemDataRole.ToolTipRole) == "Familien Holm, 2 conflicts"
    assert row_data(holm, Qt.ItemDataRole.AccessibleTextRole) == "Familien Holm, 2 conflicts"
    icon = row_data(holm, SYNC_ICON_ROLE)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert row_data(berg, SYNC_MARKS_ROLE) == (0, 1)
    assert row_data(berg, Qt.ItemDataRole.ToolTipRole) == "Familien Berg, 1 refused change"

    # Resolved conflicts leave the list's marker at once.
    for conflict in controller.conflicts(holm):
        controller.resolve(conflict.conflict_id, conflict.local.change_id)
    qtbot.waitUntil(lambda: row_data(holm, SYNC_MARKS_ROLE) in (None, (0, 0)))
    assert row_data(holm, Qt.ItemDataRole.ToolTipRole) == "Familien Holm"
    assert row_data(holm, SYNC_ICON_ROLE) is None


# -- in Danish ---------------------------------------------------------------


def test_who_and_when_speak_danish(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    from ftbt_desktop.storage.sync_state import Account
    from ftbt_desktop.words.translations import install_translators

    holm = service.create_family("Familien Holm").primary_id
    assert holm

    def conflicts_a_refusal_and_an_account(repo: Repository) -> None:
        state = SyncState(repo)
        state.mark_pushed(c.change_id for c in repo.changes())
        for field, value in (("notes", "Ring før besøg"), ("coordinator", "Anne B")):
            mine = repo.update_family(holm, **{field: value + " her"}).changes[0]
            state.apply_page([PulledChange(1, later(mine, value))], next_cursor=1)
        refused = repo.update_family(holm, name="Familien Holm-Jensen").changes[0]
        state.record_rejections([(refused.change_id, "invalid", "too long")])
        state.save_account(
            Account(
                "https://ftbt.kommune.dk",
                "anne",
                token="t" * 40,
                expires_at="2999-01-01T00:00:00Z",
                device_name="annes-laptop",
            )
        )

    service.on_vault(conflicts_a_refusal_and_an_account)
    before = QLocale()
    try:
        danish(qapp, tmp_path)
        controller = controllers(service)
        status = SyncStatusWidget(controller)
        qtbot.addWidget(status)
        assert status.identity_label.text() == "anne · ftbt.kommune.dk"
        assert status.identity_label.toolTip() == "Logget ind som anne på https://ftbt.kommune.dk"
        when = dt.datetime(2025, 12, 24, 13, 5, 7, tzinfo=dt.UTC)
        status.show_status(SyncStatus(signed_in=True, online=True, last_sync=when))
        assert re.fullmatch(
            r"Sidst synkroniseret 24\.12\.2025 \d\d\.\d\d\.07", status.last_label.text()
        ), status.last_label.text()
        status.show_status(
            SyncStatus(signed_in=True, online=True, last_sync=when, nothing_new=True)
        )
        assert re.fullmatch(
            r"Synkroniseret – intet nyt \(24\.12\.2025 \d\d\.\d\d\.07\)", status.last_label.text()
        ), status.last_label.text()

        dialog = SignInDialog(controller)
        qtbot.addWidget(dialog)
        assert dialog.signed_in_label.text() == "Logget ind som anne på ftbt.kommune.dk"
        assert dialog.sign_out_button.text() == "Log ud"
        assert dialog.sign_out_button.accessibleName() == "Log ud af den centrale server"
        dialog.sign_out_button.click()
        assert dialog.message_label.text().startswith("Du er logget ud.")
        assert "bliver på denne computer" in dialog.message_label.text()

        panel = FamilyListPanel(service)
        qtbot.addWidget(panel)
        panel.refresh()
        tip = panel.model.index(panel.model.row_of(holm)).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "Familien Holm, 2 konflikter, 1 afvist ændring"

        notice = ConflictNotice(controller)
        qtbot.addWidget(notice)
        notice.show_family(holm)
        headings = [w.text() for w in notice.findChildren(QLabel, "conflict_heading")]
        assert sorted(headings) == ["Familie – Koordinator", "Familie – Noter"]
        whos = [
            w.text()
            for w in notice.findChildren(QLabel)
            if w.objectName().startswith("conflict_who_")
        ]
        assert any(t.startswith("denne computer") and "annes-laptop" in t for t in whos)
        assert any("via den centrale server" in t for t in whos)
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)


def later(change: Any, value: Any) -> Any:
    """The same field changed on another laptop, a second later."""
    import dataclasses

    from ftbt_desktop.core.changes import new_change_id
    from ftbt_desktop.core.clock import Hlc

    stamp = Hlc(Hlc.decode(change.hlc).ms + 1000, 0).encode()
    return dataclasses.replace(
        change,
        change_id=new_change_id(),
        value=value,
        hlc=stamp,
        device_id="9f3c2a17-0d4e-4b8e-a1f2-6c7d8e9f0a1b",
    )
