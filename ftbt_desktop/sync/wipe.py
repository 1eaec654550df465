"""Obeying an administrator's wipe order (`ftbt-server device revoke --wipe`).

The server answers every request of a computer ordered to wipe with `device_wipe`,
except a push while its user may still push, and the confirmation. The design:

1. **Push first.** What was not yet synced is pushed, through the same push as any
   sync, so the server checks each change's family as always. The order is about
   the computer, not about the coordinator's work: a visit written offline the day
   the laptop was lost exists nowhere else, and "no edit is ever lost" holds.
2. **What cannot be pushed is sealed for the administrator.** If the user may push
   no more (disabled, or the server refuses the push), or the server refuses some
   changes (their family went to another coordinator), the families that hold them
   are written, in the JSON export format with every change, into a file sealed with
   the public key that came with the order (core/sealing.py, export/wipe_seal.py):
   the coordinator cannot read it any more, the administrator opens it with
   `ftbt-server device open-sealed` and hands it to whoever takes the family on.
   Deleting those changes would lose work for good. Only if no key came (or no
   sealer was given, or the file cannot be written) do those families stay in the
   vault, encrypted under the passphrase as before, with no sign-in left.
3. **Everything goes**: every family (the sealed ones too), all messages naming
   families, and the vault's backups; the vault records that a wipe happened and how many
   families went and stayed (storage/wipe.py), never which.
4. **Signed out and confirmed.** The sync account and the known-device key are
   cleared, and the server is told (it records the wipe as confirmed).

A transient failure during the push (offline, cancelled) wipes nothing yet: the
order stays at the server and is obeyed at the next sync. No Qt.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from ftbt_desktop.storage import wipe
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.errors import SyncError, VaultWiped

log = logging.getLogger(__name__)

# Writes the families into a file sealed with the key (base64); returns its path.
Sealer = Callable[[Repository, Sequence[str], str], Path]


def families_to_keep(state: SyncState) -> set[str]:
    """Families holding changes the server does not have: pending, or refused."""
    keep = set()
    for family_id in wipe.family_ids(state.vault):
        if state.pending_count(family_id) or state.refused(family_id):
            keep.add(family_id)
    return keep


def empty_and_sign_out(
    state: SyncState, client: SyncClient, seal_key: str, sealer: Sealer | None
) -> VaultWiped:
    """Steps 2 to 4, after the push went as far as it could; the error to raise."""
    keep = families_to_keep(state)
    sealed = 0
    if keep and seal_key and sealer is not None:
        try:
            sealer(state.repo, sorted(keep), seal_key)
        except Exception as exc:  # kept in the vault instead: nothing is lost
            log.warning("could not seal the unsent families: %s", type(exc).__name__)
        else:
            sealed, keep = len(keep), set()
    removed = wipe.empty_vault(state.vault, state.purges, keep)
    wipe.record_wipe(state.vault, removed, len(keep))
    state.forget_account()
    # Done here whatever the answer: the order stays "ordered" at the server if the
    # confirmation is lost, and an administrator sees that in `device list`.
    with contextlib.suppress(SyncError):
        client.confirm_wipe(removed)
    return VaultWiped(removed, len(keep), sealed)
