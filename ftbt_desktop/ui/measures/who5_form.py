"""The WHO-5 form: five statements, six answers each, the score and band as you go.

Laid out like the paper questionnaire (statements down, answers across) with
big targets, so it can be filled in with the adult at the kitchen table. The
score, band (words and colour) and the change since the previous measure
show as soon as all five are answered; an unanswered item stops the save and
is named, and every answer given stays.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from ftbt_desktop.core.measure_records import Who5Measure
from ftbt_desktop.core.measure_timeline import who5_timeline
from ftbt_desktop.core.measures import (
    WHO5_ITEMS,
    WHO5_MAX_ANSWER,
    WHO5_MIN_ANSWER,
    meaningful_change,
    who5_band,
)
from ftbt_desktop.core.model import Member
from ftbt_desktop.ui.error_ink import style_as_error
from ftbt_desktop.ui.measures.band_colours import BAND_COLOURS, BAND_TEXT_COLOUR
from ftbt_desktop.ui.measures.future_dates import answered_in_the_future_text, is_future
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import DateEdit, MemberCombo
from ftbt_desktop.words.common import date_text
from ftbt_desktop.words.measures import (
    band_label,
    change_text,
    score_text,
    unanswered_message,
    who5_answers,
    who5_intro,
    who5_items,
    who5_source,
)

ANSWER_VALUES = list(range(WHO5_MAX_ANSWER, WHO5_MIN_ANSWER - 1, -1))  # 5 … 0, as the columns run


def band_style(band: Any) -> str:
    colour = BAND_COLOURS[band].name()
    return (
        f"QLabel {{ background: {colour}; color: {BAND_TEXT_COLOUR.name()};"
        " border-radius: 4px; padding: 3px 8px; font-weight: bold; }"
    )


class Who5Form(EntityForm):
    entity_type = "who5_measure"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "who5_form", parent)
        self._history: list[Who5Measure] = []

        self.member_combo = MemberCombo("who5_member", self)
        self.date_edit = DateEdit("who5_date", self)
        self.member_label = QLabel(self)
        self.member_label.setBuddy(self.member_combo)
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.date_edit)
        head = QFormLayout()
        head.addRow(self.member_label, self.member_combo)
        head.addRow(self.date_label, self.date_edit)

        self.intro = QLabel(self)
        self.intro.setObjectName("who5_intro")
        font = self.intro.font()
        font.setBold(True)
        self.intro.setFont(font)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.answer_headers: list[QLabel] = []
        for column in range(len(ANSWER_VALUES)):
            header = QLabel(self)
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setMinimumWidth(80)
            grid.addWidget(header, 0, column + 1)
            self.answer_headers.append(header)
        self.item_labels: list[QLabel] = []
        self.missing_marks: list[QLabel] = []
        self.groups: list[QButtonGroup] = []
        self.radios: list[list[QRadioButton]] = []
        for row in range(len(WHO5_ITEMS)):
            label = QLabel(self)
            label.setObjectName(f"who5_item{row}")
            label.setWordWrap(True)
            label.setMinimumWidth(220)
            missing = QLabel(self)
            missing.setObjectName(f"who5_item{row}_missing")
            style_as_error(missing)
            missing.hide()
            cell = QWidget(self)
            cell_layout = QGridLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(label, 0, 0)
            cell_layout.addWidget(missing, 1, 0)
            grid.addWidget(cell, row + 1, 0)
            group = QButtonGroup(self)
            buttons = []
            for column, value in enumerate(ANSWER_VALUES):
                radio = QRadioButton(self)
                radio.setObjectName(f"who5_item{row}_answer{value}")
                radio.setMinimumHeight(36)
                group.addButton(radio, value)
                grid.addWidget(radio, row + 1, column + 1, Qt.AlignmentFlag.AlignCenter)
                buttons.append(radio)
            group.idToggled.connect(self._on_answered)
            self.item_labels.append(label)
            self.missing_marks.append(missing)
            self.groups.append(group)
            self.radios.append(buttons)

        # Big targets for a finger or a shaky mouse, set once for all 30 answers.
        self.setStyleSheet(
            "QRadioButton::indicator { width: 22px; height: 22px; } QRadioButton { padding: 4px; }"
        )
        self.score_label = QLabel(self)
        self.score_label.setObjectName("who5_score")
        self.band_label = QLabel(self)
        self.band_label.setObjectName("who5_band")
        self.band_label.setTextFormat(Qt.TextFormat.PlainText)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("who5_change")
        self.change_label.setWordWrap(True)
        score_row = QGridLayout()
        score_row.addWidget(self.score_label, 0, 0)
        score_row.addWidget(self.band_label, 0, 1)
        score_row.setColumnStretch(2, 1)
        score_row.addWidget(self.change_label, 1, 0, 1, 3)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("who5_source")
        self.source_label.setWordWrap(True)
        small = self.source_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source_label.setFont(small)

        self.body.addLayout(head)
        self.body.addWidget(self.intro)
        self.body.addLayout(grid)
        self.body.addLayout(score_row)
        self.body.addWidget(self.source_label)
        self.member_combo.currentIndexChanged.connect(self._update_score)
        self.date_edit.dateChanged.connect(self._update_score)
        self.retranslate()

    # -- context -----------------------------------------------------------

    def set_members(self, adults: Iterable[Member]) -> None:
        self.member_combo.set_members(adults)

    def set_history(self, measures: Iterable[Who5Measure]) -> None:
        """Earlier measures, for the "change since the previous measure" line."""
        self._history = list(measures)
        self._update_score()

    def set_member(self, member_id: str | None) -> None:
        self.member_combo.set_current_id(member_id)

    # -- answers -----------------------------------------------------------

    def answers(self) -> list[int | None]:
        return [None if g.checkedId() < 0 else g.checkedId() for g in self.groups]

    def set_answer(self, item: int, value: int | None) -> None:
        group = self.groups[item]
        if value is None:
            # An exclusive group cannot uncheck its last button; let go for a moment.
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
            self._update_score()
        else:
            button = group.button(value)
            if button is not None:
                button.setChecked(True)

    def unanswered(self) -> list[int]:
        return [i for i, a in enumerate(self.answers()) if a is None]

    def score(self) -> int | None:
        answers = self.answers()
        if any(a is None for a in answers):
            return None
        return sum(a for a in answers if a is not None) * 4

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        for item in range(len(self.groups)):
            self.set_answer(item, None)
        self.date_edit.set_iso(None)
        for mark in self.missing_marks:
            mark.hide()
        self._update_score()

    def fill(self, entity: Any) -> None:
        measure: Who5Measure = entity
        self.member_combo.set_current_id(measure.member_id)
        self.date_edit.set_iso(measure.date)
        for item, value in enumerate(measure.answers):
            self.set_answer(item, value)
        self._update_score()

    def values(self) -> dict[str, Any]:
        return {
            "member_id": self.member_combo.current_id(),
            "date": self.date_edit.iso(),
            "answers": self.answers(),
        }

    def problem(self) -> str | None:
        if self.member_combo.current_id() is None:
            return self.tr("Add an adult to the family first: WHO-5 is answered by adults.")
        if is_future(self.date_edit.iso()):
            self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return answered_in_the_future_text(self.date_edit.iso())
        missing = self.unanswered()
        for item, mark in enumerate(self.missing_marks):
            mark.setVisible(item in missing)
        if missing:
            self.radios[missing[0]][0].setFocus(Qt.FocusReason.OtherFocusReason)
            return unanswered_message(missing)
        return None

    def first_input(self) -> QWidget | None:
        return self.member_combo

    def widget_for(self, field: str) -> QWidget | None:
        return {"member_id": self.member_combo, "date": self.date_edit}.get(field)

    # -- live score --------------------------------------------------------

    def _on_answered(self, item_value: int, checked: bool) -> None:
        if checked:
            for item, group in enumerate(self.groups):
                if group.checkedId() >= 0:
                    self.missing_marks[item].hide()
            if not self.unanswered():
                self.message.clear_message()
        self._update_score()

    def _previous(self) -> tuple[str, int] | None:
        member_id = self.member_combo.current_id()
        if member_id is None:
            return None
        day = self.date_edit.iso()
        earlier = [
            p
            for p in who5_timeline(self._history, member_id)
            if p.measure.id != self._editing and p.date <= day
        ]
        return (earlier[-1].date, earlier[-1].score) if earlier else None

    def _update_score(self) -> None:
        score = self.score()
        if score is None:
            answered = len(self.groups) - len(self.unanswered())
            self.score_label.setText(self.tr("{answered} of 5 answered").format(answered=answered))
            self.band_label.hide()
            self.change_label.hide()
            return
        band = who5_band(score)
        self.score_label.setText(self.tr("Score: {score}").format(score=score_text(score)))
        self.band_label.setText(band_label(band))
        self.band_label.setStyleSheet(band_style(band))
        self.band_label.show()
        previous = self._previous()
        if previous is None:
            self.change_label.setText(change_text(None, False))
        else:
            when, before = previous
            self.change_label.setText(
                self.tr("Since {date}: {change}").format(
                    date=date_text(when),
                    change=change_text(score - before, meaningful_change(before, score)),
                )
            )
        self.change_label.show()

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("Wellbeing (WHO-5)")
            if self._editing is None
            else self.tr("Edit wellbeing (WHO-5)")
        )
        self.member_label.setText(self.tr("&Adult:"))
        self.date_label.setText(self.tr("&Date:"))
        self.date_edit.retranslate()
        self.intro.setText(who5_intro())
        answers = who5_answers()
        for header, (value, words) in zip(self.answer_headers, answers, strict=True):
            header.setText(f"{words}\n({value})")
        for row, statement in enumerate(who5_items()):
            self.item_labels[row].setText(f"{row + 1}. {statement}")
            self.missing_marks[row].setText("⚠ " + self.tr("Not answered"))
            for radio, (value, words) in zip(self.radios[row], answers, strict=True):
                radio.setAccessibleName(f"{statement}: {words} ({value})")
                radio.setToolTip(words)
        self.source_label.setText(who5_source())
        self.save_button.setText(self.tr("Save WHO-5"))
        self._update_score()
