"""Named sync failures. Each carries what the UI or the command line must say.

`kind` is a stable code the UI turns into a translated sentence
(`words/sync.py`); `transient` says whether trying again later, with
backoff, can help without the coordinator doing anything. No message here
ever holds personal data: the server's own detail is English, for support.
"""

from __future__ import annotations


class SyncError(Exception):
    kind = "sync_error"
    transient = False

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.kind)
        self.detail = detail


class NotSignedIn(SyncError):
    """No server address or no sign-in stored in this vault yet."""

    kind = "not_signed_in"


class BadServerAddress(SyncError):
    """The server address cannot be understood as a web address."""

    kind = "bad_address"


class InsecureServer(SyncError):
    """Plain http:// to a computer other than this one: refused, the token would travel openly."""

    kind = "insecure"


class WrongPassword(SyncError):
    """The server did not accept the username and password."""

    kind = "wrong_password"


class SsoFailed(SyncError):
    """The sign-in with the municipality's login did not complete. `code` says where:
    cancelled, timeout, wrong_state, refused (at the provider), token_refused (by the
    central store), no_role (no FTBT role in the provider's groups), unreachable…"""

    kind = "sso_failed"

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


class LocalPasswordsOff(SyncError):
    """The central store takes no passwords: sign in with the municipality's login."""

    kind = "local_passwords_off"


class UserDisabled(SyncError):
    """The account was disabled by an administrator."""

    kind = "user_disabled"


class Unauthorized(SyncError):
    """The server no longer accepts this vault's sign-in (revoked, or the user disabled)."""

    kind = "unauthorized"


class DeviceRevoked(Unauthorized):
    """An administrator has revoked this computer: signed out, the vault is kept."""

    kind = "device_revoked"


class WipeOrdered(SyncError):
    """An administrator has ordered this computer wiped (the engine obeys; sync/wipe.py).

    `seal_key`: the public key to seal what cannot be pushed with ("" if none came)."""

    kind = "wipe_ordered"

    def __init__(self, detail: str = "", seal_key: str = "") -> None:
        super().__init__(detail)
        self.seal_key = seal_key


class VaultWiped(SyncError):
    """This computer obeyed a wipe order: every family removed (`kept`: those held back
    in the vault because their unsent changes could not reach the server, nor be sealed
    for the administrator), and it is signed out."""

    kind = "vault_wiped"

    def __init__(self, removed: int, kept: int, sealed: int = 0, detail: str = "") -> None:
        super().__init__(detail or f"wiped {removed} families, kept {kept}, sealed {sealed}")
        self.removed = removed
        self.kept = kept
        self.sealed = sealed  # of `removed`: written first into a file sealed for the admin


class TokenExpired(Unauthorized):
    """The sign-in has run out; signing in again keeps every pending change."""

    kind = "token_expired"


class ServerUnreachable(SyncError):
    """No answer from the server (offline, wrong address, server down).

    `sent`: whether the request may have reached the server all the same (False only
    when no connection was made): a push whose answer was lost may be stored there."""

    kind = "unreachable"
    transient = True

    def __init__(self, detail: str = "", sent: bool = True) -> None:
        super().__init__(detail)
        self.sent = sent


class ServerTrouble(ServerUnreachable):
    """The server answered with an error of its own (5xx) or with something unreadable."""

    kind = "server_trouble"


class RateLimited(ServerUnreachable):
    """Too many attempts; the server says when to try again."""

    kind = "rate_limited"

    def __init__(self, retry_after: float, detail: str = "") -> None:
        # An answer, "not now": the server took nothing of the request.
        super().__init__(detail, sent=False)
        self.retry_after = retry_after


class ServerBusy(RateLimited):
    """Too many sign-ins at once on the server; nothing was checked. Try again shortly."""


class ServerRejected(SyncError):
    """The server refused a request as a whole (too large, invalid, forbidden)."""

    kind = "rejected"

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


class ClockWrong(SyncError):
    """This computer's clock is too far ahead of the server's; its changes would win unfairly."""

    kind = "clock_wrong"

    def __init__(self, offset_ms: int, detail: str = "") -> None:
        super().__init__(detail or f"clock ahead by {offset_ms} ms")
        self.offset_ms = offset_ms
        self.report: object | None = None  # what the sync did before it stopped, if anything


class StampedAhead(ClockWrong):
    """The server sent changes stamped far ahead of this computer's clock, though the
    two clocks agree: the server took them while its own clock was wrong (or before
    stamps were bounded). The page is not applied; the next sync tries it again."""

    kind = "stamped_ahead"

    def __init__(self, ahead_ms: int, detail: str = "") -> None:
        super().__init__(0, detail or f"pulled changes stamped {ahead_ms} ms ahead")
        self.ahead_ms = ahead_ms


class IncompatibleServer(SyncError):
    """The server speaks another protocol version. `server_too_old` or `server_too_new`."""

    kind = "incompatible"

    def __init__(self, which: str, detail: str = "") -> None:
        super().__init__(detail or which)
        self.which = which

    @property
    def server_too_old(self) -> bool:
        return self.which == "server_too_old"
