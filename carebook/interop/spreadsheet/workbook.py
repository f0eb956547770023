"""Reading an Excel workbook (.xlsx) for import: the header, then every row to the sheet's end.

openpyxl's read-only mode streams the rows without holding the workbook in memory; it trusts
the size the sheet records for itself, which some programs record too small, so the sheet is
read to its real last row instead.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from carebook.core.words import translate
from carebook.interop.spreadsheet import sheet as sheets  # MAX_ROWS read when used
from carebook.interop.spreadsheet.sheet import (
    Cell,
    SourceRow,
    Spreadsheet,
    SpreadsheetError,
    clean_header,
    open_file,
    too_many,
    trim_header,
)


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    """The workbook opened for reading as a stream (openpyxl's read-only mode), whatever the
    file's name says, closed after use."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # no stubs shipped

    # openpyxl warns on stderr, in its own words and with its source file, of what it makes of
    # odd cells (a date cell whose number is past any calendar reads "#VALUE!"): the rows'
    # checks say what is wrong with such a cell, by row and column.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
    with open_file(path) as handle:
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged or foreign zip
            raise SpreadsheetError(
                translate(
                    "SpreadsheetImport",
                    "{file} cannot be read as an Excel workbook ({error}); save it again from "
                    "the spreadsheet as .xlsx or CSV.",
                ).format(file=path.name, error=error)
            ) from None
        try:
            yield book
        finally:
            book.close()


def open_xlsx(path: Path, sheet: str | None) -> Spreadsheet:
    with _workbook(path) as book:
        names = [ws.title for ws in book.worksheets]
        if not names:
            raise SpreadsheetError(
                translate("SpreadsheetImport", "{file} has no worksheet.").format(file=path.name)
            )
        if sheet is not None and sheet not in names:
            raise SpreadsheetError(
                translate(
                    "SpreadsheetImport", "{file} has no sheet {sheet}; its sheets are {sheets}."
                ).format(file=path.name, sheet=repr(sheet), sheets=", ".join(map(repr, names)))
            )
        ws = book[sheet or names[0]]
        recorded = ws.max_row or 0
        ws.reset_dimensions()  # the size the sheet records may be too small: read to its end
        header: list[str] = []
        header_row = 0
        for number, cells in enumerate(ws.iter_rows(), start=1):
            values = [_xlsx_value(cell) for cell in cells]
            if any(value not in (None, "") for value in values):
                header = trim_header([clean_header(_header_text(v)) for v in values])
                header_row = number
                break
        if not header:
            raise SpreadsheetError(
                translate("SpreadsheetImport", "The sheet {sheet} of {file} is empty.").format(
                    sheet=repr(ws.title), file=path.name
                )
            )
        return Spreadsheet(
            path=path,
            format="xlsx",
            header=header,
            header_row=header_row,
            sheet=ws.title,
            sheet_names=names,
            estimated_rows=max(recorded - header_row, 0),
            read_rows=xlsx_rows,
        )


def _header_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_rows(sheet: Spreadsheet) -> Iterator[SourceRow]:
    width = len(sheet.header)
    number = sheet.header_row
    with _workbook(sheet.path) as book:
        ws = book[sheet.sheet]
        # Read to the sheet's last row, not to the size it records: some programs record too
        # small a size, and the rows past it were silently left out. Without that size, a row
        # comes only as wide as its last cell: the cells past it are empty.
        ws.reset_dimensions()
        rows = ws.iter_rows(min_row=sheet.header_row + 1)
        while True:
            try:
                cells = next(rows, None)
            except Exception as error:  # openpyxl raises many kinds for a damaged sheet
                raise SpreadsheetError(
                    translate(
                        "SpreadsheetImport",
                        "{file}: row {row} of the sheet {sheet} cannot be read ({error}); save "
                        "the workbook again from the spreadsheet, or as CSV.",
                    ).format(
                        file=sheet.path.name,
                        row=number + 1,
                        sheet=repr(sheet.sheet),
                        error=type(error).__name__,
                    )
                ) from None
            if cells is None:
                return
            number += 1
            if number - sheet.header_row > sheets.MAX_ROWS:
                raise too_many(sheet)
            values = [_xlsx_value(cell) for cell in cells]
            values.extend([None] * (width - len(values)))
            yield SourceRow(number, values)


_ZERO_PADDED = re.compile(r"0+")


def _xlsx_value(cell: Any) -> Cell:
    """The cell's value; a whole number shown zero-padded (format "00000") as that text."""
    value = getattr(cell, "value", None)
    if isinstance(value, int | float) and not isinstance(value, bool):
        shown = getattr(cell, "number_format", "") or ""
        if _ZERO_PADDED.fullmatch(shown) and float(value).is_integer():
            return str(int(value)).zfill(len(shown))
    if isinstance(value, str | int | float | bool | datetime | date | time) or value is None:
        return value
    return str(value)
