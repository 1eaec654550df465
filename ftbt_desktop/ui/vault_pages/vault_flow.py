"""From the start pages to an open vault: create, unlock, recover, new passphrase, restore.

The window's pages (ui/vault_pages/create_pages.py, ui/vault_pages/unlock_pages.py, ui/vault_pages/damaged_page.py) say what
the coordinator chose; this object runs the slow part on the window's worker
(ui/vault_pages/vault_jobs.py) and decides which page comes next, until the vault is handed to the
service (`attach`). A vault opened with the recovery key, or just created with its key
on the screen, is held here (`pending_vault`) until the new passphrase is set or the key
stored; a lock or quitting closes it (`close_pending`). Its words stay in the
"MainWindow" translation context, where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ftbt_desktop.storage.errors import VaultDamaged, VaultExists, VaultNotFound, WrongPassphrase
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.tasks import log_unexpected
from ftbt_desktop.ui.vault_pages import vault_jobs
from ftbt_desktop.ui.vault_pages.backup_dialog import backup_time, format_when
from ftbt_desktop.ui.vault_pages.unlock_pages import RecoveryPage, UnlockPage
from ftbt_desktop.ui.vault_pages.vault_jobs import Secret
from ftbt_desktop.words.vault import wrong_passphrase_text, wrong_recovery_key_text

if TYPE_CHECKING:
    from ftbt_desktop.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 15_000  # how long a status bar message stays


class VaultFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending_vault: Vault | None = None  # opened, not yet handed to the service
        self._damage_secret: Secret | None = None  # held only while the damaged page shows
        self._demo_family_ids: list[str] = []

    def connect_pages(self) -> None:
        window = self.window
        window.create_page.sig_chosen.connect(self._create_vault)
        window.recovery_key_page.sig_continue.connect(self._recovery_key_stored)
        window.unlock_page.sig_unlock.connect(
            lambda text: self._open(Secret("passphrase", text), window.unlock_page)
        )
        window.unlock_page.sig_use_recovery_key.connect(self.show_recovery_page)
        window.recovery_page.sig_unlock.connect(
            lambda text: self._open(Secret("recovery", text), window.recovery_page)
        )
        window.recovery_page.sig_back.connect(lambda: window.show_page(window.unlock_page))
        window.new_passphrase_page.sig_chosen.connect(self._set_new_passphrase)
        window.damaged_page.sig_restore.connect(self._restore_latest)

    def close_pending(self, backup: bool = True) -> None:
        """The vault held between pages, closed (a lock, quitting)."""
        vault, self.pending_vault = self.pending_vault, None
        if vault is not None:
            vault.close(backup=backup)

    def show_recovery_page(self) -> None:
        self.window.recovery_page.reset()
        self.window.show_page(self.window.recovery_page)

    def attach(self, vault: Vault) -> None:
        self.window.service.attach(vault)
        self.window.show_page(self.window.main_page)
        self.window.idle.start()

    # -- create ------------------------------------------------------------

    def _create_vault(self, passphrase: str) -> None:
        self.window.create_page.set_busy(True)
        data_dir = self.window.data_dir
        self.window.runner.submit(
            lambda: vault_jobs.create_vault(data_dir, passphrase),
            self._on_created,
            self._on_create_failed,
        )

    def _on_created(self, created: vault_jobs.Created) -> None:
        self.window.create_page.set_busy(False)
        self.window.create_page.form.clear()
        self.pending_vault = created.vault
        self._demo_family_ids = created.demo_family_ids
        self.window.recovery_key_page.show_key(created.recovery_key)
        self.window.show_page(self.window.recovery_key_page)
        # The vault is open and the key is on the screen: walking away must close both.
        self.window.idle.start()

    def _on_create_failed(self, exc: BaseException) -> None:
        self.window.create_page.set_busy(False)
        if isinstance(exc, VaultExists):
            self.window.show_page(self.window.unlock_page)
            return
        self.window.create_page.show_failure(self.window.failure_text(exc))

    def _recovery_key_stored(self) -> None:
        vault, self.pending_vault = self.pending_vault, None
        if vault is None:
            self.window.show_start_page()
            return
        try:
            vault.confirm_recovery_key()
        except Exception as exc:  # the key works; only the reminder at unlock stays on
            log_unexpected(exc)
        self.attach(vault)
        if self._demo_family_ids:
            self.window.family_list.select_family(self._demo_family_ids[0])

    # -- unlock ------------------------------------------------------------

    def _open(self, secret: Secret, page: UnlockPage | RecoveryPage) -> None:
        page.set_busy(True)
        data_dir = self.window.data_dir
        self.window.runner.submit(
            lambda: vault_jobs.open_vault(data_dir, secret),
            lambda vault: self._on_opened(vault, secret, page),
            lambda exc: self._on_open_failed(exc, secret, page),
        )

    def _on_opened(self, vault: Vault, secret: Secret, page: UnlockPage | RecoveryPage) -> None:
        page.set_busy(False)
        page.reset()
        self._after_open(vault, secret)

    def _after_open(self, vault: Vault, secret: Secret) -> None:
        if secret.kind == "recovery":
            # The passphrase is forgotten: a new one before anything else.
            self.pending_vault = vault
            self.window.new_passphrase_page.reset()
            self.window.show_page(self.window.new_passphrase_page)
            self.window.idle.start()  # the vault is open here too: walking away must close it
        else:
            self.attach(vault)
            if vault.recovery_key_unconfirmed:
                self.window.open_new_recovery_key(
                    QCoreApplication.translate(
                        "MainWindow",
                        "Your recovery key was never confirmed as stored: FTBT Desktop "
                        "locked or closed while it was on the screen. Make a new one now "
                        "and store it, or you may have no way in if you forget your "
                        "passphrase.",
                    )
                )

    def _on_open_failed(
        self, exc: BaseException, secret: Secret, page: UnlockPage | RecoveryPage
    ) -> None:
        page.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            page.show_failure(
                wrong_recovery_key_text() if secret.kind == "recovery" else wrong_passphrase_text()
            )
        elif isinstance(exc, VaultDamaged):
            page.reset()
            self.show_damaged(exc, secret)
        elif isinstance(exc, VaultNotFound):
            page.reset()
            self.window.show_page(self.window.create_page)
        else:
            page.show_failure(self.window.failure_text(exc))

    def _set_new_passphrase(self, passphrase: str) -> None:
        vault = self.pending_vault
        if vault is None:
            self.window.show_start_page()
            return
        self.window.new_passphrase_page.set_busy(True)
        self.window.runner.submit(
            lambda: vault_jobs.set_new_passphrase(vault, passphrase),
            self._on_new_passphrase_set,
            self._on_new_passphrase_failed,
        )

    def _on_new_passphrase_set(self, vault: Vault) -> None:
        self.window.new_passphrase_page.set_busy(False)
        self.window.new_passphrase_page.reset()
        self.pending_vault = None
        self.attach(vault)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "The new passphrase is saved. Use it from now on."
            ),
            STATUS_MESSAGE_MS,
        )

    def _on_new_passphrase_failed(self, exc: BaseException) -> None:
        self.window.new_passphrase_page.set_busy(False)
        self.window.new_passphrase_page.show_failure(self.window.failure_text(exc))

    # -- damaged -----------------------------------------------------------

    def show_damaged(self, exc: VaultDamaged, secret: Secret | None) -> None:
        self._damage_secret = secret
        self.window.damaged_page.show_damage(exc.affected, exc.detail)
        self.window.damaged_page.ask_passphrase(secret is None)
        self.window.show_page(self.window.damaged_page)

    def _restore_latest(self, typed: str) -> None:
        secret = Secret("passphrase", typed) if typed else self._damage_secret
        if secret is None:
            self.window.damaged_page.ask_passphrase(True)
            self.window.damaged_page.focus()
            return
        self.window.damaged_page.set_busy(True)
        data_dir = self.window.data_dir
        self.window.runner.submit(
            lambda: vault_jobs.restore_and_open(data_dir, secret),
            lambda restored: self._on_restored_latest(restored, secret),
            self._on_restore_latest_failed,
        )

    def _on_restored_latest(self, restored: vault_jobs.Restored, secret: Secret) -> None:
        self.window.damaged_page.set_busy(False)
        self.window.damaged_page.ask_passphrase(False)
        self._damage_secret = None
        self._after_open(restored.vault, secret)
        if restored.backup is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The vault's own key file was put back from the backups folder."
                ),
                STATUS_MESSAGE_MS,
            )
            return
        when = backup_time(restored.backup)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The backup from {when} was restored.").format(
                when=format_when(when) if when else restored.backup.name
            ),
            STATUS_MESSAGE_MS,
        )

    def _on_restore_latest_failed(self, exc: BaseException) -> None:
        self.window.damaged_page.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._damage_secret = None
            self.window.damaged_page.ask_passphrase(True)
            self.window.damaged_page.show_failure(wrong_passphrase_text())
        elif isinstance(exc, VaultDamaged) and exc.affected == ["backups"]:
            self.window.damaged_page.show_failure(
                QCoreApplication.translate(
                    "MainWindow",
                    "No whole backup was found, so the vault cannot be restored here. "
                    "Do not delete the data folder; contact your IT support.",
                )
            )
        elif isinstance(exc, VaultDamaged):
            self.window.damaged_page.show_damage(exc.affected, exc.detail)
        else:
            self.window.damaged_page.show_failure(self.window.failure_text(exc))
