"""Visits the coordinator attends herself, and the question an overlap of two of them raises."""

from __future__ import annotations

from collections.abc import Sequence

from carebook.core.calendar_words import clock_text, weekday_day
from carebook.core.records import Appointment
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus
from carebook.core.words import translate

#: The kinds of appointment the coordinator attends herself: two of them at once clash.
ATTENDED_KINDS = frozenset({AppointmentKind.HOME_VISIT, AppointmentKind.TELEHEALTH})
#: Clashing visits named in the question, at most; the others are counted.
NAMED_CLASHES = 3


def attended(appointment: Appointment) -> bool:
    """Whether the coordinator attends the appointment herself (see ATTENDED_KINDS)."""
    return appointment.kind in ATTENDED_KINDS


def overlap_doubt(clashes: Sequence[Visit]) -> str | None:
    """The question to ask before saving a visit that overlaps `clashes`, her booked visits
    (store.visits.overlapping); None when there are none."""
    if not clashes:
        return None
    listed = "; ".join(
        f"{weekday_day(v.start)} {clock_text(v.start)}–{clock_text(v.end)} {v.patient}"
        for v in clashes[:NAMED_CLASHES]
    )
    if len(clashes) > NAMED_CLASHES:
        return translate("VisitRules", "This overlaps your visit {visits} and {more} more.").format(
            visits=listed, more=len(clashes) - NAMED_CLASHES
        )
    return translate("VisitRules", "This overlaps your visit {visits}.").format(visits=listed)


def outcomes_open(status: AppointmentStatus | None) -> tuple[bool, bool, bool]:
    """Whether a visit in `status` (None: no visit selected) can still be marked done, a
    no-show, or cancelled: each only when it is not that already."""
    if status is None:
        return False, False, False
    return (
        status is not AppointmentStatus.DONE,
        status is not AppointmentStatus.NO_SHOW,
        status is not AppointmentStatus.CANCELLED,
    )
