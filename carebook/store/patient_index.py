"""The patients' search index as the lists and the patient picker read it: current, or none."""

from __future__ import annotations

import sqlite3
from contextlib import suppress

from carebook.storage import finding
from carebook.storage.file_errors import OPERATIONAL_ERRORS
from carebook.storage.listings import PatientIndex


def patient_index(conn: sqlite3.Connection) -> PatientIndex | None:
    """The search index of patients, brought up to date first; None when it cannot be (a file
    that cannot be written to, or another's write under way), and the search then reads the
    patients themselves."""
    index = finding.patients_matching, finding.list_query
    if finding.is_current(conn, ("patient",)):
        return index
    waits = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    # A keystroke never waits for another's write (an import on its worker): it searches the
    # patients themselves this time.
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        with suppress(*OPERATIONAL_ERRORS):  # read-only, full or busy
            finding.catch_up(conn, ("patient",))
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waits}")
    return index if finding.is_current(conn, ("patient",)) else None
