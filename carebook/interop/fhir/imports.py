"""FHIR import: a patient record from an EHR download (or carebook's own export) into the caseload.

Reading (fhir_read): R4 Bundles of any type, single resources, and bulk-data NDJSON. Then:

1. Checking. Each resource carebook keeps is parsed with the R4 models of fhir.resources (its
   R4B package). A fault in an element carebook reads (or in the resource as a whole) is an
   error; a fault in an element carebook does not read, and an element the models do not know,
   are warnings: EHR downloads are messy, and what carebook never reads cannot hurt it.
   Extensions and contained resources are fine. Codes outside their value sets are read as
   well as they can be (an unknown gender is left out, with a warning).
2. Resolving references, as FHIR resolves them inside a Bundle: "#id" to a contained resource,
   an absolute URL or urn:uuid to the entry with that fullUrl, a relative "Type/id" against the
   base of the referring entry's fullUrl or else to the resource of that type and id (which is
   how NDJSON files refer to each other), an identifier-only reference to the resource with that
   identifier. A reference to something not in the files may name a record imported before
   (its source identity is in the caseload), which is how a later download of only new
   Conditions finds its patient. A record's patient (subject, patient, for, the Appointment's
   Patient participant) that resolves nowhere is an error; any other link that resolves nowhere
   (a prescriber, a performer) is left out with a warning, its display text kept where
   carebook has a place for it.
3. Mapping each resource to carebook records: Patient; Practitioner, PractitionerRole,
   Organization, RelatedPerson and Person to contacts in the directory, and CareTeam (else
   RelatedPerson.patient and Patient.generalPractitioner) to care-team memberships; Condition;
   AllergyIntolerance; MedicationStatement and MedicationRequest (with their dosage, prescriber,
   pharmacy and history); CarePlan with its problems (addresses), goals and activities; Goal
   (a goal no CarePlan lists goes into a plan called "Goals"); Appointment; Task;
   DocumentReference holding plain text, as a note; a carebook document's "Patient notes".
   Other resource types are counted and skipped; so is what is marked entered-in-error or
   refuted, and an appointment without a time. carebook's own export is read back exactly,
   with the help of its extension (fhir_extension).
4. Writing (store_fhir): in one transaction; a resource imported before is found through the
   source identities kept for it and updated (or left alone), never made twice. A resource's
   identities, strongest first: each identifier with a system ("ident:Patient|<system>|
   <value>": an MRN or NHS number survives a change of server), its fullUrl when absolute or
   a urn:uuid ("url:…"), and its type and id ("id:Patient/123"). A resource of this
   caseload's own export (its meta.source) is the record its id names.

The rule for broken input: all or nothing. Any error (a file or line that does not read, a
resource that fails its checks or the caseload's own rules, a record whose patient is nowhere)
and nothing is written; the report names each resource (type/id, file and entry or line) and
says why. With `skip_invalid`, the resources in error, and those that depend on them (the
records of a patient in error), are left out and listed, and the rest is imported.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pydantic

from carebook.core.domain import (
    Allergy,
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    CarePlan,
    CarePlanReview,
    CarePlanStatus,
    CareTeamMember,
    Condition,
    ConditionStatus,
    Contact,
    ContactRole,
    Goal,
    GoalAchievement,
    GoalLifecycle,
    Intervention,
    InterventionStatus,
    Medication,
    MedicationEvent,
    MedicationEventKind,
    MedicationStatus,
    Note,
    NoteKind,
    OccurrenceChange,
    Patient,
    PatientStatus,
    Problem,
    Sex,
    Task,
    TaskPriority,
    TaskStatus,
    Transport,
    ValidationError,
)
from carebook.core.validation import validate_record
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.read import Found, Reading, read_files
from carebook.interop.fhir.report import ERROR, SKIPPED, WARNING, Finding, ImportReport
from carebook.storage import records
from carebook.store.fhir_links import OWN, FhirImportError, FhirItem

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]
#: Looks up source identities kept in the caseload: key -> (kind, record id).
Links = Callable[[Iterable[str]], dict[str, tuple[str, int]]]


_SNOMED = "http://snomed.info/sct"
_ICD10 = (
    "http://hl7.org/fhir/sid/icd-10",
    "http://hl7.org/fhir/sid/icd-10-cm",
    "http://hl7.org/fhir/sid/icd-10-uk",
)
_NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
#: The title carebook's own document gives its section of patient notes, and its lines.
_NOTES_SECTION = "Patient notes"
_PROBLEM_CATEGORY = "Care plan problem"

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
    }
)
#: Resource types read only through what refers to them (a medication's name, a place).
USED = frozenset({"Medication", "Location", "Composition", "Device", "HealthcareService"})
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
_HELD = KEPT | USED | _NAMED_BY_CODE

#: The elements carebook reads, per type: a fault there is an error, elsewhere a warning.
_READS: dict[str, frozenset[str]] = {
    name: frozenset(names.split())
    for name, names in {
        "Patient": "identifier active name telecom gender birthDate address communication "
        "deceasedBoolean deceasedDateTime generalPractitioner",
        "Practitioner": "identifier name telecom address",
        "PractitionerRole": "practitioner organization code",
        "Organization": "identifier name type telecom address partOf",
        "RelatedPerson": "identifier name telecom address patient relationship",
        "Person": "identifier name telecom address",
        "CareTeam": "subject participant note",
        "Condition": "identifier code subject clinicalStatus verificationStatus category "
        "onsetDateTime onsetPeriod abatementDateTime abatementPeriod note",
        "AllergyIntolerance": "identifier code patient clinicalStatus verificationStatus "
        "criticality reaction recordedDate onsetDateTime",
        "MedicationStatement": "identifier status statusReason medicationCodeableConcept "
        "medicationReference subject effectiveDateTime effectivePeriod "
        "dateAsserted informationSource reasonCode reasonReference note "
        "dosage",
        "MedicationRequest": "identifier status statusReason medicationCodeableConcept "
        "medicationReference subject authoredOn requester reasonCode "
        "reasonReference note dosageInstruction dispenseRequest",
        "CarePlan": "identifier status title description subject period addresses goal "
        "activity note category",
        "Goal": "identifier lifecycleStatus achievementStatus description subject target addresses",
        "Appointment": "identifier status serviceType appointmentType description start end "
        "minutesDuration comment participant reasonCode",
        "Task": "identifier status priority description code for restriction executionPeriod note",
        "DocumentReference": "identifier status type subject date content context",
    }.items()
}
_ALWAYS_READ = frozenset({"resourceType", "id", "contained", "extension"})


# -- the public API ------------------------------------------------------------------------------


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
    """
    return import_reading(
        store,
        read_files(paths, keep=_HELD.__contains__),
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        zone=zone,
    )


def import_reading(
    store: Store,
    reading: Reading,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    zone: str | None = None,
) -> ImportReport:
    """Import resources already read (see `import_files`)."""
    from carebook.core.recurrence import local_zone_name

    plan = plan_import(
        reading,
        links=store.fhir_links,
        today=store.today(),
        zone=zone or local_zone_name(),
        own_source=store.fhir_source(),
    )
    report = plan.report
    report.dry_run, report.skip_invalid = dry_run, skip_invalid
    if report.errors and not skip_invalid:
        return report
    summary = f"FHIR: {len(plan.items)} records from {report.files} file(s)"
    try:
        report.applied = store.apply_fhir(plan.items, dry_run=dry_run, summary=summary)
    except FhirImportError as error:
        report.findings.append(Finding(ERROR, "caseload", str(error)))
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
    own_source: str = "",
) -> Plan:
    """The records `reading` maps to (nothing is written); see the module's docstring.

    `check_models` False skips the R4 models (for resources already checked). A resource
    whose meta.source is `own_source` (the caseload's own, fhir_caseload writes it) is the
    record its id names ("condition-12").
    """
    return _Planner(reading, links, today, zone, check_models, own_source).plan()


# -- resources as read ---------------------------------------------------------------------------


@dataclass(eq=False, slots=True)
class _Res:
    """A resource being imported: where it was, what it became, whether it is usable."""

    resource: Json
    where: str
    full_url: str
    type: str
    id: str
    owner: _Res | None = None  # the resource this one is contained in
    broken: bool = False  # an error, or its patient's: nothing is made of it
    items: list[FhirItem] = field(default_factory=list)
    contained: dict[str, _Res] = field(default_factory=dict)

    @property
    def name(self) -> str:
        if self.owner is not None:
            return f"{self.owner.name}#{self.id}"
        return f"{self.type}/{self.id}" if self.id else f"{self.type} (no id)"

    @property
    def item(self) -> FhirItem | None:
        return self.items[0] if self.items else None


