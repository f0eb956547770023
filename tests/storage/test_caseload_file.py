"""Opening a caseload file: what is refused (and left untouched), and what a good file gets."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.records import Patient
from carebook.core.views import CaseloadBundle
from carebook.storage.caseload_file import backup_before_migration, open_caseload
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.migrations import APPLICATION_ID, KNOWN
from carebook.store.caseload import Store

NOW = datetime(2026, 3, 2, 7, 30)
PATIENTS = 200


def _clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def good_caseload(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a closed caseload with enough patients to span many pages."""
    path = tmp_path_factory.mktemp("good") / "caseload.sqlite3"
    store = Store.open(path, clock=_clock)
    store.load(
        CaseloadBundle(
            patients=[
                Patient(
                    id=number,
                    given=f"Given{number}",
                    family=f"Family{number}",
                    birth_date=date(1930 + number % 60, 1 + number % 12, 1 + number % 28),
                    notes=f"Notes about patient {number}. " * 8,
                )
                for number in range(1, PATIENTS + 1)
            ]
        )
    )
    store.close()
    return path.read_bytes()


@pytest.fixture
def caseload(tmp_path: Path, good_caseload: bytes) -> Path:
    """A private copy of the good caseload, alone in its folder."""
    path = tmp_path / "caseload.sqlite3"
    path.write_bytes(good_caseload)
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _refused(
    path: Path, *fragments: str, may_add: frozenset[str] = frozenset()
) -> CaseloadFileError:
    """Open `path`, expect a refusal naming it, and check nothing beside or in it changed."""
    folder = path if path.is_dir() else path.parent
    before = _listing(folder)
    contents = path.read_bytes() if path.is_file() else None
    with pytest.raises(CaseloadFileError) as caught:
        open_caseload(path)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message, message
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, message
    if contents is not None:
        assert path.read_bytes() == contents, "a refused file was changed"
    left = set(_listing(folder)) - set(before) - may_add
    assert left == set(), "files were left beside a refused file"
    assert set(before) <= set(_listing(folder))
    return caught.value


