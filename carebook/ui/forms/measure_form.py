"""A reading typed in (a blood pressure as 128/82, a weight in lb or kg) and kept through the
door; a reading that looks like a typo is corrected or kept with a reason; a measure of one's
own defined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carebook.core.clinical_records import MeasureKind, Measurement
from carebook.core.clinical_rules import check_measure_kind, measurement_doubts
from carebook.core.errors import SaveError, ValidationError
from carebook.core.measures import VITALS, stored, vital
from carebook.core.typed_input import parse_number
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_editor import attempt
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.widgets.accessible import DateTimeEdit, name_from_label

#: The units a US locale types in (elsewhere the stored metric ones come first).
_US_UNITS = {"weight": "lb", "temperature": "°F", "height": "in"}


@dataclass(frozen=True, slots=True)
class MeasureChoice:
    """A measure the form offers: a vital sign's id or "custom:<id>", its name and units."""

    kind: str
    name: str
    units: tuple[str, ...]
    custom: MeasureKind | None = None


def measure_choices(kinds: list[MeasureKind]) -> list[MeasureChoice]:
    """The vital signs, then the coordinator's own measures."""
    return [MeasureChoice(v.id, v.label, tuple(u.name for u in v.units)) for v in VITALS] + [
        MeasureChoice(f"custom:{k.id}", k.name, (k.unit,), k) for k in kinds
    ]


