"""Tools → Billing reports: the business's reports and the year's mileage log, each for the
period, year or payer it needs, previewed and printed, or saved as a PDF or a CSV file."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.billing_csv import (
    CsvTable,
    aged_table,
    income_table,
    mileage_log_table,
    mileage_months_table,
    statement_table,
    time_report_table,
    unbilled_table,
)
from carebook.reports.billing_reports import billing_report_document
from carebook.reports.billing_reports_data import (
    aged_receivables,
    billing_reads,
    income_report,
    mileage_months,
    statement,
    time_report,
    unbilled_report,
)
from carebook.reports.document import Document
from carebook.reports.mileage_log import mileage_log, mileage_log_document
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.billing_invoice_forms import last_month
from carebook.ui.printing.report_preview import (
    Report,
    export_folder,
    preview,
    remember_folder,
    save_pdf,
)
from carebook.ui.widgets.accessible import DateEdit, name_from_label
from carebook.ui.widgets.file_choice import refused, save_file_name

#: The years the dialog offers, from this far back to next year.
FIRST_YEAR = 2000


class Asks(enum.Enum):
    """What a report is for, besides the caseload: a period, a year, a payer, or nothing more
    (it stands on today)."""

    PERIOD = "period"
    YEAR = "year"
    PAYER = "payer"
    TODAY = "today"


@dataclass(frozen=True, slots=True)
class Chosen:
    """What the dialog's fields say: the period, the year and the payer."""

    first: date
    last: date
    year: int
    payer: str


@dataclass(frozen=True, slots=True)
class Made:
    """A report for what was chosen: its file's name (no suffix), its document and its CSV,
    each read from the caseload when asked for."""

    stem: str
    document: Callable[[], Document]
    table: Callable[[], CsvTable]


@dataclass(frozen=True, slots=True)
class BillingReportKind:
    """One report the dialog offers: its name in the list, what it asks for, how it is made."""

    key: str
    label: str
    asks: Asks
    make: Callable[[Store, Chosen], Made]


def _practice(store: Store) -> str:
    return store.agreements.settings().practice_name


def _span(chosen: Chosen) -> str:
    return translate("BillingReportsDialog", "{first} to {last}").format(
        first=chosen.first.isoformat(), last=chosen.last.isoformat()
    )


def _time(store: Store, chosen: Chosen) -> Made:
    return Made(
        translate("BillingReportsDialog", "Time by client and activity {span}").format(
            span=_span(chosen)
        ),
        lambda: billing_report_document(
            time_report(store, chosen.first, chosen.last), _practice(store)
        ),
        lambda: time_report_table(time_report(store, chosen.first, chosen.last)),
    )


def _unbilled(store: Store, _chosen: Chosen) -> Made:
    return Made(
        translate("BillingReportsDialog", "Unbilled work {day}").format(
            day=store.today().isoformat()
        ),
        lambda: billing_report_document(unbilled_report(store), _practice(store)),
        lambda: unbilled_table(unbilled_report(store)),
    )


def _mileage_months(store: Store, chosen: Chosen) -> Made:
    return Made(
        translate("BillingReportsDialog", "Mileage by month {year}").format(year=chosen.year),
        lambda: billing_report_document(mileage_months(store, chosen.year), _practice(store)),
        lambda: mileage_months_table(mileage_months(store, chosen.year)),
    )


def _income(store: Store, chosen: Chosen) -> Made:
    return Made(
        translate("BillingReportsDialog", "Income by month {span}").format(span=_span(chosen)),
        lambda: billing_report_document(
            income_report(store, chosen.first, chosen.last), _practice(store)
        ),
        lambda: income_table(income_report(store, chosen.first, chosen.last)),
    )


def _statement(store: Store, chosen: Chosen) -> Made:
    # The payer is not in the file's name: it may be a client's, and a folder keeps names.
    return Made(
        translate("BillingReportsDialog", "Statement {day}").format(day=store.today().isoformat()),
        lambda: billing_report_document(statement(store, chosen.payer), _practice(store)),
        lambda: statement_table(statement(store, chosen.payer)),
    )


