"""What makes a visit's documentation savable: check-out not before check-in, a reason for a
cancelled visit, the trip's miles between 0 and 1,000 (kept exactly, in tenths)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from carebook.core.calendar_words import clock_text
from carebook.core.errors import ValidationError
from carebook.core.moments import zone_named
from carebook.core.records import VisitRecord
from carebook.core.validation import check_fields
from carebook.core.vocabularies import AppointmentStatus
from carebook.core.words import translate

#: The longest trip carebook keeps, in tenths of a mile (1,000 miles).
MOST_MILES_TENTHS = 10_000


@dataclass(slots=True, kw_only=True)
class VisitDocumentation:
    """Everything the "Document visit" dialog saves at once: the visit's record, its outcome
    (the visit's status), and its note (`note_text` "" for none; `note_id` the note it had)."""

    patient_id: int
    record: VisitRecord
    status: AppointmentStatus
    note_text: str = ""
    note_id: int | None = None


def check_visit_record(record: VisitRecord, today: date | None = None) -> None:
    """Raise ValidationError naming the field when the visit's record cannot be saved."""
    check_fields(record)
    if zone_named(record.tz) is None:
        raise ValidationError(
            translate("VisitRecordRules", "The time zone {tz!r} is not one carebook knows.").format(
                tz=record.tz
            ),
            "tz",
        )
    came, left = record.checked_in_at, record.checked_out_at
    if came is not None and left is not None and left < came:
        raise ValidationError(
            translate("VisitRecordRules", "Check-out ({left}) is before check-in ({came}).").format(
                left=clock_text(left), came=clock_text(came)
            ),
            "checked_out_at",
        )
    if record.miles_tenths is not None and not 0 <= record.miles_tenths <= MOST_MILES_TENTHS:
        raise ValidationError(
            translate("VisitRecordRules", "The trip's miles lie between 0 and 1,000."),
            "miles_tenths",
        )


def check_documentation(documented: VisitDocumentation) -> None:
    """The record's own check, and a reason whenever the visit is cancelled."""
    check_visit_record(documented.record)
    if (
        documented.status is AppointmentStatus.CANCELLED
        and not documented.record.cancel_reason.strip()
    ):
        raise ValidationError(
            translate("VisitRecordRules", "Say why the visit was cancelled."), "cancel_reason"
        )


def parse_miles(text: str) -> int | None:
    """Typed miles ("12", "12.5", "12,5") as tenths of a mile, exactly; None when empty.

    Raises ValidationError for what is not a number of miles from 0 to 1,000 to a tenth.
    """
    typed = text.strip().replace(",", ".")
    if not typed:
        return None
    try:
        miles = Decimal(typed)
    except InvalidOperation:
        raise ValidationError(
            translate(
                "VisitRecordRules", "{strip!r} is not a number of miles; write it like 12.5."
            ).format(strip=text.strip()),
            "miles_tenths",
        ) from None
    if not miles.is_finite() or not 0 <= miles <= MOST_MILES_TENTHS // 10:
        raise ValidationError(
            translate("VisitRecordRules", "The trip's miles lie between 0 and 1,000."),
            "miles_tenths",
        )
    tenths = miles * 10
    if tenths != tenths.to_integral_value():
        raise ValidationError(
            translate(
                "VisitRecordRules", "Miles are kept to a tenth: {strip} has more decimals."
            ).format(strip=text.strip()),
            "miles_tenths",
        )
    return int(tenths)


def miles_text(tenths: int | None) -> str:
    """Tenths of a mile as typed and shown: 125 is "12.5", 120 is "12"; None is ""."""
    if tenths is None:
        return ""
    whole, tenth = divmod(tenths, 10)
    return f"{whole}.{tenth}" if tenth else str(whole)


def parse_check_time(text: str, day: date, what: str, field: str) -> datetime | None:
    """A typed check-in or check-out: "10:05" on the visit's `day`, or "2026-03-02 10:05";
    None when empty. Raises ValidationError naming `field` for anything else."""
    typed = text.strip()
    if not typed:
        return None
    try:
        if len(typed) <= 5:
            return datetime.combine(day, time.fromisoformat(typed.zfill(5)))
        return datetime.fromisoformat(typed.replace(" ", "T", 1)).replace(
            second=0, microsecond=0, tzinfo=None
        )
    except ValueError:
        raise ValidationError(
            translate(
                "VisitRecordRules",
                "{what} {typed!r} is not a time; write it like 10:05 (or 2026-03-02 10:05).",
            ).format(what=what, typed=typed),
            field,
        ) from None


def check_time_text(moment: datetime | None, day: date) -> str:
    """A check-in or check-out as typed and shown: the time alone on the visit's day."""
    if moment is None:
        return ""
    return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%Y-%m-%d %H:%M}"
