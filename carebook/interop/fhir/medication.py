"""A medication as FHIR: a MedicationStatement with its dosage, prescriber and history.

The prescriber is the statement's informationSource; the pharmacy, the next review and each
event of the medication's history (started, dose changed, stopped …) are notes, an event's
note dated the day it happened, each note with what it says typed beside its words (see
fhir.extension). The dosage is fhir.dosage's.

Read back, a MedicationStatement or a MedicationRequest is a medication of its patient: its
requester or informationSource the prescriber, a request's dispenser the pharmacy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carebook.core.records import Medication, MedicationEvent
from carebook.core.vocabularies import ContactRole, MedicationEventKind, MedicationStatus
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.dosage import dosage_of, dose_into
from carebook.interop.fhir.planning import NotImported, Planning, Target
from carebook.interop.fhir.resolving import Entry, type_of

Json = dict[str, Any]


def medication_resource(
    medication: Medication,
    history: Sequence[MedicationEvent],
    subject: Json,
    prescriber: Json | None,
    pharmacy: Json | None,
) -> Json:
    """The medication as a FHIR MedicationStatement of the patient `subject`, not yet pruned;
    `prescriber` and `pharmacy` are references to their contacts (with their names shown)."""
    notes: list[Json] = []
    if prescriber:
        said = fv.text(f"Prescribed by {prescriber['display']}")
        notes.append(ext.typed(said, {"prescriber_id": ext.Reference(prescriber["reference"])}))
    if pharmacy:
        said = fv.text(f"Pharmacy: {pharmacy['display']}")
        notes.append(ext.typed(said, {"pharmacy_id": ext.Reference(pharmacy["reference"])}))
    if medication.next_review:
        said = fv.text(f"Next review due {medication.next_review.isoformat()}")
        notes.append(ext.typed(said, {"next_review": medication.next_review}))
    for event in history:
        notes.append(
            ext.typed(_event_note(event), {}, {"medication_event": [_event_fields(event)]})
        )
    name = " ".join(part for part in (medication.name.strip(), medication.strength.strip()) if part)
    return {
        "resourceType": "MedicationStatement",
        "id": f"medication-{medication.id}",
        "status": fv.code(medication.status.value),
        "statusReason": [fv.text(medication.stop_reason.strip())]
        if medication.stop_reason.strip()
        else [],
        "medicationCodeableConcept": fv.text(name),
        "subject": subject,
        "effectivePeriod": fv.period(fv.day(medication.start_date), fv.day(medication.end_date)),
        "dateAsserted": fv.day(medication.last_review),
        "informationSource": prescriber,
        "reasonCode": [fv.text(medication.indication.strip())]
        if medication.indication.strip()
        else [],
        "note": notes,
        "dosage": [dosage_of(medication)],
    }


def _event_note(event: MedicationEvent) -> Json:
    """An event of the medication's history as a note of the day it happened, in words."""
    said = event.kind.english
    if event.detail.strip():
        said += f": {event.detail.strip()}"
    if event.reason.strip():
        said += f". Reason: {event.reason.strip()}"
    return {"time": event.on_date.isoformat(), "text": said}


def _event_fields(event: MedicationEvent) -> dict[str, Any]:
    """What the note of an event says, typed."""
    return {
        "on_date": event.on_date,
        "kind": event.kind,
        "detail": event.detail.strip(),
        "reason": event.reason.strip(),
    }


