"""An import written into the open caseload, all or nothing; every view then reloads."""

from __future__ import annotations

from pathlib import Path

from carebook.interop.fhir.report import ImportReport
from carebook.store.import_writing import WriteProgress
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


def write_rows(caseload: Caseload, batch: ImportBatch, progress: WriteProgress) -> ImportResult:
    """import_rows's writing, on a worker thread: through a connection of the worker's own (the
    window keeps reading through its own meanwhile), telling `progress` how far it is (which
    may stop it: ImportStopped, and nothing was written). Then rows_written, on the window's
    thread, tells every view (only that thread may)."""
    with caseload.store.imports.beside() as imports:
        return imports.apply_import(batch, progress)


def rows_written(caseload: Caseload) -> None:
    """After write_rows wrote: the window's connection plans its queries with what the import
    gathered, every view reloads, and the undo history before it is dropped (as import_rows)."""
    caseload.store.imports.read_statistics_again()
    caseload.replaced_everything()


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
