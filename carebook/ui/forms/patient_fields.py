"""Which fields a patient and a contact show in the record form, most used first."""

from __future__ import annotations

from carebook.core.vocabularies import ContactRole, PatientStatus, Sex
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.forms.field_spec import FieldSpec

_PHONE = QT_TRANSLATE_NOOP("RecordForm", "e.g. 555-0134")
_EMAIL = QT_TRANSLATE_NOOP("RecordForm", "e.g. name@example.org")

# Most-used field first: it has the focus when the form opens.
PATIENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "given",
        QT_TRANSLATE_NOOP("RecordForm", "Given name"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Margaret"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "A given, family or preferred name is all a new patient needs"
        ),
    ),
    FieldSpec(
        "family",
        QT_TRANSLATE_NOOP("RecordForm", "Family name"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. O'Neill"),
    ),
    FieldSpec(
        "preferred_name",
        QT_TRANSLATE_NOOP("RecordForm", "Preferred name"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Peggy"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "The name the patient likes to be called"),
    ),
    FieldSpec("birth_date", QT_TRANSLATE_NOOP("RecordForm", "Date of birth"), "date"),
    FieldSpec("sex", QT_TRANSLATE_NOOP("RecordForm", "Sex"), "choice", Sex, allow_empty=True),
    FieldSpec("phone", QT_TRANSLATE_NOOP("RecordForm", "Phone"), placeholder=_PHONE),
    FieldSpec("phone_alt", QT_TRANSLATE_NOOP("RecordForm", "Other phone"), placeholder=_PHONE),
    FieldSpec("email", QT_TRANSLATE_NOOP("RecordForm", "Email"), placeholder=_EMAIL),
    FieldSpec(
        "address_line",
        QT_TRANSLATE_NOOP("RecordForm", "Address"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 12 Elm Street, Apt 3"),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("RecordForm", "City")),
    FieldSpec("region", QT_TRANSLATE_NOOP("RecordForm", "State / region")),
    FieldSpec("postal_code", QT_TRANSLATE_NOOP("RecordForm", "Postal code")),
    FieldSpec(
        "language",
        QT_TRANSLATE_NOOP("RecordForm", "Language"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. English, Vietnamese"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Spoken language, and whether an interpreter is needed"
        ),
    ),
    FieldSpec(
        "access_notes",
        QT_TRANSLATE_NOOP("RecordForm", "Access notes"),
        "long_text",
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "Key safe code, pets, parking, stairs"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "What a visitor needs to know to get in"),
    ),
    FieldSpec(
        "payer",
        QT_TRANSLATE_NOOP("RecordForm", "Payer"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Medicare"),
    ),
    FieldSpec("member_id", QT_TRANSLATE_NOOP("RecordForm", "Member ID")),
    FieldSpec(
        "external_id",
        QT_TRANSLATE_NOOP("RecordForm", "MRN"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "Medical record number in another system"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", PatientStatus),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text"),
)

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("RecordForm", "Name"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Dr. Amal Haddad"),
    ),
    FieldSpec("role", QT_TRANSLATE_NOOP("RecordForm", "Role"), "choice", ContactRole),
    FieldSpec(
        "organization",
        QT_TRANSLATE_NOOP("RecordForm", "Organization"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Riverside Pharmacy"),
    ),
    FieldSpec("phone", QT_TRANSLATE_NOOP("RecordForm", "Phone"), placeholder=_PHONE),
    FieldSpec("fax", QT_TRANSLATE_NOOP("RecordForm", "Fax")),
    FieldSpec("email", QT_TRANSLATE_NOOP("RecordForm", "Email"), placeholder=_EMAIL),
    FieldSpec("address", QT_TRANSLATE_NOOP("RecordForm", "Address")),
    FieldSpec(
        "services",
        QT_TRANSLATE_NOOP("RecordForm", "Services"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Meals at home, shopping, befriending"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "What it offers (a community resource, an agency)"),
    ),
    FieldSpec(
        "hours",
        QT_TRANSLATE_NOOP("RecordForm", "Opening hours"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Mon–Fri 09:00–17:00"),
    ),
    FieldSpec(
        "eligibility",
        QT_TRANSLATE_NOOP("RecordForm", "Eligibility"),
        placeholder=QT_TRANSLATE_NOOP(
            "RecordForm", "e.g. Over 65, living in the borough; self-referral accepted"
        ),
        hint=QT_TRANSLATE_NOOP("RecordForm", "Who may use it, and how to be referred"),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text"),
)
