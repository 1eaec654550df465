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
