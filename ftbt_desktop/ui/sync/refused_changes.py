"""What the central server refused, said with what was written: for the held-family
notice and beside what it concerns, on the page that shows it (`SHOWN_ON`: a goal's
text, ratings and steps beside the goal; a consent on the Network page; a WHO-5
measure on Measures; a moved map node above the map…).

A refused change no longer counts for what the pages show (the field falls back to
the value the server holds), so without this the coordinator's words would vanish
from view while they wait, on this computer only, to be handed over. Each refused
thing is named by its accepted name (History's names, ui/workspace/history_names.py) and the
value is said as History says it (names for ids, dates in words).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.storage.errors import VaultError
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import Rejection
from ftbt_desktop.storage.taken_away import is_taken_away, refused_changes
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.history_names import DESCRIBED_BY, NAME_FIELDS, HistoryNames
from ftbt_desktop.words.common import entity_label, field_label
from ftbt_desktop.words.sync import rejection_reason_text

# The workspace page where each entity type's refused changes are shown (every type
# has one: tests/test_refused_pages.py walks them). The pages are FamilyTab.REFUSED_PAGE.
SHOWN_ON: dict[str, str] = {
    "family": "family",
    "member": "members",
    "goal": "plan",
    "step": "plan",
    "progress_rating": "plan",
    "actor": "network",
    "consent": "network",
    "visit": "visits",
    "who5_measure": "measures",
    "employment_record": "measures",
    "thriving_rating": "measures",
    "leisure_activity": "measures",
    "civil_society_connection": "measures",
    "map_node": "map",
    "map_link": "map",
    "map_snapshot": "map",
    "review_comment": "review",
    "review_reply": "review",
    "plan_review": "review",
}

# Fields a map node changes when it is only moved: said as "moved", not as numbers.
_POSITION_FIELDS = frozenset({"x", "y"})


@dataclass(frozen=True, slots=True)
class RefusedThing:
    """The refused changes of one entity: its type, and field -> value written here."""

    entity_type: str
    entity_id: str
    values: dict[str, Any]
    reason: str


@dataclass(slots=True)
class Refused:
    """A family's refused changes, grouped per thing, with the names to say them."""

    things: list[RefusedThing] = field(default_factory=list)
    names: HistoryNames = field(default_factory=lambda: HistoryNames(()))
    taken_away: bool = False
    count: int = 0

    def of(self, entity_id: str) -> RefusedThing | None:
        return next((t for t in self.things if t.entity_id == entity_id), None)

    def on_page(self, page: str) -> list[RefusedThing]:
        """The refused things shown on one workspace page (`SHOWN_ON`)."""
        return [t for t in self.things if SHOWN_ON.get(t.entity_type) == page]

    def under(self, entity_type: str, parent_field: str, parent_id: str) -> list[RefusedThing]:
        """Refused things of a type that belong to `parent_id` (a goal's ratings, steps)."""
        return [
            t
            for t in self.things
            if t.entity_type == entity_type and t.values.get(parent_field) == parent_id
        ]


def group(rejections: Sequence[Rejection]) -> list[RefusedThing]:
    """One entry per entity, oldest first; a later refused value of a field wins."""
    found: dict[str, RefusedThing] = {}
    for rejection in rejections:
        change = rejection.change
        thing = found.get(change.entity_id)
        if thing is None:
            thing = RefusedThing(change.entity_type, change.entity_id, {}, rejection.reason)
            found[change.entity_id] = thing
        thing.values[change.field] = change.value
    return list(found.values())


def load_refused(service: VaultService, family_id: str | None) -> Refused:
    """The family's refused changes (none while locked or for no family)."""
    if family_id is None or not service.is_unlocked:
        return Refused()
    try:
        return service.on_vault(_refused_of, family_id)
    except VaultError:
        return Refused()


def _refused_of(repo: Repository, family_id: str) -> Refused:
    rejections = refused_changes(repo, family_id)
    if not rejections:
        return Refused()
    return Refused(
        things=group(rejections),
        names=HistoryNames(repo.history(family_id)),
        taken_away=is_taken_away(repo, family_id),
        count=len(rejections),
    )


def why_text(reason: str, taken_away: bool) -> str:
    if reason == "forbidden" and taken_away:
        return QCoreApplication.translate(
            "RefusedChanges", "refused by the server: the family has been handed over"
        )
    return QCoreApplication.translate("RefusedChanges", "refused by the server: {why}").format(
        why=rejection_reason_text(reason)
    )


