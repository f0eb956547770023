"""A visit or progress note as FHIR: a DocumentReference holding its text, and back.

The text is the attachment's data (UTF-8, base64 as FHIR wants it); a note of a visit refers to
its Appointment in context.related.
"""

from __future__ import annotations

import base64
from typing import Any

from carebook.core.domain import Note, NoteKind
from carebook.interop.fhir import values as fv

Json = dict[str, Any]


def note_resource(note: Note, subject: Json) -> Json:
    """A note as a DocumentReference of the patient `subject`, holding its text."""
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
                "related": [{"reference": f"Appointment/appointment-{note.appointment_id}"}]
            }
            if note.appointment_id is not None
            else None,
        }
    )
