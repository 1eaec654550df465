"""Plain, translated sentences for sync: failures, refused changes, purged families, status.

Needs QtCore only, so the command line says the same as the app. The sync
engine raises named errors with codes (`sync/errors.py`); only the sentences
here reach the coordinator, never a server's raw detail.

Every call is a literal `QCoreApplication.translate("SyncWords", "...")`, so
pyside6-lupdate finds it. Counted phrases use Qt's %n forms (CONTRIBUTING.md, "Counted words").
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ftbt_desktop.storage.sync_state import Rejection
from ftbt_desktop.sync.errors import (
    ClockWrong,
    IncompatibleServer,
    RateLimited,
    ServerBusy,
    ServerRejected,
    SsoFailed,
    StampedAhead,
    SyncError,
    VaultWiped,
)
from ftbt_desktop.words.clock import duration_text
from ftbt_desktop.words.counted import context

# Counted words (%n) go through SyncWords.tr: see words/counted.py.
SyncWords = context("SyncWords")


def error_text(error: SyncError) -> str:
    """One or two sentences: what happened, and what to do."""
    if isinstance(error, ClockWrong):
        return clock_text(error)
    if isinstance(error, IncompatibleServer):
        if error.server_too_old:
            return QCoreApplication.translate(
                "SyncWords",
                "The central server is too old for this version of FTBT Desktop. "
                "Ask your IT support to update the server. Your changes are kept.",
            )
        return QCoreApplication.translate(
            "SyncWords",
            "This version of FTBT Desktop is too old for the central server. "
            "Install the newest version. Your changes are kept.",
        )
    if isinstance(error, VaultWiped):
        return wiped_text(error.removed, error.kept, error.sealed)
    if isinstance(error, ServerBusy):
        return QCoreApplication.translate(
            "SyncWords", "The central server is busy. Try again in a moment."
        )
    if isinstance(error, RateLimited):
        minutes = max(1, round(error.retry_after / 60))
        if minutes == 1:
            return QCoreApplication.translate(
                "SyncWords", "Too many attempts. Wait a minute and try again."
            )
        return QCoreApplication.translate(
            "SyncWords", "Too many attempts. Wait {minutes} minutes and try again."
        ).format(minutes=minutes)
    if isinstance(error, SsoFailed):
        return sso_failed_text(error.code)
    if isinstance(error, ServerRejected):
        return QCoreApplication.translate(
            "SyncWords",
            "The central server refused the request ({code}). Your changes are kept; "
            "contact your IT support if this keeps happening.",
        ).format(code=error.code)
    texts = {
        "not_signed_in": QCoreApplication.translate(
            "SyncWords",
            "This computer is not signed in to the central server yet. Choose "
            "“Sign in to the server…” in the toolbar.",
        ),
        "wrong_password": QCoreApplication.translate(
            "SyncWords",
            "The username or password is wrong. Check them (is Caps Lock on?) and try again.",
        ),
        "user_disabled": QCoreApplication.translate(
            "SyncWords",
            "Your account on the central server is disabled. Contact your administrator.",
        ),
        "unauthorized": QCoreApplication.translate(
            "SyncWords",
            "The central server no longer accepts this computer's sign-in. Sign in again; "
            "changes not yet synced are kept.",
        ),
        "device_revoked": QCoreApplication.translate(
            "SyncWords",
            "An administrator has revoked this computer's access to the central server, "
            "so it is signed out. Your families stay on this computer; changes not yet "
            "synced are kept. Contact your administrator.",
        ),
        "token_expired": QCoreApplication.translate(
            "SyncWords", "Your sign-in has expired. Sign in again; changes not yet synced are kept."
        ),
        "unreachable": QCoreApplication.translate(
            "SyncWords",
            "The central server cannot be reached. Keep working offline: FTBT Desktop "
            "tries again by itself, and nothing is lost.",
        ),
        "server_trouble": QCoreApplication.translate(
            "SyncWords",
            "The central server has a problem right now. Keep working: FTBT Desktop "
            "tries again later, and nothing is lost.",
        ),
        "insecure": QCoreApplication.translate(
            "SyncWords",
            "The server address must start with https://. Only a server on this "
            "computer may use plain http://.",
        ),
        "local_passwords_off": QCoreApplication.translate(
            "SyncWords",
            "The central server takes no passwords. Sign in with your municipality's login.",
        ),
        "bad_address": QCoreApplication.translate(
            "SyncWords", "This is not a server address. Write it like https://ftbt.kommune.dk."
        ),
    }
    return texts.get(
        error.kind,
        QCoreApplication.translate(
            "SyncWords", "Sync failed. Your changes are kept; FTBT Desktop tries again later."
        ),
    )


def sso_failed_text(code: str) -> str:
    """Why a sign-in with the municipality's login did not complete."""
    texts = {
        "cancelled": QCoreApplication.translate("SyncWords", "The sign-in was cancelled."),
        "timeout": QCoreApplication.translate(
            "SyncWords",
            "No sign-in came back from the browser in time. Try again, and finish the "
            "sign-in in the browser window that opens.",
        ),
        "no_role": QCoreApplication.translate(
            "SyncWords",
            "Your municipal account has no role in FTBT Desktop. Ask your IT support to "
            "add you to the right group.",
        ),
        "not_configured": QCoreApplication.translate(
            "SyncWords",
            "This central server does not use the municipality's login. Sign in with a "
            "username and password.",
        ),
        "unreachable": QCoreApplication.translate(
            "SyncWords",
            "The municipality's login cannot be reached. Check the network and try "
            "again; nothing is lost.",
        ),
        "refused": QCoreApplication.translate(
            "SyncWords", "The municipality's login refused the sign-in. Try again."
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "SyncWords",
            "The sign-in with the municipality's login did not succeed. Try again; if it "
            "keeps failing, contact your IT support.",
        ),
    )


