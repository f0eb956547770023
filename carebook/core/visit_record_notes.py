"""Visit note templates: free text, SOAP, and one per visit purpose that the coordinator
edits; and which template a visit's note starts from."""

from __future__ import annotations

from carebook.core.errors import ValidationError
from carebook.core.validation import LONG_TEXT, SHORT_TEXT
from carebook.core.words import translate

FREE_TEXT = "Free text"
SOAP = "SOAP"

#: The fixed templates, always offered first.
FIXED_TEMPLATES: dict[str, str] = {
    FREE_TEXT: "",
    SOAP: "Subjective:\n\nObjective:\n\nAssessment:\n\nPlan:\n",
}

#: The per-purpose templates a new caseload starts with; the coordinator edits them.
PURPOSE_TEMPLATES: dict[str, str] = {
    "Home visit": (
        "Seen at home.\nHow the patient is:\n\nHome and safety:\n\nMedicines checked:\n\n"
        "Next steps:\n"
    ),
    "Medication review": (
        "Medicines reviewed against the list:\n\nTaken as prescribed:\n\nSide effects:\n\n"
        "Changes agreed:\n"
    ),
    "Telehealth": "Call with:\n\nHow the patient is:\n\nAgreed:\n",
}


def check_templates(templates: dict[str, str]) -> None:
    """Each per-purpose template needs a purpose, not one of the fixed names, within length."""
    for purpose, text in templates.items():
        if not purpose.strip():
            raise ValidationError(
                translate("VisitRecordNotes", "A template needs the visit purpose it is for."),
                "purpose",
            )
        if purpose.strip().casefold() in {name.casefold() for name in FIXED_TEMPLATES}:
            raise ValidationError(
                translate("VisitRecordNotes", "{purpose!r} is a built-in template's name.").format(
                    purpose=purpose
                ),
                "purpose",
            )
        if len(purpose) > SHORT_TEXT or len(text) > LONG_TEXT:
            raise ValidationError(
                translate("VisitRecordNotes", "The template {purpose!r} is too long.").format(
                    purpose=purpose
                ),
                "text",
            )


def all_templates(purpose_templates: dict[str, str]) -> dict[str, str]:
    """Every template offered, the fixed ones first, then by purpose in alphabetical order."""
    ordered = sorted(purpose_templates.items(), key=lambda item: item[0].casefold())
    return {**FIXED_TEMPLATES, **dict(ordered)}


def template_for(purpose_templates: dict[str, str], purpose: str, kind_label: str) -> str:
    """The name of the template a visit's note starts from: the one for its purpose text, or
    for its kind ("Home visit"), or free text."""
    by_key = {name.strip().casefold(): name for name in purpose_templates}
    for wanted in (purpose, kind_label):
        found = by_key.get(wanted.strip().casefold())
        if found is not None:
            return found
    return FREE_TEXT
