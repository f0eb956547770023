"""The checks every record's fields pass: text short enough and free of characters that cannot
be kept or that hide what it says, and dates within the range carebook keeps."""

from __future__ import annotations

import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from carebook.core.dates import out_of_range, range_message
from carebook.core.errors import ValidationError
from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: Longest text kept in a one-line field, and in a free-text field (notes, instructions).
SHORT_TEXT = 300
LONG_TEXT = 20_000
#: Free-text fields; every other text field is a one-line field.
LONG_FIELDS = frozenset(
    {"notes", "access_notes", "instructions", "details", "text", "outcome", "transport_details"}
    # what an invoice prints: a time entry's narrative, an expense's note, addresses on lines
    | {"narrative", "note", "billing_address", "payer_address", "practice_address"}
)

_UNSAVABLE = re.compile("[\x00\ud800-\udfff]")
#: The invisible marks that reorder text: a right-to-left override makes "Smith" show as "htimS"
#: and a phone number's digits read in another order than they are dialled.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
#: Not kept in a one-line field: line breaks, tabs and other control characters, bidi controls.
_NOT_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}]")
#: Not kept in free text, which keeps its line breaks (\n, or \r\n from a Windows file) and tabs.
_NOT_FREE_TEXT = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
#: How a field is named in a message, where its name alone would not say it.
_FIELD_WORDS = {
    "given": QT_TRANSLATE_NOOP("Validation", "The given name"),
    "family": QT_TRANSLATE_NOOP("Validation", "The family name"),
    "phone": QT_TRANSLATE_NOOP("Validation", "The phone number"),
    "phone_alt": QT_TRANSLATE_NOOP("Validation", "The other phone number"),
    "email": QT_TRANSLATE_NOOP("Validation", "The email address"),
    "address_line": QT_TRANSLATE_NOOP("Validation", "The address"),
    "external_id": QT_TRANSLATE_NOOP("Validation", "The MRN"),
    "member_id": QT_TRANSLATE_NOOP("Validation", "The member id"),
    "with_whom": QT_TRANSLATE_NOOP("Validation", "Who the visit is with"),
    "max_per_day": QT_TRANSLATE_NOOP("Validation", "The most per day"),
    "as_needed_reason": QT_TRANSLATE_NOOP("Validation", "What it is taken for as needed"),
    "tz": QT_TRANSLATE_NOOP("Validation", "The time zone"),
    "rrule": QT_TRANSLATE_NOOP("Validation", "The repeat rule"),
    "birth_date": QT_TRANSLATE_NOOP("Validation", "The date of birth"),
    "on_date": QT_TRANSLATE_NOOP("Validation", "The date"),
    "noted_date": QT_TRANSLATE_NOOP("Validation", "The date noted"),
    "abatement_date": QT_TRANSLATE_NOOP("Validation", "The date it resolved"),
    "completed_at": QT_TRANSLATE_NOOP("Validation", "The date it was done"),
    "written_at": QT_TRANSLATE_NOOP("Validation", "The date written"),
    "period_start": QT_TRANSLATE_NOOP("Validation", "The plan's start"),
    "period_end": QT_TRANSLATE_NOOP("Validation", "The plan's end"),
}


def field_words(name: str) -> str:
    """ "phone" -> "The phone number": a field as a message names it."""
    listed = _FIELD_WORDS.get(name)
    if listed:
        return translate("Validation", listed)
    return translate("Validation", "The {field}").format(field=name.replace("_", " "))


@dataclass(frozen=True, slots=True)
class _TextFields:
    """A record class's fields as check_lengths reads them."""

    #: the values of the fields typed plain `str`, in one call
    plain: Callable[[object], tuple[Any, ...]]
    #: those fields, and every other one, each with the most characters it keeps
    plain_limits: tuple[tuple[str, int], ...]
    other_limits: tuple[tuple[str, int], ...]


_TEXT_FIELDS: dict[type, _TextFields] = {}


def _text_fields(cls: type) -> _TextFields:
    known = _TEXT_FIELDS.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        limits = [
            (item.name, LONG_TEXT if item.name in LONG_FIELDS else SHORT_TEXT)
            for item in fields(cls)
        ]
        plain = [name for name, _ in limits if hints[name] is str]
        getter: Callable[[object], tuple[Any, ...]] = (
            attrgetter(*plain)
            if len(plain) > 1
            else (lambda record: tuple(getattr(record, name) for name in plain))
        )
        known = _TEXT_FIELDS[cls] = _TextFields(
            getter,
            tuple(item for item in limits if item[0] in plain),
            tuple(item for item in limits if item[0] not in plain),
        )
    return known


def check_lengths(record: object) -> None:
    """Refuse text too long to be typed (a pasted document in a name field, say), or holding a
    character that cannot be saved; and a line break or an invisible control character in a
    one-line field (free text keeps its line breaks and tabs)."""
    spec = _text_fields(type(record))
    try:
        joined = "".join(spec.plain(record))
    except TypeError:  # a field holding other than text: each is looked at below
        joined = None
    # The usual record, all its text short, savable and on one line, passes on one look at that
    # text joined up (an import checks a million cells); any other is looked at field by field.
    quick = (
        joined is not None
        and len(joined) <= SHORT_TEXT
        and _NOT_ONE_LINE.search(joined) is None
        and _UNSAVABLE.search(joined) is None
    )
    for name, limit in spec.other_limits if quick else spec.plain_limits + spec.other_limits:
        value = getattr(record, name)
        if not isinstance(value, str):
            continue
        if _UNSAVABLE.search(value):
            # SQLite's text functions stop at a NUL (a name or address built in SQL would lose
            # what follows), and half a UTF-16 pair cannot be written at all. No keyboard types
            # either; a damaged file or paste might.
            raise ValidationError(
                translate(
                    "Validation",
                    "This has a character in it that cannot be saved (a NUL or half of "
                    "one, from a damaged file?); type it again.",
                ),
                name,
            )
        if len(value) > limit:
            raise ValidationError(
                translate(
                    "Validation",
                    "This is {count:,} characters long; at most {limit:,} are kept here. "
                    "Shorten it, or put the full text in a note.",
                ).format(count=len(value), limit=limit),
                name,
            )
        if limit == LONG_TEXT:
            if _NOT_FREE_TEXT.search(value):
                raise ValidationError(
                    translate(
                        "Validation",
                        "{name} holds an invisible control character, which can hide or "
                        "reorder what it says; type it again without it.",
                    ).format(name=field_words(name)),
                    name,
                )
        elif _NOT_ONE_LINE.search(value):
            raise ValidationError(
                translate(
                    "Validation",
                    "{name} holds a line break or an invisible control character; type it "
                    "on one line.",
                ).format(name=field_words(name)),
                name,
            )


_DATE_FIELDS: dict[type, tuple[str, ...]] = {}


def check_dates(record: object) -> None:
    """Refuse a date (or date and time) outside the dates carebook keeps, naming the field."""
    names = _DATE_FIELDS.get(type(record))
    if names is None:
        hints = typing.get_type_hints(type(record))
        names = _DATE_FIELDS[type(record)] = tuple(
            item.name
            for item in fields(type(record))  # type: ignore[arg-type]
            if {date, datetime} & {hints[item.name], *typing.get_args(hints[item.name])}
        )
    for name in names:
        value = getattr(record, name)
        day = value.date() if isinstance(value, datetime) else value
        if isinstance(day, date) and out_of_range(day):
            raise ValidationError(range_message(field_words(name), day) + ".", name)


def check_fields(record: object) -> None:
    """Every text field's length and characters, every date field's range."""
    check_lengths(record)
    check_dates(record)
