"""Any printed report on screen before it is printed, with its options, or saved as a PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from carebook.core.words import translate
from carebook.reports import html_page, write_text
from carebook.reports.document import Document
from carebook.ui.commands import Caseload
from carebook.ui.printing import pages as printing
from carebook.ui.widgets.file_choice import refused, save_file_name

#: The folder the last report was saved in, for this session only: never kept in QSettings,
#: since a coordinator may save into a folder named after a patient.
_last_folder: list[Path] = []


def export_folder() -> Path:
    """Where to offer saving a report or an export: the last folder used, else Documents."""
    if _last_folder:
        return _last_folder[0]
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def remember_folder(folder: Path) -> None:
    _last_folder[:] = [folder]


@dataclass(frozen=True, slots=True)
class ReportOption:
    """A choice shown on the preview's toolbar that changes what is printed (a checkbox)."""

    label: str  # already in the chosen language, as the tip
    tip: str
    on: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """A report the window can preview, print and save: how to build it, and its names.

    `build` gets the options' states in order and returns the document to print. `kind` is
    what the activity log records ("day_sheet", "careplan"); `file_name` is suggested when
    saving ("Day sheet 2026-03-03.pdf"), so it must hold no more than the user would show.
    """

    title: str  # in the chosen language, as the suggested file name
    kind: str
    file_name: str
    build: Callable[[Sequence[bool]], Document]
    options: tuple[ReportOption, ...] = ()


def paper_of(caseload: Caseload) -> str:
    """The paper the coordinator chose in preferences, or her locale's."""
    chosen = caseload.store.preferences.preferences().paper
    return chosen.value if chosen is not None else printing.default_paper()


class ReportPreview(QPrintPreviewDialog):
    """Print preview of one report, with its options and Save as PDF on the toolbar."""

    def __init__(self, caseload: Caseload, report: Report, parent: QWidget | None = None) -> None:
        self.report_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.report_printer.setPageLayout(printing.page_layout(paper_of(caseload)))
        self.report_printer.setDocName(Path(report.file_name).stem)
        super().__init__(self.report_printer, parent)
        self.caseload = caseload
        self.report = report
        self.pages = 0
        self.setWindowTitle(self.tr("Print %s") % report.title)
        if parent is not None:  # a page big enough to read, not Qt's small default
            window = parent.window()
            self.resize(max(900, int(window.width() * 0.85)), max(700, int(window.height() * 0.9)))
        self.option_actions: list[QAction] = []
        for option in report.options:
            action = QAction(option.label, self)
            action.setCheckable(True)
            action.setChecked(option.on)
            action.setToolTip(option.tip)
            action.toggled.connect(lambda _on: self._update())
            self.option_actions.append(action)
        self.pdf_action = QAction(self.tr("Save as PDF…"), self)
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.pdf_action.setToolTip(self.tr("Save it as a PDF file (Ctrl+Shift+S)"))
        self.pdf_action.triggered.connect(self.save_pdf)
        self.html_action = QAction(self.tr("Save as HTML…"), self)
        self.html_action.setToolTip(
            self.tr("Save it as one web page that opens anywhere, offline (to e-mail or archive)")
        )
        self.html_action.triggered.connect(
            lambda: save_html(self.caseload, self.report, self.choices(), self)
        )
        toolbar = self.findChild(QToolBar)
        saving = [self.pdf_action, self.html_action]
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addActions([*self.option_actions, *saving])
        else:  # a Qt without the usual toolbar: the keys still work
            self.addActions([*self.option_actions, *saving])
        self.paintRequested.connect(self._paint)
        self.accepted.connect(lambda: caseload.record_output("print", report.kind))

    def choices(self) -> list[bool]:
        """The options as they are ticked now."""
        return [action.isChecked() for action in self.option_actions]

    def _update(self) -> None:
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages = printing.paint(self.report.build(self.choices()), printer)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the report there as a PDF; the file, or None if not."""
        return save_pdf(self.caseload, self.report, self.choices(), self)


def preview(caseload: Caseload, report: Report, parent: QWidget | None) -> None:
    """Show the report's print preview until the user prints or closes it."""
    dialog = ReportPreview(caseload, report, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def save_pdf(
    caseload: Caseload, report: Report, choices: Sequence[bool] | None, parent: QWidget | None
) -> Path | None:
    """Ask for a file name, write the report to it as a PDF, and say how it went."""

    def write(document: Document, path: Path) -> str:
        pages = printing.write_pdf(document, path, paper_of(caseload))
        return translate("carebook", "Saved {path} ({pages} pages)").format(path=path, pages=pages)

    return _save(caseload, report, choices, parent, "PDF", ".pdf", write)


def save_html(
    caseload: Caseload, report: Report, choices: Sequence[bool] | None, parent: QWidget | None
) -> Path | None:
    """Ask for a file name, write the report to it as one self-contained web page."""

    def write(document: Document, path: Path) -> str:
        write_text(path, html_page.render(document, paper_of(caseload)))
        return translate("carebook", "Saved %s") % path

    return _save(caseload, report, choices, parent, "HTML", ".html", write)


def _save(
    caseload: Caseload,
    report: Report,
    choices: Sequence[bool] | None,
    parent: QWidget | None,
    kind: str,
    suffix: str,
    write: Callable[[Document, Path], str],
) -> Path | None:
    """Ask where, write the report there with `write`, and say how it went."""
    suggested = export_folder() / Path(report.file_name).with_suffix(suffix).name
    chosen = save_file_name(
        parent,
        translate("carebook", "Save {report} as {kind}").format(report=report.title, kind=kind),
        str(suggested),
        translate("carebook", "{kind} files (*{suffix})").format(kind=kind, suffix=suffix),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if refused(path, caseload.store.path, parent):
        return None
    states = list(choices) if choices is not None else [o.on for o in report.options]
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(
                translate("carebook", "the folder {folder} does not exist").format(
                    folder=path.parent
                )
            )
        said = write(report.build(states), path)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            translate("carebook", "Not saved"),
            translate(
                "carebook",
                "The {report} could not be saved as {path}:\n{reason}\n\n"
                "Choose another folder, or free some space, and try again.",
            ).format(report=report.title, path=path, reason=error.strerror or error),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    remember_folder(path.parent)
    caseload.record_output("export", report.kind)
    caseload.status_message.emit(said)
    return path
