"""The import wizard's columns page: what each column of the file is imported as, and date order."""

from __future__ import annotations

import time
from itertools import islice

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carebook.core.calendar_words import month_name
from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import CellProblem, DateOrder, parse_moment, text_of
from carebook.interop.spreadsheet.column_spec import ValueType
from carebook.interop.spreadsheet.columns import (
    IGNORE,
    ColumnMapping,
    MappingError,
    check_mapping,
    fields_for,
    propose_mapping,
)
from carebook.interop.spreadsheet.plan import (
    DateOrderFinding,
    DateOrderQuestion,
    ImportCancelled,
    find_date_order,
)
from carebook.interop.spreadsheet.sheet import Spreadsheet, SpreadsheetError
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.import_wizard.import_state import PAGE_CHECK, ImportState
from carebook.ui.widgets.accessible import name_from_label

#: Rows read to show each column's first values.
SAMPLE_ROWS = 20
#: Values shown per column.
SAMPLES = 3
#: How long looking for the date order may hold the window up, in seconds: on a file too long
#: for that, the check on the next page judges it instead (and comes back here to ask).
ORDER_BUDGET = 0.4


def samples(source: Spreadsheet) -> list[str]:
    """Each column's first few different values, "a · b · c", read from the top of the file."""
    seen: list[list[str]] = [[] for _ in source.header]
    try:
        for row in islice(source.rows(), SAMPLE_ROWS):
            for column, cell in enumerate(row.cells[: len(seen)]):
                text = text_of(cell)
                if text and text not in seen[column] and len(seen[column]) < SAMPLES:
                    seen[column].append(text)
    except (SpreadsheetError, OSError, ValueError):
        pass  # the check names the row; the columns can still be chosen
    return [" · ".join(values) for values in seen]


def reading(example: str, order: DateOrder) -> str:
    """How `example` reads in `order`: "3 April 1941", or why it is no date that way."""
    try:
        moment = parse_moment(example, order)
    except CellProblem:
        return translate("import_wizard", "not a date")
    if moment is None:
        return ""
    day = moment[0]
    return translate("import_wizard", "{day} {month} {year}").format(
        day=day.day, month=month_name(day.month), year=day.year
    )


