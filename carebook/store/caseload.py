"""The caseload store: the one place that reads and writes the caseload, one method per action."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from carebook.core import recurrence
from carebook.core.kinds import TABLES
from carebook.core.records import (
    Appointment,
    OccurrenceChange,
)
from carebook.core.validation import (
    validate_patient,
)
from carebook.core.views import CaseloadBundle, CaseloadCounts
from carebook.storage import snapshots
from carebook.storage.caseload_file import open_caseload
from carebook.storage.database import CaseloadDatabase
from carebook.storage.encryption import opened_with
from carebook.storage.file_errors import ERRORS
from carebook.storage.records import columns, stored_moment, to_values
from carebook.storage.snapshots import Snapshot
from carebook.store.agreements import Agreements
from carebook.store.appointments import HORIZON_DAYS, Appointments, Scope
from carebook.store.base import OpenCaseload, Part
from carebook.store.later_parts import LaterParts
from carebook.store.lists import Lists
from carebook.store.medications import Medications
from carebook.store.patients import Patients
from carebook.store.preferences import Settings
from carebook.store.tasks import Tasks
from carebook.store.time_entries import Time
from carebook.store.visits import Visits

__all__ = ["HORIZON_DAYS", "Scope", "Snapshot", "Store"]


class Store(LaterParts, Part):
    """A caseload file, opened and migrated: the parts that hold the coordinator's actions on
    it, each over the one open caseload (its connection, clock and transaction helper), and
    what concerns the whole file (opening it again, undo, counts, loading a bundle)."""

    def __init__(self, caseload: OpenCaseload) -> None:
        super().__init__(caseload)
        self.visits = Visits(caseload)
        self.appointments = Appointments(caseload, self.visits)
        self.tasks = Tasks(caseload)
        self.medications = Medications(caseload)
        self.preferences = Settings(caseload)
        self.patients = Patients(caseload, self.appointments, self.tasks)
        self.lists = Lists(caseload, self.visits, self.tasks, self.medications)
        # the care manager's business: what Today and the timer read; the rest in LaterParts
        self.agreements = Agreements(caseload)
        self.time = Time(caseload, self.agreements)

    @property
    def db(self) -> CaseloadDatabase:
        return self.caseload.db

    @property
    def path(self) -> Path:
        return self.caseload.path

    @property
    def passphrase(self) -> str | None:
        """The passphrase a protected caseload was opened with (None when plain)."""
        return self.caseload.passphrase

    @property
    def notices(self) -> list[str]:
        """What opening the file found and dealt with, to tell the user once."""
        return self.caseload.notices

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
        key = opened_with(db.conn, passphrase) if protected else None
        store = cls(OpenCaseload(db, path, clock, key, notices))
        if not store._scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"):
            store.conn.execute("ANALYZE")  # without statistics, large lists sort the slow way
        store.patients.fill_missing_name_keys()
        return store

    def reopen(self, passphrase: str | None = None) -> None:
        """Open the caseload file again in place (after a restore, or a change of passphrase),
        so everything holding this Store reads the file as it now is. The connection must be
        closed (`close`) before the file is replaced."""
        db = open_caseload(self.path, passphrase, self.notices)
        self.caseload.db = db
        self.caseload.passphrase = (
            opened_with(db.conn, passphrase)
            if not isinstance(db.conn, sqlite3.Connection)
            else None
        )

    def close(self) -> None:
        # Keep the query planner's statistics current, as SQLite advises before closing.
        with suppress(*ERRORS):  # a read-only or full disk must not stop the closing
            self.conn.execute("PRAGMA optimize")
        self.caseload.db.close()

    @property
    def is_open(self) -> bool:
        """Not yet closed."""
        return not self.caseload.db.closed

    # -- undo and redo ---------------------------------------------------------------------------

    def snapshot(self, table: str, record_id: int) -> Snapshot | None:
        """The record and everything that hangs off it, to put back later (None if absent)."""
        return snapshots.take(self.conn, table, record_id)

    def restore(self, table: str, record_id: int, snapshot: Snapshot | None) -> None:
        """Put a record back exactly as in `snapshot`, or remove it when that is None."""
        self.restore_all([(table, record_id, snapshot)])

    def restore_all(self, records: Sequence[tuple[str, int, Snapshot | None]]) -> None:
        """Put several records back in one transaction (an undo that touched more than one)."""
        for table, record_id, _snapshot in records:
            if table == "invoice":
                self.invoices.may_put_back(record_id)
        with self._transaction():
            for table, record_id, snapshot in records:
                snapshots.put_back(self.conn, table, record_id, snapshot)
            if any(table == "invoice" for table, _id, _snapshot in records):
                self.invoices.check_numbers()
            for table, record_id, snapshot in records:
                if snapshot is not None:
                    for appointment_id in snapshot.ids("appointment"):
                        self.visits.relayout(self._need(Appointment, appointment_id))
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

    # -- appointments and their dated occurrences ------------------------------------------------

    # -- tasks -----------------------------------------------------------------------------------

    # -- the agenda ------------------------------------------------------------------------------

    # -- reviews that fall due ---

    # -- list views ------------------------------------------------------------------------------

    # -- loading many records at once ------------------------------------------------------------

    def load_records(self, records: Sequence[Any]) -> None:
        """Insert records of any kind, in order, in one transaction, each given its id (the
        sample practice's time and trips, made valid by their maker)."""
        with self._transaction():
            for record in records:
                self._insert(record)
            self._log("create", "sample", None, f"{len(records)} records")

    def load(self, bundle: CaseloadBundle, *, more_to_come: bool = False) -> None:
        """Load a whole bundle of records (with their ids) in one transaction; the statistics
        SQLite plans with are gathered after the last of several (`more_to_come` until then),
        as they take longer the larger the file."""
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
        until = self.visits.horizon()
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
                        sql,
                        (
                            (*to_values(a, names[:-1]), stored_moment(last_starts[a.id]))
                            for a in records
                        ),
                    )
                else:
                    self.conn.executemany(sql, (to_values(r, names) for r in records))
            changes: dict[int, list[OccurrenceChange]] = {}
            for change in bundle.occurrence_changes:
                changes.setdefault(change.appointment_id, []).append(change)
            self.visits.lay_out(bundle.appointments, changes, until, last_starts)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('horizon', ?) ON CONFLICT (key) DO NOTHING",
                [until.isoformat(timespec="minutes")],
            )
            self.patients.set_name_keys(bundle.patients)
            self._log("import", "caseload", None, f"{len(bundle.patients)} patients")
        if not more_to_come:
            self.conn.execute("ANALYZE")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
