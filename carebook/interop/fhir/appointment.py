"""An appointment as FHIR: an Appointment of the patient with whom it is, in its time zone.

Its kind is the serviceType's words and its purpose the description; its notes, place,
transport and repeat rule (R4 Appointments do not recur: the first visit is the one dated) are
lines of the comment, and typed in the comment's extension (see fhir.extension); its time zone,
and a series' per-visit changes, are carebook's extension of the resource.

Read back, an Appointment with a Patient among its participants and a start is an appointment
of that patient, with whom its other participant is (a contact, or the words shown).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.recurrence import describe
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, Transport
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import CONTACT_TYPES, NotImported, Planning, Target, label_map
from carebook.interop.fhir.report import SKIPPED
from carebook.interop.fhir.resolving import Entry, Link, type_of

Json = dict[str, Any]

_APPOINTMENT_STATUS = {
    AppointmentStatus.BOOKED: "booked",
    AppointmentStatus.DONE: "fulfilled",
    AppointmentStatus.CANCELLED: "cancelled",
    AppointmentStatus.NO_SHOW: "noshow",
}
_KINDS = label_map(AppointmentKind)
_KIND_WORDS = (
    ("home", AppointmentKind.HOME_VISIT),
    ("lab", AppointmentKind.LAB),
    ("blood", AppointmentKind.LAB),
    ("therap", AppointmentKind.THERAPY),
    ("physio", AppointmentKind.THERAPY),
    ("tele", AppointmentKind.TELEHEALTH),
    ("video", AppointmentKind.TELEHEALTH),
    ("phone", AppointmentKind.TELEHEALTH),
    ("clinic", AppointmentKind.PHYSICIAN),
    ("gp", AppointmentKind.PHYSICIAN),
    ("doctor", AppointmentKind.PHYSICIAN),
    ("consult", AppointmentKind.PHYSICIAN),
)
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
    typed: dict[str, Any] = {"notes": appointment.notes.strip()}  # the comment's lines, typed
    if appointment.location.strip():
        comment.append(f"Location: {appointment.location.strip()}")
        typed["location"] = appointment.location.strip()
    if appointment.transport is not Transport.NOT_NEEDED:
        comment.append(
            "Transport: "
            + " — ".join(
                part
                for part in (appointment.transport.english, appointment.transport_details.strip())
                if part
            )
        )
        typed["transport"] = appointment.transport
        typed["transport_details"] = appointment.transport_details.strip()
    if appointment.rrule.strip():
        rule = appointment.rrule.strip()
        rule = rule if rule.upper().startswith("RRULE:") else f"RRULE:{rule}"
        repeats = describe(rule, english=True)
        comment.append(f"Repeats: {repeats} ({rule}); the first visit is the one dated here")
        typed["rrule"] = rule.removeprefix("RRULE:")
    said = "\n".join(line for line in comment if line)
    return {
        "resourceType": "Appointment",
        "id": f"appointment-{appointment.id}",
        "status": _APPOINTMENT_STATUS[appointment.status],
        "serviceType": [fv.text(appointment.kind.english)],
        "description": appointment.purpose.strip(),
        "start": fv.instant(appointment.start, zone),
        "end": fv.instant(appointment.end, zone),
        "minutesDuration": appointment.duration_min,
        "comment": said,
        # The comment's values typed, as an extension of the comment (FHIR's "_comment").
        "_comment": ext.typed({}, typed) if said else None,
        "participant": participants,
    }


def read_appointment(planning: Planning, entry: Entry) -> None:
    """An Appointment into an appointment of its patient (with a series' per-visit changes)."""
    planning.not_in_error(entry)
    r = entry.resource
    participants = fe.dicts(r.get("participant"))
    patient_part = None
    others: list[tuple[Link, Json]] = []
    for participant in participants:
        ref = planning.resolve(participant.get("actor"), entry)
        if type_of(ref) == "Patient" and patient_part is None:
            patient_part = participant.get("actor")
        else:
            others.append((ref, participant))
    if patient_part is None:
        raise NotImported(translate("FhirImport", "has no Patient among its participants"))
    patient = planning.patient_of(entry, patient_part, "participant")
    fields = ext.decode(r)
    tz = fe.text_of(fields.values.get("tz")) or planning.zone
    start = fe.moment(r.get("start"), tz)
    if start is None:
        raise NotImported(
            translate(
                "FhirImport",
                "has no start time (a proposed or waitlisted appointment); not imported",
            ),
            SKIPPED,
        )
    end = fe.moment(r.get("end"), tz)
    duration = r.get("minutesDuration")
    if not isinstance(duration, int) or isinstance(duration, bool):
        duration = int((end - start) / timedelta(minutes=1)) if end is not None else 60
    appointment = Appointment(patient_id=0, start=start, duration_min=duration, tz=tz)
    status = fe.text_of(r.get("status"))
    appointment.status = {
        "fulfilled": AppointmentStatus.DONE,
        "cancelled": AppointmentStatus.CANCELLED,
        "noshow": AppointmentStatus.NO_SHOW,
    }.get(status, AppointmentStatus.BOOKED)
    kinds = [
        fe.concept_text(c)
        for key in ("serviceType", "appointmentType")
        for c in fe.as_list(r.get(key))
    ]
    appointment.kind = _appointment_kind(kinds, others)
    appointment.purpose = fe.text_of(r.get("description")) or "; ".join(
        t for t in (fe.concept_text(c) for c in fe.as_list(r.get("reasonCode"))) if t
    )
    refs: dict[str, Target] = {"patient_id": patient}
    for ref, participant in others:
        if ref.entry is not None and ref.entry.type == "Location":
            appointment.location = appointment.location or fe.name_text(ref.entry.resource)
            continue
        if type_of(ref) == "Location":
            appointment.location = appointment.location or ref.display
            continue
        target, display = planning.optional(
            entry,
            participant.get("actor"),
            "contact",
            CONTACT_TYPES,
            "participant",
            kept=translate("FhirImport", "as whom it is with"),
        )
        if target is not None and "contact_id" not in refs:
            refs["contact_id"] = target
        if display and not appointment.with_whom:
            appointment.with_whom = display
    typed = ext.decode(r.get("_comment"))
    if typed:  # carebook's comment: its notes, place, transport and repeat rule, typed
        refs.update(planning.fill(appointment, typed, entry))
    else:
        sentences.comment_into(appointment, fe.text_of(r.get("comment")))
    instruction = fe.text_of(r.get("patientInstruction"))
    if instruction:
        appointment.notes = "\n".join(p for p in (appointment.notes, instruction) if p)
    item = planning.emit(entry, "appointment", appointment, refs, keys=planning.keys(entry))
    for change in planning.children(entry, "occurrence_change") or []:
        planning.emit(
            entry,
            "change",
            OccurrenceChange(appointment_id=0, original_start=start),
            {"appointment_id": item},
            fields=change,
        )


def _appointment_kind(said: list[str], others: list[tuple[Link, Json]]) -> AppointmentKind:
    """The kind of appointment its type's words name, else a Practitioner's is a physician's."""
    for words in said:
        found = _KINDS.get(words.casefold())
        if found is not None:
            return AppointmentKind(found)
    words = " ".join(said).casefold()
    for word, kind in _KIND_WORDS:
        if word in words:
            return kind
    if any(
        ref.entry is not None and ref.entry.type in ("Practitioner", "PractitionerRole")
        for ref, _participant in others
    ):
        return AppointmentKind.PHYSICIAN
    return AppointmentKind.OTHER
