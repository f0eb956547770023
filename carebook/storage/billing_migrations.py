"""The caseload file's migration steps for the care manager's business: time, mileage,
expenses, agreements and invoices.

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import STAMPS, date_column, datetime_column, migrations, one_of

#: The activities a new caseload starts with; the coordinator adds her own.
ACTIVITIES = (
    "Assessment",
    "Home visit",
    "Phone call",
    "Care coordination",
    "Advocacy",
    "Travel",
    "Documentation",
    "Family meeting",
)
#: The tax office's standard mileage rates, in mills (tenths of a cent) a mile.
STANDARD_RATES = (
    (2025, "business", 700),
    (2025, "medical", 210),
    (2025, "charitable", 140),
    (2026, "business", 725),
    (2026, "medical", 205),
    (2026, "charitable", 140),
)
PURPOSES = ("business", "medical", "charitable")

#: The columns of a billed entry that decide what it bills; none may change once its invoice
#: is issued (its patient may be cleared when the client is deleted, and put back by undo).
_BILLED = {
    "time_entry": ("on_date", "minutes", "billable", "rate_cents", "flat_cents", "activity"),
    "trip": ("on_date", "distance_tenths", "round_trip", "billable", "purpose"),
    "expense": ("on_date", "amount_cents", "billable", "category"),
}


@migrations()
def m013_billing(db: Database) -> None:
    """Time entries (and the one running timer), activities and their rates, clients'
    agreements, places and trips with the standard mileage rates, expenses with their
    receipts, invoices numbered from one unbroken sequence, their lines and payments.

    Triggers keep what an issued invoice bills as it was billed, and keep every invoice that
    is not a draft: the store says why first, these are the file's own guard."""
    execute: Any = db.execute
    execute(f"""CREATE TABLE billing_activity (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '' AND length(name) <= 60),
        hourly_rate_cents INTEGER CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents >= 0),
        flat_cents INTEGER CHECK (flat_cents IS NULL OR flat_cents >= 0),
        billable INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        {STAMPS}
    ) STRICT""")
    execute(
        "INSERT INTO billing_activity (name) VALUES " + ", ".join("(?)" for _ in ACTIVITIES),
        ACTIVITIES,
    )
    execute(f"""CREATE TABLE attachment (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        media_type TEXT NOT NULL,
        content BLOB NOT NULL,
        {STAMPS}
    ) STRICT""")
    execute(f"""CREATE TABLE agreement (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL UNIQUE REFERENCES patient (id) ON DELETE CASCADE,
        {one_of("payer_kind", "client", "contact", "trust", "agency")},
        payer_contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
        payer_name TEXT NOT NULL DEFAULT '',
        billing_address TEXT NOT NULL DEFAULT '',
        hourly_rate_cents INTEGER CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents >= 0),
        mileage_rate_mills INTEGER CHECK (mileage_rate_mills IS NULL OR mileage_rate_mills >= 0),
        {one_of("rounding", "none", "6", "10", "15", required=False)},
        retainer_cents INTEGER NOT NULL DEFAULT 0 CHECK (retainer_cents >= 0),
        terms_days INTEGER NOT NULL DEFAULT 30 CHECK (terms_days BETWEEN 0 AND 365),
        notes TEXT NOT NULL DEFAULT '',
        {STAMPS}
    ) STRICT""")
    execute(f"""CREATE TABLE invoice (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number > 0),
        patient_id INTEGER REFERENCES patient (id) ON DELETE SET NULL,
        client_name TEXT NOT NULL DEFAULT '',
        payer_name TEXT NOT NULL DEFAULT '',
        payer_address TEXT NOT NULL DEFAULT '',
        {date_column("period_from", required=True)},
        {date_column("period_to", required=True)},
        {one_of("status", "draft", "issued", "void")},
        {one_of("grouping", "day", "activity")},
        rounding_note TEXT NOT NULL DEFAULT '',
        {date_column("drafted_on", required=True)},
        {date_column("issued_on")},
        terms_days INTEGER NOT NULL DEFAULT 30 CHECK (terms_days BETWEEN 0 AND 365),
        {date_column("due_on")},
        {date_column("voided_on")},
        void_reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        total_cents INTEGER NOT NULL DEFAULT 0,
        {STAMPS},
        CHECK (period_to >= period_from),
        CHECK (status <> 'issued' OR issued_on IS NOT NULL)
    ) STRICT""")
    execute("CREATE INDEX invoice_by_patient ON invoice (patient_id, period_from)")
    execute("CREATE INDEX invoice_by_status ON invoice (status, due_on)")
    # What is owed: issued invoices, read without the paid ones' lines.
    execute("CREATE INDEX invoice_owing ON invoice (status, total_cents) WHERE status = 'issued'")
    execute(f"""CREATE TABLE invoice_line (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL CHECK (line_no > 0),
        kind TEXT NOT NULL CHECK (kind IN ('time', 'mileage', 'expense', 'retainer')),
        on_date TEXT,
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('minute', 'tenth_mile', 'tenth_km', 'item')),
        rate_mills INTEGER NOT NULL,
        amount_cents INTEGER NOT NULL,
        {STAMPS},
        UNIQUE (invoice_id, line_no)
    ) STRICT""")
    execute(f"""CREATE TABLE payment (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
        {date_column("paid_on", required=True)},
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        {one_of("method", "check", "card", "transfer", "cash", "other")},
        note TEXT NOT NULL DEFAULT '',
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX payment_by_invoice ON payment (invoice_id, paid_on)")
    _entries(execute)
    _guards(execute)


def _entries(execute: Any) -> None:
    """Time, the running timer, places, trips, rates and expenses."""
    billed = "invoice_id INTEGER REFERENCES invoice (id) ON DELETE SET NULL"
    execute(f"""CREATE TABLE time_entry (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patient (id) ON DELETE SET NULL,
        {date_column("on_date", required=True)},
        {datetime_column("started_at")},
        {datetime_column("ended_at")},
        tz TEXT NOT NULL DEFAULT 'UTC',
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        activity TEXT NOT NULL CHECK (trim(activity) <> ''),
        billable INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
        rate_cents INTEGER NOT NULL DEFAULT 0 CHECK (rate_cents >= 0),
        flat_cents INTEGER CHECK (flat_cents IS NULL OR flat_cents >= 0),
        narrative TEXT NOT NULL DEFAULT '',
        appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
        {billed},
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX time_entry_by_date ON time_entry (on_date, patient_id)")
    execute("CREATE INDEX time_entry_by_patient ON time_entry (patient_id, on_date)")
    execute("CREATE INDEX time_entry_by_invoice ON time_entry (invoice_id)")
    execute(f"""CREATE TABLE running_timer (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        patient_id INTEGER REFERENCES patient (id) ON DELETE SET NULL,
        activity TEXT NOT NULL DEFAULT '',
        {datetime_column("started_at", required=True)},
        tz TEXT NOT NULL DEFAULT 'UTC',
        appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
        {STAMPS}
    ) STRICT""")
    execute(f"""CREATE TABLE place (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        address TEXT NOT NULL DEFAULT '',
        {STAMPS}
    ) STRICT""")
    execute("INSERT INTO place (name) VALUES ('Home'), ('Office')")
    execute(f"""CREATE TABLE trip (
        id INTEGER PRIMARY KEY,
        {date_column("on_date", required=True)},
        from_place TEXT NOT NULL CHECK (trim(from_place) <> ''),
        to_place TEXT NOT NULL CHECK (trim(to_place) <> ''),
        {one_of("purpose", *PURPOSES)},
        patient_id INTEGER REFERENCES patient (id) ON DELETE SET NULL,
        distance_tenths INTEGER NOT NULL CHECK (distance_tenths BETWEEN 0 AND 100000),
        odometer_start_tenths INTEGER CHECK (odometer_start_tenths >= 0),
        odometer_end_tenths INTEGER CHECK (odometer_end_tenths >= odometer_start_tenths),
        round_trip INTEGER NOT NULL DEFAULT 0 CHECK (round_trip IN (0, 1)),
        billable INTEGER NOT NULL DEFAULT 0 CHECK (billable IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        appointment_id INTEGER REFERENCES appointment (id) ON DELETE SET NULL,
        {billed},
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX trip_by_date ON trip (on_date)")
    execute("CREATE INDEX trip_by_patient ON trip (patient_id, on_date)")
    execute("CREATE INDEX trip_by_invoice ON trip (invoice_id)")
    execute(f"""CREATE TABLE mileage_rate (
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        {one_of("purpose", *PURPOSES)},
        rate_mills INTEGER NOT NULL CHECK (rate_mills BETWEEN 0 AND 100000),
        PRIMARY KEY (year, purpose)
    ) STRICT, WITHOUT ROWID""")
    execute(
        "INSERT INTO mileage_rate (year, purpose, rate_mills) VALUES (?, ?, ?), (?, ?, ?),"
        " (?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?)",
        [value for rate in STANDARD_RATES for value in rate],
    )
    categories = ("supplies", "parking", "tolls", "postage", "records", "meals", "transport")
    execute(f"""CREATE TABLE expense (
        id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patient (id) ON DELETE SET NULL,
        {date_column("on_date", required=True)},
        {one_of("category", *categories, "other")},
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        billable INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        receipt_id INTEGER REFERENCES attachment (id) ON DELETE SET NULL,
        {billed},
        {STAMPS}
    ) STRICT""")
    execute("CREATE INDEX expense_by_date ON expense (on_date, patient_id)")
    execute("CREATE INDEX expense_by_invoice ON expense (invoice_id)")


def _guards(execute: Any) -> None:
    """What an issued invoice bills stays as billed; an invoice is never deleted once issued
    or void, never renumbered, and a void one stays void."""
    for table, columns in _BILLED.items():
        issued = (
            "old.invoice_id IS NOT NULL AND "
            "(SELECT status FROM invoice WHERE id = old.invoice_id) = 'issued'"
        )
        changed = " OR ".join(f"new.{column} IS NOT old.{column}" for column in columns)
        execute(
            f"CREATE TRIGGER {table}_billed_kept BEFORE UPDATE ON {table}"
            f" WHEN {issued} AND ({changed} OR new.invoice_id IS NOT old.invoice_id)"
            f" BEGIN SELECT RAISE(ABORT, 'billed on an issued invoice: void it to change this');"
            " END"
        )
        execute(
            f"CREATE TRIGGER {table}_billed_not_deleted BEFORE DELETE ON {table} WHEN {issued}"
            " BEGIN SELECT RAISE(ABORT, 'billed on an issued invoice: void it to delete this');"
            " END"
        )
    execute(
        "CREATE TRIGGER invoice_kept BEFORE DELETE ON invoice WHEN old.status <> 'draft'"
        " BEGIN SELECT RAISE(ABORT, 'an issued or void invoice is kept for the record'); END"
    )
    execute(
        "CREATE TRIGGER invoice_number_kept BEFORE UPDATE OF number ON invoice"
        " WHEN new.number IS NOT old.number"
        " BEGIN SELECT RAISE(ABORT, 'an invoice keeps its number'); END"
    )
    execute(
        "CREATE TRIGGER invoice_void_kept BEFORE UPDATE OF status ON invoice"
        " WHEN old.status = 'void' AND new.status <> 'void'"
        " BEGIN SELECT RAISE(ABORT, 'a void invoice stays void'); END"
    )
