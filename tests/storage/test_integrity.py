"""`check`: the sample is healthy, and each kind of damage or broken rule is found, by ids only."""

from __future__ import annotations

import os
import random
import re
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from carebook.core.records import Appointment
from carebook.core.vocabularies import AppointmentStatus
from carebook.storage import integrity
from carebook.storage.caseload_file import open_caseload
from carebook.storage.check_findings import CheckReport
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.integrity import check, check_file
from carebook.storage.migrations import APPLICATION_ID, KNOWN, migrations
from carebook.store.caseload import Scope, Store


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _change(path: Path, *statements: str) -> None:
    """Change a closed caseload behind carebook's back, as another tool would (no foreign keys)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _garbage_in_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # A page of the patient table (the middle of the file may be a table the sample leaves empty).
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'patient'")
        (root,) = found.fetchone()
    finally:
        conn.close()
    page = root - 1
    data[page * page_size : page * page_size + 512] = random.Random(3).randbytes(512)
    path.write_bytes(bytes(data))


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [
            f"{given} {family}"
            for given, family in conn.execute(
                "SELECT given, family FROM patient WHERE given <> '' AND family <> ''"
            )
        ]
    finally:
        conn.close()


def _plain(report: CheckReport, names: list[str]) -> None:
    """One line per finding, and never a patient's name."""
    text = report.text()
    for line in report.lines():
        assert "\n" not in line
    for name in names:
        assert name not in text


def test_the_sample_caseload_is_healthy(sample_db: Path) -> None:
    before = sample_db.read_bytes()
    report = check_file(sample_db)
    assert report.healthy, report.lines()
    assert report.lines() == [
        "No problems found: the file's structure, the links between "
        "records and carebook's own rules all check out."
    ]
    assert sample_db.read_bytes() == before
    assert _listing(sample_db.parent) == [sample_db.name]


