"""An instrument scored item by item by keyboard (the running total and band shown as it goes,
an urgent flag said at once), or its total from paper; kept, or a result corrected, through the
door."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carebook.core.clinical_records import AssessmentResult
from carebook.core.errors import SaveError, ValidationError
from carebook.core.instruments import Instrument, band_of, instrument, instruments
from carebook.core.words import translate
from carebook.store.assessments import Scored
from carebook.ui.changes.assessments import correct_assessment, record_assessment
from carebook.ui.commands import Caseload
from carebook.ui.widgets.accessible import DateEdit, name_from_label


def choose_instrument(parent: QWidget) -> Instrument | None:
    """Which instrument to score, chosen from a list by keyboard; None when cancelled."""
    known = instruments()
    names = [
        translate("AssessmentDialog", "{short} — {name} (total only)").format(
            short=i.short, name=i.name
        )
        if i.totals_only
        else f"{i.short} — {i.name}"
        for i in known
    ]
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("AssessmentDialog", "Assess"),
        translate("AssessmentDialog", "&Instrument:"),
        names,
        0,
        False,
    )
    if not ok or chosen not in names:
        return None
    return known[names.index(chosen)]


def _keyed_by_points(found: Instrument) -> bool:
    """Whether every answer's points are a single digit, so the digit typed is the points."""
    return all(0 <= a.points <= 9 for item in found.items for a in item.answers)


