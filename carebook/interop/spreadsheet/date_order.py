"""Whether a file writes its dates day first or month first, judged from the dates in it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import DateOrder, Shape, date_shape, text_of
from carebook.interop.spreadsheet.column_spec import ValueType
from carebook.interop.spreadsheet.columns import ColumnMapping, ImportKind, spec_of
from carebook.interop.spreadsheet.pacing import CHECK_EVERY, Cancelled, ImportCancelled
from carebook.interop.spreadsheet.plan_results import DateOrderFinding, DateOrderQuestion
from carebook.interop.spreadsheet.sheet import Spreadsheet

#: The shapes of a date that tell something of the file's order.
TELLING_SHAPES = frozenset({Shape.DMY, Shape.MDY, Shape.EITHER})


def find_date_order(
    source: Spreadsheet,
    kind: ImportKind,
    mapping: ColumnMapping,
    cancelled: Cancelled | None = None,
) -> DateOrderFinding:
    """Read the mapped date columns to see whether the file writes day or month first.

    A date whose first number is above 12 shows day/month/year, one whose second is, month/day/
    year. Shown one way only: that order (the note says which row showed it). Shown both ways,
    or not at all while some dates could be read either way: a question for the user. No date
    written day and month first: no order is needed.
    """
    columns = [
        column
        for column, name in mapping.items()
        if name and spec_of(kind, name).value is ValueType.DATE
    ]
    if not columns:
        return DateOrderFinding(None)
    seen: dict[Shape, tuple[int, int, str]] = {}
    for count, row in enumerate(source.rows(), start=1):
        if cancelled is not None and count % CHECK_EVERY == 0 and cancelled():
            raise ImportCancelled
        for column in columns:
            if column >= len(row.cells):
                continue
            shape = date_shape(row.cells[column])
            if shape in TELLING_SHAPES and shape not in seen:
                seen[shape] = (row.number, column, text_of(row.cells[column]))
        if Shape.DMY in seen and Shape.MDY in seen:
            break
    return judge_date_order(seen, source.header)


def judge_date_order(
    seen: Mapping[Shape, tuple[int, int, str]], header: Sequence[str]
) -> DateOrderFinding:
    """The order the first date of each telling shape (row, column, text) shows."""
    if Shape.DMY in seen and Shape.MDY in seen:
        (d_row, d_col, d_text), (m_row, _, m_text) = seen[Shape.DMY], seen[Shape.MDY]
        return DateOrderFinding(
            None,
            DateOrderQuestion(
                header[d_col],
                d_row,
                d_text,
                translate(
                    "SpreadsheetImport",
                    "{day_first} on row {day_row}, {month_first} on row {month_row}",
                ).format(day_first=d_text, day_row=d_row, month_first=m_text, month_row=m_row),
            ),
        )
    for shape, order in ((Shape.DMY, DateOrder.DMY), (Shape.MDY, DateOrder.MDY)):
        if shape in seen:
            row_number, _, text = seen[shape]
            return DateOrderFinding(
                order,
                note=translate(
                    "SpreadsheetImport", "dates read as {order}, as {text} on row {row} shows"
                ).format(order=order.label, text=repr(text), row=row_number),
                shown_by=(text, row_number),
            )
    if Shape.EITHER in seen:
        row_number, column, text = seen[Shape.EITHER]
        return DateOrderFinding(None, DateOrderQuestion(header[column], row_number, text))
    return DateOrderFinding(None)
