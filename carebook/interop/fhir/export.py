"""One patient's record as a FHIR R4 document Bundle: a "Care plan summary" (no Qt, no SQL).

The exporter reads only through the store's public reads (`FhirSource`) and returns the Bundle
as plain JSON-ready data; `validate` parses it with the R4 models of fhir.resources (its R4B
package, whose models accept R4 content for every resource built here) and checks that every
reference resolves inside the Bundle. Nothing is fetched from anywhere.

Identity. Every resource id comes from the carebook table and row it was made from
("patient-12", "contact-7", "medication-40"), so exporting again gives the same ids. Each entry's
fullUrl is the RESTful form `https://carebook.invalid/fhir/<Type>/<id>` and references are the
relative "Type/id": the FHIR rule for resolving a relative reference inside a Bundle (against the
base of the referring entry's fullUrl) then finds it, the references stay readable, and the
`.invalid` domain (RFC 2606) can never be looked up, so no one mistakes it for a live server.
urn:uuid fullUrls would have forced opaque "urn:uuid:…" references everywhere.

Contacts by role. Physicians, therapists and social workers are Practitioners (their
organisation goes in CareTeam.participant.onBehalfOf); pharmacies and agencies are Organizations
(CareTeam, CarePlan activities and MedicationStatement may all point at one; an Appointment
cannot, so there the agency is named, not referenced); caregivers, powers of attorney, emergency
contacts and anyone else are RelatedPersons, with v3-RoleCode POWATT and v2-0131 "C" codes where
they exist and the role as text otherwise.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pydantic
from fhir.resources.R4B.bundle import Bundle

from carebook import __version__
from carebook.core.domain import (
    Allergy,
    Appointment,
    AppointmentStatus,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    ContactRole,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Patient,
    PatientStatus,
    Problem,
    Task,
    TaskStatus,
    Transport,
    label_of,
)
from carebook.core.recurrence import describe, on_the_clock

Json = dict[str, Any]

#: The base of every fullUrl: reserved, never resolvable (see the module's docstring).
BASE = "https://carebook.invalid/fhir/"
#: Namespace of the uuid5 identifiers given to each exported document.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE)
TITLE = "Care plan summary"

_LOINC = "http://loinc.org"
_SNOMED = "http://snomed.info/sct"
_ICD10 = "http://hl7.org/fhir/sid/icd-10"
_UCUM = "http://unitsofmeasure.org"
_V2_0131 = "http://terminology.hl7.org/CodeSystem/v2-0131"
_V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
_V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
_CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
_CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
_GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
_GEOLOCATION = "http://hl7.org/fhir/StructureDefinition/geolocation"


class FhirSource(Protocol):
    """The store's reads a patient's FHIR document is made of."""

    def patient(self, patient_id: int) -> Patient | None: ...

    def contact(self, contact_id: int) -> Contact | None: ...

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]: ...

    def conditions(self, patient_id: int) -> list[Condition]: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...

    def medications(self, patient_id: int) -> list[Medication]: ...

    def medication_history(self, medication_id: int) -> list[MedicationEvent]: ...

    def care_plans(self, patient_id: int) -> list[CarePlan]: ...

    def problems(self, plan_id: int) -> list[Problem]: ...

    def goals(self, plan_id: int) -> list[Goal]: ...

    def interventions(self, plan_id: int) -> list[Intervention]: ...

    def care_plan_reviews(self, plan_id: int) -> list[CarePlanReview]: ...

    def appointments_for(self, patient_id: int) -> list[Appointment]: ...

    def tasks_for(self, patient_id: int) -> list[Task]: ...


# -- the public API ------------------------------------------------------------------------------


def patient_bundle(source: FhirSource, patient_id: int, *, generated: datetime) -> Json:
    """The patient's record as a FHIR R4 document Bundle (a Composition first), as JSON data.

    `generated` stamps the document (a naive time is read as this computer's local time) and,
    with the patient, makes its identifier. Raises LookupError for an unknown patient.
    """
    patient = source.patient(patient_id)
    if patient is None or patient.id is None:
        raise LookupError(f"No patient with id {patient_id}")
    return _Builder(source, patient, generated).bundle()


def validate(bundle: Json) -> None:
    """Raise ValueError, saying briefly what is wrong, unless `bundle` is a valid R4 document.

    It must parse with fhir.resources' R4 models (R4B package), use only the codes of the
    required value sets for the coded fields written here (the models do not check codes), be
    a document (a Composition first, an identifier, a timestamp) and have every reference
    resolve to an entry of the Bundle.
    """
    entries = _check_model(bundle)
    _check_document(bundle, entries)
    check_codes(entries)
    _check_references(entries)


def check_bundle(bundle: Json) -> None:
    """Raise ValueError unless `bundle` (of any type) passes `validate`'s checks but the
    document's own: the R4 models, the required codes, every reference resolving inside it."""
    entries = _check_model(bundle)
    check_codes(entries)
    _check_references(entries)


def _check_model(bundle: Json) -> list[Json]:
    """The Bundle's entries with a resource, once it parses with the R4 models."""
    try:
        Bundle.model_validate(bundle)
    except pydantic.ValidationError as error:
        raise ValueError(_model_problem(error, bundle)) from None
    return [entry for entry in bundle.get("entry") or [] if entry.get("resource")]


def bundle_json(bundle: Json) -> str:
    """The Bundle as UTF-8 JSON text: indented by 2, characters as they are, keys in the order
    they were built (resourceType first), so the same Bundle always gives the same text."""
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"


# -- building the document -----------------------------------------------------------------------


def _ref(resource: Json, display: str = "") -> Json:
    reference: Json = {"reference": f"{resource['resourceType']}/{resource['id']}"}
    if display:
        reference["display"] = display
    return reference


def _text(value: str) -> Json:
    return {"text": value}


def _coded(system: str, code: str, display: str, text: str = "") -> Json:
    concept: Json = {"coding": [{"system": system, "code": code, "display": display}]}
    if text:
        concept["text"] = text
    return concept


def _code(value: str) -> str:
    """A carebook code as the FHIR code of the same meaning ("on_hold" -> "on-hold")."""
    return value.replace("_", "-")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _instant(moment: datetime, zone: tzinfo | None = None) -> str:
    """A date and time with its UTC offset, as FHIR needs: a naive `moment` is wall-clock time
    in `zone` (a time the clocks skip moves on by the gap, as the agenda does), or in this
    computer's zone when there is none."""
    if moment.tzinfo is None:
        if zone is not None:
            moment = on_the_clock(moment, zone).replace(tzinfo=zone, fold=0)
        else:
            moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def _period(start: str | None, end: str | None) -> Json | None:
    period = {key: value for key, value in (("start", start), ("end", end)) if value}
    return period or None


def _prune(resource: Json) -> Json:
    """The resource without the empty values left by optional fields (FHIR forbids empties)."""
    return {key: value for key, value in resource.items() if value not in (None, "", [], {})}


def _telecom(
    phone: str = "", fax: str = "", email: str = "", phone_alt: str = "", use: str = ""
) -> list[Json]:
    points: list[Json] = []
    for system, value, rank in (
        ("phone", phone, 1),
        ("phone", phone_alt, 2),
        ("fax", fax, 0),
        ("email", email, 0),
    ):
        if value.strip():
            point: Json = {"system": system, "value": value.strip()}
            if use:
                point["use"] = use
            if system == "phone" and phone.strip() and phone_alt.strip():
                point["rank"] = rank
            points.append(point)
    return points


_PRACTITIONER_ROLES = frozenset(
    {ContactRole.PHYSICIAN, ContactRole.THERAPIST, ContactRole.SOCIAL_WORKER}
)
_ORGANIZATION_ROLES = frozenset({ContactRole.PHARMACY, ContactRole.AGENCY})
_RELATIONSHIPS = {
    ContactRole.POWER_OF_ATTORNEY: (_V3_ROLE, "POWATT", "power of attorney"),
    ContactRole.EMERGENCY_CONTACT: (_V2_0131, "C", "Emergency Contact"),
}
_EMERGENCY = (_V2_0131, "C", "Emergency Contact")


def _contact_type(contact: Contact, roles: Sequence[ContactRole]) -> str:
    """Which FHIR resource a contact becomes: from its roles for this patient, then its own."""
    for role in (*roles, contact.role):
        if role in _PRACTITIONER_ROLES:
            return "Practitioner"
        if role in _ORGANIZATION_ROLES:
            return "Organization"
        if role != ContactRole.OTHER:
            return "RelatedPerson"
    same = contact.organization.strip().casefold() == contact.name.strip().casefold()
    return "Organization" if same else "RelatedPerson"


# A number ("2", "0.5", "2,5", "½", "1½"), a range ("1-2", "1 to 2"), then a unit of words.
_NUMBER = r"(\d+(?:[.,]\d+)?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])"
_AMOUNT = re.compile(rf"{_NUMBER}(?:\s*(?:-|–|to)\s*{_NUMBER})?\s*([^\W\d_][\w/%.µ ]*)?")
_UCUM_UNITS = {
    "mg": "mg",
    "g": "g",
    "mcg": "ug",
    "microgram": "ug",
    "micrograms": "ug",
    "ml": "mL",
    "l": "L",
    "%": "%",
}


def _number(text: str) -> float:
    fraction = text[-1] if not text[-1].isdigit() else ""
    whole = text[:-1] if fraction else text
    value = float(whole.replace(",", ".")) if whole else 0.0
    return round(value + (unicodedata.numeric(fraction) if fraction else 0.0), 4)


def _decimal(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _quantity(value: float, unit: str) -> Json:
    quantity: Json = {"value": _decimal(value)}
    if unit:
        quantity["unit"] = unit
        code = _UCUM_UNITS.get(unit.casefold())
        if code:
            quantity.update(system=_UCUM, code=code)
    return quantity


def _amount(text: str) -> tuple[float, float | None, str] | None:
    """ "2 tablets" -> (2, None, "tablets"), "1-2 puffs" -> (1, 2, "puffs"); None unless the whole
    text is such an amount of something positive."""
    match = _AMOUNT.fullmatch(text.strip())
    if not match:
        return None
    low = _number(match.group(1))
    high = _number(match.group(2)) if match.group(2) else None
    if low <= 0 or (high is not None and high < low):
        return None
    return low, high, (match.group(3) or "").strip()


_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def _times_of_day(text: str) -> list[str] | None:
    """ "08:00, 20:00" -> ["08:00:00", "20:00:00"]; None unless it is only such times."""
    parts = [part.strip() for part in re.split(r",|;|\band\b", text) if part.strip()]
    times = []
    for part in parts:
        match = _CLOCK.fullmatch(part)
        if not match:
            return None
        times.append(f"{int(match.group(1)):02d}:{match.group(2)}:00")
    return sorted(set(times)) or None


_COUNTS = {"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNITS = {
    "day": "d",
    "daily": "d",
    "week": "wk",
    "weekly": "wk",
    "month": "mo",
    "monthly": "mo",
    "hour": "h",
    "hours": "h",
    "days": "d",
    "weeks": "wk",
}
_WEEKDAYS = {
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
}
_TIMES = (
    r"(?P<count>once|twice|(?:\d+|one|two|three|four|five|six) times?)\s+"
    r"(?:(?:a|per|each|every)\s+)?(?P<unit>daily|day|weekly|week|monthly|month)"
)
_EVERY = r"every\s+(?P<every>\d+)\s+(?P<units>hours|days|weeks)"
_BARE = r"(?P<bare>daily|weekly|monthly)"
_ON_DAYS = r"(?:\s*\((?P<days>[a-z, ]+)\)|\s+on\s+(?P<days_on>[a-z, ]+?))?"
_FREQUENCY = re.compile(rf"(?:{_TIMES}|{_EVERY}|{_BARE}){_ON_DAYS}")
_WHEN = {
    "at night": "NIGHT",
    "at bedtime": "HS",
    "in the morning": "MORN",
    "every morning": "MORN",
    "in the evening": "EVE",
    "every evening": "EVE",
}


def _repeat(frequency: str) -> Json | None:
    """The Timing.repeat a written frequency means, when it is one of the common phrasings."""
    text = " ".join(frequency.casefold().split())
    if text in _WHEN:
        return {"when": [_WHEN[text]]}
    match = _FREQUENCY.fullmatch(text)
    if not match:
        return None
    if match.group("every"):
        repeat: Json = {
            "frequency": 1,
            "period": int(match.group("every")),
            "periodUnit": _UNITS[match.group("units")],
        }
    elif match.group("bare"):
        repeat = {"frequency": 1, "period": 1, "periodUnit": _UNITS[match.group("bare")]}
    else:
        count = match.group("count").split()[0]
        times = int(count) if count.isdigit() else _COUNTS[count]
        repeat = {"frequency": times, "period": 1, "periodUnit": _UNITS[match.group("unit")]}
    days = match.group("days") or match.group("days_on")
    if days:
        names = [
            _WEEKDAYS.get(day.strip().removesuffix("s")) for day in re.split(r",|\band\b", days)
        ]
        if not all(names):
            return None
        repeat["dayOfWeek"] = names
    return repeat


def _dosage(medication: Medication) -> Json:
    """The one Dosage of a MedicationStatement, structured as far as the text allows."""
    sig = [medication.dose, medication.route, medication.frequency]
    times = _times_of_day(medication.times_of_day) if medication.times_of_day.strip() else None
    if medication.times_of_day.strip():
        sig.append(f"at {medication.times_of_day.strip()}")
    clauses = [" ".join(" ".join(part.split()) for part in sig if part.strip())]
    if medication.as_needed:
        reason = medication.as_needed_reason.strip()
        clauses.append(f"as needed for {reason}" if reason else "as needed")
    if medication.max_per_day.strip():
        clauses.append(f"at most {medication.max_per_day.strip()} a day")
    dosage: Json = {
        "text": "; ".join(clause for clause in clauses if clause),
        "patientInstruction": medication.instructions.strip(),
    }
    timing: Json = {}
    repeat = _repeat(medication.frequency) if medication.frequency.strip() else None
    if times:
        if repeat is not None and "when" in repeat:
            repeat = None  # FHIR allows times of day or periods of day, not both
        repeat = {**(repeat or {}), "timeOfDay": times}
    if repeat:
        timing["repeat"] = repeat
    written = " ".join(
        part
        for part in (
            medication.frequency.strip(),
            ""
            if times or not medication.times_of_day.strip()
            else f"at {medication.times_of_day.strip()}",
        )
        if part
    )
    if written:
        timing["code"] = _text(written)
    dosage["timing"] = timing
    if medication.as_needed and medication.as_needed_reason.strip():
        dosage["asNeededCodeableConcept"] = _text(medication.as_needed_reason.strip())
    else:
        dosage["asNeededBoolean"] = medication.as_needed
    if medication.route.strip():
        dosage["route"] = _text(medication.route.strip())
    dose = _amount(medication.dose)
    if dose is not None:
        low, high, unit = dose
        dosage["doseAndRate"] = [
            {"doseQuantity": _quantity(low, unit)}
            if high is None
            else {"doseRange": {"low": _quantity(low, unit), "high": _quantity(high, unit)}}
        ]
    most = _amount(medication.max_per_day)
    if most is not None and most[1] is None:
        dosage["maxDosePerPeriod"] = {
            "numerator": _quantity(most[0], most[2]),
            "denominator": {"value": 1, "unit": "day", "system": _UCUM, "code": "d"},
        }
    return _prune(dosage)


def _condition_code(condition: Condition) -> Json:
    code = condition.code.strip()
    concept: Json = {"text": condition.description}
    if re.fullmatch(r"\d{6,18}", code):
        concept["coding"] = [{"system": _SNOMED, "code": code}]
    elif re.fullmatch(r"[A-TV-Z]\d\d(?:\.[0-9A-Z]{1,4})?", code.upper()):
        concept["coding"] = [{"system": _ICD10, "code": code.upper()}]
    elif code:
        concept["text"] = f"{condition.description} ({code})"
    return concept


_CLINICAL_DISPLAY = {"active": "Active", "inactive": "Inactive", "resolved": "Resolved"}
_ACHIEVEMENT_DISPLAY = {
    "in-progress": "In Progress",
    "improving": "Improving",
    "worsening": "Worsening",
    "no-change": "No Change",
    "achieved": "Achieved",
    "not-achieved": "Not Achieved",
}
_APPOINTMENT_STATUS = {
    AppointmentStatus.BOOKED: "booked",
    AppointmentStatus.DONE: "fulfilled",
    AppointmentStatus.CANCELLED: "cancelled",
    AppointmentStatus.NO_SHOW: "noshow",
}
_TASK_STATUS = {
    TaskStatus.OPEN: "requested",
    TaskStatus.DONE: "completed",
    TaskStatus.CANCELLED: "cancelled",
}
# Appointment.participant.actor may not be an Organization (it may be a HealthcareService or
# Location, which a carebook contact is not): an agency there is named, not referenced.
_APPOINTMENT_ACTORS = frozenset({"Practitioner", "RelatedPerson"})


def _narrative(paragraphs: Sequence[str]) -> Json:
    body = "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


@dataclass(slots=True)
class _Section:
    title: str
    code: tuple[str, str] | None  # LOINC code and display
    entries: list[Json] = field(default_factory=list)


class _Builder:
    """One document: the resources in the order they are made, each section's references."""

    def __init__(
        self,
        source: FhirSource,
        patient: Patient,
        generated: datetime,
        contacts: dict[int, Json] | None = None,
    ) -> None:
        """`contacts` (contact id -> resource) may be shared by the builders of several
        patients, so that each contact is made once (see fhir_caseload); a contact made by
        another builder is referred to, not added again."""
        assert patient.id is not None
        self.source = source
        self.patient = patient
        self.generated = _instant(generated)
        self.resources: list[Json] = []
        self.contacts: dict[int, Json] = {} if contacts is None else contacts
        self.conditions: dict[int, Json] = {}
        self.sections = {
            "team": _Section(
                "Care team and contacts", ("85847-2", "Patient Care team information")
            ),
            "problems": _Section("Problems", ("11450-4", "Problem list - Reported")),
            "allergies": _Section(
                "Allergies and intolerances",
                ("48765-2", "Allergies and adverse reactions Document"),
            ),
            "medications": _Section(
                "Medications", ("10160-0", "History of Medication use Narrative")
            ),
            "plans": _Section("Care plans", ("18776-5", "Plan of care note")),
            "goals": _Section("Goals", ("61146-7", "Goals")),
            "appointments": _Section("Appointments", None),
            "tasks": _Section("Tasks", None),
        }
        self.patient_resource = self._patient()
        self.subject = _ref(self.patient_resource)

    def _add(self, resource: Json, section: str = "") -> Json:
        resource = _prune(resource)
        self.resources.append(resource)
        if section:
            self.sections[section].entries.append(_ref(resource))
        return resource

    # -- the document ---------------------------------------------------------------------------

    def records(self) -> None:
        """Make the resources of the patient's record (`resources`), without the document."""
        team = self._care_team()
        self._conditions()
        self._allergies()
        self._medications()
        self._care_plans(team)
        self._appointments()
        self._tasks()

    def bundle(self) -> Json:
        patient_id = self.patient.id
        self.records()
        device = self._add(
            {
                "resourceType": "Device",
                "id": "carebook",
                "deviceName": [{"name": "carebook", "type": "user-friendly-name"}],
                "type": _text("Care coordination software"),
                "version": [{"value": __version__}],
            }
        )
        sections: list[Json] = [
            _prune(
                {
                    "title": section.title,
                    "code": _coded(_LOINC, *section.code) if section.code else None,
                    "entry": section.entries,
                }
            )
            for section in self.sections.values()
            if section.entries
        ]
        notes = [
            f"{label}: {text.strip()}"
            for label, text in (
                ("Home access", self.patient.access_notes),
                ("Notes", self.patient.notes),
            )
            if text.strip()
        ]
        if notes:
            sections.append({"title": "Patient notes", "text": _narrative(notes)})
        stamp = f"Patient/patient-{patient_id}|{self.generated}"
        composition = _prune(
            {
                "resourceType": "Composition",
                "id": f"summary-patient-{patient_id}",
                "identifier": {
                    "system": "urn:ietf:rfc:3986",
                    "value": f"urn:uuid:{uuid.uuid5(NAMESPACE, 'Composition|' + stamp)}",
                },
                "status": "final",
                "type": _coded(_LOINC, "18776-5", "Plan of care note", TITLE),
                "subject": _ref(self.patient_resource, self.patient.display_name),
                "date": self.generated,
                "author": [_ref(device, "carebook")],
                "title": TITLE,
                "section": sections,
            }
        )
        document_id = uuid.uuid5(NAMESPACE, "Bundle|" + stamp)
        return {
            "resourceType": "Bundle",
            "id": str(document_id),
            "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{document_id}"},
            "type": "document",
            "timestamp": self.generated,
            "entry": [
                {
                    "fullUrl": f"{BASE}{resource['resourceType']}/{resource['id']}",
                    "resource": resource,
                }
                for resource in (composition, *self.resources)
            ],
        }

    # -- the patient and the people around them -------------------------------------------------

    def _patient(self) -> Json:
        patient = self.patient
        names: list[Json] = []
        official = _prune(
            {
                "use": "official",
                "family": patient.family.strip(),
                "given": [patient.given.strip()] if patient.given.strip() else [],
            }
        )
        if len(official) > 1:
            names.append(official)
        preferred = patient.preferred_name.strip()
        if preferred and preferred != patient.given.strip():
            names.append({"use": "nickname", "given": [preferred]})
        identifiers: list[Json] = []
        if patient.external_id.strip():
            identifiers.append(
                {
                    "use": "usual",
                    "type": _coded(_V2_0203, "MR", "Medical record number", "MRN"),
                    "value": patient.external_id.strip(),
                }
            )
        if patient.member_id.strip() or patient.payer.strip():
            identifiers.append(
                _prune(
                    {
                        "type": _coded(_V2_0203, "MB", "Member Number", "Member number"),
                        "value": patient.member_id.strip(),
                        "assigner": {"display": patient.payer.strip()}
                        if patient.payer.strip()
                        else None,
                    }
                )
            )
        address = _prune(
            {
                "use": "home",
                "text": patient.address,
                "line": [patient.address_line.strip()] if patient.address_line.strip() else [],
                "city": patient.city.strip(),
                "state": patient.region.strip(),
                "postalCode": patient.postal_code.strip(),
            }
        )
        if patient.lat is not None and patient.lon is not None:
            address["extension"] = [
                {
                    "url": _GEOLOCATION,
                    "extension": [
                        {"url": "latitude", "valueDecimal": patient.lat},
                        {"url": "longitude", "valueDecimal": patient.lon},
                    ],
                }
            ]
        deceased = patient.status is PatientStatus.DECEASED
        resource: Json = {
            "resourceType": "Patient",
            "id": f"patient-{patient.id}",
            "identifier": identifiers,
            "active": patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD),
            "name": names,
            "telecom": _telecom(patient.phone, "", patient.email, patient.phone_alt, "home"),
            "gender": patient.sex.value if patient.sex is not None else None,
            "birthDate": _day(patient.birth_date),
            "address": [address] if len(address) > 1 else [],
            "communication": [{"language": _text(patient.language.strip()), "preferred": True}]
            if patient.language.strip()
            else [],
        }
        if deceased:
            resource["deceasedBoolean"] = True
        return self._add(resource)

    def _contact(
        self, contact: Contact, roles: Sequence[ContactRole] = (), emergency: bool = False
    ) -> Json:
        """The contact's resource, made the first time it is needed."""
        assert contact.id is not None
        if contact.id in self.contacts:
            return self.contacts[contact.id]
        resource = self._add(contact_resource(contact, roles, emergency, self.subject), "team")
        self.contacts[contact.id] = resource
        return resource

    def _contact_ref(self, contact_id: int | None, display: str = "") -> Json | None:
        """A reference to a contact (added to the document if not yet there), or None."""
        if contact_id is None:
            return None
        if contact_id in self.contacts:
            resource: Json | None = self.contacts[contact_id]
        else:
            contact = self.source.contact(contact_id)
            resource = self._contact(contact) if contact is not None else None
        if resource is None:
            return None
        return _ref(resource, display or _name_of(resource))

    def _care_team(self) -> Json | None:
        assert self.patient.id is not None
        members = self.source.care_team(self.patient.id)
        if not members:
            return None
        roles: dict[int, list[ContactRole]] = {}
        emergency: dict[int, bool] = {}
        for member, _contact in members:
            roles.setdefault(member.contact_id, []).append(member.role)
            emergency[member.contact_id] = emergency.get(member.contact_id, False) or (
                member.is_emergency
            )
        participants: list[Json] = []
        notes: list[Json] = []
        for member, contact in members:
            resource = self._contact(
                contact, roles[member.contact_id], emergency[member.contact_id]
            )
            role = [_text(member.role.label)]
            if member.is_emergency and member.role != ContactRole.EMERGENCY_CONTACT:
                role.append(_coded(*_EMERGENCY, "Emergency contact"))
            participant: Json = {"role": role, "member": _ref(resource, contact.name)}
            if resource["resourceType"] == "Practitioner" and contact.organization.strip():
                participant["onBehalfOf"] = {"display": contact.organization.strip()}
            participants.append(participant)
            said = _distinct(member.notes, contact.notes)
            if said:
                notes.append({"text": f"{contact.name} ({member.role.label}): " + "; ".join(said)})
        team = self._add(
            {
                "resourceType": "CareTeam",
                "id": f"care-team-patient-{self.patient.id}",
                "status": "active",
                "name": f"Care team of {self.patient.display_name}",
                "subject": self.subject,
                "participant": participants,
                "note": notes,
            }
        )
        self.sections["team"].entries.insert(0, _ref(team))  # the team, then its members
        return team

    # -- the clinical record --------------------------------------------------------------------

    def _conditions(self) -> None:
        assert self.patient.id is not None
        for condition in self.source.conditions(self.patient.id):
            assert condition.id is not None
            status = condition.status.value
            notes = [_text(condition.notes.strip())] if condition.notes.strip() else []
            abatement = _day(condition.abatement_date)
            if abatement and status == "active":
                # FHIR: an abated condition is not active (con-4); keep the date as a note.
                notes.append(_text(f"Abated {abatement}, active again since."))
                abatement = None
            self.conditions[condition.id] = self._add(
                {
                    "resourceType": "Condition",
                    "id": f"condition-{condition.id}",
                    "clinicalStatus": _coded(
                        _CONDITION_CLINICAL, status, _CLINICAL_DISPLAY[status]
                    ),
                    "category": [
                        _coded(_CONDITION_CATEGORY, "problem-list-item", "Problem List Item")
                    ],
                    "code": _condition_code(condition),
                    "subject": self.subject,
                    "onsetDateTime": _day(condition.onset_date),
                    "abatementDateTime": abatement,
                    "note": notes,
                },
                "problems",
            )

    def _allergies(self) -> None:
        assert self.patient.id is not None
        for allergy in self.source.allergies(self.patient.id):
            status = allergy.status.value
            reaction: Json = {}
            if allergy.reaction.strip() or allergy.severity is not None:
                reaction = _prune(
                    {
                        "manifestation": [_text(allergy.reaction.strip() or "Not recorded")],
                        "severity": allergy.severity.value if allergy.severity else None,
                    }
                )
            self._add(
                {
                    "resourceType": "AllergyIntolerance",
                    "id": f"allergy-{allergy.id}",
                    "clinicalStatus": _coded(_ALLERGY_CLINICAL, status, _CLINICAL_DISPLAY[status]),
                    "criticality": _code(allergy.criticality.value)
                    if allergy.criticality
                    else None,
                    "code": _text(allergy.substance),
                    "patient": self.subject,
                    "recordedDate": _day(allergy.noted_date),
                    "reaction": [reaction] if reaction else [],
                },
                "allergies",
            )

    def _medications(self) -> None:
        assert self.patient.id is not None
        for medication in self.source.medications(self.patient.id):
            assert medication.id is not None
            prescriber = self._contact_ref(medication.prescriber_id)
            pharmacy = self._contact_ref(medication.pharmacy_id)
            notes: list[Json] = []
            if prescriber:
                notes.append(_text(f"Prescribed by {prescriber['display']}"))
            if pharmacy:
                notes.append(_text(f"Pharmacy: {pharmacy['display']}"))
            if medication.next_review:
                notes.append(_text(f"Next review due {medication.next_review.isoformat()}"))
            for event in self.source.medication_history(medication.id):
                said = event.kind.label
                if event.detail.strip():
                    said += f": {event.detail.strip()}"
                if event.reason.strip():
                    said += f". Reason: {event.reason.strip()}"
                notes.append({"time": event.on_date.isoformat(), "text": said})
            name = " ".join(
                part for part in (medication.name.strip(), medication.strength.strip()) if part
            )
            self._add(
                {
                    "resourceType": "MedicationStatement",
                    "id": f"medication-{medication.id}",
                    "status": _code(medication.status.value),
                    "statusReason": [_text(medication.stop_reason.strip())]
                    if medication.stop_reason.strip()
                    else [],
                    "medicationCodeableConcept": _text(name),
                    "subject": self.subject,
                    "effectivePeriod": _period(
                        _day(medication.start_date), _day(medication.end_date)
                    ),
                    "dateAsserted": _day(medication.last_review),
                    "informationSource": prescriber,
                    "reasonCode": [_text(medication.indication.strip())]
                    if medication.indication.strip()
                    else [],
                    "note": notes,
                    "dosage": [_dosage(medication)],
                },
                "medications",
            )

    def _problem_ref(self, problem: Problem) -> Json:
        """The Condition a care plan's problem is about: its condition, or one made from it."""
        assert problem.id is not None
        condition = self.conditions.get(problem.condition_id or -1)
        if condition is None:
            key = -problem.id  # problems' own Conditions, apart from the patient's conditions
            condition = self.conditions.get(key)
            if condition is None:
                condition = self.conditions[key] = self._add(
                    {
                        "resourceType": "Condition",
                        "id": f"problem-{problem.id}",
                        "category": [_text("Care plan problem")],
                        "code": _text(problem.description),
                        "subject": self.subject,
                    },
                    "problems",
                )
        return _ref(condition, problem.description)

    def _care_plans(self, team: Json | None) -> None:
        assert self.patient.id is not None
        for plan in self.source.care_plans(self.patient.id):
            assert plan.id is not None
            problems = {
                problem.id: self._problem_ref(problem) for problem in self.source.problems(plan.id)
            }
            goals: dict[int | None, Json] = {}
            for goal in self.source.goals(plan.id):
                goals[goal.id] = self._goal(goal, problems.get(goal.problem_id))
            activities = [
                self._activity(intervention, goals)
                for intervention in self.source.interventions(plan.id)
            ]
            notes = [_text(plan.notes.strip())] if plan.notes.strip() else []
            for review in self.source.care_plan_reviews(plan.id):
                notes.append(
                    {
                        "time": review.on_date.isoformat(),
                        "text": f"Review: {review.outcome.strip() or 'reviewed'}",
                    }
                )
            if plan.next_review:
                notes.append(_text(f"Next review due {plan.next_review.isoformat()}"))
            addresses = list({ref["reference"]: ref for ref in problems.values()}.values())
            self._add(
                {
                    "resourceType": "CarePlan",
                    "id": f"care-plan-{plan.id}",
                    "status": _code(plan.status.value),
                    "intent": "plan",
                    "title": plan.title,
                    "subject": self.subject,
                    "period": _period(_day(plan.period_start), _day(plan.period_end)),
                    "careTeam": [_ref(team)] if team else [],
                    "addresses": addresses,
                    "goal": [_ref(goal) for goal in goals.values()],
                    "activity": activities,
                    "note": notes,
                },
                "plans",
            )

    def _goal(self, goal: Goal, addresses: Json | None) -> Json:
        target: Json = {"dueDate": _day(goal.due_date)}
        if goal.target.strip():
            # A target's detail needs its measure (gol-1): what is tracked, and the aim.
            target.update(measure=_text(goal.description), detailString=goal.target.strip())
        achievement = _code(goal.achievement.value) if goal.achievement else None
        return self._add(
            {
                "resourceType": "Goal",
                "id": f"goal-{goal.id}",
                "lifecycleStatus": _code(goal.lifecycle.value),
                "achievementStatus": _coded(
                    _GOAL_ACHIEVEMENT,
                    achievement,
                    _ACHIEVEMENT_DISPLAY[achievement],
                    label_of(goal.achievement),
                )
                if achievement
                else None,
                "description": _text(goal.description),
                "subject": self.subject,
                "target": [_prune(target)] if _prune(target) else [],
                "addresses": [addresses] if addresses else [],
            },
            "goals",
        )

    def _activity(self, intervention: Intervention, goals: dict[int | None, Json]) -> Json:
        performer = self._contact_ref(intervention.contact_id, intervention.performer.strip())
        if performer is None and intervention.performer.strip():
            performer = {"display": intervention.performer.strip()}
        goal = goals.get(intervention.goal_id) if intervention.goal_id is not None else None
        return {
            "detail": _prune(
                {
                    "status": _code(intervention.status.value),
                    "description": intervention.description,
                    "goal": [_ref(goal)] if goal else [],
                    "performer": [performer] if performer else [],
                    "scheduledString": intervention.frequency.strip(),
                }
            )
        }

    # -- appointments and tasks -----------------------------------------------------------------

    def _appointments(self) -> None:
        assert self.patient.id is not None
        for appointment in self.source.appointments_for(self.patient.id):
            zone = _zone(appointment.tz)
            participants: list[Json] = [
                {
                    "actor": _ref(self.patient_resource, self.patient.display_name),
                    "required": "required",
                    "status": "accepted",
                }
            ]
            contact = self._contact_ref(appointment.contact_id, appointment.with_whom.strip())
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
                        for part in (
                            appointment.transport.label,
                            appointment.transport_details.strip(),
                        )
                        if part
                    )
                )
            if appointment.rrule.strip():
                rule = appointment.rrule.strip()
                rule = rule if rule.upper().startswith("RRULE:") else f"RRULE:{rule}"
                comment.append(
                    f"Repeats: {describe(rule)} ({rule}); the first visit is the one dated here"
                )
            self._add(
                {
                    "resourceType": "Appointment",
                    "id": f"appointment-{appointment.id}",
                    "status": _APPOINTMENT_STATUS[appointment.status],
                    "serviceType": [_text(appointment.kind.label)],
                    "description": appointment.purpose.strip(),
                    "start": _instant(appointment.start, zone),
                    "end": _instant(appointment.end, zone),
                    "minutesDuration": appointment.duration_min,
                    "comment": "\n".join(line for line in comment if line),
                    "participant": participants,
                },
                "appointments",
            )

    def _tasks(self) -> None:
        assert self.patient.id is not None
        for task in self.source.tasks_for(self.patient.id):
            self._add(task_resource(task, self.subject), "tasks")


