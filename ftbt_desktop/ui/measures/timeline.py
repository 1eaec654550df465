"""One person's timeline on the Measures tab.

For an adult: the WHO-5 chart with its band zones, the measures with score,
band (words on the band's colour) and change since the previous one, and the
work and education statuses with dates and "self-supporting" under the
definition in use. For a child: the parents' thriving ratings and the child's
leisure activities.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QVBoxLayout, QWidget

from ftbt_desktop.core.measure_records import (
    CivilSocietyConnection,
    EmploymentRecord,
    LeisureActivity,
    ThrivingRating,
    Who5Measure,
)
from ftbt_desktop.core.measure_timeline import (
    current_status,
    leisure_of_child,
    status_timeline,
    thriving_of_child,
    who5_timeline,
)
from ftbt_desktop.core.measures import SelfSupportDefinition
from ftbt_desktop.core.model import Member, MemberRole
from ftbt_desktop.ui.measures.band_colours import BAND_COLOURS, BAND_TEXT_COLOUR
from ftbt_desktop.ui.measures.record_table import Cell, RecordTable, Row
from ftbt_desktop.ui.measures.who5_chart import Who5Chart
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.common import EMPTY, date_text
from ftbt_desktop.words.measures import (
    band_label,
    change_text,
    employment_label,
    ongoing_text,
    score_text,
    self_supporting_text,
    thriving_label,
)

PARENT_ROLES = frozenset({MemberRole.PARENT, MemberRole.PARTNER})


@dataclass(frozen=True, slots=True)
class MeasuresData:
    """Everything the Measures tab shows of one family, read once per refresh."""

    members: list[Member] = field(default_factory=list)
    who5: list[Who5Measure] = field(default_factory=list)
    records: list[EmploymentRecord] = field(default_factory=list)
    thriving: list[ThrivingRating] = field(default_factory=list)
    leisure: list[LeisureActivity] = field(default_factory=list)
    connections: list[CivilSocietyConnection] = field(default_factory=list)

    @property
    def adults(self) -> list[Member]:
        return [m for m in self.members if m.role.is_adult]

    @property
    def parents(self) -> list[Member]:
        return [m for m in self.members if m.role in PARENT_ROLES]

    @property
    def children(self) -> list[Member]:
        return [m for m in self.members if m.role is MemberRole.CHILD]

    def member(self, member_id: str | None) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def name(self, member_id: str) -> str:
        member = self.member(member_id)
        if member is None:
            return QCoreApplication.translate("MeasuresTimeline", "(removed member)")
        return member.name


def load_measures(service: VaultService, family_id: str) -> MeasuresData:
    return MeasuresData(
        members=service.members(family_id),
        who5=service.load(family_id, "who5_measure"),
        records=service.load(family_id, "employment_record"),
        thriving=service.load(family_id, "thriving_rating"),
        leisure=service.load(family_id, "leisure_activity"),
        connections=service.load(family_id, "civil_society_connection"),
    )


@functools.cache
def _icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


class PersonTimeline(QWidget):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measures_timeline")
        self._member: Member | None = None

        self.title = QLabel(self)
        self.title.setObjectName("timeline_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("timeline_empty")
        self.empty_label.setWordWrap(True)

        self.adult_box = QWidget(self)
        self.now_label = QLabel(self.adult_box)
        self.now_label.setObjectName("timeline_now")
        self.now_label.setWordWrap(True)
        self.who5_title = QLabel(self.adult_box)
        bold = self.who5_title.font()
        bold.setBold(True)
        self.who5_title.setFont(bold)
        self.who5_chart = Who5Chart(self.adult_box)
        self.who5_table = RecordTable(service, "who5_list", 4, self.adult_box)
        self.status_table = RecordTable(service, "status_list", 4, self.adult_box)
        adult_layout = QVBoxLayout(self.adult_box)
        adult_layout.setContentsMargins(0, 0, 0, 0)
        adult_layout.addWidget(self.now_label)
        adult_layout.addWidget(self.who5_title)
        adult_layout.addWidget(self.who5_chart)
        adult_layout.addWidget(self.who5_table)
        adult_layout.addWidget(self.status_table)

        self.child_box = QWidget(self)
        self.thriving_table = RecordTable(service, "thriving_list", 4, self.child_box)
        self.leisure_table = RecordTable(service, "leisure_list", 4, self.child_box)
        child_layout = QVBoxLayout(self.child_box)
        child_layout.setContentsMargins(0, 0, 0, 0)
        child_layout.addWidget(self.thriving_table)
        child_layout.addWidget(self.leisure_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.adult_box)
        layout.addWidget(self.child_box)
        self.retranslate()

    # -- content -----------------------------------------------------------

    def show_person(
        self,
        member: Member | None,
        data: MeasuresData,
        definition: SelfSupportDefinition,
        today: dt.date | None = None,
    ) -> None:
        self._member = member
        today = today or dt.date.today()
        self.empty_label.setVisible(member is None)
        self.adult_box.setVisible(member is not None and member.role.is_adult)
        self.child_box.setVisible(member is not None and member.role is MemberRole.CHILD)
        if member is None:
            self.title.setText(self.tr("Timeline"))
            return
        self.title.setText(self.tr("Timeline for {name}").format(name=member.name))
        if member.role.is_adult:
            self._show_adult(member, data, definition, today)
        else:
            self._show_child(member, data)

    def _show_adult(
        self, member: Member, data: MeasuresData, definition: SelfSupportDefinition, today: dt.date
    ) -> None:
        points = who5_timeline(data.who5, member.id)
        self.who5_chart.set_points([(p.date, p.score) for p in points])
        up = _icon(QStyle.StandardPixmap.SP_ArrowUp)
        down = _icon(QStyle.StandardPixmap.SP_ArrowDown)
        rows = []
        for point in reversed(points):
            icon = None
            if point.meaningful and point.change is not None:
                icon = up if point.change > 0 else down
            rows.append(
                Row(
                    point.measure.id,
                    [
                        date_text(point.date),
                        score_text(point.score),
                        Cell(
                            band_label(point.band),
                            background=BAND_COLOURS[point.band],
                            foreground=BAND_TEXT_COLOUR,
                        ),
                        Cell(change_text(point.change, point.meaningful), icon=icon),
                    ],
                )
            )
        self.who5_table.set_rows(rows)

        periods = status_timeline(data.records, member.id, definition)
        self.status_table.set_rows(
            [
                Row(
                    p.record.id,
                    [
                        date_text(p.record.date),
                        date_text(p.until) if p.until else ongoing_text(),
                        employment_label(p.status),
                        self_supporting_text(p.self_supporting),
                    ],
                )
                for p in reversed(periods)
            ]
        )
        now = current_status(data.records, member.id, today)
        if now is None:
            self.now_label.setText(self.tr("No work and education status recorded yet."))
        else:
            self.now_label.setText(
                self.tr("Now: {status} – {verdict}").format(
                    status=employment_label(now.status),
                    verdict=self_supporting_text(definition.counts(now.status)).lower(),
                )
            )

    def _show_child(self, member: Member, data: MeasuresData) -> None:
        self.thriving_table.set_rows(
            [
                Row(
                    r.id,
                    [
                        date_text(r.date),
                        data.name(r.parent_id),
                        thriving_label(r.thriving),
                        EMPTY if r.score is None else str(r.score),
                    ],
                )
                for r in thriving_of_child(data.thriving, member.id)
            ]
        )
        self.leisure_table.set_rows(
            [
                Row(
                    a.id,
                    [
                        a.what,
                        a.where or EMPTY,
                        date_text(a.start),
                        date_text(a.end) if a.end else ongoing_text(),
                    ],
                )
                for a in leisure_of_child(data.leisure, member.id)
            ]
        )

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("Choose a person to see their measures over time."))
        self.who5_title.setText(self.tr("Wellbeing (WHO-5) over time"))
        self.who5_chart.set_empty_text(self.tr("No WHO-5 measures yet"))
        self.who5_table.title.setText(self.tr("WHO-5 measures"))
        self.who5_table.set_headers(
            [self.tr("Date"), self.tr("Score"), self.tr("Band"), self.tr("Change")]
        )
        self.who5_table.set_empty_text(self.tr("No WHO-5 measures yet."))
        self.status_table.title.setText(self.tr("Work and education status"))
        self.status_table.set_headers(
            [self.tr("From"), self.tr("To"), self.tr("Status"), self.tr("Self-supporting")]
        )
        self.status_table.set_empty_text(self.tr("No status recorded yet."))
        self.thriving_table.title.setText(self.tr("Thriving (the parents' view)"))
        self.thriving_table.set_headers(
            [self.tr("Date"), self.tr("Parent"), self.tr("Compared with before"), self.tr("0–10")]
        )
        self.thriving_table.set_empty_text(self.tr("No thriving ratings yet."))
        self.leisure_table.title.setText(self.tr("Leisure activities"))
        self.leisure_table.set_headers(
            [self.tr("What"), self.tr("Where"), self.tr("From"), self.tr("To")]
        )
        self.leisure_table.set_empty_text(self.tr("No leisure activities yet."))
