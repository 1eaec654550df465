"""Danish for the few words of Qt's own dialogs that Qt's Danish catalogue lacks.

Qt's `qtbase_da.qm` was translated for an older wording of the file dialog
("Look in:", "Files of type:"); Qt 6 writes "&Look in:" and "Files of &type:",
which it does not know, so the save dialog spoke English beside Danish. These
entries (context QFileDialog, as Qt looks them up) are translated in ftbt_da.ts;
our catalogue is installed after Qt's, so Qt asks it first. Never called: the
marks are for lupdate. tests/test_words_and_dates.py opens the dialog and fails on
any English left in it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
