"""The words of messages: by the reader's role, "sent" only when something was, and in
Danish everywhere (the dialog over a real vault, the catalogue built from the .ts file)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ftbt_desktop.storage import notices
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.notices_dialog import NoticeBoard, NoticesDialog
from ftbt_desktop.words.notice import (
    messages_accessible_text,
    messages_action_text,
    notice_advice,
    notice_details,
    notice_title,
)
from ftbt_desktop.words.translations import install_translators

REFUSED = notices.refused_detail([("family", "notes", "forbidden"), ("goal", "text", "read_only")])


def every_notice(repo: Repository) -> list[notices.Notice]:
    """One message of each kind, count and role, recorded in the vault."""
    holm = repo.create_family("Familien Holm").primary_id
    assert holm
    drafts = []
    for role in ("coordinator", "supervisor"):
        for count in (0, 1, 3):
            drafts.append(
                notices.NewNotice(notices.REMOVED, f"gone-{count}", "Familien Berg", role, count)
            )
        for count in (1, 2):
            for kind in (notices.HELD, notices.REFUSED):
                drafts.append(
                    notices.NewNotice(
                        kind, f"{kind}-{count}", "Familien Egen", role, count, REFUSED
                    )
                )
            for kind in (notices.CONFLICT, notices.COMMENT, notices.WITHHELD):
                drafts.append(notices.NewNotice(kind, f"{kind}-{count}-{role}", "", role, count))
        drafts.append(notices.NewNotice(notices.ERASED, "erased", "Familien Dal", role))
    # A distinct family for each draft, so none adds to another.
    drafts = [
        notices.NewNotice(d.kind, f"{d.family_id}-{i}", d.family_name or "Familien Holm", d.role, d.count, d.detail)
        for i, d in enumerate(drafts)
    ]  # fmt: skip
    drafts.append(notices.NewNotice(notices.REFUSED, holm, "", "coordinator", 1))  # still here
    notices.record_all(repo, drafts)
    shown = notices.unread(repo)
    assert not any(n.kind == notices.COMMENT for n in shown)  # no such comment is unread
    return shown + [
        notices.Notice(0, notices.COMMENT, dt.datetime.now(dt.UTC), holm, "Familien Holm", role, count, {})
        for role in ("coordinator", "supervisor")
        for count in (1, 2)
    ]  # fmt: skip


def texts(shown: list[notices.Notice]) -> list[str]:
    found = []
    for notice in shown:
        found += [notice_title(notice), notice_advice(notice), *notice_details(notice)]
    found += [messages_action_text(n) for n in (0, 2)]
    found += [messages_accessible_text(n) for n in (0, 1, 2)]
    return found


def by_kind(shown: list[notices.Notice], kind: str, role: str, count: int) -> notices.Notice:
    return next(n for n in shown if (n.kind, n.role, n.count) == (kind, role, count))


@pytest.fixture
def service(vault: Any, data_dir: Path) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


def test_a_supervisor_is_told_in_her_words_and_sent_only_when_sent(repo: Repository) -> None:
    shown = every_notice(repo)
    nothing_sent = notice_title(by_kind(shown, notices.REMOVED, "coordinator", 0))
    assert nothing_sent == (
        "“Familien Berg” was assigned to another coordinator and has been removed from this "
        "computer."
    )
    assert "The change waiting here was sent to the central server first." in notice_title(
        by_kind(shown, notices.REMOVED, "coordinator", 1)
    )
    assert "The 3 changes waiting here were sent" in notice_title(
        by_kind(shown, notices.REMOVED, "coordinator", 3)
    )
    for notice in shown:
        if notice.supervisor:
            said = notice_title(notice) + notice_advice(notice)
            assert "assigned to another coordinator" not in said
            assert "Your changes" not in said
    supervisor = by_kind(shown, notices.REMOVED, "supervisor", 0)
    assert notice_title(supervisor) == (
        "“Familien Berg” is no longer among your team's families and has been removed from "
        "this computer."
    )
    assert "sent" not in notice_title(supervisor)
    refused = by_kind(shown, notices.REFUSED, "supervisor", 2)
    assert "As a supervisor" in notice_advice(refused)
    assert notice_details(refused) == [
        "Family – Notes: you may not change this family",
        "Goal – Text: you may read this family but only write review comments",
    ]


def test_messages_leave_no_english_under_danish(
    qtbot: QtBot, qapp: QApplication, service: VaultService, tmp_path: Path
) -> None:
    shown = service.on_vault(every_notice)
    english = texts(shown)
    board = NoticeBoard(service)
    dialog = NoticesDialog(board)
    qtbot.addWidget(dialog)
    english_dialog = dialog_texts(dialog)

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ftbt_da.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ftbt_da.qm")], check=True
    )
    before = QLocale()
    try:
        install_translators(qapp, "da", qm_dir=tmp_path)
        danish = texts(shown)
        QApplication.processEvents()  # the dialog hears of the new language
        danish_dialog = dialog_texts(dialog)
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)

    assert len(danish) == len(english) > 60
    left_in_english = [e for d, e in zip(danish, english, strict=True) if d == e]
    assert left_in_english == []
    assert dialog.windowTitle() in ("Messages", "Beskeder")
    assert "Beskeder" in danish and "Messages" in english
    assert not any("Dine ændringer blev sendt" in text for text in danish)
    assert "Markér alle som læst" in danish_dialog and "Mark all as read" in english_dialog
    assert "Markér som læst" in danish_dialog and "Vis familien" in danish_dialog
    assert "“Familien Berg” hører ikke længere til dit teams familier" in "\n".join(danish)


def dialog_texts(dialog: NoticesDialog) -> str:
    words = [label.text() for label in dialog.findChildren(QLabel)]
    words += [button.text() for button in dialog.findChildren(QPushButton)]
    return "\n".join(words)
