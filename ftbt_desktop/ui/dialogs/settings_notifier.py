"""One app-wide signal for "the settings were saved", so views that show a setting's
effect (the self-supporting definition on the Measures tab) update at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SettingsNotifier(QObject):
    sig_saved = Signal(object)  # the saved Settings


_notifier: SettingsNotifier | None = None


def settings_notifier() -> SettingsNotifier:
    global _notifier
    if _notifier is None:
        _notifier = SettingsNotifier()
    return _notifier
