"""An import written into the open caseload, all or nothing; every view then reloads."""

from __future__ import annotations

from pathlib import Path

from carebook.interop.fhir.report import ImportReport
from carebook.store.imports import ImportBatch, ImportResult
from carebook.ui.commands import Caseload


def import_rows(caseload: Caseload, batch: ImportBatch) -> ImportResult:
    """Write a spreadsheet's planned records (ValidationError, SaveError or LookupError: nothing
    was written).

    An import is not undoable (like loading the sample or restoring a backup), and the undo
    history before it is dropped: undoing an older edit of a patient the import merged into
    would quietly take the merged fields away again.
    """
    return caseload.replace(lambda: caseload.store.imports.apply_import(batch))


def import_fhir(caseload: Caseload, paths: list[Path], *, skip_invalid: bool) -> ImportReport:
    """Import FHIR files (SaveError: nothing written)."""
    # FHIR models load only for a FHIR import.
    from carebook.interop.fhir.imports import import_files

    return caseload.replace(
        lambda: import_files(caseload.store, paths, skip_invalid=skip_invalid, dry_run=False),
        wrote=lambda report: report.applied is not None,
    )


def check_fhir(caseload: Caseload, paths: list[Path], *, skip_invalid: bool) -> ImportReport:
    """What importing FHIR files would do, writing nothing."""
    # FHIR models load only for a FHIR import.
    from carebook.interop.fhir.imports import import_files

    return import_files(caseload.store, paths, skip_invalid=skip_invalid, dry_run=True)
