"""A patient's record's Measures tab: the latest of each vital sign (with BMI) and of each
instrument, the assessments' results with their versions, and the chosen one's trend chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.calendar_words import day_text
from carebook.core.clinical_records import AssessmentResult, MeasureKind, Measurement
from carebook.core.errors import ValidationError
from carebook.core.instruments import instrument
from carebook.core.list_columns import Column
from carebook.core.measures import BY_ID, shown
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.reports.trends import instrument_series, measure_series
from carebook.ui.charts.trend_chart import TrendChart
from carebook.ui.commands import Caseload
from carebook.ui.forms.assessment_form import assess
from carebook.ui.forms.measure_form import add_reading, define_measure
from carebook.ui.forms.record_editor import attempt, confirm_delete
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_look import configure_table, size_columns
from carebook.ui.widgets.table_model import FixedSource, RecordTableModel


@dataclass(frozen=True, slots=True, kw_only=True)
class LatestRow:
    """The latest of one measure or instrument: what it is, its value in words, and when."""

    id: int
    key: str  # "bp", "custom:3", "phq-9"; "bmi" for the worked-out BMI
    measure: str
    value: str
    when: date | None
    note: str
    doubtful: bool = False
    #: The reading shown (None for BMI and an instrument's latest total).
    reading_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ResultRow:
    """One assessment result as the list shows it."""

    id: int
    on_date: date
    instrument: str
    total: int
    band: str
    flags: str
    scored_by: str
    version: str
    superseded: bool
    result: AssessmentResult


def _day(value: date | None) -> str:
    return day_text(value) if value else ""


LATEST_COLUMNS = (
    Column(
        "measure",
        QT_TRANSLATE_NOOP("PatientMeasures", "Measure"),
        width=22,
        context="PatientMeasures",
    ),
    Column(
        "value", QT_TRANSLATE_NOOP("PatientMeasures", "Latest"), width=18, context="PatientMeasures"
    ),
    Column(
        "when",
        QT_TRANSLATE_NOOP("PatientMeasures", "On"),
        _day,
        width=12,
        context="PatientMeasures",
    ),
    Column(
        "note",
        QT_TRANSLATE_NOOP("PatientMeasures", "Note"),
        width=20,
        stretch=True,
        context="PatientMeasures",
    ),
)
RESULT_COLUMNS = (
    Column(
        "on_date",
        QT_TRANSLATE_NOOP("PatientMeasures", "Date"),
        _day,
        width=12,
        context="PatientMeasures",
    ),
    Column(
        "instrument",
        QT_TRANSLATE_NOOP("PatientMeasures", "Instrument"),
        width=14,
        context="PatientMeasures",
    ),
    Column(
        "total",
        QT_TRANSLATE_NOOP("PatientMeasures", "Total"),
        str,
        width=6,
        align_right=True,
        context="PatientMeasures",
    ),
    Column(
        "band", QT_TRANSLATE_NOOP("PatientMeasures", "Band"), width=18, context="PatientMeasures"
    ),
    Column(
        "flags",
        QT_TRANSLATE_NOOP("PatientMeasures", "Flags"),
        width=16,
        badge=True,
        context="PatientMeasures",
    ),
    Column(
        "scored_by", QT_TRANSLATE_NOOP("PatientMeasures", "By"), width=14, context="PatientMeasures"
    ),
    Column(
        "version",
        QT_TRANSLATE_NOOP("PatientMeasures", "Version"),
        width=10,
        stretch=True,
        context="PatientMeasures",
    ),
)


def reading_text(reading: Measurement, custom: dict[str, MeasureKind]) -> str:
    """A reading in the unit it was typed in: "128/82 mmHg", "165.3 lb"."""
    vital = BY_ID.get(reading.kind)
    if vital is not None:
        return shown(vital, reading.value, reading.second, reading.entered_unit)
    kind = custom.get(reading.kind)
    return f"{reading.value:g} {kind.unit if kind else ''}".strip()


def latest_rows(caseload: Caseload, patient_id: int) -> list[LatestRow]:
    """Each vital sign's and own measure's latest reading, BMI, then each instrument's latest."""
    store = caseload.store
    custom = {f"custom:{k.id}": k for k in store.measurements.measure_kinds()}
    latest = store.measurements.latest(patient_id)
    rows: list[LatestRow] = []
    order = [*BY_ID, *sorted(k for k in latest if k not in BY_ID)]
    for key in order:
        reading = latest.get(key)
        if reading is None:
            continue
        vital = BY_ID.get(key)
        name = vital.label if vital else custom[key].name if key in custom else key
        rows.append(
            LatestRow(
                id=len(rows),
                key=key,
                measure=name,
                value=reading_text(reading, custom) + (" ⚠" if reading.override_reason else ""),
                when=reading.taken_at.date(),
                note=reading.override_reason or reading.note,
                doubtful=bool(reading.override_reason),
                reading_id=reading.id,
            )
        )
        if key == "weight":
            bmi = store.measurements.bmi_of(patient_id)
            if bmi is not None:
                rows.append(
                    LatestRow(
                        id=len(rows),
                        key="bmi",
                        measure=translate("PatientMeasures", "BMI"),
                        value=f"{bmi:.1f} kg/m²",
                        when=reading.taken_at.date(),
                        note=translate("PatientMeasures", "From the latest weight and height"),
                    )
                )
    by_instrument: dict[str, AssessmentResult] = {}
    for result in store.assessments.results(patient_id):
        by_instrument[result.instrument] = result  # oldest first: the last is the latest
    for key, result in by_instrument.items():
        rows.append(
            LatestRow(
                id=len(rows),
                key=key,
                measure=_short(key),
                value=f"{result.total}" + (f" — {result.band}" if result.band else ""),
                when=result.on_date,
                note=result.flags,
                doubtful=bool(result.flags),
            )
        )
    return rows


