"""The recipients of a consent: one check box per actor around the family.

A consent may let several actors exchange information (the school and the
jobcenter), so the form ticks actors rather than picking one. An actor
without a valid consent is marked with an icon and words, as everywhere else.
Ticks are kept by id across a refresh of the actor list, so what is typed
survives a change made elsewhere while the form is open.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from ftbt_desktop.core.plan import Actor
from ftbt_desktop.ui.network.network_icons import no_consent_icon
from ftbt_desktop.words.network import no_consent_text

COLUMNS = 2  # actor names are longer than members' first names


def shared_with_name(actor: str) -> str:
    """What a screen reader says for one box: the row's label with the actor."""
    return QCoreApplication.translate("ActorChecks", "Shared with {actor}").format(actor=actor)


class ActorChecks(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._boxes: dict[str, QCheckBox] = {}
        self._shown: list[tuple[str, str, bool]] = []  # (id, name, lacks consent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setColumnStretch(COLUMNS, 1)
        self.empty = QLabel(self)
        self._layout.addWidget(self.empty, 0, 0, 1, COLUMNS)

    def set_actors(self, actors: Iterable[Actor], lacking: set[str]) -> None:
        ordered = sorted(actors, key=lambda a: a.name.casefold())
        shown = [(a.id, a.name, a.id in lacking) for a in ordered]
        if shown == self._shown:
            return
        checked = set(self.checked_ids())
        for box in self._boxes.values():
            self._layout.removeWidget(box)
            box.hide()  # deleteLater waits for the event loop; do not show it meanwhile
            box.deleteLater()
        self._boxes = {}
        self._shown = shown
        for index, (actor_id, _name, _lacks) in enumerate(shown):
            box = QCheckBox(self)
            box.setObjectName(f"{self.objectName()}_{index}")
            box.setProperty("actor_id", actor_id)
            box.setChecked(actor_id in checked)
            self._layout.addWidget(box, index // COLUMNS, index % COLUMNS)
            self._boxes[actor_id] = box
        self.empty.setVisible(not shown)
        self.retranslate()

    def retranslate(self) -> None:
        for actor_id, name, lacks in self._shown:
            box = self._boxes[actor_id]
            box.setText(f"{name} – {no_consent_text()}" if lacks else name)
            box.setIcon(no_consent_icon() if lacks else QIcon())
            box.setAccessibleName(shared_with_name(box.text()))

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def set_checked(self, actor_ids: Iterable[str]) -> None:
        wanted = set(actor_ids)
        for actor_id, box in self._boxes.items():
            box.setChecked(actor_id in wanted)

    def check(self, actor_id: str) -> None:
        """Tick one more (the actor a consent was opened for)."""
        box = self._boxes.get(actor_id)
        if box is not None:
            box.setChecked(True)

    def checked_ids(self) -> list[str]:
        return sorted(aid for aid, box in self._boxes.items() if box.isChecked())

    def box(self, actor_id: str) -> QCheckBox:
        return self._boxes[actor_id]

    def first_box(self) -> QCheckBox | None:
        return next(iter(self._boxes.values()), None)
