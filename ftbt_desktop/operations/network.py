"""The family's network: the actors around it and the consents to talk to them."""

from __future__ import annotations

import datetime as dt

from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.storage.repository import ChangeSet, Repository


def add_actor(repo: Repository, family_id: str, name: str, kind: ActorKind) -> ChangeSet:
    """A new actor (a school, the job centre…) known only by name and kind."""
    return repo.create_entity("actor", family_id, name=name, kind=kind.value)


def withdraw_consent(repo: Repository, consent_id: str, on: dt.date) -> ChangeSet:
    """The family takes a consent back from `on`; the consent itself stays on record."""
    return repo.update_entity(consent_id, withdrawn=on.isoformat())