class AssessmentDialog(QDialog):
    """The instrument's items, one a row: a digit (the points, or the answer's number when
    points run past 9) answers the row and moves on, Left and Right step through its answers,
    Up and Down move between items. "Total only" takes the total scored on paper."""

    def __init__(
        self,
        caseload: Caseload,
        patient_id: int,
        found: Instrument,
        old: AssessmentResult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.patient_id = patient_id
        self.instrument = found
        self.old = old
        self.kept: Scored | None = None
        store = caseload.store
        patient = store.patients.patient(patient_id)
        who = patient.display_name if patient else str(patient_id)
        self.setWindowTitle(
            (self.tr("Correct %s: %s") if old else self.tr("%s: %s")) % (found.short, who)
        )
        self.answers: dict[str, int] = dict(store.assessments.answers_of(old)) if old else {}
        self.by_points = _keyed_by_points(found)

        self.on_date = DateEdit(self)
        self.on_date.setDisplayFormat("dd MMM yyyy")
        self.on_date.setCalendarPopup(True)
        day = old.on_date if old else store.today()
        self.on_date.setDate(QDate(day.year, day.month, day.day))
        self.scored_by = QLineEdit(
            old.scored_by if old else store.preferences.preferences().coordinator_name, self
        )
        self.scored_by.setMaxLength(100)
        self.total_only = QCheckBox(self.tr("&Total only (scored on paper)"), self)
        self.total = QSpinBox(self)
        self.total.setRange(found.low, found.high)
        self.total.setSuffix(self.tr(" of %d") % found.high)
        self.comment = QLineEdit(old.comment if old else "", self)
        self.comment.setMaxLength(500)

        self.items = QTableWidget(len(found.items), 3, self)
        self.items.setHorizontalHeaderLabels([self.tr("#"), self.tr("Item"), self.tr("Answer")])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.verticalHeader().setVisible(False)
        self.items.setWordWrap(True)
        self.items.setAccessibleName(self.tr("Items"))
        for row, item in enumerate(found.items):
            self.items.setItem(row, 0, QTableWidgetItem(str(row + 1)))
            self.items.setItem(row, 1, QTableWidgetItem(item.text))
            self.items.setItem(row, 2, QTableWidgetItem(""))
        self.items.setColumnWidth(0, 30)
        self.items.setColumnWidth(2, 240)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # A long item wraps onto a second line rather than being cut.
        self.items.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items.installEventFilter(self)
        self.keys = QLabel(self)
        self.keys.setWordWrap(True)

        self.running = QLabel(self)
        self.running.setAccessibleName(self.tr("Total"))
        big = QFont(self.running.font())
        big.setBold(True)
        self.running.setFont(big)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setFont(big)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        form = QFormLayout()
        for text, field in (
            (self.tr("&Date:"), self.on_date),
            (self.tr("Scored &by:"), self.scored_by),
        ):
            label = QLabel(text, self)
            name_from_label(label, field)
            form.addRow(label, field)
        paper = QHBoxLayout()
        paper.addWidget(self.total_only)
        paper.addWidget(self.total)
        paper.addStretch(1)
        comment_label = QLabel(self.tr("C&omment:"), self)
        name_from_label(comment_label, self.comment)
        comment_row = QHBoxLayout()
        comment_row.addWidget(comment_label)
        comment_row.addWidget(self.comment, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        source = QLabel(f"{found.name} · {found.source}", self)
        source.setWordWrap(True)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self.keys)
        layout.addWidget(self.items, 1)
        layout.addLayout(paper)
        layout.addWidget(self.running)
        layout.addWidget(self.warning)
        layout.addLayout(comment_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        if found.totals_only:
            self.total_only.setChecked(True)
            self.total_only.setEnabled(False)
            self.items.setVisible(False)
            self.keys.setText(
                self.tr("Its text is licensed: carebook keeps its total, date and version only.")
            )
        else:
            self.keys.setText(
                (
                    self.tr("Type each item's points (a digit)")
                    if self.by_points
                    else self.tr("Type each answer's number (1, 2, …)")
                )
                + self.tr("; Left and Right change an answer, Up and Down move.")
            )
            self.total_only.setChecked(bool(old) and not self.answers)
        if old is not None:
            self.total.setValue(old.total)
        self.total_only.toggled.connect(self._follow_total_only)
        self.total.valueChanged.connect(lambda _v: self._show())
        self._follow_total_only()
        for row in range(len(found.items)):
            self._show_answer(row)
        self.resize(760, 600)
        if found.totals_only:
            self.total.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.items.setCurrentCell(0, 2)
            self.items.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- answering -------------------------------------------------------------------------------

    def _follow_total_only(self) -> None:
        on = self.total_only.isChecked()
        self.items.setEnabled(not on)
        self.total.setEnabled(on)
        self._show()

    def answer(self, row: int, points: int) -> None:
        """Answer item `row` with `points` (one of its answers' points)."""
        item = self.instrument.items[row]
        if points not in [a.points for a in item.answers]:
            return
        self.answers[item.id] = points
        self._show_answer(row)
        self._show()

    def _show_answer(self, row: int) -> None:
        item = self.instrument.items[row]
        points = self.answers.get(item.id)
        label = next((a.label for a in item.answers if a.points == points), "")
        cell = self.items.item(row, 2)
        if cell is not None:
            cell.setText(f"{points} — {label}" if points is not None else "—")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.items
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        row = self.items.currentRow()
        if not 0 <= row < len(self.instrument.items):
            return False
        item = self.instrument.items[row]
        text = event.text()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            if self.by_points:
                chosen = digit
            elif 1 <= digit <= len(item.answers):
                chosen = item.answers[digit - 1].points
            else:
                return True
            if chosen in [a.points for a in item.answers]:
                self.answer(row, chosen)
                if row + 1 < len(self.instrument.items):
                    self.items.setCurrentCell(row + 1, 2)
            return True
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            points = [a.points for a in item.answers]
            now = self.answers.get(item.id)
            at = points.index(now) if now in points else -1
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            self.answer(row, points[max(0, min(len(points) - 1, at + step))])
            return True
        return False

    def _show(self) -> None:
        found = self.instrument
        urgent: list[str] = []
        if self.total_only.isChecked():
            total = self.total.value()
            missing = 0
        else:
            total = sum(self.answers.values())
            missing = len(found.items) - len(self.answers)
            for flag in found.flags:
                if self.answers.get(flag.item, -1) >= flag.at_least:
                    number = next(
                        n for n, item in enumerate(found.items, 1) if item.id == flag.item
                    )
                    urgent.append(
                        self.tr("⚠ Item %d answered %d: %s.")
                        % (number, self.answers[flag.item], flag.text)
                        + (
                            self.tr(" Saving makes an urgent task to follow up today.")
                            if flag.urgent and self.old is None
                            else ""
                        )
                    )
        band = band_of(found, total)
        if missing:
            self.running.setText(
                self.tr("So far %d of %d · %d items not answered") % (total, found.high, missing)
            )
        else:
            self.running.setText(
                self.tr("Total %d of %d — %s") % (total, found.high, band.label if band else "")
            )
        self.warning.setText("\n".join(urgent))
        self.warning.setVisible(bool(urgent))

    # -- keeping ---------------------------------------------------------------------------------

    def typed_result(self) -> AssessmentResult:
        picked = self.on_date.date().toPython()
        assert isinstance(picked, date)
        base = self.old or AssessmentResult(
            patient_id=self.patient_id, instrument=self.instrument.id, on_date=picked, total=0
        )
        return replace(
            base,
            id=None if self.old else base.id,
            on_date=picked,
            scored_by=self.scored_by.text().strip(),
            comment=self.comment.text().strip(),
            superseded=False,
        )

    def accept(self) -> None:
        paper = self.total_only.isChecked()
        answers = None if paper else dict(self.answers)
        total = self.total.value() if paper else None
        try:
            result = self.typed_result()
            if self.old is None:
                self.kept = record_assessment(
                    self.caseload,
                    self.tr("Record %s") % self.instrument.short,
                    result,
                    answers,
                    total,
                )
            else:
                self.kept = correct_assessment(
                    self.caseload,
                    self.tr("Correct %s") % self.instrument.short,
                    self.old,
                    result,
                    answers,
                    total,
                )
        except (ValidationError, SaveError, LookupError) as error:
            self.problem.setText(str(error))
            self.problem.setVisible(True)
            field = getattr(error, "field", "")
            rows = [n for n, item in enumerate(self.instrument.items) if item.id == field]
            if rows:
                self.items.setCurrentCell(rows[0], 2)
                self.items.setFocus(Qt.FocusReason.OtherFocusReason)
            elif field == "total":
                self.total.setFocus(Qt.FocusReason.OtherFocusReason)
            elif field == "on_date":
                self.on_date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def assess(
    caseload: Caseload,
    patient_id: int,
    parent: QWidget,
    found: Instrument | None = None,
    old: AssessmentResult | None = None,
) -> Scored | None:
    """Score an instrument (chosen first when not given) or correct a result; what was kept."""
    if old is not None:
        found = instrument(old.instrument)
    if found is None:
        found = choose_instrument(parent)
        if found is None:
            return None
    dialog = AssessmentDialog(caseload, patient_id, found, old, parent)
    try:
        dialog.exec()
        kept = dialog.kept
    finally:
        dialog.deleteLater()
    if kept is not None and kept.task is not None:
        caseload.status_message.emit(
            translate("AssessmentDialog", "Urgent task made: %s") % kept.task.title
        )
    return kept
