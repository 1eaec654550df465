"""Erasing on the laptop a family that never reached the server (issue 17): every row
of it and every backup that held it goes, other families stay, a family the server
has seen is refused; in the window, the button is offered only for such a family,
asks for the family's name and loses nothing on Cancel. A real vault, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from ui_shell_helpers import click, listed_families, make_vault, make_window, unlock

from ftbt_desktop.storage.audit import (
    KIND_JSON,
    KIND_PLAN_PDF,
    list_exports,
    mark_sent,
    record_export,
)
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.local_erase import (
    FamilyOnServer,
    erase_local_family,
    erasures,
    reached_server,
)
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import PAGE_SIZE, Vault, list_backups
from ftbt_desktop.ui.workspace.erase_family_dialog import EraseFamilyDialog

NAME = "Familien Slettesen"
MEMBER = "Birgitte Slettesen"
NOTE = "Hjemmebesøg-hemmelighed-4471"


def _family(repo: Repository, name: str = NAME) -> str:
    family_id = repo.create_family(name).primary_id
    assert family_id
    repo.add_member(family_id, MEMBER if name == NAME else "Anden Person", "parent", 1985)
    summary = NOTE if name == NAME else "Andet besøg"
    repo.create_entity("visit", family_id, date="2025-03-02", summary=summary)
    return family_id


def _traces(vault: Vault, schema: str = "main") -> list[str]:
    """Every row of every table that mentions the family's words."""
    found = []
    tables = [
        row[0]
        for row in vault.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
    ]
    for table in tables:
        for row in vault.execute(f'SELECT * FROM {schema}."{table}"'):
            text = repr(row)
            if any(word in text for word in ("Slettesen", NOTE)):
                found.append(f"{table}: {text[:80]}")
    return found


def test_erasing_removes_every_row_and_every_old_backup(vault: Vault) -> None:
    repo = Repository(vault)
    family_id = _family(repo)
    other = _family(repo, "Familien Bliver")
    old_backup = vault.backup()
    assert _traces(vault)

    erased = erase_local_family(repo, family_id)

    assert (erased.name, erased.changes > 3) == (NAME, True)
    assert _traces(vault) == []
    assert not vault.execute("SELECT 1 FROM changes WHERE family_id = ?", (family_id,))
    assert [f.name for f in repo.list_families()] == ["Familien Bliver"]
    assert repo.family(other).name == "Familien Bliver"
    assert not old_backup.exists()
    (fresh,) = list_backups(vault.paths.data_dir)
    # A backup is written at PAGE_SIZE: attached at it (SQLCipher reads page 1 at once).
    vault.conn.execute(f"PRAGMA cipher_default_page_size = {PAGE_SIZE}")
    try:
        vault.conn.execute(
            f"ATTACH DATABASE ? AS copy KEY \"x'{vault._key_hex()}'\"", (str(fresh),)
        )
    finally:
        vault.conn.execute("PRAGMA cipher_default_page_size = 4096")
    try:
        assert _traces(vault, "copy") == []
        assert vault.execute("SELECT count(*) FROM copy.changes")[0][0] > 0  # it is a copy
    finally:
        vault.conn.execute("DETACH DATABASE copy")
    (record,) = erasures(repo)
    assert record.changes == erased.changes
    assert NAME not in (vault.get_meta("local.erasures") or "")


def test_erasing_leaves_no_trace_of_the_family_id(vault: Vault) -> None:
    """The export trail keeps that the exports happened, not which family they held;
    no row of any table names the erased family."""
    repo = Repository(vault)
    family_id = _family(repo)
    other = _family(repo, "Familien Bliver")
    record_export(repo, KIND_PLAN_PDF, "pdf", [family_id])
    both = record_export(repo, KIND_JSON, "json", [family_id, other])
    mark_sent(repo, [both.export_id])

    erase_local_family(repo, family_id)

    holding = [
        f"{table}: {row!r:.80}"
        for (table,) in vault.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for row in vault.execute(f'SELECT * FROM "{table}"')
        if family_id in repr(row)
    ]
    assert holding == []
    trail = {r.kind: r for r in list_exports(repo)}
    assert set(trail) == {KIND_PLAN_PDF, KIND_JSON}  # each export is still on record
    assert trail[KIND_JSON].family_ids == (other,)
    assert trail[KIND_JSON].sent and not trail[KIND_PLAN_PDF].sent
    assert trail[KIND_PLAN_PDF].family_ids == ()


