"""Named failures the UI and the command line turn into clear messages."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault failure."""


class VaultNotFound(VaultError):
    """No vault in the data folder yet."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery key) does not open this vault."""


class VaultDamaged(VaultError):
    """The vault's files were altered or broken. `affected` names what, in plain words."""

    def __init__(self, affected: list[str], detail: str = "") -> None:
        super().__init__("vault damaged: " + ", ".join(affected))
        self.affected = affected
        self.detail = detail


class VaultLocked(VaultError):
    """An operation needed an open vault."""


class NotFound(VaultError):
    """No such entity in the vault."""


class Incomplete(NotFound):
    """The entity is there, but fields it needs have not all arrived (core.entities
    `is_whole`): a pull brought part of it. Read as not found, but never made anew."""


class VaultInUse(VaultError):
    """Another process (a second copy of the app, or a command) holds the data folder.

    `pid` and `kind` come from the holder's note in the lock file, for the message only.
    """

    def __init__(self, pid: int | None = None, kind: str = "") -> None:
        super().__init__(f"vault in use (pid {pid}, {kind or 'unknown'})")
        self.pid = pid
        self.kind = kind


class FolderNotPrivate(VaultError):
    """The data folder lets other accounts in and this account cannot change that
    (the folder is another account's): its vault is not opened there."""

    def __init__(self, path: str, mode: int) -> None:
        super().__init__(f"data folder open to other accounts (mode {mode:o})")
        self.path = path
        self.mode = mode


class FolderAclNotSet(FolderNotPrivate):
    """Windows: the data folder's access list could not be made this account's alone
    (storage/folder_acl.py): its vault is not opened there. `step` says which command
    failed and how, without the path or the account's name, so it may be logged."""

    def __init__(self, path: str, step: str) -> None:
        super().__init__(path, 0)
        self.args = (f"data folder access list not set ({step})",)
        self.step = step


class DiskFull(VaultError):
    """The disk holding the data folder is full; nothing half-made was left behind."""


# `VaultDamaged.detail` (and a check report's detail) of a key file from another vault.
FOREIGN_KEY_DETAIL = "another vault"


class ForeignKeyFile(VaultDamaged):
    """The key file (vault.keys) belongs to another vault: its data key does not open
    this vault.db, while this vault's own key file, kept in backups/, does."""

    def __init__(self) -> None:
        super().__init__(["key file"], detail=FOREIGN_KEY_DETAIL)
