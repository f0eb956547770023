"""The note form's visit: one visit of the patient's (a series' visit by its original start)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from carebook.core import display
from carebook.core.list_rows import VisitRow
from carebook.core.views import ListQuery
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus
from carebook.core.words import translate
from carebook.store.caseload import Store
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField

#: A visit as a note names it: its series (or single appointment) and its original start.
VisitKey = tuple[int, datetime | None]

#: The visits offered: those of the last two months and the next month, latest first.
_BACK = timedelta(days=62)
_AHEAD = timedelta(days=31)
_MOST = 120


class VisitField(FormField):
    """Which of the patient's visits a note belongs to, or none; it fills both the note's
    `appointment_id` and its `original_start`, so a note names one visit, not a whole series."""

    def __init__(
        self, spec: FieldSpec, message: FieldMessage, parent: QWidget, store: Store | None
    ) -> None:
        super().__init__(spec, message, parent)
        self.store = store
        self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.describe(self.combo)
        self._keys: list[VisitKey | None] = []
        self._offer(
            None,
            (
                translate("RecordForm", spec.empty_label)
                if spec.empty_label
                else translate("RecordForm", "(none)")
            ),
        )
        self.combo.currentIndexChanged.connect(self.edited)

    @property
    def focus(self) -> QWidget:
        return self.combo

    def _offer(self, key: VisitKey | None, label: str) -> None:
        self._keys.append(key)
        # The series' id as the item's data, as the other pickers of a record carry theirs.
        self.combo.addItem(label, None if key is None else key[0])

    def show(self, record: object) -> None:
        """Offer the record's patient's recent and coming visits, with the record's own."""
        patient_id = getattr(record, "patient_id", None)
        if self.store is not None and isinstance(patient_id, int):
            for row in _visits_of(self.store, patient_id):
                self._offer((row.appointment_id, row.original_start or row.start), _label(row))
        appointment_id = getattr(record, self.spec.name)
        original = getattr(record, "original_start", None)
        self.set_value(None if appointment_id is None else (appointment_id, original))

    def set_value(self, value: Any) -> None:
        if value is not None and value not in self._keys:
            # A visit older than those offered (or of a series gone since): keep it shown.
            self._offer(value, self._label_of(value))
        self.combo.setCurrentIndex(self._keys.index(value) if value in self._keys else 0)

    def _label_of(self, key: VisitKey) -> str:
        appointment_id, original = key
        appointment = self.store.appointments.appointment(appointment_id) if self.store else None
        if appointment is None:
            return translate("RecordForm", "Visit #%s") % appointment_id
        words = _words(original or appointment.start, appointment.kind, appointment.purpose)
        if original is None and appointment.rrule:
            words += " " + translate("RecordForm", "(every visit of the series)")
        return words

    def value(self) -> VisitKey | None:
        index = self.combo.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def fill(self, values: dict[str, Any]) -> None:
        chosen = self.value()
        values[self.spec.name] = None if chosen is None else chosen[0]
        values["original_start"] = None if chosen is None else chosen[1]


def _visits_of(store: Store, patient_id: int) -> list[VisitRow]:
    """The patient's visits from two months back to a month ahead, latest first."""
    today = store.today()
    rows = store.lists.list_records(
        "appointments",
        ListQuery(
            patient_id=patient_id,
            filter="all",
            sort="start",
            descending=True,
            date_from=today - _BACK,
            date_to=today + _AHEAD,
        ),
        0,
        _MOST,
    )
    return [row for row in rows if isinstance(row, VisitRow)]


def _label(row: VisitRow) -> str:
    """A visit offered, and its outcome once known."""
    words = _words(row.start, row.kind, row.purpose)
    if row.status is not AppointmentStatus.BOOKED:
        words += f" ({row.status.label})"
    return words


def _words(when: datetime, kind: AppointmentKind, purpose: str) -> str:
    """ "Mon 07 Dec 2026 10:00 Home visit – Care coordination"."""
    words = f"{display.day_and_time(when)} {kind.label}"
    return f"{words} – {purpose}" if purpose else words
