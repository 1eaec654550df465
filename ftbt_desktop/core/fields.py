"""Field validators and the registry of which fields each entity type has.

The vault validates every locally written value through `validate`, so a
value that does not fit its field never reaches the change log. Each entity
module registers its rules here; the change log itself stays generic.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any

Rule = Callable[[Any], Any]

DELETED_FIELD = "_deleted"

# No field holds anything nested deeper than a map copy's nodes and their lists;
# checked before any rule, so no rule (nor the JSON encoder) ever recurses far.
MAX_DEPTH = 8
# More ids than any family has members or attendees, far fewer than an attack needs.
MAX_REFS = 500


class InvalidField(ValueError):
    """A value does not fit the field it is written to."""

    def __init__(self, entity_type: str, field: str, reason: str) -> None:
        super().__init__(f"{entity_type}.{field}: {reason}")
        self.entity_type = entity_type
        self.field = field
        self.reason = reason


ENTITY_RULES: dict[str, dict[str, Rule]] = {}


def register(entity_type: str, rules: dict[str, Rule]) -> None:
    ENTITY_RULES[entity_type] = rules


def validate(entity_type: str, field: str, value: Any) -> Any:
    """The normalised value, or InvalidField. `_deleted` is allowed on every type."""
    rules = ENTITY_RULES.get(entity_type)
    if rules is None:
        raise InvalidField(entity_type, field, "unknown entity type")
    rule = boolean if field == DELETED_FIELD else rules.get(field)
    if rule is None:
        raise InvalidField(entity_type, field, "unknown field")
    # Most values are scalars: nothing nests in them, so no walk.
    if isinstance(value, dict | list | tuple) and not shallow(value, MAX_DEPTH):
        raise InvalidField(entity_type, field, f"must not nest deeper than {MAX_DEPTH} levels")
    try:
        return rule(value)
    # OverflowError: a rule that meets a number no float holds refuses it, whatever rule.
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:
        raise InvalidField(entity_type, field, _reason(exc)) from exc


def _reason(exc: BaseException) -> str:
    # Python's own messages may quote the value (int("…"), Enum("…")), and a value
    # may be personal data or megabytes long: keep the reason short.
    reason = str(exc) if not isinstance(exc, RecursionError) else "nests too deep"
    return reason if len(reason) <= 200 else reason[:200] + "…"


def shallow(value: Any, limit: int) -> bool:
    """Whether lists and objects in `value` nest at most `limit` deep (without recursion)."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        if depth >= limit:
            return False
        pending.extend((child, depth + 1) for child in children)
    return True


def text(required: bool, max_len: int = 500) -> Rule:
    def check(value: Any) -> Any:
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise ValueError("must be text")
        value = value.strip()
        if required and not value:
            raise ValueError("must not be empty")
        if len(value) > max_len:
            raise ValueError(f"must be at most {max_len} characters")
        return value if value or required else None

    return check


def enum_of(enum: type[StrEnum], optional: bool = False) -> Rule:
    def check(value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or value not in enum._value2member_map_:
            # Not Python's message, which would quote the refused value.
            raise ValueError("must be one of " + ", ".join(m.value for m in enum))
        return enum(value).value

    return check


def boolean(value: Any) -> Any:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def integer(low: int, high: int, optional: bool = True) -> Rule:
    def check(value: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("must be a whole number")
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}")
        return value

    return check


def number(optional: bool = False, bound: float = 1e9) -> Rule:
    def check(value: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        # An int is finite (and may be too large for isfinite's float: OverflowError).
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("must be finite")
        if not -bound <= value <= bound:
            raise ValueError(f"must be between {-int(bound)} and {int(bound)}")
        return float(value)

    return check


def plain_record(max_keys: int = 40, max_text: int = 1000, max_items: int = 500) -> Rule:
    """An object of scalars and flat lists of scalars (a map copy's node or link)."""

    def scalar(item: Any) -> None:
        if item is None or isinstance(item, bool):
            return
        if isinstance(item, str):
            if len(item) > max_text:
                raise ValueError(f"holds text longer than {max_text} characters")
        elif isinstance(item, int | float):
            number()(item)
        else:
            raise ValueError("holds something other than text, numbers and lists")

    def check(value: Any) -> Any:
        if not isinstance(value, dict) or len(value) > max_keys:
            raise ValueError(f"must be an object of at most {max_keys} entries")
        for key, item in value.items():
            if len(key) > 100:
                raise ValueError("holds a name longer than 100 characters")
            if isinstance(item, list):
                if len(item) > max_items:
                    raise ValueError(f"holds a list longer than {max_items}")
                for element in item:
                    scalar(element)
            else:
                scalar(item)
        return value

    return check


def birth_year(value: Any) -> Any:
    return integer(1900, dt.date.today().year)(value)


def iso_date(value: Any) -> Any:
    """A date its entity needs (a visit's, a measure's, a consent's): never null, which
    every reader of the entity would take for a date (`optional_date` for the others)."""
    if not isinstance(value, str) or len(value) > 10:
        raise ValueError("must be a date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError("must be a date (YYYY-MM-DD)") from None


def optional_date(value: Any) -> Any:
    """A date its entity may lack (an end, a deadline): `iso_date`, or null."""
    return None if value is None else iso_date(value)


def ref(optional: bool = False) -> Rule:
    """The id of another entity."""

    def check(value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > 36:
            raise ValueError("must be an id")
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise ValueError("must be an id") from None

    return check


def ref_list(value: Any) -> Any:
    if not isinstance(value, list) or len(value) > MAX_REFS:
        raise ValueError(f"must be a list of at most {MAX_REFS} ids")
    return sorted({ref()(item) for item in value})


def ref_set(most: int, what: str = "ids") -> Rule:
    """A list of 1 to `most` distinct ids, sorted (a consent's givers, its recipients).

    Unlike `ref_list`, never empty (writing none would erase what the record must
    say) and a duplicate is refused: a list naming one person twice was not made
    by the app."""

    def check(value: Any) -> Any:
        if not isinstance(value, list) or not 1 <= len(value) <= most:
            raise ValueError(f"must be a list of 1 to {most} {what}")
        ids = [ref()(item) for item in value]
        if len(set(ids)) != len(ids):
            raise ValueError(f"names one of the {what} twice")
        return sorted(ids)

    return check


def string_list(allowed: type[StrEnum] | None = None, max_items: int = 50) -> Rule:
    def check(value: Any) -> Any:
        if not isinstance(value, list) or len(value) > max_items:
            raise ValueError("must be a list")
        items = [text(required=True, max_len=200)(v) for v in value]
        if allowed is not None:
            known = allowed._value2member_map_
            if any(v not in known for v in items):
                # Not Python's message, which would quote the refused value.
                raise ValueError("items must be among " + ", ".join(m.value for m in allowed))
            items = [allowed(v).value for v in items]
        return items

    return check
