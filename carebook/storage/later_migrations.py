"""The caseload file's migration steps written after the first five, in the order they run;
append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage import finding
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


@migrations()
def m008_quick_find(db: Database) -> None:
    """The quick switcher's index over patients, contacts, medications, tasks and notes (an
    FTS5 table of trigrams; see storage/finding), and the triggers that note each record
    written, removed or put back since it was last brought up to date; filled for every record
    already kept."""
    execute: Any = db.execute
    execute("CREATE VIRTUAL TABLE quick_find USING fts5(name, words, tokenize = 'trigram')")
    execute("CREATE TABLE quick_find_stale (key INTEGER PRIMARY KEY) STRICT")
    # Each kind's rows of the index start at its code times 2**40 (finding.KIND_CODES). A
    # key already noted is not noted again; NOT EXISTS rather than OR IGNORE, which the
    # statement that fired the trigger (a foreign key's SET NULL among them) would override.
    for code, table in enumerate(("patient", "contact", "medication", "task", "note"), start=1):
        old, new = (f"{code} * 1099511627776 + {row}.id" for row in ("old", "new"))
        noted = {
            row: f"INSERT INTO quick_find_stale (key) SELECT {key}"
            f" WHERE NOT EXISTS (SELECT 1 FROM quick_find_stale WHERE key = {key});"
            for row, key in (("old", old), ("new", new))
        }
        for event, body in (
            ("INSERT", noted["new"]),
            ("UPDATE", noted["old"] + " " + noted["new"]),
            ("DELETE", noted["old"]),
        ):
            execute(
                f"CREATE TRIGGER quick_find_{table}_{event.lower()} AFTER {event} ON {table}"
                f" BEGIN {body} END"
            )
        execute(
            f"INSERT INTO quick_find_stale (key) SELECT {code} * 1099511627776 + id FROM {table}"
        )
    finding.catch_up(db.conn)


# The steps after m008, each family in its own module, imported in the order they run.
# isort: off
from carebook.storage import schedule_migrations  # noqa: E402, F401  (m009)
from carebook.storage import visit_record_migrations  # noqa: E402, F401  (m010)
from carebook.storage import directory_migrations  # noqa: E402, F401  (m011)
from carebook.storage import fhir_link_migrations  # noqa: E402, F401  (m012)
from carebook.storage import billing_migrations  # noqa: E402, F401  (m013)
from carebook.storage import clinical_migrations  # noqa: E402, F401  (m014)
from carebook.storage import search_migrations  # noqa: E402, F401  (m015)
from carebook.storage import sync_migrations  # noqa: E402, F401  (m016, m017)
# isort: on