def read_medication(planning: Planning, entry: Entry) -> None:
    """A MedicationStatement or MedicationRequest into a medication of its patient, with its
    prescriber, pharmacy and history."""
    planning.not_in_error(entry)
    r = entry.resource
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    request = entry.type == "MedicationRequest"
    name = fe.concept_text(r.get("medicationCodeableConcept"))
    if not name and isinstance(r.get("medicationReference"), dict):
        ref = planning.resolve(r.get("medicationReference"), entry)
        name = (
            fe.concept_text(ref.entry.resource.get("code")) if ref.entry is not None else ""
        ) or ref.display
    if not name:
        raise NotImported(translate("FhirImport", "does not name the medication"))
    medication = Medication(patient_id=0, name=name)
    status = fe.text_of(r.get("status"))
    medication.status = (
        MedicationStatus.ON_HOLD
        if status == "on-hold"
        else MedicationStatus.ACTIVE
        if status in ("active", "intended", "draft", "unknown", "")
        else MedicationStatus.STOPPED
    )
    reasons = [fe.concept_text(c) for c in fe.as_list(r.get("statusReason"))]
    medication.stop_reason = "; ".join(reason for reason in reasons if reason)
    dosages = fe.dicts(r.get("dosageInstruction" if request else "dosage"))
    instructions = dose_into(medication, dosages[0]) if dosages else []
    if request:
        bounds = fe.bounds(dosages[0]) if dosages else {}
        medication.start_date = fe.date_of(bounds.get("start")) or fe.date_of(r.get("authoredOn"))
        medication.end_date = fe.date_of(bounds.get("end"))
    else:
        period = fe.as_dict(r.get("effectivePeriod"))
        medication.start_date = fe.date_of(period.get("start")) or fe.date_of(
            r.get("effectiveDateTime")
        )
        medication.end_date = fe.date_of(period.get("end"))
        medication.last_review = fe.date_of(r.get("dateAsserted"))
    indications = [fe.concept_text(c) for c in fe.as_list(r.get("reasonCode"))]
    for value in fe.as_list(r.get("reasonReference")):
        ref = planning.resolve(value, entry)
        indications.append(
            ref.display
            or (fe.concept_text(ref.entry.resource.get("code")) if ref.entry is not None else "")
        )
    medication.indication = "; ".join(i for i in indications if i)
    refs: dict[str, Target] = {"patient_id": patient}
    source = r.get("requester" if request else "informationSource")
    prescriber, shown = planning.optional(
        entry,
        source,
        "contact",
        ("Practitioner", "PractitionerRole", "Organization"),
        "requester" if request else "informationSource",
        kept=translate("FhirImport", "in the instructions"),
    )
    refs["prescriber_id"] = prescriber
    if (
        prescriber is None
        and shown
        and type_of(planning.resolve(source, entry))
        in ("Practitioner", "PractitionerRole", "Organization", "")
    ):
        instructions.append(f"Prescribed by {shown}")
    if request and isinstance(r.get("dispenseRequest"), dict):
        pharmacy, _shown = planning.optional(
            entry,
            r["dispenseRequest"].get("performer"),
            "contact",
            ("Organization",),
            "dispenser",
        )
        refs["pharmacy_id"] = pharmacy
    events: list[MedicationEvent | ext.Fields] = []
    for note in fe.notes_of(r):
        said = fe.text_of(note.get("text"))
        when = fe.date_of(note.get("time"))
        typed = ext.decode(note)
        told = sentences.medication_event(said, when) if when and not typed else None
        if typed:  # carebook's words for an event, the pharmacy, the next review …, typed
            events += typed.children.get("medication_event", [])
            refs.update(planning.fill(medication, typed, entry))
        elif told is not None:
            events.append(told)
        elif (due := sentences.next_review(said)) is not None:
            medication.next_review = due
        elif said.startswith(sentences.PHARMACY) and "pharmacy_id" not in refs:
            refs["pharmacy_id"] = _pharmacy_named(planning, said.removeprefix(sentences.PHARMACY))
        elif said.startswith(sentences.PRESCRIBED_BY) and (prescriber is not None):
            continue
        else:
            instructions.append(said)
    medication.instructions = "\n".join(part for part in instructions if part)
    item = planning.emit(entry, "medication", medication, refs, keys=planning.keys(entry))
    listed = planning.children(entry, "medication_event")
    for event in events if listed is None else listed:
        if isinstance(event, ext.Fields):
            planning.emit(
                entry,
                "event",
                MedicationEvent(
                    medication_id=0, on_date=planning.today, kind=MedicationEventKind.CHANGED
                ),
                {"medication_id": item},
                fields=event,
            )
        else:
            planning.emit(entry, "event", event, {"medication_id": item}, element={})


def _pharmacy_named(planning: Planning, name: str) -> Target:
    """A contact of the files by its name (carebook's document names the pharmacy)."""
    for kind in planning.out["contact"]:
        if kind.record.name == name and kind.record.role is ContactRole.PHARMACY:
            return kind
    return next((kind for kind in planning.out["contact"] if kind.record.name == name), None)
