"""One write from an inline form or page, and what to say when the vault refuses it.

Every form and page of the family workspace writes the same way: call the
service; a refused value, a thing removed meanwhile or a locked vault is said
in a sentence under the form (what was typed stays); success clears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.model import InvalidField
from ftbt_desktop.storage.errors import NotFound, VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.storage.roles import ReadOnlyRole
from ftbt_desktop.storage.taken_away import FamilyTakenAway
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.common import invalid_field_message, not_found_message


def locked_message() -> str:
    return QCoreApplication.translate("FormWrites", "The vault is locked. Unlock it and try again.")


def refused_message(error: VaultError) -> str:
    """Why the vault refused a write: locked, or the supervisor's read-only review."""
    if isinstance(error, FamilyTakenAway):
        return QCoreApplication.translate(
            "FormWrites",
            "Read-only: this family has been handed over to another coordinator.",
        )
    if isinstance(error, ReadOnlyRole):
        return QCoreApplication.translate(
            "FormWrites",
            "Read-only: as a supervisor you can write review comments and mark the plan as "
            "reviewed, nothing else.",
        )
    return locked_message()


def write_or_say(
    message: MessageLine,
    write: Callable[[], ChangeSet],
    focus: Callable[[str], None] | None = None,
) -> ChangeSet | None:
    """What `write` changed, or None when it was refused (then `message` says why
    and `focus` is given the refused field)."""
    try:
        changes = write()
    except InvalidField as error:
        message.show_message(invalid_field_message(error))
        if focus is not None:
            focus(error.field)
        return None
    except NotFound:
        message.show_message(not_found_message())
        return None
    except VaultError as error:
        message.show_message(refused_message(error))
        return None
    message.clear_message()
    return changes
