"""What carebook's forms ask of a record beyond what makes it keepable, and an import may lack.

A record from another system (an EHR download, a spreadsheet) is kept when it is whole enough
to be kept (core.validation's checks, through the kind registry); what the form would still
ask of it is listed here, so that the import can say what is missing instead of refusing it.
The form and the store's own add and save insist on it (core.validation.validate_medication).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from carebook.core.records import Medication
from carebook.core.words import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Missing:
    """One thing a record lacks that its form asks for."""

    #: the record's field that would hold it
    field: str
    #: what is missing, as a report names it ("what it is taken for as needed")
    what: str
    #: what the form says when it asks for it
    ask: str


AS_NEEDED_REASON = Missing(
    "as_needed_reason",
    QT_TRANSLATE_NOOP("Incomplete", "what it is taken for as needed"),
    QT_TRANSLATE_NOOP("Incomplete", "Say what an as-needed medication is taken for."),
)


def _in_words(missing: Missing) -> Missing:
    """`missing` with its words in the chosen language."""
    return replace(
        missing,
        what=translate("Incomplete", missing.what),
        ask=translate("Incomplete", missing.ask),
    )


def incomplete_medication(medication: Medication) -> list[Missing]:
    """What the medication form would still ask of `medication`: an as-needed medication's
    reason (an EHR's as-needed order often states none)."""
    if medication.as_needed and not medication.as_needed_reason.strip():
        return [_in_words(AS_NEEDED_REASON)]
    return []


def incomplete(record: object) -> list[Missing]:
    """What the form of the record's kind would still ask of it (nothing, for most kinds)."""
    if isinstance(record, Medication):
        return incomplete_medication(record)
    return []
