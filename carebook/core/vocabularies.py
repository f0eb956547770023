"""The closed lists a caseload's codes come from (statuses, kinds, roles), and their labels."""

from __future__ import annotations

from enum import StrEnum

from carebook.core.vocabulary_words import LABELS
from carebook.core.words import translate


class Vocabulary(StrEnum):
    """A closed list of codes stored as text; `label` is what a coordinator reads, in her
    language; `english` the same words in English, for FHIR and for matching imports."""

    @property
    def english(self) -> str:
        listed = LABELS.get(type(self).__name__, {}).get(self.value)
        return listed if listed is not None else self.value.replace("_", " ").capitalize()

    @property
    def label(self) -> str:
        return translate(type(self).__name__, self.english)


class PatientStatus(Vocabulary):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    DISCHARGED = "discharged"
    DECEASED = "deceased"


class Sex(Vocabulary):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class ContactRole(Vocabulary):
    PHYSICIAN = "physician"
    PHARMACY = "pharmacy"
    CAREGIVER = "caregiver"
    POWER_OF_ATTORNEY = "power_of_attorney"
    EMERGENCY_CONTACT = "emergency_contact"
    AGENCY = "agency"
    THERAPIST = "therapist"
    SOCIAL_WORKER = "social_worker"
    NURSE_PRACTITIONER = "nurse_practitioner"
    #: A service in the community (a day centre, meals on wheels, a food bank): the directory
    #: keeps what it offers, its hours and who may use it.
    COMMUNITY_RESOURCE = "community_resource"
    OTHER = "other"


#: The roles that write prescriptions: offered first as a medication's prescriber.
PRESCRIBING_ROLES = frozenset({ContactRole.PHYSICIAN, ContactRole.NURSE_PRACTITIONER})


class ConditionStatus(Vocabulary):
    ACTIVE = "active"
    INACTIVE = "inactive"
    RESOLVED = "resolved"


class AllergySeverity(Vocabulary):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class AllergyCriticality(Vocabulary):
    LOW = "low"
    HIGH = "high"
    UNABLE_TO_ASSESS = "unable_to_assess"


class AllergyStatus(Vocabulary):
    ACTIVE = "active"
    INACTIVE = "inactive"
    RESOLVED = "resolved"


class AllergyStatement(Vocabulary):
    """What the coordinator has said of a patient's allergies while none is listed: nothing yet,
    or, on purpose and on a day, that there are none known (drug allergies, or any)."""

    NOT_RECORDED = "not_recorded"
    NO_KNOWN_DRUG_ALLERGIES = "no_known_drug_allergies"
    NO_KNOWN_ALLERGIES = "no_known_allergies"


class ReconciliationChange(Vocabulary):
    """What a discharge list does to one of the patient's medicines."""

    CONTINUED = "continued"
    CHANGED = "changed"
    NEW = "new"
    STOPPED = "stopped"
    NOT_LISTED = "not_listed"

    @property
    def writes(self) -> bool:
        """Whether accepting the line changes the medication list."""
        return self is not ReconciliationChange.CONTINUED


class MedicationStatus(Vocabulary):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"


class MedicationEventKind(Vocabulary):
    STARTED = "started"
    DOSE_CHANGED = "dose_changed"
    CHANGED = "changed"
    ON_HOLD = "on_hold"
    STOPPED = "stopped"
    RESUMED = "resumed"
    REVIEWED = "reviewed"


class AppointmentKind(Vocabulary):
    HOME_VISIT = "home_visit"
    PHYSICIAN = "physician"
    LAB = "lab"
    THERAPY = "therapy"
    TELEHEALTH = "telehealth"
    OTHER = "other"


class Transport(Vocabulary):
    NOT_NEEDED = "not_needed"
    NEEDED = "needed"
    ARRANGED = "arranged"


class AppointmentStatus(Vocabulary):
    BOOKED = "booked"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class TaskPriority(Vocabulary):
    ROUTINE = "routine"
    URGENT = "urgent"
    ASAP = "asap"


