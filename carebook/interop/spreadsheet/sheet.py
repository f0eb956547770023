"""A spreadsheet opened for import, CSV or workbook alike: its header, and a reader of its rows."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO

from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: What one cell can hold: text (always, from a CSV), or a workbook's typed value.
Cell = str | int | float | bool | datetime | date | time | None


#: Rows read from one file at most: a caseload is tens to thousands of patients, so a file far
#: longer than that is a wrong file (a whole hospital's export), refused before it fills memory.
MAX_ROWS = 200_000


DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("SpreadsheetImport", "comma"),
    ";": QT_TRANSLATE_NOOP("SpreadsheetImport", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("SpreadsheetImport", "tab"),
    "|": QT_TRANSLATE_NOOP("SpreadsheetImport", "pipe"),
}
#: How a file with each delimiter is described ("UTF-8, comma-separated").
_SEPARATED = {
    ",": QT_TRANSLATE_NOOP("SpreadsheetImport", "{encoding}, comma-separated"),
    ";": QT_TRANSLATE_NOOP("SpreadsheetImport", "{encoding}, semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("SpreadsheetImport", "{encoding}, tab-separated"),
    "|": QT_TRANSLATE_NOOP("SpreadsheetImport", "{encoding}, pipe-separated"),
}


ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("SpreadsheetImport", "UTF-8 with BOM"),
    "cp1252": "Windows-1252",
    "utf-16": "UTF-16",
}


class SpreadsheetError(Exception):
    """The file cannot be read as a table; the message says why and, where it can, which row."""


@dataclass(slots=True)
class SourceRow:
    """One row below the header: its number as a spreadsheet shows it, and its cells."""

    number: int
    cells: list[Cell]


@dataclass(slots=True)
class Spreadsheet:
    """A file opened for import: its header, and how to read the rows below it."""

    path: Path
    format: str  # "csv" or "xlsx"
    header: list[str]
    header_row: int = 1
    encoding: str = ""  # CSV: "utf-8", "utf-8-sig", "utf-16" or "cp1252"
    delimiter: str = ""  # CSV: one of DELIMITERS
    line_end: str = "\n"  # CSV: "\r" for a file whose lines end in CR alone
    sheet: str = ""  # workbook: the sheet read
    sheet_names: list[str] = field(default_factory=list)
    #: Rows below the header, as far as can be told without reading them (lines in a CSV,
    #: the sheet's recorded size in a workbook, which may be too small; 0 when unknown), for
    #: a progress bar.
    estimated_rows: int = 0
    #: Reads the rows below the header: the CSV reader, or the workbook's (which alone loads
    #: openpyxl), as the file turned out to be.
    read_rows: Callable[[Spreadsheet], Iterator[SourceRow]] = field(
        default=lambda _sheet: iter(()), repr=False
    )

    def describe(self) -> str:
        """ "UTF-8, comma-separated" or "sheet 'Patients' of a workbook"."""
        if self.format == "xlsx":
            return translate("SpreadsheetImport", "sheet {sheet} of an Excel workbook").format(
                sheet=repr(self.sheet)
            )
        return translate("SpreadsheetImport", _SEPARATED[self.delimiter]).format(
            encoding=encoding_name(self.encoding)
        )

    def rows(self) -> Iterator[SourceRow]:
        """The rows below the header, streamed; SpreadsheetError at a fault, naming the row."""
        return self.read_rows(self)


def encoding_name(encoding: str) -> str:
    """The encoding as people know it ("UTF-8", "Windows-1252"), in the chosen language."""
    return translate("SpreadsheetImport", ENCODING_NAMES.get(encoding, encoding))


def open_file(path: Path) -> BinaryIO:
    """The file opened to read its bytes; SpreadsheetError for a path that is missing, a
    folder, or not a regular file.

    A pipe, a terminal or a device is refused before a byte is read: the file is read several
    times (to tell its encoding, then its rows), which such a stream cannot be, and copying it
    to a temporary file would leave patients' details on the disk. It is opened without
    waiting, as a pipe that nobody writes to would otherwise keep carebook waiting for ever.
    """
    no_wait = getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, os.O_RDONLY | no_wait | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise SpreadsheetError(
            translate("SpreadsheetImport", "There is no file {path}.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise SpreadsheetError(
            translate("SpreadsheetImport", "{path} is a folder, not a file.").format(path=path)
        ) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise SpreadsheetError(
                translate("SpreadsheetImport", "{path} is a folder, not a file.").format(path=path)
            )
        if not stat.S_ISREG(mode):
            raise SpreadsheetError(
                translate(
                    "SpreadsheetImport",
                    "{path} is not a regular file (a pipe or a device): save "
                    "the data to a file and import that.",
                ).format(path=path)
            )
        if no_wait:
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def clean_header(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").split())


def trim_header(header: list[str]) -> list[str]:
    while header and not header[-1]:
        header.pop()
    return header


def too_many(sheet: Spreadsheet) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "SpreadsheetImport",
            "{file} has more than {most:,} rows; at most {most:,} are imported at a time. "
            "Is it the right file? If so, split it and import the parts one by one.",
        ).format(file=sheet.path.name, most=MAX_ROWS)
    )
