"""The outcome report dialog over a real vault: choices, refusals, the export on the vault
worker with progress, the audit trail; and the main window's action."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from report_cohort import Cohort, build_cohort
from ui_shell_helpers import make_window, unlock

from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.export.outcome_report import ReportResult
from ftbt_desktop.settings import Settings, load_settings, save_settings
from ftbt_desktop.storage import audit, keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.dialogs.outcome_report_dialog import OutcomeReportDialog
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.tasks import TaskRunner

PASSPHRASE = "korrekt hest batteri hæfteklamme"
WAIT_MS = 30_000


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[VaultService, Cohort]]:
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    cohort = build_cohort(Repository(vault))
    Repository(vault).create_family("Demofamilien Prøve", is_demo=True)
    service = VaultService(data_dir)
    service.attach(vault)
    yield service, cohort
    service.lock()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def make_dialog(
    qtbot: QtBot, service: VaultService, runner: TaskRunner, tmp_path: Path
) -> OutcomeReportDialog:
    chosen: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / "picked")

    dialog = OutcomeReportDialog(service, runner, choose_path=choose)
    qtbot.addWidget(dialog)
    dialog.pdf_path.setText(str(tmp_path / "report.pdf"))
    dialog.csv_path.setText(str(tmp_path / "report.csv"))
    dialog.show()
    return dialog


def test_the_report_runs_on_the_worker_with_progress_and_is_audited(
    qtbot: QtBot, service: tuple[VaultService, Cohort], runner: TaskRunner, tmp_path: Path
) -> None:
    svc, cohort = service
    dialog = make_dialog(qtbot, svc, runner, tmp_path)
    threads: set[int] = set()
    dialog.relay.sig_progress.connect(
        lambda *_: threads.add(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert dialog.running and not dialog.make_button.isEnabled()
    result: ReportResult = finished.args[0]
    assert threads and threading.get_ident() not in threads  # painted off the UI thread
    assert dialog.progress.value() == 100 and len(set(seen)) > 3
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "report.csv").exists()
    assert "personal data" in dialog.message.text()
    assert sorted(result.family_ids) == sorted(cohort.family_ids)  # demo family left out
    formats = sorted(e.format for e in svc.on_vault(audit.list_exports))
    assert formats == ["csv", "pdf"]
    assert not dialog.running and dialog.close_button.isEnabled()


def test_a_chosen_set_of_families(
    qtbot: QtBot, service: tuple[VaultService, Cohort], runner: TaskRunner, tmp_path: Path
) -> None:
    svc, cohort = service
    dialog = make_dialog(qtbot, svc, runner, tmp_path)
    labels = [dialog.family_list.item(i).text() for i in range(dialog.family_list.count())]
    assert "Familien Kvistgaard-03" in labels
    assert "Demofamilien Prøve (demo)" in labels
    assert "12" in dialog.all_radio.text()
    assert not dialog.family_list.isEnabled()
    dialog.chosen_radio.click()
    assert dialog.family_list.isEnabled()
    dialog.set_family_checked(cohort.family_ids[3])
    dialog.set_family_checked(cohort.family_ids[7])
    dialog.csv_check.setChecked(False)
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS) as finished:
        dialog.make_report()
    result: ReportResult = finished.args[0]
    assert set(result.family_ids) == {cohort.family_ids[3], cohort.family_ids[7]}
    assert result.csv_path is None and not (tmp_path / "report.csv").exists()
    [entry] = svc.on_vault(audit.list_exports)
    assert entry.family_ids == tuple(sorted(result.family_ids))


@pytest.mark.parametrize("case", ["no-file", "reversed", "inside-data", "none-ticked", "same-file"])
def test_refusals_are_said_in_the_dialog_and_nothing_runs(
    qtbot: QtBot,
    service: tuple[VaultService, Cohort],
    runner: TaskRunner,
    tmp_path: Path,
    case: str,
) -> None:
    svc, _ = service
    dialog = make_dialog(qtbot, svc, runner, tmp_path)
    expected = {
        "no-file": "Choose a PDF, a CSV or both.",
        "reversed": "The period ends before it starts.",
        "inside-data": "outside FTBT Desktop's data folder",
        "none-ticked": "Tick at least one family",
        "same-file": "two different files",
    }[case]
    if case == "no-file":
        dialog.pdf_check.setChecked(False)
        dialog.csv_check.setChecked(False)
    elif case == "reversed":
        dialog.from_check.setChecked(True)
        dialog.to_check.setChecked(True)
        dialog.from_date.setDate(QDate(2025, 6, 1))
        dialog.to_date.setDate(QDate(2025, 1, 1))
    elif case == "inside-data":
        dialog.pdf_path.setText(str(svc.data_dir / "report.pdf"))
    elif case == "none-ticked":
        dialog.chosen_radio.setChecked(True)
    else:
        dialog.csv_path.setText(dialog.pdf_path.text())
    dialog.make_report()
    assert expected in dialog.message.text()
    assert not dialog.running and not runner.busy
    assert svc.on_vault(audit.list_exports) == []


def test_choosing_a_file_adds_the_suffix_and_closing_waits_for_the_worker(
    qtbot: QtBot, service: tuple[VaultService, Cohort], runner: TaskRunner, tmp_path: Path
) -> None:
    svc, _ = service
    dialog = make_dialog(qtbot, svc, runner, tmp_path)
    qtbot.mouseClick(dialog.pdf_browse, Qt.MouseButton.LeftButton)
    assert dialog.pdf_path.text() == str(tmp_path / "picked.pdf")
    qtbot.mouseClick(dialog.csv_browse, Qt.MouseButton.LeftButton)
    assert dialog.csv_path.text() == str(tmp_path / "picked.csv")
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        dialog.make_report()
        dialog.reject()  # ignored while the worker writes
        assert dialog.isVisible()
    assert (tmp_path / "picked.pdf").exists()
    dialog.reject()
    assert not dialog.isVisible()


def test_the_main_window_has_the_action_once_unlocked(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    vault.close(backup=False)
    window = make_window(qtbot, data_dir)
    action = window.outcome_report.action
    assert action in window.toolbar.actions()
    assert not action.isEnabled()
    unlock(qtbot, window, PASSPHRASE)
    assert action.isEnabled()
    action.trigger()
    dialog = window.outcome_report.dialog
    assert dialog is not None and dialog.isVisible()
    assert "encrypted folder" in dialog.warning.text()
    window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert not action.isEnabled()


def test_the_app_reports_with_the_self_support_setting_just_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    build_cohort(Repository(vault))
    vault.close(backup=False)
    save_settings(data_dir, Settings(language="en"))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    settings = window.open_settings()
    settings.su_counts.setChecked(False)
    settings.fleksjob_counts.setChecked(True)
    settings.buttons.accepted.emit()
    assert load_settings(data_dir).self_support_definition() == SelfSupportDefinition(
        su_counts=False, fleksjob_counts=True
    )

    window.outcome_report.action.trigger()
    dialog = window.outcome_report.dialog
    assert dialog is not None
    assert dialog.definition == SelfSupportDefinition(su_counts=False, fleksjob_counts=True)
    dialog.pdf_check.setChecked(False)
    dialog.csv_path.setText(str(tmp_path / "report.csv"))
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS):
        dialog.make_report()
    text = (tmp_path / "report.csv").read_text("utf-8-sig")
    assert "SU does not count as self-supporting; fleksjob counts as self-supporting" in text
    dialog.reject()
    window.lock()


def test_a_second_period_beside_the_first(
    qtbot: QtBot, service: tuple[VaultService, Cohort], runner: TaskRunner, tmp_path: Path
) -> None:
    svc, _ = service
    dialog = make_dialog(qtbot, svc, runner, tmp_path)
    assert not dialog.compare_from.isEnabled()
    qtbot.mouseClick(  # on the box: a wide check box takes a click only there
        dialog.compare_check,
        Qt.MouseButton.LeftButton,
        pos=QPoint(10, dialog.compare_check.height() // 2),
    )
    assert dialog.compare_check.isChecked() and dialog.compare_from.isEnabled()
    dialog.from_check.setChecked(True)
    dialog.from_date.setDate(QDate(2024, 1, 1))
    dialog.to_check.setChecked(True)
    dialog.to_date.setDate(QDate(2024, 12, 31))
    # Reversed, the second period is refused in words and nothing runs.
    dialog.compare_from.setDate(QDate(2025, 12, 31))
    dialog.compare_to.setDate(QDate(2025, 1, 1))
    assert dialog.request() is None
    assert "second period ends before it starts" in dialog.message.text()
    dialog.compare_from.setDate(QDate(2025, 1, 1))
    dialog.compare_to.setDate(QDate(2025, 12, 31))
    with qtbot.waitSignal(dialog.sig_finished, timeout=WAIT_MS) as finished:
        dialog.make_report()
    result: ReportResult = finished.args[0]
    (periods,) = result.content.breakdowns
    assert [c.start for c in periods.columns[:2]] == [
        dt.date(2024, 1, 1),
        dt.date(2025, 1, 1),
    ]
    rows = (tmp_path / "report.csv").read_text("utf-8-sig")
    assert "periods.change.families" in rows
