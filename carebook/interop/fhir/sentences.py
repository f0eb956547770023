"""The sentences carebook's own FHIR export writes for values FHIR has no element for, read back.

A medication's history, its pharmacy and next review are notes ("Stopped: 5 mg. Reason:
cough", "Pharmacy: Otley Pharmacy", "Next review due 2026-09-01"); so are a care plan's
reviews and next review ("Review: …"), a condition that came back after it abated ("Abated
2020-01-01, active again since.") and a task's repeat rule ("Repeats: weekly (FREQ=WEEKLY)");
an appointment's place, transport and repeat rule are the last lines of its comment; what is
said of a care-team member is a note of the team; the patient's notes are paragraphs of a
section of the document; an allergy with no reaction recorded says so as its manifestation.

carebook's export gives each of these values typed as well (fhir.extension), and its import
reads them so; these readers are for the files that do not have them: exports from a carebook
before the typed values, or files edited elsewhere.

These readers know the words as the export has always written them: a file read with them can
come from an older carebook, so they are not to change with the words the export writes now.
"""

from __future__ import annotations

import html
import re
from datetime import date

from carebook.core.records import Appointment, MedicationEvent
from carebook.core.vocabularies import MedicationEventKind, Transport

#: The words a medication's history notes begin with, for each kind of event.
_EVENT_WORDS = {
    "Started": MedicationEventKind.STARTED,
    "Dose changed": MedicationEventKind.DOSE_CHANGED,
    "Changed": MedicationEventKind.CHANGED,
    "On hold": MedicationEventKind.ON_HOLD,
    "Stopped": MedicationEventKind.STOPPED,
    "Resumed": MedicationEventKind.RESUMED,
    "Reviewed": MedicationEventKind.REVIEWED,
}
_EVENT = re.compile(
    r"(?P<label>"
    + "|".join(re.escape(label) for label in _EVENT_WORDS)
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
_LOCATION = "Location: "
#: How a medication's notes name its pharmacy and prescriber.
PHARMACY = "Pharmacy: "
PRESCRIBED_BY = "Prescribed by "
#: An allergy's reaction when none is recorded (FHIR needs one for a severity).
NOT_RECORDED = "Not recorded"
#: How the document's notes section says which of the patient's notes a paragraph is.
_PATIENT_NOTES = (("Home access: ", "access_notes"), ("Notes: ", "notes"))


def medication_event(said: str, when: date) -> MedicationEvent | None:
    """The event of a medication's history a note dated `when` tells, if it tells one."""
    found = _EVENT.fullmatch(said)
    if found is None:
        return None
    return MedicationEvent(
        medication_id=0,
        on_date=when,
        kind=_EVENT_WORDS[found.group("label")],
        detail=found.group("detail") or "",
        reason=found.group("reason") or "",
    )


def next_review(said: str) -> date | None:
    """The day of "Next review due 2026-09-01"."""
    found = _NEXT_REVIEW.fullmatch(said)
    return date.fromisoformat(found.group(1)) if found else None


def review_outcome(said: str) -> str | None:
    """What a care plan's review found, from "Review: …"."""
    found = _REVIEW.fullmatch(said)
    return found.group(1) if found else None


def abated(said: str) -> date | None:
    """The day a condition that is active again abated, from "Abated 2020-01-01, …"."""
    found = _ABATED.fullmatch(said)
    return date.fromisoformat(found.group(1)) if found else None


def repeat_rule(said: str) -> str | None:
    """The repeat rule (RRULE, without its "RRULE:") of "Repeats: weekly (FREQ=WEEKLY)"."""
    found = _REPEATS.fullmatch(said)
    return found.group("rule").removeprefix("RRULE:") if found else None


def comment_into(appointment: Appointment, comment: str) -> None:
    """carebook's comment lines (last first: repeats, transport, location), the rest notes."""
    lines = comment.split("\n") if comment else []
    if lines and (rule := repeat_rule(lines[-1])) is not None:
        appointment.rrule = rule
        lines.pop()
    if lines and (transport := _TRANSPORT.fullmatch(lines[-1])):
        appointment.transport = _TRANSPORTS[transport.group("how")]
        appointment.transport_details = transport.group("details") or ""
        lines.pop()
    if lines and lines[-1].startswith(_LOCATION):
        appointment.location = lines.pop().removeprefix(_LOCATION)
    appointment.notes = "\n".join(lines)


def member_notes(notes: list[str], name: str, role_label: str) -> str:
    """What a care team's notes say of its member `name` as `role_label` ("" when nothing)."""
    prefix = f"{name} ({role_label}): "
    return next((note[len(prefix) :] for note in notes if note.startswith(prefix)), "")


def patient_notes(div: str) -> dict[str, str]:
    """The patient's notes (field -> text) in the paragraphs of the document's notes section."""
    notes: dict[str, str] = {}
    for paragraph in re.findall(r"<p>(.*?)</p>", div, re.DOTALL):
        said = html.unescape(paragraph)
        for label, name in _PATIENT_NOTES:
            if said.startswith(label):
                notes[name] = said[len(label) :]
    return notes