def default_unit(kind: str, units: tuple[str, ...], locale: QLocale | None = None) -> str:
    """The unit a reading is typed in by default: lb and °F in a US locale, else the stored."""
    system = (locale or QLocale()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem and _US_UNITS.get(kind) in units:
        return _US_UNITS[kind]
    return units[0]


def read_value(kind: str, text: str) -> tuple[float, float | None]:
    """The number typed (two for a blood pressure, "128/82"); a ValidationError naming it."""
    text = text.strip()
    if kind == "bp":
        both = translate("ReadingDialog", "Type the blood pressure as two numbers, such as 128/82.")
        first, slash, second = text.partition("/")
        if not slash:
            raise ValidationError(both, "value")
        high = parse_number(first, translate("ReadingDialog", "The systolic number"))
        low = parse_number(second, translate("ReadingDialog", "The diastolic number"))
        if high is None or low is None:
            raise ValidationError(both, "value")
        return high, low
    number = parse_number(text, translate("ReadingDialog", "The value"))
    if number is None:
        raise ValidationError(translate("ReadingDialog", "Type the reading."), "value")
    return number, None


class DoubtDialog(QDialog):
    """A reading that looks like a typo: correct it (Escape), or keep it with a reason."""

    def __init__(self, doubts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Is this reading right?"))
        self.said = QLabel(" ".join(doubts), self)
        self.said.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. Repeated twice, same result"))
        self.reason.setMaxLength(200)
        label = QLabel(self.tr("&Reason to keep it:"), self)
        name_from_label(label, self.reason)
        buttons = QDialogButtonBox(self)
        self.keep = buttons.addButton(
            self.tr("&Keep with this reason"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.correct = buttons.addButton(
            self.tr("&Correct it"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep.setEnabled(False)
        self.keep.setDefault(True)
        self.reason.textChanged.connect(lambda text: self.keep.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if self.reason.text().strip():
            super().accept()


class ReadingDialog(QDialog):
    """One reading; Return keeps it through the door, a refusal is shown and what was typed
    stays."""

    def __init__(
        self,
        caseload: Caseload,
        patient_id: int,
        kind: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.patient_id = patient_id
        self.saved: Measurement | None = None
        store = caseload.store
        patient = store.patients.patient(patient_id)
        self.setWindowTitle(
            self.tr("Add reading: %s") % (patient.display_name if patient else patient_id)
        )
        self.choices = measure_choices(store.measurements.measure_kinds())
        self.measure = QComboBox(self)
        for choice in self.choices:
            self.measure.addItem(choice.name, choice.kind)
        self.measure.setCurrentIndex(max(0, self.measure.findData(kind)))
        self.value = QLineEdit(self)
        self.value.setMaxLength(20)
        self.unit = QComboBox(self)
        self.taken = DateTimeEdit(self)
        self.taken.setDisplayFormat("dd MMM yyyy HH:mm")
        self.taken.setCalendarPopup(True)
        now = store.clock().replace(second=0, microsecond=0)
        self.taken.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for name, text, field in (
            ("kind", self.tr("&Measure:"), self.measure),
            ("value", self.tr("&Value:"), self.value),
            ("entered_unit", self.tr("&Unit:"), self.unit),
            ("taken_at", self.tr("&Taken:"), self.taken),
            ("note", self.tr("&Note:"), self.note),
        ):
            label = QLabel(text, self)
            name_from_label(label, field)
            form.addRow(label, field)
            self.fields[name] = field
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.problem.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.measure.currentIndexChanged.connect(self._follow_measure)
        self._follow_measure()
        self.resize(460, self.sizeHint().height())
        (self.value if kind else self.measure).setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> MeasureChoice:
        return self.choices[max(0, self.measure.currentIndex())]

    def _follow_measure(self) -> None:
        choice = self.choice()
        self.unit.clear()
        self.unit.addItems(list(choice.units))
        self.unit.setCurrentText(default_unit(choice.kind, choice.units))
        self.unit.setEnabled(len(choice.units) > 1)
        self.value.setPlaceholderText(
            self.tr("e.g. 128/82") if choice.kind == "bp" else self.tr("A number")
        )

    def reading(self) -> Measurement:
        """The reading as typed, in the measure's stored unit; a ValidationError naming what
        cannot be read."""
        choice = self.choice()
        value, second = read_value(choice.kind, self.value.text())
        unit = self.unit.currentText()
        if choice.custom is None:
            value = stored(vital(choice.kind), value, unit)
        taken = self.taken.dateTime().toPython()
        assert isinstance(taken, datetime)
        return Measurement(
            patient_id=self.patient_id,
            kind=choice.kind,
            taken_at=taken.replace(second=0, microsecond=0),
            value=value,
            second=second,
            entered_unit=unit,
            note=self.note.text().strip(),
        )

    def accept(self) -> None:
        try:
            reading = self.reading()
            doubts = measurement_doubts(reading, self.choice().custom)
            if doubts:
                asked = DoubtDialog(doubts, self)
                try:
                    if asked.exec() != QDialog.DialogCode.Accepted:
                        self.value.setFocus(Qt.FocusReason.OtherFocusReason)
                        self.value.selectAll()
                        return
                    reading.override_reason = asked.reason.text().strip()
                finally:
                    asked.deleteLater()
            self.saved = self.caseload.add(reading, self.tr("Add reading"))
        except (ValidationError, SaveError, LookupError) as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            field = self.fields.get(getattr(error, "field", ""), self.value)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def add_reading(
    caseload: Caseload, patient_id: int, kind: str = "", parent: QWidget | None = None
) -> Measurement | None:
    """A reading typed in its dialog and kept; None when cancelled."""
    dialog = ReadingDialog(caseload, patient_id, kind, parent)
    try:
        dialog.exec()
        return dialog.saved
    finally:
        dialog.deleteLater()


MEASURE_KIND_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("RecordForm", "Name"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Calf girth, left"),
    ),
    FieldSpec(
        "unit",
        QT_TRANSLATE_NOOP("RecordForm", "Unit"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. cm"),
    ),
    FieldSpec(
        "normal_low",
        QT_TRANSLATE_NOOP("RecordForm", "Normal from"),
        "number",
        hint=QT_TRANSLATE_NOOP("RecordForm", "Shaded on its chart"),
    ),
    FieldSpec("normal_high", QT_TRANSLATE_NOOP("RecordForm", "Normal to"), "number"),
    FieldSpec(
        "plausible_low",
        QT_TRANSLATE_NOOP("RecordForm", "Plausible from"),
        "number",
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "A reading outside the plausible range needs a reason to be kept"
        ),
    ),
    FieldSpec("plausible_high", QT_TRANSLATE_NOOP("RecordForm", "Plausible to"), "number"),
)


def define_measure(caseload: Caseload, parent: QWidget) -> MeasureKind | None:
    """A measure of the coordinator's own, defined in its form and kept; None when cancelled
    or refused (a name taken: the form comes back with why)."""
    kind = RecordForm.edit(
        translate("ReadingDialog", "Define a measure"),
        MEASURE_KIND_FIELDS,
        MeasureKind(name="", unit=""),
        validate=check_measure_kind,
        parent=parent,
    )
    if kind is None:
        return None
    kept: list[MeasureKind] = []
    attempt(
        parent,
        lambda: kept.append(caseload.add(kind, translate("ReadingDialog", "Define measure"))),
    )
    return kept[-1] if kept else None
