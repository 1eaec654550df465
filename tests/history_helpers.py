"""Reading the History page's rows in tests."""

from pytestqt.qtbot import QtBot

from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.history_tab import HistoryTab


def history_rows(qtbot: QtBot, service: VaultService, family_id: str) -> list[list[str]]:
    tab = HistoryTab(service)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_family(family_id)
    qtbot.waitUntil(lambda: tab.visible_row_count() > 0)
    return [tab.row_texts(r) for r in range(tab.visible_row_count())]


def cells(rows: list[list[str]], what: str) -> list[str]:
    """The new values of the rows whose What column is `what`."""
    return [row[4] for row in rows if row[2] == what]
