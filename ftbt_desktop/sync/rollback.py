"""A vault put back to an older copy, found at sync by what the server already has.

Offline, an old copy of the whole data folder (database and seal file
together) is indistinguishable from the real thing (storage/integrity.py).
The server keeps the last change each of a user's devices pushed
(ftbt_server/devices.py). At the start of each sync the vault asks for its
own device's: a vault that lacks a change it once pushed has been put back,
and the coordinator is told. Nothing the server has is lost: the old copy's
pull cursor is older too, and every change pushed after the copy was made got
a higher sequence number than any the copy had read, so the ordinary pull
brings them back (idempotent by change id; the clock catches up on the way).
A cursor already past the missing change (a copy not of this vault's own
past) is set back to the start, so everything is pulled again.

Known false alarm: if this device's very last push was in a family since
revoked and purged here, the change is rightly gone; the cost is one full
re-pull and a notice. The server's changes table keeps the push order, so a
later version can ask for the last change in a family still readable.
"""

from __future__ import annotations

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.sync.client import DevicePush

CURSOR_KEY = "sync.cursor"


def lacks_pushed_changes(repo: Repository, mark: DevicePush | None) -> bool:
    if mark is None or not mark.last_change_id:
        return False
    rows = repo.vault.execute(
        "SELECT 1 FROM changes WHERE change_id = ? LIMIT 1", (mark.last_change_id,)
    )
    return not rows


def pull_back(repo: Repository, mark: DevicePush) -> None:
    """Make sure the coming pull reaches the missing change."""
    if int(repo.vault.get_meta(CURSOR_KEY) or 0) >= mark.last_seq:
        repo.vault.set_meta(CURSOR_KEY, "0")
