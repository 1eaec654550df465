"""pytest-qt: sign in, sync off the UI thread with progress and Cancel, the status bar,
the conflict notice, debounce and offline backoff — against a real server process."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialog

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.sync.backoff import Backoff
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.engine import SyncProgress, SyncReport
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.conflict_notice import ConflictNotice
from ftbt_desktop.ui.sync.sign_in_dialog import SignInDialog
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.ui.sync.sync_status import SyncStatusWidget
from ftbt_desktop.ui.sync.sync_worker import SyncWorker

pytest_plugins = ("server_fixtures", "sync_devices", "sync_ui_helpers")

from server_fixtures import PASSWORD, RunningServer  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from sync_devices import Device

    Devices = Callable[[str], Device]

WAIT_MS = 30_000


def sign_in(qtbot: QtBot, controller: SyncController, server: RunningServer) -> SyncReport:
    """Sign in (which starts a sync by itself) and wait for that first sync."""
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        assert controller.sign_in(server.url, "anne", PASSWORD, "ui-test")
    report = finished.args[0]
    assert isinstance(report, SyncReport)
    return report


def sync(qtbot: QtBot, controller: SyncController) -> SyncReport:
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        assert controller.sync_now()
    return finished.args[0]


def test_sign_in_dialog_and_status_bar(
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
    assert status.state_label.text() == "Not signed in"
    assert status.sign_in_button.isVisible() and not status.sync_button.isVisible()

    service.create_family("Familien Holm")
    assert status.pending_label.isVisible()
    assert status.pending_label.text().endswith("changes waiting to sync")

    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_edit.setText(sqlite_server.url)
    dialog.username_edit.setText("anne")
    dialog.password_edit.setText("forkert")
    with qtbot.waitSignal(controller.sig_sign_in_failed, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    assert dialog.isVisible()
    assert "username or password is wrong" in dialog.message_label.text()
    assert dialog.password_edit.text() == ""

    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: status.state_label.text() == "Online")
    assert not status.pending_label.isVisible()
    assert status.last_label.text().startswith("Last synced ")
    assert status.sync_button.isVisible() and status.sync_button.isEnabled()


class GatedClient(SyncClient):
    """Holds the second push until the test opens the gate: a long sync on demand."""

    gate = threading.Event()
    pushes = 0

    def push(self, changes: Any) -> Any:
        GatedClient.pushes += 1
        if GatedClient.pushes == 2:
            assert GatedClient.gate.wait(WAIT_MS / 1000)
        return super().push(changes)


def test_worker_runs_off_the_ui_thread_with_progress_and_cancel(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    sqlite_server.add_user("anne")
    GatedClient.gate = threading.Event()
    GatedClient.pushes = 0
    worker = SyncWorker(client_factory=GatedClient, push_batch=5)
    controller = controllers(service, worker=worker)
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    status.show()
    sign_in(qtbot, controller, sqlite_server)
    for n in range(4):
        family_id = service.create_family(f"Familie {n}").primary_id
        assert family_id
        service.add_member(family_id, f"Barn {n}", "child", 2015)
    pending = controller.status().pending
    assert pending > 10

    threads: list[QThread] = []
    worker.sig_progress.connect(lambda _p: threads.append(QThread.currentThread()))
    progress: list[Any] = []
    controller.sig_progress.connect(progress.append)
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        assert controller.sync_now()
        # The worker waits inside the second push; the UI keeps running meanwhile.
        qtbot.waitUntil(lambda: status.progress_bar.isVisible(), timeout=WAIT_MS)
        assert status.cancel_button.isVisible()
        assert status.state_label.text() == "Syncing…"
        assert any(p.phase == "push" and p.done == 5 for p in progress)
        status.cancel_button.click()
        GatedClient.gate.set()
    report = finished.args[0]
    assert report.cancelled
    assert report.pushed == 10  # the batch under way finished; no further one started
    assert threads and all(t is not QApplication.instance().thread() for t in threads)
    qtbot.waitUntil(lambda: not status.progress_bar.isVisible())
    assert controller.status().pending == pending - 10

    again = sync(qtbot, controller)
    assert again.in_sync and again.pushed == pending - 10


def test_conflict_shows_in_status_bar_and_notice_resolves_with_a_click(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
    devices: Devices,
) -> None:
    sqlite_server.add_user("anne")
    controller = controllers(service)
    status = SyncStatusWidget(controller)
    notice = ConflictNotice(controller)
    qtbot.addWidget(status)
    qtbot.addWidget(notice)
    status.show()
    family_id = service.create_family("Familien Holm").primary_id
    assert family_id
    sign_in(qtbot, controller, sqlite_server)

    other = devices("other-laptop")
    other.login(sqlite_server.url, "anne")
    other.sync()
    other.repo.update_family(family_id, name="Familien Holm-Jensen")
    other.sync()

    service.update_family(family_id, name="Familien Holm Jensen")
    assert status.pending_label.text() == "1 change waiting to sync"
    changed: list[Any] = []
    service.sig_changed.connect(changed.append)
    report = sync(qtbot, controller)
    assert report.conflicts == 1
    assert any(family_id in c.family_ids for c in changed)  # pulled pages refresh views
    assert status.conflicts_label.isVisible()
    assert "1 change needs your eye" in status.conflicts_label.text()

    notice.show_family(family_id)
    notice.show()
    assert notice.isVisible()
    assert notice.title_label.text() == "1 change needs your eye"
    texts = [label.text() for label in notice.findChildren(type(notice.title_label))]
    assert "Familien Holm-Jensen" in texts and "Familien Holm Jensen" in texts
    assert any("by anne" in t and "(shown now)" in t for t in texts)
    [conflict] = controller.conflicts(family_id)
    keep_theirs = notice.findChild(
        type(notice.keep_buttons()[0]), f"keep_{conflict.remote.change_id}"
    )
    assert keep_theirs is not None
    keep_theirs.click()
    assert not notice.isVisible()
    assert service.family(family_id).name == "Familien Holm-Jensen"
    qtbot.waitUntil(lambda: not status.conflicts_label.isVisible())
    assert controller.status().pending == 1  # the decision is a new change to push

    sync(qtbot, controller)
    other.sync()
    assert other.family_state(family_id) == SyncStateView(service).family_state(family_id)


class SyncStateView:
    def __init__(self, service: VaultService) -> None:
        self.vault = service.vault

    def family_state(self, family_id: str) -> dict[tuple[str, str], tuple[str, str]]:
        rows = self.vault.execute(
            "SELECT entity_id, field, value, change_id FROM state WHERE family_id = ?",
            (family_id,),
        )
        return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def test_edits_settle_then_sync_and_offline_retries_with_backoff(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    sqlite_server.add_user("anne")
    controller = controllers(service, debounce_ms=300, backoff=Backoff(base=0.3, cap=1.0))
    status = SyncStatusWidget(controller)
    qtbot.addWidget(status)
    sign_in(qtbot, controller, sqlite_server)

    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as settled:
        service.create_family("Familien Holm")  # no button: the debounce syncs
    assert settled.args[0].pushed > 0

    sqlite_server.stop()
    with qtbot.waitSignal(controller.sig_failed, timeout=WAIT_MS) as failed:
        controller.sync_now()
    assert failed.args[0] == "unreachable"
    assert "cannot be reached" in failed.args[1]
    assert status.state_label.text() == "Offline"
    assert controller.retry.isActive()

    service.create_family("Familien Berg")
    sqlite_server.start()
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as back:
        pass  # the backoff retry (or the debounce) reaches the server again
    assert back.args[0].in_sync
    qtbot.waitUntil(lambda: status.state_label.text() == "Online")


def test_syncs_by_itself_every_few_minutes(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    service: VaultService,
    controllers: Callable[..., SyncController],
    devices: Devices,
) -> None:
    sqlite_server.add_user("anne")
    controller = controllers(service, periodic_ms=400)
    sign_in(qtbot, controller, sqlite_server)
    other = devices("other-laptop")
    other.login(sqlite_server.url, "anne")
    other.repo.create_family("Familien Holm")
    other.sync()
    # Nothing edited here (no debounce), no button: only the timer can fetch it.
    qtbot.waitUntil(
        lambda: [f.name for f in service.list_families()] == ["Familien Holm"], timeout=WAIT_MS
    )


def test_status_bar_speaks_danish_with_danish_dates(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    controllers: Callable[..., SyncController],
) -> None:
    import datetime as dt
    import re
    import subprocess

    from PySide6.QtCore import QLocale

    from ftbt_desktop.ui.sync.sync_controller import SyncStatus
    from ftbt_desktop.words.translations import install_translators

    root = Path(__file__).resolve().parents[1]
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = root / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ftbt_da.qm")], check=True
    )
    before = QLocale()
    install_translators(qapp, "da", qm_dir=tmp_path)
    try:
        controller = controllers(VaultService(tmp_path / "locked"))
        status = SyncStatusWidget(controller)
        qtbot.addWidget(status)
        when = dt.datetime(2025, 12, 24, 13, 5, tzinfo=dt.UTC)
        status.show_status(
            SyncStatus(signed_in=True, online=True, last_sync=when, pending=2, conflicts=2)
        )
        assert status.state_label.text() == "Online"
        # To the second: two syncs in the same minute read differently (issue 13).
        assert re.fullmatch(
            r"Sidst synkroniseret 24\.12\.2025 \d\d\.\d\d\.00", status.last_label.text()
        )
        assert status.pending_label.text() == "2 ændringer venter på synkronisering"
        assert "2 ændringer kræver din stillingtagen" in status.conflicts_label.text()
        assert status.sync_button.text() == "Synkronisér nu"
        status.show_status(SyncStatus(signed_in=True, running=True))
        status.show_progress(SyncProgress("index", 0, 0))
        assert status.progress_bar.format() == "Gør familierne søgbare…"
        # Cancel stops the build too (storage/first_load.py: the next sync builds them).
        assert status.cancel_button.isEnabled()
        status.show_status(SyncStatus(signed_in=True, online=False))
        assert status.state_label.text() == "Offline"
        assert status.last_label.text() == "Aldrig synkroniseret"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)


def sync_texts(controller: SyncController, holm: str, berg: str) -> list[str]:
    """Every sentence and label the sync widgets and messages can show, in a fixed order."""
    import datetime as dt

    from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel

    from ftbt_desktop.storage.sync_state import Rejection
    from ftbt_desktop.sync import errors
    from ftbt_desktop.sync.engine import SyncProgress
    from ftbt_desktop.ui.sync.held_family_notice import HeldFamilyNotice
    from ftbt_desktop.ui.sync.sync_controller import SyncStatus
    from ftbt_desktop.words import sync as words

    texts: list[str] = []

    def widget_texts(widget: Any) -> None:
        QApplication.processEvents()  # a layout shows the widgets added to it a moment later
        texts.append(widget.windowTitle())
        for child in widget.findChildren(QLabel):
            if child.objectName() != "conflict_value" and child.isVisibleTo(widget):
                texts.append(child.text())
        for child in widget.findChildren(QAbstractButton):
            if child.isVisibleTo(widget):
                texts.append(child.text())
        for form in widget.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    texts.append(item.widget().text())

    status = SyncStatusWidget(controller)
    when = dt.datetime(2025, 12, 24, 13, 5, tzinfo=dt.UTC)
    for shown in (
        SyncStatus(),
        SyncStatus(signed_in=True),
        SyncStatus(signed_in=True, running=True, pending=3),
        SyncStatus(signed_in=True, online=False, last_sync=when, pending=1, conflicts=1),
        SyncStatus(signed_in=True, online=True, last_sync=when, conflicts=2),
    ):
        status.show_status(shown)
        widget_texts(status)
    status.show_status(SyncStatus(signed_in=True, running=True))
    for progress in (
        SyncProgress("push", 3, 10),
        SyncProgress("pull", 40, 0),
        SyncProgress("pull", 40, 1000),
        SyncProgress("index", 0, 0),
    ):
        status.show_progress(progress)
        texts.append(status.progress_bar.format())
        # A total (pushing, or pulling from a server that counts) fills the bar.
        assert status.progress_bar.maximum() == progress.total
        assert status.progress_bar.value() in (progress.done, -1)
    texts.append(status.state_label.toolTip())

    dialog = SignInDialog(controller, words.error_text(errors.TokenExpired()))
    dialog.submit()  # empty: says what to fill in
    widget_texts(dialog)
    notice = ConflictNotice(controller)
    notice.show_family(holm)
    widget_texts(notice)
    held = HeldFamilyNotice(controller)
    held.show_family(berg)
    widget_texts(held)
    box = held.ask_remove()
    assert box is not None
    widget_texts(box)
    box.close()
    for widget in (status, dialog, notice, held):
        widget.deleteLater()

    for error in (
        errors.NotSignedIn(),
        errors.WrongPassword(),
        errors.UserDisabled(),
        errors.Unauthorized(),
        errors.TokenExpired(),
        errors.ServerUnreachable(),
        errors.ServerTrouble(),
        errors.RateLimited(30),
        errors.RateLimited(600),
        errors.ServerRejected("batch_too_large"),
        errors.ClockWrong(3_600_000),
        errors.ClockWrong(0),
        errors.IncompatibleServer("server_too_old"),
        errors.IncompatibleServer("server_too_new"),
        errors.InsecureServer(),
        errors.BadServerAddress(),
        errors.SyncError(),
    ):
        texts.append(words.error_text(error))
    [rejection] = controller.held_family(berg).refused  # type: ignore[union-attr]
    for reason in ("forbidden", "read_only", "invalid", "", "something new"):
        texts.append(words.rejection_text(Rejection(rejection.change, reason, "", "")))
    texts += [words.rejections_summary(1), words.rejections_summary(3)]
    texts += [words.purged_text("Familien Holm"), words.purged_text("", 1)]
    texts += [words.purged_text("Familien Holm", 2)]
    texts += [words.held_text("Familien Berg", 1), words.held_text("", 2)]
    texts += [words.conflicts_text(1), words.conflicts_text(2)]
    texts += [words.pending_text(1), words.pending_text(2), words.last_sync_text(None)]
    return texts


def test_sync_widgets_and_messages_leave_no_english_under_danish(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    import subprocess

    from PySide6.QtCore import QLocale

    from ftbt_desktop.storage.sync_state import PulledChange, SyncState
    from ftbt_desktop.words.translations import install_translators

    holm = service.create_family("Familien Holm").primary_id
    berg = service.create_family("Familien Berg").primary_id
    assert holm and berg

    def a_conflict_a_refusal_and_a_held_family(repo: Repository) -> None:
        state = SyncState(repo)
        state.mark_pushed(c.change_id for c in repo.changes())
        mine = repo.update_family(holm, name="Familien Holm-Jensen").changes[0]
        theirs = dataclasses_replace(mine, value="Familien Holm Jensen", device="other")
        state.apply_page([PulledChange(1, theirs)], next_cursor=1)
        refused = repo.update_family(berg, notes="Ny aftale").changes[0]
        state.record_rejections([(refused.change_id, "forbidden", "assignment ended")])
        state.apply_page([], next_cursor=2, revoked=[berg])

    service.on_vault(a_conflict_a_refusal_and_a_held_family)
    controller = controllers(service)
    assert controller.conflicts(holm) and controller.held_family(berg)

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ftbt_da.qm")], check=True
    )
    before = QLocale()
    try:
        install_translators(qapp, "da", qm_dir=tmp_path)
        danish = sync_texts(controller, holm, berg)
        install_translators(qapp, "en")
        english = sync_texts(controller, holm, berg)
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)
    assert len(danish) == len(english) > 80
    assert "Behold denne" in danish and "Keep this" in english  # the conflict's rows too
    same_in_both = {"", "Online", "Offline"}
    left_in_english = [
        e for d, e in zip(danish, english, strict=True) if d == e and e not in same_in_both
    ]
    assert left_in_english == []


def dataclasses_replace(change: Any, value: Any, device: str) -> Any:
    """The same field changed on another device, a second later."""
    import dataclasses

    from ftbt_desktop.core.changes import new_change_id
    from ftbt_desktop.core.clock import Hlc

    later = Hlc(Hlc.decode(change.hlc).ms + 1000, 0).encode()
    return dataclasses.replace(
        change, change_id=new_change_id(), value=value, hlc=later, device_id=device
    )


def test_pulled_pages_reach_the_views_at_once_then_gathered(
    qtbot: QtBot, service: VaultService, controllers: Callable[..., SyncController]
) -> None:
    import uuid

    from ftbt_desktop.core.changes import Change
    from ftbt_desktop.core.clock import Hlc
    from ftbt_desktop.storage.repository import ChangeSet, Origin

    controller = controllers(service, applied_every_ms=300)
    seen: list[ChangeSet] = []
    service.sig_changed.connect(seen.append)

    def page(n: int) -> ChangeSet:
        # As the sync tells of a span: the entities written (n members of a family).
        family_id = str(uuid.uuid4())
        return ChangeSet(
            touched=frozenset((family_id, "member", str(uuid.uuid4())) for _ in range(n)),
            origin=Origin.SYNC,
        )

    pages = [page(3) for _ in range(6)]
    controller._on_applied(pages[0])
    assert [s.touched for s in seen] == [pages[0].touched]  # the first page shows at once
    assert seen[0].origin == Origin.SYNC and not seen[0].changes
    for later in pages[1:4]:
        controller._on_applied(later)
    assert len(seen) == 1  # the next ones wait, gathered ...
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert seen[1].touched == frozenset().union(*(p.touched for p in pages[1:4]))  # ... as one

    # Right after that, the next page waits its turn too (not two refreshes in a row).
    controller._on_applied(pages[4])
    assert len(seen) == 2 and controller.applied_timer.isActive()
    # The sync ends: whatever is still gathered reaches the views before the report.
    finished: list[int] = []
    controller.sig_finished.connect(lambda _r: finished.append(len(seen)))
    controller._on_applied(pages[5])
    controller._on_finished(SyncReport())
    assert finished == [3] and seen[2].touched == pages[4].touched | pages[5].touched
    delivered = [entity for s in seen for entity in s.touched]
    assert sorted(delivered) == sorted(e for p in pages for e in p.touched)  # all, once each
    # Told as changes (an older engine, an import), the views hear of the same entities.
    controller.applied_timer.stop()
    as_changes = ChangeSet(
        (Change(str(uuid.uuid4()), "goal", "g-1", "f-1", "title", "Mål",
                Hlc(1_700_000_000_000, 0).encode(), "device", "anne"),),
        origin=Origin.SYNC,
    )  # fmt: skip
    controller._on_applied(as_changes)
    assert seen[-1].touched == {("f-1", "goal", "g-1")} and seen[-1].entities("f-1") == {
        ("goal", "g-1")
    }

    # A view that writes in answer to pulled changes (the map placing new nodes) is a
    # local edit: it starts the edit debounce; the pulled changes themselves do not.
    from ftbt_desktop.storage.sync_state import Account, SyncState

    service.on_vault(SyncState).save_account(
        Account("http://127.0.0.1:9", "anne", token="t", expires_at="2999-01-01T00:00:00Z")
    )
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
    controller.debounce.stop()
    answered: list[ChangeSet] = []

    def view_writes(changes: ChangeSet) -> None:
        if not answered:
            answered.append(page(1))
            service.sig_changed.emit(answered[0])

    service.sig_changed.connect(view_writes)
    controller.applied_timer.stop()
    controller._on_applied(page(2))
    assert answered and controller.debounce.isActive()
    controller.debounce.stop()
    answered.append(page(1))  # the view has written already: it writes no more
    controller.applied_timer.stop()
    controller._on_applied(page(2))
    assert not controller.debounce.isActive()