def test_the_windows_own_connection_can_be_checked(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        assert check(store.conn).healthy
    finally:
        store.close()


def test_a_damaged_page_is_reported_and_the_file_left_as_it_was(sample_db: Path) -> None:
    _garbage_in_a_page(sample_db)
    damaged = sample_db.read_bytes()
    report = check_file(sample_db)
    assert not report.healthy
    assert {f.kind for f in report.findings} & {"structure", "damaged", "unreadable"}
    _plain(report, [])
    assert all(len(line) < 200 for line in report.lines())
    assert sample_db.read_bytes() == damaged
    assert _listing(sample_db.parent) == [sample_db.name]


def test_a_file_too_large_to_copy_is_checked_in_place(
    sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "IN_MEMORY_LIMIT", 0)
    report = check_file(sample_db)
    assert report.healthy
    assert "were not checked" in report.lines()[-1]
    assert _listing(sample_db.parent) == [sample_db.name]


def test_a_file_cut_short_is_reported_as_damaged(sample_db: Path) -> None:
    data = sample_db.read_bytes()
    sample_db.write_bytes(data[: len(data) // 2])
    report = check_file(sample_db)
    assert not report.healthy
    assert report.findings[0].kind in ("damaged", "structure")


def test_a_file_that_is_not_a_caseload_is_refused_not_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database\n" * 40, encoding="utf-8")
    with pytest.raises(CaseloadFileError) as caught:
        check_file(path)
    assert not caught.value.damaged
    with pytest.raises(CaseloadFileError, match="does not exist"):
        check_file(tmp_path / "missing.sqlite3")


def test_a_broken_link_is_found(sample_db: Path) -> None:
    _change(
        sample_db,
        "INSERT INTO note (id, patient_id, written_at, kind, text)"
        " VALUES (9001, 99999, '2026-01-01T10:00', 'visit', 'orphan')",
    )
    report = check_file(sample_db)
    assert [(f.kind, f.text) for f in report.findings] == [
        ("link", "1 note record points at a missing patient record (id 9001).")
    ]


def test_an_invalid_status_is_found_by_the_integrity_check(sample_db: Path) -> None:
    # The vocabularies are CHECK constraints; only a writer that switches them off breaks one.
    _change(
        sample_db,
        "PRAGMA ignore_check_constraints = ON",
        "UPDATE patient SET status = 'zombie' WHERE id = 1",
    )
    report = check_file(sample_db)
    assert {f.kind for f in report.findings} == {"structure", "unreadable_value"}
    assert "CHECK constraint failed in patient" in report.text()
    assert (
        "1 patient record holds a date, time or code that cannot be read (patient 1)."
        in report.text()
    )


_RECURRING = "(SELECT min(id) FROM appointment WHERE rrule <> '')"

BROKEN = {
    "visit_patient": [
        "UPDATE occurrence SET patient_id = (SELECT min(id) FROM patient"
        " WHERE id <> occurrence.patient_id) WHERE id = (SELECT min(id) FROM occurrence)"
    ],
    "visit_missing": [
        f"DELETE FROM occurrence WHERE id = (SELECT max(id) FROM occurrence"
        f" WHERE appointment_id = {_RECURRING})"
    ],
    "visit_extra": [
        f"INSERT INTO occurrence (appointment_id, patient_id, original_start, start, ends, status)"
        f" SELECT id, patient_id, '2026-01-01T03:00', '2026-01-01T03:00', '2026-01-01T04:00',"
        f" 'booked' FROM appointment WHERE id = {_RECURRING}"
    ],
    "visit_differs": [
        "UPDATE occurrence SET status = CASE status WHEN 'booked' THEN 'done' ELSE 'booked' END"
        " WHERE id = (SELECT min(id) FROM occurrence)"
    ],
    "visit_last": [
        f"UPDATE appointment SET last_start = '2099-01-01T00:00' WHERE id = {_RECURRING}"
    ],
    "visit_rule": [f"UPDATE appointment SET rrule = 'FREQ=SOMETIMES' WHERE id = {_RECURRING}"],
    "horizon": ["UPDATE meta SET value = 'soon' WHERE key = 'horizon'"],
    "plan_goal_problem": [
        "UPDATE goal SET problem_id = (SELECT p.id FROM problem p"
        " WHERE p.care_plan_id <> goal.care_plan_id LIMIT 1)"
        " WHERE id = (SELECT min(id) FROM goal)"
    ],
    "plan_intervention_goal": [
        "UPDATE intervention SET goal_id = (SELECT g.id FROM goal g"
        " WHERE g.care_plan_id <> intervention.care_plan_id LIMIT 1)"
        " WHERE id = (SELECT min(id) FROM intervention)"
    ],
    "plan_problem_condition": [
        "UPDATE problem SET condition_id = (SELECT d.id FROM condition d"
        " JOIN care_plan c ON c.id = problem.care_plan_id WHERE d.patient_id <> c.patient_id"
        " LIMIT 1) WHERE id = (SELECT min(id) FROM problem)"
    ],
    "note_appointment": [
        "UPDATE note SET appointment_id = (SELECT a.id FROM appointment a"
        " WHERE a.patient_id <> note.patient_id LIMIT 1) WHERE id = (SELECT min(id) FROM note)"
    ],
    "plan_dates": [
        "UPDATE care_plan SET next_review = '2001-01-01'"
        " WHERE id = (SELECT min(id) FROM care_plan WHERE period_start > '2001-01-01')"
    ],
    "condition_dates": [
        "UPDATE condition SET abatement_date = '1901-01-01'"
        " WHERE id = (SELECT min(id) FROM condition WHERE onset_date > '1901-01-01')"
    ],
    "task_rule": [
        # Any task will do: the sample's few repeating tasks depend on the day it is made.
        "UPDATE task SET rrule = 'FREQ=NEVER' WHERE id = (SELECT min(id) FROM task"
        " WHERE due_date IS NOT NULL)"
    ],
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_each_broken_rule_is_found_by_its_ids(sample_db: Path, kind: str) -> None:
    names = _names(sample_db)
    _change(sample_db, *BROKEN[kind])
    before = sample_db.read_bytes()
    report = check_file(sample_db)
    assert [f.kind for f in report.findings] == [kind], report.lines()
    finding = report.findings[0]
    assert finding.count == 1
    if kind != "horizon":
        assert re.search(r"\([\w -]+ \d+\)\.$", finding.text), finding.text  # the record's id
    assert report.lines()[0] == "1 problem found:"
    _plain(report, names)
    assert sample_db.read_bytes() == before


def test_many_findings_list_a_few_ids_and_count_the_rest(sample_db: Path) -> None:
    _change(
        sample_db,
        "UPDATE condition SET abatement_date = '1901-01-01' WHERE onset_date > '1901-01-01'",
    )
    (finding,) = check_file(sample_db).findings
    assert finding.count > 8
    assert f"and {finding.count - 8} more)." in finding.text
    assert finding.text.startswith(f"{finding.count} conditions resolve before their onset")


def test_the_stores_own_edits_keep_the_caseload_healthy(sample_db: Path) -> None:
    # Every way the store lays visits out again, then a check: the rules are the store's own.
    store = Store.open(sample_db)
    try:
        conn = store.conn
        series = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM appointment WHERE rrule <> '' ORDER BY id LIMIT 4"
            )
        ]

        def visit(appointment_id: int, number: int) -> datetime:
            row = conn.execute(
                "SELECT original_start FROM occurrence WHERE appointment_id = ?"
                " ORDER BY original_start LIMIT 1 OFFSET ?",
                [appointment_id, number],
            ).fetchone()
            return datetime.fromisoformat(row[0])

        first = store.appointments.appointment(series[0])
        assert first is not None
        store.appointments.skip_visit(series[0], visit(series[0], 3))
        store.appointments.set_visit_status(series[0], visit(series[0], 1), AppointmentStatus.DONE)
        moved = visit(series[1], 2)
        second = store.appointments.appointment(series[1])
        assert second is not None
        store.appointments.update_appointment(
            replace(second, start=moved + timedelta(hours=2)), Scope.THIS, moved
        )
        third = store.appointments.appointment(series[2])
        assert third is not None
        store.appointments.update_appointment(
            replace(third, start=third.start + timedelta(minutes=30))
        )
        store.appointments.cancel_appointment(series[3], Scope.FOLLOWING, visit(series[3], 4))
        weekly = store.appointments.add_appointment(
            Appointment(
                patient_id=1,
                start=datetime.now().replace(hour=9, minute=0, second=0, microsecond=0),
                rrule="FREQ=WEEKLY",
                tz="UTC",
            )
        )
        day = visit(series[1], 5)
        store.visits.set_route(day.date(), [(series[1], day)])
        store.appointments.skip_visit(
            series[1], day
        )  # its route stop stays, ignored: not a problem
        store.visits.ensure_horizon(datetime.now().date() + timedelta(days=900))
        report = check(conn)
        assert report.healthy, report.lines()

        # An open-ended series cut short of the horizon is missing visits.
        conn.execute(
            "DELETE FROM occurrence WHERE appointment_id = ? AND original_start >"
            " (SELECT min(original_start) FROM occurrence WHERE appointment_id = ?)",
            [weekly.id, weekly.id],
        )
        assert [f.kind for f in check(conn).findings] == ["visit_missing"]
    finally:
        store.close()


def test_an_older_layout_is_noted_not_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(conn, stop_before=KNOWN[-1])
    conn.execute(f"PRAGMA user_version = {len(KNOWN) - 1}")
    conn.close()
    report = check_file(path)
    assert report.healthy
    assert "from an older carebook" in report.lines()[-1]


# -- damage is told apart from other refusals ---------------------------------------------------


def test_a_damaged_caseload_is_refused_as_damaged(sample_db: Path) -> None:
    _garbage_in_a_page(sample_db)
    with pytest.raises(CaseloadFileError) as caught:
        open_caseload(sample_db)
    assert caught.value.damaged


@pytest.mark.parametrize(
    ("content", "damaged"),
    [
        (b"plain text, not a database\n" * 40, False),
        (b"SQLite format 3\x00" + b"\x00" * 30, True),
    ],
)
def test_only_damage_is_called_damaged(tmp_path: Path, content: bytes, damaged: bool) -> None:
    path = tmp_path / "caseload.sqlite3"
    path.write_bytes(content)
    with pytest.raises(CaseloadFileError) as caught:
        open_caseload(path)
    assert caught.value.damaged is damaged


def test_a_newer_caseload_is_not_called_damaged(sample_db: Path) -> None:
    _change(sample_db, f"PRAGMA user_version = {len(KNOWN) + 1}")
    with pytest.raises(CaseloadFileError) as caught:
        open_caseload(sample_db)
    assert not caught.value.damaged


def _flip_in_file(path: Path, value: bytes, position: int, new: int) -> None:
    """Change one byte of the stored `value` in the file itself, as a bad sector would (in the
    table and in any index that keeps a copy of it)."""
    data = bytearray(path.read_bytes())
    where = data.find(value)
    assert where > 0
    while where >= 0:
        data[where + position] = new
        where = data.find(value, where + 1)
    path.write_bytes(bytes(data))


def _one_patient_file(tmp_path: Path) -> tuple[Path, int]:
    from carebook.core.records import Patient

    path = tmp_path / "c.sqlite3"
    store = Store.open(path)
    patient = store.patients.add_patient(
        Patient(given="Wilhelmina", family="Quarrington", phone="0117 496 0372", birth_date=None)
    )
    store.close()
    assert patient.id is not None
    return path, patient.id


def test_a_damaged_byte_inside_a_name_is_found_and_named_by_id(tmp_path: Path) -> None:
    """Before, SQLite's checks passed the file ("No problems found") and exports then crashed."""
    path, patient_id = _one_patient_file(tmp_path)
    _flip_in_file(path, b"Quarrington", 3, 0xC3)  # a lead byte with no continuation: not UTF-8
    report = check_file(path)
    assert not report.healthy
    assert (
        f"1 patient record holds text that is damaged (not UTF-8) (patient {patient_id})."
        in report.text()
    )
    _plain(report, ["Quarrington", "Wilhelmina"])


def test_a_flipped_digit_in_a_date_is_found(tmp_path: Path) -> None:
    from carebook.core.records import Patient

    path = tmp_path / "c.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Ada", family="Byron", birth_date=date(1941, 3, 4)))
    store.close()
    _flip_in_file(path, b"1941-03-04", 6, ord("9"))  # 1941-09-04 is a date; try the month's 0
    assert check_file(path).healthy
    _flip_in_file(path, b"1941-09-04", 5, ord("2"))  # 1941-29-04 is not
    report = check_file(path)
    assert not report.healthy
    assert "patient 1" in report.text()


def test_an_appointment_in_the_year_9999_is_named_by_check_and_export_says_it_left_it_out(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved by an older carebook (or another tool) before dates were kept to 1880-2199: the
    calendar leaves it out and says so; check names it."""
    from cli_runner import run

    _change(
        sample_db,
        "UPDATE appointment SET start = '9999-12-30T10:00', last_start = NULL,"
        " rrule = '' WHERE id = (SELECT min(id) FROM appointment WHERE rrule = '')",
    )
    appointment_id = (
        sqlite3.connect(sample_db)
        .execute("SELECT id FROM appointment WHERE start LIKE '9999%'")
        .fetchone()[0]
    )
    report = check_file(sample_db)
    assert f"appointment {appointment_id}" in report.text()
    status, _, err = run(
        capsys,
        "--db",
        str(sample_db),
        "export",
        "appointments",
        "--format",
        "ics",
        "-o",
        str(sample_db.with_name("visits.ics")),
    )
    assert status == 0
    assert "1 appointment left out" in err