@pytest.mark.parametrize("how", ["pushed", "refused", "pulled", "imported"])
def test_a_family_the_server_has_seen_is_refused(vault: Vault, how: str) -> None:
    repo = Repository(vault)
    family_id = _family(repo)
    change_id = vault.execute(
        "SELECT change_id FROM changes WHERE family_id = ? LIMIT 1", (family_id,)
    )[0][0]
    with vault.transaction() as conn:
        if how in ("pulled", "imported"):
            origin = "sync" if how == "pulled" else "import"
            conn.execute("UPDATE changes SET origin = ? WHERE change_id = ?", (origin, change_id))
        else:
            value = 1 if how == "pushed" else -1
            conn.execute("UPDATE changes SET pushed = ? WHERE change_id = ?", (value, change_id))
    assert reached_server(repo, family_id)
    with pytest.raises(FamilyOnServer):
        erase_local_family(repo, family_id)
    assert _traces(vault)  # nothing removed
    with pytest.raises(NotFound):
        erase_local_family(repo, "no-such-family")


def test_the_window_erases_only_after_the_name_is_typed(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, (NAME, "Familien Bliver"))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    families = {f.name: f.id for f in window.service.list_families()}
    window.workspace.show_family(families[NAME])
    tab = window.workspace.details_tab
    window.workspace.tab_widget.setCurrentWidget(tab)
    tab.refresh()
    button = tab.findChild(QPushButton, "family_erase_here")
    assert button.isEnabled() and "only copy" in button.toolTip()

    click(qtbot, button)
    dialog = window.findChild(EraseFamilyDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert not dialog.erase_button.isEnabled() and dialog.cancel_button.isDefault()
    qtbot.keyClicks(dialog.typed, "Familien Slet")
    assert not dialog.erase_button.isEnabled()
    dialog.reject()  # Cancel: nothing goes
    qtbot.waitUntil(lambda: window.local_erase.dialog is None)
    assert NAME in listed_families(window)

    click(qtbot, button)
    dialog = window.local_erase.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.typed, NAME)
    assert dialog.erase_button.isEnabled()
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: NAME not in listed_families(window), timeout=15_000)
    assert listed_families(window) == ["Familien Bliver"]
    assert window.workspace.current_family_id() is None
    assert "erased from this computer" in window.statusBar().currentMessage()


def test_the_button_is_off_for_a_family_on_the_server(qtbot: QtBot, data_dir: Path) -> None:
    make_vault(data_dir, PASSPHRASE, (NAME,))
    window = make_window(qtbot, data_dir)
    unlock(qtbot, window, PASSPHRASE)
    family_id = window.service.list_families()[0].id
    window.service.on_vault(
        lambda repo: repo.vault.execute(
            "UPDATE changes SET pushed = 1 WHERE family_id = ?", (family_id,)
        )
    )
    window.workspace.show_family(family_id)
    tab = window.workspace.details_tab
    tab.refresh()
    button = tab.findChild(QPushButton, "family_erase_here")
    assert not button.isEnabled()
    assert "administrator" in button.toolTip() and "administrator" in button.accessibleDescription()
    # Asked anyway (a stale button): the vault refuses and says why.
    window.local_erase.ask(family_id)
    dialog = window.local_erase.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.typed, NAME)
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "erase_family_message") is not None)
    box = window.findChild(QMessageBox, "erase_family_message")
    assert "administrator" in box.text()
    assert NAME in listed_families(window)
