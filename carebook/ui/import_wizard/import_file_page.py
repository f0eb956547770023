"""The import wizard's first page: which file, what each row of it is, what was found in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.interop.spreadsheet.sheet import Spreadsheet, SpreadsheetError
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.import_wizard.import_state import PAGE_COLUMNS, PAGE_FHIR, ImportState
from carebook.ui.printing.report_preview import export_folder
from carebook.ui.widgets.file_choice import open_file_names

#: The folder the last import came from, for this run only: never kept in QSettings, since a
#: coordinator may keep a patient's files in a folder named after them.
_last_folder: list[Path] = []

FILTER = QT_TRANSLATE_NOOP(
    "import_wizard", "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;FHIR (*.json *.ndjson *.jsonl *.gz)"
)
KIND_LABELS = {
    ImportKind.PATIENTS: QT_TRANSLATE_NOOP("import_wizard", "Patients"),
    ImportKind.MEDICATIONS: QT_TRANSLATE_NOOP(
        "import_wizard", "Medications of patients in the caseload"
    ),
    ImportKind.APPOINTMENTS: QT_TRANSLATE_NOOP(
        "import_wizard", "Appointments of patients in the caseload"
    ),
    ImportKind.TASKS: QT_TRANSLATE_NOOP(
        "import_wizard", "Tasks (for patients in the caseload, or for no one)"
    ),
    ImportKind.ALLERGIES: QT_TRANSLATE_NOOP(
        "import_wizard", "Allergies of patients in the caseload"
    ),
    ImportKind.CONDITIONS: QT_TRANSLATE_NOOP(
        "import_wizard", "Conditions (problems, diagnoses) of patients in the caseload"
    ),
}


def import_folder() -> Path:
    """Where to offer choosing a file: the folder of the last import, else the export folder."""
    return _last_folder[0] if _last_folder else export_folder()


def remember_import_folder(folder: Path) -> None:
    _last_folder[:] = [folder]


def _size(paths: list[Path]) -> str:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    if total < 10_240:
        return translate("import_wizard", "{n} bytes").format(n=f"{total:,}")
    return translate("import_wizard", "{n} KB").format(n=f"{total / 1024:,.0f}")


class FilePage(QWizardPage):
    """Choose a CSV, .xlsx or FHIR file; a file that is not a table is refused here, saying why."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet (CSV, or an Excel .xlsx workbook) with the column names in "
                "its first "
                "row, or FHIR files from a health record system. Nothing is written until the last "
                "step."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setToolTip(
            self.tr(
                "Choose a CSV, .xlsx or FHIR file (several FHIR "
                "files of one download may be chosen together)"
            )
        )
        self.choose_button.clicked.connect(self.choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.kind_combo = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(translate("import_wizard", label), kind.value)
        self.kind_combo.setAccessibleName(self.tr("What each row is"))
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.found = QLabel(self)
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = FieldMessage(self)
        self.hints = QLabel(
            self.tr(
                "<p>The first row of a spreadsheet must name the columns, e.g. <i>First name, Last "
                "name, Date of birth, MRN, Phone, ZIP</i>; the next page matches them to "
                "carebook's "
                "fields, and you can change what it proposes.</p>"
                "<p>MRNs, ZIP codes and phone numbers are kept exactly as written, leading zeros "
                "too. Medications, appointments and tasks are linked to patients already in the "
                "caseload by their MRN, or by name and date of birth.</p>"
                "<p>Rows that look like patients already in the caseload (same MRN, or same name "
                "and date of birth) are shown before anything is imported, to skip or merge.</p>"
                "<p>FHIR files (a Bundle's .json, or bulk .ndjson; choose all the files of one "
                "download together) bring patients with their care team, conditions, allergies, "
                "medications, care plans, appointments and tasks.</p>"
            ),
            self,
        )
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.hints.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("File:"), file_row)
        self.form.addRow(self.tr("Each &row is:"), self.kind_combo)
        self.form.addRow(self.tr("&Worksheet:"), self.sheet_combo)
        self.form.addRow(self.tr("Found:"), self.found)
        self.form.setRowVisible(self.sheet_combo, False)
        self.form.setRowVisible(self.found, False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addWidget(self.hints)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def isComplete(self) -> bool:
        return self.state.fhir or self.state.source is not None

    def choose(self) -> None:
        """Ask for the file (or FHIR files), then open it."""
        chosen = open_file_names(
            self, self.tr("Import from"), str(import_folder()), translate("import_wizard", FILTER)
        )
        if chosen:
            self.set_paths([Path(name) for name in chosen])

    def set_paths(self, paths: list[Path]) -> None:
        """Look at the chosen files: a spreadsheet's header and layout, or FHIR files."""
        self.state.paths = list(paths)
        self.state.source = None
        self.state.plan = None
        self.state.question = None
        self.state.date_order = None
        self.message.clear()
        self.path_edit.setText(
            str(paths[0])
            if len(paths) == 1
            else self.tr("{n} files in {folder}").format(n=len(paths), folder=paths[0].parent)
        )
        self.path_edit.setCursorPosition(0)
        self.path_edit.setToolTip(self.state.names())
        remember_import_folder(paths[0].parent)
        self.form.setRowVisible(self.sheet_combo, False)
        self.kind_combo.setEnabled(not self.state.fhir)
        if self.state.fhir:
            self._show_found(
                self.tr(
                    "FHIR R4 records, {files} ({size}); they are read and checked on the next page."
                ).format(
                    files=self.tr("%d files") % len(paths) if len(paths) > 1 else self.tr("1 file"),
                    size=_size(paths),
                )
            )
        elif len(paths) > 1:
            self._refuse(
                self.tr(
                    "Choose one spreadsheet at a time: only a FHIR download's files can be "
                    "imported "
                    "together."
                )
            )
        else:
            self._open(paths[0], None)
        self.completeChanged.emit()

    def _open(self, path: Path, sheet: str | None) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            source = open_spreadsheet(path, sheet)
        except SpreadsheetError as error:
            self._refuse(str(error))
            return
        except (OSError, ValueError, LookupError) as error:  # never a traceback
            self._refuse(
                self.tr("{file} cannot be read as a table: {error}").format(
                    file=path.name, error=error
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.state.source = source
        if len(source.sheet_names) > 1:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(source.sheet_names)
            self.sheet_combo.setCurrentText(source.sheet)
            self.form.setRowVisible(self.sheet_combo, True)
        self._show_found(self._describe(source))

    def _describe(self, source: Spreadsheet) -> str:
        columns = len(source.header)
        counted = self.tr("1 column") if columns == 1 else self.tr("{n} columns").format(n=columns)
        rows = source.estimated_rows
        if rows <= 0:
            return self.tr("{source}; {columns}.").format(source=source.describe(), columns=counted)
        about = self.tr("1 row") if rows == 1 else self.tr("{n} rows").format(n=f"{rows:,}")
        return self.tr("{source}; {columns}, about {rows}.").format(
            source=source.describe(), columns=counted, rows=about
        )

    def _show_found(self, text: str) -> None:
        self.found.setText(text)
        self.form.setRowVisible(self.found, True)

    def _refuse(self, text: str) -> None:
        self.state.source = None
        self.found.clear()
        self.form.setRowVisible(self.found, False)
        self.message.show_error(self.tr("This file cannot be imported. %s") % text)

    def _kind_chosen(self, _index: int) -> None:
        self.state.kind = ImportKind(self.kind_combo.currentData())
        self.state.plan = None

    def _sheet_chosen(self, _index: int) -> None:
        if self.state.paths:
            self.state.plan = None
            self.message.clear()
            self._open(self.state.paths[0], self.sheet_combo.currentText())
            self.completeChanged.emit()

    def nextId(self) -> int:
        return PAGE_FHIR if self.state.fhir else PAGE_COLUMNS
