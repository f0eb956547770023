"""Running the carebook command in a test, as a shell would: its exit status and what it said."""

from __future__ import annotations

import pytest

from carebook.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """(exit status, standard output, standard error) of `carebook ARGS`."""
    try:
        status = main(list(args))
    except SystemExit as stop:  # argparse's --help, --version and usage errors
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err
