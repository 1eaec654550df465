"""Before the window opens on Linux: are the system libraries Qt's xcb platform needs there?

PySide6 brings Qt itself, but Qt's X11 platform plugin (`libqxcb.so`) loads
libraries of the operating system (libxcb-*, libxkbcommon-x11, EGL/GL,
fontconfig, D-Bus). On a fresh Debian or Ubuntu some are missing, and Qt then
aborts with "Could not load the Qt platform plugin xcb … even though it was
found", often blaming another library (Qt 6.5+ names libxcb-cursor0 whatever
is missing). So before the QApplication is made, `ldd` is asked which of the
plugin's libraries are "not found", and the app says in one line which
packages to install, and stops (exit code `EXIT_MISSING_LIBRARIES`).

The check runs only where Qt will use xcb (Linux, no other platform chosen)
and never blocks when it cannot tell (no `ldd`, no plugin): then Qt speaks as
before. Danish or English as the settings say; Qt's translator is used
directly, as no QCoreApplication exists yet. The list of packages is in
README.md ("Set up, run and test").
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

EXIT_MISSING_LIBRARIES = 9  # docs/command-line.md: the window cannot open

# The libraries libqxcb.so (PySide6 6.x) needs beyond the C library, and the
# Debian 12 / Ubuntu 22.04+ package of each (`dpkg -S` on Debian 12).
XCB_PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
}
# "libxcb-icccm.so.4 => not found" (ldd's words in every locale: it is not translated).
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds the mark by name
    return text


MESSAGE = QT_TRANSLATE_NOOP(
    "SystemLibs",
    "FTBT Desktop cannot open its window: these system packages are missing: {packages}. "
    "Install them with: sudo apt install {packages}",
)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as "not found", in its order, each once."""
    found: list[str] = []
    for name in _NOT_FOUND.findall(ldd_output):
        if name not in found:
            found.append(name)
    return found


def packages_for(libraries: Sequence[str]) -> list[str]:
    """The packages that hold `libraries` (a library not in the table is named as is)."""
    packages: list[str] = []
    for library in libraries:
        package = XCB_PACKAGES.get(library, library)
        if package not in packages:
            packages.append(package)
    return packages


def uses_xcb(environ: Mapping[str, str], argv: Sequence[str], platform: str = sys.platform) -> bool:
    """Qt will load its xcb plugin: Linux, and no other platform chosen."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if "-platform" in argv:
        index = list(argv).index("-platform")
        chosen = argv[index + 1] if index + 1 < len(argv) else chosen
    # "xcb", "xcb:…" or a fallback list such as "wayland;xcb": only a plain xcb is sure.
    if chosen:
        return chosen.split(":")[0] == "xcb"
    # Unset: Qt tries Wayland first in a Wayland session; xcb is not sure to be needed.
    return not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """PySide6's own libqxcb.so, found without loading Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def ldd_output(library: Path) -> str | None:
    """What `ldd` says about `library`, or None when it cannot be asked."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def missing_packages() -> list[str]:
    """The packages the xcb plugin lacks on this machine ([] when all are there, or unknown)."""
    plugin = xcb_plugin()
    output = ldd_output(plugin) if plugin is not None else None
    return packages_for(missing_libraries(output)) if output else []


def message(packages: Sequence[str], language: str) -> str:
    """The one line that names the packages, in `language` ("da" or "en")."""
    text = _translated(MESSAGE, language) if language == "da" else MESSAGE
    return text.format(packages=" ".join(packages))


def _translated(source: str, language: str) -> str:
    try:
        from PySide6.QtCore import QTranslator

        from ftbt_desktop.words.translations import QM_DIR
    except ImportError:  # Qt's own libraries missing too: English it is
        return source
    translator = QTranslator()
    if not translator.load(str(QM_DIR / f"ftbt_{language}.qm")):
        return source
    return translator.translate("SystemLibs", source) or source


def check_before_window(
    environ: Mapping[str, str], argv: Sequence[str], language: str, err: TextIO
) -> bool:
    """False (after one line on `err`) when the window cannot open for missing packages."""
    if not uses_xcb(environ, argv):
        return True
    packages = missing_packages()
    if not packages:
        return True
    err.write(message(packages, language) + "\n")
    err.flush()
    return False
