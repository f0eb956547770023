"""The caseload file's schema as append-only migration steps; never edit a step that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import (
    APPLICATION_ID,
    migrations,
)
from carebook.storage.schema import CONTACT_ROLES as _CONTACT_ROLES
from carebook.storage.schema import STAMPS as _STAMPS
from carebook.storage.schema import date_column as _date
from carebook.storage.schema import datetime_column as _datetime
from carebook.storage.schema import one_of as _one_of

__all__ = ["APPLICATION_ID", "KNOWN", "migrations"]


@migrations()
def m001_caseload(db: Database) -> None:
    """Every table of the data model, with the indexes the agenda, search and records need."""
    execute: Any = db.execute
    statements = [
        f"""CREATE TABLE patient (
            id INTEGER PRIMARY KEY,
            given TEXT NOT NULL DEFAULT '',
            family TEXT NOT NULL DEFAULT '',
            preferred_name TEXT NOT NULL DEFAULT '',
            {_date("birth_date")},
            {_one_of("sex", "female", "male", "other", "unknown", required=False)},
            phone TEXT NOT NULL DEFAULT '',
            phone_alt TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address_line TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
            lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
            language TEXT NOT NULL DEFAULT '',
            access_notes TEXT NOT NULL DEFAULT '',
            payer TEXT NOT NULL DEFAULT '',
            member_id TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            {_one_of("status", "active", "on_hold", "discharged", "deceased")},
            notes TEXT NOT NULL DEFAULT '',{_STAMPS},
            CHECK (trim(given) <> '' OR trim(family) <> '' OR trim(preferred_name) <> '')
        ) STRICT""",
        "CREATE INDEX patient_by_name ON patient (family COLLATE NOCASE, given COLLATE NOCASE)",
        "CREATE INDEX patient_by_status ON patient (status, family COLLATE NOCASE)",
        "CREATE INDEX patient_by_external_id ON patient (external_id) WHERE external_id <> ''",
        f"""CREATE TABLE contact (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            {_one_of("role", *_CONTACT_ROLES)},
            organization TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            fax TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',{_STAMPS}
        ) STRICT""",
        "CREATE INDEX contact_by_name ON contact (name COLLATE NOCASE)",
        f"""CREATE TABLE care_team_member (
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            {_one_of("role", *_CONTACT_ROLES)},
            is_emergency INTEGER NOT NULL DEFAULT 0 CHECK (is_emergency IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (patient_id, contact_id, role)
        ) STRICT, WITHOUT ROWID""",
        "CREATE INDEX care_team_by_contact ON care_team_member (contact_id)",
        f"""CREATE TABLE condition (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            description TEXT NOT NULL CHECK (trim(description) <> ''),
            code TEXT NOT NULL DEFAULT '',
            {_date("onset_date")},
            {_date("abatement_date")},
            {_one_of("status", "active", "inactive", "resolved")},
            notes TEXT NOT NULL DEFAULT '',{_STAMPS}
        ) STRICT""",
        "CREATE INDEX condition_by_patient ON condition (patient_id)",
        f"""CREATE TABLE allergy (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            substance TEXT NOT NULL CHECK (trim(substance) <> ''),
            reaction TEXT NOT NULL DEFAULT '',
            {_one_of("severity", "mild", "moderate", "severe", required=False)},
            {_one_of("criticality", "low", "high", "unable_to_assess", required=False)},
            {_one_of("status", "active", "inactive", "resolved")},
            {_date("noted_date")},{_STAMPS}
        ) STRICT""",
        "CREATE INDEX allergy_by_patient ON allergy (patient_id, status)",
        f"""CREATE TABLE medication (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            strength TEXT NOT NULL DEFAULT '',
            dose TEXT NOT NULL DEFAULT '',
            route TEXT NOT NULL DEFAULT '',
            frequency TEXT NOT NULL DEFAULT '',
            times_of_day TEXT NOT NULL DEFAULT '',
            as_needed INTEGER NOT NULL DEFAULT 0 CHECK (as_needed IN (0, 1)),
            as_needed_reason TEXT NOT NULL DEFAULT '',
            max_per_day TEXT NOT NULL DEFAULT '',
            indication TEXT NOT NULL DEFAULT '',
            prescriber_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            pharmacy_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            {_date("start_date")},
            {_date("end_date")},
            {_one_of("status", "active", "on_hold", "stopped")},
            stop_reason TEXT NOT NULL DEFAULT '',
            instructions TEXT NOT NULL DEFAULT '',
            {_date("last_review")},
            {_date("next_review")},{_STAMPS},
            CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
        ) STRICT""",
        "CREATE INDEX medication_by_patient ON medication (patient_id, status)",
        "CREATE INDEX medication_by_name ON medication (name COLLATE NOCASE)",
        "CREATE INDEX medication_by_status ON medication (status, name COLLATE NOCASE)",
        "CREATE INDEX medication_by_review ON medication (next_review)"
        " WHERE next_review IS NOT NULL",
        "CREATE INDEX medication_by_prescriber ON medication (prescriber_id)",
        "CREATE INDEX medication_by_pharmacy ON medication (pharmacy_id)",
        f"""CREATE TABLE medication_event (
            id INTEGER PRIMARY KEY,
            medication_id INTEGER NOT NULL REFERENCES medication (id) ON DELETE CASCADE,
            {_date("on_date", required=True)},
            {
            _one_of(
                "kind",
                "started",
                "dose_changed",
                "changed",
                "on_hold",
                "stopped",
                "resumed",
                "reviewed",
            )
        },
            detail TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',{_STAMPS}
        ) STRICT""",
        "CREATE INDEX medication_event_by_medication ON medication_event (medication_id, on_date)",
        "CREATE INDEX medication_event_by_date ON medication_event (on_date)",
        f"""CREATE TABLE appointment (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            {_one_of("kind", "home_visit", "physician", "lab", "therapy", "telehealth", "other")},
            purpose TEXT NOT NULL DEFAULT '',
            {_datetime("start", required=True)},
            duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
            tz TEXT NOT NULL CHECK (tz <> ''),
            location TEXT NOT NULL DEFAULT '',
            with_whom TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            {_one_of("transport", "not_needed", "needed", "arranged")},
            transport_details TEXT NOT NULL DEFAULT '',
            {_one_of("status", "booked", "done", "cancelled", "no_show")},
            rrule TEXT NOT NULL DEFAULT '',
            {_datetime("last_start")},
            notes TEXT NOT NULL DEFAULT '',{_STAMPS}
        ) STRICT""",
        "CREATE INDEX appointment_by_patient ON appointment (patient_id, start)",
        "CREATE INDEX appointment_by_contact ON appointment (contact_id)",
        f"""CREATE TABLE appointment_change (
            appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
            {_datetime("original_start", required=True)},
            skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
            {_datetime("start")},
            duration_min INTEGER CHECK (duration_min IS NULL OR duration_min BETWEEN 1 AND 1440),
            {_one_of("status", "booked", "done", "cancelled", "no_show", required=False)},
            PRIMARY KEY (appointment_id, original_start)
        ) STRICT, WITHOUT ROWID""",
        # Derived from appointment + appointment_change up to the horizon in meta, so that a day's
        # agenda and the Appointments list are indexed reads rather than expansions of every series.
        f"""CREATE TABLE occurrence (
            id INTEGER PRIMARY KEY,
            appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            {_datetime("original_start", required=True)},
            {_datetime("start", required=True)},
            {_datetime("ends", required=True)},
            {_one_of("status", "booked", "done", "cancelled", "no_show")},
            changed INTEGER NOT NULL DEFAULT 0 CHECK (changed IN (0, 1))
        ) STRICT""",
        "CREATE INDEX occurrence_by_start ON occurrence (start)",
        "CREATE INDEX occurrence_by_patient ON occurrence (patient_id, start)",
        "CREATE UNIQUE INDEX occurrence_by_series ON occurrence (appointment_id, original_start)",
        f"""CREATE TABLE task (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER REFERENCES patient (id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            details TEXT NOT NULL DEFAULT '',
            {_date("due_date")},
            due_time TEXT CHECK (due_time IS NULL OR due_time GLOB '[0-2][0-9]:[0-5][0-9]'),
            {_one_of("priority", "routine", "urgent", "asap")},
            {_one_of("status", "open", "done", "cancelled")},
            rrule TEXT NOT NULL DEFAULT '',
            {_datetime("completed_at")},{_STAMPS}
        ) STRICT""",
        "CREATE INDEX task_by_due ON task (status, due_date)",
        "CREATE INDEX task_by_patient ON task (patient_id, status, due_date)",
        f"""CREATE TABLE care_plan (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            {_one_of("status", "draft", "active", "on_hold", "completed", "revoked")},
            {_date("period_start")},
            {_date("period_end")},
            {_date("next_review")},
            notes TEXT NOT NULL DEFAULT '',{_STAMPS}
        ) STRICT""",
        "CREATE INDEX care_plan_by_patient ON care_plan (patient_id)",
        "CREATE INDEX care_plan_by_review ON care_plan (next_review) WHERE next_review IS NOT NULL",
        f"""CREATE TABLE problem (
            id INTEGER PRIMARY KEY,
            care_plan_id INTEGER NOT NULL REFERENCES care_plan (id) ON DELETE CASCADE,
            description TEXT NOT NULL CHECK (trim(description) <> ''),
            condition_id INTEGER REFERENCES condition (id) ON DELETE SET NULL,{_STAMPS}
        ) STRICT""",
        "CREATE INDEX problem_by_care_plan ON problem (care_plan_id)",
        "CREATE INDEX problem_by_condition ON problem (condition_id)",
        f"""CREATE TABLE goal (
            id INTEGER PRIMARY KEY,
            care_plan_id INTEGER NOT NULL REFERENCES care_plan (id) ON DELETE CASCADE,
            problem_id INTEGER REFERENCES problem (id) ON DELETE SET NULL,
            description TEXT NOT NULL CHECK (trim(description) <> ''),
            target TEXT NOT NULL DEFAULT '',
            {_date("due_date")},
            {_one_of("lifecycle", "proposed", "active", "on_hold", "completed", "cancelled")},
            {
            _one_of(
                "achievement",
                "in_progress",
                "improving",
                "worsening",
                "no_change",
                "achieved",
                "not_achieved",
                required=False,
            )
        },{_STAMPS}
        ) STRICT""",
        "CREATE INDEX goal_by_care_plan ON goal (care_plan_id)",
        "CREATE INDEX goal_by_problem ON goal (problem_id)",
        "CREATE INDEX goal_by_due ON goal (due_date) WHERE due_date IS NOT NULL",
        f"""CREATE TABLE intervention (
            id INTEGER PRIMARY KEY,
            care_plan_id INTEGER NOT NULL REFERENCES care_plan (id) ON DELETE CASCADE,
            goal_id INTEGER REFERENCES goal (id) ON DELETE SET NULL,
            description TEXT NOT NULL CHECK (trim(description) <> ''),
            contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            performer TEXT NOT NULL DEFAULT '',
            frequency TEXT NOT NULL DEFAULT '',
            {
            _one_of(
                "status",
                "not_started",
                "scheduled",
                "in_progress",
                "on_hold",
                "completed",
                "cancelled",
            )
        },{_STAMPS}
        ) STRICT""",
        "CREATE INDEX intervention_by_care_plan ON intervention (care_plan_id)",
        "CREATE INDEX intervention_by_goal ON intervention (goal_id)",
        "CREATE INDEX intervention_by_contact ON intervention (contact_id)",
        f"""CREATE TABLE care_plan_review (
            id INTEGER PRIMARY KEY,
            care_plan_id INTEGER NOT NULL REFERENCES care_plan (id) ON DELETE CASCADE,
            {_date("on_date", required=True)},
            outcome TEXT NOT NULL DEFAULT '',{_STAMPS}
        ) STRICT""",
        "CREATE INDEX care_plan_review_by_plan ON care_plan_review (care_plan_id, on_date)",
        f"""CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
            appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
            {_datetime("written_at", required=True)},
            {_one_of("kind", "visit", "progress")},
            text TEXT NOT NULL CHECK (trim(text) <> ''),{_STAMPS}
        ) STRICT""",
        "CREATE INDEX note_by_patient ON note (patient_id, written_at)",
        "CREATE INDEX note_by_appointment ON note (appointment_id)",
        # What was done to which record, never the clinical content itself.
        f"""CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            {_datetime("at", required=True)},
            action TEXT NOT NULL CHECK (action IN
                ('create', 'change', 'delete', 'print', 'export', 'import', 'restore')),
            record_kind TEXT NOT NULL,
            record_id INTEGER,
            summary TEXT NOT NULL DEFAULT ''
        ) STRICT""",
        "CREATE INDEX audit_log_by_time ON audit_log (at)",
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT, WITHOUT ROWID""",
    ]
    for statement in statements:
        execute(statement)


