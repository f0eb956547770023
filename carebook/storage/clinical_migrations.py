"""The caseload file's migration steps for the measured record: assessment results, vital signs
and measures, documents, and goals that name what measures them.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import STAMPS, date_column, datetime_column, migrations, one_of

CATEGORIES = (
    "advance_directive",
    "polst",
    "health_care_poa",
    "financial_poa",
    "insurance_card",
    "discharge_summary",
    "consent",
    "other",
)


@migrations()
def m014_measured_record(db: Database) -> None:
    """Assessment results (each edit a new version, the old kept), readings of vital signs and
    of the coordinator's own measures, a patient's documents (their files kept as attachments
    inside the caseload), and a goal's measure and target."""
    execute: Any = db.execute
    execute(f"""CREATE TABLE assessment_result (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        instrument TEXT NOT NULL CHECK (trim(instrument) <> ''),
        instrument_version TEXT NOT NULL DEFAULT '',
        {date_column("on_date", required=True)},
        scored_by TEXT NOT NULL DEFAULT '',
        answers TEXT NOT NULL DEFAULT '',
        total INTEGER NOT NULL CHECK (total >= 0),
        band TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT '',
        replaces_id INTEGER REFERENCES assessment_result (id) ON DELETE SET NULL,
        superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
        {STAMPS}
    ) STRICT""")
    execute(
        "CREATE INDEX assessment_by_patient ON assessment_result (patient_id, instrument, on_date)"
    )
    execute(f"""CREATE TABLE measure_kind (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        unit TEXT NOT NULL CHECK (trim(unit) <> ''),
        normal_low REAL,
        normal_high REAL,
        plausible_low REAL,
        plausible_high REAL,
        {STAMPS}
    ) STRICT""")
    execute(f"""CREATE TABLE measurement (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (trim(kind) <> ''),
        {datetime_column("taken_at", required=True)},
        tz TEXT NOT NULL DEFAULT 'UTC',
        value REAL NOT NULL,
        second REAL,
        entered_unit TEXT NOT NULL DEFAULT '',
        override_reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX measurement_by_patient ON measurement (patient_id, kind, taken_at)")
    execute(f"""CREATE TABLE patient_document (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        {one_of("category", *CATEGORIES)},
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        {date_column("signed_on")},
        {date_column("review_on")},
        notes TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL CHECK (trim(file_name) <> ''),
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size > 0),
        attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE RESTRICT,
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX document_by_patient ON patient_document (patient_id, category)")
    execute(
        "CREATE INDEX document_by_review ON patient_document (review_on)"
        " WHERE review_on IS NOT NULL"
    )
    execute("CREATE INDEX document_by_attachment ON patient_document (attachment_id)")
    # A goal measured by a vital sign or an instrument: which, the target, and which side of
    # it is met ("PHQ-9 below 10").
    execute("ALTER TABLE goal ADD COLUMN measure TEXT NOT NULL DEFAULT ''")
    execute("ALTER TABLE goal ADD COLUMN measure_target REAL")
    execute(
        "ALTER TABLE goal ADD COLUMN measure_below INTEGER NOT NULL DEFAULT 1"
        " CHECK (measure_below IN (0, 1))"
    )
