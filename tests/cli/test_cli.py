"""The carebook command: version, help, the agenda as text and JSON, the demo, and bad input."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cli_runner import run

from carebook import __version__
from carebook.core.records import Appointment, Medication, Patient, Task
from carebook.core.vocabularies import TaskPriority
from carebook.store.caseload import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A caseload with one patient, a weekly visit on Tuesdays, and two tasks."""
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    patient = store.patients.add_patient(
        Patient(
            given="Edith",
            family="Crawley",
            phone="0113 496 0000",
            address_line="1 Mill Lane",
            city="Leeds",
        )
    )
    assert patient.id is not None
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient.id,
            start=datetime(2026, 11, 3, 9, 30),
            rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=8",
            purpose="Check-in",
        )
    )
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient.id,
            start=datetime(2026, 11, 24, 8, 0),
            duration_min=30,
            purpose="Bloods",
        )
    )
    store.tasks.add_task(
        Task(
            title="Chase referral",
            patient_id=patient.id,
            due_date=date(2026, 11, 20),
            priority=TaskPriority.URGENT,
        )
    )
    store.tasks.add_task(Task(title="Order pads", due_date=date(2026, 11, 24)))
    store.close()
    return path


def test_version_and_help_list_the_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.strip() == f"carebook {__version__}"
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "agenda" in out and "demo" in out and "--db" in out


