"""What the import wizard's pages share: the chosen files, what their rows are, columns, plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carebook.interop.spreadsheet.cells import DateOrder
from carebook.interop.spreadsheet.columns import ColumnMapping, ImportKind
from carebook.interop.spreadsheet.plan import DateOrderQuestion, ImportPlan
from carebook.interop.spreadsheet.sheet import Spreadsheet
from carebook.ui.commands import Caseload

#: The wizard's pages, in the order they come (FHIR files skip from the first to the last).
PAGE_FILE, PAGE_COLUMNS, PAGE_CHECK, PAGE_FHIR = range(4)

#: Files read as FHIR (a Bundle's JSON, bulk NDJSON, either gzipped); the rest as spreadsheets.
FHIR_SUFFIXES = frozenset({".json", ".ndjson", ".jsonl", ".gz"})


def is_fhir(path: Path) -> bool:
    return path.suffix.lower() in FHIR_SUFFIXES


@dataclass(slots=True)
class ImportState:
    """One import as the wizard builds it, page by page; nothing here is kept after it closes."""

    caseload: Caseload
    paths: list[Path] = field(default_factory=list)
    source: Spreadsheet | None = None
    kind: ImportKind = ImportKind.PATIENTS
    mapping: ColumnMapping = field(default_factory=dict)
    #: The order the user gave for dates such as 03/04/1941, or None to let the file tell.
    date_order: DateOrder | None = None
    #: The question the check met that the columns page has not asked yet.
    question: DateOrderQuestion | None = None
    plan: ImportPlan | None = None

    @property
    def fhir(self) -> bool:
        """True when the chosen files are FHIR, imported whole without the columns page."""
        return bool(self.paths) and all(is_fhir(path) for path in self.paths)

    def names(self) -> str:
        """The chosen files' names, for what the wizard says (never their folders)."""
        return ", ".join(path.name for path in self.paths)
