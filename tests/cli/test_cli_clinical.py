"""The measured record on the command line: assessments scored and kept (an urgent flag making
its task), readings kept in their stored unit (a doubtful one only with a reason), and each
refusal a one-line message with nothing kept."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run

from carebook.core.clinical_records import MeasureKind
from carebook.core.records import Patient
from carebook.core.vocabularies import TaskPriority
from carebook.interop.measures_csv import HEADER
from carebook.store.caseload import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A caseload of two patients: Edith Crawley (id 1) and Robert Ellis."""
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    for given, family in (("Edith", "Crawley"), ("Robert", "Ellis")):
        store.patients.add_patient(Patient(given=given, family=family, city="Leeds"))
    store.close()
    return path


def carebook(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), *args)


def recorded(
    capsys: pytest.CaptureFixture[str], db: Path, patient: str = "Crawley"
) -> dict[str, Any]:
    status, out, err = carebook(capsys, db, "measures", patient, "--format", "json")
    assert status == 0, err
    found: dict[str, Any] = json.loads(out)
    return found


def refused(status: int, out: str, err: str) -> str:
    """The one line a refusal says (exit 2, nothing on stdout, no traceback)."""
    assert status == 2, (out, err)
    assert out == ""
    assert err.startswith("carebook: ") and "Traceback" not in err
    assert err.count("\n") == 1
    return err