@migrations()
def m002_patient_name_keys(db: Database) -> None:
    """Sort and search keys for patients that know accents and scripts (Élise next to Elise)."""
    from carebook.core.name_keys import patient_search_key, patient_sort_key

    execute: Any = db.execute
    execute("ALTER TABLE patient ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''")
    execute("ALTER TABLE patient ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
    rows = execute(
        "SELECT id, given, family, preferred_name, phone, phone_alt, external_id,"
        " postal_code FROM patient"
    ).fetchall()
    db.conn.executemany(
        "UPDATE patient SET sort_key = ?, search_key = ? WHERE id = ?",
        [
            (
                patient_sort_key(family, given, preferred),
                patient_search_key(given, family, preferred, phone, alt, mrn, postal),
                pid,
            )
            for pid, given, family, preferred, phone, alt, mrn, postal in rows
        ],
    )
    execute("CREATE INDEX patient_by_sort_key ON patient (sort_key)")
    execute("CREATE INDEX patient_by_status_sort_key ON patient (status, sort_key)")


@migrations()
def m003_route_order(db: Database) -> None:
    """The order the coordinator means to drive a day's home visits in, kept per day."""
    execute: Any = db.execute
    execute(f"""CREATE TABLE route_stop (
        {_date("day", required=True)},
        appointment_id INTEGER NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
        {_datetime("original_start", required=True)},
        position INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (day, appointment_id, original_start)
    ) STRICT, WITHOUT ROWID""")
    execute("CREATE INDEX route_stop_by_appointment ON route_stop (appointment_id)")


@migrations()
def m004_agenda_indexes(db: Database) -> None:
    """Indexes that let a day's agenda be counted and paged without reading every row.

    Each holds what its agenda read filters and orders by, so the order of a day's visits, tasks
    and reviews comes from the index alone and only the rows shown are read from their tables.
    Each replaces an index that is a prefix of it.
    """
    execute: Any = db.execute
    replaced = {
        "occurrence_by_start": "CREATE INDEX occurrence_by_day"
        " ON occurrence (start, patient_id, appointment_id, original_start)",
        "task_by_due": "CREATE INDEX task_by_due_order"
        " ON task (status, due_date, priority, due_time)",
        "medication_by_review": "CREATE INDEX medication_by_review_due"
        " ON medication (next_review, status, patient_id) WHERE next_review IS NOT NULL",
        "goal_by_due": "CREATE INDEX goal_by_review_due"
        " ON goal (due_date, lifecycle, care_plan_id) WHERE due_date IS NOT NULL",
        "care_plan_by_review": "CREATE INDEX care_plan_by_review_due"
        " ON care_plan (next_review, status, patient_id) WHERE next_review IS NOT NULL",
        # id before substance keeps each patient's allergies in the order they were recorded.
        "allergy_by_patient": "CREATE INDEX allergy_by_patient_status"
        " ON allergy (patient_id, status, id, substance)",
    }
    for old, create in replaced.items():
        execute(f"DROP INDEX {old}")
        execute(create)
    # The agenda orders patients by their sort key and keeps only current ones.
    execute("CREATE INDEX patient_by_id_order ON patient (id, status, sort_key)")
    created = [
        "occurrence_by_day",
        "task_by_due_order",
        "medication_by_review_due",
        "goal_by_review_due",
        "care_plan_by_review_due",
        "allergy_by_patient_status",
        "patient_by_id_order",
    ]
    # A caseload with statistics gets them for the new indexes too, or the planner guesses.
    if execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0]:
        for name in created:
            execute(f"ANALYZE {name}")