@dataclass(frozen=True, slots=True)
class _Ref:
    """Where a reference led: a resource of the files, a record of the caseload, or nowhere."""

    reference: str
    display: str
    res: _Res | None = None
    existing: tuple[str, int] | None = None

    @property
    def found(self) -> bool:
        return self.res is not None or self.existing is not None


_NOWHERE = _Ref("", "")
Target = FhirItem | int | None
#: The ids carebook's export gives records ("care-plan-3"); a problem's own Condition is none.
_OWN_ID = re.compile(
    r"(?P<kind>patient|contact|condition|allergy|medication|appointment|task"
    r"|care-plan|goal|note)-(?P<id>\d+)"
)
_RESTFUL = re.compile(
    r"(?P<base>.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})"
    r"(?:/_history/[A-Za-z0-9\-.]{1,64})?"
)


class _Broken(Exception):
    """A resource cannot be imported: an error (or a skip) for it, and nothing made."""

    def __init__(self, what: str, level: str = ERROR) -> None:
        super().__init__(what)
        self.level = level


# -- small readers of FHIR elements --------------------------------------------------------------


def _label_map(vocabulary: Iterable[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for member in vocabulary:
        found[member.label.casefold()] = member
        found[member.value.casefold()] = member
        found[member.value.replace("_", "-").casefold()] = member
    return found


_ROLES = _label_map(ContactRole)
_ROLE_WORDS = (
    ("pharm", ContactRole.PHARMACY),
    ("chemist", ContactRole.PHARMACY),
    ("attorney", ContactRole.POWER_OF_ATTORNEY),
    ("powatt", ContactRole.POWER_OF_ATTORNEY),
    ("emergency", ContactRole.EMERGENCY_CONTACT),
    ("social", ContactRole.SOCIAL_WORKER),
    ("therap", ContactRole.THERAPIST),
    ("physio", ContactRole.THERAPIST),
    ("occupational", ContactRole.THERAPIST),
    ("physician", ContactRole.PHYSICIAN),
    ("doctor", ContactRole.PHYSICIAN),
    ("general practi", ContactRole.PHYSICIAN),
    ("gp", ContactRole.PHYSICIAN),
    ("consultant", ContactRole.PHYSICIAN),
    ("carer", ContactRole.CAREGIVER),
    ("caregiver", ContactRole.CAREGIVER),
    ("agency", ContactRole.AGENCY),
    ("home care", ContactRole.AGENCY),
)


def _role_of(text: str) -> ContactRole | None:
    """The contact role words name: a carebook label ("Social worker"), else a keyword."""
    said = " ".join(text.casefold().split())
    if not said:
        return None
    if said in _ROLES:
        return ContactRole(_ROLES[said])
    words = f" {said} "
    for word, role in _ROLE_WORDS:
        if (f" {word} " in words) if len(word) <= 3 else word in said:
            return role
    return None


_KINDS = _label_map(AppointmentKind)
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
_EVENT_KINDS = {kind.label: kind for kind in MedicationEventKind}
_EVENT = re.compile(
    r"(?P<label>"
    + "|".join(re.escape(label) for label in _EVENT_KINDS)
    + r")(?:: (?P<detail>.*?))?(?:\. Reason: (?P<reason>.*))?",
    re.DOTALL,
)
_NEXT_REVIEW = re.compile(r"Next review due (\d{4}-\d{2}-\d{2})")
_REVIEW = re.compile(r"Review: (.*)", re.DOTALL)
_ABATED = re.compile(r"Abated (\d{4}-\d{2}-\d{2}), active again since\.")
_REPEATS = re.compile(
    r"Repeats: (?:.*) \((?P<rule>(?:RRULE:)?FREQ=[^()]*)\)"
    r"(?:; the first visit is the one dated here)?"
)
_TRANSPORT = re.compile(r"Transport: (?P<how>Needed|Arranged)(?: — (?P<details>.*))?")
_TRANSPORTS = {"Needed": Transport.NEEDED, "Arranged": Transport.ARRANGED}


# -- the planner ---------------------------------------------------------------------------------


class _Planner:
    def __init__(
        self,
        reading: Reading,
        links: Links,
        today: date,
        zone: str,
        check_models: bool = True,
        own_source: str = "",
    ) -> None:
        self.reading = reading
        self.check_models = check_models
        self.own_source = own_source
        self.links = links
        self.today = today
        self.zone = zone
        self.report = ImportReport(files=reading.files)
        self.resources: list[_Res] = []
        self.by_url: dict[str, _Res] = {}
        self.by_name: dict[str, _Res] = {}
        self.by_identifier: dict[str, _Res] = {}
        self.out: dict[str, list[FhirItem]] = {
            kind: []
            for kind in (
                "patient",
                "contact",
                "member",
                "condition",
                "allergy",
                "medication",
                "event",
                "appointment",
                "change",
                "task",
                "plan",
                "review",
                "problem",
                "goal",
                "intervention",
                "note",
            )
        }
        self.patient_notes: dict[int, dict[str, str]] = {}
        self.contact_roles: dict[int, ContactRole] = {}
        self.contact_orgs: dict[int, str] = {}
        self.members: set[tuple[tuple[str, int], tuple[str, int]]] = set()  # on a team
        self.default_roles: set[int] = set()  # contacts whose role nothing said
        self.goal_plans: dict[int, FhirItem] = {}
        self.problem_keys: dict[tuple[int, str], FhirItem] = {}
        self.holder_plans: dict[tuple[str, int], FhirItem] = {}
        self.by_resource: dict[str, list[FhirItem]] = {}

    # -- the report ------------------------------------------------------------------------------

    def say(self, level: str, res: _Res | None, what: str, where: str = "") -> None:
        if res is None:
            self.report.findings.append(Finding(level, where, what))
        else:
            self.report.findings.append(Finding(level, res.where, what, res.name))

    # -- reading and indexing --------------------------------------------------------------------

    def plan(self) -> Plan:
        for problem in self.reading.problems:
            self.say(ERROR, None, problem.what, problem.where)
        for notice in self.reading.notices:
            self.say(SKIPPED, None, notice.what, notice.where)
        self.report.read.update(self.reading.skipped)
        self.report.not_kept.update(self.reading.skipped)
        self._index(self.reading.found)
        for res in self.resources:
            if res.type in KEPT and self.check_models:
                self._check(res)
        for kind, method in (
            ("Composition", self._composition),
            ("Patient", self._patient),
            ("PractitionerRole", self._practitioner_role),
            ("Practitioner", self._contact),
            ("Organization", self._contact),
            ("RelatedPerson", self._contact),
            ("Person", self._contact),
            ("CareTeam", self._care_team),
            ("RelatedPerson", self._related_member),
            ("Patient", self._general_practitioner),
            ("Condition", self._condition),
            ("AllergyIntolerance", self._allergy),
            ("MedicationStatement", self._medication),
            ("MedicationRequest", self._medication),
            ("Appointment", self._appointment),
            ("Task", self._task),
            ("CarePlan", self._care_plan),
            ("Goal", self._lone_goal),
            ("DocumentReference", self._note),
        ):
            for res in self.resources:
                if res.type == kind:
                    self._map(res, method)
        items = [item for kind in self.out.values() for item in kind]
        self.report.sort()
        return Plan(items, self.report, self.by_resource)

    def _index(self, found: Sequence[Found]) -> None:
        for one in found:
            resource = one.resource
            kind = str(resource.get("resourceType"))
            res = _Res(resource, one.where, one.full_url, kind, fe.text_of(resource.get("id")))
            self.report.read[kind] += 1
            if kind not in KEPT and kind not in USED:
                self.report.not_kept[kind] += 1
            if res.id:
                earlier = self.by_name.get(res.name)
                if earlier is not None:
                    if earlier.resource == resource:
                        continue  # the same resource twice, as bulk exports may write it
                    self.say(
                        WARNING, earlier, f"appears again at {res.where}; the later one is imported"
                    )
                    earlier.broken = True
                self.by_name[res.name] = res
            if one.full_url:
                self.by_url[one.full_url] = res
            for key in self._identifier_keys(res):
                self.by_identifier.setdefault(key, res)
            self.resources.append(res)

    def _check(self, res: _Res) -> None:
        """The resource against the R4 models (see the module's docstring)."""
        from fhir.resources.R4B import get_fhir_model_class

        if not self.keys(res):
            self.say(
                WARNING,
                res,
                "has no id (nor fullUrl, nor identifier): a later import "
                "cannot find what it became, and would add it again",
            )
        try:
            model = get_fhir_model_class(res.type)
            model.model_validate(res.resource)
        except KeyError:
            return
        except pydantic.ValidationError as error:
            reads = _READS.get(res.type, frozenset()) | _ALWAYS_READ
            faults: list[tuple[bool, str]] = []
            for problem in error.errors():
                location = [str(part) for part in problem.get("loc", ())]
                message = str(problem.get("msg", "invalid")).removeprefix("Value error, ")
                place = ".".join(location) or "the resource"
                if problem.get("type") == "extra_forbidden":
                    faults.append(
                        (False, f"{place} is not an element of an R4 {res.type}; ignored")
                    )
                elif not location or location[0] in reads:
                    faults.append((True, f"is not valid FHIR R4: {place}: {message}"))
                else:
                    faults.append(
                        (
                            False,
                            f"{place} is not valid FHIR R4 ({message}); carebook does not read it",
                        )
                    )
            serious = [text for grave, text in faults if grave]
            if serious:
                res.broken = True
                more = f" (and {len(serious) - 1} more)" if len(serious) > 1 else ""
                self.say(ERROR, res, serious[0] + more)
            for grave, text in faults:
                if not grave:
                    self.say(WARNING, res, text)

    def _map(self, res: _Res, method: Callable[[_Res], None]) -> None:
        if res.broken:
            return
        try:
            try:
                method(res)
            except ValidationError as error:  # a moment past the dates carebook keeps
                raise _Broken(f"carebook cannot keep it: {error}") from None
        except _Broken as broken:
            res.broken = True
            for item in res.items:  # nothing half-made
                for kind in self.out.values():
                    if item in kind:
                        kind.remove(item)
            res.items.clear()
            self.say(broken.level, res, str(broken))

    # -- identities and references ---------------------------------------------------------------

    def _identifier_keys(self, res: _Res) -> list[str]:
        keys = []
        for identifier in fe.dicts(res.resource.get("identifier")):
            system = fe.text_of(identifier.get("system"))
            value = fe.text_of(identifier.get("value"))
            if system and value:
                keys.append(f"ident:{res.type}|{system}|{value}")
        return keys

    def keys(self, res: _Res) -> tuple[str, ...]:
        """The source identities of a resource, strongest first."""
        if res.owner is not None:
            owner = res.owner
            return (f"id:{owner.type}/{owner.id}#{res.id}",) if owner.id and res.id else ()
        keys = self._identifier_keys(res)
        meta = fe.as_dict(res.resource.get("meta"))
        own = _OWN_ID.fullmatch(res.id)
        if self.own_source and fe.text_of(meta.get("source")) == self.own_source and own:
            keys.insert(0, f"{OWN}{own.group('kind').replace('-', '_')}/{own.group('id')}")
        if res.full_url.startswith(("http://", "https://", "urn:uuid:", "urn:oid:")):
            keys.append(f"url:{res.full_url}")
        if res.id:
            keys.append(f"id:{res.type}/{res.id}")
        return tuple(keys)

    def resolve(self, value: Any, owner: _Res) -> _Ref:
        """Where a Reference leads (see the module's docstring)."""
        if not isinstance(value, dict):
            return _NOWHERE
        reference = fe.text_of(value.get("reference"))
        display = fe.text_of(value.get("display"))
        top = owner.owner or owner
        if reference.startswith("#"):
            return _Ref(reference, display, res=self._contained(top, reference[1:]))
        if reference:
            found = self._in_files(reference, top)
            if found is not None:
                return _Ref(reference, display, res=found)
            keys = []
            restful = _RESTFUL.fullmatch(reference)
            if restful:
                keys.append(f"id:{restful.group('type')}/{restful.group('id')}")
            if ":" in reference.split("/")[0]:
                keys.insert(0, f"url:{reference}")
            known = self.links(keys) if keys else {}
            existing = next((known[key] for key in keys if key in known), None)
            return _Ref(reference, display, existing=existing)
        identifier = value.get("identifier")
        if isinstance(identifier, dict):
            kind = fe.text_of(value.get("type"))
            system, said = fe.text_of(identifier.get("system")), fe.text_of(identifier.get("value"))
            if system and said:
                candidates = (
                    [f"ident:{kind}|{system}|{said}"]
                    if kind
                    else [key for key in self.by_identifier if key.endswith(f"|{system}|{said}")]
                )
                for key in candidates:
                    if key in self.by_identifier:
                        return _Ref(f"{system}|{said}", display, res=self.by_identifier[key])
                known = self.links(candidates) if candidates else {}
                existing = next((known[key] for key in candidates if key in known), None)
                return _Ref(f"{system}|{said}", display, existing=existing)
        return _Ref("", display)

    def _in_files(self, reference: str, top: _Res) -> _Res | None:
        absolute = ":" in reference.split("/")[0]
        if absolute:
            if reference in self.by_url:
                return self.by_url[reference]
            restful = _RESTFUL.fullmatch(reference)
            if restful and not reference.startswith("urn:"):
                found = self.by_name.get(f"{restful.group('type')}/{restful.group('id')}")
                if found is not None and (not found.full_url or found.full_url == reference):
                    return found
            return None
        restful = _RESTFUL.fullmatch(reference)
        if restful is None:
            return None
        base_match = _RESTFUL.fullmatch(top.full_url) if top.full_url else None
        if base_match and base_match.group("base"):
            full = base_match.group("base") + f"{restful.group('type')}/{restful.group('id')}"
            if full in self.by_url:
                return self.by_url[full]
        return self.by_name.get(f"{restful.group('type')}/{restful.group('id')}")

    def _contained(self, top: _Res, local_id: str) -> _Res | None:
        if local_id in top.contained:
            return top.contained[local_id]
        for inner in fe.dicts(top.resource.get("contained")):
            if fe.text_of(inner.get("id")) == local_id:
                res = _Res(
                    inner, top.where, "", str(inner.get("resourceType", "")), local_id, owner=top
                )
                top.contained[local_id] = res
                return res
        return None

    def target(self, ref: _Ref, kind: str, types: Iterable[str]) -> Target:
        """The item (or caseload record id) a resolved reference means, if it is of `kind`."""
        if ref.res is not None:
            if ref.res.type not in types:
                return None
            if ref.res.type == "PractitionerRole":
                practitioner = self.resolve(ref.res.resource.get("practitioner"), ref.res)
                return self.target(practitioner, kind, ("Practitioner",))
            if ref.res.owner is not None and not ref.res.items and kind == "contact":
                self._map(ref.res, self._contact)
            item = ref.res.item
            return item if item is not None and _kind_of(item) == kind else None
        if ref.existing is not None and ref.existing[0] == kind:
            return ref.existing[1]
        return None

    def patient_of(self, res: _Res, value: Any, what: str) -> Target:
        """The patient a record belongs to; _Broken when it is nowhere (or unusable)."""
        ref = self.resolve(value, res)
        if not ref.reference and not ref.found:
            raise _Broken(f"has no {what}: carebook keeps every such record with its patient")
        if ref.res is not None:
            if ref.res.type != "Patient":
                raise _Broken(f"{what} {ref.reference} is a {ref.res.type}, not a Patient")
            if ref.res.broken or ref.res.item is None:
                raise _Broken(
                    f"its patient {ref.res.name} ({ref.res.where}) cannot be imported", SKIPPED
                )
            return ref.res.item
        if ref.existing is not None and ref.existing[0] == "patient":
            return ref.existing[1]
        raise _Broken(
            f"{what} {ref.reference or ref.display!r} points nowhere: it is neither "
            "in the files nor a patient imported before"
        )

    def optional(
        self, res: _Res, value: Any, kind: str, types: Iterable[str], what: str, kept: str = ""
    ) -> tuple[Target, str]:
        """A link that may be missing: (target or None, the display text); a warning when it
        names something that is not there (saying where its display text is `kept`)."""
        ref = self.resolve(value, res)
        target = self.target(ref, kind, tuple(types))
        if target is None and ref.reference and not ref.found:
            self.say(
                WARNING,
                res,
                f"{what} {ref.reference} is not in the files; "
                + (f"{ref.display!r} is kept {kept}" if ref.display and kept else "left out"),
            )
        display = ref.display
        if not display and ref.res is not None:
            display = fe.name_text(ref.res.resource)
        return target, display

    # -- making items ----------------------------------------------------------------------------

    def emit(
        self,
        res: _Res,
        bucket: str,
        record: Any,
        refs: dict[str, Target] | None = None,
        keys: tuple[str, ...] = (),
        element: Any = None,
        fields: ext.Fields | None = None,
    ) -> FhirItem:
        """An item for `record` from `res`, with carebook's extension (`fields`, else read from
        `element`, else from the resource) applied; filed for writing in its turn."""
        item = FhirItem(record=record, keys=keys, where=res.where, name=res.name)
        for name, target in (refs or {}).items():
            _point(item, name, target)
        if fields is None:
            fields = ext.decode(element if element is not None else res.resource)
        if fields:
            self._apply_fields(item, fields, res)
        self._validate(item, res)
        self.out[bucket].append(item)
        res.items.append(item)
        self.by_resource.setdefault(res.name, []).append(item)
        return item

    def _apply_fields(self, item: FhirItem, fields: ext.Fields, res: _Res) -> None:
        record = item.record
        known = {f.name for f in dataclasses.fields(record)}
        cleared = set(item.cleared)
        for name in fields.empty & known:
            if name in _REFERENCE_FIELDS:
                item.refs.pop(name, None)
            setattr(record, name, "" if isinstance(getattr(record, name), str) else None)
            cleared.add(name)
        for name, value in fields.values.items():
            if name not in known:
                continue
            if isinstance(value, ext.Reference):
                kind, types = _REFERENCE_FIELDS.get(name, ("", ()))
                target = self.target(self.resolve({"reference": value.reference}, res), kind, types)
                item.refs.pop(name, None)
                setattr(record, name, None)
                _point(item, name, target)
                continue
            try:
                setattr(record, name, _typed(type(record), name, value))
            except (TypeError, ValueError):
                self.say(WARNING, res, f"carebook's {name} {value!r} cannot be read; left out")
        item.cleared = frozenset(cleared)

    def _validate(self, item: FhirItem, res: _Res) -> None:
        record = item.record
        try:
            validate_record(record, self.today)
        except ValidationError as error:
            raise _Broken(f"carebook cannot keep it: {error}") from None
        except KeyError:
            return
        except ValueError as error:  # a repeat rule that does not read
            raise _Broken(f"carebook cannot keep it: {error}") from None

    def children(self, res: _Res, kind: str, element: Any = None) -> list[ext.Fields] | None:
        """carebook's own full list of the resource's records of `kind`, if it gives one."""
        fields = ext.decode(element if element is not None else res.resource)
        return fields.children.get(kind)

    # -- patients --------------------------------------------------------------------------------

    def _composition(self, res: _Res) -> None:
        """carebook's own document: its "Patient notes" section, for the patient."""
        sections = [
            s
            for s in fe.dicts(res.resource.get("section"))
            if fe.text_of(s.get("title")) == _NOTES_SECTION
        ]
        if not sections:
            return
        subject = self.resolve(res.resource.get("subject"), res)
        if subject.res is None or subject.res.type != "Patient":
            return
        text = fe.as_dict(sections[0].get("text"))
        notes = self.patient_notes.setdefault(id(subject.res), {})
        for paragraph in re.findall(r"<p>(.*?)</p>", fe.text_of(text.get("div")), re.DOTALL):
            said = html.unescape(paragraph)
            for label, name in (("Home access: ", "access_notes"), ("Notes: ", "notes")):
                if said.startswith(label):
                    notes[name] = said[len(label) :]

    def _patient(self, res: _Res) -> None:
        r = res.resource
        given, family, preferred = fe.person_name(r.get("name"))
        if not (given or family or preferred):
            raise _Broken("has no name carebook can show")
        patient = Patient(given=given, family=family, preferred_name=preferred)
        born = r.get("birthDate")
        patient.birth_date = fe.date_of(born)
        if born and patient.birth_date is None:
            self.say(WARNING, res, f"birthDate {born!r} is not a whole date; left out")
        gender = fe.text_of(r.get("gender"))
        if gender in {sex.value for sex in Sex}:
            patient.sex = Sex(gender)
        elif gender:
            self.say(WARNING, res, f"gender {gender!r} is not an R4 code; left out")
        phones, _fax, email = fe.contact_points(r.get("telecom"))
        patient.phone = phones[0] if phones else ""
        patient.phone_alt = phones[1] if len(phones) > 1 else ""
        patient.email = email
        address = fe.home_address(r.get("address"))
        if address:
            lines = [
                fe.text_of(line) for line in fe.as_list(address.get("line")) if fe.text_of(line)
            ]
            patient.address_line = ", ".join(lines)
            patient.city = fe.text_of(address.get("city"))
            patient.region = fe.text_of(address.get("state"))
            patient.postal_code = fe.text_of(address.get("postalCode"))
            if not (lines or patient.city or patient.region or patient.postal_code):
                patient.address_line = fe.text_of(address.get("text"))
            patient.lat, patient.lon = fe.geolocation(address)
        patient.language = fe.language(r.get("communication"))
        identifiers = [
            (i, {code for _s, code in fe.codes(i.get("type"))})
            for i in fe.dicts(r.get("identifier"))
        ]
        identifiers = [
            (i, codes) for i, codes in identifiers if fe.text_of(i.get("value")) or "MB" in codes
        ]
        record_number = next((i for i, codes in identifiers if "MR" in codes), None) or next(
            (i for i, _codes_ in identifiers if fe.text_of(i.get("system")) == _NHS_NUMBER), None
        )
        if record_number is not None:
            patient.external_id = fe.text_of(record_number.get("value"))
        member = next((i for i, codes in identifiers if "MB" in codes), None)
        if member is not None:
            patient.member_id = fe.text_of(member.get("value"))
            assigner = member.get("assigner")
            if isinstance(assigner, dict):
                patient.payer = fe.text_of(assigner.get("display"))
        if r.get("deceasedBoolean") is True or fe.text_of(r.get("deceasedDateTime")):
            patient.status = PatientStatus.DECEASED
        elif r.get("active") is False:
            patient.status = PatientStatus.DISCHARGED
        for name, said in self.patient_notes.get(id(res), {}).items():
            setattr(patient, name, said)
        self.emit(res, "patient", patient, keys=self.keys(res))

    def _general_practitioner(self, res: _Res) -> None:
        patient = res.item
        if patient is None:
            return
        for value in fe.as_list(res.resource.get("generalPractitioner")):
            target, _display = self.optional(
                res, value, "contact", ("Practitioner", "PractitionerRole"), "generalPractitioner"
            )
            pair = (_key_of(patient), _key_of(target))
            if isinstance(target, FhirItem) and pair not in self.members:
                self.members.add(pair)
                self.emit(
                    res,
                    "member",
                    CareTeamMember(patient_id=0, contact_id=0, role=ContactRole.PHYSICIAN),
                    {"patient_id": patient, "contact_id": target},
                    element={},
                )

    # -- contacts --------------------------------------------------------------------------------

    def _practitioner_role(self, res: _Res) -> None:
        practitioner = self.resolve(res.resource.get("practitioner"), res)
        if practitioner.res is None:
            return
        role = next(
            (
                r
                for r in (
                    _role_of(fe.concept_text(c)) for c in fe.as_list(res.resource.get("code"))
                )
                if r is not None
            ),
            None,
        )
        if role is not None:
            self.contact_roles.setdefault(id(practitioner.res), role)
        organization = self.resolve(res.resource.get("organization"), res)
        name = organization.display or (
            fe.name_text(organization.res.resource) if organization.res is not None else ""
        )
        if name:
            self.contact_orgs.setdefault(id(practitioner.res), name)

    def _contact(self, res: _Res) -> None:
        r = res.resource
        name = fe.name_text(r)
        if not name:
            raise _Broken("has no name carebook can show")
        phones, fax, email = fe.contact_points(r.get("telecom"))
        contact = Contact(
            name=name,
            phone=phones[0] if phones else "",
            fax=fax,
            email=email,
            address=fe.address_text(r.get("address")),
        )
        if res.type == "Organization":
            contact.role = next(
                (
                    role
                    for role in (_role_of(fe.concept_text(t)) for t in fe.as_list(r.get("type")))
                    if role is not None
                ),
                ContactRole.AGENCY,
            )
            part_of = self.resolve(r.get("partOf"), res)
            contact.organization = (
                part_of.display
                or (fe.name_text(part_of.res.resource) if part_of.res is not None else "")
                or name
            )
        elif res.type == "RelatedPerson":
            roles = [_relationship(concept) for concept in fe.as_list(r.get("relationship"))]
            contact.role = next((role for role in roles if role is not None), ContactRole.CAREGIVER)
        elif res.type == "Practitioner":
            contact.role = self.contact_roles.get(id(res), ContactRole.PHYSICIAN)
            contact.organization = self.contact_orgs.get(id(res), "")
        else:
            contact.role = ContactRole.OTHER
        item = self.emit(res, "contact", contact, keys=self.keys(res))
        said = (
            id(res) in self.contact_roles
            if res.type == "Practitioner"
            else bool(fe.as_list(r.get("type")))
            if res.type == "Organization"
            else True
        )
        if not said and "role" not in ext.decode(r).values:
            self.default_roles.add(id(item))  # a care team may say more

    def _care_team(self, res: _Res) -> None:
        r = res.resource
        patient = self.patient_of(res, r.get("subject"), "subject")
        listed = self.children(res, "care_team_member")
        notes = [fe.text_of(note.get("text")) for note in fe.notes_of(r)]
        for number, participant in enumerate(fe.dicts(r.get("participant"))):
            ref = self.resolve(participant.get("member"), res)
            if ref.res is not None and ref.res.type in ("Patient", "CareTeam"):
                continue
            target = self.target(
                ref,
                "contact",
                ("Practitioner", "PractitionerRole", "Organization", "RelatedPerson", "Person"),
            )
            if target is None:
                if ref.reference and not ref.found:
                    self.say(
                        WARNING,
                        res,
                        f"participant {number + 1}, "
                        f"{ref.display or ref.reference}, is not in the "
                        "files; left out",
                    )
                continue
            contact = target.record if isinstance(target, FhirItem) else None
            roles = fe.as_list(participant.get("role"))
            role = (_role_of(fe.concept_text(roles[0])) if roles else None) or (
                contact.role if contact is not None else ContactRole.OTHER
            )
            emergency = role is ContactRole.EMERGENCY_CONTACT or any(
                code == "C" for _system, code in fe.codes(roles)
            )
            on_behalf = participant.get("onBehalfOf")
            if (
                contact is not None
                and isinstance(on_behalf, dict)
                and not contact.organization
                and isinstance(target, FhirItem)
                and "organization" not in target.cleared
            ):
                contact.organization = fe.text_of(on_behalf.get("display"))
            said = ""
            if contact is not None:
                prefix = f"{contact.name} ({role.label}): "
                said = next((note[len(prefix) :] for note in notes if note.startswith(prefix)), "")
            if isinstance(target, FhirItem) and id(target) in self.default_roles:
                target.record.role = role  # the team says what nothing else did
                self.default_roles.discard(id(target))
            if listed is not None:
                continue  # carebook's own list of the members follows
            self.members.add((_key_of(patient), _key_of(target)))
            self.emit(
                res,
                "member",
                CareTeamMember(
                    patient_id=0, contact_id=0, role=role, is_emergency=emergency, notes=said
                ),
                {"patient_id": patient, "contact_id": target},
                element=participant,
            )

        for fields in listed or []:
            self._listed_member(res, patient, fields)

    def _listed_member(self, res: _Res, patient: Target, fields: ext.Fields) -> None:
        member = CareTeamMember(patient_id=0, contact_id=0, role=ContactRole.OTHER)
        item = FhirItem(record=member, where=res.where, name=res.name)
        _point(item, "patient_id", patient)
        self._apply_fields(item, fields, res)
        if "contact_id" not in item.refs and not member.contact_id:
            self.say(WARNING, res, "a listed care-team member names no contact; left out")
            return
        target = item.refs.get("contact_id")
        if target is not None:
            self.members.add((_key_of(patient), _key_of(target)))
        self.out["member"].append(item)
        res.items.append(item)
        self.by_resource.setdefault(res.name, []).append(item)

    def _related_member(self, res: _Res) -> None:
        """A RelatedPerson no CareTeam lists is still on its patient's team."""
        contact = res.item
        if contact is None or self.children(res, "care_team_member") is not None:
            return  # carebook's own export says which teams it is on, in the CareTeams
        ref = self.resolve(res.resource.get("patient"), res)
        patient = self.target(ref, "patient", ("Patient",))
        if patient is None:
            if ref.reference and not ref.found:
                self.say(
                    WARNING,
                    res,
                    f"patient {ref.reference} is not in the files; kept in the directory only",
                )
            return
        if isinstance(patient, FhirItem) and (_key_of(patient), _key_of(contact)) in self.members:
            return
        if isinstance(patient, FhirItem):
            self.members.add((_key_of(patient), _key_of(contact)))
        codes = {code for _system, code in fe.codes(res.resource.get("relationship"))}
        self.emit(
            res,
            "member",
            CareTeamMember(
                patient_id=0, contact_id=0, role=contact.record.role, is_emergency="C" in codes
            ),
            {"patient_id": patient, "contact_id": contact},
            element={},
        )

    # -- the clinical record ---------------------------------------------------------------------

    def _not_in_error(self, res: _Res) -> None:
        verification = {code for _system, code in fe.codes(res.resource.get("verificationStatus"))}
        if verification & {"entered-in-error", "refuted"}:
            raise _Broken(f"is marked {'/'.join(sorted(verification))}; not imported", SKIPPED)
        if (
            fe.text_of(res.resource.get("status")) == "entered-in-error"
            or fe.text_of(res.resource.get("lifecycleStatus")) == "entered-in-error"
        ):
            raise _Broken("is marked entered-in-error; not imported", SKIPPED)

    def _is_problem_only(self, res: _Res) -> bool:
        """carebook's own Condition for a care-plan problem that is not a condition."""
        return any(
            fe.concept_text(c) == _PROBLEM_CATEGORY and not fe.codes(c)
            for c in fe.as_list(res.resource.get("category"))
        )

    def _condition(self, res: _Res) -> None:
        if self._is_problem_only(res):
            return
        self._not_in_error(res)
        r = res.resource
        patient = self.patient_of(res, r.get("subject"), "subject")
        description = fe.concept_text(r.get("code"))
        if not description:
            raise _Broken("has no code or text saying what the condition is")
        code = next(
            (c for s, c in fe.codes(r.get("code")) if c and (s == _SNOMED or s in _ICD10)), ""
        )
        clinical = {c for _s, c in fe.codes(r.get("clinicalStatus"))}
        condition = Condition(patient_id=0, description=description, code=code)
        if clinical & {"resolved"}:
            condition.status = ConditionStatus.RESOLVED
        elif clinical & {"inactive", "remission"}:
            condition.status = ConditionStatus.INACTIVE
        onset_period = fe.as_dict(r.get("onsetPeriod"))
        condition.onset_date = fe.date_of(r.get("onsetDateTime")) or fe.date_of(
            onset_period.get("start")
        )
        abatement_period = fe.as_dict(r.get("abatementPeriod"))
        condition.abatement_date = fe.date_of(r.get("abatementDateTime")) or fe.date_of(
            abatement_period.get("end")
        )
        if condition.abatement_date and not clinical:
            condition.status = ConditionStatus.RESOLVED
        notes = []
        for note in fe.notes_of(r):
            text = fe.text_of(note.get("text"))
            abated = _ABATED.fullmatch(text)
            if abated and condition.abatement_date is None:
                condition.abatement_date = date.fromisoformat(abated.group(1))
            else:
                notes.append(text)
        condition.notes = "\n".join(notes)
        self.emit(res, "condition", condition, {"patient_id": patient}, keys=self.keys(res))

    def _allergy(self, res: _Res) -> None:
        self._not_in_error(res)
        r = res.resource
        patient = self.patient_of(res, r.get("patient"), "patient")
        reactions = fe.dicts(r.get("reaction"))
        substance = fe.concept_text(r.get("code")) or next(
            (
                fe.concept_text(x.get("substance"))
                for x in reactions
                if fe.concept_text(x.get("substance"))
            ),
            "",
        )
        if not substance:
            raise _Broken("does not say what the patient is allergic to")
        allergy = Allergy(patient_id=0, substance=substance)
        manifestations = [
            fe.concept_text(m) for x in reactions for m in fe.as_list(x.get("manifestation"))
        ]
        said = ", ".join(dict.fromkeys(m for m in manifestations if m))
        allergy.reaction = "" if said == "Not recorded" else said
        severities = [fe.text_of(x.get("severity")) for x in reactions]
        for severity in ("severe", "moderate", "mild"):
            if severity in severities:
                allergy.severity = AllergySeverity(severity)
                break
        criticality = fe.text_of(r.get("criticality")).replace("-", "_")
        if criticality in {c.value for c in AllergyCriticality}:
            allergy.criticality = AllergyCriticality(criticality)
        clinical = {c for _s, c in fe.codes(r.get("clinicalStatus"))}
        for status in (AllergyStatus.RESOLVED, AllergyStatus.INACTIVE):
            if status.value in clinical:
                allergy.status = status
                break
        allergy.noted_date = fe.date_of(r.get("recordedDate")) or fe.date_of(r.get("onsetDateTime"))
        self.emit(res, "allergy", allergy, {"patient_id": patient}, keys=self.keys(res))

    def _medication(self, res: _Res) -> None:
        self._not_in_error(res)
        r = res.resource
        patient = self.patient_of(res, r.get("subject"), "subject")
        request = res.type == "MedicationRequest"
        name = fe.concept_text(r.get("medicationCodeableConcept"))
        if not name and isinstance(r.get("medicationReference"), dict):
            ref = self.resolve(r.get("medicationReference"), res)
            name = (
                fe.concept_text(ref.res.resource.get("code")) if ref.res is not None else ""
            ) or ref.display
        if not name:
            raise _Broken("does not name the medication")
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
        instructions = _dose_into(medication, dosages[0]) if dosages else []
        if request:
            bounds = fe.bounds(dosages[0]) if dosages else {}
            medication.start_date = fe.date_of(bounds.get("start")) or fe.date_of(
                r.get("authoredOn")
            )
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
            ref = self.resolve(value, res)
            indications.append(
                ref.display
                or (fe.concept_text(ref.res.resource.get("code")) if ref.res is not None else "")
            )
        medication.indication = "; ".join(i for i in indications if i)
        refs: dict[str, Target] = {"patient_id": patient}
        source = r.get("requester" if request else "informationSource")
        prescriber, shown = self.optional(
            res,
            source,
            "contact",
            ("Practitioner", "PractitionerRole", "Organization"),
            "requester" if request else "informationSource",
            kept="in the instructions",
        )
        refs["prescriber_id"] = prescriber
        if (
            prescriber is None
            and shown
            and _type_of(self.resolve(source, res))
            in ("Practitioner", "PractitionerRole", "Organization", "")
        ):
            instructions.append(f"Prescribed by {shown}")
        if request and isinstance(r.get("dispenseRequest"), dict):
            pharmacy, _shown = self.optional(
                res,
                r["dispenseRequest"].get("performer"),
                "contact",
                ("Organization",),
                "dispenser",
            )
            refs["pharmacy_id"] = pharmacy
        events: list[MedicationEvent] = []
        for note in fe.notes_of(r):
            text = fe.text_of(note.get("text"))
            when = fe.date_of(note.get("time"))
            said = _EVENT.fullmatch(text) if when else None
            if when and said:
                events.append(
                    MedicationEvent(
                        medication_id=0,
                        on_date=when,
                        kind=_EVENT_KINDS[said.group("label")],
                        detail=said.group("detail") or "",
                        reason=said.group("reason") or "",
                    )
                )
            elif due := _NEXT_REVIEW.fullmatch(text):
                medication.next_review = date.fromisoformat(due.group(1))
            elif text.startswith("Pharmacy: ") and "pharmacy_id" not in refs:
                refs["pharmacy_id"] = self._by_name(text.removeprefix("Pharmacy: "))
            elif text.startswith("Prescribed by ") and (prescriber is not None):
                continue
            else:
                instructions.append(text)
        medication.instructions = "\n".join(part for part in instructions if part)
        item = self.emit(res, "medication", medication, refs, keys=self.keys(res))
        listed = self.children(res, "medication_event")
        if listed is not None:
            for fields in listed:
                self._listed(
                    res,
                    "event",
                    MedicationEvent(
                        medication_id=0, on_date=self.today, kind=MedicationEventKind.CHANGED
                    ),
                    fields,
                    {"medication_id": item},
                )
            return
        for event in events:
            self.emit(res, "event", event, {"medication_id": item}, element={})

    def _by_name(self, name: str) -> Target:
        """A contact of the files by its name (carebook's document names the pharmacy)."""
        for kind in self.out["contact"]:
            if kind.record.name == name and kind.record.role is ContactRole.PHARMACY:
                return kind
        return next((kind for kind in self.out["contact"] if kind.record.name == name), None)

    def _listed(
        self, res: _Res, bucket: str, record: Any, fields: ext.Fields, refs: dict[str, Target]
    ) -> FhirItem:
        return self.emit(res, bucket, record, refs, fields=fields)

    # -- appointments and tasks ------------------------------------------------------------------

    def _appointment(self, res: _Res) -> None:
        self._not_in_error(res)
        r = res.resource
        participants = fe.dicts(r.get("participant"))
        patient_part = None
        others: list[tuple[_Ref, Json]] = []
        for participant in participants:
            ref = self.resolve(participant.get("actor"), res)
            if _type_of(ref) == "Patient" and patient_part is None:
                patient_part = participant.get("actor")
            else:
                others.append((ref, participant))
        if patient_part is None:
            raise _Broken("has no Patient among its participants")
        patient = self.patient_of(res, patient_part, "participant")
        fields = ext.decode(r)
        tz = fe.text_of(fields.values.get("tz")) or self.zone
        start = fe.moment(r.get("start"), tz)
        if start is None:
            raise _Broken(
                "has no start time (a proposed or waitlisted appointment); not imported", SKIPPED
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
            if ref.res is not None and ref.res.type == "Location":
                appointment.location = appointment.location or fe.name_text(ref.res.resource)
                continue
            if _type_of(ref) == "Location":
                appointment.location = appointment.location or ref.display
                continue
            target, display = self.optional(
                res,
                participant.get("actor"),
                "contact",
                ("Practitioner", "PractitionerRole", "RelatedPerson", "Organization", "Person"),
                "participant",
                kept="as whom it is with",
            )
            if target is not None and "contact_id" not in refs:
                refs["contact_id"] = target
            if display and not appointment.with_whom:
                appointment.with_whom = display
        _comment_into(appointment, fe.text_of(r.get("comment")))
        instruction = fe.text_of(r.get("patientInstruction"))
        if instruction:
            appointment.notes = "\n".join(p for p in (appointment.notes, instruction) if p)
        item = self.emit(res, "appointment", appointment, refs, keys=self.keys(res))
        for change in self.children(res, "occurrence_change") or []:
            self._listed(
                res,
                "change",
                OccurrenceChange(appointment_id=0, original_start=start),
                change,
                {"appointment_id": item},
            )

    def _task(self, res: _Res) -> None:
        self._not_in_error(res)
        r = res.resource
        patient: Target = None
        if _type_of(self.resolve(r.get("for"), res)) == "Patient":
            patient = self.patient_of(res, r.get("for"), "for")
        title = fe.text_of(r.get("description")) or fe.concept_text(r.get("code"))
        if not title:
            raise _Broken("has no description or code saying what is to be done")
        task = Task(title=title)
        status = fe.text_of(r.get("status"))
        task.status = (
            TaskStatus.DONE
            if status == "completed"
            else TaskStatus.CANCELLED
            if status in ("cancelled", "rejected", "failed")
            else TaskStatus.OPEN
        )
        priority = fe.text_of(r.get("priority"))
        task.priority = (
            TaskPriority.URGENT
            if priority == "urgent"
            else TaskPriority.ASAP
            if priority in ("asap", "stat")
            else TaskPriority.ROUTINE
        )
        restriction = fe.as_dict(r.get("restriction"))
        period = fe.as_dict(restriction.get("period"))
        due = fe.text_of(period.get("end"))
        if due:
            task.due_date = fe.date_of(due) if len(due) <= 10 else None
            if len(due) > 10:
                moment = fe.moment(due, self.zone)
                if moment is not None:
                    task.due_date, task.due_time = moment.date(), moment.time()
        execution = fe.as_dict(r.get("executionPeriod"))
        if task.status is TaskStatus.DONE:
            task.completed_at = fe.moment(execution.get("end"), self.zone)
        details = []
        for note in fe.notes_of(r):
            text = fe.text_of(note.get("text"))
            repeats = _REPEATS.fullmatch(text)
            if repeats and not task.rrule:
                task.rrule = repeats.group("rule").removeprefix("RRULE:")
            else:
                details.append(text)
        task.details = "\n".join(details)
        self.emit(
            res,
            "task",
            task,
            {"patient_id": patient} if patient is not None else None,
            keys=self.keys(res),
        )

    # -- care plans ------------------------------------------------------------------------------

    def _care_plan(self, res: _Res) -> None:
        self._not_in_error(res)
        r = res.resource
        patient = self.patient_of(res, r.get("subject"), "subject")
        title = (
            fe.text_of(r.get("title"))
            or fe.text_of(r.get("description"))
            or next(
                (fe.concept_text(c) for c in fe.as_list(r.get("category")) if fe.concept_text(c)),
                "",
            )
            or "Care plan"
        )
        status = fe.text_of(r.get("status")).replace("-", "_")
        plan = CarePlan(
            patient_id=0,
            title=title,
            status=CarePlanStatus(status)
            if status in {s.value for s in CarePlanStatus}
            else CarePlanStatus.ACTIVE,
        )
        period = fe.as_dict(r.get("period"))
        plan.period_start = fe.date_of(period.get("start"))
        plan.period_end = fe.date_of(period.get("end"))
        notes, reviews = [], []
        for note in fe.notes_of(r):
            text = fe.text_of(note.get("text"))
            when = fe.date_of(note.get("time"))
            outcome = _REVIEW.fullmatch(text) if when else None
            if when and outcome:
                reviews.append(
                    CarePlanReview(care_plan_id=0, on_date=when, outcome=outcome.group(1))
                )
            elif (due := _NEXT_REVIEW.fullmatch(text)) and plan.next_review is None:
                plan.next_review = date.fromisoformat(due.group(1))
            else:
                notes.append(text)
        plan.notes = "\n".join(notes)
        item = self.emit(res, "plan", plan, {"patient_id": patient}, keys=self.keys(res))
        listed = self.children(res, "care_plan_review")
        if listed is not None:
            for fields in listed:
                self._listed(
                    res,
                    "review",
                    CarePlanReview(care_plan_id=0, on_date=self.today),
                    fields,
                    {"care_plan_id": item},
                )
        else:
            for review in reviews:
                self.emit(res, "review", review, {"care_plan_id": item}, element={})
        problems = self._problems(res, item)
        goals: dict[int, FhirItem] = {}
        for value in fe.as_list(r.get("goal")):
            ref = self.resolve(value, res)
            if ref.res is None or ref.res.type != "Goal":
                if ref.reference and not ref.found:
                    self.say(WARNING, res, f"goal {ref.reference} is not in the files; left out")
                continue
            goal = self._goal(ref.res, item, problems, patient)
            if goal is not None:
                goals[id(ref.res)] = goal
        self._interventions(res, item, goals)

    def _problems(self, res: _Res, plan: FhirItem) -> dict[int, FhirItem]:
        """The plan's problems, by the resource each is about (for the goals)."""
        found: dict[int, FhirItem] = {}
        listed = self.children(res, "problem")
        if listed is not None:
            for fields in listed:
                key = fields.values.pop("key", None)
                item = self._listed(
                    res,
                    "problem",
                    Problem(care_plan_id=0, description="-"),
                    fields,
                    {"care_plan_id": plan},
                )
                if isinstance(key, str):
                    self.problem_keys[(id(plan), key)] = item
                condition = item.refs.get("condition_id")
                for other in self.resources:  # a goal addressing its condition finds it
                    if condition is not None and other.item is condition:
                        found.setdefault(id(other), item)
            return found
        for value in fe.as_list(res.resource.get("addresses")):
            ref = self.resolve(value, res)
            problem = Problem(care_plan_id=0, description=ref.display)
            refs: dict[str, Target] = {"care_plan_id": plan}
            if ref.res is not None and ref.res.type == "Condition":
                if not problem.description:
                    problem.description = fe.concept_text(ref.res.resource.get("code"))
                if not self._is_problem_only(ref.res):
                    refs["condition_id"] = self.target(ref, "condition", ("Condition",))
            elif ref.existing is not None and ref.existing[0] == "condition":
                refs["condition_id"] = ref.existing[1]
            elif ref.reference and not ref.found:
                self.say(
                    WARNING,
                    res,
                    f"addresses {ref.reference}, which is not in the files"
                    + (f"; kept as the problem {ref.display!r}" if ref.display else "; left out"),
                )
            if not problem.description:
                continue
            item = self.emit(res, "problem", problem, refs, element=value)
            if ref.res is not None:
                found.setdefault(id(ref.res), item)
        return found

    def _goal(
        self, res: _Res, plan: FhirItem, problems: dict[int, FhirItem], patient: Target
    ) -> FhirItem | None:
        if res.item is not None:
            if id(res) in self.goal_plans and self.goal_plans[id(res)] is not plan:
                self.say(
                    WARNING,
                    res,
                    "is a goal of more than one care plan; carebook keeps it with the first",
                )
            return res.item
        if res.broken:
            return None
        self.goal_plans[id(res)] = plan

        def make(goal_res: _Res) -> None:
            self._not_in_error(goal_res)
            self._make_goal(goal_res, plan, problems, patient)

        self._map(res, make)
        return res.item

    def _make_goal(
        self, res: _Res, plan: FhirItem, problems: dict[int, FhirItem], patient: Target
    ) -> None:
        r = res.resource
        subject = self.resolve(r.get("subject"), res)
        if subject.found and self.target(subject, "patient", ("Patient",)) != patient:
            self.say(WARNING, res, "belongs to another patient than its care plan")
        description = fe.concept_text(r.get("description"))
        if not description:
            raise _Broken("does not say what the goal is")
        goal = Goal(care_plan_id=0, description=description)
        lifecycle = fe.text_of(r.get("lifecycleStatus"))
        goal.lifecycle = {
            "proposed": GoalLifecycle.PROPOSED,
            "planned": GoalLifecycle.PROPOSED,
            "on-hold": GoalLifecycle.ON_HOLD,
            "completed": GoalLifecycle.COMPLETED,
            "cancelled": GoalLifecycle.CANCELLED,
            "rejected": GoalLifecycle.CANCELLED,
        }.get(lifecycle, GoalLifecycle.ACTIVE)
        achievement = fe.code_in(
            r.get("achievementStatus"), {a.value.replace("_", "-"): a for a in GoalAchievement}
        )
        goal.achievement = achievement
        targets = fe.dicts(r.get("target"))
        if targets:
            goal.due_date = fe.date_of(targets[0].get("dueDate"))
            goal.target = fe.target_text(targets[0])
        refs: dict[str, Target] = {"care_plan_id": plan}
        named = ext.decode(r).values.get("problem")  # carebook's own: the plan lists it
        if isinstance(named, str) and (id(plan), named) in self.problem_keys:
            refs["problem_id"] = self.problem_keys[(id(plan), named)]
        for value in fe.as_list(r.get("addresses")):
            ref = self.resolve(value, res)
            if "problem_id" not in refs and ref.res is not None and id(ref.res) in problems:
                refs["problem_id"] = problems[id(ref.res)]
                break
        self.emit(res, "goal", goal, refs, keys=self.keys(res))

    def _interventions(self, res: _Res, plan: FhirItem, goals: dict[int, FhirItem]) -> None:
        listed = self.children(res, "intervention")
        if listed is not None:
            for fields in listed:
                self._listed(
                    res,
                    "intervention",
                    Intervention(care_plan_id=0, description="-"),
                    fields,
                    {"care_plan_id": plan},
                )
            return
        for number, activity in enumerate(fe.dicts(res.resource.get("activity"))):
            detail = fe.as_dict(activity.get("detail"))
            if not detail:
                reference = self.resolve(activity.get("reference"), res)
                said = reference.display or (
                    fe.concept_text(reference.res.resource.get("code"))
                    if reference.res is not None
                    else ""
                )
                if said:
                    self.emit(
                        res,
                        "intervention",
                        Intervention(care_plan_id=0, description=said),
                        {"care_plan_id": plan},
                        element=activity,
                    )
                else:
                    self.say(
                        WARNING,
                        res,
                        f"activity {number + 1} says nothing carebook can keep; left out",
                    )
                continue
            if fe.text_of(detail.get("status")) == "entered-in-error":
                continue
            description = (
                fe.text_of(detail.get("description"))
                or fe.concept_text(detail.get("code"))
                or fe.text_of(detail.get("kind"))
            )
            if not description:
                self.say(WARNING, res, f"activity {number + 1} has no description; left out")
                continue
            status = fe.text_of(detail.get("status")).replace("-", "_")
            intervention = Intervention(
                care_plan_id=0,
                description=description,
                status=(
                    InterventionStatus(status)
                    if status in {s.value for s in InterventionStatus}
                    else InterventionStatus.CANCELLED
                    if status == "stopped"
                    else InterventionStatus.IN_PROGRESS
                ),
            )
            refs: dict[str, Target] = {"care_plan_id": plan}
            performers = fe.as_list(detail.get("performer"))
            if performers:
                target, display = self.optional(
                    res,
                    performers[0],
                    "contact",
                    ("Practitioner", "PractitionerRole", "Organization", "RelatedPerson", "Person"),
                    "performer",
                    kept="as the performer",
                )
                refs["contact_id"] = target
                intervention.performer = display
            intervention.frequency = fe.text_of(detail.get("scheduledString")) or fe.timing_words(
                detail.get("scheduledTiming")
            )
            for value in fe.as_list(detail.get("goal")):
                ref = self.resolve(value, res)
                if ref.res is not None and id(ref.res) in goals:
                    refs["goal_id"] = goals[id(ref.res)]
                    break
            self.emit(res, "intervention", intervention, refs, element=detail)

    def _lone_goal(self, res: _Res) -> None:
        """A goal no care plan lists: kept in the patient's plan called "Goals"."""
        if res.item is not None or id(res) in self.goal_plans:
            return
        self._not_in_error(res)
        patient = self.patient_of(res, res.resource.get("subject"), "subject")
        keys = (
            tuple(f"goals-of:{key}" for key in patient.keys)
            if isinstance(patient, FhirItem)
            else (f"goals-of:patient-record-{patient}",)
        )
        plan = self.holder_plans.get(_key_of(patient))
        if plan is None:
            plan = FhirItem(
                record=CarePlan(patient_id=0, title="Goals"),
                keys=keys,
                where=res.where,
                name=res.name,
            )
            _point(plan, "patient_id", patient)
            self.out["plan"].append(plan)
            self.holder_plans[_key_of(patient)] = plan
        self.goal_plans[id(res)] = plan
        self._make_goal(res, plan, {}, patient)

    # -- notes -----------------------------------------------------------------------------------

    def _note(self, res: _Res) -> None:
        r = res.resource
        if fe.text_of(r.get("status")) == "entered-in-error":
            raise _Broken("is marked entered-in-error; not imported", SKIPPED)
        text = ""
        for content in fe.dicts(r.get("content")):
            attachment = content.get("attachment")
            if not isinstance(attachment, dict):
                continue
            kind = fe.text_of(attachment.get("contentType")).split(";")[0].strip().lower()
            data = attachment.get("data")
            if kind in ("text/plain", "text/markdown") and isinstance(data, str):
                try:
                    text = base64.b64decode(data, validate=True).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    raise _Broken("holds text that is not base64 UTF-8") from None
                break
        if not text.strip():
            raise _Broken(
                "holds no plain text carebook can keep as a note (a scan or a link)", SKIPPED
            )
        patient = self.patient_of(res, r.get("subject"), "subject")
        written = fe.moment(r.get("date"), self.zone)
        if written is None:
            raise _Broken("has no date it was written")
        kind_words = " ".join(fe.concept_text(c) for c in fe.as_list(r.get("type"))).casefold()
        note = Note(
            patient_id=0,
            written_at=written,
            text=text,
            kind=NoteKind.VISIT if "visit" in kind_words else NoteKind.PROGRESS,
        )
        refs: dict[str, Target] = {"patient_id": patient}
        context = fe.as_dict(r.get("context"))
        for value in fe.as_list(context.get("related")):
            target, _display = self.optional(res, value, "appointment", ("Appointment",), "related")
            if target is not None:
                refs["appointment_id"] = target
                break
        self.emit(res, "note", note, refs, keys=self.keys(res))


# -- mapping helpers -----------------------------------------------------------------------------


_REFERENCE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "contact_id": (
        "contact",
        ("Practitioner", "PractitionerRole", "Organization", "RelatedPerson", "Person"),
    ),
    "prescriber_id": (
        "contact",
        ("Practitioner", "PractitionerRole", "Organization", "RelatedPerson", "Person"),
    ),
    "pharmacy_id": (
        "contact",
        ("Practitioner", "PractitionerRole", "Organization", "RelatedPerson", "Person"),
    ),
    "condition_id": ("condition", ("Condition",)),
    "goal_id": ("goal", ("Goal",)),
    "appointment_id": ("appointment", ("Appointment",)),
    "patient_id": ("patient", ("Patient",)),
}

_KIND_OF = {
    Patient: "patient",
    Contact: "contact",
    Condition: "condition",
    Allergy: "allergy",
    Medication: "medication",
    Appointment: "appointment",
    Task: "task",
    CarePlan: "care_plan",
    Goal: "goal",
    Note: "note",
    Problem: "problem",
}


def _type_of(ref: _Ref) -> str:
    """The resource type a reference names, found or not ("" when it does not say)."""
    if ref.res is not None:
        return ref.res.type
    if ref.existing is not None:
        return {"patient": "Patient", "appointment": "Appointment"}.get(ref.existing[0], "")
    restful = _RESTFUL.fullmatch(ref.reference.split("#")[0]) if ref.reference else None
    return restful.group("type") if restful else ""


def _key_of(target: Target) -> tuple[str, int]:
    """A target as a key: a record of the caseload by its id, an item by itself."""
    return ("record", target) if isinstance(target, int) else ("item", id(target))


def _kind_of(item: FhirItem) -> str:
    return _KIND_OF.get(type(item.record), "")


def _point(item: FhirItem, name: str, target: Target) -> None:
    if isinstance(target, FhirItem):
        item.refs[name] = target
    elif isinstance(target, int):
        setattr(item.record, name, target)


def _typed(cls: type, name: str, value: Any) -> Any:
    """A value of the extension as the field's type (as the store reads it back)."""
    loaded: Any = records.from_row(cls, {**_blank_row(cls), name: value})
    return getattr(loaded, name)


_BLANKS: dict[type, dict[str, Any]] = {}


def _blank_row(cls: type) -> dict[str, Any]:
    """A row with every required field of `cls` filled, so from_row can build one."""
    if cls not in _BLANKS:
        blank: dict[str, Any] = {}
        for item in dataclasses.fields(cls):
            if item.default is dataclasses.MISSING and (
                item.default_factory is dataclasses.MISSING
            ):
                blank[item.name] = {
                    "name": "-",
                    "description": "-",
                    "substance": "-",
                    "title": "-",
                    "text": "-",
                    "start": "2000-01-01T00:00",
                    "on_date": "2000-01-01",
                    "written_at": "2000-01-01T00:00",
                    "original_start": "2000-01-01T00:00",
                    "kind": "changed",
                    "role": "other",
                }.get(item.name, 0)
        _BLANKS[cls] = blank
    return _BLANKS[cls]


def _relationship(concept: Any) -> ContactRole | None:
    codes = {code for _system, code in fe.codes(concept)}
    if "POWATT" in codes or "POWATY" in codes:
        return ContactRole.POWER_OF_ATTORNEY
    if "C" in codes or "EP" in codes:
        return ContactRole.EMERGENCY_CONTACT
    text = fe.concept_text(concept)
    role = _ROLES.get(text.casefold())
    return ContactRole(role) if role is not None else (ContactRole.CAREGIVER if text else None)


def _appointment_kind(said: list[str], others: list[tuple[_Ref, Json]]) -> AppointmentKind:
    for text in said:
        found = _KINDS.get(text.casefold())
        if found is not None:
            return AppointmentKind(found)
    words = " ".join(said).casefold()
    for word, kind in _KIND_WORDS:
        if word in words:
            return kind
    if any(
        ref.res is not None and ref.res.type in ("Practitioner", "PractitionerRole")
        for ref, _participant in others
    ):
        return AppointmentKind.PHYSICIAN
    return AppointmentKind.OTHER


def _comment_into(appointment: Appointment, comment: str) -> None:
    """carebook's comment lines (last first: repeats, transport, location), the rest notes."""
    lines = comment.split("\n") if comment else []
    if lines and (repeats := _REPEATS.fullmatch(lines[-1])):
        appointment.rrule = repeats.group("rule").removeprefix("RRULE:")
        lines.pop()
    if lines and (transport := _TRANSPORT.fullmatch(lines[-1])):
        appointment.transport = _TRANSPORTS[transport.group("how")]
        appointment.transport_details = transport.group("details") or ""
        lines.pop()
    if lines and lines[-1].startswith("Location: "):
        appointment.location = lines.pop().removeprefix("Location: ")
    appointment.notes = "\n".join(lines)


def _dose_into(medication: Medication, dosage: Json) -> list[str]:
    """A Dosage's parts into the medication; what it says beyond them, as instructions."""
    rates = fe.dicts(dosage.get("doseAndRate"))
    if rates:
        rate = rates[0]
        if isinstance(rate.get("doseQuantity"), dict):
            medication.dose = fe.quantity_text(rate["doseQuantity"])
        elif isinstance(rate.get("doseRange"), dict):
            low, high = rate["doseRange"].get("low"), rate["doseRange"].get("high")
            amounts = [
                fe.decimal_text(q.get("value")) if isinstance(q, dict) else "" for q in (low, high)
            ]
            unit = next(
                (
                    fe.text_of(q.get("unit"))
                    for q in (low, high)
                    if isinstance(q, dict) and fe.text_of(q.get("unit"))
                ),
                "",
            )
            if all(amounts):
                medication.dose = f"{amounts[0]}-{amounts[1]} {unit}".strip()
    medication.route = fe.concept_text(dosage.get("route"))
    timing = dosage.get("timing")
    medication.frequency = fe.timing_words(timing)
    medication.times_of_day = fe.times_of_day(timing)
    reason = fe.concept_text(dosage.get("asNeededCodeableConcept"))
    medication.as_needed = dosage.get("asNeededBoolean") is True or bool(reason)
    medication.as_needed_reason = reason
    most = dosage.get("maxDosePerPeriod")
    if isinstance(most, dict):
        per = fe.as_dict(most.get("denominator"))
        unit = fe.text_of(per.get("code")) or fe.text_of(per.get("unit"))
        day = (per.get("value"), unit) in ((1, "d"), (1, "day"), (24, "h"))
        if day:
            medication.max_per_day = fe.quantity_text(most.get("numerator"))
    said = [fe.text_of(dosage.get("patientInstruction"))]
    said += [fe.concept_text(c) for c in fe.as_list(dosage.get("additionalInstruction"))]
    if not (
        medication.dose
        or medication.route
        or medication.frequency
        or medication.times_of_day
        or any(said)
    ):
        said.append(fe.text_of(dosage.get("text")))
    return [part for part in said if part]
