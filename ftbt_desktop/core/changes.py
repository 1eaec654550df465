"""The Change record and the merge rule, shared by client and server.

Every edit of one field of one entity is a Change. For each (entity_id, field)
the change with the greatest (hlc, device_id, change_id) wins; change_id only
breaks ties that a correct clock never produces, so that the order is total
and merging is deterministic whatever order changes arrive in.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ftbt_desktop.core.clock import Hlc

DELETED = "_deleted"

JsonValue = Any
FieldKey = tuple[str, str]


class ChangeFormatError(ValueError):
    """A change from outside (a file, the network) does not have the required shape."""


@dataclass(frozen=True, slots=True)
class Change:
    change_id: str
    entity_type: str
    entity_id: str
    family_id: str
    field: str
    value: JsonValue
    hlc: str
    device_id: str
    user_id: str

    @property
    def order_key(self) -> tuple[str, str, str]:
        return (self.hlc, self.device_id, self.change_id)

    def to_dict(self) -> dict[str, JsonValue]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, JsonValue]) -> Change:
        required = (
            "change_id",
            "entity_type",
            "entity_id",
            "family_id",
            "field",
            "hlc",
            "device_id",
            "user_id",
        )
        missing = [name for name in (*required, "value") if name not in data]
        if missing:
            raise ChangeFormatError(f"change lacks {', '.join(missing)}")
        for name in required:
            if not isinstance(data[name], str) or not data[name]:
                raise ChangeFormatError(f"change field {name} must be a non-empty string")
        try:
            uuid.UUID(data["change_id"])
            Hlc.decode(data["hlc"])
            # A lone surrogate ("\ud800") is legal JSON but not text: no vault or
            # database can store it (UnicodeEncodeError, a crash, not a refusal).
            for name in required:
                data[name].encode("utf-8")
            json.dumps(data["value"], ensure_ascii=False).encode("utf-8")
        except (ValueError, TypeError) as exc:
            raise ChangeFormatError(str(exc)) from exc
        return cls(**{name: data[name] for name in (*required, "value")})


def new_change_id() -> str:
    return str(uuid.uuid4())


def wins(candidate: Change, current: Change | None) -> bool:
    """True when `candidate` should replace `current` for the same field."""
    return current is None or candidate.order_key > current.order_key


def merge(changes: Iterable[Change]) -> dict[FieldKey, Change]:
    """The winning change for every (entity_id, field)."""
    winners: dict[FieldKey, Change] = {}
    for change in changes:
        key = (change.entity_id, change.field)
        if wins(change, winners.get(key)):
            winners[key] = change
    return winners


def state_from(winners: Mapping[FieldKey, Change]) -> dict[str, dict[str, JsonValue]]:
    """Entity id → {field: value}, as the winners say."""
    state: dict[str, dict[str, JsonValue]] = {}
    for (entity_id, field), change in winners.items():
        entity = state.setdefault(entity_id, {"_type": change.entity_type})
        entity[field] = change.value
    return state
