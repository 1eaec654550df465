"""The supervisor's review: the role and its write guard, the read-only workspace with
its Review page, the coordinator seeing the comment, the round trip through the JSON
export and through sync, and "Export family plan…" from the workspace."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import PASSPHRASE
from plan_helpers import create, make_family
from plan_pdf_helpers import plain_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from ui_shell_helpers import make_window, unlock

from ftbt_desktop.core.plan import GoalStatus
from ftbt_desktop.export.json_export import (
    dumps_document,
    export_document,
    import_document,
    parse_document,
)
from ftbt_desktop.export.plan_content import PlanAudience
from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.audit import KIND_PLAN_PDF, list_exports
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.roles import ReadOnlyRole, Role, SupervisorGuard, current_role
from ftbt_desktop.storage.sync_state import Account, SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.dialogs.settings_notifier import settings_notifier
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace

pytest_plugins = ("server_fixtures", "sync_devices")

if TYPE_CHECKING:
    from server_fixtures import RunningServer
    from sync_devices import Device


def _family(repo: Repository) -> str:
    family_id = str(repo.create_family("Familien Berg").primary_id)
    repo.add_member(family_id, "Sara Berg", "parent", 1990)
    return family_id


# -- the role and the guard (no Qt) ----------------------------------------------


def test_a_supervisor_writes_only_reviews(repo: Repository) -> None:
    family_id = _family(repo)
    local = {"supervisor": True}
    repo.write_guard = SupervisorGuard(lambda: local["supervisor"])
    before = repo.change_count()

    with pytest.raises(ReadOnlyRole):
        repo.create_entity("goal", family_id, text="Et mål")
    with pytest.raises(ReadOnlyRole):
        repo.update_family(family_id, name="Familien Forkert")
    assert repo.change_count() == before  # nothing reached the log
    repo.create_entity("review_comment", family_id, text="Godt arbejde", author="sofie")
    repo.create_entity("plan_review", family_id, reviewed_on="2026-01-05", reviewer="sofie")
    assert repo.change_count() == before + 4  # two fields each

    local["supervisor"] = False  # the setting switched off: a coordinator again
    repo.create_entity("goal", family_id, text="Et mål")


def test_the_servers_role_outranks_the_local_setting(repo: Repository) -> None:
    family_id = _family(repo)
    assert current_role(repo, local_supervisor=True) is Role.SUPERVISOR
    assert current_role(repo, local_supervisor=False) is Role.COORDINATOR
    state = SyncState(repo)
    state.save_account(Account("https://ftbt.example", "anne", role="coordinator", token="t"))
    assert current_role(repo, local_supervisor=True) is Role.COORDINATOR
    state.save_account(Account("https://ftbt.example", "sofie", role="supervisor", token="t"))
    assert current_role(repo, local_supervisor=False) is Role.SUPERVISOR
    repo.write_guard = SupervisorGuard(lambda: False)
    with pytest.raises(ReadOnlyRole):
        repo.add_member(family_id, "Ny person", "child", 2020)
    # Changes from elsewhere (sync, import) are the server's business, never refused here.
    assert repo.apply_changes(repo.changes(family_id), origin="import") is not None


def test_the_review_round_trips_through_the_json_export(repo: Repository, tmp_path: Path) -> None:
    family_id = _family(repo)
    repo.create_entity(
        "review_comment", family_id, text="Målene er tydelige", author="sofie", date="2026-02-01"
    )
    repo.create_entity("plan_review", family_id, reviewed_on="2026-02-01", reviewer="sofie")
    document = export_document(repo, family_id)
    # In the readable part too (the case system or archive reads that, not the changes).
    [readable] = document["families"]
    assert [c["text"] for c in readable["review_comments"]] == ["Målene er tydelige"]
    assert [r["reviewer"] for r in readable["plan_reviews"]] == ["sofie"]
    text = dumps_document(document)

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, keys.minimum_params())
    try:
        target = Repository(other)
        import_document(target, parse_document(text.encode("utf-8")))
        [comment] = target.load(family_id, "review_comment")
        [review] = target.load(family_id, "plan_review")
    finally:
        other.close(backup=False)
    assert (comment.text, comment.author, comment.date) == (
        "Målene er tydelige",
        "sofie",
        "2026-02-01",
    )
    assert (review.reviewed_on, review.reviewer) == ("2026-02-01", "sofie")


# -- the workspace -----------------------------------------------------------------


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.set_write_guard(None)


def open_workspace(qtbot: QtBot, service: VaultService, family_id: str) -> FamilyWorkspace:
    workspace = FamilyWorkspace(service)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 800)
    workspace.show()
    workspace.show_family(family_id)
    return workspace


def show_tab(workspace: FamilyWorkspace, tab: QWidget) -> None:
    workspace.tab_widget.setCurrentWidget(tab)


def named(root: QWidget, cls: type, name: str) -> object:
    found = root.findChild(cls, name)
    assert found is not None, name
    return found


def test_a_supervisor_opens_the_family_read_only_and_can_only_review(
    qtbot: QtBot, data_dir: Path, service: VaultService
) -> None:
    save_settings(data_dir, Settings(supervisor_review=True))
    family_id, ids = make_family(service)
    goal_id = create(service, "goal", family_id, text="Faste morgener", member_ids=[ids["Mette"]])
    workspace = open_workspace(qtbot, service, family_id)
    before = service.on_vault(Repository.change_count)
    show_tab(workspace, workspace.plan_tab)
    workspace.plan_tab.select_goal(goal_id)  # its detail enables adding a rating or a step
    qtbot.waitUntil(lambda: workspace.plan_tab.detail.title.text() == "Faste morgener")

    assert workspace.read_only
    assert workspace.review_bar.banner.isVisibleTo(workspace)
    assert "Read-only: supervisor review" in workspace.review_bar.banner.text()
    name_edit = named(workspace, QLineEdit, "family_name")
    assert name_edit.isReadOnly()
    # (rating_add and step_add sit in a scroll area: inside one counts too)
    for button in ("family_save", "member_add", "goal_new", "visit_new", "rating_add", "step_add"):
        assert not named(workspace, QPushButton, button).isEnabled(), button
    # Moving around still works: the plan's page switch, history's filter, the map's zoom.
    assert named(workspace, QPushButton, "plan_show_plan").isEnabled()
    assert not named(workspace, QLineEdit, "history_filter").isReadOnly()
    show_tab(workspace, workspace.map_tab)
    qtbot.waitUntil(lambda: workspace.map_tab.current_map is not None)
    map_tab = workspace.map_tab.current_map
    assert not map_tab.actions_by_name["add_goal"].isEnabled()
    assert map_tab.actions_by_name["fit"].isEnabled()
    assert not map_tab.view.isInteractive()
    # A page that enables a button on a selection is overruled at once.
    show_tab(workspace, workspace.members_tab)
    table = named(workspace, QTableView, "members_table")
    table.selectRow(0)
    assert not named(workspace, QPushButton, "member_edit").isEnabled()
    # And any write that slips through is refused before it reaches the vault.
    with pytest.raises(ReadOnlyRole):
        service.run(add_record, "goal", family_id, {"text": "Nyt mål"})
    assert service.on_vault(Repository.change_count) == before

    # The Review page: write a comment and mark the plan as reviewed.
    review = workspace.review_tab
    show_tab(workspace, review)
    assert review.compose.isVisible()
    qtbot.keyClicks(review.comment_edit, "Husk et mål for Freja")
    assert review.unsaved_input()  # switching family first would ask to save it
    qtbot.mouseClick(review.add_button, Qt.MouseButton.LeftButton)
    assert not review.unsaved_input()
    qtbot.mouseClick(review.mark_button, Qt.MouseButton.LeftButton)
    [comment] = service.load(family_id, "review_comment")
    assert comment.text == "Husk et mål for Freja"
    assert comment.author == service.on_vault(lambda repo: repo.user_id)
    assert "Husk et mål for Freja" in review.comment_list.item(0).text()
    assert review.badge.text().startswith("Reviewed on")
    assert workspace.review_bar.badge.isVisibleTo(workspace)
    assert review.comment_edit.toPlainText() == ""

    # Back to coordinator (setting off): editable again.
    settings_notifier().sig_saved.emit(Settings(supervisor_review=False))
    assert not workspace.read_only
    assert not name_edit.isReadOnly()
    assert named(workspace, QPushButton, "member_add").isEnabled()
    assert not review.compose.isVisible()
    assert map_tab.actions_by_name["add_goal"].isEnabled()
    assert map_tab.view.isInteractive()
    create(service, "goal", family_id, text="Nyt mål")


def test_read_only_holds_against_keys_menus_drags_and_undo(
    qtbot: QtBot, data_dir: Path, service: VaultService
) -> None:
    """A coordinator's work left behind (an undo step on the map, a node selected, a
    rating typed) when the role turns to supervisor: no key, menu, drag or undo writes."""
    family_id, ids = make_family(service)
    goal_id = create(service, "goal", family_id, text="Faste morgener", member_ids=[ids["Mette"]])
    workspace = open_workspace(qtbot, service, family_id)
    show_tab(workspace, workspace.map_tab)
    qtbot.waitUntil(lambda: workspace.map_tab.current_map is not None)
    map_tab = workspace.map_tab.current_map
    node = map_tab.model.nodes()[0]
    map_tab.move_nodes({node.id: (node.x, node.y)}, {node.id: (node.x + 40, node.y)})
    assert map_tab.undo_stack.canUndo()
    item = map_tab.scene._nodes[node.id]
    item.setSelected(True)
    show_tab(workspace, workspace.plan_tab)
    workspace.plan_tab.select_goal(goal_id)
    detail = workspace.plan_tab.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Faste morgener")
    detail.rating_value.setValue(6)
    detail.rating_note.setText("Skrevet før skiftet")

    settings_notifier().sig_saved.emit(Settings(supervisor_review=True))
    assert workspace.read_only
    before = service.on_vault(Repository.change_count)
    undo_index = map_tab.undo_stack.index()

    # Return in the rating's note (a read-only field) saves nothing.
    detail.rating_note.setFocus()
    qtbot.keyClick(detail.rating_note, Qt.Key.Key_Return)
    # The map: nudge, undo, redo, delete, relabel by key; relabel by double click, drag,
    # and the context menu by mouse.
    show_tab(workspace, workspace.map_tab)
    view, viewport = map_tab.view, map_tab.view.viewport()
    view.setFocus()
    for key, modifier in (
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(view, key, modifier)
    at = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(viewport, at + QPoint(80, 40))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at + QPoint(80, 40))
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at)),
    )

    assert service.on_vault(Repository.change_count) == before
    assert map_tab.undo_stack.index() == undo_index
    assert map_tab.scene.interaction() is None  # no relabel or link gesture started
    assert map_tab.context_menu is None  # no menu to add, link or delete from
    assert not map_tab.actions_by_name["undo"].isEnabled()
    assert map_tab.model.node(node.id).x == node.x + 40  # where the coordinator left it
    assert [r.note for r in service.load(family_id, "progress_rating")] == []
    assert detail.rating_message.text() == ""  # not even tried: nothing to refuse
    assert map_tab.message.text() == ""  # the arrow key tried no move to be refused
    # Any write that still got through a control would be refused by the guard.
    with pytest.raises(ReadOnlyRole):
        service.run(edit_record, node.id, {"x": 0.0})


def test_a_supervisor_creates_no_family(qtbot: QtBot, data_dir: Path, vault: Vault) -> None:
    save_settings(data_dir, Settings(language="en", supervisor_review=True))
    vault.close(backup=False)
    window = make_window(qtbot, data_dir, Settings(language="en", supervisor_review=True))
    unlock(qtbot, window, PASSPHRASE)
    panel = window.family_list
    assert window.workspace.read_only
    assert not panel.new_button.isEnabled()
    panel.start_new_family()  # Alt+N, or the unsaved-input guard reopening the form
    assert panel.new_form.isHidden()
    # Were the form reached anyway, the refusal says why (not "the vault is locked").
    panel.new_form.name_edit.setText("Familien Forsøg")
    assert not panel.save_new_family()
    assert "Read-only" in panel.new_form.message.text()
    assert window.service.list_families() == []
    settings_notifier().sig_saved.emit(Settings(language="en"))
    assert panel.new_button.isEnabled()


def test_the_coordinator_sees_the_comments_and_the_reviewed_badge(
    qtbot: QtBot, service: VaultService
) -> None:
    family_id, _ = make_family(service)
    create(service, "review_comment", family_id, text="Første kommentar", author="sofie",
           date="2026-01-10")  # fmt: skip
    create(service, "review_comment", family_id, text="Anden kommentar", author="sofie",
           date="2026-02-10")  # fmt: skip
    workspace = open_workspace(qtbot, service, family_id)
    review = workspace.review_tab
    assert not workspace.read_only
    assert not review.compose.isVisibleTo(workspace)
    assert not workspace.review_bar.badge.isVisibleTo(workspace)
    texts = [review.comment_list.item(i).text() for i in range(review.comment_list.count())]
    assert texts[0].startswith("sofie,") and texts[0].endswith("Anden kommentar")
    assert texts[1].endswith("Første kommentar")

    # A review arriving later (a sync) shows at once.
    create(service, "plan_review", family_id, reviewed_on="2026-02-11", reviewer="sofie")
    assert workspace.review_bar.badge.isVisibleTo(workspace)
    assert "by sofie" in workspace.review_bar.badge.text()
    assert "by sofie" in review.badge.text()


def test_export_family_plan_from_the_workspace(
    qtbot: QtBot, service: VaultService, tmp_path: Path
) -> None:
    family_id, _ = make_family(service)
    create(service, "visit", family_id, date="2026-01-05", summary="Internreferat4471")
    target = tmp_path / "plan"
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(target)  # without .pdf: the dialog adds it

    workspace = open_workspace(qtbot, service, family_id)
    bar = workspace.review_bar
    bar.exporter.choose_path = choose
    qtbot.mouseClick(bar.export_button, Qt.MouseButton.LeftButton)
    dialog = bar.exporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "personal data" in dialog.warning.text()
    assert "encrypted folder" in dialog.warning.text()
    dialog.supervisor_radio.setChecked(True)
    with qtbot.waitSignal(bar.exporter.sig_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path, pages = finished.args
    assert path == tmp_path / "plan.pdf" and pages >= 3
    assert "family-plan-supervisor-" in asked[0] and "Holm" not in asked[0]
    assert "Internreferat4471" in plain_text(path)
    [entry] = [e for e in service.on_vault(list_exports) if e.kind == KIND_PLAN_PDF]
    assert entry.family_ids == (family_id,) and entry.audience == PlanAudience.SUPERVISOR.value
    assert bar.saved_label.isVisibleTo(workspace)


@pytest.mark.parametrize("finishes", [False, True], ids=["cancelled", "finished-as-it-locked"])
def test_a_lock_during_a_plan_export_leaves_no_file_without_its_audit_entry(
    qtbot: QtBot,
    service: VaultService,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    finishes: bool,
) -> None:
    import threading

    from ftbt_desktop.ui.plan_export import export_job
    from ftbt_desktop.ui.plan_export.export_dialog import PlanExporter

    family_id, _ = make_family(service)
    started, release = threading.Event(), threading.Event()
    real_write = export_job.write_family_plan

    def held_write(*args: object, cancelled: Callable[[], bool], **kwargs: object) -> int:
        started.set()
        assert release.wait(10)
        # Either it stops at its next page as asked, or it was on its last one.
        return real_write(*args, cancelled=(lambda: False) if finishes else cancelled, **kwargs)

    monkeypatch.setattr(export_job, "write_family_plan", held_write)
    parent = QWidget()
    qtbot.addWidget(parent)
    exporter = PlanExporter(service, parent)
    target = tmp_path / "plan.pdf"
    assert exporter.export(family_id, PlanAudience.FAMILY, target)
    assert started.wait(10)
    with qtbot.waitSignal(exporter.sig_failed, timeout=30_000) as failed:
        service.lock()
        release.set()
    assert "locked" in failed.args[0] and "Export it again after unlocking" in failed.args[0]
    assert not target.exists()  # no personal data left behind, unnoted
    reopened = Vault.open(data_dir, PASSPHRASE)
    try:
        assert [e for e in list_exports(reopened) if e.kind == KIND_PLAN_PDF] == []
    finally:
        reopened.close(backup=False)


# -- through sync ------------------------------------------------------------------


def test_a_review_written_by_the_supervisor_reaches_the_coordinators_workspace(
    qtbot: QtBot, sqlite_server: RunningServer, devices: Callable[[str], Device]
) -> None:
    server = sqlite_server
    server.add_user("anne")
    server.add_user("sofie", role="supervisor")
    server.cli("team", "add", "nord")
    server.cli("team", "member", "nord", "anne")
    server.cli("team", "supervisor", "nord", "sofie")
    anne, sofie = devices("anne-laptop"), devices("sofie-pc")
    anne.login(server.url, "anne")
    sofie.login(server.url, "sofie")
    family_id = str(anne.repo.create_family("Familien Holm").primary_id)
    anne.repo.create_entity("goal", family_id, text="Faste morgener", status=GoalStatus.ACTIVE)
    anne.sync()
    sofie.sync()

    # The supervisor's app: the role comes from the server; she reviews in the workspace.
    sofie_service = VaultService(sofie.vault.paths.data_dir)
    sofie_service.attach(sofie.vault)
    sofie_ws = open_workspace(qtbot, sofie_service, family_id)
    assert sofie_ws.read_only and sofie_ws.review_role.role is Role.SUPERVISOR
    qtbot.keyClicks(sofie_ws.review_tab.comment_edit, "Fint første mål")
    assert sofie_ws.review_tab.add_comment()
    assert sofie_ws.review_tab.mark_reviewed()
    report = sofie.sync()
    # Three fields of the comment, two of the mark; nothing else (the map placed no
    # nodes for her: the guard refused), so the server refused nothing.
    assert report.pushed == 5 and not report.rejected
    anne.sync()

    anne_service = VaultService(anne.vault.paths.data_dir)
    anne_service.attach(anne.vault)
    anne_ws = open_workspace(qtbot, anne_service, family_id)
    assert not anne_ws.read_only and anne_ws.review_role.role is Role.COORDINATOR
    assert anne_ws.review_tab.comment_list.item(0).text().endswith("Fint første mål")
    assert "by sofie" in anne_ws.review_bar.badge.text()
    sofie_service.set_write_guard(None)
    anne_service.set_write_guard(None)
