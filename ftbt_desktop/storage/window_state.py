"""Where the window was and which family was open, kept inside the vault.

Per coordinator and vault, not per computer account: the last family's id says
whom the coordinator works with, so it stays out of plaintext settings (the one
unencrypted file, settings.json, holds no personal data). Stored in the vault's
meta table, which is never synced.
"""

from __future__ import annotations

from dataclasses import dataclass

from ftbt_desktop.storage.repository import Repository

GEOMETRY_META = "ui.window_geometry"  # Qt's saveGeometry(), base64
FAMILY_META = "ui.last_family"


@dataclass(frozen=True, slots=True)
class WindowState:
    geometry: str = ""
    family_id: str = ""


def window_state(repo: Repository) -> WindowState:
    vault = repo.vault
    return WindowState(vault.get_meta(GEOMETRY_META) or "", vault.get_meta(FAMILY_META) or "")


def save_window_state(repo: Repository, state: WindowState) -> None:
    vault = repo.vault
    with vault.transaction() as conn:
        vault.set_meta(GEOMETRY_META, state.geometry, conn=conn)
        vault.set_meta(FAMILY_META, state.family_id, conn=conn)


def forget_family(repo: Repository) -> None:
    """The last family is gone from this vault (purged, erased): open none next time."""
    repo.vault.set_meta(FAMILY_META, "")
