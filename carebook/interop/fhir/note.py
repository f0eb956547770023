"""A visit or progress note as FHIR: a DocumentReference holding its text, and back.

The text is the attachment's data (UTF-8, base64 as FHIR wants it); a note of a visit refers to
its Appointment in context.related, and to the Encounter of that one visit (context.encounter)
when the visit is documented. Read back, a DocumentReference whose content is plain text
is a note of its patient (a visit note when its type says "visit"); a scan or a link is not.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from carebook.core.records import Note
from carebook.core.vocabularies import NoteKind
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning, Target
from carebook.interop.fhir.report import SKIPPED
from carebook.interop.fhir.resolving import Entry

Json = dict[str, Any]


def note_resource(note: Note, subject: Json, encounter: Json | None = None) -> Json:
    """A note as a DocumentReference of the patient `subject`, holding its text; `encounter`
    (a reference) is the documented visit it was written on, if any."""
    return fv.prune(
        {
            "resourceType": "DocumentReference",
            "id": f"note-{note.id}",
            "status": "current",
            "type": {"text": "Visit note" if note.kind is NoteKind.VISIT else "Progress note"},
            "subject": subject,
            "date": fv.instant(note.written_at),
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain; charset=utf-8",
                        "data": base64.b64encode(note.text.encode("utf-8")).decode("ascii"),
                    }
                }
            ],
            "context": {
                "encounter": [encounter] if encounter is not None else None,
                "related": [{"reference": f"Appointment/appointment-{note.appointment_id}"}],
            }
            if note.appointment_id is not None
            else None,
        }
    )


def read_note(planning: Planning, entry: Entry) -> None:
    """A DocumentReference holding plain text into a note of its patient."""
    r = entry.resource
    if fe.text_of(r.get("status")) == "entered-in-error":
        raise NotImported(
            translate("FhirImport", "is marked entered-in-error; not imported"), SKIPPED
        )
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
                raise NotImported(
                    translate("FhirImport", "holds text that is not base64 UTF-8")
                ) from None
            break
    if not text.strip():
        raise NotImported(
            translate(
                "FhirImport", "holds no plain text carebook can keep as a note (a scan or a link)"
            ),
            SKIPPED,
        )
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    written = fe.moment(r.get("date"), planning.zone)
    if written is None:
        raise NotImported(translate("FhirImport", "has no date it was written"))
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
        target, _display = planning.optional(
            entry, value, "appointment", ("Appointment",), "related"
        )
        if target is not None:
            refs["appointment_id"] = target
            break
    planning.emit(entry, "note", note, refs, keys=planning.keys(entry))