def sso_done_page() -> str:
    """The page the browser shows once it has handed the sign-in back to the app."""
    title = QCoreApplication.translate("SyncWords", "Signed in")
    text = QCoreApplication.translate(
        "SyncWords", "You are signed in. Close this window and go back to FTBT Desktop."
    )
    return (
        f'<!doctype html><html lang="{html.escape(QLocale().bcp47Name())}">'
        f'<meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></html>"
    )


def wiped_text(removed: int, kept: int, sealed: int = 0) -> str:
    """Said once a wipe order has been obeyed (sync/wipe.py)."""
    text = QCoreApplication.translate(
        "SyncWords",
        "An administrator has ordered this computer emptied. Changes not yet synced "
        "were first sent to the central server where it allowed them. Families removed "
        "from this computer: {removed}. You are signed out.",
    ).format(removed=removed)
    if sealed:
        text += " " + QCoreApplication.translate(
            "SyncWords",
            "Families whose changes could not be sent were first sealed in a file only "
            "your administrator can open: {sealed}. Give the computer to your administrator.",
        ).format(sealed=sealed)
    if kept:
        text += " " + QCoreApplication.translate(
            "SyncWords",
            "Families kept because their changes could not be sent: {kept}. They stay "
            "locked in this computer's vault; give the computer to your administrator.",
        ).format(kept=kept)
    return text


def clock_text(error: ClockWrong) -> str:
    if isinstance(error, StampedAhead):
        return QCoreApplication.translate(
            "SyncWords",
            "The central server sent changes stamped {ahead} ahead of this computer's "
            "clock. They are not taken until the clocks agree, and nothing is lost. "
            "Contact your IT support: the server's clock may be wrong.",
        ).format(ahead=duration_text(error.ahead_ms))
    minutes = round(error.offset_ms / 60000)
    if minutes < 0:
        return QCoreApplication.translate(
            "SyncWords",
            "This computer's clock is wrong: it is {minutes} minutes behind the central "
            "server, so the newest changes cannot be taken. Correct the date and time on "
            "this computer, then sync again. Nothing is lost.",
        ).format(minutes=-minutes)
    if minutes > 0:
        return QCoreApplication.translate(
            "SyncWords",
            "This computer's clock is wrong: it is {minutes} minutes ahead of the central "
            "server. Correct the date and time on this computer, then sync again. "
            "Your changes are kept.",
        ).format(minutes=minutes)
    return QCoreApplication.translate(
        "SyncWords",
        "This computer's clock is wrong: the central server refused changes stamped "
        "in the future. Correct the date and time on this computer. The changes are "
        "kept and sent once they can be accepted.",
    )


def rejection_reason_text(reason: str) -> str:
    texts = {
        "forbidden": QCoreApplication.translate("SyncWords", "you may not change this family"),
        "read_only": QCoreApplication.translate(
            "SyncWords", "you may read this family but only write review comments"
        ),
        "invalid": QCoreApplication.translate("SyncWords", "the server found the value invalid"),
    }
    return texts.get(
        reason, QCoreApplication.translate("SyncWords", "refused by the central server")
    )


def rejection_text(rejection: Rejection) -> str:
    """Which change, and why: "Family member – Birth year: the server found the value invalid"."""
    from ftbt_desktop.words.common import entity_label, field_label  # see moment_text

    change = rejection.change
    return QCoreApplication.translate("SyncWords", "{what} – {field}: {why}").format(
        what=entity_label(change.entity_type),
        field=field_label(change.field),
        why=rejection_reason_text(rejection.reason),
    )


def rejections_summary(count: int) -> str:
    return SyncWords.tr(
        "The central server refused %n change(s). They stay in the history but are "
        "not shared with anyone.",
        None,
        count,
    )


