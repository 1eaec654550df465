"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every Qt call
returning nothing, so a long session died with "none_dealloc". pyproject.toml
excludes that release; this test catches any release that brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_referenced(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) - before >= -5