def _aged(store: Store, _chosen: Chosen) -> Made:
    return Made(
        translate("BillingReportsDialog", "Aged receivables {day}").format(
            day=store.today().isoformat()
        ),
        lambda: billing_report_document(aged_receivables(store), _practice(store)),
        lambda: aged_table(aged_receivables(store)),
    )


def _mileage_log(store: Store, chosen: Chosen) -> Made:
    return Made(
        translate("BillingReportsDialog", "Mileage log {year}").format(year=chosen.year),
        lambda: mileage_log_document(store, chosen.year),
        lambda: mileage_log_table(mileage_log(store, chosen.year)),
    )


#: The reports, in the order the list shows them.
REPORTS: tuple[BillingReportKind, ...] = (
    BillingReportKind(
        "time_report",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "Time by client and activity"),
        Asks.PERIOD,
        _time,
    ),
    BillingReportKind(
        "unbilled_report",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "Unbilled work"),
        Asks.TODAY,
        _unbilled,
    ),
    BillingReportKind(
        "mileage_months",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "Mileage by month"),
        Asks.YEAR,
        _mileage_months,
    ),
    BillingReportKind(
        "income_report",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "Income by month"),
        Asks.PERIOD,
        _income,
    ),
    BillingReportKind(
        "statement",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "A payer's statement"),
        Asks.PAYER,
        _statement,
    ),
    BillingReportKind(
        "aged_receivables",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "Aged receivables"),
        Asks.TODAY,
        _aged,
    ),
    BillingReportKind(
        "mileage_log",
        QT_TRANSLATE_NOOP("BillingReportsDialog", "The year's mileage log for the tax adviser"),
        Asks.YEAR,
        _mileage_log,
    ),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(shown: QDate) -> date:
    return date(shown.year(), shown.month(), shown.day())


