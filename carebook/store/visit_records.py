"""What was documented of each visit: check-in and check-out, the outcome, the note on that
visit and the trip's miles; and the visit note templates the coordinator edits."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, Note, VisitRecord
from carebook.core.visit_record_notes import PURPOSE_TEMPLATES, check_templates
from carebook.core.visit_record_rules import (
    VisitDocumentation,
    check_documentation,
    check_visit_record,
)
from carebook.core.vocabularies import AppointmentStatus, NoteKind
from carebook.core.words import translate
from carebook.storage.records import stored_moment
from carebook.store.appointments import Appointments
from carebook.store.base import OpenCaseload, Part, Writes

#: Where the per-purpose note templates live in the caseload's key-value table (as JSON).
_TEMPLATES_KEY = "note_templates"

_VISIT = "appointment_id = ? AND original_start = ?"


class VisitRecords(Part):
    """Documenting a visit in one step (its record, outcome and note), and reading it back."""

    def __init__(self, caseload: OpenCaseload, appointments: Appointments) -> None:
        super().__init__(caseload)
        self.appointments = appointments

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "visit_record": Writes(
                self.add_visit_record, self.update_visit_record, self.delete_visit_record
            )
        }

    # -- reading ---------------------------------------------------------------------------------

    def visit_record(self, appointment_id: int, original_start: datetime) -> VisitRecord | None:
        """What was documented of one visit, if anything."""
        found = self._all(VisitRecord, _VISIT, _key(appointment_id, original_start), "id")
        return found[0] if found else None

    def visit_status(self, appointment_id: int, original_start: datetime) -> AppointmentStatus:
        """The visit's outcome as it stands (its series' status when not laid out)."""
        status = self._scalar(
            f"SELECT status FROM occurrence WHERE {_VISIT}", _key(appointment_id, original_start)
        )
        if status is None:
            status = self._need(Appointment, appointment_id).status.value
        return AppointmentStatus(status)

    def visit_note(self, appointment_id: int, original_start: datetime) -> Note | None:
        """The newest note written on that visit, if any."""
        found = self._all(
            Note, _VISIT, _key(appointment_id, original_start), "written_at DESC, id DESC"
        )
        return found[0] if found else None

    def visit_notes_for(self, patient_id: int) -> dict[tuple[int, datetime | None], Note]:
        """The patient's notes written on a visit, newest kept, by (series, original start);
        a note on a whole appointment (written before notes named the visit) by (series, None).
        """
        notes = self._all(
            Note,
            "patient_id = ? AND appointment_id IS NOT NULL",
            [patient_id],
            "written_at, id",
        )
        return {(n.appointment_id or 0, n.original_start): n for n in notes}

    def note_templates(self) -> dict[str, str]:
        """The per-purpose templates (purpose → text): the coordinator's, or the built-in ones
        until she has saved her own."""
        stored = self._scalar("SELECT value FROM meta WHERE key = ?", [_TEMPLATES_KEY])
        if stored is None:
            return dict(PURPOSE_TEMPLATES)
        try:
            loaded = json.loads(stored)
        except ValueError:
            return dict(PURPOSE_TEMPLATES)
        if not isinstance(loaded, dict):
            return dict(PURPOSE_TEMPLATES)
        return {str(name): str(text) for name, text in loaded.items()}

    # -- writing ---------------------------------------------------------------------------------

    def document_visit(self, documented: VisitDocumentation) -> list[int]:
        """Save a visit's record, outcome and note in one transaction; the ids of notes added.

        The outcome is the visit's status, set as marking the visit sets it, so the Agenda and
        the record agree; an emptied note is removed.
        """
        check_documentation(documented)
        record = documented.record
        original = record.original_start
        added: list[int] = []
        with self._transaction():
            if self.visit_status(record.appointment_id, original) is not documented.status:
                self.appointments.set_visit_status(
                    record.appointment_id, original, documented.status
                )
            stored = self.visit_record(record.appointment_id, original)
            record.id = stored.id if stored is not None else None
            if stored is None:
                self._insert(record)
                self._log("create", "visit_record", record.id)
            else:
                self._update(record)
                self._log("change", "visit_record", record.id)
            added += self._write_note(documented)
        return added

    def _write_note(self, documented: VisitDocumentation) -> list[int]:
        text = documented.note_text.strip()
        note_id = documented.note_id
        if note_id is not None and not text:
            self.conn.execute("DELETE FROM note WHERE id = ?", [note_id])
            self._log("delete", "note", note_id)
            return []
        if not text:
            return []
        record = documented.record
        if note_id is not None:
            note = self._need(Note, note_id)
            if note.text != documented.note_text:
                note.text = documented.note_text
                self._update(note)
                self._log("change", "note", note_id)
            return []
        note = Note(
            patient_id=documented.patient_id,
            written_at=self.clock().replace(second=0, microsecond=0, tzinfo=None),
            kind=NoteKind.VISIT,
            text=documented.note_text,
            appointment_id=record.appointment_id,
            original_start=record.original_start,
        )
        self._insert(note)
        self._log("create", "note", note.id)
        return [note.id] if note.id is not None else []

    def set_note_templates(self, templates: dict[str, str]) -> None:
        """Keep the coordinator's per-purpose templates (a setting, like her preferences)."""
        check_templates(templates)
        cleaned = {name.strip(): text for name, text in templates.items()}
        with self._transaction():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [_TEMPLATES_KEY, json.dumps(cleaned, ensure_ascii=False, sort_keys=True)],
            )
            self._log("change", "preferences", None, "visit note templates")

    # -- the kind's plain writes (an import, the door's add, save and remove) -------------------

    def add_visit_record(self, record: VisitRecord) -> VisitRecord:
        check_visit_record(record)
        if self.visit_record(record.appointment_id, record.original_start) is not None:
            raise ValidationError(
                translate("VisitRecords", "That visit is documented already."), "original_start"
            )
        return self._create(record)

    def update_visit_record(self, record: VisitRecord) -> None:
        check_visit_record(record)
        self._change(record)

    def delete_visit_record(self, record_id: int) -> None:
        self._delete(VisitRecord, record_id)


def _key(appointment_id: int, original_start: datetime) -> list[object]:
    return [appointment_id, stored_moment(original_start.replace(tzinfo=None))]
