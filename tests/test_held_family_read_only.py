"""A family the server has taken away, in the real main window against a real server
(issue 13, findings 1 and 2): it is read-only at once (banner, every edit control off, the
map too, the vault refusing writes), what the server refused is shown beside the goal with
what was written, History names the goal by its accepted text, a later refusal in the same
family is no modal and the count follows at once, and handing over is "save for the new
coordinator", then "remove from this computer"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsView, QMessageBox
from pytestqt.qtbot import QtBot
from ui_shell_helpers import listed_families

from ftbt_desktop.operations.records import edit_record
from ftbt_desktop.storage.repository import Repository

pytest_plugins = ("server_fixtures", "sync_devices")

from held_family_helpers import (  # noqa: E402
    NEW_TEXT,
    OLD_TEXT,
    WAIT_MS,
    accept_message,
    family_id,
    held_with_goal,
    signed_in,
    sync_once,
)
from server_fixtures import RunningServer  # noqa: E402


def test_a_reassigned_family_is_read_only_at_once(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    _holm, goal_id = held_with_goal(qtbot, window, sqlite_server_no_grace)
    workspace = window.workspace
    plan = workspace.plan_tab
    workspace.tab_widget.setCurrentWidget(plan)
    plan.select_goal(goal_id)
    assert not plan.new_goal_button.isEnabled()
    assert not plan.edit_goal_button.isEnabled()
    assert not plan.remove_goal_button.isEnabled()
    assert not plan.detail.rating_add.isEnabled()
    assert plan.detail.rating_note.isReadOnly()
    assert not workspace.members_tab.add_button.isEnabled()
    assert not workspace.visits_tab.new_button.isEnabled()
    assert not workspace.network_tab.add_consent_button.isEnabled()
    workspace.tab_widget.setCurrentWidget(workspace.map_tab)
    current_map = workspace.map_tab.current_map
    assert current_map is not None
    view = current_map.findChild(QGraphicsView)
    assert view is not None and not view.isInteractive()
    banner = workspace.taken_away_banner
    assert banner.isVisible()
    assert "handed over to another coordinator" in banner.text()
    assert "You can no longer edit it" in banner.text()
    assert banner.accessibleName()
    # Not the supervisor's review: that banner stays hidden.
    assert not workspace.review_bar.banner.isVisible()

    # Behind the controls, the vault takes no edit of the family…
    from ftbt_desktop.storage.taken_away import FamilyTakenAway

    with pytest.raises(FamilyTakenAway):
        window.service.run(edit_record, goal_id, {"text": "Endnu en tekst"})
    # …while another family stays editable.
    berg = family_id(window, "Familien Berg")
    window.service.update_family(berg, notes="Ring efter kl. 10")
    window.family_list.select_family(berg)
    qtbot.waitUntil(lambda: workspace.current_family_id() == berg)
    assert not banner.isVisible()
    workspace.tab_widget.setCurrentWidget(plan)
    assert plan.new_goal_button.isEnabled()


def test_a_later_refusal_in_a_held_family_is_no_modal_and_the_count_follows(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    holm, _goal_id = held_with_goal(qtbot, window, sqlite_server_no_grace)
    notice = window.sync_ui.held_notice
    qtbot.waitUntil(notice.isVisible)
    before = len(window.sync_ui.controller.held_family(holm).refused)  # type: ignore[union-attr]
    assert f"refused {before} changes" in notice.text_label.text()

    # A goal written in the moment before this laptop knew (another window of the vault
    # has no guard): refused at the next background sync.
    Repository(window.service.vault).create_entity("goal", holm, text="Nyt mål skrevet sent")
    report = sync_once(qtbot, window)
    assert report.rejected  # type: ignore[attr-defined]
    qtbot.wait(50)  # a message box would be opened from the finished signal
    assert window.findChild(QMessageBox, "sync_message") is None
    assert window.sync_ui.notices.dialog is None  # nor a message: the notice says it
    after = len(window.sync_ui.controller.held_family(holm).refused)  # type: ignore[union-attr]
    assert after > before
    qtbot.waitUntil(lambda: f"refused {after} changes" in notice.text_label.text())
    assert "Nyt mål skrevet sent" in notice.changes_label.text()


def test_refused_work_is_shown_beside_the_goal_with_what_was_written(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    _holm, goal_id = held_with_goal(qtbot, window, sqlite_server_no_grace)
    workspace = window.workspace
    plan = workspace.plan_tab
    workspace.tab_widget.setCurrentWidget(plan)
    plan.select_goal(goal_id)
    detail = plan.detail

    assert detail.title.text() == OLD_TEXT  # what the server holds

    # History names the goal by its accepted text.
    history = workspace.history_tab
    workspace.tab_widget.setCurrentWidget(history)
    history.reload()
    subjects = [history.row_texts(r)[2] for r in range(history.visible_row_count())]
    goal_rows = [s for s in subjects if s.startswith((OLD_TEXT, NEW_TEXT))]
    assert goal_rows and all(s.startswith(OLD_TEXT) for s in goal_rows)

    # The notice says what was written, not just the field.
    notice = window.sync_ui.held_notice
    assert f"“{NEW_TEXT}”" in notice.changes_label.text()

    # Beside the goal: what was written and not sent.
    workspace.tab_widget.setCurrentWidget(plan)
    refused = detail.refused_label
    qtbot.waitUntil(refused.isVisible)
    assert f"Not sent: “{NEW_TEXT}”" in refused.text()
    assert "refused by the server: the family has been handed over" in refused.text()
    assert "Progress rating 7" in refused.text() or "rating 7" in refused.text()
    assert refused.accessibleName()


def test_hand_over_is_save_for_the_new_coordinator_then_remove(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    from ftbt_desktop.export.json_export import parse_document

    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    _holm, _goal_id = held_with_goal(qtbot, window, sqlite_server_no_grace)
    notice = window.sync_ui.held_notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.save_button.text() == "Save for the new coordinator…"
    assert notice.remove_button.text() == "Remove the family from this computer"
    assert notice.save_button.accessibleName() and notice.remove_button.accessibleName()
    # Usable although the page is read-only.
    assert notice.save_button.isEnabled() and notice.remove_button.isEnabled()

    saved = tmp_path / "til-bente.json"
    notice.choose_path = lambda *_args: str(saved)
    notice.save_button.click()
    [family] = parse_document(saved.read_bytes())["families"]
    assert any(g.get("text") == NEW_TEXT for g in family["goals"])

    notice.remove_button.click()
    confirm = notice.confirm_box
    assert confirm is not None
    remove = next(b for b in confirm.buttons() if b.objectName() == "held_remove_yes")
    remove.click()
    assert listed_families(window) == ["Familien Berg"]
    assert not window.workspace.taken_away_banner.isVisible()


def test_a_family_given_back_is_editable_again(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    holm, goal_id = held_with_goal(qtbot, window, sqlite_server_no_grace)
    banner = window.workspace.taken_away_banner
    qtbot.waitUntil(banner.isVisible)
    sqlite_server_no_grace.assign(holm, "anne")
    sync_once(qtbot, window)
    qtbot.waitUntil(lambda: not banner.isVisible())
    plan = window.workspace.plan_tab
    window.workspace.tab_widget.setCurrentWidget(plan)
    assert plan.new_goal_button.isEnabled()
    window.service.run(edit_record, goal_id, {"why": "Det giver luft"})


def test_the_read_only_family_speaks_danish(
    qtbot: QtBot, qapp: QApplication, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QLocale

    from ftbt_desktop.words.translations import install_translators

    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    _holm, goal_id = held_with_goal(qtbot, window, sqlite_server_no_grace)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ftbt_da.ts"
    qm_dir = tmp_path / "qm"
    qm_dir.mkdir()
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(qm_dir / "ftbt_da.qm")], check=True
    )
    before = QLocale()
    try:
        install_translators(qapp, "da", qm_dir=qm_dir)
        workspace = window.workspace
        banner = workspace.taken_away_banner
        qtbot.waitUntil(
            lambda: banner.text().startswith(
                "Familien er overdraget til en anden koordinator. Du kan ikke længere rette i den."
            )
        )
        assert banner.accessibleName() == "Skrivebeskyttet: familien er overdraget"
        plan = workspace.plan_tab
        workspace.tab_widget.setCurrentWidget(plan)
        plan.select_goal(goal_id)
        plan.refresh()
        refused = plan.detail.refused_label.text()
        assert f"Ikke sendt: “{NEW_TEXT}” (afvist af serveren: familien er overdraget)" in refused
        assert "Ikke sendt: skalering 7" in refused
        notice = window.sync_ui.held_notice
        assert notice.save_button.text() == "Gem til den nye koordinator…"
        assert notice.remove_button.text() == "Fjern familien fra denne computer"
        assert "afvist af serveren" in notice.changes_label.text()
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)


def test_a_refused_member_is_shown_on_the_members_page(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    window = signed_in(qtbot, tmp_path, sqlite_server_no_grace)
    holm = family_id(window, "Familien Holm")
    sqlite_server_no_grace.assign(holm, "bente")
    window.service.add_member(holm, "Omar Holm", "child", 2015)  # before the laptop knew
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_held, timeout=WAIT_MS):
        controller.sync_now()
    accept_message(window)
    window.family_list.select_family(holm)
    qtbot.waitUntil(lambda: window.workspace.current_family_id() == holm)
    members = window.workspace.members_tab
    window.workspace.tab_widget.setCurrentWidget(members)
    assert all(m.name != "Omar Holm" for m in members.members())  # the server's view
    refused = members.refused_label
    qtbot.waitUntil(refused.isVisible)
    assert "Not sent:" in refused.text() and "“Omar Holm”" in refused.text()
    assert "“2015”" in refused.text() or "2015" in refused.text()
