"""An appointment as FHIR: an Appointment of the patient with whom it is, in its time zone.

Its kind is the serviceType's words and its purpose the description; its notes, place,
transport and repeat rule (R4 Appointments do not recur: the first visit is the one dated) are
lines of the comment.
"""

from __future__ import annotations

from typing import Any

from carebook.core.domain import Appointment, AppointmentStatus, Transport
from carebook.core.recurrence import describe
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

_APPOINTMENT_STATUS = {
    AppointmentStatus.BOOKED: "booked",
    AppointmentStatus.DONE: "fulfilled",
    AppointmentStatus.CANCELLED: "cancelled",
    AppointmentStatus.NO_SHOW: "noshow",
}
# Appointment.participant.actor may not be an Organization (it may be a HealthcareService or
# Location, which a carebook contact is not): an agency there is named, not referenced.
_APPOINTMENT_ACTORS = frozenset({"Practitioner", "RelatedPerson"})


def appointment_resource(appointment: Appointment, patient: Json, contact: Json | None) -> Json:
    """The appointment as a FHIR Appointment of the patient (`patient`, a reference) with the
    contact `contact` (a reference with its name shown), not yet pruned."""
    zone = fv.zone(appointment.tz)
    participants: list[Json] = [{"actor": patient, "required": "required", "status": "accepted"}]
    if contact is not None:
        if contact["reference"].split("/")[0] not in _APPOINTMENT_ACTORS:
            contact = {"display": contact["display"]}
        participants.append({"actor": contact, "status": "accepted"})
    elif appointment.with_whom.strip():
        participants.append(
            {"actor": {"display": appointment.with_whom.strip()}, "status": "accepted"}
        )
    comment = [appointment.notes.strip()]
    if appointment.location.strip():
        comment.append(f"Location: {appointment.location.strip()}")
    if appointment.transport is not Transport.NOT_NEEDED:
        comment.append(
            "Transport: "
            + " — ".join(
                part
                for part in (appointment.transport.label, appointment.transport_details.strip())
                if part
            )
        )
    if appointment.rrule.strip():
        rule = appointment.rrule.strip()
        rule = rule if rule.upper().startswith("RRULE:") else f"RRULE:{rule}"
        comment.append(f"Repeats: {describe(rule)} ({rule}); the first visit is the one dated here")
    return {
        "resourceType": "Appointment",
        "id": f"appointment-{appointment.id}",
        "status": _APPOINTMENT_STATUS[appointment.status],
        "serviceType": [fv.text(appointment.kind.label)],
        "description": appointment.purpose.strip(),
        "start": fv.instant(appointment.start, zone),
        "end": fv.instant(appointment.end, zone),
        "minutesDuration": appointment.duration_min,
        "comment": "\n".join(line for line in comment if line),
        "participant": participants,
    }