class TaskStatus(Vocabulary):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class CarePlanStatus(Vocabulary):
    DRAFT = "draft"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    REVOKED = "revoked"


class GoalLifecycle(Vocabulary):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class GoalAchievement(Vocabulary):
    IN_PROGRESS = "in_progress"
    IMPROVING = "improving"
    WORSENING = "worsening"
    NO_CHANGE = "no_change"
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"


class InterventionStatus(Vocabulary):
    NOT_STARTED = "not_started"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ReferralStatus(Vocabulary):
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DONE = "done"


class NoteKind(Vocabulary):
    VISIT = "visit"
    PROGRESS = "progress"


def label_of(code: str | None) -> str:
    """A stored code as words ("on_hold" -> "On hold"), for any vocabulary, translated."""
    if not code:
        return ""
    for vocabulary in (AppointmentStatus, TaskPriority):
        if code in vocabulary._value2member_map_:
            return vocabulary(code).label
    words = code.replace("_", " ").capitalize()
    for name, labels in LABELS.items():
        if labels.get(code) == words:
            return translate(name, words)
    return words


class Paper(Vocabulary):
    A4 = "a4"
    LETTER = "letter"


# -- the care manager's business: time, mileage, expenses and invoices ---------------------------


class Rounding(Vocabulary):
    """How billable minutes are rounded up: not at all, or up to the next 6, 10 or 15."""

    NONE = "none"
    SIX = "6"
    TEN = "10"
    FIFTEEN = "15"

    @property
    def step(self) -> int:
        return 1 if self is Rounding.NONE else int(self.value)


class RoundingScope(Vocabulary):
    """Whether each entry is rounded, or a client's whole day."""

    ENTRY = "entry"
    DAY = "day"


class PayerKind(Vocabulary):
    """Who pays a client's invoices."""

    CLIENT = "client"
    CONTACT = "contact"  # a daughter, a power of attorney: one of the client's contacts
    TRUST = "trust"
    AGENCY = "agency"


class InvoiceStatus(Vocabulary):
    """An invoice's stored state; paid and part paid are read from its payments."""

    DRAFT = "draft"
    ISSUED = "issued"
    PART_PAID = "part_paid"
    PAID = "paid"
    VOID = "void"


class InvoiceGrouping(Vocabulary):
    """How an invoice's time lines are gathered: a line a day, or a line an activity."""

    DAY = "day"
    ACTIVITY = "activity"


class LineKind(Vocabulary):
    TIME = "time"
    MILEAGE = "mileage"
    EXPENSE = "expense"
    RETAINER = "retainer"


class TripPurpose(Vocabulary):
    """The purposes the tax office sets a standard mileage rate for."""

    BUSINESS = "business"
    MEDICAL = "medical"
    CHARITABLE = "charitable"


class ExpenseCategory(Vocabulary):
    SUPPLIES = "supplies"
    PARKING = "parking"
    TOLLS = "tolls"
    POSTAGE = "postage"
    RECORDS = "records"  # copies of medical records
    MEALS = "meals"
    TRANSPORT = "transport"  # a taxi, a bus fare
    OTHER = "other"


class PaymentMethod(Vocabulary):
    CHECK = "check"
    CARD = "card"
    TRANSFER = "transfer"
    CASH = "cash"
    OTHER = "other"


class DistanceUnit(Vocabulary):
    MILE = "mile"
    KILOMETRE = "km"

    @property
    def short(self) -> str:
        return "mi" if self is DistanceUnit.MILE else "km"


# -- the clinical record: documents kept with a patient -------------------------------------------


class DocumentCategory(Vocabulary):
    """What a patient's document is: the papers that decide what may happen come first."""

    ADVANCE_DIRECTIVE = "advance_directive"
    POLST = "polst"  # POLST or MOLST: portable medical orders
    HEALTH_CARE_POA = "health_care_poa"
    FINANCIAL_POA = "financial_poa"
    INSURANCE_CARD = "insurance_card"
    DISCHARGE_SUMMARY = "discharge_summary"
    CONSENT = "consent"
    OTHER = "other"
