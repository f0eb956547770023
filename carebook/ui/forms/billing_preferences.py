"""Preferences → Billing: the practice as its invoices print it (name, address, logo), how
time is priced and rounded, the distance unit, receipts, terms, and the standard mileage rates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import BillingSettings, MileageRate
from carebook.core.errors import SaveError, ValidationError
from carebook.core.money import format_cents, format_mills, parse_cents, parse_mills
from carebook.core.vocabularies import (
    DistanceUnit,
    Rounding,
    RoundingScope,
    TripPurpose,
    Vocabulary,
)
from carebook.ui.changes import billing_settings as changes
from carebook.ui.commands import Caseload
from carebook.ui.widgets.accessible import name_from_label

_TAKEN = (ValidationError, SaveError, LookupError)
V = TypeVar("V", bound=Vocabulary)


def _choices(box: QComboBox, vocabulary: type[Vocabulary], chosen: Vocabulary) -> QComboBox:
    for item in vocabulary:
        box.addItem(str(getattr(item, "label", item.value)).capitalize(), item)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


def _chosen(box: QComboBox, vocabulary: type[V]) -> V:
    """The choice shown (Qt hands a text enum back as its text)."""
    return vocabulary(box.currentData())


class BillingPreferences(QDialog):
    """The practice's billing settings; Save keeps them (a refusal is shown, what was typed
    stays), and each mileage rate is set as it is entered."""

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        store = caseload.store
        self.settings = settings = store.agreements.settings()
        self.logo_id = settings.logo_id
        self.setWindowTitle(self.tr("Preferences — Billing"))

        self.name = QLineEdit(settings.practice_name, self)
        self.name.setPlaceholderText(self.tr("e.g. Smith Care Management"))
        self.address = QPlainTextEdit(settings.practice_address, self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = QLineEdit(settings.practice_phone, self)
        self.email = QLineEdit(settings.practice_email, self)
        self.logo = QLabel(self)
        self.logo.setFixedSize(120, 60)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo.setAccessibleName(self.tr("Logo"))
        self.choose_logo = QPushButton(self.tr("Choose lo&go…"), self)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("Remo&ve logo"), self)
        self.remove_logo.clicked.connect(self.drop_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)

        self.currency = QLineEdit(settings.currency, self)
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.currency.setToolTip(self.tr("Three letters: USD, EUR, GBP, CAD …"))
        self.hourly = QLineEdit(
            format_cents(settings.default_hourly_cents, symbol=False)
            if settings.default_hourly_cents
            else "",
            self,
        )
        self.hourly.setPlaceholderText(self.tr("e.g. 125.00"))
        self.rounding = _choices(QComboBox(self), Rounding, settings.rounding)
        self.scope = _choices(QComboBox(self), RoundingScope, settings.rounding_scope)
        self.unit = _choices(QComboBox(self), DistanceUnit, settings.distance_unit)
        self.receipts = QSpinBox(self)
        self.receipts.setRange(1, 100)
        self.receipts.setSuffix(self.tr(" MB"))
        self.receipts.setValue(settings.receipt_limit_mb)
        self.terms = QSpinBox(self)
        self.terms.setRange(0, 365)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setValue(settings.terms_days)

        practice = QGroupBox(self.tr("The practice, as invoices print it"), self)
        practice_form = QFormLayout(practice)
        self._row(practice_form, self.tr("&Name:"), self.name)
        self._row(practice_form, self.tr("&Address:"), self.address)
        self._row(practice_form, self.tr("&Phone:"), self.phone)
        self._row(practice_form, self.tr("E&mail:"), self.email)
        practice_form.addRow(self.tr("Logo:"), logo_row)
        pricing = QGroupBox(self.tr("Time, distance and terms"), self)
        pricing_form = QFormLayout(pricing)
        self._row(pricing_form, self.tr("C&urrency:"), self.currency)
        self._row(pricing_form, self.tr("Default &hourly rate:"), self.hourly)
        self._row(pricing_form, self.tr("&Rounding:"), self.rounding)
        self._row(pricing_form, self.tr("Round &each:"), self.scope)
        self._row(pricing_form, self.tr("&Distance in:"), self.unit)
        self._row(pricing_form, self.tr("Largest re&ceipt:"), self.receipts)
        self._row(pricing_form, self.tr("Payment &terms:"), self.terms)

        rates = QGroupBox(self.tr("Standard mileage rates"), self)
        self.rates = QTableWidget(0, 3, rates)
        self.rates.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Purpose"), self.tr("Rate")])
        self.rates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rates.verticalHeader().setVisible(False)
        self.rates.horizontalHeader().setStretchLastSection(True)
        self.rates.setAccessibleName(self.tr("Standard mileage rates"))
        self.rate_year = QSpinBox(rates)
        self.rate_year.setRange(2000, 2100)
        self.rate_year.setValue(store.today().year)
        self.rate_year.setAccessibleName(self.tr("Year"))
        self.rate_purpose = _choices(QComboBox(rates), TripPurpose, TripPurpose.BUSINESS)
        self.rate_purpose.setAccessibleName(self.tr("Purpose"))
        self.rate_value = QLineEdit(rates)
        self.rate_value.setPlaceholderText(self.tr("e.g. 0.725"))
        self.rate_value.setAccessibleName(self.tr("Rate a mile or kilometre"))
        set_rate = QPushButton(self.tr("Add &or change rate"), rates)
        set_rate.setAutoDefault(False)
        set_rate.clicked.connect(self.set_rate)
        self.rate_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("e.g. 0.725") + 16)
        rate_row = QHBoxLayout()
        for widget in (self.rate_year, self.rate_purpose, self.rate_value, set_rate):
            rate_row.addWidget(widget, 1 if widget is self.rate_value else 0)
        rates_layout = QVBoxLayout(rates)
        rates_layout.addWidget(self.rates, 1)
        rates_layout.addLayout(rate_row)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(practice)
        left.addWidget(pricing)
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addWidget(rates, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_logo()
        self._show_rates()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        name_from_label(label, field)
        form.addRow(label, field)

    # -- the logo ------------------------------------------------------------------------------

    def _show_logo(self) -> None:
        kept = self.caseload.store.expenses.attachment(self.logo_id) if self.logo_id else None
        picture = QPixmap()
        if kept is not None:
            picture.loadFromData(kept.content)
        if picture.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo"))
        else:
            self.logo.setPixmap(
                picture.scaled(
                    self.logo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo.setEnabled(self.logo_id is not None)

    def pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the practice's logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.take_logo(Path(path))

    def take_logo(self, path: Path) -> None:
        """Keep the picture at `path` as the logo (saved with the settings)."""
        try:
            kept = changes.keep_logo(self.caseload, path)
        except _TAKEN as error:
            QMessageBox.warning(self, self.tr("Logo"), str(error))
            return
        self.logo_id = kept.id
        self._show_logo()

    def drop_logo(self) -> None:
        self.logo_id = None
        self._show_logo()

    # -- the mileage rates ---------------------------------------------------------------------

    def _show_rates(self) -> None:
        currency = self.settings.currency
        found = self.caseload.store.trips.rates()
        self.rates.setRowCount(len(found))
        for row, rate in enumerate(found):
            for column, text in enumerate(
                (
                    str(rate.year),
                    rate.purpose.value.capitalize(),
                    format_mills(rate.rate_mills, currency),
                )
            ):
                self.rates.setItem(row, column, QTableWidgetItem(text))
        self.rates.resizeColumnsToContents()

    def set_rate(self) -> None:
        try:
            mills = parse_mills(self.rate_value.text(), self.tr("The mileage rate"), "rate_mills")
            changes.set_mileage_rate(
                self.caseload,
                MileageRate(
                    year=self.rate_year.value(),
                    purpose=_chosen(self.rate_purpose, TripPurpose),
                    rate_mills=mills,
                ),
            )
        except _TAKEN as error:
            self._show_problem(str(error), self.rate_value)
            return
        self.rate_value.clear()
        self.problem.setVisible(False)
        self._show_rates()

    # -- saving --------------------------------------------------------------------------------

    def chosen(self) -> BillingSettings:
        """The settings as typed; a ValidationError naming the field when one cannot be read."""
        hourly = self.hourly.text().strip()
        return replace(
            self.settings,
            practice_name=self.name.text().strip(),
            practice_address=self.address.toPlainText().strip(),
            practice_phone=self.phone.text().strip(),
            practice_email=self.email.text().strip(),
            logo_id=self.logo_id,
            currency=self.currency.text().strip().upper(),
            default_hourly_cents=parse_cents(
                hourly, self.tr("The hourly rate"), "default_hourly_cents"
            )
            if hourly
            else 0,
            rounding=_chosen(self.rounding, Rounding),
            rounding_scope=_chosen(self.scope, RoundingScope),
            distance_unit=_chosen(self.unit, DistanceUnit),
            receipt_limit_mb=self.receipts.value(),
            terms_days=self.terms.value(),
        )

    def accept(self) -> None:
        try:
            changes.set_billing_settings(self.caseload, self.chosen())
        except _TAKEN as error:
            field = getattr(error, "field", "")
            self._show_problem(str(error), self._field(field))
            return
        super().accept()

    def _field(self, name: str) -> QWidget | None:
        return {
            "currency": self.currency,
            "default_hourly_cents": self.hourly,
            "distance_unit": self.unit,
            "practice_email": self.email,
            "practice_name": self.name,
            "terms_days": self.terms,
            "receipt_limit_mb": self.receipts,
        }.get(name)

    def _show_problem(self, text: str, field: QWidget | None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)


def edit_billing_preferences(caseload: Caseload, parent: QWidget | None) -> bool:
    """Preferences → Billing; True when the settings were saved."""
    dialog = BillingPreferences(caseload, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
