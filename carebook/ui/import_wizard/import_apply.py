"""Writing an import into the window's caseload (one transaction), then telling every view."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from carebook.interop.fhir.report import ImportReport
from carebook.store.imports import ImportBatch, ImportResult
from carebook.ui.commands import Caseload


@contextmanager
def waiting() -> Iterator[None]:
    """The wait cursor while the window is busy."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def apply_batch(caseload: Caseload, batch: ImportBatch) -> ImportResult:
    """Write the spreadsheet's records, all or none (ValidationError, SaveError or LookupError
    from the store: nothing was written)."""
    with waiting():
        result = caseload.store.imports.apply_import(batch)
    return result


def apply_fhir(
    caseload: Caseload, paths: list[Path], *, skip_invalid: bool, dry_run: bool
) -> ImportReport:
    """Check (dry_run) or import FHIR files into the window's caseload; SaveError: nothing
    written."""
    # FHIR models load only for a FHIR import.
    from carebook.interop.fhir.imports import import_files

    with waiting():
        report = import_files(caseload.store, paths, skip_invalid=skip_invalid, dry_run=dry_run)
    report.sort()
    return report


def announce(caseload: Caseload, message: str) -> None:
    """After an import: every tab reloads, and the status bar says what was imported.

    An import is not undoable (like loading the sample or restoring a backup), and the undo
    history before it is dropped: undoing an older edit of a patient the import merged into
    would quietly take the merged fields away again.
    """
    caseload.undo_stack.clear()
    caseload.replaced_everything()
    caseload.status_message.emit(message)
