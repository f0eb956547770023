"""The global --language option: the codes it takes are the window's languages, and a
sub-command still runs when a language is asked for before it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run

from carebook.cli.common import LANGUAGE_CODES
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