def contact_resource(
    contact: Contact,
    roles: Sequence[ContactRole] = (),
    emergency: bool = False,
    subject: Json | None = None,
) -> Json:
    """A contact as a Practitioner, Organization or RelatedPerson of the patient `subject`
    (a Person when there is no patient to be related to), not yet pruned."""
    kind = _contact_type(contact, roles)
    if kind == "RelatedPerson" and subject is None:
        kind = "Person"
    resource: Json = {"resourceType": kind, "id": f"contact-{contact.id}", "active": True}
    telecom = _telecom(
        contact.phone,
        contact.fax,
        contact.email,
        use="work" if kind not in ("RelatedPerson", "Person") else "",
    )
    address = [{"text": contact.address.strip()}] if contact.address.strip() else []
    if kind == "Organization":
        resource["name"] = contact.name
        if contact.organization.strip() and contact.organization.strip() != contact.name:
            resource["partOf"] = {"display": contact.organization.strip()}
    else:
        resource["name"] = [{"text": contact.name}]
    if kind == "RelatedPerson":
        resource["patient"] = subject
        relationships: list[Json] = []
        for role in dict.fromkeys(roles or (contact.role,)):
            if role in _RELATIONSHIPS:
                system, code, display = _RELATIONSHIPS[role]
                relationships.append(_coded(system, code, display, role.label))
            elif role not in _PRACTITIONER_ROLES | _ORGANIZATION_ROLES:
                relationships.append(_text(role.label))
        if emergency and not any(
            r.get("coding", [{}])[0].get("code") == "C" for r in relationships
        ):
            relationships.append(_coded(*_EMERGENCY, "Emergency contact"))
        resource["relationship"] = relationships
    resource["telecom"] = telecom
    resource["address"] = address
    return resource


