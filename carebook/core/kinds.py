"""The record kinds of a caseload, each declared once: what every part of carebook knows of it.

A kind is a patient, a medication, a care plan's goal …: its record class, its table, what a
coordinator calls one and many, whose it is (its owner and the field that names it), how it
is checked before it is saved, what makes two of them the same for an import, the list that
shows it (and its CSV columns), the record whose undo snapshot carries it, and the module that
maps it to and from FHIR. Everything that needs one of these reads it here; a test walks the
registry and fails when a kind lacks a part. A part a kind has no use for is declared `Absent`,
with the reason, rather than left out.

See docs/architecture.md, "Adding a record kind".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from carebook.core import validation as checks
from carebook.core.reconciliation_rules import check_reconciliation
from carebook.core.record_keys import same_record_key
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    Condition,
    Contact,
    Goal,
    Intervention,
    Medication,
    MedicationEvent,
    Note,
    OccurrenceChange,
    Patient,
    Preferences,
    Problem,
    Reconciliation,
    ReconciliationLine,
    Referral,
    RouteStop,
    Task,
    VisitRecord,
)
from carebook.core.referral_rules import check_referral
from carebook.core.visit_record_rules import check_visit_record


@dataclass(frozen=True, slots=True)
class Absent:
    """A part a kind has no use for, and why (the test insists on a reason)."""

    why: str


Check = Callable[[Any, date], None]
Key = Callable[[Any], tuple[Any, ...] | None]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of record and every part of carebook's knowledge of it."""

    #: Its name in code and in a change's announcement ("care_plan").
    name: str
    record: type
    table: str
    #: What a coordinator calls one, and many ("care-plan goal", "care-plan goals").
    label: str
    plural: str
    #: The kind it belongs to and the field naming that record, or Absent for a kind of its own.
    owner: str | Absent
    owner_field: str | Absent
    #: The check a record must pass to be saved (`check(record, today)`).
    check: Check
    #: What makes two records the same for an import (None for "not comparable").
    duplicate_key: Key | Absent
    #: The list (carebook.storage.listings and its CSV columns) that shows this kind.
    listing: str | Absent
    #: The kind whose undo snapshot carries a change to this one (its own name if itself).
    undo_root: str
    #: The module mapping this kind to and from FHIR R4.
    fhir: str | Absent
    #: The part of the store (`carebook.store.<part>`) that adds, saves and removes one; Absent
    #: for a kind written only as part of another change (a medication's history).
    part: str | Absent
    #: Whether the FHIR identity a record came with is kept (fhir_link), so that importing the
    #: same resource again finds it instead of adding a second one.
    fhir_link: bool = False


def _no_today(check: Callable[[Any], None]) -> Check:
    return lambda record, _today: check(record)


_FHIR = "carebook.interop.fhir."
_OWN_LIST = Absent("shown in its patient's record window, not in a list of its own")

