"""Converting domain dataclasses to stored rows and back (ISO text dates, 0/1 flags, codes)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")

Stored = str | int | float | bytes | None


def stored_value(value: object) -> Stored:
    """A record's value as its column stores it (ISO text, 0/1, a code)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return str(value.value)
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    raise TypeError(f"cannot store {type(value).__name__}")


def stored_moment(value: datetime | None) -> str | None:
    """A date and time as its column stores it, to the minute (None stays None)."""
    return value.isoformat(timespec="minutes") if value else None


def _loader(annotation: Any) -> Callable[[Any], Any]:
    """How to turn a stored value back into the annotated Python type."""
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        inner = [arg for arg in args if arg is not type(None)]
        load = _loader(inner[0])
        return lambda value: None if value is None or value == "" else load(value)
    if annotation is bool:
        return bool
    if annotation is datetime:
        return datetime.fromisoformat
    if annotation is date:
        return date.fromisoformat
    if annotation is time:
        return time.fromisoformat
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    return lambda value: value


_FIELDS: dict[type, tuple[tuple[str, Callable[[Any], Any]], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    known = _FIELDS.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        known = tuple(
            (f.name, _loader(hints[f.name]))
            for f in dataclasses.fields(cls)
            if not f.name.startswith("_")
        )
        _FIELDS[cls] = known
    return known


def columns(cls: type, *, with_id: bool = True) -> list[str]:
    """The stored columns of a record class, in field order."""
    return [name for name, _ in _fields(cls) if with_id or name != "id"]


def to_row(record: object, *, with_id: bool = True) -> dict[str, Stored]:
    """The record as a column -> stored value mapping."""
    return {
        name: stored_value(getattr(record, name))
        for name, _ in _fields(type(record))
        if with_id or name != "id"
    }


def to_values(record: object, names: Sequence[str]) -> tuple[Stored, ...]:
    """The stored values of `names`, in that order (for executemany)."""
    return tuple(stored_value(getattr(record, name)) for name in names)


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """A record of `cls` from a row mapping that holds at least its columns."""
    values = {name: load(row[name]) for name, load in _fields(cls) if name in row}
    return cls(**values)