class BillingReportsDialog(QDialog):
    """The business's reports: one chosen in the list (focused first), what it is for beside
    it, and Preview / Print… (Return), Save as PDF… and Save as CSV… below."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        store = caseload.store
        self.setWindowTitle(self.tr("Billing reports"))
        today = store.today()
        first, last = last_month(today)

        self.reports = QListWidget(self)
        self.reports.setAccessibleName(self.tr("Report"))
        self.reports.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for kind in REPORTS:
            self.reports.addItem(translate("BillingReportsDialog", kind.label))
        self.reports.setMinimumWidth(self.reports.sizeHintForColumn(0) + 24)
        self.reports.doubleClicked.connect(lambda _index: self.preview())
        reports_label = QLabel(self.tr("&Report:"), self)
        name_from_label(reports_label, self.reports)

        self.date_from = DateEdit(_qdate(first), self)
        self.date_to = DateEdit(_qdate(last), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year)
        self.payer = QComboBox(self)
        self.payer.addItems(billing_reads(store).payers())
        self.payer.setAccessibleName(self.tr("Payer"))
        self.on_today = QLabel(self.tr("As it stands today, %s") % today.isoformat(), self)
        self.nothing = QLabel("", self)
        self.nothing.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&From:"), self.date_from)
        self.form.addRow(self.tr("&To:"), self.date_to)
        self.form.addRow(self.tr("&Year:"), self.year)
        self.form.addRow(self.tr("P&ayer:"), self.payer)
        self.form.addRow(self.on_today)
        self.form.addRow(self.nothing)
        fields = QWidget(self)
        fields.setLayout(self.form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = self._button(self.tr("&Preview / Print…"), self.preview)
        self.pdf_button = self._button(self.tr("Save as P&DF…"), self.save_pdf)
        self.csv_button = self._button(self.tr("Save as &CSV…"), self.save_csv)
        self.preview_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        chooser = QVBoxLayout()
        chooser.addWidget(reports_label)
        chooser.addWidget(self.reports, 1)
        top = QHBoxLayout()
        top.addLayout(chooser, 3)
        top.addWidget(fields, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)

        self.reports.currentRowChanged.connect(lambda _row: self._show_fields())
        self.date_from.dateChanged.connect(lambda _day: self._show_fields())
        self.date_to.dateChanged.connect(lambda _day: self._show_fields())
        self.setTabOrder(self.reports, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.year)
        self.setTabOrder(self.year, self.payer)
        self.reports.setCurrentRow(0)
        self._show_fields()
        self.reports.setFocus()
        self.resize(640, 250)

    def _button(self, text: str, run: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: run())
        return button

    def kind(self) -> BillingReportKind:
        """The report chosen in the list."""
        return REPORTS[max(0, self.reports.currentRow())]

    def chosen(self) -> Chosen:
        return Chosen(
            first=_day(self.date_from.date()),
            last=_day(self.date_to.date()),
            year=self.year.value(),
            payer=self.payer.currentText(),
        )

    def _show_fields(self) -> None:
        asks = self.kind().asks
        self.form.setRowVisible(self.date_from, asks is Asks.PERIOD)
        self.form.setRowVisible(self.date_to, asks is Asks.PERIOD)
        self.form.setRowVisible(self.year, asks is Asks.YEAR)
        self.form.setRowVisible(self.payer, asks is Asks.PAYER)
        self.form.setRowVisible(self.on_today, asks is Asks.TODAY)
        why = self.why_not()
        self.nothing.setText(why)
        self.form.setRowVisible(self.nothing, bool(why))
        for button in (self.preview_button, self.pdf_button, self.csv_button):
            button.setEnabled(not why)

    def why_not(self) -> str:
        """Why the chosen report cannot be made as the fields stand, or ""."""
        asks = self.kind().asks
        if asks is Asks.PAYER and self.payer.count() == 0:
            return self.tr("No invoice names a payer yet: a statement needs one.")
        if asks is Asks.PERIOD and self.date_to.date() < self.date_from.date():
            return self.tr("The period ends before it begins: change From or To.")
        return ""

    def made(self) -> Made | None:
        """The chosen report for the fields as they stand; None (and why, said) if it cannot
        be made."""
        why = self.why_not()
        if why:
            QMessageBox.information(self, self.tr("Billing reports"), why)
            return None
        return self.kind().make(self.caseload.store, self.chosen())

    def report(self) -> Report | None:
        """The chosen report as the preview and Save as PDF take it."""
        made = self.made()
        if made is None:
            return None
        document = made.document

        def build(_choices: Sequence[bool]) -> Document:
            return document()

        kind = self.kind()
        return Report(
            title=translate("BillingReportsDialog", kind.label),
            kind=kind.key,
            file_name=f"{made.stem}.pdf",
            build=build,
        )

    def preview(self) -> None:
        """Preview / Print… (Return): the report on screen, to print or save from there."""
        report = self.report()
        if report is not None:
            preview(self.caseload, report, self)

    def save_pdf(self) -> Path | None:
        report = self.report()
        return None if report is None else save_pdf(self.caseload, report, None, self)

    def save_csv(self) -> Path | None:
        made = self.made()
        if made is None:
            return None
        return save_csv(self.caseload, self.kind(), made, self)


def save_csv(
    caseload: Caseload, kind: BillingReportKind, made: Made, parent: QWidget | None
) -> Path | None:
    """Ask where, then write the report's table there as CSV, whole and owner-only."""
    suggested = export_folder() / f"{made.stem}.csv"
    chosen = save_file_name(
        parent,
        translate("BillingReportsDialog", "Save %s as CSV")
        % translate("BillingReportsDialog", kind.label).lower(),
        str(suggested),
        translate("BillingReportsDialog", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    if refused(path, caseload.store.path, parent):
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(
                translate("BillingReportsDialog", "the folder {folder} does not exist").format(
                    folder=path.parent
                )
            )
        table = made.table()
        table.write(path)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            translate("BillingReportsDialog", "Not saved"),
            translate(
                "BillingReportsDialog",
                "The {report} could not be saved as {path}:\n{error}\n\n"
                "Choose another folder, or free some space, and try again.",
            ).format(
                report=translate("BillingReportsDialog", kind.label).lower(),
                path=path,
                error=error.strerror or error,
            ),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    remember_folder(path.parent)
    caseload.record_output("export", kind.key)
    caseload.status_message.emit(
        translate("BillingReportsDialog", "Saved %s (%d rows)") % (path, len(table.rows))
    )
    return path


def show_billing_reports(caseload: Caseload, parent: QWidget | None) -> None:
    """Open the dialog until it is closed."""
    dialog = BillingReportsDialog(caseload, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
