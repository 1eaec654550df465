"""Start the GUI: settings, translations, the main window, and a safety net for surprises."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

import ftbt_desktop
from ftbt_desktop.settings import Settings, load_settings
from ftbt_desktop.storage.errors import FolderNotPrivate
from ftbt_desktop.ui import system_libs
from ftbt_desktop.ui.first_paint import watch_first_paint
from ftbt_desktop.ui.main_window import APP_TITLE, MainWindow
from ftbt_desktop.ui.single_instance import (
    AppInstance,
    already_open_box,
    bring_forward,
    not_private_box,
)
from ftbt_desktop.words.translations import install_translators, resolve_language

# As `ftbt-desktop` commands say it (docs/command-line.md): the folder is in use;
# a file problem (here: a data folder others can open that cannot be made private).
EXIT_IN_USE = 8
EXIT_FILE_ERROR = 5


def run_gui(data_dir: Path | None = None, argv: list[str] | None = None) -> int:
    """Run FTBT Desktop on `data_dir` (default: the per-user data folder); the exit code."""
    if data_dir is None:
        from ftbt_desktop.paths import default_data_dir

        data_dir = default_data_dir()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings(data_dir)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        qt_argv = argv if argv is not None else sys.argv
        # Qt aborts without its xcb libraries, blaming the wrong one: name them first.
        language = resolve_language(settings.language)
        if not system_libs.check_before_window(os.environ, qt_argv, language, sys.stderr):
            return system_libs.EXIT_MISSING_LIBRARIES
        app = QApplication(qt_argv)
    app.setApplicationName(APP_TITLE)
    app.setApplicationVersion(ftbt_desktop.__version__)
    install_translators(app, settings.language)
    # One app per data folder (ui/single_instance.py): a second start shows the first.
    instance = AppInstance(Path(data_dir))
    try:
        claimed = instance.claim()
    except FolderNotPrivate as exc:
        not_private_box(exc).exec()
        return EXIT_FILE_ERROR
    if not claimed:
        if instance.ask_running_to_show():
            return 0
        already_open_box(Path(data_dir)).exec()
        return EXIT_IN_USE
    try:
        return _run_window(app, Path(data_dir), settings, instance)
    finally:
        # Only after the window has closed the vault (aboutToQuit → shut_down).
        instance.release()


def _run_window(
    app: QApplication, data_dir: Path, settings: Settings, instance: AppInstance
) -> int:
    window = MainWindow(data_dir, settings)
    instance.sig_show_requested.connect(lambda: bring_forward(window))
    window.resize(1100, 720)
    _probe = watch_first_paint(window, window.current_page)  # the bundle's smoke test only
    window.show()
    app.aboutToQuit.connect(window.shut_down)

    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        # An exception escaping a slot would otherwise only print a traceback; the
        # coordinator gets a plain message and the log gets no personal data.
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, exc, tb)
            return
        window.show_unexpected(exc)

    sys.excepthook = hook
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