def test_a_phq9_with_the_self_harm_item_is_scored_kept_and_makes_an_urgent_task(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, err = carebook(
        capsys, db, "assess", "Crawley", "--instrument", "phq-9",
        "--answers", "1,2,1,1,0,1,2,1,1", "--by", "Ann Lee", "--format", "json",
    )  # fmt: skip
    assert status == 0, err
    shown = json.loads(out)
    assert shown["instrument"] == "phq-9"
    assert shown["total"] == 10
    assert shown["band"].lower() == "moderate"
    assert shown["flags"] == ["self-harm item"]
    assert shown["date"] == date.today().isoformat()
    assert isinstance(shown["urgent_task"], int)

    store = Store.open(db)
    try:
        task = store.tasks.task(shown["urgent_task"])
        assert task is not None
        assert task.priority is TaskPriority.URGENT and task.patient_id == 1
        assert task.due_date == date.today()
        [kept] = store.assessments.results(1, "phq-9")
        assert kept.id == shown["id"] and kept.scored_by == "Ann Lee"
        assert store.assessments.answers_of(kept) == {
            f"q{n}": points for n, points in enumerate((1, 2, 1, 1, 0, 1, 2, 1, 1), start=1)
        }
    finally:
        store.close()

    status, out, err = carebook(
        capsys, db, "assess", "1", "--instrument", "phq-9", "--answers", "0,0,0,0,0,0,0,0,0"
    )
    assert status == 0, err
    assert "PHQ-9" in out and ": 0 of 27" in out and "Urgent task" not in out


def test_a_missing_item_is_refused_naming_it_and_nothing_is_kept(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    said = refused(
        *carebook(capsys, db, "assess", "Crawley", "--instrument", "phq-9", "--answers", "1,2,1")
    )
    assert "Item 4" in said and "not answered" in said and "not computed" in said
    said = refused(
        *carebook(
            capsys, db, "assess", "Crawley", "--instrument", "phq-9",
            "--answers", "1,2,1,,0,1,2,1,1",
        )
    )  # fmt: skip
    assert "Item 4" in said
    said = refused(
        *carebook(
            capsys, db, "assess", "Crawley", "--instrument", "phq-9",
            "--answers", "1,2,1,5,0,1,2,1,1",
        )
    )  # fmt: skip
    assert "item 4 takes 0, 1, 2 or 3 (got 5)" in said
    said = refused(
        *carebook(capsys, db, "assess", "Crawley", "--instrument", "phq-9", "--answers", "1," * 10)
    )
    assert "9 items" in said
    said = refused(
        *carebook(capsys, db, "assess", "Crawley", "--instrument", "phq-10", "--total", "3")
    )
    assert "phq-9" in said
    assert recorded(capsys, db)["assessments"] == []


def test_a_licensed_instrument_is_kept_as_its_total(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, err = carebook(
        capsys, db, "assess", "Crawley", "--instrument", "moca", "--total", "24",
        "--date", "2026-11-02", "--comment", "scored on paper", "--format", "json",
    )  # fmt: skip
    assert status == 0, err
    shown = json.loads(out)
    assert (shown["total"], shown["date"], shown["flags"]) == (24, "2026-11-02", [])
    assert shown["band"] and shown["urgent_task"] is None
    said = refused(
        *carebook(capsys, db, "assess", "Crawley", "--instrument", "moca", "--answers", "1,2")
    )
    assert "total only" in said
    said = refused(
        *carebook(capsys, db, "assess", "Crawley", "--instrument", "moca", "--total", "31")
    )
    assert "0 to 30" in said
    [kept] = recorded(capsys, db)["assessments"]
    assert (kept["instrument"], kept["total"], kept["comment"]) == ("moca", 24, "scored on paper")


def test_an_assessment_dated_in_the_future_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    said = refused(
        *carebook(
            capsys, db, "assess", "Crawley", "--instrument", "gad-7", "--total", "4",
            "--date", f"{date.today().year + 1}-01-01",
        )
    )  # fmt: skip
    assert "future" in said
    assert recorded(capsys, db)["assessments"] == []


def test_the_instruments_are_listed_with_their_ranges_and_licences(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, err = carebook(capsys, db, "instruments", "--format", "json")
    assert status == 0, err
    listed = {found["id"]: found for found in json.loads(out)}
    assert {"katz-adl", "phq-9", "morse-fall", "home-safety", "moca", "slums"} <= set(listed)
    assert (listed["phq-9"]["low"], listed["phq-9"]["high"]) == (0, 27)
    assert len(listed["phq-9"]["items"]) == 9
    assert listed["moca"]["totals_only"] and listed["moca"]["items"] == []
    assert all(found["licence"] for found in listed.values())
    status, out, err = carebook(capsys, db, "instruments")
    assert status == 0, err
    assert "morse-fall" in out and "0–125" in out


def test_a_weight_in_pounds_is_kept_in_kilograms(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    status, out, err = carebook(
        capsys, db, "measure", "Crawley", "--kind", "weight", "165", "lb", "--time", "00:00"
    )
    assert status == 0, err
    assert "165.0 lb" in out and "74.8 kg" in out
    [weight] = recorded(capsys, db)["measurements"]
    assert weight["measure"] == "weight" and weight["unit"] == "kg"
    assert weight["value"] == pytest.approx(74.8427, abs=1e-4)
    assert weight["entered_unit"] == "lb" and weight["shown"] == "165.0 lb"

    status, out, err = carebook(
        capsys, db, "measure", "Crawley", "--kind", "height", "165", "--time", "00:00"
    )
    assert status == 0, err
    assert "BMI 27.5" in out


def test_a_unit_that_does_not_fit_the_measure_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    said = refused(*carebook(capsys, db, "measure", "Crawley", "--kind", "weight", "11", "stone"))
    assert "kg, lb" in said and "stone" in said
    said = refused(*carebook(capsys, db, "measure", "Crawley", "--kind", "pulse", "72/40"))
    assert "one number" in said
    said = refused(*carebook(capsys, db, "measure", "Crawley", "--kind", "girth", "40"))
    assert "no measure 'girth'" in said
    assert recorded(capsys, db)["measurements"] == []


def test_a_doubtful_blood_pressure_is_refused_and_kept_with_a_reason(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    said = refused(
        *carebook(capsys, db, "measure", "Crawley", "--kind", "bp", "300/20", "--time", "00:00")
    )
    assert "300" in said and "20" in said and "--reason" in said
    assert recorded(capsys, db)["measurements"] == []

    status, out, err = carebook(
        capsys, db, "measure", "Crawley", "--kind", "bp", "300/20", "--time", "00:00",
        "--reason", "read twice on two cuffs",
    )  # fmt: skip
    assert status == 0, err
    assert "300/20 mmHg" in out
    [bp] = recorded(capsys, db)["measurements"]
    assert (bp["value"], bp["second"]) == (300, 20)
    assert bp["reason"] == "read twice on two cuffs"


def test_a_reading_still_to_come_is_refused(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    tomorrow = date.fromordinal(date.today().toordinal() + 1).isoformat()
    said = refused(
        *carebook(capsys, db, "measure", "Crawley", "--kind", "pulse", "72", "--date", tomorrow)
    )
    assert "still to come" in said
    assert recorded(capsys, db)["measurements"] == []


def test_the_measures_csv_has_a_row_per_reading_and_result_in_the_stored_unit(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    store = Store.open(db)
    try:
        store.measurements.add_measure_kind(
            MeasureKind(name="Calf girth", unit="cm", normal_low=30, normal_high=40)
        )
    finally:
        store.close()
    for words in (
        ("measure", "Crawley", "--kind", "temperature", "100.4", "°F", "--date", "2026-11-03",
         "--time", "08:30", "--note", "=after a walk"),
        ("measure", "Crawley", "--kind", "bp", "150/95", "--date", "2026-11-03", "--time", "08:31"),
        ("measure", "Crawley", "--kind", "calf girth", "42", "cm", "--date", "2026-11-04"),
        ("assess", "Crawley", "--instrument", "phq-9", "--answers", "1,2,1,1,0,1,2,1,1",
         "--date", "2026-11-03", "--comment", "with her daughter"),
    ):  # fmt: skip
        status, _, err = carebook(capsys, db, *words)
        assert status == 0, err
    said = refused(*carebook(capsys, db, "measure", "Crawley", "--kind", "calf girth", "42", "in"))
    assert "cm" in said

    output = tmp_path / "measures.csv"
    status, out, err = carebook(
        capsys, db, "measures", "Crawley", "--format", "csv", "-o", str(output)
    )
    assert status == 0, err
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 5
    assert raw.count(b"\n") == 5
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    assert [(r["date"], r["time"], r["measure"]) for r in rows] == [
        ("2026-11-03", "", "phq-9"),
        ("2026-11-03", "08:30", "temperature"),
        ("2026-11-03", "08:31", "bp"),
        ("2026-11-04", "12:00", "Calf girth"),
    ]
    phq, temperature, bp, girth = rows
    assert (phq["value"], phq["unit"], phq["band"]) == ("10", "points", "Moderate")
    assert (phq["flags"], phq["note"]) == ("self-harm item", "with her daughter")
    assert (temperature["value"], temperature["unit"]) == ("38", "°C")
    assert temperature["band"] == "above normal"
    assert temperature["note"] == "'=after a walk"
    assert (bp["value"], bp["second"], bp["unit"], bp["band"]) == (
        "150",
        "95",
        "mmHg",
        "above normal",
    )
    assert (girth["value"], girth["unit"], girth["band"]) == ("42", "cm", "above normal")

    status, out, err = carebook(capsys, db, "measures", "Crawley")
    assert status == 0, err
    assert "100.4 °F" in out and "150/95 mmHg" in out and "42 cm" in out


def test_the_csv_columns_are_those_documented() -> None:
    documented = (Path(__file__).parents[2] / "docs" / "measures_csv.md").read_text("utf-8")
    [line] = [line for line in documented.splitlines() if line.startswith("Columns:")]
    assert tuple(name.strip(" `.") for name in line.removeprefix("Columns:").split(",")) == HEADER
    for name in HEADER:
        assert f"| `{name}` |" in documented
