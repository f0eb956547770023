"""Writing a FHIR import into the window's caseload (one transaction), and saying what came in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from carebook.interop.fhir.report import ImportReport
from carebook.ui.changes import imports as import_changes
from carebook.ui.commands import Caseload


@contextmanager
def waiting() -> Iterator[None]:
    """The wait cursor while the window is busy."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def apply_fhir(
    caseload: Caseload, paths: list[Path], *, skip_invalid: bool, dry_run: bool
) -> ImportReport:
    """Check (dry_run) or import FHIR files into the window's caseload; SaveError: nothing
    written."""
    with waiting():
        if dry_run:
            report = import_changes.check_fhir(caseload, paths, skip_invalid=skip_invalid)
        else:
            report = import_changes.import_fhir(caseload, paths, skip_invalid=skip_invalid)
    report.sort()
    return report


def announce(caseload: Caseload, message: str) -> None:
    """After an import (every view has reloaded): the status bar says what was imported."""
    caseload.status_message.emit(message)