class ColumnsPage(QWizardPage):
    """One line per column of the file: its header, first values, and a choice of field."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose what each column of the file holds. The choices come from the column "
                "names; columns set to “Do not import” are left out."
            )
        )
        self.combos: list[QComboBox] = []
        self._proposed_for: tuple[int, str] | None = None
        self.question: DateOrderQuestion | None = None

        self.table_area = QScrollArea(self)
        self.table_area.setWidgetResizable(True)
        self.table_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.table_area.setBackgroundRole(QPalette.ColorRole.Base)
        # The keys go to the lists inside, and the area scrolls to the one with the focus.
        self.table_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.mapping_message = FieldMessage(self)
        self.order_note = FieldMessage(self)
        self.dates = QGroupBox(self.tr("How does this file write dates?"), self)
        self.dates_text = QLabel(self.dates)
        self.dates_text.setWordWrap(True)
        self.dates_text.setTextFormat(Qt.TextFormat.PlainText)
        self.day_first = QRadioButton(self.dates)
        self.month_first = QRadioButton(self.dates)
        self.order_buttons = QButtonGroup(self)
        self.order_buttons.addButton(self.day_first)
        self.order_buttons.addButton(self.month_first)
        self.order_buttons.buttonToggled.connect(lambda *_args: self.completeChanged.emit())
        dates_layout = QVBoxLayout(self.dates)
        dates_layout.addWidget(self.dates_text)
        dates_layout.addWidget(self.day_first)
        dates_layout.addWidget(self.month_first)
        self.dates.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table_area, 1)
        layout.addWidget(self.mapping_message)
        layout.addWidget(self.order_note)
        layout.addWidget(self.dates)

    # -- building the table ------------------------------------------------------------------

    def initializePage(self) -> None:
        source = self.state.source
        assert source is not None
        key = (id(source), self.state.kind.value)
        if key != self._proposed_for:
            self._proposed_for = key
            self.state.mapping = propose_mapping(source.header, self.state.kind)
            self.question = None
            self.order_buttons.setExclusive(False)
            self.day_first.setChecked(False)
            self.month_first.setChecked(False)
            self.order_buttons.setExclusive(True)
            self._build(source)
            self._mapping_changed(look_at_dates=True)
        if self.combos:
            self.combos[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def cleanupPage(self) -> None:
        """Going back keeps the choices: they are offered again unless the file or kind
        changes."""

    def _build(self, source: Spreadsheet) -> None:
        host = QWidget()
        host.setBackgroundRole(QPalette.ColorRole.Base)
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        bold = QFont(host.font())
        bold.setBold(True)
        for column, title in enumerate(
            (self.tr("Column in the file"), self.tr("First values"), self.tr("Import as"))
        ):
            label = QLabel(title, host)
            label.setFont(bold)
            grid.addWidget(label, 0, column)
        line = QFrame(host)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)
        choices = [(self.tr("Do not import"), IGNORE)] + [
            (spec.label, spec.name) for spec in fields_for(self.state.kind)
        ]
        self.combos = []
        values = samples(source)
        for column, header in enumerate(source.header):
            name = QLabel(header or self.tr("(column %d, no name)") % (column + 1), host)
            name.setTextFormat(Qt.TextFormat.PlainText)
            example = QLabel(host)
            example.setTextFormat(Qt.TextFormat.PlainText)
            example.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            full = values[column] if column < len(values) else ""
            example.setText(full)
            example.setToolTip(full)
            example.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            combo = QComboBox(host)
            for text, field_name in choices:
                combo.addItem(text, field_name)
            combo.setAccessibleName(self.tr("Import %s as") % (header or column + 1))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            chosen = self.state.mapping.get(column, IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            name_from_label(name, combo)
            grid.addWidget(name, column + 2, 0)
            grid.addWidget(example, column + 2, 1)
            grid.addWidget(combo, column + 2, 2)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(source.header) + 2, 1)
        self.table_area.setWidget(host)
        if self.combos:  # Tab goes down the lists, then to the date question
            QWidget.setTabOrder(self.combos[-1], self.day_first)
            QWidget.setTabOrder(self.day_first, self.month_first)

    # -- the mapping and the dates -----------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        return {
            column: str(combo.currentData())
            for column, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def choose(self, header: str, field_name: str) -> None:
        """Set the column named `header` to `field_name` (IGNORE: "Do not import")."""
        source = self.state.source
        assert source is not None
        combo = self.combos[source.header.index(header)]
        index = combo.findData(field_name)
        if index < 0:
            raise LookupError(f"{field_name!r} is not offered for {self.state.kind.value}")
        combo.setCurrentIndex(index)

    def _mapping_changed(self, *, look_at_dates: bool = False) -> None:
        source = self.state.source
        if source is None:
            return
        before = self.state.mapping
        mapping = self.mapping()
        self.state.mapping = mapping
        self.state.plan = None
        try:
            check_mapping(source.header, self.state.kind, mapping)
        except MappingError as error:
            self.mapping_message.show_error(str(error))
        else:
            self.mapping_message.clear()
            if look_at_dates or self._dates_of(before) != self._dates_of(mapping):
                self._look_at_dates(source, mapping)
        self.completeChanged.emit()

    def _dates_of(self, mapping: ColumnMapping) -> dict[int, str]:
        dated = {spec.name for spec in fields_for(self.state.kind) if spec.value is ValueType.DATE}
        return {column: name for column, name in mapping.items() if name in dated}

    def _look_at_dates(self, source: Spreadsheet, mapping: ColumnMapping) -> None:
        """Read the date columns (for a moment at most) to see whether the order must be asked."""
        deadline = time.monotonic() + ORDER_BUDGET
        try:
            finding: DateOrderFinding | None = find_date_order(
                source, self.state.kind, mapping, cancelled=lambda: time.monotonic() > deadline
            )
        except (ImportCancelled, SpreadsheetError, OSError, ValueError):
            finding = None  # a long file or a fault on the way: the check judges it
        if finding is not None and finding.question is not None:
            self.ask(finding.question)
            return
        self.question = None
        self.dates.setVisible(False)
        if finding is not None and finding.order is not None and finding.shown_by is not None:
            text, row = finding.shown_by
            self.order_note.show_note(
                self.tr("Dates are read as {order}, as {text} on row {row} shows.").format(
                    order=finding.order.label, text=repr(text), row=row
                )
            )
        else:
            self.order_note.clear()

    def ask(self, question: DateOrderQuestion) -> None:
        """Show the question about the date order; Next waits for an answer."""
        self.question = question
        self.order_note.clear()
        example = question.example
        self.dates_text.setText(question.message)  # in the chosen language already
        self.day_first.setText(
            self.tr("&Day first, day/month/year: {example} is {day}").format(
                example=example, day=reading(example, DateOrder.DMY)
            )
        )
        self.month_first.setText(
            self.tr("&Month first, month/day/year: {example} is {day}").format(
                example=example, day=reading(example, DateOrder.MDY)
            )
        )
        self.dates.setVisible(True)
        self.completeChanged.emit()

    def chosen_order(self) -> DateOrder | None:
        if self.day_first.isChecked():
            return DateOrder.DMY
        if self.month_first.isChecked():
            return DateOrder.MDY
        return None

    def isComplete(self) -> bool:
        if self.state.source is None or self.mapping_message.is_error:
            return False
        return self.question is None or self.chosen_order() is not None

    def validatePage(self) -> bool:
        self.state.mapping = self.mapping()
        self.state.date_order = self.chosen_order() if self.question is not None else None
        self.state.question = None
        return True

    def nextId(self) -> int:
        return PAGE_CHECK
