"""The caseload store: the one place that reads and writes the caseload, one method per action."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from carebook import recurrence
from carebook.caseload_file import open_caseload
from carebook.domain import (
    AgendaTask,
    Allergy,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    CarePlan,
    CarePlanReview,
    CareTeamMember,
    CaseloadBundle,
    CaseloadCounts,
    Condition,
    Contact,
    Goal,
    Intervention,
    ListQuery,
    Medication,
    MedicationEvent,
    MedicationEventKind,
    Note,
    OccurrenceChange,
    Patient,
    Problem,
    Task,
    TaskPriority,
    TaskStatus,
    ValidationError,
    Visit,
    format_address,
    spoken_name,
)
from carebook.listings import LISTINGS, PATIENT_NAME, PATIENT_ORDER, Listing, Lookup
from carebook.records import columns, from_row, to_row, to_values
from carebook.validation import validate_patient

T = TypeVar("T")

#: How far ahead recurring series are laid out as dated occurrences.
HORIZON_DAYS = 550

_TABLES: dict[type, str] = {
    Patient: "patient",
    Contact: "contact",
    CareTeamMember: "care_team_member",
    Condition: "condition",
    Allergy: "allergy",
    Medication: "medication",
    MedicationEvent: "medication_event",
    Appointment: "appointment",
    OccurrenceChange: "appointment_change",
    Task: "task",
    CarePlan: "care_plan",
    Problem: "problem",
    Goal: "goal",
    Intervention: "intervention",
    CarePlanReview: "care_plan_review",
    Note: "note",
}


class Store:
    """A caseload file, opened and migrated, with the actions a coordinator takes on it."""

    def __init__(self, db: Database, path: Path, clock: Callable[[], datetime] = datetime.now):
        self.db = db
        self.path = path
        self.clock = clock

    @classmethod
    def open(cls, path: Path | str, clock: Callable[[], datetime] = datetime.now) -> Store:
        """Open the caseload at `path` (creating it if new); see caseload_file for refusals."""
        path = Path(path)
        store = cls(open_caseload(path), path, clock)
        if not store._scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"):
            store.conn.execute("ANALYZE")  # without statistics, large lists sort the slow way
        return store

    def close(self) -> None:
        # Keep the query planner's statistics current, as SQLite advises before closing.
        with suppress(sqlite3.Error):  # a read-only or full disk must not stop the closing
            self.conn.execute("PRAGMA optimize")
        self.db.conn.close()

    @property
    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection = self.db.conn
        return conn

    def today(self) -> date:
        return self.clock().date()

    # -- reading helpers -------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _get(self, cls: type[T], record_id: int) -> T | None:
        rows = self._rows(f"SELECT * FROM {_TABLES[cls]} WHERE id = ?", [record_id])
        return from_row(cls, rows[0]) if rows else None

    def _all(self, cls: type[T], where: str, params: Sequence[Any], order: str) -> list[T]:
        sql = f"SELECT * FROM {_TABLES[cls]} WHERE {where} ORDER BY {order}"
        return [from_row(cls, row) for row in self._rows(sql, params)]

    # -- writing helpers -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def _insert(self, record: T) -> T:
        row = to_row(record, with_id=False)
        names = list(row)
        sql = (f"INSERT INTO {_TABLES[type(record)]} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        cursor = self.conn.execute(sql, list(row.values()))
        if hasattr(record, "id"):
            record.id = cursor.lastrowid
        return record

    def _create(self, record: T) -> T:
        """Insert one new record in its own transaction, and note it in the activity log."""
        with self._transaction():
            self._insert(record)
            # A link without an id of its own (a care-team member) is logged against its patient.
            record_id = getattr(record, "id", None) or getattr(record, "patient_id", None)
            self._log("create", _TABLES[type(record)], record_id)
        return record

    def _log(self, action: str, kind: str, record_id: int | None, summary: str = "") -> None:
        self.conn.execute(
            "INSERT INTO audit_log (at, action, record_kind, record_id, summary) "
            "VALUES (?, ?, ?, ?, ?)",
            [self.clock().isoformat(timespec="seconds"), action, kind, record_id, summary])

    # -- counts and emptiness --------------------------------------------------------------------

    def counts(self) -> CaseloadCounts:
        """How many of each record the caseload holds."""
        def count(table: str) -> int:
            return int(self._scalar(f"SELECT count(*) FROM {table}"))
        return CaseloadCounts(
            patients=count("patient"), contacts=count("contact"),
            medications=count("medication"), appointments=count("appointment"),
            occurrences=count("occurrence"), tasks=count("task"),
            care_plans=count("care_plan"))

    def next_ids(self) -> dict[str, int]:
        """The first free id of each record table, for loading a bundle beside existing records."""
        return {table: int(self._scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))
                for table in _TABLES.values()
                if table not in ("care_team_member", "appointment_change")}

    def is_empty(self) -> bool:
        """True when the caseload holds no patients, contacts, appointments or tasks."""
        return not self._scalar(
            "SELECT EXISTS (SELECT 1 FROM patient) OR EXISTS (SELECT 1 FROM contact)"
            " OR EXISTS (SELECT 1 FROM task)")

    # -- patients and their records --------------------------------------------------------------

    def add_patient(self, patient: Patient) -> Patient:
        validate_patient(patient, self.today())
        return self._create(patient)

    def patient(self, patient_id: int) -> Patient | None:
        return self._get(Patient, patient_id)

    def find_patients(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Patients whose name, phone or id matches `text`: (id, "Family, Given (born …)")."""
        listing = LISTINGS["patients"]
        where, params = _search_clause(listing, text)
        sql = (f"SELECT p.id, {PATIENT_NAME}, p.birth_date FROM patient p WHERE {where or '1'} "
               f"ORDER BY {', '.join(PATIENT_ORDER)}, p.id LIMIT {int(limit)}")
        result = []
        for patient_id, name, born in self.conn.execute(sql, params):
            result.append((patient_id, f"{name} (born {born})" if born else name))
        return result

    def add_contact(self, contact: Contact) -> Contact:
        if not contact.name.strip():
            raise ValidationError("A contact needs a name.")
        return self._create(contact)

    def add_to_care_team(self, member: CareTeamMember) -> None:
        self._create(member)

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]:
        rows = self._rows(
            "SELECT m.patient_id, m.contact_id, m.role AS member_role, m.is_emergency,"
            " m.notes AS member_notes, c.* FROM care_team_member m"
            " JOIN contact c ON c.id = m.contact_id WHERE m.patient_id = ?"
            " ORDER BY m.role, c.name COLLATE NOCASE", [patient_id])
        return [(from_row(CareTeamMember, {**row, "role": row["member_role"],
                                           "notes": row["member_notes"]}),
                 from_row(Contact, row)) for row in rows]

    def add_condition(self, condition: Condition) -> Condition:
        return self._create(condition)

    def conditions(self, patient_id: int) -> list[Condition]:
        return self._all(Condition, "patient_id = ?", [patient_id], "status, onset_date")

    def add_allergy(self, allergy: Allergy) -> Allergy:
        return self._create(allergy)

    def allergies(self, patient_id: int) -> list[Allergy]:
        return self._all(Allergy, "patient_id = ?", [patient_id], "status, substance")

    def add_medication(self, medication: Medication, reason: str = "") -> Medication:
        """Record a medication and the dated event that it was started."""
        if not medication.name.strip():
            raise ValidationError("A medication needs a name.")
        with self._transaction():
            self._insert(medication)
            assert medication.id is not None
            self._insert(MedicationEvent(
                medication_id=medication.id, on_date=medication.start_date or self.today(),
                kind=MedicationEventKind.STARTED, detail=_dose_text(medication), reason=reason))
            self._log("create", "medication", medication.id)
        return medication

    def medications(self, patient_id: int) -> list[Medication]:
        return self._all(Medication, "patient_id = ?", [patient_id],
                         "status = 'stopped', name COLLATE NOCASE")

    def medication_history(self, medication_id: int) -> list[MedicationEvent]:
        return self._all(MedicationEvent, "medication_id = ?", [medication_id], "on_date, id")

    def add_care_plan(self, plan: CarePlan) -> CarePlan:
        return self._create(plan)

    def add_note(self, note: Note) -> Note:
        return self._create(note)

    # -- appointments and their dated occurrences ------------------------------------------------

    def add_appointment(self, appointment: Appointment) -> Appointment:
        """Book an appointment (or a recurring series) and lay out its occurrences."""
        if appointment.rrule:
            recurrence.parse_rule(appointment.rrule, appointment.start)
        with self._transaction():
            self._insert(appointment)
            self._set_last_start(appointment)
            self._lay_out([appointment], {}, self.horizon())
            self._log("create", "appointment", appointment.id)
        return appointment

    def appointment(self, appointment_id: int) -> Appointment | None:
        return self._get(Appointment, appointment_id)

    def horizon(self) -> datetime:
        """The end of the period for which series are laid out as dated occurrences."""
        stored = self._scalar("SELECT value FROM meta WHERE key = 'horizon'")
        if stored:
            return datetime.fromisoformat(stored)
        return _horizon_from(self.today())

    def ensure_horizon(self, until: date) -> None:
        """Lay out open-ended series at least as far as `until` (and a season beyond today)."""
        wanted = max(until, self.today() + timedelta(days=HORIZON_DAYS))
        stored = self._scalar("SELECT value FROM meta WHERE key = 'horizon'")
        if stored and datetime.fromisoformat(stored).date() >= wanted:
            return
        new_horizon = _horizon_from(wanted - timedelta(days=HORIZON_DAYS))
        previous = stored or "0000"
        with self._transaction():
            # Open-ended series, and bounded ones (or single visits) that reach past the old end.
            series = self._all(Appointment, "last_start IS NULL OR last_start > ?", [previous],
                               "id")
            self._lay_out(series, self._changes_for([s.id for s in series if s.id]), new_horizon)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('horizon', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [new_horizon.isoformat(timespec="minutes")])

    def _set_last_start(self, appointment: Appointment) -> None:
        last = recurrence.last_start(appointment)
        self.conn.execute("UPDATE appointment SET last_start = ? WHERE id = ?",
                          [last.isoformat(timespec="minutes") if last else None, appointment.id])

    def _changes_for(self, ids: Sequence[int]) -> dict[int, list[OccurrenceChange]]:
        changes: dict[int, list[OccurrenceChange]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ", ".join("?" * len(chunk))
            for row in self._rows(
                    f"SELECT * FROM appointment_change WHERE appointment_id IN ({marks})", chunk):
                changes.setdefault(row["appointment_id"], []).append(
                    from_row(OccurrenceChange, row))
        return changes

    def _lay_out(self, appointments: Iterable[Appointment],
                 changes: dict[int, list[OccurrenceChange]], until: datetime,
                 last_starts: dict[int, datetime | None] | None = None) -> None:
        """Replace the stored occurrences of `appointments` with a fresh expansion.

        Open-ended series are laid out up to `until`; bounded ones (and single visits) to their
        end, however far, so booking far ahead never hides a visit.
        """
        rows = []
        for appointment in appointments:
            assert appointment.id is not None
            self.conn.execute("DELETE FROM occurrence WHERE appointment_id = ?", [appointment.id])
            last = (last_starts[appointment.id] if last_starts is not None
                    else recurrence.last_start(appointment))
            limit = until if last is None else max(until, last)
            for occurrence in recurrence.occurrences(
                    appointment, changes.get(appointment.id, ()), limit):
                rows.append((appointment.id, appointment.patient_id,
                             occurrence.original_start.isoformat(timespec="minutes"),
                             occurrence.start.isoformat(timespec="minutes"),
                             occurrence.end.isoformat(timespec="minutes"),
                             occurrence.status.value, int(occurrence.changed)))
        self.conn.executemany(
            "INSERT INTO occurrence (appointment_id, patient_id, original_start, start, ends,"
            " status, changed) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    # -- tasks -----------------------------------------------------------------------------------

    def add_task(self, task: Task) -> Task:
        if not task.title.strip():
            raise ValidationError("A task needs a title.")
        if task.rrule:
            recurrence.parse_rule(task.rrule, datetime.combine(
                task.due_date or self.today(), task.due_time or time()))
        return self._create(task)

    def task(self, task_id: int) -> Task | None:
        return self._get(Task, task_id)

    # -- the agenda ------------------------------------------------------------------------------

    def visits_on(self, day: date) -> list[Visit]:
        """The day's appointments (series expanded, exceptions applied) in time order."""
        self.ensure_horizon(day)
        sql = (
            f"SELECT o.appointment_id, o.start, o.ends, o.status, o.patient_id,"
            f" p.given, p.family, p.preferred_name, p.address_line, p.city, p.region,"
            f" p.postal_code, p.phone, a.purpose, a.kind, a.location, a.rrule"
            f" FROM occurrence o JOIN appointment a ON a.id = o.appointment_id"
            f" JOIN patient p ON p.id = o.patient_id"
            f" WHERE o.start >= ? AND o.start < ?"
            f" ORDER BY o.start, {', '.join(PATIENT_ORDER)}, o.id")
        visits = []
        for row in self.conn.execute(sql, [day.isoformat(), (day + timedelta(days=1)).isoformat()]):
            (appointment_id, start, ends, status, patient_id, given, family, preferred, line,
             city, region, postal, phone, purpose, kind, location, rule) = row
            visits.append(Visit(
                appointment_id=appointment_id, start=datetime.fromisoformat(start),
                end=datetime.fromisoformat(ends), patient_id=patient_id,
                patient=spoken_name(given, family, preferred),
                address=format_address(line, city, region, postal), phone=phone,
                purpose=purpose, kind=AppointmentKind(kind), status=AppointmentStatus(status),
                location=location, recurring=bool(rule)))
        return visits

    def agenda_tasks(self, day: date) -> list[AgendaTask]:
        """Tasks due on `day` (any status) and open tasks due before it, most urgent first."""
        sql = (
            "SELECT t.id, t.title, t.patient_id, p.given, p.family, p.preferred_name,"
            " t.due_date, t.due_time, t.priority, t.status"
            " FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
            " WHERE t.due_date = :day OR (t.status = 'open' AND t.due_date < :day)"
            " ORDER BY t.due_date = :day, t.due_date,"
            " CASE t.priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, t.due_time, t.id")
        tasks = []
        for row in self.conn.execute(sql, {"day": day.isoformat()}):
            (task_id, title, patient_id, given, family, preferred, due, due_time, priority,
             status) = row
            due_date = date.fromisoformat(due)
            patient = spoken_name(given or "", family or "", preferred or "") if patient_id else ""
            tasks.append(AgendaTask(
                id=task_id, title=title, patient_id=patient_id, patient=patient, due=due_date,
                due_time=time.fromisoformat(due_time) if due_time else None,
                priority=TaskPriority(priority), status=TaskStatus(status),
                overdue=due_date < day and status == TaskStatus.OPEN))
        return tasks

    # -- list views ------------------------------------------------------------------------------

    def default_sort(self, listing_name: str) -> str:
        """The field a list view is ordered by until the user picks another."""
        return LISTINGS[listing_name].default_sort

    def list_count(self, listing_name: str, query: ListQuery) -> int:
        """How many rows the list view shows for `query`."""
        listing = LISTINGS[listing_name]
        where, params = self._where(listing, query)
        return int(self._scalar(
            f"SELECT count(*) FROM {listing.count_source} WHERE {where}", params))

    def list_rows(self, listing_name: str, query: ListQuery, fields: Sequence[str],
                  offset: int, limit: int) -> list[tuple[Any, ...]]:
        """One page of the list view: the values of `fields` for rows offset..offset+limit."""
        listing = LISTINGS[listing_name]
        where, params = self._where(listing, query)
        selected = ", ".join(listing.fields[name].expr for name in fields)
        sort = listing.fields.get(query.sort or listing.default_sort) or listing.fields["id"]
        direction = " DESC" if query.descending else ""
        order = ", ".join(f"{expr}{direction}" for expr in sort.order_by)
        sql = (f"SELECT {selected} FROM {listing.source} WHERE {where}"
               f" ORDER BY {order}, {listing.key}{direction} LIMIT ? OFFSET ?")
        params["limit"], params["offset"] = int(limit), int(offset)
        sql = sql.replace("LIMIT ? OFFSET ?", "LIMIT :limit OFFSET :offset")
        return self.conn.execute(sql, params).fetchall()

    def _where(self, listing: Listing, query: ListQuery) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {"today": self.today().isoformat()}
        chosen = listing.filters.get(query.filter, "") if query.filter else (
            next(iter(listing.filters.values()), ""))
        if chosen:
            clauses.append(chosen)
        if query.patient_id is not None:
            clauses.append(f"{listing.patient} = :patient_id")
            params["patient_id"] = query.patient_id
        search, search_params = _search_clause(listing, query.search)
        if search:
            clauses.append(search)
            params.update(search_params)
        return " AND ".join(f"({c})" for c in clauses) or "1", params

    # -- loading many records at once ------------------------------------------------------------

    def load(self, bundle: CaseloadBundle) -> None:
        """Load a whole bundle of records (with their ids) in one transaction."""
        groups: list[Sequence[Any]] = [
            bundle.patients, bundle.contacts, bundle.care_team, bundle.conditions,
            bundle.allergies, bundle.medications, bundle.medication_events, bundle.appointments,
            bundle.occurrence_changes, bundle.tasks, bundle.care_plans, bundle.problems,
            bundle.goals, bundle.interventions, bundle.care_plan_reviews, bundle.notes]
        today = self.today()
        for patient in bundle.patients:
            validate_patient(patient, today)
        until = self.horizon()
        for appointment in bundle.appointments:
            if appointment.rrule:
                recurrence.parse_rule(appointment.rrule, appointment.start)
        last_starts = {a.id: recurrence.last_start(a) for a in bundle.appointments
                       if a.id is not None}
        with self._transaction():
            for records in groups:
                if not records:
                    continue
                cls = type(records[0])
                names = columns(cls)
                if cls is Appointment:
                    names = [*names, "last_start"]
                sql = (f"INSERT INTO {_TABLES[cls]} ({', '.join(names)}) "
                       f"VALUES ({', '.join('?' * len(names))})")
                if cls is Appointment:
                    self.conn.executemany(sql, (
                        (*to_values(a, names[:-1]), _iso(last_starts[a.id]))
                        for a in records))
                else:
                    self.conn.executemany(sql, (to_values(r, names) for r in records))
            changes: dict[int, list[OccurrenceChange]] = {}
            for change in bundle.occurrence_changes:
                changes.setdefault(change.appointment_id, []).append(change)
            self._lay_out(bundle.appointments, changes, until, last_starts)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('horizon', ?)"
                " ON CONFLICT (key) DO NOTHING", [until.isoformat(timespec="minutes")])
            self._log("import", "caseload", None, f"{len(bundle.patients)} patients")
        self.conn.execute("ANALYZE")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _horizon_from(day: date) -> datetime:
    # A season's slack, so the open-ended series are laid out again only every few months.
    return datetime.combine(day + timedelta(days=HORIZON_DAYS + 90), time(23, 59))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def _dose_text(medication: Medication) -> str:
    return " ".join(part for part in (medication.strength, medication.dose, medication.route,
                                      medication.frequency) if part)


def _search_clause(listing: Listing, text: str) -> tuple[str, dict[str, Any]]:
    """Every word of `text` must appear in one of the listing's search fields."""
    clauses = []
    params: dict[str, Any] = {}
    for number, word in enumerate(text.split()[:8]):
        name = f"search{number}"
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[name] = f"%{escaped}%"
        terms = []
        for item in listing.search:
            if isinstance(item, Lookup):
                matches = " OR ".join(f"{f} LIKE :{name} ESCAPE '\\'" for f in item.fields)
                terms.append(f"{item.column} IN (SELECT id FROM {item.table} WHERE {matches})")
            else:
                terms.append(f"{item} LIKE :{name} ESCAPE '\\'")
        clauses.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(clauses), params
