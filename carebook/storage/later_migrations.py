"""The caseload file's migration steps written after the first five, in the order they run;
append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from carebook.storage.schema import STAMPS, date_column, migrations, one_of


@migrations()
def m006_allergy_statement_and_medication_warnings(db: Database) -> None:
    """What the coordinator has said of a patient's allergies when none is listed (not recorded
    yet, no known drug allergies, no known allergies) and the day she confirmed it; and why a
    medication was saved although a check warned against it."""
    execute: Any = db.execute
    execute(
        "ALTER TABLE patient ADD COLUMN "
        + one_of(
            "allergy_statement", "not_recorded", "no_known_drug_allergies", "no_known_allergies"
        )
        + " DEFAULT 'not_recorded'"
    )
    execute(f"ALTER TABLE patient ADD COLUMN {date_column('allergies_confirmed_on')}")
    execute("ALTER TABLE medication ADD COLUMN warning_reason TEXT NOT NULL DEFAULT ''")


@migrations()
def m007_reconciliations(db: Database) -> None:
    """Medicines reconciliations after a hospital stay: the discharge list's source, the day,
    who did it, and each line's decision (the medication list's own history holds the
    changes accepted)."""
    execute: Any = db.execute
    changes = ("continued", "changed", "new", "stopped", "not_listed")
    execute(f"""CREATE TABLE reconciliation (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
        {date_column("on_date", required=True)},
        source TEXT NOT NULL CHECK (trim(source) <> '' AND length(source) <= 500),
        reconciled_by TEXT NOT NULL DEFAULT '',
        {date_column("discharged_on")},
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX reconciliation_by_patient ON reconciliation (patient_id, on_date)")
    execute(f"""CREATE TABLE reconciliation_line (
        id INTEGER PRIMARY KEY,
        reconciliation_id INTEGER NOT NULL REFERENCES reconciliation (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL CHECK (line_no > 0),
        {one_of("change", *changes)},
        medication TEXT NOT NULL CHECK (trim(medication) <> ''),
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT '',
        accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
        medication_id INTEGER REFERENCES medication (id) ON DELETE SET NULL,
        {STAMPS},
        UNIQUE (reconciliation_id, line_no)
    ) STRICT""")
    execute("CREATE INDEX reconciliation_line_by_medication ON reconciliation_line (medication_id)")
