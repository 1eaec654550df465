"""Every exit code of `ftbt-desktop` (docs/command-line.md; the sync commands' in docs/sync.md)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    DAMAGED = 1
    WRONG_PASSPHRASE = 2
    NO_VAULT = 3
    BAD_IMPORT = 4
    FILE_ERROR = 5
    PASSPHRASE_REFUSED = 6
    NO_SUCH_FAMILY = 7
    IN_USE = 8
    USAGE = 64
    INTERNAL = 70
    INTERRUPTED = 130


class SyncExit(IntEnum):
    """`login` and `sync`: 0 means this vault and the central server hold the same changes."""

    IN_SYNC = 0
    REFUSED_CHANGES = 10  # the sync ran, but the server refused some changes
    SIGN_IN_NEEDED = 11  # not signed in, sign-in expired or revoked
    WRONG_PASSWORD = 12  # login: wrong username or password, or account disabled
    OFFLINE = 13  # server unreachable or in trouble: try again later
    CLOCK_WRONG = 14
    INCOMPATIBLE = 15  # server too old or too new for this client
    BAD_ADDRESS = 16  # not an address, or plain http:// to another computer
    REQUEST_REFUSED = 17  # the server refused a request as a whole