KINDS: tuple[Kind, ...] = (
    Kind(
        name="patient",
        record=Patient,
        table="patient",
        label="patient",
        plural="patients",
        owner=Absent("a patient is the caseload's own"),
        owner_field=Absent("a patient is the caseload's own"),
        check=checks.validate_patient,
        duplicate_key=Absent(
            "patients are matched by MRN, or by name and date of birth, when imported"
        ),
        listing="patients",
        undo_root="patient",
        fhir=_FHIR + "patient",
        part="patients",
        fhir_link=True,
    ),
    Kind(
        name="contact",
        record=Contact,
        table="contact",
        label="contact",
        plural="contacts",
        owner=Absent("a contact is in the caseload's shared directory"),
        owner_field=Absent("a contact is in the caseload's shared directory"),
        check=_no_today(checks.validate_contact),
        duplicate_key=Absent("contacts are matched by their FHIR identity when imported"),
        listing=Absent("picked from the directory in a patient's care team"),
        undo_root="contact",
        fhir=_FHIR + "contact",
        part="contacts",
        fhir_link=True,
    ),
    Kind(
        name="care_team_member",
        record=CareTeamMember,
        table="care_team_member",
        label="care-team member",
        plural="care-team members",
        owner="patient",
        owner_field="patient_id",
        check=_no_today(checks.check_fields),
        duplicate_key=Absent("a patient lists a contact once, by its key"),
        listing=_OWN_LIST,
        undo_root="patient",
        fhir=_FHIR + "care_team",
        part=Absent("a contact joins or leaves a patient's care team; it has no form of its own"),
    ),
    Kind(
        name="condition",
        record=Condition,
        table="condition",
        label="condition",
        plural="conditions",
        owner="patient",
        owner_field="patient_id",
        check=checks.validate_condition,
        duplicate_key=same_record_key,
        listing=_OWN_LIST,
        undo_root="condition",
        fhir=_FHIR + "condition",
        part="patients",
        fhir_link=True,
    ),
    Kind(
        name="allergy",
        record=Allergy,
        table="allergy",
        label="allergy",
        plural="allergies",
        owner="patient",
        owner_field="patient_id",
        check=checks.validate_allergy,
        duplicate_key=same_record_key,
        listing=_OWN_LIST,
        undo_root="allergy",
        fhir=_FHIR + "allergy",
        part="patients",
        fhir_link=True,
    ),
    Kind(
        name="medication",
        record=Medication,
        table="medication",
        label="medication",
        plural="medications",
        owner="patient",
        owner_field="patient_id",
        check=_no_today(checks.check_medication),
        duplicate_key=same_record_key,
        listing="medications",
        undo_root="medication",
        fhir=_FHIR + "medication",
        part="medications",
        fhir_link=True,
    ),
    Kind(
        name="medication_event",
        record=MedicationEvent,
        table="medication_event",
        label="medication change",
        plural="medication changes",
        owner="medication",
        owner_field="medication_id",
        check=_no_today(checks.check_fields),
        duplicate_key=Absent("a change is recorded once, by carebook, as the medication changes"),
        listing=_OWN_LIST,
        undo_root="medication",
        fhir=_FHIR + "medication",
        part=Absent("written as its medication is started, changed, held, stopped or resumed"),
    ),
    Kind(
        name="appointment",
        record=Appointment,
        table="appointment",
        label="appointment",
        plural="appointments",
        owner="patient",
        owner_field="patient_id",
        check=checks.validate_repeating_appointment,
        duplicate_key=same_record_key,
        listing="appointments",
        undo_root="appointment",
        fhir=_FHIR + "appointment",
        part="appointments",
        fhir_link=True,
    ),
    Kind(
        name="appointment_change",
        record=OccurrenceChange,
        table="appointment_change",
        label="change to one visit",
        plural="changes to visits",
        owner="appointment",
        owner_field="appointment_id",
        check=_no_today(checks.check_fields),
        duplicate_key=Absent("one change per visit of a series, by its original start"),
        listing=Absent("shown as the visit it changes"),
        undo_root="appointment",
        fhir=_FHIR + "appointment",
        part=Absent("written as one visit of a series is moved, skipped, marked or cancelled"),
    ),
    Kind(
        name="route_stop",
        record=RouteStop,
        table="route_stop",
        label="place in the day's route",
        plural="places in the day's route",
        owner="appointment",
        owner_field="appointment_id",
        check=_no_today(checks.check_fields),
        duplicate_key=Absent("one place per visit and day"),
        listing=Absent("shown as the order of the Agenda"),
        undo_root="appointment",
        fhir=Absent("the route is the coordinator's own plan of her day, not part of the record"),
        part=Absent("written as the day's route is reordered on the Agenda"),
    ),
    Kind(
        name="task",
        record=Task,
        table="task",
        label="task",
        plural="tasks",
        owner=Absent("a task may be the coordinator's own, for no patient"),
        owner_field="patient_id",
        check=checks.validate_repeating_task,
        duplicate_key=same_record_key,
        listing="tasks",
        undo_root="task",
        fhir=_FHIR + "task",
        part="tasks",
        fhir_link=True,
    ),
    Kind(
        name="note",
        record=Note,
        table="note",
        label="note",
        plural="notes",
        owner="patient",
        owner_field="patient_id",
        check=_no_today(checks.validate_note),
        duplicate_key=Absent("notes are imported by their FHIR identity"),
        listing=_OWN_LIST,
        undo_root="note",
        fhir=_FHIR + "note",
        part="patients",
        fhir_link=True,
    ),
    Kind(
        name="care_plan",
        record=CarePlan,
        table="care_plan",
        label="care plan",
        plural="care plans",
        owner="patient",
        owner_field="patient_id",
        check=_no_today(checks.validate_care_plan),
        duplicate_key=Absent("care plans are imported by their FHIR identity"),
        listing=_OWN_LIST,
        undo_root="care_plan",
        fhir=_FHIR + "care_plan",
        part="care_plans",
        fhir_link=True,
    ),
    Kind(
        name="problem",
        record=Problem,
        table="problem",
        label="care-plan problem",
        plural="care-plan problems",
        owner="care_plan",
        owner_field="care_plan_id",
        check=_no_today(checks.validate_problem),
        duplicate_key=Absent("part of its care plan"),
        listing=_OWN_LIST,
        undo_root="care_plan",
        fhir=_FHIR + "care_plan",
        part="care_plans",
    ),
    Kind(
        name="goal",
        record=Goal,
        table="goal",
        label="care-plan goal",
        plural="care-plan goals",
        owner="care_plan",
        owner_field="care_plan_id",
        check=_no_today(checks.validate_goal),
        duplicate_key=Absent("part of its care plan"),
        listing=_OWN_LIST,
        undo_root="care_plan",
        fhir=_FHIR + "goal",
        part="care_plans",
        fhir_link=True,
    ),
    Kind(
        name="intervention",
        record=Intervention,
        table="intervention",
        label="intervention",
        plural="interventions",
        owner="care_plan",
        owner_field="care_plan_id",
        check=_no_today(checks.validate_intervention),
        duplicate_key=Absent("part of its care plan"),
        listing=_OWN_LIST,
        undo_root="care_plan",
        fhir=_FHIR + "care_plan",
        part="care_plans",
    ),
    Kind(
        name="care_plan_review",
        record=CarePlanReview,
        table="care_plan_review",
        label="care-plan review",
        plural="care-plan reviews",
        owner="care_plan",
        owner_field="care_plan_id",
        check=checks.validate_care_plan_review,
        duplicate_key=Absent("part of its care plan"),
        listing=_OWN_LIST,
        undo_root="care_plan",
        fhir=_FHIR + "care_plan",
        part="care_plans",
    ),
    Kind(
        name="reconciliation",
        record=Reconciliation,
        table="reconciliation",
        label="medicines reconciliation",
        plural="medicines reconciliations",
        owner="patient",
        owner_field="patient_id",
        check=check_reconciliation,
        duplicate_key=Absent("each reconciliation is its own, made once from a discharge list"),
        listing=_OWN_LIST,
        undo_root="patient",
        fhir=Absent("carebook's own working record; its outcome is the medications' history"),
        part=Absent("written whole, with the medication changes it accepts, never edited"),
    ),
    Kind(
        name="reconciliation_line",
        record=ReconciliationLine,
        table="reconciliation_line",
        label="reconciliation line",
        plural="reconciliation lines",
        owner="reconciliation",
        owner_field="reconciliation_id",
        check=check_reconciliation,
        duplicate_key=Absent("one line per medicine of its reconciliation, by its number"),
        listing=Absent("printed with its reconciliation"),
        undo_root="patient",
        fhir=Absent("carebook's own working record; its outcome is the medications' history"),
        part=Absent("written whole with its reconciliation"),
    ),
    Kind(
        name="visit_record",
        record=VisitRecord,
        table="visit_record",
        label="visit record",
        plural="visit records",
        owner="appointment",
        owner_field="appointment_id",
        check=check_visit_record,
        duplicate_key=Absent("one record per visit of a series, by its original start"),
        listing=Absent("shown with its visit in the Agenda and the patient's record"),
        undo_root="appointment",
        # Not linked: a visit has one record, so an import finds it by its visit.
        fhir=_FHIR + "encounter",
        part="visit_records",
    ),
    Kind(
        name="referral",
        record=Referral,
        table="referral",
        label="referral",
        plural="referrals",
        owner="patient",
        owner_field="patient_id",
        check=check_referral,
        duplicate_key=Absent("each referral is its own, sent once to one contact"),
        listing=_OWN_LIST,
        undo_root="referral",
        fhir=_FHIR + "referral",
        part="referrals",
        fhir_link=True,
    ),
    Kind(
        name="preferences",
        record=Preferences,
        table="meta",
        label="preferences",
        plural="preferences",
        owner=Absent("the coordinator's own settings"),
        owner_field=Absent("the coordinator's own settings"),
        check=_no_today(checks.validate_preferences),
        duplicate_key=Absent("there is one set of preferences"),
        listing=Absent("set in Edit → Preferences"),
        undo_root="preferences",
        fhir=Absent("the coordinator's settings are not part of any patient's record"),
        part=Absent("saved whole in Edit → Preferences, never added or removed"),
    ),
)

BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
BY_RECORD: dict[type, Kind] = {kind.record: kind for kind in KINDS}
BY_TABLE: dict[str, Kind] = {kind.table: kind for kind in KINDS}
#: The table of each record class that is stored as rows (preferences are keys of `meta`).
TABLES: dict[type, str] = {
    kind.record: kind.table for kind in KINDS if kind.name not in ("preferences", "route_stop")
}


def kind_of(record: object) -> Kind:
    """The kind of `record`; KeyError for something that is not a record."""
    return BY_RECORD[type(record)]


def validate_record(record: object, today: date) -> None:
    """Check any record as its kind checks it (ValidationError naming the field to fix); the
    imports use this, as they write many kinds at once."""
    kind = BY_RECORD.get(type(record))
    if kind is not None:
        kind.check(record, today)
