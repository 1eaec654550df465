"""Who does a step: a member, the coordinator, or an actor such as the jobcenter.

Actors are `Actor` entities (the Network and consent tab keeps their
details). So that a step for the school need not wait for that tab, the
picker can add an actor by name and kind right here; when the family has no
actors yet it says so and offers exactly that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftbt_desktop.core.model import Member
from ftbt_desktop.core.plan import Actor, ActorKind, StepOwnerKind
from ftbt_desktop.operations import network as network_ops
from ftbt_desktop.ui.plan.plan_words import coordinator_label, warning_icon, with_no_consent
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.form_writes import write_or_say
from ftbt_desktop.ui.workspace.inline import MessageLine
from ftbt_desktop.words.map import actor_kind_label

Owner = tuple[str, str | None]  # (StepOwnerKind value, member or actor id)
COORDINATOR: Owner = (StepOwnerKind.COORDINATOR.value, None)


class OwnerPicker(QWidget):
    sig_actor_added = Signal(str)  # actor id

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("owner_picker")
        self.service = service
        self.family_id: str | None = None
        self._members: list[Member] = []
        self._actors: list[Actor] = []
        self._no_consent: set[str] = set()

        self.combo = QComboBox(self)
        self.combo.setObjectName("owner_combo")
        # Long actor names must not widen the form; the open list shows them whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(18)
        self.new_actor_button = QPushButton(self)
        self.new_actor_button.setObjectName("owner_new_actor")
        self.hint = QLabel(self)
        self.hint.setObjectName("owner_no_actors")
        self.hint.setWordWrap(True)

        self.add_row = QFrame(self)
        self.add_row.setObjectName("owner_add_actor")
        self.actor_name = QLineEdit(self.add_row)
        self.actor_name.setObjectName("owner_actor_name")
        self.actor_kind = QComboBox(self.add_row)
        self.actor_kind.setObjectName("owner_actor_kind")
        for kind in ActorKind:
            self.actor_kind.addItem("", kind.value)
        self.add_button = QPushButton(self.add_row)
        self.add_button.setObjectName("owner_actor_add")
        self.add_cancel = QPushButton(self.add_row)
        self.add_cancel.setObjectName("owner_actor_cancel")
        self.message = MessageLine("owner_error", self)
        row = QHBoxLayout(self.add_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.actor_name, 2)
        row.addWidget(self.actor_kind, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.add_cancel)
        self.add_row.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.new_actor_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.add_row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.combo)

        self.new_actor_button.clicked.connect(self.open_add_actor)
        self.add_button.clicked.connect(self.add_actor)
        self.add_cancel.clicked.connect(self._close_add_actor)
        self.actor_name.returnPressed.connect(self.add_actor)
        self.retranslate()

    # -- choices -----------------------------------------------------------

    def set_choices(
        self,
        family_id: str | None,
        members: list[Member],
        actors: list[Actor],
        no_consent: set[str],
    ) -> None:
        """Refill the list; the chosen owner stays chosen when it is still there."""
        self.family_id = family_id
        self._members = list(members)
        self._actors = sorted(actors, key=lambda a: a.name.casefold())
        self._no_consent = set(no_consent)
        self._fill()

    def _fill(self) -> None:
        chosen = self.owner()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(coordinator_label(), COORDINATOR)
        for member in self._members:
            self.combo.addItem(member.name, (StepOwnerKind.MEMBER.value, member.id))
        for actor in self._actors:
            label = f"{actor.name} ({actor_kind_label(actor.kind)})"
            if actor.id in self._no_consent:
                self.combo.addItem(
                    warning_icon(), with_no_consent(label), (StepOwnerKind.ACTOR.value, actor.id)
                )
            else:
                self.combo.addItem(label, (StepOwnerKind.ACTOR.value, actor.id))
        self.combo.blockSignals(False)
        self.set_owner(chosen)
        self.hint.setVisible(not self._actors)

    def owner(self) -> Owner:
        data = self.combo.currentData()
        return tuple(data) if data else COORDINATOR  # type: ignore[return-value]

    def set_owner(self, owner: Owner) -> None:
        kind, owner_id = owner
        for row in range(self.combo.count()):
            data = self.combo.itemData(row)
            if data and data[0] == kind and data[1] == owner_id:
                self.combo.setCurrentIndex(row)
                return
        self.combo.setCurrentIndex(0)

    # -- a new actor -------------------------------------------------------

    def open_add_actor(self) -> None:
        self.add_row.show()
        self.actor_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_typing(self) -> bool:
        """A new actor's name typed but not added yet."""
        return not self.add_row.isHidden() and bool(self.actor_name.text().strip())

    def add_actor(self) -> bool:
        """Create the actor and choose it; what was typed stays if it is refused."""
        if self.family_id is None:
            return False
        name = self.actor_name.text()
        if not name.strip():
            self.message.show_message(self.tr("Write the actor's name, e.g. “Jobcentret”."))
            self.actor_name.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        family_id, kind = self.family_id, self.actor_kind.currentData()
        changes = write_or_say(
            self.message,
            lambda: self.service.run(
                network_ops.add_actor, family_id, name, ActorKind(kind), initiator=self
            ),
        )
        if changes is None:
            return False
        actor_id = str(changes.primary_id)
        if all(a.id != actor_id for a in self._actors):
            # The tab refreshes from sig_changed too; this makes the choice stick now.
            self._actors.append(self.service.load_one(actor_id))
            self._actors.sort(key=lambda a: a.name.casefold())
            self._no_consent.add(actor_id)
            self._fill()
        self.set_owner((StepOwnerKind.ACTOR.value, actor_id))
        self._close_add_actor()
        self.sig_actor_added.emit(actor_id)
        return True

    def _close_add_actor(self) -> None:
        self.actor_name.clear()
        self.actor_kind.setCurrentIndex(0)
        self.message.clear_message()
        self.add_row.hide()

    def reset(self) -> None:
        self._close_add_actor()
        self.set_owner(COORDINATOR)

    # -- language ----------------------------------------------------------

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.tr("Who does it"))
        self.new_actor_button.setText(self.tr("New actor…"))
        self.new_actor_button.setToolTip(
            self.tr("Add an actor such as the jobcenter or the school")
        )
        self.hint.setText(
            self.tr(
                "The family has no actors yet. Add one, such as the jobcenter or the school, "
                "with “New actor…”."
            )
        )
        self.actor_name.setPlaceholderText(self.tr("Name, e.g. Jobcentret"))
        self.actor_name.setAccessibleName(self.tr("Actor's name"))
        self.actor_kind.setAccessibleName(self.tr("Kind of actor"))
        for row in range(self.actor_kind.count()):
            self.actor_kind.setItemText(row, actor_kind_label(self.actor_kind.itemData(row)))
        self.add_button.setText(self.tr("Add actor"))
        self.add_cancel.setText(self.tr("Cancel"))
        if self._members or self._actors:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
