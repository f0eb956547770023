"""The caseload store: the one place that reads and writes the caseload, one method per action."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from carebook.core import recurrence
from carebook.core.agenda import AgendaCounts, AgendaSpan
from carebook.core.dates import LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.kinds import TABLES
from carebook.core.name_keys import folded, patient_search_key, patient_sort_key
from carebook.core.records import (
    Allergy,
    Appointment,
    CareTeamMember,
    Condition,
    Contact,
    Note,
    OccurrenceChange,
    Patient,
)
from carebook.core.validation import (
    validate_allergy,
    validate_condition,
    validate_contact,
    validate_note,
    validate_patient,
)
from carebook.core.views import CaseloadBundle, CaseloadCounts, ListQuery, ReviewDue
from carebook.core.vocabularies import PatientStatus
from carebook.storage import snapshots
from carebook.storage.caseload_file import open_caseload
from carebook.storage.encryption import opened_with
from carebook.storage.file_errors import ERRORS
from carebook.storage.listings import (
    LISTINGS,
    PATIENT_NAME,
    PATIENT_ORDER,
    SEARCH_LENGTH,
    SPOKEN_NAME,
    Listing,
    Lookup,
)
from carebook.storage.records import columns, from_row, to_values
from carebook.storage.snapshots import Snapshot
from carebook.store.appointments import HORIZON_DAYS, AppointmentActions, Scope, _iso
from carebook.store.care_plans import CarePlanActions
from carebook.store.fhir_links import FhirActions
from carebook.store.imports import ImportActions
from carebook.store.medications import MedicationActions
from carebook.store.preferences import PreferenceActions
from carebook.store.tasks import TaskActions

__all__ = ["HORIZON_DAYS", "Scope", "Snapshot", "Store"]


class Store(
    ImportActions,
    AppointmentActions,
    MedicationActions,
    TaskActions,
    PreferenceActions,
    CarePlanActions,
    FhirActions,
):
    """A caseload file, opened and migrated, with the actions a coordinator takes on it."""

    @classmethod
    def open(
        cls,
        path: Path | str,
        clock: Callable[[], datetime] = datetime.now,
        passphrase: str | None = None,
    ) -> Store:
        """Open the caseload at `path` (creating it if new); see caseload_file for refusals.

        A protected caseload needs its `passphrase` (CaseloadFileError says so otherwise).
        """
        path = Path(path)
        notices: list[str] = []
        db = open_caseload(path, passphrase, notices)
        protected = not isinstance(db.conn, sqlite3.Connection)  # read with SQLCipher
        store = cls(db, path, clock, opened_with(db.conn, passphrase) if protected else None)
        store.notices = notices
        if not store._scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"):
            store.conn.execute("ANALYZE")  # without statistics, large lists sort the slow way
        store._fill_missing_name_keys()
        return store

    def _fill_missing_name_keys(self) -> None:
        """Give keys to patients written without them (by another tool), so search finds them."""
        missing = self._all(Patient, "sort_key = '' OR search_key = ''", [], "id")
        if missing:
            with self._transaction():
                self._set_name_keys(missing)

    def reopen(self, passphrase: str | None = None) -> None:
        """Open the caseload file again in place (after a restore, or a change of passphrase),
        so everything holding this Store reads the file as it now is. The connection must be
        closed (`close`) before the file is replaced."""
        db = open_caseload(self.path, passphrase, self.notices)
        self.db = db
        self.passphrase = (
            opened_with(db.conn, passphrase)
            if not isinstance(db.conn, sqlite3.Connection)
            else None
        )

    def close(self) -> None:
        # Keep the query planner's statistics current, as SQLite advises before closing.
        with suppress(*ERRORS):  # a read-only or full disk must not stop the closing
            self.conn.execute("PRAGMA optimize")
        self.db.conn.close()

    # -- undo and redo ---------------------------------------------------------------------------

    def snapshot(self, table: str, record_id: int) -> Snapshot | None:
        """The record and everything that hangs off it, to put back later (None if absent)."""
        return snapshots.take(self.conn, table, record_id)

    def restore(self, table: str, record_id: int, snapshot: Snapshot | None) -> None:
        """Put a record back exactly as in `snapshot`, or remove it when that is None."""
        self.restore_all([(table, record_id, snapshot)])

    def restore_all(self, records: Sequence[tuple[str, int, Snapshot | None]]) -> None:
        """Put several records back in one transaction (an undo that touched more than one)."""
        with self._transaction():
            for table, record_id, snapshot in records:
                snapshots.put_back(self.conn, table, record_id, snapshot)
            for table, record_id, snapshot in records:
                if snapshot is not None:
                    for appointment_id in snapshot.ids("appointment"):
                        self._relayout(self._need(Appointment, appointment_id))
                self._log("restore", table, record_id)

    # -- counts and emptiness --------------------------------------------------------------------

    def counts(self) -> CaseloadCounts:
        """How many of each record the caseload holds."""

        def count(table: str) -> int:
            return int(self._scalar(f"SELECT count(*) FROM {table}"))

        return CaseloadCounts(
            patients=count("patient"),
            contacts=count("contact"),
            medications=count("medication"),
            appointments=count("appointment"),
            occurrences=count("occurrence"),
            tasks=count("task"),
            care_plans=count("care_plan"),
        )

    def next_ids(self) -> dict[str, int]:
        """The first free id of each record table, for loading a bundle beside existing records."""
        return {
            table: int(self._scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))
            for table in TABLES.values()
            if table not in ("care_team_member", "appointment_change")
        }

    def is_empty(self) -> bool:
        """True when the caseload holds no patients, contacts, appointments or tasks."""
        return not self._scalar(
            "SELECT EXISTS (SELECT 1 FROM patient) OR EXISTS (SELECT 1 FROM contact)"
            " OR EXISTS (SELECT 1 FROM task)"
        )

    # -- patients and their records --------------------------------------------------------------

    def add_patient(self, patient: Patient) -> Patient:
        validate_patient(patient, self.today())
        with self._transaction():
            self._create(patient)
            self._set_name_keys([patient])
        return patient

    def update_patient(self, patient: Patient, *, end_what_is_open: bool = False) -> None:
        """Save an edited patient; with `end_what_is_open`, also cancel what is still to come
        for them, as a discharge can (see set_patient_status)."""
        validate_patient(patient, self.today())
        with self._transaction():
            self._change(patient)
            self._set_name_keys([patient])
            if end_what_is_open and patient.id is not None:
                self._end_what_is_open(patient.id)

    def _set_name_keys(self, patients: Sequence[Patient]) -> None:
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
            self.cancel_appointment(appointment_id)
        for task_id in self._open_tasks(patient_id):
            self.cancel_task(task_id)

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
                [patient_id, _iso(self.clock())],
            ).fetchall()
        ]

    def delete_patient(self, patient_id: int) -> None:
        """Delete a patient and everything recorded for them."""
        self._delete(Patient, patient_id)

    def patient(self, patient_id: int) -> Patient | None:
        return self._get(Patient, patient_id)

    def find_patients(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Patients whose name, phone or id matches `text`: (id, "Family, Given (born …)")."""
        listing = LISTINGS["patients"]
        if len(text) > SEARCH_LENGTH:
            return []  # no name, phone or MRN is that long
        where, params = _search_clause(listing, text)
        sql = (
            f"SELECT p.id, {PATIENT_NAME}, p.birth_date FROM patient p WHERE {where or '1'} "
            f"ORDER BY {', '.join(PATIENT_ORDER)}, p.id LIMIT {int(limit)}"
        )
        result = []
        for patient_id, name, born in self.conn.execute(sql, params):
            result.append((patient_id, f"{name} (born {born})" if born else name))
        return result

    def add_contact(self, contact: Contact) -> Contact:
        validate_contact(contact)
        return self._create(contact)

    def update_contact(self, contact: Contact) -> None:
        validate_contact(contact)
        self._change(contact)

    def contact(self, contact_id: int) -> Contact | None:
        return self._get(Contact, contact_id)

    def delete_contact(self, contact_id: int) -> None:
        """Remove a contact from the directory (and so from every care team)."""
        self._delete(Contact, contact_id)

    def directory(self, text: str = "", limit: int = 200) -> list[Contact]:
        """Contacts in the shared directory whose name or organisation matches `text`."""
        if len(text) > SEARCH_LENGTH:
            return []  # no name or organisation is that long
        pattern = f"%{_escape(_searchable(text.strip()))}%"
        return self._all(
            Contact,
            "name LIKE ? ESCAPE '\\' OR organization LIKE ? ESCAPE '\\'",
            [pattern, pattern],
            f"name COLLATE NOCASE LIMIT {int(limit)}",
        )

    def add_to_care_team(self, member: CareTeamMember) -> None:
        if self._scalar(
            "SELECT 1 FROM care_team_member WHERE patient_id = ? AND contact_id = ? AND role = ?",
            [member.patient_id, member.contact_id, member.role],
        ):
            raise ValidationError("That contact is already on the care team in that role.", "role")
        self._create(member)

    def remove_from_care_team(self, patient_id: int, contact_id: int, role: str) -> None:
        with self._transaction():
            self.conn.execute(
                "DELETE FROM care_team_member WHERE patient_id = ? AND contact_id = ? AND role = ?",
                [patient_id, contact_id, role],
            )
            self._log("delete", "care_team_member", patient_id)

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]:
        rows = self._rows(
            "SELECT m.patient_id, m.contact_id, m.role AS member_role, m.is_emergency,"
            " m.notes AS member_notes, c.* FROM care_team_member m"
            " JOIN contact c ON c.id = m.contact_id WHERE m.patient_id = ?"
            " ORDER BY m.role, c.name COLLATE NOCASE",
            [patient_id],
        )
        return [
            (
                from_row(
                    CareTeamMember,
                    {**row, "role": row["member_role"], "notes": row["member_notes"]},
                ),
                from_row(Contact, row),
            )
            for row in rows
        ]

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
        validate_allergy(allergy, self.today())
        return self._create(allergy)

    def update_allergy(self, allergy: Allergy) -> None:
        validate_allergy(allergy, self.today())
        self._change(allergy)

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

    # -- appointments and their dated occurrences ------------------------------------------------

    # -- tasks -----------------------------------------------------------------------------------

    # -- the agenda ------------------------------------------------------------------------------

    # -- reviews that fall due ---

    def reviews_due(self, day: date) -> list[ReviewDue]:
        """Medication, goal and care-plan reviews due on `day`, and those left overdue."""
        return self.reviews_in(AgendaSpan.day(day))

    def reviews_in(
        self, span: AgendaSpan, offset: int = 0, limit: int | None = None
    ) -> list[ReviewDue]:
        """Reviews due by the span's last day, oldest first; `limit` of them from `offset`."""
        params: dict[str, Any] = {"last": span.last.isoformat()}
        order = "due, sort_key, kind, id"
        if limit is None:
            sql = f"{_reviews_due(what=True)} ORDER BY {order}"
        else:
            # The order comes from the indexes alone; only the page's names are read.
            sql = (
                f"SELECT page.*, CASE page.kind"
                f" WHEN 'medication' THEN (SELECT name FROM medication WHERE id = page.id)"
                f" WHEN 'goal' THEN (SELECT description FROM goal WHERE id = page.id)"
                f" ELSE (SELECT title FROM care_plan WHERE id = page.id) END, {SPOKEN_NAME}"
                f" FROM ({_reviews_due(what=False)} ORDER BY {order}"
                f" LIMIT :limit OFFSET :offset) page JOIN patient p ON p.id = page.patient_id"
                f" ORDER BY {', '.join(f'page.{key}' for key in order.split(', '))}"
            )
            params.update(limit=int(limit), offset=int(offset))
        overdue_before, parse = span.overdue_before, date.fromisoformat
        found = []
        for kind, record_id, patient_id, due, _key, what, patient in self.conn.execute(sql, params):
            due_date = parse(due)
            found.append(
                ReviewDue(
                    kind=kind,
                    record_id=record_id,
                    patient_id=patient_id,
                    patient=patient,
                    what=what,
                    due=due_date,
                    overdue=due_date < overdue_before,
                )
            )
        return found

    def review_count(self, span: AgendaSpan) -> int:
        """How many reviews fall due by the span's last day, counted from the indexes."""
        # Each kind counted on its own: a union would be written out whole before counting.
        counts = " + ".join(
            f"(SELECT count(*) FROM {source} WHERE {where})" for source, where in _review_sources()
        )
        return int(self._scalar(f"SELECT {counts}", {"last": span.last.isoformat()}))

    def agenda_counts(self, span: AgendaSpan) -> AgendaCounts:
        """What the span holds, for the Agenda's labels, without reading the rows themselves."""
        due, overdue = self.task_counts(span)
        return AgendaCounts(
            visits=self.visit_count(span),
            tasks_due=due,
            tasks_overdue=overdue,
            reviews=self.review_count(span),
        )

    # -- list views ------------------------------------------------------------------------------

    def default_sort(self, listing_name: str) -> str:
        """The field a list view is ordered by until the user picks another."""
        return LISTINGS[listing_name].default_sort

    def list_count(self, listing_name: str, query: ListQuery) -> int:
        """How many rows the list view shows for `query`."""
        listing = LISTINGS[listing_name]
        where, params = self._where(listing, query)
        return int(
            self._scalar(f"SELECT count(*) FROM {listing.count_source} WHERE {where}", params)
        )

    def list_rows(
        self, listing_name: str, query: ListQuery, fields: Sequence[str], offset: int, limit: int
    ) -> list[tuple[Any, ...]]:
        """One page of the list view: the values of `fields` for rows offset..offset+limit."""
        listing = LISTINGS[listing_name]
        where, params = self._where(listing, query)
        selected = ", ".join(listing.fields[name].expr for name in fields)
        sort = listing.fields.get(query.sort or listing.default_sort) or listing.fields["id"]
        direction = " DESC" if query.descending else ""
        order = ", ".join(f"{expr}{direction}" for expr in sort.order_by)
        sql = (
            f"SELECT {selected} FROM {listing.source} WHERE {where}"
            f" ORDER BY {order}, {listing.key}{direction} LIMIT ? OFFSET ?"
        )
        params["limit"], params["offset"] = int(limit), int(offset)
        sql = sql.replace("LIMIT ? OFFSET ?", "LIMIT :limit OFFSET :offset")
        return self.conn.execute(sql, params).fetchall()

    def _where(self, listing: Listing, query: ListQuery) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {"today": self.today().isoformat()}
        chosen = (
            listing.filters.get(query.filter, "")
            if query.filter
            else (next(iter(listing.filters.values()), ""))
        )
        if chosen:
            clauses.append(chosen)
        if query.patient_id is not None:
            clauses.append(f"{listing.patient} = :patient_id")
            params["patient_id"] = query.patient_id
        if listing.date_column and query.date_from is not None:
            clauses.append(f"{listing.date_column} >= :date_from")
            params["date_from"] = query.date_from.isoformat()
        if listing.date_column and query.date_to is not None:
            # ISO text: everything on the last day sorts before the next day's date.
            clauses.append(f"{listing.date_column} < :date_after")
            # Nothing is dated after carebook's last day, and the calendar's has no day after.
            params["date_after"] = (min(query.date_to, LATEST_DATE) + timedelta(days=1)).isoformat()
        if len(query.search) > SEARCH_LENGTH:
            raise ValidationError(
                f"A search is at most {SEARCH_LENGTH} characters (this one has "
                f"{len(query.search):,}); shorten it.",
                "search",
            )
        search, search_params = _search_clause(listing, query.search)
        if search:
            clauses.append(search)
            params.update(search_params)
        return " AND ".join(f"({c})" for c in clauses) or "1", params

    # -- loading many records at once ------------------------------------------------------------

    def load(self, bundle: CaseloadBundle) -> None:
        """Load a whole bundle of records (with their ids) in one transaction."""
        groups: list[Sequence[Any]] = [
            bundle.patients,
            bundle.contacts,
            bundle.care_team,
            bundle.conditions,
            bundle.allergies,
            bundle.medications,
            bundle.medication_events,
            bundle.appointments,
            bundle.occurrence_changes,
            bundle.tasks,
            bundle.care_plans,
            bundle.problems,
            bundle.goals,
            bundle.interventions,
            bundle.care_plan_reviews,
            bundle.notes,
        ]
        today = self.today()
        for patient in bundle.patients:
            validate_patient(patient, today)
        until = self.horizon()
        for appointment in bundle.appointments:
            if appointment.rrule:
                recurrence.parse_rule(appointment.rrule, appointment.start)
        last_starts = {
            a.id: recurrence.last_start(a) for a in bundle.appointments if a.id is not None
        }
        with self._transaction():
            for records in groups:
                if not records:
                    continue
                cls = type(records[0])
                names = columns(cls)
                if cls is Appointment:
                    names = [*names, "last_start"]
                sql = (
                    f"INSERT INTO {TABLES[cls]} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})"
                )
                if cls is Appointment:
                    self.conn.executemany(
                        sql, ((*to_values(a, names[:-1]), _iso(last_starts[a.id])) for a in records)
                    )
                else:
                    self.conn.executemany(sql, (to_values(r, names) for r in records))
            changes: dict[int, list[OccurrenceChange]] = {}
            for change in bundle.occurrence_changes:
                changes.setdefault(change.appointment_id, []).append(change)
            self._lay_out(bundle.appointments, changes, until, last_starts)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('horizon', ?) ON CONFLICT (key) DO NOTHING",
                [until.isoformat(timespec="minutes")],
            )
            self._set_name_keys(bundle.patients)
            self._log("import", "caseload", None, f"{len(bundle.patients)} patients")
        self.conn.execute("ANALYZE")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


