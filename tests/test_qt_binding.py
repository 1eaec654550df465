"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every Qt call
returning nothing, so a long session died with "none_dealloc". pyproject.toml
excludes that release; this test catches any release that brings it back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


# From 3.12 None is immortal (PEP 683): its count is a constant, so the check could
# not fail there, and a dropped reference could not free it either.
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_referenced(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) - before >= -5
