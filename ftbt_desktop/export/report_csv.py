"""The outcome report's figures as CSV for Excel: one row per figure.

UTF-8 with a byte-order mark (so Excel reads æ, ø, å right), `;` between
fields and CRLF line ends, as Danish Excel expects. The values are the
report's printed ones, small cells suppressed. The first column is the
figure's stable key and a `unit` column says what it counts (report_keys.py):
scripts match those, never the translated labels. Built in memory: the caller
writes the bytes where the user chose, and nowhere else.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.export.report_figures import ReportContent
from ftbt_desktop.export.report_keys import breakdown_cells, unit_of

DELIMITER = ";"


def csv_rows(content: ReportContent) -> list[list[str]]:
    rows = [
        [
            "key",  # not translated: what scripts match
            QCoreApplication.translate("OutcomeReport", "Figure"),
            QCoreApplication.translate("OutcomeReport", "Value"),
            "unit",
            QCoreApplication.translate("OutcomeReport", "n"),
            QCoreApplication.translate("OutcomeReport", "Definition"),
        ],
        [
            "period",
            QCoreApplication.translate("OutcomeReport", "Period"),
            content.period,
            "",
            "",
            QCoreApplication.translate(
                "OutcomeReport",
                "Measures and ratings dated within the period are used; see each definition.",
            ),
        ],
        # "<5" and "*" in the rows below need their explanation here too, not only in the PDF.
        [
            "note.small_counts",
            QCoreApplication.translate("OutcomeReport", "Small counts"),
            "",
            "",
            "",
            content.suppression_note,
        ],
    ]
    rows += [
        [f.key, f.label, f.value, unit_of(f.key), f.n, f.definition] for f in content.figures()
    ]
    for breakdown in content.breakdowns:
        rows.append([f"{breakdown.key}.note", breakdown.title, "", "", "", breakdown.note])
        rows += [
            [c["key"], c["label"], c["value"], c["unit"], c["n"], ""]
            for c in breakdown_cells(breakdown)
        ]
    return rows


def csv_bytes(content: ReportContent) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows(csv_rows(content))
    return buffer.getvalue().encode("utf-8-sig")