@migrations()
def m005_fhir_links(db: Database) -> None:
    """Where each record imported from FHIR came from, so that importing again finds it.

    One row per identity of a source resource ("id:Patient/123", "url:https://…/Patient/123",
    "ident:Patient|<system>|<value>"), naming the one record it became in the column of that
    record's table. Deleting the record deletes its rows (and undoing the delete puts them
    back, as the store's snapshots follow ON DELETE CASCADE).
    """
    import uuid

    execute: Any = db.execute
    kinds = (
        "patient",
        "contact",
        "condition",
        "allergy",
        "medication",
        "appointment",
        "task",
        "care_plan",
        "goal",
        "note",
    )
    targets = ",\n        ".join(
        f"{kind}_id INTEGER REFERENCES {kind} (id) ON DELETE CASCADE" for kind in kinds
    )
    exactly_one = " + ".join(f"({kind}_id IS NOT NULL)" for kind in kinds)
    of_kind = " ".join(f"WHEN '{kind}' THEN {kind}_id" for kind in kinds)
    execute(f"""CREATE TABLE fhir_link (
        source_key TEXT PRIMARY KEY CHECK (trim(source_key) <> ''),
        {_one_of("kind", *kinds)},
        {targets},
        {_datetime("imported_at", required=True)},
        CHECK ({exactly_one} = 1),
        CHECK ((CASE kind {of_kind} END) IS NOT NULL)
    ) STRICT, WITHOUT ROWID""")
    for kind in kinds:
        execute(
            f"CREATE INDEX fhir_link_by_{kind} ON fhir_link ({kind}_id) WHERE {kind}_id IS NOT NULL"
        )
    # This caseload's name as a source of FHIR resources (their meta.source when it exports
    # them), so that importing its own export finds its own records. A copy keeps it.
    execute("INSERT INTO meta (key, value) VALUES ('fhir_source', ?)", [f"urn:uuid:{uuid.uuid4()}"])


# The steps written since, registered after these (their order is the order they run in).
from carebook.storage import later_migrations  # noqa: E402, F401

#: Names of every migration this version knows, oldest first.
KNOWN = migrations.names
