"""Who this vault syncs as, and how far it has pulled.

The account (server, user, token) and the pull cursor live in the vault's meta
table. A sign-in as another user or to another server starts the pull from the
beginning; signing out keeps the server and the name for next time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ftbt_desktop.storage.merge import PUSHED
from ftbt_desktop.storage.pulled import SERVER_ORIGIN
from ftbt_desktop.storage.repository import Repository

# Where the pull goes on from: written with each pulled page (storage/inbox.py).
CURSOR_META = "sync.cursor"

_ACCOUNT_KEYS = (
    "server_url",
    "username",
    "user_id",
    "role",
    "token",
    "expires_at",
    "device_name",
    "sso_issuer",
    "sso_client_id",
    "sso_scopes",
    "refresh_token",
)


@dataclass(frozen=True, slots=True)
class Account:
    """Who this vault syncs as. The token never leaves the vault except to the server."""

    server_url: str
    username: str
    user_id: str = ""
    role: str = ""
    token: str = ""
    expires_at: str = ""  # ISO-8601 UTC
    device_name: str = ""
    # Signed in with the municipality's login (sync/sso.py): the provider, and the
    # refresh token that signs in again silently. Both stay inside the vault.
    sso_issuer: str = ""
    sso_client_id: str = ""
    sso_scopes: str = ""
    refresh_token: str = ""

    @property
    def signed_in(self) -> bool:
        return bool(self.token)

    def expired(self, now: dt.datetime | None = None) -> bool:
        if not self.expires_at:
            return False
        try:
            expires = dt.datetime.fromisoformat(self.expires_at.replace("Z", "+00:00"))
        except ValueError:
            return True
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=dt.UTC)
        return (now or dt.datetime.now(dt.UTC)) >= expires


class SyncAccount:
    """The account, the pull cursor and when this vault last synced."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.vault = repo.vault

    def account(self) -> Account | None:
        values = {key: self.vault.get_meta(f"sync.{key}") or "" for key in _ACCOUNT_KEYS}
        if not values["server_url"]:
            return None
        return Account(**values)

    def save_account(self, account: Account) -> None:
        """Store a sign-in. Another server or user starts the pull from the beginning."""
        previous = self.account()
        # Before the first sign-in, edits are stamped with this computer's login
        # name as a stand-in. Those never sent take the name the coordinator is
        # known by everywhere else, so History and the supervisor show one person.
        stand_in = None if self.vault.get_meta("user_name") else self.repo.user_id
        with self.vault.transaction() as conn:
            if previous is None or (previous.server_url, previous.username) != (
                account.server_url,
                account.username,
            ):
                self.vault.set_meta(CURSOR_META, "0", conn=conn)
            for key in _ACCOUNT_KEYS:
                self.vault.set_meta(f"sync.{key}", getattr(account, key), conn=conn)
            if stand_in and account.username and stand_in != account.username:
                self.vault.log_rewritten()  # the author is sealed with each change
                conn.execute(
                    "UPDATE changes SET user_id = ? "
                    "WHERE user_id = ? AND pushed != ? AND origin != ?",
                    (account.username, stand_in, PUSHED, SERVER_ORIGIN),
                )
        self.repo.set_user_name(account.username)

    def forget_token(self, keep_refresh: bool = False) -> None:
        """Signed out (or the server refused the token); server and username stay for next
        time. `keep_refresh`: the sync token only ran out; the municipality's login may
        still renew it silently (sync/sso.py)."""
        keys = ("token", "expires_at") if keep_refresh else ("token", "expires_at", "refresh_token")
        with self.vault.transaction() as conn:
            for key in keys:
                self.vault.set_meta(f"sync.{key}", "", conn=conn)

    def forget_account(self) -> None:
        """Signed out for good (the computer was revoked): server, name, token, cursor
        and the known-device key all go, so a later sign-in registers it anew."""
        with self.vault.transaction() as conn:
            for key in (*_ACCOUNT_KEYS, "device_key", "last_sync_at"):
                self.vault.set_meta(f"sync.{key}", "", conn=conn)
            self.vault.set_meta(CURSOR_META, "0", conn=conn)

    def cursor(self) -> int:
        return int(self.vault.get_meta(CURSOR_META) or 0)

    def last_sync(self) -> dt.datetime | None:
        text = self.vault.get_meta("sync.last_sync_at")
        return dt.datetime.fromisoformat(text) if text else None

    def set_last_sync(self, when: dt.datetime | None = None) -> None:
        self.vault.set_meta("sync.last_sync_at", (when or dt.datetime.now(dt.UTC)).isoformat())