def written_text(refused: Refused, thing: RefusedThing, field_name: str) -> str:
    """One value as written here, quoted: “Cykle til skole”."""
    value = refused.names.value(thing.entity_type, field_name, thing.values[field_name])
    return QCoreApplication.translate("RefusedChanges", "“{value}”").format(value=value)


def _fields(thing: RefusedThing) -> list[str]:
    return [f for f in thing.values if f != DELETED]


def thing_text(refused: Refused, thing: RefusedThing) -> str:
    """A line for the notice: "Goal “Gå en tur” – Text: “Cykle til skole” (refused …)"."""
    what = entity_label(thing.entity_type)
    name = refused.names.name(thing.entity_id)
    subject = (
        QCoreApplication.translate("RefusedChanges", "{what} “{name}”").format(what=what, name=name)
        if name
        else what
    )
    if thing.values.get(DELETED) is True:
        written = QCoreApplication.translate("RefusedChanges", "removed")
    else:
        written = "; ".join(
            QCoreApplication.translate("RefusedChanges", "{field}: {value}").format(
                field=field_label(f), value=written_text(refused, thing, f)
            )
            for f in _fields(thing)
        )
    return QCoreApplication.translate("RefusedChanges", "{subject} – {written} ({why})").format(
        subject=subject, written=written, why=why_text(thing.reason, refused.taken_away)
    )


def not_sent_text(refused: Refused, thing: RefusedThing, own_name: bool = False) -> str:
    """A line beside the field: "Not sent: “Cykle til skole” (refused …)".

    `own_name`: the line stands under the thing itself, so its name field goes
    without a label and the thing is not named again."""
    name_field = NAME_FIELDS.get(thing.entity_type)
    why = why_text(thing.reason, refused.taken_away)
    if thing.values.get(DELETED) is True:
        return QCoreApplication.translate("RefusedChanges", "Not sent: removed ({why})").format(
            why=why
        )
    if thing.entity_type == "progress_rating":
        value = thing.values.get("value")
        date = thing.values.get("date")
        said = (
            QCoreApplication.translate("RefusedChanges", "rating {value} on {date}").format(
                value=value, date=refused.names.value(thing.entity_type, "date", date)
            )
            if value is not None and date
            else thing_text(refused, thing)
        )
        return QCoreApplication.translate("RefusedChanges", "Not sent: {what} ({why})").format(
            what=said, why=why
        )
    fields = _fields(thing)
    if thing.entity_type == "map_node" and fields and set(fields) <= _POSITION_FIELDS:
        return QCoreApplication.translate(
            "RefusedChanges", "Not sent: {what} moved on the map ({why})"
        ).format(what=refused.names.describe(thing.entity_id), why=why)
    described = (
        not own_name
        and refused.names.name(thing.entity_id) is None
        and refused.names.knows(thing.entity_id)
    )
    if described:
        # The description already says what tells it apart (its date, whose it is).
        fields = [f for f in fields if f not in DESCRIBED_BY.get(thing.entity_type, ())]
    if "actor_ids" in fields:
        fields = [f for f in fields if f != "actor_id"]  # the first of them, said twice
    parts = []
    for f in fields:
        if own_name and f == name_field:
            parts.append(written_text(refused, thing, f))
        else:
            parts.append(
                QCoreApplication.translate("RefusedChanges", "{field} {value}").format(
                    field=field_label(f), value=written_text(refused, thing, f)
                )
            )
    if described:
        # Without a name of its own: say which one ("WHO-5 measure: Mette –
        # 01.03.2025"), as History does.
        parts.insert(0, refused.names.describe(thing.entity_id))
    elif not own_name:
        parts.insert(0, entity_label(thing.entity_type))
    return QCoreApplication.translate("RefusedChanges", "Not sent: {what} ({why})").format(
        what=", ".join(parts), why=why
    )


class RefusedLabel(QLabel):
    """Lines of "Not sent: …" beside what they concern; hidden when there is none."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { border-left: 3px solid #b26a00; padding-left: 6px; font-style: italic; }"
        )
        self._lines: list[str] = []
        self.hide()
        self.retranslate()

    def set_lines(self, lines: Iterable[str]) -> None:
        self._lines = list(lines)
        self.setText("\n".join(self._lines))
        self.setVisible(bool(self._lines))
        self.setAccessibleDescription(self.text())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Written here, not sent"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