def _set_with_sqlite(path: Path, *statements: str) -> bytes:
    """Change a closed file with plain sqlite3, close it, and return its bytes."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def _garbage(length: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(length)


# -- files that are not carebook's --------------------------------------------------------------


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Mrs Lee: call pharmacy about warfarin refill.\n" * 20, encoding="utf-8")
    _refused(path, "not a SQLite database")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    _refused(path, "empty")
    assert path.stat().st_size == 0


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    _set_with_sqlite(
        path,
        "CREATE TABLE bookmark (url TEXT, title TEXT)",
        "INSERT INTO bookmark VALUES ('https://example.org', 'Example')",
    )
    _refused(path, "another application")


def test_another_applications_wal_database_is_refused_without_leaving_wal_files(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.sqlite3"
    _set_with_sqlite(path, "PRAGMA journal_mode = WAL", "CREATE TABLE item (name TEXT)")
    assert _listing(tmp_path) == ["other.sqlite3"]
    _refused(path, "another application")


def test_another_applications_versioned_database_is_not_called_a_newer_carebook(
    tmp_path: Path,
) -> None:
    # Many applications number their schema with user_version; that is not a newer carebook.
    path = tmp_path / "other.sqlite3"
    _set_with_sqlite(
        path, f"PRAGMA user_version = {len(KNOWN) + 40}", "CREATE TABLE thing (x INTEGER)"
    )
    error = _refused(path, "another application")
    assert "newer" not in str(error)


def test_a_database_marked_by_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "marked.sqlite3"
    _set_with_sqlite(path, "PRAGMA application_id = 1234567", "CREATE TABLE t (x INTEGER)")
    _refused(path, "another application")


# -- damaged caseloads ---------------------------------------------------------------------------


def test_the_good_caseload_opens_with_its_patients(caseload: Path) -> None:
    # The damage tests below start from this file; it must be sound to begin with.
    store = Store.open(caseload, clock=_clock)
    try:
        assert store.counts().patients == PATIENTS
    finally:
        store.close()


@pytest.mark.parametrize("keep", [0.5, 0.1], ids=["half", "a-tenth"])
def test_a_truncated_caseload_is_refused(caseload: Path, keep: float) -> None:
    data = caseload.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    caseload.write_bytes(data[: page_size * max(2, int(pages * keep))])
    _refused(caseload, "damaged")


def test_a_caseload_cut_inside_its_header_is_refused(caseload: Path) -> None:
    caseload.write_bytes(caseload.read_bytes()[:60])
    _refused(caseload, "damaged")


def test_a_caseload_with_garbage_in_its_middle_pages_is_refused(caseload: Path) -> None:
    data = bytearray(caseload.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 20, "the caseload is too small for this test to mean anything"
    first = pages // 2 - 2
    data[first * page_size : (first + 4) * page_size] = _garbage(4 * page_size, seed=1)
    caseload.write_bytes(bytes(data))
    _refused(caseload, "damaged")


def test_a_caseload_with_a_garbage_header_is_refused(caseload: Path) -> None:
    data = bytearray(caseload.read_bytes())
    data[:100] = _garbage(100, seed=2)
    caseload.write_bytes(bytes(data))
    _refused(caseload, "not a SQLite database")


def test_a_caseload_whose_header_fields_are_garbage_is_refused(caseload: Path) -> None:
    # The "SQLite format 3" magic survives; everything after it in the header does not.
    data = bytearray(caseload.read_bytes())
    data[16:100] = _garbage(84, seed=3)
    data[16:18] = (1000).to_bytes(2, "big")  # never a valid page size
    caseload.write_bytes(bytes(data))
    _refused(caseload, "damaged")


# -- caseloads from a newer carebook -------------------------------------------------------------


def test_a_caseload_with_a_newer_schema_version_is_refused(caseload: Path) -> None:
    _set_with_sqlite(caseload, f"PRAGMA user_version = {len(KNOWN) + 1}")
    assert _listing(caseload.parent) == [caseload.name]
    _refused(caseload, "newer version of carebook")


def test_a_caseload_with_an_unknown_migration_is_refused(caseload: Path) -> None:
    _set_with_sqlite(
        caseload,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('carebook', 'm999_from_the_future', '2030-01-01 00:00:00+00:00')",
    )
    _refused(caseload, "newer version of carebook")


def _copy_while_open(source: Path, target_folder: Path, *statements: str) -> Path:
    """The caseload as a crash would leave it: `statements` committed to its -wal, not merged."""
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        for statement in statements:
            conn.execute(statement)
        wal = source.with_name(source.name + "-wal")
        assert wal.stat().st_size > 0
        target_folder.mkdir()
        target = target_folder / source.name
        shutil.copyfile(source, target)
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    finally:
        conn.close()
    return target


def test_a_newer_version_still_in_the_wal_is_refused(caseload: Path, tmp_path: Path) -> None:
    crashed = _copy_while_open(
        caseload, tmp_path / "crashed", f"PRAGMA user_version = {len(KNOWN) + 1}"
    )
    wal = crashed.with_name(crashed.name + "-wal")
    wal_bytes = wal.read_bytes()
    # Reading a -wal needs its index; SQLite keeps that in -shm, which nobody can stop it making
    # here without risking the index of a carebook that has the file open at the same moment.
    _refused(crashed, "newer version of carebook", may_add=frozenset({crashed.name + "-shm"}))
    assert wal.read_bytes() == wal_bytes


def test_changes_left_in_the_wal_by_a_crash_are_kept(caseload: Path, tmp_path: Path) -> None:
    crashed = _copy_while_open(
        caseload,
        tmp_path / "crashed",
        "INSERT INTO patient (given, family, status) VALUES ('Late', 'Arrival', 'active')",
    )
    store = Store.open(crashed, clock=_clock)
    try:
        assert store.counts().patients == PATIENTS + 1
        assert store.patients.find_patients("Arrival") == [(PATIENTS + 1, "Arrival, Late")]
    finally:
        store.close()


# -- paths that are not files --------------------------------------------------------------------


def test_a_path_in_a_missing_folder_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder"
    path = missing / "caseload.sqlite3"
    with pytest.raises(CaseloadFileError) as caught:
        open_caseload(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message and "does not exist" in message
    assert not missing.exists()
    assert _listing(tmp_path) == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "caseload.sqlite3"
    folder.mkdir()
    _refused(folder, "folder")
    assert _listing(folder) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "caseload.sqlite3"
    os.mkfifo(pipe)
    with pytest.raises(CaseloadFileError) as caught:
        open_caseload(pipe)
    assert str(pipe) in str(caught.value) and "\n" not in str(caught.value)


# -- a new or reopened caseload ------------------------------------------------------------------


@pytest.fixture
def new_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "new.sqlite3", clock=_clock)
    yield store
    store.close()


def _pragma(conn: sqlite3.Connection, name: str) -> object:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_a_new_caseload_is_marked_versioned_and_in_wal_mode(new_store: Store) -> None:
    conn = new_store.conn
    assert _pragma(conn, "application_id") == APPLICATION_ID
    assert _pragma(conn, "user_version") == len(KNOWN)
    assert _pragma(conn, "journal_mode") == "wal"
    applied = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'carebook' ORDER BY id"
        )
    ]
    assert applied == list(KNOWN)


def test_the_mark_and_wal_mode_are_in_the_closed_files_header(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Store.open(path, clock=_clock).close()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == len(KNOWN)
    assert header[18:20] == b"\x02\x02"  # WAL read and write versions
    assert _listing(tmp_path) == ["new.sqlite3"]


@pytest.mark.parametrize("reopened", [False, True], ids=["new", "reopened"])
def test_every_connection_gets_the_safety_pragmas(tmp_path: Path, reopened: bool) -> None:
    path = tmp_path / "caseload.sqlite3"
    if reopened:
        Store.open(path, clock=_clock).close()
    store = Store.open(path, clock=_clock)
    try:
        assert _pragma(store.conn, "foreign_keys") == 1
        assert _pragma(store.conn, "synchronous") == 2  # FULL
        assert _pragma(store.conn, "trusted_schema") == 0
        assert _pragma(store.conn, "journal_mode") == "wal"
    finally:
        store.close()


def test_every_carebook_table_is_strict(new_store: Store) -> None:
    tables = {
        name: strict
        for _, name, kind, _, _, strict in new_store.conn.execute("PRAGMA main.table_list")
        if kind == "table" and not name.startswith("sqlite_")
    }
    # The migrations ledger is sqlite-utils' own bookkeeping table, not carebook data.
    tables.pop("_sqlite_migrations")
    expected = {
        "patient",
        "contact",
        "care_team_member",
        "condition",
        "allergy",
        "medication",
        "medication_event",
        "appointment",
        "appointment_change",
        "occurrence",
        "task",
        "care_plan",
        "problem",
        "goal",
        "intervention",
        "care_plan_review",
        "note",
        "audit_log",
        "meta",
        "route_stop",
        "fhir_link",
        "reconciliation",
        "reconciliation_line",
        "quick_find_stale",
        "travel_time",
        "visit_record",
        "referral",
        # the care manager's business
        "billing_activity",
        "attachment",
        "agreement",
        "invoice",
        "invoice_line",
        "payment",
        "time_entry",
        "running_timer",
        "place",
        "trip",
        "mileage_rate",
        "expense",
        # the measured record
        "assessment_result",
        "measure_kind",
        "measurement",
        "patient_document",
        # team sync: the clock, versions, the outbox, history, conflicts, the team
        "sync_clock",
        "sync_version",
        "sync_field",
        "sync_scratch",
        "sync_outbox",
        "sync_history",
        "sync_conflict",
        "sync_team",
    }
    assert set(tables) == expected
    assert {name for name, strict in tables.items() if not strict} == set()
    marks = ", ".join("?" * len(expected))
    for (sql,) in new_store.conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ({marks})",
        sorted(expected),
    ):
        assert "STRICT" in sql.upper()


def test_reopening_a_caseload_keeps_its_data_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path, clock=_clock)
    added = store.patients.add_patient(
        Patient(given="Ada", family="Okafor", birth_date=date(1941, 5, 6), phone="555-0101")
    )
    store.close()
    store = Store.open(path, clock=_clock)
    try:
        assert added.id is not None
        assert store.patients.patient(added.id) == added
        assert store.counts().patients == 1
    finally:
        store.close()
    assert _listing(tmp_path) == ["caseload.sqlite3"]


def test_a_backup_before_migration_is_a_verified_copy_with_the_same_rows(
    tmp_path: Path, good_caseload: bytes
) -> None:
    path = tmp_path / "caseload.sqlite3"
    path.write_bytes(good_caseload)
    store = Store.open(path, clock=_clock)
    try:
        store.patients.add_patient(Patient(given="Still", family="In the WAL"))
        original = store.conn.execute("SELECT * FROM patient ORDER BY id").fetchall()
        target = backup_before_migration(store.conn, path, "m002_example")
    finally:
        store.close()
    assert target.parent == tmp_path
    assert target.name.startswith("caseload.sqlite3.before-m002_example-")
    assert target.exists() and target != path
    uri = target.resolve().as_uri() + "?mode=ro"
    copy = sqlite3.connect(uri, uri=True)
    try:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT * FROM patient ORDER BY id").fetchall() == original
        assert len(original) == PATIENTS + 1
        assert _pragma(copy, "application_id") == APPLICATION_ID
    finally:
        copy.close()


def test_a_caseload_from_before_m017_has_its_search_index_brought_up_to_date(
    sample_db: Path,
) -> None:
    """m016 as it first shipped gave every patient its global id and left the search index
    to be rewritten at the first search; m017 brings it up to date on opening instead."""
    from carebook.storage import finding

    conn = sqlite3.connect(sample_db)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm017_search_caught_up'")
        conn.execute("UPDATE patient SET uid = uid, given = given")  # as m016's ids did
        conn.execute(f"PRAGMA user_version = {len(KNOWN) - 1}")
    assert not finding.is_current(conn)
    conn.close()

    store = Store.open(sample_db)
    try:
        assert finding.is_current(store.conn)
        applied = store.conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE name = 'm017_search_caught_up'"
        ).fetchone()[0]
        assert applied == 1
    finally:
        store.close()
