"""The WHO-5 bands' background colours on screen (the report has its own, for print).
Always beside the band's words (words/measures.py), never instead of them."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ftbt_desktop.core.measures import Who5Band

BAND_COLOURS: dict[Who5Band, QColor] = {
    Who5Band.HIGH_RISK: QColor("#f4c7c3"),
    Who5Band.RISK: QColor("#fde3a7"),
    Who5Band.NOT_AT_RISK: QColor("#c8e6c9"),
}

# Light fills with dark text read on light and dark themes; the band's words
# are always shown beside the colour.
BAND_TEXT_COLOUR = QColor("#1b1b1b")
