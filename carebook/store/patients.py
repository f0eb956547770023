"""Patients in the store, with their conditions, allergies and notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from carebook.core.allergy_statements import check_statement, clears_statement
from carebook.core.name_keys import patient_search_key, patient_sort_key
from carebook.core.records import (
    Allergy,
    Condition,
    Note,
    Patient,
)
from carebook.core.same_patient import LikelySame, mrn_key, newly_same
from carebook.core.validation import (
    validate_allergy,
    validate_condition,
    validate_note,
    validate_patient,
)
from carebook.core.vocabularies import AllergyStatement, PatientStatus
from carebook.storage.listings import (
    LISTINGS,
    PATIENT_NAME,
    PATIENT_ORDER,
    SEARCH_LENGTH,
    search_clause,
)
from carebook.storage.records import stored_moment, stored_value
from carebook.store.appointments import Appointments
from carebook.store.base import OpenCaseload, Part, Writes
from carebook.store.patient_index import patient_index
from carebook.store.tasks import Tasks


class Patients(Part):
    """Patients: adding, editing, discharging, finding; their conditions, allergies and notes."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "patient": Writes(self.add_patient, self.update_patient, self.delete_patient),
            "condition": Writes(self.add_condition, self.update_condition, self.delete_condition),
            "allergy": Writes(self.add_allergy, self.update_allergy, self.delete_allergy),
            "note": Writes(self.add_note, self.update_note, self.delete_note),
        }

    def __init__(self, caseload: OpenCaseload, appointments: Appointments, tasks: Tasks):
        super().__init__(caseload)
        self.appointments = appointments
        self.tasks = tasks

    def fill_missing_name_keys(self) -> None:
        """Give keys to patients written without them (by another tool), so search finds them."""
        missing = self._all(Patient, "sort_key = '' OR search_key = ''", [], "id")
        if missing:
            with self._transaction():
                self.set_name_keys(missing)

    def add_patient(self, patient: Patient) -> Patient:
        validate_patient(patient, self.today())
        with self._transaction():
            self._create(patient)
            self.set_name_keys([patient])
        return patient

    def update_patient(self, patient: Patient, *, end_what_is_open: bool = False) -> None:
        """Save an edited patient; with `end_what_is_open`, also cancel what is still to come
        for them, as a discharge can (see set_patient_status)."""
        validate_patient(patient, self.today())
        with self._transaction():
            self._change(patient)
            self.set_name_keys([patient])
            if end_what_is_open and patient.id is not None:
                self._end_what_is_open(patient.id)

    def set_name_keys(self, patients: Sequence[Patient]) -> None:
        """Write the keys the patients are sorted and searched by (SQLite folds only ASCII)."""
        self.conn.executemany(
            "UPDATE patient SET sort_key = ?, search_key = ? WHERE id = ?",
            [
                (
                    patient_sort_key(p.family, p.given, p.preferred_name),
                    patient_search_key(
                        p.given,
                        p.family,
                        p.preferred_name,
                        p.phone,
                        p.phone_alt,
                        p.external_id,
                        p.postal_code,
                    ),
                    p.id,
                )
                for p in patients
            ],
        )

    def set_patient_status(
        self, patient_id: int, status: PatientStatus, *, end_what_is_open: bool = False
    ) -> None:
        """Discharge (kept, hidden from active lists), put on hold, or make active again.

        With `end_what_is_open` (a discharge, or a death), in the same transaction: every
        appointment with a booked visit still to come is cancelled from now on (a series ends,
        its past visits kept as they were), and every open task is cancelled.
        """
        with self._transaction():
            self._change(replace(self._need(Patient, patient_id), status=status))
            if end_what_is_open:
                self._end_what_is_open(patient_id)

    def _end_what_is_open(self, patient_id: int) -> None:
        for appointment_id in self._appointments_to_come(patient_id):
            self.appointments.cancel_appointment(appointment_id)
        for task_id in self._open_tasks(patient_id):
            self.tasks.cancel_task(task_id)

    def still_to_come(self, patient_id: int) -> tuple[int, int]:
        """(appointments with a booked visit still to come, open tasks) of a patient: what a
        discharge may end."""
        return len(self._appointments_to_come(patient_id)), len(self._open_tasks(patient_id))

    def _open_tasks(self, patient_id: int) -> list[int]:
        return [
            task_id
            for (task_id,) in self.conn.execute(
                "SELECT id FROM task WHERE patient_id = ? AND status = 'open' ORDER BY id",
                [patient_id],
            ).fetchall()
        ]

    def _appointments_to_come(self, patient_id: int) -> list[int]:
        return [
            appointment_id
            for (appointment_id,) in self.conn.execute(
                "SELECT DISTINCT appointment_id FROM occurrence WHERE patient_id = ? AND start >= ?"
                " AND status = 'booked' ORDER BY appointment_id",
                [patient_id, stored_moment(self.clock())],
            ).fetchall()
        ]

    def delete_patient(self, patient_id: int) -> None:
        """Delete a patient and everything recorded for them."""
        self._delete(Patient, patient_id)

    def patient(self, patient_id: int) -> Patient | None:
        return self._get(Patient, patient_id)

    def likely_duplicates(
        self, patient: Patient, *, was: Patient | None = None
    ) -> list[LikelySame]:
        """The patients saving `patient` would likely duplicate: the same MRN, or the same name
        and date of birth (core.same_patient, the import's rule); for an edit of `was`, only
        those it was not like before. Only reads."""
        asked = [p for p in (patient, was) if p is not None]
        mrns = {mrn_key(p.external_id) for p in asked} - {""}
        ids: set[int] = set()
        if mrns:  # folded as the rule folds them, which SQL cannot
            ids = {
                pid
                for pid, mrn in self.conn.execute(
                    "SELECT id, external_id FROM patient WHERE external_id <> ''"
                )
                if mrn_key(mrn) in mrns
            }
        born = [
            stored_value(day)
            for day in sorted({p.birth_date for p in asked if p.birth_date is not None})
        ]
        clauses = [f"id IN ({', '.join(map(str, sorted(ids)))})"] if ids else []
        if born:
            clauses.append(f"birth_date IN ({', '.join('?' * len(born))})")
        if not clauses:
            return []
        candidates = self._all(Patient, " OR ".join(clauses), born, "id")
        return newly_same(was, patient, candidates)

    def find_patients(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Patients whose name, phone or id matches `text`: (id, "Family, Given (born …)")."""
        listing = LISTINGS["patients"]
        if len(text) > SEARCH_LENGTH:
            return []  # no name, phone or MRN is that long
        # Through the index when every word is three letters or more, where it finds what the
        # plain search finds; a shorter word is searched anywhere, as naming a patient needs
        # ("e" is everyone with an e, not the family names beginning with one).
        words = text.split()
        whole_words = bool(words) and all(len(word) >= 3 for word in words)
        index = patient_index(self.conn) if whole_words else None
        where, params = search_clause(listing, text, index)
        sql = (
            f"SELECT p.id, {PATIENT_NAME}, p.birth_date FROM patient p WHERE {where or '1'} "
            f"ORDER BY {', '.join(PATIENT_ORDER)}, p.id LIMIT {int(limit)}"
        )
        result = []
        for patient_id, name, born in self.conn.execute(sql, params):
            result.append((patient_id, f"{name} (born {born})" if born else name))
        return result

    def add_condition(self, condition: Condition) -> Condition:
        validate_condition(condition, self.today())
        return self._create(condition)

    def update_condition(self, condition: Condition) -> None:
        validate_condition(condition, self.today())
        self._change(condition)

    def delete_condition(self, condition_id: int) -> None:
        self._delete(Condition, condition_id)

    def conditions(self, patient_id: int) -> list[Condition]:
        return self._all(Condition, "patient_id = ?", [patient_id], "status, onset_date")

    def add_allergy(self, allergy: Allergy) -> Allergy:
        """Add an allergy; an active one clears "no known allergies" in the same transaction."""
        validate_allergy(allergy, self.today())
        with self._transaction():
            self._create(allergy)
            self._clear_statement(allergy)
        return allergy

    def update_allergy(self, allergy: Allergy) -> None:
        """Save an edited allergy; active, it clears "no known allergies" as adding one does."""
        validate_allergy(allergy, self.today())
        with self._transaction():
            self._change(allergy)
            self._clear_statement(allergy)

    def _clear_statement(self, allergy: Allergy) -> None:
        """What was said of the patient's allergies goes back to not recorded once an active
        allergy is listed: it is no longer true."""
        if not clears_statement(allergy):
            return
        patient = self._need(Patient, allergy.patient_id)
        if patient.allergy_statement is not AllergyStatement.NOT_RECORDED:
            self._set_statement(patient, AllergyStatement.NOT_RECORDED, None)

    def set_allergy_statement(
        self, patient_id: int, statement: AllergyStatement, on: date | None
    ) -> None:
        """Say on purpose that the patient has no known drug allergies (or none at all),
        confirmed on the day `on`; or that it is not recorded yet. Refused (ValidationError)
        while an allergy is listed as active."""
        with self._transaction():
            patient = self._need(Patient, patient_id)
            check_statement(statement, on, self.allergies(patient_id), self.today())
            self._set_statement(patient, statement, on)

    def _set_statement(
        self, patient: Patient, statement: AllergyStatement, on: date | None
    ) -> None:
        kept = None if statement is AllergyStatement.NOT_RECORDED else on
        self._update(replace(patient, allergy_statement=statement, allergies_confirmed_on=kept))
        self._log("change", "patient", patient.id, statement.value)

    def delete_allergy(self, allergy_id: int) -> None:
        self._delete(Allergy, allergy_id)

    def allergies(self, patient_id: int) -> list[Allergy]:
        return self._all(Allergy, "patient_id = ?", [patient_id], "status, substance")

    def add_note(self, note: Note) -> Note:
        validate_note(note)
        return self._create(note)

    def update_note(self, note: Note) -> None:
        validate_note(note)
        self._change(note)

    def delete_note(self, note_id: int) -> None:
        self._delete(Note, note_id)

    def notes_for(self, patient_id: int) -> list[Note]:
        """A patient's notes, newest first."""
        return self._all(Note, "patient_id = ?", [patient_id], "written_at DESC, id DESC")
