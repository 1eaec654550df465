"""The review loop (issue 13, finding 4): unread comments counted and marked read, a
badge in the family list, a line after sync, answers to a comment (a thread), "changed
since review" on the "reviewed" mark, and no edit affordance in the supervisor's views."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from plan_helpers import create, make_family
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.changes import Change, new_change_id
from ftbt_desktop.core.plan import GoalStatus
from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage.pulled import SERVER_ORIGIN
from ftbt_desktop.storage.repository import ChangeSet, Repository
from ftbt_desktop.storage.review_reads import (
    mark_read,
    plan_changed_since_review,
    unread_comments,
    unread_counts,
)
from ftbt_desktop.storage.roles import ReadOnlyRole, SupervisorGuard
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.sync_controller import SyncController
from ftbt_desktop.ui.sync.sync_worker import SyncWorker
from ftbt_desktop.ui.workspace.family_list import FamilyListPanel
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace

pytest_plugins = ("server_fixtures", "sync_devices")

if TYPE_CHECKING:
    from server_fixtures import RunningServer
    from sync_devices import Device

WAIT_MS = 30_000


def arrive(
    repo: Repository, entity_type: str, family_id: str, user: str = "sofie", **fields: Any
) -> ChangeSet:
    """An entity written by someone else, as a pull brings it."""
    entity_id = str(uuid.uuid4())
    changes = [
        Change(
            new_change_id(),
            entity_type,
            entity_id,
            family_id,
            name,
            value,
            repo.clock.tick().encode(),
            f"{user}-pc",
            user,
        )
        for name, value in fields.items()
    ]
    return ChangeSet(tuple(repo.apply_changes(changes, origin=SERVER_ORIGIN).changes), entity_id)


def comment_from_sofie(
    repo: Repository, family_id: str, text: str = "Husk Freja", date: str = "2026-02-10"
) -> str:
    changes = arrive(repo, "review_comment", family_id, text=text, author="sofie", date=date)
    assert changes.primary_id is not None
    return changes.primary_id


# -- storage (no Qt) ----------------------------------------------------------------


def test_comments_from_others_are_unread_until_marked(repo: Repository) -> None:
    holm = str(repo.create_family("Familien Holm").primary_id)
    berg = str(repo.create_family("Familien Berg").primary_id)
    first = comment_from_sofie(repo, holm)
    comment_from_sofie(repo, holm, "Og Oscar")
    comment_from_sofie(repo, berg)
    # My own writing is never news to me.
    repo.create_entity("review_comment", holm, text="Min egen", author=repo.user_id)

    assert unread_counts(repo) == {holm: 2, berg: 1}
    assert [u.entity_type for u in unread_comments(repo, holm)] == ["review_comment"] * 2
    assert first in {u.entity_id for u in unread_comments(repo, holm)}
    assert mark_read(repo, [first]) == 1
    assert unread_counts(repo) == {holm: 1, berg: 1}
    assert mark_read(repo, [u.entity_id for u in unread_comments(repo)]) == 2
    assert unread_comments(repo) == []
    # A removed comment is no news either.
    again = comment_from_sofie(repo, berg, "Ny")
    repo.apply_changes(
        [
            Change(
                new_change_id(),
                "review_comment",
                again,
                berg,
                "_deleted",
                True,
                repo.clock.tick().encode(),
                "sofie-pc",
                "sofie",
            )
        ],
        origin=SERVER_ORIGIN,
    )
    assert unread_comments(repo) == []


def test_a_reply_has_a_rule_for_every_field_and_supervisors_may_write_it(
    repo: Repository,
) -> None:
    from ftbt_desktop.core.fields import InvalidField

    family_id = str(repo.create_family("Familien Holm").primary_id)
    comment = comment_from_sofie(repo, family_id)
    reply = repo.create_entity(
        "review_reply",
        family_id,
        comment_id=comment,
        text="Tak, det gør jeg",
        author=repo.user_id,
        date="2026-02-11",
    ).primary_id
    [loaded] = repo.load(family_id, "review_reply")
    assert (loaded.id, loaded.comment_id, loaded.text) == (reply, comment, "Tak, det gør jeg")
    with pytest.raises(InvalidField):
        repo.create_entity("review_reply", family_id, comment_id="not an id", text="x")
    with pytest.raises(InvalidField):
        repo.create_entity("review_reply", family_id, comment_id=comment, text="")
    # The supervisor answers in the same thread; a goal stays out of reach.
    repo.write_guard = SupervisorGuard(lambda: True)
    repo.create_entity("review_reply", family_id, comment_id=comment, text="Fint")
    with pytest.raises(ReadOnlyRole):
        repo.create_entity("goal", family_id, text="Et mål")


def test_the_plan_changed_since_the_review_mark(repo: Repository) -> None:
    family_id = str(repo.create_family("Familien Holm").primary_id)
    goal = repo.create_entity("goal", family_id, text="Faste morgener").primary_id
    assert not plan_changed_since_review(repo, family_id)  # never reviewed
    arrive(repo, "plan_review", family_id, reviewed_on="2026-02-10", reviewer="sofie")
    assert not plan_changed_since_review(repo, family_id)
    # A reply or a note elsewhere is not the plan.
    repo.create_entity("visit", family_id, date="2026-02-11", summary="Besøg")
    assert not plan_changed_since_review(repo, family_id)
    repo.update_entity(goal, text="Faste morgener og aftener")
    assert plan_changed_since_review(repo, family_id)
    arrive(repo, "plan_review", family_id, reviewed_on="2026-02-12", reviewer="sofie")
    assert not plan_changed_since_review(repo, family_id)
    repo.create_entity("step", family_id, goal_id=goal, what="Vækkeur")
    assert plan_changed_since_review(repo, family_id)


# -- the windows --------------------------------------------------------------------


@pytest.fixture
def service(data_dir: Path, vault: Any) -> Iterator[VaultService]:
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


def row_texts(panel: FamilyListPanel, role: Qt.ItemDataRole) -> dict[str, str]:
    model = panel.model
    return {
        str(model.index(r).data(Qt.ItemDataRole.DisplayRole)): str(model.index(r).data(role))
        for r in range(model.rowCount())
    }


def test_the_family_list_marks_a_family_with_unread_comments(
    qtbot: QtBot, service: VaultService
) -> None:
    family_id, _ = make_family(service)
    service.create_family("Familien Berg")
    panel = FamilyListPanel(service)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    holm_row = model.index(model.row_of(family_id))
    assert holm_row.data(Qt.ItemDataRole.DecorationRole) is None

    service.sig_changed.emit(
        service.on_vault(arrive, "review_comment", family_id, text="Husk Freja", author="sofie")
    )
    tips = row_texts(panel, Qt.ItemDataRole.ToolTipRole)
    assert "1 new comment from your supervisor" in tips["Familien Holm"]
    assert "comment" not in tips["Familien Berg"]
    spoken = row_texts(panel, Qt.ItemDataRole.AccessibleTextRole)
    assert "1 new comment from your supervisor" in spoken["Familien Holm"]
    icon = model.index(model.row_of(family_id)).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    service.sig_changed.emit(
        service.on_vault(arrive, "review_comment", family_id, text="Og Oscar", author="sofie")
    )
    assert (
        "2 new comments from your supervisor"
        in row_texts(panel, Qt.ItemDataRole.ToolTipRole)["Familien Holm"]
    )

    # Reading them on the Review page takes the mark away.
    workspace = open_workspace(qtbot, service, family_id)
    workspace.tab_widget.setCurrentWidget(workspace.review_tab)
    qtbot.waitUntil(lambda: service.on_vault(unread_comments) == [])
    qtbot.waitUntil(
        lambda: model.index(model.row_of(family_id)).data(Qt.ItemDataRole.DecorationRole) is None
    )
    assert "comment" not in row_texts(panel, Qt.ItemDataRole.ToolTipRole)["Familien Holm"]


def test_the_coordinator_answers_a_comment_in_its_thread(
    qtbot: QtBot, service: VaultService
) -> None:
    family_id, _ = make_family(service)
    first = service.on_vault(comment_from_sofie, family_id, "Første kommentar", "2026-02-09")
    service.on_vault(comment_from_sofie, family_id, "Anden kommentar")
    workspace = open_workspace(qtbot, service, family_id)
    review = workspace.review_tab
    workspace.tab_widget.setCurrentWidget(review)
    assert not workspace.read_only
    reply_box = review.reply_box
    assert reply_box.isVisible()
    for widget in (review.reply_edit, review.reply_button, review.comment_list):
        assert widget.accessibleName(), widget.objectName()

    review.select_thread(first)
    assert "Første kommentar" in review.reply_target.text()
    qtbot.keyClicks(review.reply_edit, "Tak, jeg tager det op med Freja")
    assert review.unsaved_input()
    qtbot.mouseClick(review.reply_button, Qt.MouseButton.LeftButton)
    [reply] = service.load(family_id, "review_reply")
    assert (reply.comment_id, reply.text) == (first, "Tak, jeg tager det op med Freja")
    assert reply.author == service.on_vault(lambda repo: repo.user_id)
    assert review.reply_edit.toPlainText() == "" and not review.unsaved_input()
    texts = [review.comment_list.item(i).text() for i in range(review.comment_list.count())]
    # Newest comment first; each comment followed by its answers.
    assert texts[0].endswith("Anden kommentar")
    assert texts[1].endswith("Første kommentar")
    assert texts[2].endswith("Tak, jeg tager det op med Freja") and texts[2].startswith("↳")
    # An empty answer is refused in words.
    qtbot.mouseClick(review.reply_button, Qt.MouseButton.LeftButton)
    assert review.reply_message.text() != ""


def test_reviewed_says_changed_since_review_once_the_plan_changes(
    qtbot: QtBot, service: VaultService
) -> None:
    family_id, _ = make_family(service)
    goal = create(service, "goal", family_id, text="Faste morgener")
    service.sig_changed.emit(
        service.on_vault(
            arrive, "plan_review", family_id, reviewed_on="2026-02-10", reviewer="sofie"
        )
    )
    workspace = open_workspace(qtbot, service, family_id)
    badge = workspace.review_bar.badge
    assert badge.isVisibleTo(workspace)
    assert "by sofie" in badge.text() and "changed since review" not in badge.text()

    service.run(edit_record, goal, {"text": "Faste morgener og aftener"})
    assert "changed since review" in badge.text()
    assert "changed since review" in workspace.review_tab.badge.text()
    assert badge.accessibleName() or badge.toolTip()
    service.sig_changed.emit(
        service.on_vault(
            arrive, "plan_review", family_id, reviewed_on="2026-02-12", reviewer="sofie"
        )
    )
    assert "changed since review" not in badge.text()


def test_the_supervisors_read_only_views_offer_no_editing(
    qtbot: QtBot, data_dir: Path, service: VaultService
) -> None:
    save_settings(data_dir, Settings(supervisor_review=True))
    family_id, ids = make_family(service)
    goal_id = create(service, "goal", family_id, text="Faste morgener", member_ids=[ids["Mette"]])
    create(service, "visit", family_id, date="2026-01-05", summary="Hjemmebesøg")
    workspace = open_workspace(qtbot, service, family_id)
    assert workspace.read_only
    before = service.on_vault(Repository.change_count)

    plan = workspace.plan_tab
    workspace.tab_widget.setCurrentWidget(plan)
    plan.select_goal(goal_id)
    item = plan.goal_list.currentItem()
    rect = plan.goal_list.visualItemRect(item)
    viewport = plan.goal_list.viewport()
    double_click(qtbot, viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert not plan.goal_form.isVisible()  # no "Edit goal" with ticking boxes
    plan.goal_list.setFocus()
    qtbot.keyClick(plan.goal_list, Qt.Key.Key_Return)
    assert not plan.goal_form.isVisible()
    # Activating a goal on the plan page opens it to read: that stays.
    plan.show_page(1)
    tree = plan.overview.tree
    goal_item = next(
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
        if "Faste morgener" in tree.topLevelItem(g).child(c).text(0)
    )
    qtbot.waitUntil(lambda: tree.isVisible())
    tree.scrollToItem(goal_item)
    double_click(
        qtbot, tree.viewport(), Qt.MouseButton.LeftButton, tree.visualItemRect(goal_item).center()
    )
    assert plan.pages.currentIndex() == 0 and not plan.goal_form.isVisible()

    # Members and visits: a double click on a row opens no form either.
    for tab in (workspace.members_tab, workspace.visits_tab):
        workspace.tab_widget.setCurrentWidget(tab)
        table = tab.table
        table.selectRow(0)
        cell = table.visualRect(table.model().index(0, 0)).center()
        double_click(qtbot, table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        assert not tab.form.isVisible(), tab.objectName()

    # The map tells the supervisor nothing about adding.
    workspace.tab_widget.setCurrentWidget(workspace.map_tab)
    qtbot.waitUntil(lambda: workspace.map_tab.current_map is not None)
    hint = workspace.map_tab.current_map.editor.hint
    assert hint.isVisible()
    assert "Double-click" not in hint.text() and "to add" not in hint.text()
    assert "read" in hint.text().lower()
    assert service.on_vault(Repository.change_count) == before

    # Back to coordinator: the hint and the double click work again.
    from ftbt_desktop.ui.dialogs.settings_notifier import settings_notifier

    settings_notifier().sig_saved.emit(Settings(supervisor_review=False))
    assert "Double-click" in hint.text()
    workspace.tab_widget.setCurrentWidget(plan)
    plan.show_page(0)
    plan.select_goal(goal_id)
    rect = plan.goal_list.visualItemRect(plan.goal_list.currentItem())
    double_click(qtbot, plan.goal_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert plan.goal_form.isVisible()
    assert not workspace.review_bar.banner.isVisible()
    assert named_button(workspace, "goal_new").isEnabled()


def double_click(qtbot: QtBot, viewport: QWidget, button: Qt.MouseButton, pos: QPoint) -> None:
    """As a hand does it: the press and release first, then the second press. A lone
    double-click event does not activate a row (the view never saw it pressed)."""
    qtbot.mouseClick(viewport, button, pos=pos)
    qtbot.mouseDClick(viewport, button, pos=pos)


def named_button(root: Any, name: str) -> QPushButton:
    found = root.findChild(QPushButton, name)
    assert found is not None, name
    return found


# -- through a real server ----------------------------------------------------------


@pytest.fixture
def controllers() -> Iterator[Callable[..., SyncController]]:
    made: list[SyncController] = []

    def make(service: VaultService) -> SyncController:
        controller = SyncController(service, worker=SyncWorker(), periodic_ms=3_600_000)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def test_a_comment_and_its_answer_travel_and_are_announced_after_sync(
    qtbot: QtBot,
    sqlite_server: RunningServer,
    devices: Callable[[str], Device],
    controllers: Callable[..., SyncController],
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
    comment = sofie.repo.create_entity(
        "review_comment", family_id, text="Husk Freja", author="sofie", date="2026-02-10"
    ).primary_id
    assert not sofie.sync().rejected

    # Anne's app syncs: the family list marks the family, and Messages (Beskeder) says
    # what came, once: no second line after the sync says it again.
    anne_service = VaultService(anne.vault.paths.data_dir)
    anne_service.attach(anne.vault)
    panel = FamilyListPanel(anne_service)
    qtbot.addWidget(panel)
    messages: list[str] = []
    controller = controllers(anne_service)  # an unlocked vault syncs at once
    controller.sig_message.connect(messages.append)
    # The worker's answer is queued for this thread: it cannot arrive before the wait.
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS):
        pass
    assert not any("comment" in m or "review" in m for m in messages), messages
    from ftbt_desktop.storage import notices

    [said] = [n for n in notices.unread(anne.repo) if n.kind == notices.COMMENT]
    assert said.family_id == family_id and said.count == 1
    assert "1 new comment" in str(panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole))
    # Nothing new: nothing said again.
    messages.clear()
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS):
        controller.sync_now()
    assert not any("comment" in m for m in messages)

    # Anne answers; the server takes it from the coordinator of the family.
    anne_service.run(
        add_record,
        "review_reply",
        family_id,
        {"comment_id": comment, "text": "Det gør jeg", "author": "anne", "date": "2026-02-11"},
    )
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS) as finished:
        controller.sync_now()
    assert not finished.args[0].rejected
    report = sofie.sync()
    assert not report.rejected
    [reply] = sofie.repo.load(family_id, "review_reply")
    assert (reply.comment_id, reply.text, reply.author) == (comment, "Det gør jeg", "anne")
    assert [u.entity_type for u in unread_comments(sofie.repo, family_id)] == ["review_reply"]
    # And the supervisor answers back in the thread: the server accepts that too.
    sofie.repo.create_entity(
        "review_reply", family_id, comment_id=comment, text="Godt", author="sofie"
    )
    assert not sofie.sync().rejected
    anne_service.set_write_guard(None)
