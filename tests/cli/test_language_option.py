"""The global --language option: the codes it takes are the window's languages, and a
sub-command still runs when a language is asked for before it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from cli_runner import run

from carebook.cli.common import LANGUAGE_CODES
from carebook.core.records import Appointment, Patient
from carebook.store.caseload import Store
from carebook.ui.language import LANGUAGES, uninstall


@pytest.fixture
def speaking_english_after() -> Iterator[None]:
    """Whatever language the test installs, the next test speaks English again."""
    yield
    uninstall()


def test_the_command_line_offers_the_windows_languages() -> None:
    assert tuple(LANGUAGES) == LANGUAGE_CODES


def test_a_language_before_a_sub_command_is_accepted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, speaking_english_after: None
) -> None:
    path = tmp_path / "caseload.sqlite3"
    Store.open(path).close()
    status, _, err = run(capsys, "--language", "es", "agenda", "--db", str(path))
    assert status == 0, err


def test_in_spanish_the_agenda_and_argparses_own_refusals_are_in_spanish(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    speaking_english_after: None,
) -> None:
    monkeypatch.setattr(argparse, "_", argparse._)  # put back after the test
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    path = tmp_path / "caseload.sqlite3"
    Store.open(path).close()
    status, out, err = run(capsys, "--language", "es", "agenda", "--db", str(path))
    assert status == 0, err
    assert "Sin visitas." in out
    status, _, err = run(capsys, "--language", "es", "agenda", "--format", "xml")
    assert status == 2
    assert "opción no válida: 'xml' (elija entre" in err
    status, out, _ = run(capsys, "--language", "es", "--help")
    assert status == 0
    assert out.startswith("uso: carebook")
    assert "mostrar esta ayuda y salir" in out


@pytest.mark.parametrize(
    ("lang", "heading", "first"),
    [
        ("C.UTF-8", "Monday 07 December 2026", "  09:00-09:45  "),
        ("en_US.UTF-8", "Monday, December 7, 2026", "  9:00 AM-9:45 AM  "),
    ],
)
def test_in_english_the_agenda_is_dated_as_the_computers_locale_dates(
    tmp_path: Path, lang: str, heading: str, first: str
) -> None:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    patient = store.patients.add_patient(Patient(given="Ada", family="Byron"))
    assert patient.id is not None
    store.appointments.add_appointment(
        Appointment(patient_id=patient.id, start=datetime(2026, 12, 7, 9, 0), duration_min=45)
    )
    store.close()
    env = {**os.environ, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    said = subprocess.run(
        [sys.executable, "-m", "carebook", "--db", str(path), "agenda", "--date", "2026-12-07"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert said.splitlines()[0] == heading
    assert first + "Ada Byron" in said
