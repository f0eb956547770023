"""The medication form: whose medication it is and their allergies above the fields, the
checks' warnings as she types, and a reason asked before saving over an allergy or duplicate."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QInputDialog, QLabel, QVBoxLayout, QWidget

from carebook.core.errors import ValidationError
from carebook.core.medication_checks import MedicationWarning
from carebook.core.records import Medication
from carebook.core.validation import validate_medication
from carebook.core.words import QT_TRANSLATE_NOOP
from carebook.ui.forms.health_fields import MEDICATION_FIELDS
from carebook.ui.forms.opening import form_title, run_form
from carebook.ui.forms.record_form import RecordForm

#: How often the warnings are worked out again while the form is open (they follow typing).
RECHECK_MS = 250


@dataclasses.dataclass(frozen=True, slots=True)
class Whose:
    """Whose medication the form is for, as its header says it."""

    patient: str  # "Dorothy (Dolly) Ackroyd, born 08 Sep 1941"
    allergies: str  # "Allergies: Ibuprofen (wheeze), moderate" or "Allergies not recorded yet"
    allergic: bool  # whether any allergy is listed (the line then stands out)


Check = Callable[[Medication], Sequence[MedicationWarning]]


class MedicationForm(RecordForm[Medication]):
    """A medication, with its patient and allergies named and its warnings shown live."""

    def __init__(
        self,
        title: str,
        specs: Sequence[Any],
        record: Medication,
        *,
        whose: Whose,
        check: Check,
        contacts: Sequence[tuple[int, str]] = (),
        pickers: Mapping[str, Sequence[tuple[int, str]]] | None = None,
        parent: QWidget | None = None,
        **_ignored: Any,
    ) -> None:
        super().__init__(
            title,
            specs,
            record,
            validate=validate_medication,
            contacts=contacts,
            pickers=pickers,
            parent=parent,
        )
        self._check = check
        # Shown again with what was typed when the caseload refuses the save: the same header.
        again: Callable[..., RecordForm[Medication]] = functools.partial(
            type(self),
            title,
            specs,
            whose=whose,
            check=check,
            contacts=contacts,
            pickers=pickers,
            parent=parent,
        )
        self._again = again  # type: ignore[assignment]
        self.whose = QLabel(self)
        self.whose.setTextFormat(self.whose.textFormat().RichText)
        self.whose.setWordWrap(True)
        allergy = escape(whose.allergies)
        line = f"<b>⚠ {allergy}</b>" if whose.allergic else allergy
        self.whose.setText(f"<b>{escape(whose.patient)}</b><br>{line}")
        self.whose.setAccessibleName(self.tr("Whose medication"))
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        # A box that stands apart from the fields, in the style's own colours.
        self.warnings.setFrameShape(QFrame.Shape.StyledPanel)
        self.warnings.setMargin(6)
        self.warnings.setAutoFillBackground(True)
        self.warnings.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.warnings.setAccessibleName(self.tr("Medication warnings"))
        self.warnings.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.whose)
        layout.insertWidget(1, self.warnings)
        self._shown: tuple[Any, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.recheck)
        self.found: list[MedicationWarning] = []

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.recheck()
        self._timer.start()

    # -- the warnings, as she types -------------------------------------------------------------

    def typed(self) -> Medication:
        """The medication as the fields stand now (a field that does not read yet keeps its
        saved value)."""
        values: dict[str, Any] = {}
        for name, field in self._fields.items():
            try:
                values[name] = field.value()
            except ValidationError:
                continue
        return dataclasses.replace(self._original, **values)

    def recheck(self) -> None:
        medication = self.typed()
        key = tuple(getattr(medication, f.name) for f in dataclasses.fields(medication))
        if key == self._shown:
            return
        self._shown = key
        self.found = list(self._check(medication)) if medication.name.strip() else []
        if not self.found:
            self.warnings.hide()
            self.warnings.clear()
            return
        lines = [
            f"{'⚠ ' if warning.kind.asks else ''}<b>{escape(warning.kind.label)}:</b> "
            f"{escape(warning.explanation)}"
            for warning in self.found
        ]
        self.warnings.setText("<br>".join(lines))
        self.warnings.setAccessibleDescription(" ".join(w.explanation for w in self.found))
        self.warnings.show()

    # -- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save when the fields read and the check agrees; over an allergy or a duplicate only
        with a reason, kept with the medication."""
        record = self._build()
        if record is None:
            return
        asking = [w for w in self._check(record) if w.kind.asks]
        reason = ""
        if asking:
            given = self._ask_reason(asking, record.warning_reason)
            if given is None:
                return
            reason = given
        self._timer.stop()
        self._saved = dataclasses.replace(record, warning_reason=reason)
        QDialog.accept(self)

    def _ask_reason(self, asking: Sequence[MedicationWarning], before: str) -> str | None:
        """Why it is saved anyway (None: not saved, the form stays open)."""
        said = "\n".join(f"• {w.explanation}" for w in asking)
        prompt = self.tr("%s\n\nTo save it anyway, say why (kept with the medication):") % said
        reason, ok = QInputDialog.getText(self, self.tr("Save anyway?"), prompt, text=before)
        while ok and not reason.strip():
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Save anyway?"),
                self.tr("A reason is needed to save over this warning.") + "\n\n" + prompt,
            )
        return reason.strip() if ok else None


def edit_medication(
    record: Medication,
    contacts: Sequence[tuple[int, str]],
    whose: Whose,
    check: Check,
    parent: QWidget | None = None,
    pickers: Mapping[str, Sequence[tuple[int, str]]] | None = None,
) -> Medication | None:
    """Open the form on `record` and wait: the edited copy, or None when cancelled."""
    return run_form(medication_form(record, contacts, whose, check, parent, pickers))


def medication_form(
    record: Medication,
    contacts: Sequence[tuple[int, str]],
    whose: Whose,
    check: Check,
    parent: QWidget | None = None,
    pickers: Mapping[str, Sequence[tuple[int, str]]] | None = None,
) -> MedicationForm:
    """`contacts`: (id, label) of the patient's care team, offered as prescriber and pharmacy
    unless `pickers` gives either field its own list (prescribers for the prescriber)."""
    return MedicationForm(
        form_title(
            record,
            QT_TRANSLATE_NOOP("forms", "New medication"),
            QT_TRANSLATE_NOOP("forms", "Edit medication"),
        ),
        MEDICATION_FIELDS,
        record,
        whose=whose,
        check=check,
        contacts=contacts,
        pickers=pickers,
        parent=parent,
    )