def rolled_back_text() -> str:
    """The vault lacked changes this computer had already sent (an older copy was put back)."""
    return QCoreApplication.translate(
        "SyncWords",
        "The vault on this computer lacked changes it had already sent to the central "
        "server: an older copy of the data folder has been put back. The missing changes "
        "have been fetched again from the server. If you did not restore an old copy "
        "yourself, tell your IT support.",
    )


def purged_text(name: str, sent: int = 0) -> str:
    """A family no longer readable has been removed; said to have sent changes first only
    when it did (`sent`: how many). The window says it by role (notice_words.py)."""
    if not name:
        text = QCoreApplication.translate(
            "SyncWords",
            "A family was assigned to another coordinator and has been removed from this computer.",
        )
    else:
        text = QCoreApplication.translate(
            "SyncWords",
            "The family “{name}” was assigned to another coordinator and has been removed "
            "from this computer.",
        ).format(name=name)
    if sent:
        text += " " + SyncWords.tr(
            "The %n change(s) waiting here were sent to the central server first.",
            None,
            sent,
        )
    return text


def held_text(name: str, count: int) -> str:
    """A family reassigned away but kept for its refused changes: what happened, what to do.

    Without a name (the command line), the sentence names no family."""
    if not name:  # the command line names no family: its output goes to logs
        text = SyncWords.tr(
            "A family was assigned to another coordinator, and the central server "
            "refused %n change(s) made here. They exist only on this "
            "computer, so the family stays here for now.",
            None,
            count,
        )
    else:
        text = SyncWords.tr(
            "The family “{name}” was assigned to another coordinator, and the central server "
            "refused %n change(s) made here. They exist only on this computer, "
            "so the family stays here for now.",
            None,
            count,
        )
    return (
        text.format(name=name)
        + " "
        + QCoreApplication.translate(
            "SyncWords",
            "Open the family, save the refused changes as a file for its new coordinator "
            "(or contact them), then choose “Remove from this computer”.",
        )
    )


def conflicts_text(count: int) -> str:
    return SyncWords.tr("%n change(s) need your eye", None, count)


def pending_text(count: int) -> str:
    return SyncWords.tr("%n change(s) waiting to sync", None, count)


def last_sync_text(
    when: dt.datetime | None, nothing_new: bool = False, locale: QLocale | None = None
) -> str:
    """When the last sync ended, to the second: two syncs in one minute read differently.

    `nothing_new`: that sync neither sent nor fetched anything, which is said, so a
    click on "Sync now" that changes nothing in the window still visibly did something.
    """
    if when is None:
        return QCoreApplication.translate("SyncWords", "Never synced")
    if nothing_new:
        return QCoreApplication.translate("SyncWords", "Synced – nothing new ({when})").format(
            when=moment_text(when, locale)
        )
    return QCoreApplication.translate("SyncWords", "Last synced {when}").format(
        when=moment_text(when, locale)
    )


def seconds_format(locale: QLocale | None = None) -> str:
    """The locale's short time format with seconds ("HH.mm.ss", "h:mm:ss AP")."""
    fmt = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    if "s" in fmt:
        return fmt
    # The seconds follow the minutes with the same separator the locale puts before them.
    return re.sub(r"([^\w\s]?)(mm)", r"\1mm\1ss", fmt, count=1)


def moment_text(when: dt.datetime, locale: QLocale | None = None) -> str:
    """A moment in local time with seconds: "24.12.2025 13.05.07" (sync and its conflicts,
    where a minute is too coarse to tell two changes or two syncs apart)."""
    # Imported here: the words module pulls in QtGui, which the command line
    # (that shares these sentences) must not load for its other commands.
    from ftbt_desktop.words.common import date_format

    loc = locale or QLocale()
    moment = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    return loc.toString(moment, date_format(loc) + " " + seconds_format(loc))


def server_host(server_url: str) -> str:
    """The server as people name it: its host (and port, and path when it has one)."""
    parts = urlsplit(server_url)
    return (parts.netloc + parts.path.rstrip("/")) or server_url


def identity_text(username: str, server_url: str) -> str:
    """The status bar's "anne · ftbt.kommune.dk": names only, the same in every language."""
    return f"{username} · {server_host(server_url)}"


def signed_in_text(username: str, server: str) -> str:
    return QCoreApplication.translate("SyncWords", "Signed in as {user} at {server}").format(
        user=username, server=server
    )


def device_label(device_id: str) -> str:
    """A short, stable label for a laptop, from its device id ("3F2A9C").

    Pulled changes carry the id of the laptop that made them, not its name; the
    label lets a coordinator match "computer 3F2A9C" in a conflict with the
    "This computer" line in the other laptop's sign-in dialog."""
    return "".join(ch for ch in device_id if ch.isalnum())[:6].upper()
