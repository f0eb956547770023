"""`carebook measures --format pdf`: the measures and assessments report printed from the
command line, whole, and refused without a file to write it to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run

from carebook.core.records import Patient
from carebook.store.caseload import Store


@pytest.fixture(autouse=True)
def _printing_needs_the_tests_application(qapp: object) -> None:
    """A PDF starts Qt in this process; the tests' QApplication first, so no bare
    QGuiApplication is left for the window's tests that follow."""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Edith", family="Crawley", city="Leeds"))
    store.close()
    return path


def test_the_measures_report_is_printed_to_a_pdf(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    for words in (
        ("measure", "Crawley", "--kind", "weight", "70", "--date", "2026-10-01"),
        ("measure", "Crawley", "--kind", "weight", "71.5", "--date", "2026-11-01"),
        ("assess", "Crawley", "--instrument", "gad-7", "--total", "12", "--date", "2026-11-01"),
    ):
        status, _, err = run(capsys, "--db", str(db), *words)
        assert status == 0, err
    output = tmp_path / "measures.pdf"
    status, out, err = run(
        capsys, "--db", str(db), "measures", "Crawley", "--format", "pdf", "-o", str(output)
    )
    assert status == 0, err
    assert out.startswith(f"Measures and assessments written to {output}")
    content = output.read_bytes()
    assert content.startswith(b"%PDF-") and b"%%EOF" in content[-1024:]

    status, out, err = run(capsys, "--db", str(db), "measures", "Crawley", "--format", "pdf")
    assert status == 2 and "-o FILE" in err


def test_the_measures_report_is_printed_by_the_command_itself(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for words in (
        ("measure", "Crawley", "--kind", "pulse", "72", "--date", "2026-10-01"),
        ("measure", "Crawley", "--kind", "pulse", "80", "--date", "2026-11-01"),
    ):
        status, _, err = run(capsys, "--db", str(db), *words)
        assert status == 0, err
    output = tmp_path / "measures.pdf"
    command = ("measures", "Crawley", "--format", "pdf", "-o", str(output))
    done = subprocess.run(
        [sys.executable, "-m", "carebook", "--db", str(db), *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 0, done.stderr
    assert output.read_bytes().startswith(b"%PDF-")
