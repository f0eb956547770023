"""What starting carebook loads: nothing heavy that the window or a command does not use.

Each start runs in a fresh Python (what is loaded is per process), on a caseload that is up to
date, so no migration is due; the opposite case shows the check can see sqlite-utils at all.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from carebook.storage.migrations import KNOWN, migrations
from carebook.storage.schema import APPLICATION_ID, SCHEMA_VERSION

#: Loaded only by what needs them: FHIR models, spreadsheets, calendars, migrations, charts.
HEAVY = (
    "fhir",
    "pydantic",
    "openpyxl",
    "icalendar",
    "sqlite_utils",
    "numpy",
    "pyqtgraph",
    "psycopg",
    "nacl",
    "keyring",
)

_REPORT = textwrap.dedent("""
    import json, sys
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1].split(",")))
    ours = sorted(name for name in sys.modules if name.startswith("carebook"))
    print(json.dumps({"heavy": heavy, "carebook_modules": ours}))
""")

_VERSION = textwrap.dedent("""
    import contextlib, io, sys
    from carebook.cli.main import main
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main(["--version"])
""")

_OPEN = textwrap.dedent("""
    import sys
    from carebook.store.caseload import Store
    Store.open(sys.argv[2]).close()
""")

_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    from carebook.ui.app import make_application, open_window
    app = make_application(sys.argv[:1])
    window, status = open_window(sys.argv[2])
    assert window is not None, status
    window.show()
    QCoreApplication.processEvents()
    window.close()
""")


def _loaded(script: str, *args: str) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", script + _REPORT, ",".join(HEAVY), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_schema_version_counts_every_migration_step() -> None:
    assert len(KNOWN) == SCHEMA_VERSION, (
        f"a migration step was added: set carebook.storage.schema.SCHEMA_VERSION to {len(KNOWN)}"
    )


def test_carebook_version_loads_nothing_heavy() -> None:
    loaded = _loaded(_VERSION)
    assert loaded["heavy"] == []
    # The command line names its sub-commands without loading them.
    assert not [
        name
        for name in loaded["carebook_modules"]
        if name.startswith("carebook.cli.")
        and name
        not in (
            "carebook.cli.main",
            "carebook.cli.common",
            "carebook.cli.refusal",
            "carebook.cli.passphrases",
        )
    ]


def test_opening_the_window_loads_nothing_heavy(sample_db: Path) -> None:
    loaded = _loaded(_WINDOW, str(sample_db))
    assert loaded["heavy"] == []
    # The tabs not shown yet, the record window and the editors load on first use.
    for later in (
        "carebook.ui.agenda.agenda_tab",
        "carebook.ui.billing.billing_tab",
        "carebook.ui.patient.patient_record",
        "carebook.ui.import_wizard.import_wizard",
        "carebook.storage.migrations",
    ):
        assert later not in loaded["carebook_modules"]


def test_a_caseload_with_a_migration_due_loads_sqlite_utils_for_it(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(conn, stop_before=KNOWN[-1])
    conn.close()
    loaded = _loaded(_OPEN, str(path))
    assert "sqlite_utils" in loaded["heavy"]
    assert "carebook.storage.migrations" in loaded["carebook_modules"]
