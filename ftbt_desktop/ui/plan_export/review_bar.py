"""The line under the family's name: the read-only banner, the "reviewed" badge
and "Export family plan…".

The banner shows only in the supervisor's review, so nobody wonders why the
fields do not take typing. The badge tells the coordinator at a glance that
(and when, and by whom) the plan was reviewed; the comments are on the
Review page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ftbt_desktop.core.review import PLAN_ENTITY_TYPES, REVIEW_ENTITY_TYPES
from ftbt_desktop.export.plan_content import PlanAudience, latest_review
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.ui.dialogs.save_dialog import ChoosePath, qt_save_dialog
from ftbt_desktop.ui.plan_export.export_dialog import PlanExportDialog, PlanExporter, show_failure
from ftbt_desktop.ui.plan_export.read_only import mark_navigation
from ftbt_desktop.ui.plan_export.review_tab import (
    changed_since_review_tip,
    review_is_stale,
    reviewed_badge_text,
)
from ftbt_desktop.ui.service import VaultService

BANNER_STYLE = (
    "QLabel { border: 2px solid #b26a00; border-radius: 4px; padding: 6px; font-weight: bold; }"
)
BADGE_STYLE = "QLabel { border: 1px solid #2e7d32; border-radius: 4px; padding: 3px 6px; }"
# Changed since review: amber like the banner, and said in words too (never colour alone).
STALE_STYLE = "QLabel { border: 1px solid #b26a00; border-radius: 4px; padding: 3px 6px; }"


class ReviewBar(QWidget):
    def __init__(
        self,
        service: VaultService,
        parent: QWidget | None = None,
        choose_path: ChoosePath = qt_save_dialog,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_bar")
        self.service = service
        self.family_id: str | None = None
        self.read_only = False

        self.banner = QLabel(self)
        self.banner.setObjectName("workspace_read_only_banner")
        self.banner.setWordWrap(True)
        self.banner.setProperty("role", "banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.badge = QLabel(self)
        self.badge.setObjectName("workspace_review_badge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setStyleSheet(BADGE_STYLE)
        self.badge.hide()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_family_plan")
        mark_navigation(self.export_button)  # a supervisor exports too: it changes nothing
        self.exporter = PlanExporter(service, self, choose_path)
        self.exporter.sig_finished.connect(self._on_exported)
        self.exporter.sig_failed.connect(lambda text: show_failure(self, text))
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("plan_export_saved")
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.badge)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(self.saved_label)

        self.export_button.clicked.connect(self.open_export)
        service.sig_changed.connect(self._on_changed)
        self.retranslate()

    # -- public ------------------------------------------------------------

    def show_family(self, family_id: str | None) -> None:
        if family_id != self.family_id:
            self.saved_label.hide()
        self.family_id = family_id
        self.refresh()

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.banner.setVisible(on)

    def open_export(self) -> PlanExportDialog | None:
        if self.family_id is None or self.exporter.busy:
            return None
        audience = PlanAudience.SUPERVISOR if self.read_only else PlanAudience.FAMILY
        return self.exporter.open_dialog(self.family_id, audience)

    def refresh(self) -> None:
        review = None
        if self.family_id is not None and self.service.is_unlocked:
            try:
                review = latest_review(self.service.load(self.family_id, "plan_review"))
            except VaultError:
                review = None
        self.badge.setVisible(review is not None)
        if review is not None:
            stale = review_is_stale(self.service, self.family_id)
            text = reviewed_badge_text(review, stale)
            self.badge.setText(("⚠ " if stale else "✓ ") + text)
            self.badge.setStyleSheet(STALE_STYLE if stale else BADGE_STYLE)
            self.badge.setToolTip(changed_since_review_tip() if stale else "")
            self.badge.setAccessibleName(text)

    # -- internals ---------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        touched = changes.entity_types & (REVIEW_ENTITY_TYPES | PLAN_ENTITY_TYPES)
        if self.family_id in changes.family_ids and touched:
            self.refresh()

    def _on_exported(self, path: object, pages: int) -> None:
        self.saved_label.setText(
            self.tr("The family plan was saved ({pages} pages): {path}").format(
                pages=pages, path=path
            )
        )
        self.saved_label.show()

    def retranslate(self) -> None:
        self.banner.setText(
            self.tr(
                "Read-only: supervisor review. You can read everything, export the plan, "
                "and write comments or mark the plan as reviewed on the Review page."
            )
        )
        self.export_button.setText(self.tr("Export family plan…"))
        self.export_button.setToolTip(
            self.tr("A PDF of the plan for the family or for the supervisor")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
