"""The family workspace: a header for the chosen family and its tabs.

Later issues add Map, Goals and plan, Measures, Visits and Network and
consent as `FamilyTab` subclasses through `add_tab`. The workspace listens
to the service once and passes a change on to the tabs only when it touches
the family shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ftbt_desktop.core.family_ref import family_reference
from ftbt_desktop.core.model import Family, FamilyStatus
from ftbt_desktop.storage.errors import NotFound, VaultLocked
from ftbt_desktop.storage.repository import ChangeSet
from ftbt_desktop.storage.taken_away import check_not_taken_away
from ftbt_desktop.ui.family_map.map_page import MapPage
from ftbt_desktop.ui.measures.measures_tab import MeasuresTab
from ftbt_desktop.ui.network.network_tab import NetworkTab
from ftbt_desktop.ui.plan.plan_tab import GoalsPlanTab
from ftbt_desktop.ui.plan_export.review_bar import ReviewBar
from ftbt_desktop.ui.plan_export.review_role import ReviewRole
from ftbt_desktop.ui.plan_export.review_tab import ReviewTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.taken_away_banner import TakenAwayBanner, taken_away_state
from ftbt_desktop.ui.visits.visits_tab import VisitsTab
from ftbt_desktop.ui.workspace.family_details import FamilyDetailsTab
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.history_tab import HistoryTab
from ftbt_desktop.ui.workspace.members_tab import MembersTab
from ftbt_desktop.words.common import date_text


class FamilyHeader(QWidget):
    """Name, status in words, the reference IT finds the family by and, for demo
    families, a banner saying so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._family: Family | None = None
        self.name_label = QLabel(self)
        self.name_label.setObjectName("workspace_family_name")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("workspace_family_status")
        # Read out to IT support, who look it up with `ftbt-server family list F-…`;
        # selectable, so it can be copied into an e-mail as well.
        self.reference_label = QLabel(self)
        self.reference_label.setObjectName("workspace_family_reference")
        self.reference_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reference_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("workspace_demo_banner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setProperty("role", "banner")
        self.demo_banner.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px;"
            " font-weight: bold; }"
        )
        self.demo_banner.hide()
        # A family the server has taken away: read-only here (ui/sync/taken_away_banner.py).
        self.taken_away_banner = TakenAwayBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.reference_label)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.taken_away_banner)

    @property
    def family(self) -> Family | None:
        return self._family

    def set_family(self, family: Family | None) -> None:
        self._family = family
        self.retranslate()

    def retranslate(self) -> None:
        family = self._family
        if family is None:
            return
        self.name_label.setText(family.name)
        if family.status == FamilyStatus.CLOSED:
            status = (
                self.tr("Closed since {date}").format(date=date_text(family.end))
                if family.end
                else self.tr("Closed")
            )
        elif family.start:
            status = self.tr("Active since {date}").format(date=date_text(family.start))
        else:
            status = self.tr("Active")
        self.status_label.setText(status)
        self.reference_label.setText(
            self.tr("Reference: {reference}").format(reference=family_reference(family.id))
        )
        # A demo family is never on the server: a reference there would find nothing.
        self.reference_label.setVisible(not family.is_demo)
        self.demo_banner.setText(
            self.tr(
                "Demo family – invented people to practise with. It stays on this "
                "computer and is never sent to the central store."
            )
        )
        self.demo_banner.setVisible(family.is_demo)