#: Each kind of review: its kind, key, patient, due date, what it is, tables and condition.
_REVIEW_KINDS = (
    (
        "'medication'",
        "m.id",
        "m.patient_id",
        "m.next_review",
        "m.name",
        "medication m",
        "m.status <> 'stopped' AND m.next_review <= :last",
    ),
    (
        "'goal'",
        "g.id",
        "c.patient_id",
        "g.due_date",
        "g.description",
        "goal g JOIN care_plan c ON c.id = g.care_plan_id",
        "g.lifecycle IN ('proposed', 'active') AND g.due_date <= :last",
    ),
    (
        "'care_plan'",
        "c.id",
        "c.patient_id",
        "c.next_review",
        "c.title",
        "care_plan c",
        "c.status IN ('draft', 'active') AND c.next_review <= :last",
    ),
)


def _review_sources() -> list[tuple[str, str]]:
    """Each kind's rows due by :last, joined to its patient (aliased p) if current."""
    return [
        (
            f"{source} JOIN patient p ON p.id = {patient} AND p.status IN ('active', 'on_hold')",
            where,
        )
        for _kind, _key, patient, _due, _name, source, where in _REVIEW_KINDS
    ]


def _reviews_due(what: bool) -> str:
    """Reviews due by :last of current patients: kind, id, patient_id, due, sort key (, what).

    Each kind is joined to its patient on its own, so that none of them is read twice.
    """
    order = ", ".join(PATIENT_ORDER)
    return " UNION ALL ".join(
        f"SELECT {kind} AS kind, {key} AS id, {patient} AS patient_id, {due} AS due,"
        f" {order} AS sort_key"
        + (f", {name} AS what, {SPOKEN_NAME} AS patient" if what else "")
        + f" FROM {source} WHERE {where}"
        for (kind, key, patient, due, name, _source, _where), (source, where) in zip(
            _REVIEW_KINDS, _review_sources(), strict=True
        )
    )


def _escape(text: str) -> str:
    """Text for a LIKE pattern, its own % and _ taken literally (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _searchable(text: str) -> str:
    """The text without what no record holds and SQLite cannot be given: a NUL, or half of a
    character (a name pasted from a damaged file, or a command line in the wrong encoding)."""
    return _UNSEARCHABLE.sub("", text)


_UNSEARCHABLE = re.compile("[\x00\ud800-\udfff]")


def _search_clause(listing: Listing, text: str) -> tuple[str, dict[str, Any]]:
    """Every word of `text` must appear in one of the listing's search fields."""
    clauses = []
    params: dict[str, Any] = {}
    for number, word in enumerate(_searchable(text).split()[:8]):
        name = f"search{number}"
        # Folded like the stored keys, so "elise" and "ÉLISE" both find Élise.
        params[name] = f"%{_escape(folded(word))}%"
        terms = []
        for item in listing.search:
            if isinstance(item, Lookup):
                matches = " OR ".join(f"{f} LIKE :{name} ESCAPE '\\'" for f in item.fields)
                terms.append(f"{item.column} IN (SELECT id FROM {item.table} WHERE {matches})")
            else:
                terms.append(f"{item} LIKE :{name} ESCAPE '\\'")
        clauses.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(clauses), params
