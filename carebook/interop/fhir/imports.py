"""FHIR import: a patient record from an EHR download (or carebook's own export) into the caseload.

Reading (fhir.read): R4 Bundles of any type, single resources, and bulk-data NDJSON. Then:

1. Checking (fhir.model_check). Each resource carebook keeps is parsed with the R4 models of
   fhir.resources (its R4B package). A fault in an element carebook reads (or in the resource
   as a whole) is an error; a fault in an element carebook does not read, and an element the
   models do not know, are warnings: EHR downloads are messy, and what carebook never reads
   cannot hurt it. Extensions and contained resources are fine. Codes outside their value sets
   are read as well as they can be (an unknown gender is left out, with a warning).
2. Resolving references (fhir.resolving), as FHIR resolves them inside a Bundle: "#id" to a
   contained resource, an absolute URL or urn:uuid to the entry with that fullUrl, a relative
   "Type/id" against the base of the referring entry's fullUrl or else to the resource of that
   type and id (which is how NDJSON files refer to each other), an identifier-only reference to
   the resource with that identifier, a conditional reference ("Practitioner?identifier=
   <system>|<value>", as bulk exports point at a practitioner or organisation) to the one
   resource with that identifier (two are an error that says so). A reference to something
   not in the files may name a record imported before (its source identity is in the
   caseload), which is how a later download of only new Conditions finds its patient. A
   record's patient (subject, patient, for, the Appointment's Patient participant) that
   resolves nowhere is an error; any other link that resolves nowhere (a prescriber, a
   performer) is left out with a warning, its display text kept where carebook has a place
   for it.
3. Mapping each resource to carebook records, each kind by its own module (fhir.patient,
   fhir.contact, …, in `MAPPING_ORDER`, keeping their books in fhir.planning): Patient;
   Practitioner, PractitionerRole, Organization, RelatedPerson and Person to contacts in the
   directory, and CareTeam (else RelatedPerson.patient and Patient.generalPractitioner) to
   care-team memberships; Condition; AllergyIntolerance; MedicationStatement and
   MedicationRequest (with their dosage, prescriber, pharmacy and history); CarePlan with its
   problems (addresses), goals and activities; Goal (a goal no CarePlan lists goes into a plan
   called "Goals"); Appointment; Encounter of an appointment, as the record of that visit;
   Task; ServiceRequest that is a referral; DocumentReference holding plain text, as a note;
   a carebook document's "Patient notes". Other resource types are counted and skipped; so is
   what is marked entered-in-error or refuted, and an appointment without a time. carebook's
   own export is read back exactly, with the help of its extension (fhir.extension).
4. Writing (the store's fhir_links): in one transaction (carebook's own export is planned
   and written a patient at a time, still in one: fhir.by_patient); a resource imported
   before is found through the source identities kept for it and updated (or left alone),
   never made twice. A resource's identities, strongest first: each identifier with a system
   ("ident:Patient|<system>|<value>": an MRN or NHS number survives a change of server), its
   fullUrl when absolute or a urn:uuid ("url:…"), and its type and id ("id:Patient/123"). A
   resource of this caseload's own export (its meta.source) is the record its id names.

The rule for broken input: all or nothing. Any error (a file or line that does not read, a
resource that fails its checks or the caseload's own rules, a record whose patient is nowhere)
and nothing is written; the report names each resource (type/id, file and entry or line) and
says why. With `skip_invalid`, the resources in error, and those that depend on them (the
records of a patient in error), are left out and listed, and the rest is imported. What is only
incomplete is not broken: a record carebook's form would ask more of (an as-needed medication
that does not say what for, as EHRs write them) is imported and listed as incomplete.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carebook.core.recurrence import local_zone_name
from carebook.core.words import translate
from carebook.interop.fhir.allergy import read_allergy
from carebook.interop.fhir.appointment import read_appointment
from carebook.interop.fhir.by_patient import import_by_patient, own_layout
from carebook.interop.fhir.care_plan import read_care_plan
from carebook.interop.fhir.care_team import (
    read_care_team,
    read_general_practitioner,
    read_related_member,
    take_listing,
)
from carebook.interop.fhir.condition import read_condition
from carebook.interop.fhir.contact import read_contact, read_practitioner_role
from carebook.interop.fhir.document_reference import read_document_reference
from carebook.interop.fhir.encounter import is_visit_record, read_encounter
from carebook.interop.fhir.goal import read_lone_goal
from carebook.interop.fhir.medication import read_medication
from carebook.interop.fhir.model_check import check_resource
from carebook.interop.fhir.observation import read_measure_kind, read_observation
from carebook.interop.fhir.patient import read_patient, read_patient_notes
from carebook.interop.fhir.planning import Mapper, Planning
from carebook.interop.fhir.read import OWN_ONLY, Reading, read_files
from carebook.interop.fhir.referral import is_referral, read_service_request
from carebook.interop.fhir.report import ERROR, SKIPPED, Finding, ImportReport
from carebook.interop.fhir.resolving import Identified, Links
from carebook.interop.fhir.task import read_task
from carebook.store.fhir_links import FhirImportError, FhirItem

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]

#: Resource types carebook makes records of.
KEPT = frozenset(
    {
        "Patient",
        "Practitioner",
        "PractitionerRole",
        "Organization",
        "RelatedPerson",
        "Person",
        "CareTeam",
        "Condition",
        "AllergyIntolerance",
        "MedicationStatement",
        "MedicationRequest",
        "CarePlan",
        "Goal",
        "Appointment",
        "Task",
        "DocumentReference",
        "Observation",
        "ObservationDefinition",
    }
)
#: Resource types read only through what refers to them (a medication's name, a place).
USED = frozenset(
    {
        "Medication",
        "Location",
        "Composition",
        "Device",
        "HealthcareService",
        "QuestionnaireResponse",
    }
)
#: Types carebook does not keep but reads one thing from: the code a care plan's activity names
#: (its intervention's words). Every other type is only counted as it is read, never held: a
#: bulk export's millions of Observations would otherwise fill memory (so a medication's reason
#: that is an Observation keeps only its display text).
_NAMED_BY_CODE = frozenset(
    {
        "ServiceRequest",
        "CommunicationRequest",
        "DeviceRequest",
        "NutritionOrder",
        "RequestGroup",
        "VisionPrescription",
    }
)
#: Types carebook keeps only some resources of (a referral among requests, a documented visit's
#: Encounter among an EHR's), each by what says it is one: the others are counted as not kept.
_KEPT_WHEN = {"ServiceRequest": is_referral, "Encounter": is_visit_record}
#: (Observations and what goes with them are held only as carebook writes them: fhir.read.)
_HELD = (KEPT | USED | _NAMED_BY_CODE | frozenset(_KEPT_WHEN)) - OWN_ONLY
#: Each kind's mapping, in the order they run: a record is made after what it refers to (the
#: patient and the contacts first), and what one mapping leaves for another (a practitioner's
#: role, the patient's notes in carebook's document) before that one runs.
MAPPING_ORDER: tuple[tuple[str, Mapper], ...] = (
    ("Composition", read_patient_notes),
    ("Patient", read_patient),
    ("PractitionerRole", read_practitioner_role),
    ("Practitioner", read_contact),
    ("Organization", read_contact),
    ("RelatedPerson", read_contact),
    ("Person", read_contact),
    ("CareTeam", read_care_team),
    ("RelatedPerson", read_related_member),
    ("Patient", read_general_practitioner),
    ("Condition", read_condition),
    ("AllergyIntolerance", read_allergy),
    ("MedicationStatement", read_medication),
    ("MedicationRequest", read_medication),
    ("Appointment", read_appointment),
    ("Encounter", read_encounter),
    ("Task", read_task),
    ("ServiceRequest", read_service_request),
    ("CarePlan", read_care_plan),
    ("Goal", read_lone_goal),
    ("DocumentReference", read_document_reference),
    ("ObservationDefinition", read_measure_kind),
    ("Observation", read_observation),
)


# -- the public API ------------------------------------------------------------------------------


def _kept_when(resource: Json) -> bool:
    """Whether a resource of a type carebook keeps only some of is one it keeps."""
    says = _KEPT_WHEN.get(str(resource.get("resourceType")))
    return says is not None and says(resource)


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    zone: str | None = None,
) -> ImportReport:
    """Import the FHIR files `paths` into `store` under the all-or-nothing rule (see above).

    `zone` is the IANA time zone that times without one of carebook's own are read in (an
    appointment's wall-clock time, a task's due time): this computer's, unless given.
    carebook's own whole-caseload export is read and written patient by patient
    (fhir.by_patient), in memory that does not grow with the caseload.
    """
    here = zone or local_zone_name()

    def whole() -> ImportReport:
        reading = read_files(paths, keep=_HELD.__contains__)
        return import_reading(store, reading, skip_invalid=skip_invalid, dry_run=dry_run, zone=here)

    if len(paths) == 1 and own_layout(Path(paths[0])):
        return import_by_patient(
            store,
            Path(paths[0]),
            plan=plan_import,
            whole=whole,
            keep=_HELD.__contains__,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            zone=here,
        )
    return whole()


def import_reading(
    store: Store,
    reading: Reading,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    zone: str | None = None,
) -> ImportReport:
    """Import resources already read (see `import_files`)."""
    plan = plan_import(
        reading,
        links=store.fhir_links.fhir_links,
        identified=store.fhir_links.fhir_identified,
        today=store.today(),
        zone=zone or local_zone_name(),
        own_source=store.fhir_links.fhir_source(),
    )
    report = plan.report
    report.dry_run, report.skip_invalid = dry_run, skip_invalid
    if report.errors and not skip_invalid:
        return report
    summary = f"FHIR: {len(plan.items)} records from {report.files} file(s)"
    try:
        report.applied = store.fhir_links.apply_fhir(plan.items, dry_run=dry_run, summary=summary)
    except FhirImportError as error:
        report.findings.append(Finding(ERROR, translate("FhirImport", "caseload"), str(error)))
        report.applied = None
    return report


@dataclass(slots=True)
class Plan:
    """The records an import would write, in order, and the report so far."""

    items: list[FhirItem]
    report: ImportReport
    #: each resource's items (by "Type/id"), for carebook's own export to compare with
    by_resource: dict[str, list[FhirItem]]


def plan_import(
    reading: Reading,
    *,
    links: Links,
    today: date,
    zone: str,
    check_models: bool = True,
    check_records: bool = True,
    own_source: str = "",
    identified: Identified | None = None,
    listed: Mapping[str, tuple[str, str]] | None = None,
    checked: Collection[str] = (),
) -> Plan:
    """The records `reading` maps to (nothing is written); see the module's docstring.

    `check_models` False skips the R4 models (for resources already checked), and
    `check_records` False the caseload's rules (for records read from it). A resource
    whose meta.source is `own_source` (the caseload's own, fhir.caseload writes it) is the
    record its id names ("condition-12"). `links` looks up the caseload's source identities,
    and `identified` (if given) those of an identifier's value in any system, for a conditional
    reference that names no system. `listed` holds what care teams outside `reading` say of
    the contacts in it, by the reference to each ("Practitioner/contact-3"): its first listing's
    role words and an organisation a listing is on behalf of (a file planned a part at a time);
    `checked` names resources (Type/id) whose R4 models were checked before, not checked again.
    """
    planning = Planning(
        reading,
        links,
        today,
        zone,
        own_source,
        contained_contact=read_contact,
        identified=identified,
    )
    planning.check_records = check_records
    for problem in reading.problems:
        planning.say(ERROR, None, problem.what, problem.where)
    for notice in reading.notices:
        planning.say(SKIPPED, None, notice.what, notice.where)
    planning.report.read.update(reading.skipped)
    planning.report.not_kept.update(reading.skipped)
    planning.index(reading.found, counted=lambda kind: kind in KEPT or kind in USED)
    for entry in planning.entries:
        if entry.name in checked:
            continue
        if check_models and (entry.type in KEPT or _kept_when(entry.resource)):
            check_resource(planning, entry)
    for kind, mapper in MAPPING_ORDER:
        for entry in planning.entries:
            if entry.type == kind:
                planning.map(entry, mapper)
    for entry in planning.entries if listed else ():
        listing = listed.get(entry.name) if listed else None
        if listing is not None and entry.item is not None:
            take_listing(planning, entry.item, *listing)
    for entry in planning.entries:
        if entry.type in _KEPT_WHEN and entry.items:  # counted as not kept when read
            planning.report.not_kept[entry.type] -= 1
    planning.report.not_kept = +planning.report.not_kept  # without the types all kept
    planning.note_incomplete()
    items = [item for bucket in planning.out.values() for item in bucket]
    planning.report.sort()
    return Plan(items, planning.report, planning.by_resource)
