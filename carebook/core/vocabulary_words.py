"""What a coordinator reads for each code of carebook's closed lists (vocabularies), in English.

Each text is marked for translation in the context of its vocabulary's class name, so that a
translator may make "Active" agree with a patient or with a goal; `Vocabulary.label` translates
it when shown. `Vocabulary.english` keeps the English for machine use (FHIR, matching imports).
"""

from __future__ import annotations

from carebook.core.words import QT_TRANSLATE_NOOP

#: vocabulary class name -> code -> its English label.
LABELS: dict[str, dict[str, str]] = {
    "AllergyCriticality": {
        "low": QT_TRANSLATE_NOOP("AllergyCriticality", "Low"),
        "high": QT_TRANSLATE_NOOP("AllergyCriticality", "High"),
        "unable_to_assess": QT_TRANSLATE_NOOP("AllergyCriticality", "Unable to assess"),
    },
    "AllergySeverity": {
        "mild": QT_TRANSLATE_NOOP("AllergySeverity", "Mild"),
        "moderate": QT_TRANSLATE_NOOP("AllergySeverity", "Moderate"),
        "severe": QT_TRANSLATE_NOOP("AllergySeverity", "Severe"),
    },
    "AllergyStatement": {
        "not_recorded": QT_TRANSLATE_NOOP("AllergyStatement", "Allergies not recorded yet"),
        "no_known_drug_allergies": QT_TRANSLATE_NOOP("AllergyStatement", "No known drug allergies"),
        "no_known_allergies": QT_TRANSLATE_NOOP("AllergyStatement", "No known allergies"),
    },
    "AllergyStatus": {
        "active": QT_TRANSLATE_NOOP("AllergyStatus", "Active"),
        "inactive": QT_TRANSLATE_NOOP("AllergyStatus", "Inactive"),
        "resolved": QT_TRANSLATE_NOOP("AllergyStatus", "Resolved"),
    },
    "AppointmentKind": {
        "home_visit": QT_TRANSLATE_NOOP("AppointmentKind", "Home visit"),
        "physician": QT_TRANSLATE_NOOP("AppointmentKind", "Physician"),
        "lab": QT_TRANSLATE_NOOP("AppointmentKind", "Lab"),
        "therapy": QT_TRANSLATE_NOOP("AppointmentKind", "Therapy"),
        "telehealth": QT_TRANSLATE_NOOP("AppointmentKind", "Telehealth"),
        "other": QT_TRANSLATE_NOOP("AppointmentKind", "Other"),
    },
    "AppointmentStatus": {
        "booked": QT_TRANSLATE_NOOP("AppointmentStatus", "Booked"),
        "done": QT_TRANSLATE_NOOP("AppointmentStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
        "no_show": QT_TRANSLATE_NOOP("AppointmentStatus", "No-show"),
    },
    "CarePlanStatus": {
        "draft": QT_TRANSLATE_NOOP("CarePlanStatus", "Draft"),
        "active": QT_TRANSLATE_NOOP("CarePlanStatus", "Active"),
        "on_hold": QT_TRANSLATE_NOOP("CarePlanStatus", "On hold"),
        "completed": QT_TRANSLATE_NOOP("CarePlanStatus", "Completed"),
        "revoked": QT_TRANSLATE_NOOP("CarePlanStatus", "Revoked"),
    },
    "ConditionStatus": {
        "active": QT_TRANSLATE_NOOP("ConditionStatus", "Active"),
        "inactive": QT_TRANSLATE_NOOP("ConditionStatus", "Inactive"),
        "resolved": QT_TRANSLATE_NOOP("ConditionStatus", "Resolved"),
    },
    "ContactRole": {
        "physician": QT_TRANSLATE_NOOP("ContactRole", "Physician"),
        "pharmacy": QT_TRANSLATE_NOOP("ContactRole", "Pharmacy"),
        "caregiver": QT_TRANSLATE_NOOP("ContactRole", "Caregiver"),
        "power_of_attorney": QT_TRANSLATE_NOOP("ContactRole", "Power of attorney"),
        "emergency_contact": QT_TRANSLATE_NOOP("ContactRole", "Emergency contact"),
        "agency": QT_TRANSLATE_NOOP("ContactRole", "Agency"),
        "therapist": QT_TRANSLATE_NOOP("ContactRole", "Therapist"),
        "social_worker": QT_TRANSLATE_NOOP("ContactRole", "Social worker"),
        "nurse_practitioner": QT_TRANSLATE_NOOP("ContactRole", "Nurse practitioner"),
        "community_resource": QT_TRANSLATE_NOOP("ContactRole", "Community resource"),
        "other": QT_TRANSLATE_NOOP("ContactRole", "Other"),
    },
    "DistanceUnit": {
        "mile": QT_TRANSLATE_NOOP("DistanceUnit", "Miles"),
        "km": QT_TRANSLATE_NOOP("DistanceUnit", "Kilometres"),
    },
    "DocumentCategory": {
        "advance_directive": QT_TRANSLATE_NOOP("DocumentCategory", "Advance directive"),
        "polst": QT_TRANSLATE_NOOP("DocumentCategory", "POLST / MOLST"),
        "health_care_poa": QT_TRANSLATE_NOOP("DocumentCategory", "Health-care power of attorney"),
        "financial_poa": QT_TRANSLATE_NOOP("DocumentCategory", "Financial power of attorney"),
        "insurance_card": QT_TRANSLATE_NOOP("DocumentCategory", "Insurance card"),
        "discharge_summary": QT_TRANSLATE_NOOP("DocumentCategory", "Discharge summary"),
        "consent": QT_TRANSLATE_NOOP("DocumentCategory", "Consent"),
        "other": QT_TRANSLATE_NOOP("DocumentCategory", "Other"),
    },
    "ExpenseCategory": {
        "supplies": QT_TRANSLATE_NOOP("ExpenseCategory", "Supplies"),
        "parking": QT_TRANSLATE_NOOP("ExpenseCategory", "Parking"),
        "tolls": QT_TRANSLATE_NOOP("ExpenseCategory", "Tolls"),
        "postage": QT_TRANSLATE_NOOP("ExpenseCategory", "Postage"),
        "records": QT_TRANSLATE_NOOP("ExpenseCategory", "Copies of records"),
        "meals": QT_TRANSLATE_NOOP("ExpenseCategory", "Meals"),
        "transport": QT_TRANSLATE_NOOP("ExpenseCategory", "Transport"),
        "other": QT_TRANSLATE_NOOP("ExpenseCategory", "Other"),
    },
    "GoalAchievement": {
        "in_progress": QT_TRANSLATE_NOOP("GoalAchievement", "In progress"),
        "improving": QT_TRANSLATE_NOOP("GoalAchievement", "Improving"),
        "worsening": QT_TRANSLATE_NOOP("GoalAchievement", "Worsening"),
        "no_change": QT_TRANSLATE_NOOP("GoalAchievement", "No change"),
        "achieved": QT_TRANSLATE_NOOP("GoalAchievement", "Achieved"),
        "not_achieved": QT_TRANSLATE_NOOP("GoalAchievement", "Not achieved"),
    },
    "GoalLifecycle": {
        "proposed": QT_TRANSLATE_NOOP("GoalLifecycle", "Proposed"),
        "active": QT_TRANSLATE_NOOP("GoalLifecycle", "Active"),
        "on_hold": QT_TRANSLATE_NOOP("GoalLifecycle", "On hold"),
        "completed": QT_TRANSLATE_NOOP("GoalLifecycle", "Completed"),
        "cancelled": QT_TRANSLATE_NOOP("GoalLifecycle", "Cancelled"),
    },
    "InterventionStatus": {
        "not_started": QT_TRANSLATE_NOOP("InterventionStatus", "Not started"),
        "scheduled": QT_TRANSLATE_NOOP("InterventionStatus", "Scheduled"),
        "in_progress": QT_TRANSLATE_NOOP("InterventionStatus", "In progress"),
        "on_hold": QT_TRANSLATE_NOOP("InterventionStatus", "On hold"),
        "completed": QT_TRANSLATE_NOOP("InterventionStatus", "Completed"),
        "cancelled": QT_TRANSLATE_NOOP("InterventionStatus", "Cancelled"),
    },
    "InvoiceGrouping": {
        "day": QT_TRANSLATE_NOOP("InvoiceGrouping", "Day"),
        "activity": QT_TRANSLATE_NOOP("InvoiceGrouping", "Activity"),
    },
    "InvoiceStatus": {
        "draft": QT_TRANSLATE_NOOP("InvoiceStatus", "Draft"),
        "issued": QT_TRANSLATE_NOOP("InvoiceStatus", "Issued"),
        "part_paid": QT_TRANSLATE_NOOP("InvoiceStatus", "Part paid"),
        "paid": QT_TRANSLATE_NOOP("InvoiceStatus", "Paid"),
        "void": QT_TRANSLATE_NOOP("InvoiceStatus", "Void"),
    },
    "LineKind": {
        "time": QT_TRANSLATE_NOOP("LineKind", "Time"),
        "mileage": QT_TRANSLATE_NOOP("LineKind", "Mileage"),
        "expense": QT_TRANSLATE_NOOP("LineKind", "Expense"),
        "retainer": QT_TRANSLATE_NOOP("LineKind", "Retainer"),
    },
    "MedicationEventKind": {
        "started": QT_TRANSLATE_NOOP("MedicationEventKind", "Started"),
        "dose_changed": QT_TRANSLATE_NOOP("MedicationEventKind", "Dose changed"),
        "changed": QT_TRANSLATE_NOOP("MedicationEventKind", "Changed"),
        "on_hold": QT_TRANSLATE_NOOP("MedicationEventKind", "On hold"),
        "stopped": QT_TRANSLATE_NOOP("MedicationEventKind", "Stopped"),
        "resumed": QT_TRANSLATE_NOOP("MedicationEventKind", "Resumed"),
        "reviewed": QT_TRANSLATE_NOOP("MedicationEventKind", "Reviewed"),
    },
    "MedicationStatus": {
        "active": QT_TRANSLATE_NOOP("MedicationStatus", "Active"),
        "on_hold": QT_TRANSLATE_NOOP("MedicationStatus", "On hold"),
        "stopped": QT_TRANSLATE_NOOP("MedicationStatus", "Stopped"),
    },
    "NoteKind": {
        "visit": QT_TRANSLATE_NOOP("NoteKind", "Visit"),
        "progress": QT_TRANSLATE_NOOP("NoteKind", "Progress"),
    },
    "Paper": {
        "a4": QT_TRANSLATE_NOOP("Paper", "A4"),
        "letter": QT_TRANSLATE_NOOP("Paper", "US Letter"),
    },
    "PatientStatus": {
        "active": QT_TRANSLATE_NOOP("PatientStatus", "Active"),
        "on_hold": QT_TRANSLATE_NOOP("PatientStatus", "On hold"),
        "discharged": QT_TRANSLATE_NOOP("PatientStatus", "Discharged"),
        "deceased": QT_TRANSLATE_NOOP("PatientStatus", "Deceased"),
    },
    "PayerKind": {
        "client": QT_TRANSLATE_NOOP("PayerKind", "The client"),
        "contact": QT_TRANSLATE_NOOP("PayerKind", "A contact (family, power of attorney)"),
        "trust": QT_TRANSLATE_NOOP("PayerKind", "A trust"),
        "agency": QT_TRANSLATE_NOOP("PayerKind", "An agency"),
    },
    "PaymentMethod": {
        "check": QT_TRANSLATE_NOOP("PaymentMethod", "Check"),
        "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
        "transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
        "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
        "other": QT_TRANSLATE_NOOP("PaymentMethod", "Other"),
    },
    "ReconciliationChange": {
        "continued": QT_TRANSLATE_NOOP("ReconciliationChange", "Continued"),
        "changed": QT_TRANSLATE_NOOP("ReconciliationChange", "Changed"),
        "new": QT_TRANSLATE_NOOP("ReconciliationChange", "New"),
        "stopped": QT_TRANSLATE_NOOP("ReconciliationChange", "Stopped in hospital"),
        "not_listed": QT_TRANSLATE_NOOP("ReconciliationChange", "Not on the discharge list"),
    },
    "ReferralStatus": {
        "sent": QT_TRANSLATE_NOOP("ReferralStatus", "Sent"),
        "accepted": QT_TRANSLATE_NOOP("ReferralStatus", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("ReferralStatus", "Declined"),
        "done": QT_TRANSLATE_NOOP("ReferralStatus", "Done"),
    },
    "Rounding": {
        "none": QT_TRANSLATE_NOOP("Rounding", "Not rounded"),
        "6": QT_TRANSLATE_NOOP("Rounding", "Up to 6 minutes"),
        "10": QT_TRANSLATE_NOOP("Rounding", "Up to 10 minutes"),
        "15": QT_TRANSLATE_NOOP("Rounding", "Up to 15 minutes"),
    },
    "RoundingScope": {
        "entry": QT_TRANSLATE_NOOP("RoundingScope", "Each entry"),
        "day": QT_TRANSLATE_NOOP("RoundingScope", "Each client's day"),
    },
    "Sex": {
        "female": QT_TRANSLATE_NOOP("Sex", "Female"),
        "male": QT_TRANSLATE_NOOP("Sex", "Male"),
        "other": QT_TRANSLATE_NOOP("Sex", "Other"),
        "unknown": QT_TRANSLATE_NOOP("Sex", "Unknown"),
    },
    "TaskPriority": {
        "routine": QT_TRANSLATE_NOOP("TaskPriority", "Routine"),
        "urgent": QT_TRANSLATE_NOOP("TaskPriority", "Urgent"),
        "asap": QT_TRANSLATE_NOOP("TaskPriority", "ASAP"),
    },
    "TaskStatus": {
        "open": QT_TRANSLATE_NOOP("TaskStatus", "Open"),
        "done": QT_TRANSLATE_NOOP("TaskStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("TaskStatus", "Cancelled"),
    },
    "Transport": {
        "not_needed": QT_TRANSLATE_NOOP("Transport", "Not needed"),
        "needed": QT_TRANSLATE_NOOP("Transport", "Needed"),
        "arranged": QT_TRANSLATE_NOOP("Transport", "Arranged"),
    },
    "TripPurpose": {
        "business": QT_TRANSLATE_NOOP("TripPurpose", "Business"),
        "medical": QT_TRANSLATE_NOOP("TripPurpose", "Medical"),
        "charitable": QT_TRANSLATE_NOOP("TripPurpose", "Charitable"),
    },
}
