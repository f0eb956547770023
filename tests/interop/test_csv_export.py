"""CSV for spreadsheets: RFC 4180, UTF-8 with BOM, and no formula a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from carebook.interop.csv_export import FORMULA_STARTS, neutralise, to_csv, write_csv


def test_cells_that_would_start_a_formula_are_kept_as_text() -> None:
    for dangerous in ('=HYPERLINK("http://x")', "+1 555 0100", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(dangerous) == "'" + dangerous
    assert neutralise("Marsh") == "Marsh" and neutralise(None) == "" and neutralise(3) == "3"


def test_the_file_is_rfc_4180_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "patients.csv"
    write_csv(
        path,
        ["Name", "Notes"],
        [["O'Neill, Edna", 'Said "no", twice\non Tuesday'], ["=cmd|' /C calc'!A0", ""]],
    )
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows == [
        ["Name", "Notes"],
        ["O'Neill, Edna", 'Said "no", twice\non Tuesday'],
        ["'=cmd|' /C calc'!A0", ""],
    ]
    assert path.stat().st_mode & 0o077 == 0  # health information: the owner's alone


@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), max_size=6))
def test_every_cell_reads_back_and_none_starts_a_formula(rows: list[list[str]]) -> None:
    width = max((len(row) for row in rows), default=1)
    rows = [row + [""] * (width - len(row)) for row in rows]
    text = to_csv(["c"] * width, rows)
    read = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))[1:]
    assert len(read) == len(rows)
    for written, back in zip(rows, read, strict=True):
        for cell, got in zip(written, back, strict=True):
            assert not got.startswith(FORMULA_STARTS)
            assert got == (cell if not cell.startswith(FORMULA_STARTS) else "'" + cell)
