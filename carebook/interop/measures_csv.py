"""A patient's measures and assessment totals as one CSV file, a row per reading or result.

The file is RFC 4180 with a byte-order mark and CRLF line ends (as the business's CSV files);
its columns are listed in docs/measures_csv.md. Values are in the stored unit (kg, °C, mg/dL)
as plain decimals ("74.8427"); dates are ISO, times HH:MM. Text a spreadsheet would take for
a formula is neutralised; numbers are written as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from carebook.core.clinical_records import AssessmentResult, MeasureKind, Measurement
from carebook.core.instruments import instruments
from carebook.core.measures import BY_ID
from carebook.interop.csv_export import neutralise
from carebook.reports import write_text

if TYPE_CHECKING:
    from pathlib import Path

    from carebook.store.caseload import Store

HEADER = (
    "date",
    "time",
    "measure",
    "name",
    "value",
    "second",
    "unit",
    "band",
    "flags",
    "note",
    "reason",
)
#: What a measurement's band says when its vital has a normal range.
BELOW, NORMAL, ABOVE = "below normal", "normal", "above normal"
#: The flag of a reading kept although it looked like a typo (its reason in `reason`).
KEPT_ANYWAY = "kept although doubtful"
#: The unit of an assessment's total.
POINTS = "points"

#: A value written as it is: a number ("-5", "74.8427").
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class MeasureRow:
    """One row of the file: a reading or an assessment result."""

    date: str
    time: str
    measure: str
    name: str
    value: str
    second: str
    unit: str
    band: str
    flags: str
    note: str
    reason: str

    def cells(self) -> tuple[str, ...]:
        return (
            self.date,
            self.time,
            self.measure,
            self.name,
            self.value,
            self.second,
            self.unit,
            self.band,
            self.flags,
            self.note,
            self.reason,
        )


def number(value: float) -> str:
    """72.0 -> "72", 74.84270 -> "74.8427": at most four decimals, no trailing zeros."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _band(low_high: tuple[float, float] | None, value: float) -> str:
    if low_high is None:
        return ""
    low, high = low_high
    return BELOW if value < low else ABOVE if value > high else NORMAL


def _worst(first: str, second: str) -> str:
    """Blood pressure's band: out of range when either number is."""
    for said in (ABOVE, BELOW):
        if said in (first, second):
            return said
    return first


def reading_row(reading: Measurement, custom: dict[str, MeasureKind]) -> MeasureRow:
    """A reading as its row: the vital's id (or the coordinator's measure's name), in the
    stored unit, with its place against the normal range."""
    vital = BY_ID.get(reading.kind)
    if vital is not None:
        measure, name, unit = vital.id, vital.name, vital.unit
        band = _band(vital.normal, reading.value)
        if vital.second_name and reading.second is not None:
            band = _worst(band, _band(vital.second_normal, reading.second))
    else:
        kind = custom.get(reading.kind)
        measure = name = kind.name if kind is not None else reading.kind
        unit = kind.unit if kind is not None else reading.entered_unit
        normal = (
            (kind.normal_low, kind.normal_high)
            if kind is not None and kind.normal_low is not None and kind.normal_high is not None
            else None
        )
        band = _band(normal, reading.value)
    return MeasureRow(
        date=reading.taken_at.date().isoformat(),
        time=f"{reading.taken_at:%H:%M}",
        measure=measure,
        name=name,
        value=number(reading.value),
        second="" if reading.second is None else number(reading.second),
        unit=unit,
        band=band,
        flags=KEPT_ANYWAY if reading.override_reason.strip() else "",
        note=reading.note,
        reason=reading.override_reason,
    )


def result_row(result: AssessmentResult) -> MeasureRow:
    """An assessment result as its row: the instrument's id, its total in points, its band."""
    names = {found.id: found.short for found in instruments()}
    return MeasureRow(
        date=result.on_date.isoformat(),
        time="",
        measure=result.instrument,
        name=names.get(result.instrument, result.instrument),
        value=str(result.total),
        second="",
        unit=POINTS,
        band=result.band,
        flags=result.flags,
        note=result.comment,
        reason="",
    )


def measure_rows(
    readings: Sequence[Measurement],
    results: Sequence[AssessmentResult],
    kinds: Sequence[MeasureKind],
) -> list[MeasureRow]:
    """Every reading and current result as rows, oldest first (a result, which has a day but
    no time, first on its day)."""
    custom = {f"custom:{kind.id}": kind for kind in kinds}
    rows = [reading_row(reading, custom) for reading in readings]
    rows += [result_row(result) for result in results]
    return sorted(rows, key=lambda row: (row.date, row.time))


def csv_text(rows: Sequence[MeasureRow]) -> str:
    """The rows as CSV text: a byte-order mark, CRLF line ends, text neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(
            [cell if _NUMBER.fullmatch(cell) else neutralise(cell) for cell in row.cells()]
        )
    return "\ufeff" + buffer.getvalue()


def measures_csv(store: Store, patient_id: int) -> str:
    """The patient's measures and assessment totals as CSV text (see docs/measures_csv.md)."""
    rows = measure_rows(
        store.measurements.readings(patient_id),
        store.assessments.results(patient_id),
        store.measurements.measure_kinds(),
    )
    return csv_text(rows)


def write_measures_csv(path: Path, store: Store, patient_id: int) -> None:
    """Write the patient's file whole or not at all, owner-only (it is health information)."""
    write_text(path, measures_csv(store, patient_id))