def test_agenda_json_has_the_documented_shape_in_time_order(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, _ = run(
        capsys, "agenda", "--db", str(db), "--date", "2026-11-24", "--format", "json"
    )
    assert status == 0
    agenda = json.loads(out)
    assert agenda["date"] == "2026-11-24"
    assert [v["start"] for v in agenda["visits"]] == ["2026-11-24T08:00", "2026-11-24T09:30"]
    visit = agenda["visits"][1]
    assert set(visit) >= {
        "id",
        "start",
        "end",
        "patient",
        "patient_id",
        "address",
        "phone",
        "purpose",
        "kind",
        "status",
    }
    assert visit["patient"] == "Edith Crawley"
    assert visit["end"] == "2026-11-24T10:30"
    assert visit["address"] == "1 Mill Lane, Leeds"
    assert visit["kind"] == "home_visit" and visit["status"] == "booked"
    tasks = {t["title"]: t for t in agenda["tasks"]}
    assert set(tasks["Chase referral"]) >= {
        "id",
        "title",
        "patient",
        "patient_id",
        "due",
        "overdue",
        "priority",
        "status",
    }
    assert tasks["Chase referral"]["overdue"] is True
    assert tasks["Chase referral"]["priority"] == "urgent"
    assert tasks["Order pads"]["overdue"] is False and tasks["Order pads"]["patient"] == ""


def test_agenda_days_gives_a_list_of_days(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, _ = run(
        capsys, "agenda", "--db", str(db), "--date", "2026-11-23", "--days", "3", "--format", "json"
    )
    assert status == 0
    days = json.loads(out)
    assert [d["date"] for d in days] == ["2026-11-23", "2026-11-24", "2026-11-25"]
    assert [len(d["visits"]) for d in days] == [0, 2, 0]


def test_agenda_text_reads_like_a_day_sheet(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    status, out, _ = run(capsys, "agenda", "--db", str(db), "--date", "2026-11-24")
    assert status == 0
    assert "Tuesday 24 November 2026" in out
    assert out.index("08:00") < out.index("09:30")
    assert "Edith Crawley" in out and "Overdue tasks (1)" in out and "Chase referral" in out


def test_the_caseload_can_come_from_the_environment(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREBOOK_DB", str(db))
    status, out, _ = run(capsys, "agenda", "--date", "2026-11-24", "--format", "json")
    assert status == 0 and len(json.loads(out)["visits"]) == 2


@pytest.mark.parametrize("bad", ["24/11/2026", "2026-02-30", "tomorrow"])
def test_a_bad_date_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], db: Path, bad: str
) -> None:
    status, out, err = run(capsys, "agenda", "--db", str(db), "--date", bad)
    assert status != 0 and out == ""
    assert err.count("\n") == 1 and "--date" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "content", [b"", b"shopping list\nmilk\n", b"SQLite format 3\x00" + bytes(84)]
)
def test_a_file_that_is_not_a_caseload_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    status, out, err = run(capsys, "agenda", "--db", str(path))
    assert status == 3 and out == ""
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
    assert path.read_bytes() == content


def test_another_applications_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    status, _, err = run(capsys, "demo", "--db", str(path))
    assert status == 3 and "another application" in err
    assert path.read_bytes() == before


def test_a_missing_folder_is_named_and_nothing_is_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "no-such-folder" / "caseload.sqlite3"
    status, _, err = run(capsys, "demo", "--db", str(path))
    assert status == 3 and "does not exist" in err
    assert not path.parent.exists()


def test_demo_fills_an_empty_caseload_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "caseload.sqlite3"
    status, out, _ = run(capsys, "demo", "--db", str(path), "--patients", "12", "--seed", "3")
    assert status == 0 and "12 patients" in out
    store = Store.open(path)
    assert store.counts().patients == 12
    store.close()
    status, _, err = run(capsys, "demo", "--db", str(path), "--patients", "12")
    assert status == 2 and "--force" in err
    status, _, _ = run(capsys, "demo", "--db", str(path), "--patients", "5", "--force")
    assert status == 0
    store = Store.open(path)
    assert store.counts().patients == 17
    store.close()


def test_demo_is_deterministic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    names = []
    for copy in ("a", "b"):
        path = tmp_path / f"{copy}.sqlite3"
        assert run(capsys, "demo", "--db", str(path), "--patients", "8", "--seed", "5")[0] == 0
        conn = sqlite3.connect(path)
        names.append(
            conn.execute("SELECT given, family, birth_date FROM patient ORDER BY id").fetchall()
        )
        conn.close()
    assert names[0] == names[1]


def test_agenda_for_a_far_future_day_still_answers(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    far = (date.today() + timedelta(days=3000)).isoformat()
    status, out, _ = run(capsys, "agenda", "--db", str(db), "--date", far, "--format", "json")
    assert status == 0 and json.loads(out)["visits"] == []


def test_agenda_json_and_text_list_the_reviews_that_fall_due(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    store = Store.open(db)
    patient_id = store.patients.find_patients("Crawley")[0][0]
    store.medications.add_medication(
        Medication(
            patient_id=patient_id, name="Warfarin", dose="3 mg", next_review=date(2026, 11, 24)
        )
    )
    store.medications.add_medication(
        Medication(
            patient_id=patient_id, name="Ramipril", dose="5 mg", next_review=date(2026, 12, 24)
        )
    )
    store.close()
    status, out, _ = run(
        capsys, "agenda", "--db", str(db), "--date", "2026-11-24", "--format", "json"
    )
    assert status == 0
    reviews = json.loads(out)["reviews_due"]
    assert [(r["kind"], r["what"], r["due"], r["overdue"]) for r in reviews] == [
        ("medication", "Warfarin", "2026-11-24", False)
    ]
    status, out, _ = run(capsys, "agenda", "--db", str(db), "--date", "2026-11-24")
    assert status == 0 and "Reviews due (1)" in out and "Warfarin" in out


def test_agenda_json_marks_overlaps_and_the_travel_before_each_stop(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    store = Store.open(db)
    patient = store.patients.add_patient(
        Patient(given="Ann", family="Lee", address_line="9 High St", city="Leeds")
    )
    assert patient.id is not None
    overlapping = store.appointments.add_appointment(
        Appointment(patient_id=patient.id, start=datetime(2026, 11, 24, 8, 15), duration_min=30)
    )
    store.travel.set_trip("1 Mill Lane, Leeds", "9 High St, Leeds", 12)
    store.close()
    status, out, _ = run(
        capsys, "agenda", "--db", str(db), "--date", "2026-11-24", "--format", "json"
    )
    assert status == 0
    visits = json.loads(out)["visits"]
    bloods, ann, check_in = visits  # 08:00 Mill Lane, 08:15 High St, 09:30 Mill Lane
    assert ann["id"] == overlapping.id
    assert bloods["overlaps"] == [ann["id"]] and ann["overlaps"] == [bloods["id"]]
    assert check_in["overlaps"] == []
    assert [v["travel_minutes_before"] for v in visits] == [None, 12, 12]
    assert [v["tight"] for v in visits] == [False, True, False]

    status, out, _ = run(capsys, "agenda", "--db", str(db), "--date", "2026-11-24")
    assert "OVERLAPS: 08:15 Ann Lee" in out
    assert "TIGHT: 12 min travel from the stop before, -15 min between" in out
