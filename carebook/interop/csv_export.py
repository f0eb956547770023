"""CSV files for spreadsheets: RFC 4180, UTF-8 with a BOM, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from carebook.reports import write_text

#: A spreadsheet takes a cell starting with one of these as a formula (or, for tab and carriage
#: return, may after trimming): "=HYPERLINK(…)" in a patient's name would run when opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    """The cell as text a spreadsheet shows as it is: one that would start a formula gets a
    leading apostrophe, which spreadsheets hide and treat as "this is text"."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The rows as CSV text (RFC 4180: commas, double quotes doubled, CRLF line ends), with a
    byte-order mark so spreadsheets read it as UTF-8, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(name) for name in header])
    for row in rows:
        writer.writerow([neutralise(value) for value in row])
    return "\ufeff" + buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write the CSV whole or not at all (a temporary file renamed into place, owner-only)."""
    write_text(path, to_csv(header, rows))
