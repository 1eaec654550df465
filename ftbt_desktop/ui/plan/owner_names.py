"""Who does a step, in words: a member's or actor's name, or "Coordinator".

An actor without a valid consent carries the words "no valid consent"
wherever its name is shown in the plan (DESIGN §2: a consent per actor).
"""

from __future__ import annotations

import datetime as dt

from ftbt_desktop.core.plan import Step, StepOwnerKind
from ftbt_desktop.core.plan_view import PlanData
from ftbt_desktop.ui.plan.plan_words import coordinator_label, removed_owner_label, with_no_consent
from ftbt_desktop.words.map import actor_kind_label


class OwnerNames:
    def __init__(self, data: PlanData, today: dt.date) -> None:
        self._members = {m.id: m.name for m in data.members}
        self._actors = {a.id: a for a in data.actors}
        self._no_consent = data.actors_without_consent(today)

    def actor(self, actor_id: str) -> str:
        """ "Name (kind)", with the missing-consent words when they apply."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return removed_owner_label()
        label = f"{actor.name} ({actor_kind_label(actor.kind)})"
        return with_no_consent(label) if actor_id in self._no_consent else label

    def member(self, member_id: str) -> str:
        return self._members.get(member_id, removed_owner_label())

    def owner(self, step: Step) -> str:
        kind = StepOwnerKind(step.owner_kind)
        if kind is StepOwnerKind.COORDINATOR or step.owner_id is None:
            return coordinator_label()
        if kind is StepOwnerKind.ACTOR:
            return self.actor(step.owner_id)
        return self.member(step.owner_id)

    def lacks_consent(self, step: Step) -> bool:
        return step.owner_kind is StepOwnerKind.ACTOR and step.owner_id in self._no_consent

    def actor_lacks_consent(self, actor_id: str) -> bool:
        return actor_id in self._no_consent
