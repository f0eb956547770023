"""Changes to appointments and their visits: an edit or a cancellation of one visit, the
following ones or the whole series, a visit skipped or marked, the day's route reordered."""

from __future__ import annotations

from datetime import date, datetime

from carebook.core.changes import Changes
from carebook.core.records import Appointment
from carebook.core.vocabularies import AppointmentStatus
from carebook.store.appointments import Scope
from carebook.ui.commands import Caseload, Root


def save_appointment(
    caseload: Caseload,
    text: str,
    edited: Appointment,
    scope: Scope,
    original: datetime | None,
) -> Changes:
    """Save an edit to one visit, it and the following ones, or the whole series (a split
    or a detached visit adds an appointment, undone with the rest)."""
    assert edited.id is not None

    def run() -> list[Root]:
        written = caseload.store.appointments.update_appointment(edited, scope, original)
        return [("appointment", i) for i in written]

    return caseload.change(text, "appointment", run, touches=[("appointment", edited.id)])


def cancel_appointment(
    caseload: Caseload, text: str, appointment_id: int, scope: Scope, original: datetime | None
) -> Changes:
    """Cancel one visit, it and the following ones, or the whole series."""
    return caseload.change(
        text,
        "appointment",
        lambda: caseload.store.appointments.cancel_appointment(appointment_id, scope, original),
        touches=[("appointment", appointment_id)],
    )


def skip_visit(caseload: Caseload, text: str, appointment_id: int, original: datetime) -> Changes:
    """Take one visit out of its series (deleting it alone)."""
    return caseload.change(
        text,
        "appointment",
        lambda: caseload.store.appointments.skip_visit(appointment_id, original),
        touches=[("appointment", appointment_id)],
    )


def set_visit_status(
    caseload: Caseload,
    text: str,
    appointment_id: int,
    original: datetime,
    status: AppointmentStatus,
) -> Changes:
    """Mark one visit done, a no-show, or booked again."""
    return caseload.change(
        text,
        "appointment",
        lambda: caseload.store.appointments.set_visit_status(appointment_id, original, status),
        touches=[("appointment", appointment_id)],
    )


def move_route_stop(caseload: Caseload, text: str, day: date, here: int, there: int) -> Changes:
    """Move the visit at place `here` of the day's route to place `there`."""
    # Only the visits whose stops the move writes are kept for the undo.
    touched = [
        ("appointment", appointment_id)
        for appointment_id in caseload.store.visits.route_move_touches(day, here, there)
    ]
    return caseload.change(
        text,
        "appointment",
        lambda: caseload.store.visits.move_route_stop(day, here, there),
        touches=touched,
    )
