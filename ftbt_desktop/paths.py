"""Where FTBT Desktop keeps its data when not told otherwise.

The default is platformdirs' per-user data folder, so each coordinator's
login has its own vault and nothing lands in a shared or synced folder:

- Linux: ``~/.local/share/FTBT Desktop`` (or ``$XDG_DATA_HOME/FTBT Desktop``)
- macOS: ``~/Library/Application Support/FTBT Desktop``
- Windows: ``%LOCALAPPDATA%\\FTBT Desktop``

``--data-dir DIR`` overrides it for the GUI and every sub-command.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "FTBT Desktop"


def default_data_dir() -> Path:
    # appauthor=False: no vendor folder level on Windows ("FTBT Desktop\\FTBT Desktop").
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
