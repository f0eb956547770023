"""How often a visit or task may repeat: every way a repeat rule comes in is held to one limit."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from carebook.core.errors import ValidationError
from carebook.core.kinds import validate_record
from carebook.core.records import Appointment, Patient, Task
from carebook.core.recurrence import last_start, occurrences, parse_rule, starts
from carebook.core.repeat_limits import MOST_A_DAY, MOST_IN_A_SERIES
from carebook.store.caseload import Store
from tests.cli_runner import run

NOW = datetime(2026, 3, 2, 7, 30)
TODAY = NOW.date()
START = datetime(2026, 3, 3, 9, 0)
EVERY_MINUTE = (
    "FREQ=DAILY;BYHOUR="
    + ",".join(map(str, range(24)))
    + ";BYMINUTE="
    + ",".join(map(str, range(60)))
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: NOW)
    yield store
    store.close()


def _occurrence_rows(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM occurrence").fetchone()[0])


# -- the rule itself -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "says"),
    [
        (EVERY_MINUTE, "it gives 1,440 visits a day and one series keeps at most 6"),
        ("FREQ=DAILY;BYHOUR=8,10,12,14,16,18,20", "it gives 7 visits a day"),
        ("FREQ=WEEKLY;BYDAY=MO;BYMINUTE=0,10,20,30,40,50,55", "it gives 7 visits a day"),
        (
            "FREQ=DAILY;COUNT=99999999",
            "COUNT=99,999,999 is more visits than one series keeps (5,000)",
        ),
        ("FREQ=DAILY;UNTIL=21991231T235900", "more than 5,000 visits"),
        ("FREQ=DAILY;BYHOUR=8,20;UNTIL=20400101", "more than 5,000 visits"),
        ("FREQ=WEEKLY;UNTIL=99991231", "is outside the dates carebook keeps"),
        ("FREQ=DAILY;BYSECOND=0,30", "visits are kept to the minute"),
        ("FREQ=DAILY;COUNT=10;BYSETPOS=3", "never happens"),
        ("FREQ=YEARLY;BYYEARDAY=400", "never happens"),
        ("FREQ=MONTHLY;BYDAY=8MO", "no month has a weekday numbered 8"),
        ("FREQ=WEEKLY;UNTIL=01/02/2027", "must be a date written YYYYMMDD"),
    ],
)
def test_a_rule_past_the_limits_is_refused_saying_what_to_fix(rule: str, says: str) -> None:
    with pytest.raises(ValidationError, match="repeat rule") as refused:
        parse_rule(rule, START)
    assert says in str(refused.value)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;BYHOUR=8,12,17,21",  # four care calls a day
        f"FREQ=DAILY;BYHOUR=7,9,11,13,15,17;COUNT={MOST_IN_A_SERIES}",
        "FREQ=DAILY;BYHOUR=8,12,17,21;UNTIL=20290101",
        "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYSETPOS=1",
        "FREQ=MONTHLY;UNTIL=21991231T235900",
        "FREQ=DAILY;BYSECOND=0",
    ],
)
def test_a_rule_within_the_limits_is_kept(rule: str) -> None:
    parse_rule(rule, START)


def test_the_limits_checked_are_the_ones_named() -> None:
    parse_rule(f"FREQ=DAILY;COUNT={MOST_IN_A_SERIES}", START)
    with pytest.raises(ValidationError):
        parse_rule(f"FREQ=DAILY;COUNT={MOST_IN_A_SERIES + 1}", START)
    hours = ",".join(str(hour) for hour in range(MOST_A_DAY))
    parse_rule(f"FREQ=DAILY;BYHOUR={hours}", START)
    with pytest.raises(ValidationError):
        parse_rule(f"FREQ=DAILY;BYHOUR={hours},{MOST_A_DAY}", START)


def test_a_stored_rule_past_the_limits_is_laid_out_only_as_far_as_they_allow() -> None:
    # Written before the limits, or by another program: never more than they allow.
    every_minute = Appointment(id=1, patient_id=1, start=START, rrule=EVERY_MINUTE)
    found = list(starts(every_minute, datetime(2026, 3, 10, 23, 59)))
    by_day = Counter(moment.date() for moment in found)
    assert max(by_day.values()) == MOST_A_DAY and len(found) <= 8 * MOST_A_DAY
    assert sorted({moment.time() for moment in found}) == [time(h) for h in range(MOST_A_DAY)]
    counted = Appointment(id=1, patient_id=1, start=START, rrule="FREQ=DAILY;COUNT=99999999")
    assert len(occurrences(counted, [], datetime(2199, 12, 31))) == MOST_IN_A_SERIES
    assert last_start(counted) == START + timedelta(days=MOST_IN_A_SERIES - 1)
    far = Appointment(id=1, patient_id=1, start=START, rrule="FREQ=YEARLY;UNTIL=99991231")
    assert last_start(far) == datetime(2199, 3, 3, 9, 0)


# -- the store, and validate_record (the imports' check) ----------------------------------------


def test_the_store_refuses_a_rule_past_the_limits_and_lays_out_nothing(store: Store) -> None:
    patient = store.patients.add_patient(Patient(given="Edith", family="Crawley"))
    assert patient.id is not None
    with pytest.raises(ValidationError, match="1,440 visits a day") as refused:
        store.appointments.add_appointment(
            Appointment(patient_id=patient.id, start=START, rrule=EVERY_MINUTE)
        )
    assert refused.value.field == "rrule"
    assert (store.counts().appointments, _occurrence_rows(store)) == (0, 0)
    kept = store.appointments.add_appointment(
        Appointment(patient_id=patient.id, start=START, rrule="FREQ=WEEKLY")
    )
    with pytest.raises(ValidationError, match="COUNT=99,999,999"):
        store.appointments.update_appointment(
            Appointment(
                id=kept.id, patient_id=patient.id, start=START, rrule="FREQ=DAILY;COUNT=99999999"
            )
        )
    assert store.appointments.appointment(kept.id or 0) == kept


def test_a_series_without_end_started_long_ago_is_refused(store: Store) -> None:
    patient = store.patients.add_patient(Patient(given="Edith", family="Crawley"))
    assert patient.id is not None
    old = Appointment(patient_id=patient.id, start=datetime(1990, 1, 1, 9, 0), rrule="FREQ=DAILY")
    with pytest.raises(ValidationError, match="more than 5,000 visits") as refused:
        store.appointments.add_appointment(old)
    assert "Start it later, or give it an end" in str(refused.value)
    assert refused.value.field == "rrule"
    with pytest.raises(ValidationError, match="more than 5,000 visits"):
        validate_record(old, TODAY)
    assert _occurrence_rows(store) == 0
    # Weekly from the same day holds far fewer visits: it is kept.
    store.appointments.add_appointment(
        Appointment(patient_id=patient.id, start=datetime(1990, 1, 1, 9, 0), rrule="FREQ=WEEKLY")
    )


def test_a_series_grown_past_the_limit_over_the_years_can_still_be_edited(tmp_path: Path) -> None:
    now = [NOW]
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: now[0])
    try:
        patient = store.patients.add_patient(Patient(given="Edith", family="Crawley"))
        assert patient.id is not None
        calls = store.appointments.add_appointment(
            Appointment(patient_id=patient.id, start=START, rrule="FREQ=DAILY;BYHOUR=8,12,17,21")
        )
        now[0] = NOW + timedelta(days=4 * 365)  # four calls a day for four years
        store.visits.ensure_horizon()
        assert _occurrence_rows(store) > MOST_IN_A_SERIES
        store.appointments.update_appointment(
            Appointment(
                id=calls.id,
                patient_id=patient.id,
                start=START,
                rrule=calls.rrule,
                purpose="Care calls",
            )
        )
        saved = store.appointments.appointment(calls.id or 0)
        assert saved is not None and saved.purpose == "Care calls"
    finally:
        store.close()


def test_a_repeating_task_is_held_to_the_same_limits(store: Store) -> None:
    task = Task(title="Check the pump", due_date=TODAY, rrule="FREQ=DAILY;COUNT=99999999")
    with pytest.raises(ValidationError, match="COUNT=99,999,999") as refused:
        store.tasks.add_task(task)
    assert refused.value.field == "rrule"
    with pytest.raises(ValidationError, match="COUNT=99,999,999"):
        validate_record(task, TODAY)
    assert store.counts().tasks == 0


# -- the imports, as the command runs them ------------------------------------------------------


def _caseload_with_patient(path: Path) -> None:
    store = Store.open(path)
    try:
        store.patients.add_patient(Patient(given="Edith", family="Crawley", external_id="A1"))
    finally:
        store.close()


def _counts(path: Path) -> tuple[int, int, int]:
    store = Store.open(path)
    try:
        counts = store.counts()
        return counts.appointments, counts.tasks, _occurrence_rows(store)
    finally:
        store.close()


def test_a_spreadsheet_of_visits_every_minute_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    _caseload_with_patient(db)
    sheet = tmp_path / "visits.csv"
    with sheet.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(
            [
                ["MRN", "Date", "Time", "End time", "Purpose", "RRULE"],
                ["A1", "2026-03-03", "09:00", "09:30", "Check", EVERY_MINUTE],
                ["A1", "2026-03-03", "14:00", "14:30", "Count", "FREQ=DAILY;COUNT=99999999"],
                ["A1", "2026-03-04", "10:00", "10:30", "Weekly", "FREQ=WEEKLY"],
            ]
        )
    status, out, _ = run(capsys, "import", str(sheet), "--kind", "appointments", "--db", str(db))
    assert status == 1
    assert "  row 2, column 'RRULE': The repeat rule" in out
    assert "it gives 1,440 visits a day and one series keeps at most 6" in out
    assert (
        "  row 3, column 'RRULE': The repeat rule 'FREQ=DAILY;COUNT=99999999' cannot be kept" in out
    )
    assert _counts(db) == (0, 0, 0)
    status, out, _ = run(
        capsys, "import", str(sheet), "--kind", "appointments", "--db", str(db), "--skip-invalid"
    )
    assert status == 0 and out.splitlines()[-1].endswith(
        "1 appointment added, 2 rows that cannot be imported left out."
    )
    assert _counts(db)[0] == 1


def test_a_spreadsheet_of_tasks_repeating_past_the_limits_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    sheet = tmp_path / "tasks.csv"
    sheet.write_text(
        "Task,Due,RRULE\nCall GP,2026-03-09,FREQ=DAILY;COUNT=99999999\n", encoding="utf-8"
    )
    status, out, _ = run(capsys, "import", str(sheet), "--kind", "tasks", "--db", str(db))
    assert status == 1 and "COUNT=99,999,999 is more visits than one series keeps" in out
    assert not db.exists()


def _fhir_bundle(path: Path, rule: str, start: str = "2026-03-03T09:00:00+00:00") -> Path:
    patient = "urn:uuid:0b6f7c1e-0000-4000-8000-000000000001"
    path.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [
                    {
                        "fullUrl": patient,
                        "resource": {
                            "resourceType": "Patient",
                            "name": [{"family": "Crawley", "given": ["Edith"]}],
                        },
                    },
                    {
                        "fullUrl": "urn:uuid:0b6f7c1e-0000-4000-8000-000000000002",
                        "resource": {
                            "resourceType": "Appointment",
                            "status": "booked",
                            "description": "Wound care",
                            "start": start,
                            "minutesDuration": 30,
                            "comment": f"Repeats: Custom ({rule})",
                            "participant": [
                                {"actor": {"reference": patient}, "status": "accepted"}
                            ],
                        },
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("rule", "start", "says"),
    [
        (EVERY_MINUTE, "2026-03-03T09:00:00+00:00", "1,440 visits a day"),
        ("FREQ=DAILY;COUNT=99999999", "2026-03-03T09:00:00+00:00", "COUNT=99,999,999"),
        ("FREQ=DAILY", "1900-03-03T09:00:00+00:00", "more than 5,000 visits"),
    ],
)
def test_a_fhir_appointment_repeating_past_the_limits_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, rule: str, start: str, says: str
) -> None:
    db = tmp_path / "caseload.sqlite3"
    bundle = _fhir_bundle(tmp_path / "bundle.json", rule, start)
    status, out, _ = run(capsys, "import", str(bundle), "--kind", "fhir", "--db", str(db))
    assert status == 1
    assert "Appointment" in out and "carebook cannot keep it:" in out and says in out
    assert not db.exists()
    status, out, _ = run(
        capsys,
        "import",
        str(_fhir_bundle(tmp_path / "ok.json", "FREQ=WEEKLY")),
        "--kind",
        "fhir",
        "--db",
        str(db),
    )
    assert status == 0 and _counts(db)[0] == 1


def test_an_everyday_series_keeps_its_visits(store: Store) -> None:
    patient = store.patients.add_patient(Patient(given="Edith", family="Crawley"))
    assert patient.id is not None
    calls = store.appointments.add_appointment(
        Appointment(
            patient_id=patient.id, start=START, rrule="FREQ=DAILY;BYHOUR=8,12,17,21;COUNT=40"
        )
    )
    day = [visit.start.time() for visit in store.visits.visits_on(date(2026, 3, 4))]
    assert day == [time(8), time(12), time(17), time(21)]
    assert calls.id is not None and _occurrence_rows(store) == 40


def test_a_stored_rule_that_no_longer_reads_stops_no_other_series(tmp_path: Path) -> None:
    now = [NOW]
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: now[0])
    try:
        patient = store.patients.add_patient(Patient(given="Edith", family="Crawley")).id
        assert patient is not None
        weekly = store.appointments.add_appointment(
            Appointment(patient_id=patient, start=START, rrule="FREQ=WEEKLY", purpose="Weekly")
        )
        daily = store.appointments.add_appointment(
            Appointment(patient_id=patient, start=START, rrule="FREQ=DAILY", purpose="Daily")
        )
        store.visits.visits_on(TODAY)
        # Written by another program: a rule carebook cannot read.
        store.conn.execute(
            "UPDATE appointment SET rrule = 'FREQ=FORTNIGHTLY' WHERE id = ?", [daily.id]
        )
        kept = _occurrence_rows(store)
        now[0] = NOW + timedelta(days=300)  # the horizon moves on: every series laid out again
        tuesday = date(2027, 12, 28)
        assert [v.purpose for v in store.visits.visits_on(tuesday)] == ["Weekly"]
        assert [v.purpose for v in store.visits.visits_on(date(2026, 3, 4))] == ["Daily"]
        assert weekly.id is not None and _occurrence_rows(store) > kept
        # Far ahead, read from the rules: the one that reads, and no failure for the other.
        assert [v.purpose for v in store.visits.visits_on(date(2199, 12, 31))] == ["Weekly"]
    finally:
        store.close()


def test_a_rule_that_rarely_happens_is_searched_no_further_than_2199() -> None:
    """dateutil searches day by day to its last year for a rule that gives few dates; carebook
    bounds it to 2199 (repeat_rules), so reading such a rule takes a moment, not seconds, and
    no date near the year 9999 can overflow."""
    import time as clock
    from datetime import datetime

    import dateutil.rrule

    from carebook.core.dates import LATEST_DATE
    from carebook.core.repeat_rules import laid_out_rule

    assert LATEST_DATE.year == dateutil.rrule.datetime.MAXYEAR
    began = clock.perf_counter()
    rule = laid_out_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", datetime(2026, 1, 1, 9, 0))
    dates = list(rule)
    assert dates and dates[-1].year <= LATEST_DATE.year
    assert clock.perf_counter() - began < 2
