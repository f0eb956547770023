"""Which fields a patient and a contact show in the record form, most used first."""

from __future__ import annotations

from carebook.core.vocabularies import ContactRole, PatientStatus, Sex
from carebook.ui.forms.field_spec import FieldSpec

_PHONE = "e.g. 555-0134"
_EMAIL = "e.g. name@example.org"

# Most-used field first: it has the focus when the form opens.
PATIENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "given",
        "Given name",
        placeholder="e.g. Margaret",
        hint="A given, family or preferred name is all a new patient needs",
    ),
    FieldSpec("family", "Family name", placeholder="e.g. O'Neill"),
    FieldSpec(
        "preferred_name",
        "Preferred name",
        placeholder="e.g. Peggy",
        hint="The name the patient likes to be called",
    ),
    FieldSpec("birth_date", "Date of birth", "date"),
    FieldSpec("sex", "Sex", "choice", Sex, allow_empty=True),
    FieldSpec("phone", "Phone", placeholder=_PHONE),
    FieldSpec("phone_alt", "Other phone", placeholder=_PHONE),
    FieldSpec("email", "Email", placeholder=_EMAIL),
    FieldSpec("address_line", "Address", placeholder="e.g. 12 Elm Street, Apt 3"),
    FieldSpec("city", "City"),
    FieldSpec("region", "State / region"),
    FieldSpec("postal_code", "Postal code"),
    FieldSpec(
        "language",
        "Language",
        placeholder="e.g. English, Vietnamese",
        hint="Spoken language, and whether an interpreter is needed",
    ),
    FieldSpec(
        "access_notes",
        "Access notes",
        "long_text",
        placeholder="Key safe code, pets, parking, stairs",
        hint="What a visitor needs to know to get in",
    ),
    FieldSpec("payer", "Payer", placeholder="e.g. Medicare"),
    FieldSpec("member_id", "Member ID"),
    FieldSpec("external_id", "MRN", hint="Medical record number in another system"),
    FieldSpec("status", "Status", "choice", PatientStatus),
    FieldSpec("notes", "Notes", "long_text"),
)

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Name", required=True, placeholder="e.g. Dr. Amal Haddad"),
    FieldSpec("role", "Role", "choice", ContactRole),
    FieldSpec("organization", "Organization", placeholder="e.g. Riverside Pharmacy"),
    FieldSpec("phone", "Phone", placeholder=_PHONE),
    FieldSpec("fax", "Fax"),
    FieldSpec("email", "Email", placeholder=_EMAIL),
    FieldSpec("address", "Address"),
    FieldSpec(
        "services",
        "Services",
        placeholder="e.g. Meals at home, shopping, befriending",
        hint="What it offers (a community resource, an agency)",
    ),
    FieldSpec("hours", "Opening hours", placeholder="e.g. Mon–Fri 09:00–17:00"),
    FieldSpec(
        "eligibility",
        "Eligibility",
        placeholder="e.g. Over 65, living in the borough; self-referral accepted",
        hint="Who may use it, and how to be referred",
    ),
    FieldSpec("notes", "Notes", "long_text"),
)
