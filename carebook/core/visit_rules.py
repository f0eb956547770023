"""Visits the coordinator attends herself, and the question an overlap of two of them raises."""

from __future__ import annotations

from collections.abc import Sequence

from carebook.core.records import Appointment
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus

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
        f"{v.start:%a %d %b %H:%M}–{v.end:%H:%M} {v.patient}" for v in clashes[:NAMED_CLASHES]
    )
    more = f" and {len(clashes) - NAMED_CLASHES} more" if len(clashes) > NAMED_CLASHES else ""
    return f"This overlaps your visit {listed}{more}."


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
