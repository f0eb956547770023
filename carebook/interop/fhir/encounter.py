"""A documented visit as FHIR: an Encounter of the patient for one visit of its Appointment.

When the coordinator checked in and out is the period (in the visit's zone); the visit's outcome
is the status (done "finished", cancelled or not seen "cancelled"), and why it was cancelled the
reasonCode's words. R4 Appointments do not recur, so the visit of a series it documents is named
as carebook names a series' visits everywhere: by its original start, typed in carebook's
extension (fhir.extension) with the zone and the trip's miles, which FHIR has no element for.

Read back, an Encounter whose appointment is a carebook appointment (in the files, or imported
before) is the record of one of its visits; an Encounter of an EHR's own (none names an
appointment) is only counted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from carebook.core.records import Appointment, VisitRecord
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning, Target
from carebook.interop.fhir.report import SKIPPED
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

Json = dict[str, Any]

_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
#: Encounter.class (required in R4): where the visit was, as HL7's act codes say it.
_CLASS = {
    AppointmentKind.HOME_VISIT: ("HH", "home health"),
    AppointmentKind.TELEHEALTH: ("VR", "virtual"),
}
_AMBULATORY = ("AMB", "ambulatory")


def is_visit_record(resource: Json) -> bool:
    """Whether an Encounter names an appointment, as only a documented visit's does."""
    return bool(fe.as_list(resource.get("appointment")))


def encounter_resource(
    record: VisitRecord,
    appointment: Appointment,
    outcome: AppointmentStatus,
    subject: Json,
) -> Json:
    """The visit's record as an Encounter of the patient `subject` for its Appointment, whose
    outcome (the visit's status) is `outcome`."""
    zone = fv.zone(record.tz)
    typed = ext.encode(
        {
            "original_start": record.original_start,
            "tz": record.tz,
            **({"miles_tenths": record.miles_tenths} if record.miles_tenths is not None else {}),
        }
    )
    cancelled = outcome in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
    code, display = _CLASS.get(appointment.kind, _AMBULATORY)
    reason = record.cancel_reason.strip()
    return fv.prune(
        {
            "resourceType": "Encounter",
            "id": f"visit-record-{record.id}",
            "extension": [typed] if typed else None,
            "status": _status(record, outcome),
            "class": {"system": _ACT_CODE, "code": code, "display": display},
            "subject": subject,
            "appointment": [{"reference": f"Appointment/appointment-{record.appointment_id}"}],
            "period": fv.period(
                fv.instant(record.checked_in_at, zone) if record.checked_in_at else None,
                fv.instant(record.checked_out_at, zone) if record.checked_out_at else None,
            ),
            "reasonCode": [fv.text(reason)] if cancelled and reason else None,
        }
    )


def _status(record: VisitRecord, outcome: AppointmentStatus) -> str:
    if outcome is AppointmentStatus.DONE:
        return "finished"
    if outcome in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
        return "cancelled"
    if record.checked_in_at is not None and record.checked_out_at is None:
        return "in-progress"
    return "finished" if record.checked_out_at is not None else "planned"


def read_encounter(planning: Planning, entry: Entry) -> None:
    """An Encounter of a carebook appointment into the record of one of its visits."""
    r = entry.resource
    if not is_visit_record(r):
        return  # an EHR's own encounter: counted as not kept
    planning.not_in_error(entry)
    appointment: Target = None
    for value in fe.as_list(r.get("appointment")):
        appointment, _display = planning.optional(
            entry, value, "appointment", ("Appointment",), "appointment"
        )
        if appointment is not None:
            break
    if appointment is None:
        raise NotImported(
            translate(
                "FhirImport",
                "names no appointment carebook has or imports; the visit it records is not kept",
            ),
            SKIPPED,
        )
    series = appointment.record if isinstance(appointment, FhirItem) else None
    fields = ext.decode(r)
    tz = fe.text_of(fields.values.get("tz")) or (series.tz if series else planning.zone)
    original = _original_start(fields, series)
    period = fe.as_dict(r.get("period"))
    record = VisitRecord(
        appointment_id=0,
        original_start=original,
        checked_in_at=fe.moment(period.get("start"), tz),
        checked_out_at=fe.moment(period.get("end"), tz),
        tz=tz,
    )
    if fe.text_of(r.get("status")) == "cancelled":
        reasons = (fe.concept_text(c) for c in fe.as_list(r.get("reasonCode")))
        record.cancel_reason = "; ".join(reason for reason in reasons if reason)
    planning.emit(entry, "visit_record", record, {"appointment_id": appointment})


def _original_start(fields: ext.Fields, series: Appointment | None) -> datetime:
    """Which visit of the series: carebook's own word for it, else the one visit of an
    appointment that does not repeat (any other is unknown: the Encounter is skipped)."""
    said = fields.values.get("original_start")
    if isinstance(said, str):
        try:
            return datetime.fromisoformat(said).replace(tzinfo=None)
        except ValueError:
            pass
    if series is not None and not series.rrule.strip():
        return series.start
    raise NotImported(
        translate("FhirImport", "does not say which visit of its appointment it records; not kept"),
        SKIPPED,
    )
