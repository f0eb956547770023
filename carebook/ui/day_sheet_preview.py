"""The day sheet on screen before it is printed, patient sheets on or off, or saved as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from carebook import printing
from carebook.reports.day_sheet import document, gather
from carebook.reports.document import Document
from carebook.ui.commands import Caseload

#: QSettings key of the folder day sheets were last saved in (a folder, never a name in it).
_FOLDER_KEY = "export/folder"


def paper_of(caseload: Caseload) -> str:
    """The paper the coordinator chose in preferences, or her locale's."""
    chosen = caseload.store.preferences().paper
    return chosen.value if chosen is not None else printing.default_paper()


def day_sheet(caseload: Caseload, days: list[date], patient_sheets: bool) -> Document:
    """The day sheet for `days`, prepared by the coordinator named in preferences."""
    store = caseload.store
    return document(gather(store, days, patient_sheets, store.preferences().coordinator_name))


def _describe(days: list[date]) -> str:
    if len(days) == 1:
        return days[0].isoformat()
    return f"{days[0].isoformat()} to {days[-1].isoformat()}"


class DaySheetPreview(QPrintPreviewDialog):
    """Print preview of the day sheet for the days on the Agenda (a day, or a week)."""

    def __init__(self, caseload: Caseload, days: list[date], parent: QWidget | None = None,
                 *, patient_sheets: bool = False) -> None:
        self.sheet_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.sheet_printer.setPageLayout(printing.page_layout(paper_of(caseload)))
        self.sheet_printer.setDocName(f"Day sheet {_describe(days)}")
        super().__init__(self.sheet_printer, parent)
        self.caseload = caseload
        self.days = days
        self.setWindowTitle(self.tr("Print day sheet — %s") % _describe(days))
        if parent is not None:  # a page big enough to read, not Qt's small default
            self.resize(max(900, int(parent.width() * 0.85)), max(700, int(parent.height() * 0.9)))
        self.pages = 0

        self.sheets_action = QAction(self.tr("Patient sheets"), self)
        self.sheets_action.setCheckable(True)
        self.sheets_action.setChecked(patient_sheets)
        self.sheets_action.setToolTip(self.tr(
            "Add a sheet for each patient visited: contacts, allergies, medications and recent "
            "changes, open tasks, room for notes"))
        self.sheets_action.toggled.connect(lambda _on: self._update())
        self.pdf_action = QAction(self.tr("Save as PDF…"), self)
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.pdf_action.setToolTip(self.tr("Save the day sheet as a PDF file (Ctrl+Shift+S)"))
        self.pdf_action.triggered.connect(self.save_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.sheets_action)
            toolbar.addAction(self.pdf_action)
        else:  # a Qt without the usual toolbar: the keys still work
            self.addActions([self.sheets_action, self.pdf_action])
        self.paintRequested.connect(self._paint)
        self.accepted.connect(lambda: caseload.record_output("print", "day_sheet"))

    @property
    def patient_sheets(self) -> bool:
        return self.sheets_action.isChecked()

    def _update(self) -> None:
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages = printing.paint(day_sheet(self.caseload, self.days, self.patient_sheets),
                                        printer)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the day sheet there as a PDF; the file, or None if not."""
        return save_day_sheet_pdf(self.caseload, self.days, self.patient_sheets, self)


def save_day_sheet_pdf(caseload: Caseload, days: list[date], patient_sheets: bool,
                       parent: QWidget | None) -> Path | None:
    """Ask for a file name, write the day sheet to it, and say how it went."""
    settings = QSettings()
    folder = str(settings.value(_FOLDER_KEY, "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    suggested = str(Path(folder) / f"Day sheet {_describe(days)}.pdf")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QGuiApplication.translate("carebook", "Save day sheet as PDF"), suggested,
        QGuiApplication.translate("carebook", "PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = printing.write_pdf(day_sheet(caseload, days, patient_sheets), path,
                                   paper_of(caseload))
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, QGuiApplication.translate("carebook", "Not saved"),
                            QGuiApplication.translate(
                                "carebook", "The day sheet could not be saved as %s:\n%s\n\n"
                                "Choose another folder, or free some space, and try again.")
                            % (path, error.strerror or error))
        return None
    QGuiApplication.restoreOverrideCursor()
    settings.setValue(_FOLDER_KEY, str(path.parent))
    caseload.record_output("export", "day_sheet")
    caseload.status_message.emit(QGuiApplication.translate(
        "carebook", "Day sheet saved: %s (%d pages)") % (path, pages))
    return path
