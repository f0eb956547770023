"""A client's agreement: who pays (herself, a contact from her care team or the directory, a
trust, an agency), where the bill goes, her rates, rounding, retainer and terms."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import Agreement
from carebook.core.errors import SaveError, ValidationError
from carebook.core.money import format_cents, parse_cents, parse_mills
from carebook.core.vocabularies import PayerKind, Rounding
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.widgets.accessible import name_from_label


def _money(cents: int | None) -> str:
    return format_cents(cents, symbol=False) if cents is not None else ""


class AgreementDialog(QDialog):
    """Her agreement; Return saves it through the door, a refusal is shown beside the form
    and what was typed stays."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.caseload = caseload
        store: Store = caseload.store
        found = store.agreements.agreement(patient_id)
        self.agreement = found or Agreement(patient_id=patient_id)
        settings = store.agreements.settings()
        patient = store.patients.patient(patient_id)
        self.setWindowTitle(
            self.tr("Agreement: %s") % (patient.display_name if patient else str(patient_id))
        )
        agreement = self.agreement

        self.payer_kind = QComboBox(self)
        for kind in PayerKind:
            self.payer_kind.addItem(kind.label, kind.value)
        self.payer_kind.setCurrentIndex(self.payer_kind.findData(agreement.payer_kind.value))
        self.payer_contact = QComboBox(self)
        self.payer_contact.addItem(self.tr("(choose a contact)"), None)
        seen: set[int] = set()
        for member, contact in store.contacts.care_team(patient_id):
            if contact.id is not None and contact.id not in seen:
                seen.add(contact.id)
                role = getattr(member, "role", None)
                said = f" ({role.label})" if role is not None and hasattr(role, "label") else ""
                self.payer_contact.addItem(f"{contact.name}{said}", contact.id)
        for contact in store.contacts.directory():
            if contact.id is not None and contact.id not in seen:
                seen.add(contact.id)
                self.payer_contact.addItem(self.tr("%s — directory") % contact.name, contact.id)
        chosen = self.payer_contact.findData(agreement.payer_contact_id)
        self.payer_contact.setCurrentIndex(max(0, chosen))
        self.payer_name = QLineEdit(agreement.payer_name, self)
        self.payer_name.setPlaceholderText(self.tr("A trust's or agency's name"))
        self.address = QPlainTextEdit(agreement.billing_address, self)
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("Empty: the payer's own address"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.hourly = QLineEdit(_money(agreement.hourly_rate_cents), self)
        self.hourly.setPlaceholderText(
            self.tr("Empty: the practice's %s")
            % format_cents(settings.default_hourly_cents, settings.currency)
        )
        mills = agreement.mileage_rate_mills
        self.mileage = QLineEdit(
            f"{mills // 1000}.{mills % 1000:03d}" if mills is not None else "", self
        )
        self.mileage.setPlaceholderText(self.tr("e.g. 0.725; empty: the standard business rate"))
        self.rounding = QComboBox(self)
        self.rounding.addItem(
            self.tr("The practice's (%s)") % settings.rounding.label.lower(), None
        )
        for rounding in Rounding:
            self.rounding.addItem(rounding.label, rounding.value)
        shown = agreement.rounding.value if agreement.rounding is not None else None
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(shown)))
        self.retainer = QLineEdit(_money(agreement.retainer_cents or None), self)
        self.retainer.setPlaceholderText(self.tr("What she has paid ahead, e.g. 1000.00"))
        self.terms = QSpinBox(self)
        self.terms.setRange(0, 365)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setValue(agreement.terms_days)

        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for name, text, field in (
            ("payer_kind", self.tr("&Who pays:"), self.payer_kind),
            ("payer_contact_id", self.tr("Paying &contact:"), self.payer_contact),
            ("payer_name", self.tr("Payer's &name:"), self.payer_name),
            ("billing_address", self.tr("&Billing address:"), self.address),
            ("hourly_rate_cents", self.tr("&Hourly rate:"), self.hourly),
            ("mileage_rate_mills", self.tr("&Mileage rate:"), self.mileage),
            ("rounding", self.tr("&Rounding:"), self.rounding),
            ("retainer_cents", self.tr("R&etainer:"), self.retainer),
            ("terms_days", self.tr("&Terms:"), self.terms),
        ):
            label = QLabel(text, self)
            name_from_label(label, field)
            form.addRow(label, field)
            self.fields[name] = field
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.payer_kind.currentIndexChanged.connect(self._follow_kind)
        self._follow_kind()
        self.resize(520, self.sizeHint().height())
        self.payer_kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_kind(self) -> None:
        kind = PayerKind(self.payer_kind.currentData())
        self.payer_contact.setEnabled(kind is PayerKind.CONTACT)
        self.payer_name.setEnabled(kind in (PayerKind.TRUST, PayerKind.AGENCY))

    def chosen(self) -> Agreement:
        """The agreement as typed; a ValidationError naming the field it cannot read."""
        hourly = self.hourly.text().strip()
        mileage = self.mileage.text().strip()
        retainer = self.retainer.text().strip()
        rounding = self.rounding.currentData()
        kind = PayerKind(self.payer_kind.currentData())
        return replace(
            self.agreement,
            payer_kind=kind,
            payer_contact_id=self.payer_contact.currentData()
            if kind is PayerKind.CONTACT
            else None,
            payer_name=self.payer_name.text().strip(),
            billing_address=self.address.toPlainText().strip(),
            hourly_rate_cents=parse_cents(hourly, self.tr("The hourly rate"), "hourly_rate_cents")
            if hourly
            else None,
            mileage_rate_mills=parse_mills(
                mileage, self.tr("The mileage rate"), "mileage_rate_mills"
            )
            if mileage
            else None,
            rounding=Rounding(rounding) if rounding else None,
            retainer_cents=parse_cents(retainer, self.tr("The retainer"), "retainer_cents")
            if retainer
            else 0,
            terms_days=self.terms.value(),
        )

    def accept(self) -> None:
        try:
            agreement = self.chosen()
            if agreement.id is None:
                self.agreement = self.caseload.add(agreement, self.tr("Add agreement"))
            else:
                self.caseload.save(agreement, self.tr("Edit agreement"))
        except (ValidationError, SaveError, LookupError) as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            field = self.fields.get(getattr(error, "field", ""))
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def edit_agreement(caseload: Caseload, patient_id: int, parent: QWidget | None) -> bool:
    """Her agreement in its form; True when it was saved."""
    dialog = AgreementDialog(caseload, patient_id, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
