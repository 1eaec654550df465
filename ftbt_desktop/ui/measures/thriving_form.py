"""A parent's rating of a child's thriving: better, the same or worse than before,
and an optional 0–10."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ftbt_desktop.core.measure_records import ThrivingRating
from ftbt_desktop.core.measures import Thriving
from ftbt_desktop.core.model import Member
from ftbt_desktop.ui.measures.future_dates import answered_in_the_future_text, is_future
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.entity_form import EntityForm
from ftbt_desktop.ui.workspace.inputs import DateEdit, MemberCombo
from ftbt_desktop.words.measures import thriving_label

NO_SCORE = -1  # the spin box's "not given"


class ThrivingForm(EntityForm):
    entity_type = "thriving_rating"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, "thriving_form", parent)
        self.parent_combo = MemberCombo("thriving_parent", self)
        self.child_combo = MemberCombo("thriving_child", self)
        self.date_edit = DateEdit("thriving_date", self)
        self.choice = QButtonGroup(self)
        self.choice_row = QWidget(self)
        row = QHBoxLayout(self.choice_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: dict[Thriving, QRadioButton] = {}
        for index, thriving in enumerate(Thriving):
            radio = QRadioButton(self.choice_row)
            radio.setObjectName(f"thriving_{thriving.value}")
            radio.setMinimumHeight(32)
            self.choice.addButton(radio, index)
            self.choice_buttons[thriving] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.score_spin = QSpinBox(self)
        self.score_spin.setObjectName("thriving_score")
        self.score_spin.setRange(NO_SCORE, 10)
        self.add_rows(
            (
                ("parent", self.parent_combo),
                ("child", self.child_combo),
                ("date", self.date_edit),
                ("thriving", self.choice_row),
                ("score", self.score_spin),
            )
        )
        self.retranslate()

    # -- context -----------------------------------------------------------

    def set_members(self, parents: Iterable[Member], children: Iterable[Member]) -> None:
        self.parent_combo.set_members(parents)
        self.child_combo.set_members(children)

    def set_child(self, child_id: str | None) -> None:
        self.child_combo.set_current_id(child_id)

    def set_parent(self, parent_id: str | None) -> None:
        self.parent_combo.set_current_id(parent_id)

    def set_thriving(self, thriving: Thriving | None) -> None:
        if thriving is None:
            self.choice.setExclusive(False)
            for button in self.choice_buttons.values():
                button.setChecked(False)
            self.choice.setExclusive(True)
        else:
            self.choice_buttons[thriving].setChecked(True)

    def thriving(self) -> Thriving | None:
        for thriving, button in self.choice_buttons.items():
            if button.isChecked():
                return thriving
        return None

    # -- EntityForm hooks --------------------------------------------------

    def clear_inputs(self) -> None:
        self.date_edit.set_iso(None)
        self.set_thriving(None)
        self.score_spin.setValue(NO_SCORE)

    def fill(self, entity: Any) -> None:
        rating: ThrivingRating = entity
        self.parent_combo.set_current_id(rating.parent_id)
        self.child_combo.set_current_id(rating.child_id)
        self.date_edit.set_iso(rating.date)
        self.set_thriving(rating.thriving)
        self.score_spin.setValue(NO_SCORE if rating.score is None else rating.score)

    def values(self) -> dict[str, Any]:
        thriving = self.thriving()
        score = self.score_spin.value()
        return {
            "parent_id": self.parent_combo.current_id(),
            "child_id": self.child_combo.current_id(),
            "date": self.date_edit.iso(),
            "thriving": thriving.value if thriving is not None else None,
            "score": None if score == NO_SCORE else score,
        }

    def problem(self) -> str | None:
        if self.parent_combo.current_id() is None:
            return self.tr("Add a parent to the family first.")
        if self.child_combo.current_id() is None:
            return self.tr("Add a child to the family first.")
        if self.thriving() is None:
            self.choice_buttons[Thriving.BETTER].setFocus()
            return self.tr("Choose whether the child thrives better, the same or worse.")
        if is_future(self.date_edit.iso()):
            self.date_edit.setFocus()
            return answered_in_the_future_text(self.date_edit.iso())
        return None

    def first_input(self) -> QWidget | None:
        return self.parent_combo

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "parent_id": self.parent_combo,
            "child_id": self.child_combo,
            "date": self.date_edit,
            "score": self.score_spin,
        }.get(field)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(
            self.tr("Child's thriving (parent's view)")
            if self._editing is None
            else self.tr("Edit child's thriving")
        )
        self._labels["parent"].setText(self.tr("&Parent:"))
        self._labels["child"].setText(self.tr("&Child:"))
        self._labels["date"].setText(self.tr("&Date:"))
        self._labels["thriving"].setText(self.tr("Compared with before:"))
        self._labels["score"].setText(self.tr("&Thriving 0–10:"))
        self.score_spin.setSpecialValueText(self.tr("Not given"))
        self.score_spin.setToolTip(self.tr("Optional: 0 is very poorly, 10 is very well"))
        for thriving, button in self.choice_buttons.items():
            button.setText(thriving_label(thriving))
        self.date_edit.retranslate()