def task_resource(task: Task, subject: Json | None) -> Json:
    """A task as a FHIR Task, for the patient `subject` (None: a task of the team's own), not
    yet pruned."""
    due: str | None = None
    if task.due_date is not None:
        due = (
            _instant(datetime.combine(task.due_date, task.due_time))
            if task.due_time is not None
            else task.due_date.isoformat()
        )
    notes = [_text(task.details.strip())] if task.details.strip() else []
    if task.rrule.strip():
        notes.append(_text(f"Repeats: {describe(task.rrule.strip())} ({task.rrule.strip()})"))
    done = (
        _instant(task.completed_at)
        if task.completed_at is not None and task.status is TaskStatus.DONE
        else None
    )
    return {
        "resourceType": "Task",
        "id": f"task-{task.id}",
        "status": _TASK_STATUS[task.status],
        "intent": "order",
        "priority": task.priority.value,
        "description": task.title,
        "for": subject,
        "executionPeriod": {"end": done} if done else None,
        "restriction": {"period": {"end": due}} if due else None,
        "note": notes,
    }


def _distinct(*texts: str) -> list[str]:
    """The texts that say something the others do not ("Daughter" is in "Daughter; lives…")."""
    kept = [text.strip() for text in dict.fromkeys(texts) if text.strip()]
    return [
        text
        for text in kept
        if not any(text != other and text.casefold() in other.casefold() for other in kept)
    ]


