"""The outcome report as JSON, for a municipality's scripts and dashboards.

The same figures as the CSV, under the same stable keys (report_keys.py), each
with its printed value, that value as a number (null where it is hidden), its
unit, its n and its definition; the period as ISO dates. Suppressed exactly as
the PDF and the CSV: nothing here is finer than what they print.
"""

from __future__ import annotations

import json

from ftbt_desktop.export.report_breakdown import Breakdown
from ftbt_desktop.export.report_figures import ReportContent
from ftbt_desktop.export.report_key_results import key_results
from ftbt_desktop.export.report_keys import breakdown_cells, machine_row

FORMAT = "ftbt-outcome-report"
VERSION = 1


def json_bytes(content: ReportContent) -> bytes:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "title": content.title,
        "period": {
            "from": content.period_start.isoformat() if content.period_start else None,
            "to": content.period_end.isoformat() if content.period_end else None,
            "text": content.period,
        },
        "made_on": content.made_on,
        "selection": content.selection,
        "small_counts": content.suppression_note,
        "key_results": key_results(content),
        "figures": [machine_row(figure) for figure in content.figures()],
        "breakdowns": [_breakdown(b) for b in content.breakdowns],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _breakdown(breakdown: Breakdown) -> dict[str, object]:
    return {
        "key": breakdown.key,
        "title": breakdown.title,
        "note": breakdown.note,
        "columns": [
            {
                "key": c.key,
                "label": c.label,
                "from": c.start.isoformat() if c.start else None,
                "to": c.end.isoformat() if c.end else None,
            }
            for c in breakdown.columns
        ],
        "cells": breakdown_cells(breakdown),
    }
