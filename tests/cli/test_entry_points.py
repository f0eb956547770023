"""Two programs: `carebook` for the command line (it prints on every system) and
`carebook-window` for the desktop (no console on Windows); both open the same window."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from carebook import __version__
from carebook.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_line_is_a_console_program_and_the_window_a_gui_one() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"carebook": "carebook.cli.main:main"}
    assert project["gui-scripts"] == {"carebook-window": "carebook.cli.main:window"}


def test_the_window_program_without_a_console_still_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Windows starts a GUI program with no stdout or stderr at all.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.window(["--version"])
        assert stopped.value.code == 0
        given = [sys.stdout, sys.stderr]
        assert all(stream is not None and stream.writable() for stream in given)
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()  # the program keeps them to its end; this test ends here


def test_the_window_program_opens_the_file_it_is_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[list[str]] = []
    monkeypatch.setattr(cli, "main", lambda argv: asked.append(list(argv)) or 0)
    chosen = str(tmp_path / "team.sqlite3")
    assert cli.window([chosen]) == 0
    assert cli.window(["--db", chosen]) == 0
    assert cli.window([]) == 0
    assert asked == [["--db", chosen], ["--db", chosen], []]


def test_the_version_is_said_by_both(capsys: pytest.CaptureFixture[str]) -> None:
    for run in (cli.main, cli.window):
        with pytest.raises(SystemExit):
            run(["--version"])
        assert capsys.readouterr().out.strip() == f"carebook {__version__}"
