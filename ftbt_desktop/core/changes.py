"""The Change record and the merge rule, shared by client and server.

Every edit of one field of one entity is a Change. For each (entity_id, field)
the change with the greatest (hlc, device_id, change_id) wins; change_id only
breaks ties that a correct clock never produces, so that the order is total
and merging is deterministic whatever order changes arrive in.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from ftbt_desktop.core.clock import Hlc, is_canonical

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
        missing = [name for name in (*_REQUIRED, "value") if name not in data]
        if missing:
            raise ChangeFormatError(f"change lacks {', '.join(missing)}")
        return cls.from_texts([data[name] for name in _REQUIRED], data["value"])

    @classmethod
    def from_texts(cls, texts: Sequence[JsonValue], value: JsonValue) -> Change:
        """A change from outside given as its texts in `_REQUIRED` order and its value
        (a pull page's rows), checked as `from_dict` checks one."""
        check_texts(texts, value)
        return cls(texts[0], texts[1], texts[2], texts[3], texts[4], value, *texts[5:])


def check_texts(texts: Sequence[JsonValue], value: JsonValue) -> None:
    """Raises ChangeFormatError unless `texts` (in `_REQUIRED` order) and `value` make a
    change (`Change.from_texts`; the pull helper checks its rows with this alone)."""
    if len(texts) != len(_REQUIRED):
        raise ChangeFormatError(f"a change has {len(_REQUIRED)} texts")
    for name, text in zip(_REQUIRED, texts, strict=True):
        if not isinstance(text, str) or not text:
            raise ChangeFormatError(f"change field {name} must be a non-empty string")
    # The common forms are matched first and the full parsers run only when they
    # fail: a new laptop checks every change of its first sync here (100,000 took
    # a second of its CPU, bench/sync_bench.py), and the verdict is the same.
    try:
        if _UUID_TEXT.fullmatch(texts[0]) is None:
            uuid.UUID(texts[0])
        if not is_canonical(texts[5]):
            Hlc.decode(texts[5])
        # A lone surrogate ("\ud800") is legal JSON but not text: no vault or
        # database can store it (UnicodeEncodeError, a crash, not a refusal).
        # Python never pairs two surrogates when joining, so one encode finds any.
        "\n".join(texts).encode("utf-8")
        if isinstance(value, str):
            value.encode("utf-8")
        elif not isinstance(value, _NOTHING_TO_ENCODE):
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (ValueError, TypeError) as exc:
        raise ChangeFormatError(str(exc)) from exc


_REQUIRED = (
    "change_id",
    "entity_type",
    "entity_id",
    "family_id",
    "field",
    "hlc",
    "device_id",
    "user_id",
)
# A change id in uuid4's own text form; uuid.UUID also takes other spellings.
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# JSON values whose text is ASCII whatever they hold.
_NOTHING_TO_ENCODE = (bool, int, float, type(None))


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
