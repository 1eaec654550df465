"""Families no longer ours: the purge list, the purge, and families held back.

A pulled page names the families the server no longer lets this user read; they
wait on the purge list until nothing of theirs is pending, then every row of
them is removed. A family holding changes the server refused is held instead
(those edits exist nowhere else) until the coordinator lets it go.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.outbox import Outbox, Rejection
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

PURGE_META = "sync.purge"
HELD_TOLD_META = "sync.held_told"


class PendingChangesLeft(VaultError):
    """A family still has changes the server has not accepted, so it cannot be purged yet."""


class RefusedChangesLeft(VaultError):
    """A family holds changes the server refused: purging it would lose them for good.

    Purged only once the coordinator has let them go (`purge_family(..., discard_refused=True)`).
    """


@dataclass(frozen=True, slots=True)
class PurgedFamily:
    family_id: str
    name: str
    sent: int = 0  # changes of it pushed by the sync that purged it (said only when some were)


@dataclass(frozen=True, slots=True)
class HeldFamily:
    """A family no longer ours, kept because the server refused changes made in it.

    Typically edits made offline after the family was reassigned: they exist only
    on this computer, so the family stays until the coordinator has passed them on
    (or decided they are not needed) and lets it go.
    """

    family_id: str
    name: str
    refused: tuple[Rejection, ...]


def purge_list(vault: Vault) -> list[str]:
    """The families waiting to be purged, as stored."""
    return json.loads(vault.get_meta(PURGE_META) or "[]")


def set_purge_list(
    vault: Vault, family_ids: Iterable[str], conn: sqlcipher.Connection | None = None
) -> None:
    vault.set_meta(PURGE_META, json.dumps(sorted(family_ids)), conn=conn)


class Purges:
    """The families to purge, the purge itself and the families held back."""

    def __init__(self, repo: Repository, outbox: Outbox) -> None:
        self.vault = repo.vault
        self.outbox = outbox

    def families_to_purge(self) -> list[str]:
        return sorted(purge_list(self.vault))

    def held_families(self) -> list[HeldFamily]:
        """Families to purge that are kept because they hold refused changes."""
        held = []
        for family_id in self.families_to_purge():
            refused = self.outbox.refused(family_id)
            if refused:
                held.append(HeldFamily(family_id, self._family_name(family_id), tuple(refused)))
        return held

    def held_family(self, family_id: str) -> HeldFamily | None:
        return next((h for h in self.held_families() if h.family_id == family_id), None)

    def held_told(self) -> set[str]:
        """Held families the coordinator has already been told about."""
        return set(json.loads(self.vault.get_meta(HELD_TOLD_META) or "[]"))

    def set_held_told(self, family_ids: Iterable[str]) -> None:
        self.vault.set_meta(HELD_TOLD_META, json.dumps(sorted(set(family_ids))))

    def purge_family(
        self, family_id: str, discard_refused: bool = False, erase: bool = False
    ) -> PurgedFamily | None:
        """Remove every row of a family no longer ours.

        Refused while changes are pending, and while the server has refused changes
        of it, unless the coordinator has chosen to let those go (`discard_refused`):
        they exist nowhere else. None when the vault held nothing of it (already
        purged, or never pulled). `erase`: an erasure order (sync/engine.py `_erase`)
        removes it whatever it still holds, unsent edits included.
        """
        # The checks inside the delete's transaction: it holds the vault from here,
        # so an edit of the family made meanwhile (the window, another process)
        # is either seen here or written after the purge, never deleted unpushed.
        with self.vault.transaction() as conn:
            if not erase and self.outbox.pending_count(family_id):
                raise PendingChangesLeft(family_id)
            if not (discard_refused or erase) and self.outbox.refused(family_id):
                raise RefusedChangesLeft(family_id)
            name = self._family_name(family_id)
            held = conn.execute(
                "SELECT 1 FROM changes WHERE family_id = ? LIMIT 1", (family_id,)
            ).fetchone()
            self.vault.log_rewritten()  # the seal is computed afresh without the family
            tables = ["state", "changes", "sync_conflicts", "sync_rejections", "family_teams"]
            if held:
                # Its unread messages too: a removal is recorded after this, by the sync.
                # A family purged before keeps the message that told of it.
                tables.append("notices")
            for table in tables:
                conn.execute(f"DELETE FROM {table} WHERE family_id = ?", (family_id,))
            self.outbox.forget_sending([family_id])  # no id of it is kept
            purge = set(purge_list(self.vault)) - {family_id}
            set_purge_list(self.vault, purge, conn=conn)
            told = self.held_told() - {family_id}
            self.vault.set_meta(HELD_TOLD_META, json.dumps(sorted(told)), conn=conn)
        return PurgedFamily(family_id, name) if held else None

    def release_family(self, family_id: str) -> PurgedFamily | None:
        """The coordinator lets a held family go, refused changes and all.

        Only a family the server no longer lets this user read: a family of ours is
        never removed this way.
        """
        with self.vault.transaction():
            if family_id not in self.families_to_purge():
                raise NotFound(family_id)
            return self.purge_family(family_id, discard_refused=True)

    def _family_name(self, family_id: str) -> str:
        rows = self.vault.execute(
            "SELECT value FROM state WHERE entity_id = ? AND field = 'name'", (family_id,)
        )
        if rows:
            value = json.loads(rows[0][0])
            if isinstance(value, str):
                return value
        return ""
