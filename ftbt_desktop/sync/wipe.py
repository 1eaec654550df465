"""Obeying an administrator's wipe order (`ftbt-server device revoke --wipe`).

The server answers every request of a computer ordered to wipe with `device_wipe`,
except a push while its user may still push, and the confirmation. The design:

1. **Push first.** What was not yet synced is pushed, through the same push as any
   sync, so the server checks each change's family as always. The order is about
   the computer, not about the coordinator's work: a visit written offline the day
   the laptop was lost exists nowhere else, and "no edit is ever lost" holds.
2. **What cannot be pushed is kept, sealed in the vault.** If the user may push no
   more (disabled, or the server refuses the push), or the server refuses some
   changes (their family went to another coordinator), the families that hold
   them stay in the vault, encrypted under the coordinator's passphrase as before,
   with no sign-in left to sync them: an administrator who gets the laptop back
   opens the app with the coordinator and hands those families on (the held
   families' export, docs/sync.md). Deleting them would lose work for good; a
   lost laptop's encrypted vault reveals nothing without its passphrase.
3. **Everything else goes**: every other family, all messages naming families, and
   the vault's backups; the vault records that a wipe happened and how many
   families went and stayed (storage/wipe.py), never which.
4. **Signed out and confirmed.** The sync account and the known-device key are
   cleared, and the server is told (it records the wipe as confirmed).

A transient failure during the push (offline, cancelled) wipes nothing yet: the
order stays at the server and is obeyed at the next sync. No Qt.
"""

from __future__ import annotations

import contextlib

from ftbt_desktop.storage import wipe
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.errors import SyncError, VaultWiped


def families_to_keep(state: SyncState) -> set[str]:
    """Families holding changes the server does not have: pending, or refused."""
    keep = set()
    for family_id in wipe.family_ids(state.vault):
        if state.pending_count(family_id) or state.refused(family_id):
            keep.add(family_id)
    return keep


def empty_and_sign_out(state: SyncState, client: SyncClient) -> VaultWiped:
    """Steps 2 to 4, after the push went as far as it could; the error to raise."""
    keep = families_to_keep(state)
    removed = wipe.empty_vault(state.vault, state.purges, keep)
    wipe.record_wipe(state.vault, removed, len(keep))
    state.forget_account()
    # Done here whatever the answer: the order stays "ordered" at the server if the
    # confirmation is lost, and an administrator sees that in `device list`.
    with contextlib.suppress(SyncError):
        client.confirm_wipe(removed)
    return VaultWiped(removed, len(keep))
