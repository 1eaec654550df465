"""Which key file belongs to this vault.db: telling a stranger's key file from damage.

A key file (vault.keys) from another vault (copied from another data folder
or laptop) unwraps fine with a passphrase that vault shares, but its data
key does not open this vault.db; with another passphrase it seems wrong.
Both read as something else (damage to vault.db, a wrong passphrase) and sent
the coordinator to restore backups the stranger's key cannot open.

The way to tell, without changing the key file's format (old vaults stay as
they are): every key file names its vault (`vault_id`, a random UUID made at
creation); the copy kept in backups/ names another vault than the one in
force, the same secret unwraps it, and its data key opens this vault.db.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import ForeignKeyFile, VaultDamaged, WrongPassphrase

Unwrap = Callable[[keys.KeyHeader], bytes]
Connect = Callable[..., sqlcipher.Connection]


def own_key_file(
    header: keys.KeyHeader,
    copy_path: Path,
    db_path: Path,
    unwrap: Unwrap,
    connect: Connect,
) -> keys.KeyHeader | None:
    """The copy at `copy_path` when it, and not `header`, is this database's key file."""
    try:
        copy = keys.read_header(copy_path)
    except (OSError, VaultDamaged):
        return None
    if copy.vault_id == header.vault_id:
        # This vault's own key file either way (the copy may only lag behind a
        # passphrase change cut short): not a stranger, and not for this module.
        return None
    try:
        data_key = unwrap(copy)
    except WrongPassphrase:
        return None
    return copy if opens(db_path, data_key, connect) else None


def opens(db_path: Path, data_key: bytes, connect: Connect) -> bool:
    """Whether `data_key` reads this database's first page (the key is right)."""
    try:
        conn = connect(db_path, data_key)
    except sqlcipher.DatabaseError:
        return False
    conn.close()
    return True


def raise_if_foreign(
    exc: BaseException,
    header: keys.KeyHeader,
    copy_path: Path,
    db_path: Path,
    unwrap: Unwrap,
    connect: Connect,
) -> None:
    """Raise ForeignKeyFile instead of `exc` when the key file in force is a stranger's.

    Asked only for what a stranger's key file looks like: a wrong passphrase, or a
    database whose first page the key cannot read.
    """
    suspicious = isinstance(exc, WrongPassphrase) or (
        isinstance(exc, VaultDamaged) and exc.affected == ["database file"]
    )
    if suspicious and own_key_file(header, copy_path, db_path, unwrap, connect) is not None:
        raise ForeignKeyFile() from None
