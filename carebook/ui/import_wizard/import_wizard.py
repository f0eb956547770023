"""File → Import…: patients and their records from a spreadsheet (CSV, .xlsx) or FHIR files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from carebook.interop.spreadsheet.plan import DateOrderQuestion
from carebook.ui.commands import Caseload
from carebook.ui.import_wizard.import_check import CheckPage
from carebook.ui.import_wizard.import_columns import ColumnsPage
from carebook.ui.import_wizard.import_fhir import FhirPage
from carebook.ui.import_wizard.import_file_page import FilePage
from carebook.ui.import_wizard.import_state import (
    PAGE_CHECK,
    PAGE_COLUMNS,
    PAGE_FHIR,
    PAGE_FILE,
    ImportState,
)


class ImportWizard(QWizard):
    """File, columns, check and preview, import: nothing is written before the last step, and
    then all of it or none, through the window's own caseload."""

    def __init__(
        self, caseload: Caseload, parent: QWidget | None = None, paths: list[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.state = ImportState(caseload)
        self.setWindowTitle(self.tr("Import"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        if self.wizardStyle() == QWizard.WizardStyle.ClassicStyle:
            # Where the platform has no wizard look of its own: a title band over each page.
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self.state, self)
        self.columns_page = ColumnsPage(self.state, self)
        self.check_page = CheckPage(self.state, self)
        self.fhir_page = FhirPage(self.state, self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.setPage(PAGE_CHECK, self.check_page)
        self.setPage(PAGE_FHIR, self.fhir_page)
        self.setStartId(PAGE_FILE)
        self.check_page.date_order_needed.connect(self._ask_date_order)
        self.resize(920, 660)
        if paths:
            self.file_page.set_paths(paths)

    def _ask_date_order(self, question: DateOrderQuestion) -> None:
        """The check met dates it cannot read without the order: back to the columns to ask."""
        if self.currentId() == PAGE_CHECK:
            self.back()
        self.columns_page.ask(question)

    def done(self, result: int) -> None:
        if self.check_page.writing.running():
            return  # Escape or the close button while the rows are written: Stop is on the page
        self.check_page.stop_worker()  # closing while the rows are checked: stop first
        super().done(result)


def run_import(caseload: Caseload, parent: QWidget | None) -> None:
    """Show the import wizard until the user imports or gives up."""
    wizard = ImportWizard(caseload, parent)
    try:
        wizard.exec()
    finally:
        wizard.deleteLater()
