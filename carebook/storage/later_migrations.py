"""The caseload file's migration steps written after the first five, in the order they run;
append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from carebook.storage.schema import date_column, migrations, one_of


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
