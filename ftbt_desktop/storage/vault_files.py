"""Where a vault's files lie in its folder.

Below both the vault (which opens them) and the re-key's finish (which swaps
them, and runs before the vault reads any of them), so neither imports the other
to know a file's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "vault.db"
HEADER_NAME = "vault.keys"
BACKUP_DIR = "backups"
# Folders where a restore keeps the files it replaced (still encrypted).
REPLACED, DAMAGED = "replaced", "damaged"
ASIDE_PREFIXES = (REPLACED, DAMAGED)
SIDE_FILES = ("-wal", "-shm", "-journal")
# Owner only: the files are encrypted, but another account on a shared computer
# should not even get a copy to guess passphrases against.
PRIVATE_DIR = 0o700


@dataclass(frozen=True, slots=True)
class VaultPaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def header(self) -> Path:
        return self.data_dir / HEADER_NAME

    @property
    def backups(self) -> Path:
        return self.data_dir / BACKUP_DIR

    @property
    def header_copy(self) -> Path:
        return self.backups / HEADER_NAME