class FamilyWorkspace(QWidget):
    """Shows one family: header plus tabs; a hint when none is chosen."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._family_id: str | None = None
        self._tabs: list[FamilyTab] = []
        self._read_only = False  # the supervisor's review (set by ReviewRole)
        self._taken_away = False  # the family shown is no longer ours (refresh_taken_away)
        service.add_write_guard(check_not_taken_away)  # the vault refuses its edits too

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("workspace_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.header = FamilyHeader(self)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("workspace_tabs")
        self.tab_widget.setDocumentMode(True)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.header)
        # Read-only banner, "reviewed" badge, "Export family plan…" (ui/plan_export/).
        self.review_bar = ReviewBar(service, page)
        page_layout.addWidget(self.review_bar)
        page_layout.addWidget(self.tab_widget, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.details_tab = FamilyDetailsTab(service, self)
        self.members_tab = MembersTab(service, self)
        self.history_tab = HistoryTab(service, self)
        for tab in (self.details_tab, self.members_tab, self.history_tab):
            self.add_tab(tab)
        self.map_tab = MapPage(service, self)
        self.add_tab(self.map_tab, 0)  # the map is the family's first page
        # Map, Goals and plan, Measures, Visits, Network and consent, …
        self.plan_tab = GoalsPlanTab(service, self)
        self.add_tab(self.plan_tab, 1)
        self.visits_tab = VisitsTab(service, self)
        self.add_tab(self.visits_tab, 2)
        self.measures_tab = MeasuresTab(service, parent=self)
        self.add_tab(self.measures_tab, 2)
        self.network_tab = NetworkTab(service, parent=self)
        self.add_tab(self.network_tab, 4)
        self.review_tab = ReviewTab(service, self)
        self.add_tab(self.review_tab)  # before History
        self.tab_widget.setCurrentWidget(self.map_tab)
        self.review_role = ReviewRole(self)  # the role decides read-only (storage/roles.py)

        service.sig_changed.connect(self._on_changed)
        service.sig_unlocked.connect(self._on_unlocked)
        self.retranslate()

    # -- public ------------------------------------------------------------

    def add_tab(self, tab: FamilyTab, index: int | None = None) -> None:
        """Add a page; `index` None puts it before History, which stays last."""
        if index is None:
            index = len(self._tabs)
            if self._tabs and self._tabs[-1] is self.history_tab:
                index -= 1
        self._tabs.insert(index, tab)
        self.tab_widget.insertTab(index, tab, tab.tab_title())
        if self._read_only or self._taken_away:
            tab.set_read_only(True)
        if self._family_id is not None:
            tab.show_family(self._family_id)

    def tabs(self) -> list[FamilyTab]:
        return list(self._tabs)

    def current_family_id(self) -> str | None:
        return self._family_id

    def current_family_name(self) -> str:
        family = self.header.family
        return family.name if family is not None and self._family_id is not None else ""

    def unsaved_tabs(self) -> list[FamilyTab]:
        """The pages holding typing that is not saved yet, in tab order."""
        if self._family_id is None:
            return []
        return [tab for tab in self._tabs if tab.unsaved_input()]

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def taken_away(self) -> bool:
        return self._taken_away

    @property
    def taken_away_banner(self) -> TakenAwayBanner:
        return self.header.taken_away_banner

    def set_read_only(self, on: bool) -> None:
        """Supervisor review: every page read-only, the banner shown, the Review panel open."""
        self._read_only = on
        self.review_bar.set_read_only(on)
        self.review_tab.set_reviewer(on)
        for tab in self._tabs:
            tab.set_read_only(on or self._taken_away)

    def refresh_taken_away(self) -> None:
        """Read-only while the family shown is one the server has taken away, with the
        banner saying so; editable again once it is given back (after each sync)."""
        state = taken_away_state(self.service, self._family_id)
        self.header.taken_away_banner.show_state(state)
        on = state is not None
        if on != self._taken_away:
            self._taken_away = on
            for tab in self._tabs:
                tab.set_read_only(on or self._read_only)

    def show_family(self, family_id: str | None) -> None:
        """Show a family ("" and None show the hint). The same id again keeps open forms."""
        family_id = family_id or None
        family = self._load(family_id)
        if family is None:
            family_id = None
        self._family_id = family_id
        self.header.set_family(family)
        self.stack.setCurrentIndex(1 if family is not None else 0)
        self.refresh_taken_away()  # before the tabs fill, so none is editable a moment
        for tab in self._tabs:
            tab.show_family(family_id)
        self.review_bar.show_family(family_id)

    # -- refresh -----------------------------------------------------------

    def _load(self, family_id: str | None) -> Family | None:
        if family_id is None or not self.service.is_unlocked:
            return None
        try:
            return self.service.family_view(family_id).family
        except (NotFound, VaultLocked):
            return None

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._family_id is None or self._family_id not in changes.family_ids:
            return
        if "family" in changes.entity_types:
            self.header.set_family(self._load(self._family_id))
        self.refresh_taken_away()
        for tab in self._tabs:
            tab.on_changes(changes)
            tab.enforce_read_only()

    def _on_unlocked(self) -> None:
        # The same family again, so forms left open across the lock keep their text.
        if self._family_id is not None:
            self.show_family(self._family_id)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.tab_widget.setAccessibleName(self.tr("The family's pages"))
        self.placeholder.setText(
            self.tr("Choose a family in the list, or create a new one with “New family”.")
        )
        for row, tab in enumerate(self._tabs):
            self.tab_widget.setTabText(row, tab.tab_title())
        self.header.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