def _name_of(resource: Json) -> str:
    name = resource.get("name")
    if isinstance(name, str):
        return name
    if isinstance(name, list) and name:
        return str(name[0].get("text", ""))
    return ""


# -- checking a document -------------------------------------------------------------------------


def _where(bundle: Json, location: Sequence[int | str]) -> str:
    """ "entry.3.resource.dosage.0" as "MedicationStatement/medication-4 dosage.0"."""
    parts = [str(part) for part in location]
    if len(parts) >= 3 and parts[0] == "entry" and parts[2] == "resource":
        try:
            resource = bundle["entry"][int(parts[1])]["resource"]
            name = f"{resource.get('resourceType')}/{resource.get('id')}"
        except (KeyError, IndexError, TypeError, ValueError):
            name = f"entry {parts[1]}"
        return " ".join((name, ".".join(parts[3:]))).strip()
    return ".".join(parts) or "the bundle"


def _model_problem(error: pydantic.ValidationError, bundle: Json) -> str:
    problems = error.errors()
    first = problems[0]
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    where = _where(bundle, first.get("loc", ())) if isinstance(bundle, dict) else "the bundle"
    return f"Not a valid FHIR R4 bundle: {where}: {message}{more}"


def _check_document(bundle: Json, entries: list[Json]) -> None:
    if bundle.get("type") != "document":
        raise ValueError('Not a FHIR document: the bundle\'s type is not "document"')
    identifier = bundle.get("identifier") or {}
    if not (identifier.get("system") and identifier.get("value")) or not bundle.get("timestamp"):
        raise ValueError(
            "Not a FHIR document: it needs an identifier (system and value) and a timestamp"
        )
    if not entries or entries[0]["resource"].get("resourceType") != "Composition":
        raise ValueError("Not a FHIR document: its first entry must be a Composition")