def _short(instrument_id: str) -> str:
    try:
        return instrument(instrument_id).short
    except ValidationError:  # a result of an instrument this version does not ship
        return instrument_id


def result_rows(caseload: Caseload, patient_id: int, older: bool) -> list[ResultRow]:
    """The patient's results, newest first; superseded versions too when `older`."""
    results = caseload.store.assessments.results(patient_id, with_superseded=older)
    return [
        ResultRow(
            id=r.id or 0,
            on_date=r.on_date,
            instrument=_short(r.instrument),
            total=r.total,
            band=r.band,
            flags=r.flags,
            scored_by=r.scored_by,
            version=(
                translate("PatientMeasures", "superseded")
                if r.superseded
                else translate("PatientMeasures", "corrected")
                if r.replaces_id
                else ""
            ),
            superseded=r.superseded,
            result=r,
        )
        for r in reversed(results)
    ]


def _table(parent: QWidget, columns: tuple[Column, ...], name: str) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    configure_table(table)
    return table


class PatientMeasures(QWidget):
    """The Measures tab; follows every change (the record refreshes it)."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.caseload = caseload
        self.patient_id = patient_id
        self.latest_model = RecordTableModel(
            LATEST_COLUMNS,
            FixedSource(),
            lambda row: Emphasis.ALERT if row.doubtful else Emphasis.NONE,
            self,
        )
        self.latest = _table(self, LATEST_COLUMNS, self.tr("Latest measures"))
        self.latest.setModel(self.latest_model)
        size_columns(self.latest, LATEST_COLUMNS)
        self.results_model = RecordTableModel(
            RESULT_COLUMNS,
            FixedSource(),
            lambda row: (
                Emphasis.MUTED if row.superseded else Emphasis.ALERT if row.flags else Emphasis.NONE
            ),
            self,
        )
        self.results = _table(self, RESULT_COLUMNS, self.tr("Assessment results"))
        self.results.setModel(self.results_model)
        size_columns(self.results, RESULT_COLUMNS)
        self.empty = QLabel(
            self.tr("No readings or assessments yet: Add reading… or Assess… to begin."), self
        )
        self.empty.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add &reading…"), self)
        self.add_button.clicked.connect(self.add_reading)
        self.assess_button = QPushButton(self.tr("A&ssess…"), self)
        self.assess_button.clicked.connect(self.assess)
        self.correct_button = QPushButton(self.tr("&Correct…"), self)
        self.correct_button.clicked.connect(self.correct)
        self.define_button = QPushButton(self.tr("Define a &measure…"), self)
        self.define_button.clicked.connect(self.define_measure)
        self.older = QCheckBox(self.tr("Show &older versions"), self)
        self.older.toggled.connect(lambda _on: self.refresh())

        self.chart_title = QLabel(self)
        bold = QFont(self.chart_title.font())
        bold.setBold(True)
        self.chart_title.setFont(bold)
        self.chart = TrendChart(self)
        self.chart_area = QVBoxLayout()
        self.chart_area.addWidget(self.chart_title)
        self.chart_area.addWidget(self.chart, 1)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.assess_button, self.define_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        result_bar = QHBoxLayout()
        result_bar.addWidget(self.correct_button)
        result_bar.addStretch(1)
        result_bar.addWidget(self.older)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(QLabel(self.tr("Latest"), left))
        left_layout.addWidget(self.latest, 2)
        left_layout.addWidget(QLabel(self.tr("Assessments"), left))
        left_layout.addWidget(self.results, 3)
        left_layout.addLayout(result_bar)
        right = QWidget(self)
        right.setLayout(self.chart_area)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.latest.selectionModel().currentChanged.connect(lambda *_: self._chart_latest())
        # A reading typed wrong is taken back with Delete on it (undoable): the one before it
        # becomes the latest again.
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.latest)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.delete_reading)
        self.latest.setToolTip(self.tr("Delete takes back the chosen latest reading"))
        self.results.selectionModel().currentChanged.connect(lambda *_: self._chart_result())
        self.results.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self._charted = ""
        self._chart_stale = False
        self.chart_title.setText(self.tr("Choose a measure or a result to see its trend."))

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        latest_row = self.latest.currentIndex().row()
        result_row = self.results.currentIndex().row()
        latest = latest_rows(self.caseload, self.patient_id)
        results = result_rows(self.caseload, self.patient_id, self.older.isChecked())
        self.latest_model.set_rows(latest)
        self.results_model.set_rows(results)
        self.empty.setVisible(not latest and not results)
        if latest:
            self.latest.selectRow(min(max(latest_row, 0), len(latest) - 1))
        if results and result_row >= 0:
            self.results.selectRow(min(result_row, len(results) - 1))
        if self._charted:
            self.show_chart(self._charted)
        elif latest:
            self._chart_latest()
        self._enable()

    def _enable(self) -> None:
        row = self.selected_result()
        self.correct_button.setEnabled(row is not None and not row.superseded)

    def selected_result(self) -> ResultRow | None:
        index = self.results.currentIndex()
        row = self.results_model.row(index.row()) if index.isValid() else None
        return row if isinstance(row, ResultRow) else None

    def _chart_latest(self) -> None:
        index = self.latest.currentIndex()
        row = self.latest_model.row(index.row()) if index.isValid() else None
        if isinstance(row, LatestRow) and row.key != "bmi":
            self.show_chart(row.key)

    def _chart_result(self) -> None:
        row = self.selected_result()
        if row is not None:
            self.show_chart(row.result.instrument)

    def show_chart(self, key: str) -> None:
        """The trend chart of a measure ("weight", "custom:3") or an instrument ("phq-9"), in
        the unit its latest reading was typed in."""
        self._charted = key
        if not self.isVisible():
            self._chart_stale = True  # drawn when the tab is shown: the record opens quickly
            return
        self._chart_stale = False
        store = self.caseload.store
        if key in BY_ID or key.startswith("custom:"):
            latest = store.measurements.latest(self.patient_id).get(key)
            unit = latest.entered_unit if latest is not None and key in BY_ID else ""
            series = measure_series(store, self.patient_id, key, unit)
        else:
            series = instrument_series(store, self.patient_id, key)
        self.chart_title.setText(series.title)
        self.chart.show_series(series)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_stale and self._charted:
            self.show_chart(self._charted)

    # -- acting ----------------------------------------------------------------------------------

    def delete_reading(self) -> None:
        """Delete the chosen latest reading, after asking (Ctrl+Z brings it back)."""
        index = self.latest.currentIndex()
        row = self.latest_model.row(index.row()) if index.isValid() else None
        if not isinstance(row, LatestRow) or row.reading_id is None:
            return
        reading = self.caseload.store.measurements.reading(row.reading_id)
        what = self.tr("the reading {value} of {measure} on {day}").format(
            value=row.value, measure=row.measure, day=_day(row.when)
        )
        if reading is not None and confirm_delete(self, what):
            attempt(self, lambda: self.caseload.remove(reading, self.tr("Delete reading")))

    def add_reading(self) -> None:
        index = self.latest.currentIndex()
        row = self.latest_model.row(index.row()) if index.isValid() else None
        kind = row.key if isinstance(row, LatestRow) and row.key in BY_ID else ""
        add_reading(self.caseload, self.patient_id, kind, self)

    def assess(self) -> None:
        assess(self.caseload, self.patient_id, self)

    def correct(self) -> None:
        row = self.selected_result()
        if row is None or row.superseded:
            return
        assess(self.caseload, self.patient_id, self, old=row.result)

    def define_measure(self) -> None:
        define_measure(self.caseload, self)