# The codes of the required value sets for the coded fields this module writes: the models
# check structure and types, not which codes are used.
_REQUIRED_CODES: dict[str, dict[str, frozenset[str]]] = {
    "Composition": {"status": frozenset({"preliminary", "final", "amended", "entered-in-error"})},
    "Patient": {"gender": frozenset({"male", "female", "other", "unknown"})},
    "CareTeam": {
        "status": frozenset({"proposed", "active", "suspended", "inactive", "entered-in-error"})
    },
    "Condition": {
        "clinicalStatus.coding.code": frozenset(
            {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}
        )
    },
    "AllergyIntolerance": {
        "clinicalStatus.coding.code": frozenset({"active", "inactive", "resolved"}),
        "criticality": frozenset({"low", "high", "unable-to-assess"}),
        "reaction.severity": frozenset({"mild", "moderate", "severe"}),
    },
    "MedicationStatement": {
        "status": frozenset(
            {
                "active",
                "completed",
                "entered-in-error",
                "intended",
                "stopped",
                "on-hold",
                "unknown",
                "not-taken",
            }
        )
    },
    "Goal": {
        "lifecycleStatus": frozenset(
            {
                "proposed",
                "planned",
                "accepted",
                "active",
                "on-hold",
                "completed",
                "cancelled",
                "entered-in-error",
                "rejected",
            }
        )
    },
    "CarePlan": {
        "status": frozenset(
            {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
        ),
        "intent": frozenset({"proposal", "plan", "order", "option"}),
        "activity.detail.status": frozenset(
            {
                "not-started",
                "scheduled",
                "in-progress",
                "on-hold",
                "completed",
                "cancelled",
                "stopped",
                "unknown",
                "entered-in-error",
            }
        ),
    },
    "Appointment": {
        "status": frozenset(
            {
                "proposed",
                "pending",
                "booked",
                "arrived",
                "fulfilled",
                "cancelled",
                "noshow",
                "entered-in-error",
                "checked-in",
                "waitlist",
            }
        ),
        "participant.status": frozenset({"accepted", "declined", "tentative", "needs-action"}),
    },
    "DocumentReference": {"status": frozenset({"current", "superseded", "entered-in-error"})},
    "Task": {
        "status": frozenset(
            {
                "draft",
                "requested",
                "received",
                "accepted",
                "rejected",
                "ready",
                "cancelled",
                "in-progress",
                "on-hold",
                "failed",
                "completed",
                "entered-in-error",
            }
        ),
        "intent": frozenset(
            {
                "unknown",
                "proposal",
                "plan",
                "order",
                "original-order",
                "reflex-order",
                "filler-order",
                "instance-order",
                "option",
            }
        ),
        "priority": frozenset({"routine", "urgent", "asap", "stat"}),
    },
}


def _values(data: Any, path: Sequence[str]) -> Iterator[Any]:
    if isinstance(data, list):
        for item in data:
            yield from _values(item, path)
    elif not path:
        yield data
    elif isinstance(data, dict) and path[0] in data:
        yield from _values(data[path[0]], path[1:])


def check_codes(entries: list[Json]) -> None:
    """Refuse an entry whose required code R4 fixes (a status, say) is not one it allows."""
    for entry in entries:
        resource = entry["resource"]
        for path, allowed in _REQUIRED_CODES.get(resource.get("resourceType", ""), {}).items():
            for value in _values(resource, path.split(".")):
                if value not in allowed:
                    raise ValueError(
                        f"Not a valid FHIR R4 bundle: {resource['resourceType']}/"
                        f"{resource.get('id')} {path}: {value!r} is not one of the codes "
                        f"allowed there"
                    )


def references_in(data: Any) -> Iterator[str]:
    """Every `reference` string anywhere inside a resource (or any part of one)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from references_in(item)


#: A RESTful reference or fullUrl: [base/]Type/id.
RESTFUL = re.compile(r"(?P<base>.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})")


def _check_references(entries: list[Json]) -> None:
    """Every reference names an entry: an absolute one its fullUrl; a relative "Type/id" the
    entry found by resolving it against the base of the referring entry's fullUrl (or, where
    that fullUrl is not RESTful, the entry of that type and id)."""
    full_urls: set[str] = set()
    by_type_and_id: set[str] = set()
    for entry in entries:
        resource = entry["resource"]
        name = f"{resource.get('resourceType')}/{resource.get('id')}"
        full_url = entry.get("fullUrl", "")
        if not full_url or full_url in full_urls:
            raise ValueError(f"{name} needs a fullUrl of its own in the bundle")
        restful = RESTFUL.fullmatch(full_url)
        if restful and restful.group("base") and not full_url.endswith("/" + name):
            raise ValueError(f"The fullUrl {full_url!r} does not end with {name!r}")
        full_urls.add(full_url)
        by_type_and_id.add(name)
    for entry in entries:
        resource = entry["resource"]
        restful = RESTFUL.fullmatch(entry.get("fullUrl", ""))
        base = restful.group("base") if restful and restful.group("base") else None
        for reference in references_in(resource):
            if reference.startswith("#"):
                if reference != "#" and not any(
                    item.get("id") == reference[1:] for item in resource.get("contained", [])
                ):
                    raise ValueError(
                        f"{reference!r} in {resource['resourceType']}/"
                        f"{resource.get('id')} names no contained resource"
                    )
                continue
            absolute = ":" in reference.split("/")[0]
            found = (
                reference in full_urls
                if absolute
                else (base + reference in full_urls)
                if base
                else reference in by_type_and_id
            )
            if not found:
                raise ValueError(
                    f"The reference {reference!r} in {resource['resourceType']}/"
                    f"{resource.get('id')} does not resolve inside the bundle"
                )
