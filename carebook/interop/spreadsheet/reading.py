"""Reading a spreadsheet the user chose: CSV in any common encoding and delimiter, or .xlsx.

`open_spreadsheet(path)` looks at the file (what it is, its encoding and delimiter, its header)
and refuses, with a `SpreadsheetError` that says why, a file that is not a readable table: a
binary file renamed .csv, an old .xls, an empty file. `Spreadsheet.rows()` then streams the rows
below the header, numbered as a spreadsheet numbers them (the header is row 1), without holding
the file in memory; it stops with a `SpreadsheetError` naming the row at a fault it meets on the
way (bytes of another encoding far down the file, a cell larger than any real one) or after
`MAX_ROWS` rows.

Only a regular file is read: a pipe or a device (/dev/stdin) can be read only once, while a
file is looked at before its rows are read, so such a path is refused before anything is
read. A CSV file's lines may end in CR LF, LF or (old Mac files) CR alone. Each line is decoded
as what it is, UTF-8 or Windows-1252: a file whose rows change from one to the other (rows
pasted together from two programs) is refused, naming the first row that changed, rather than
read with some names garbled. A workbook is read to its last row, whatever size the sheet
records for itself (some programs record too small a size).

Cells come as they are: text from a CSV; from a workbook, whatever the cell holds (text, int,
float, bool, datetime), except that a number the sheet shows with leading zeros (format
"00000") comes as that text. Turning cells into values is `import_values`' job.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Generator, Iterator
from contextlib import closing
from pathlib import Path
from typing import BinaryIO

from carebook.core.words import translate
from carebook.interop.spreadsheet import sheet as sheets  # MAX_ROWS read when used
from carebook.interop.spreadsheet.sheet import (
    Cell,
    SourceRow,
    Spreadsheet,
    SpreadsheetError,
    clean_header,
    encoding_name,
    open_file,
    too_many,
    trim_header,
)

#: How much of a file is read whole to tell its encoding and whether it is text at all; past it
#: the rows are decoded as they stream, and a fault there is reported with its row.
SCAN_BYTES = 16 * 2**20
#: The delimiters a CSV file may use, in the order preferred on a tie.
DELIMITERS = (",", ";", "\t", "|")

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, .doc: the Office binary formats
#: Control characters no text table holds (tab, line ends, form feed and DOS's end-of-file
#: Ctrl+Z are left out of it).
_CONTROL = re.compile(b"[\x01-\x08\x0b\x0e-\x19\x1b-\x1f]")
_SAMPLE_CHARS = 64 * 1024
#: Control characters a text table may hold by mistake before it is taken for another kind of
#: file.
_FEW_CONTROLS = 16


def open_spreadsheet(path: Path | str, sheet: str | None = None) -> Spreadsheet:
    """Look at the file and read its header row (row 1 of a CSV; the first row with anything in
    it on a workbook's sheet, the first sheet unless `sheet` names another).

    Raises SpreadsheetError for a file that is missing, empty, binary, an old .xls or .ods, in an
    encoding that is neither UTF-8 (with or without a byte-order mark, or UTF-16 with one) nor
    Windows-1252, or without a header.
    """
    path = Path(path)
    try:
        with open_file(path) as handle:
            head = handle.read(8)
    except OSError as error:
        raise SpreadsheetError(
            translate("SpreadsheetImport", "{path} cannot be read: {error}.").format(
                path=path, error=error.strerror or error
            )
        ) from None
    if not head:
        raise SpreadsheetError(
            translate("SpreadsheetImport", "{file} is empty.").format(file=path.name)
        )
    if head.startswith(_ZIP):
        if path.suffix.lower() in (".ods", ".numbers"):
            raise SpreadsheetError(
                translate(
                    "SpreadsheetImport",
                    "{file} is not an Excel workbook; save it as .xlsx or CSV and import that.",
                ).format(file=path.name)
            )
        from carebook.interop.spreadsheet.workbook import open_xlsx  # only for a workbook

        return open_xlsx(path, sheet)
    if head.startswith(_OLE):
        raise SpreadsheetError(
            translate(
                "SpreadsheetImport",
                "{file} is an old Excel (.xls) or other Office file; save "
                "it as .xlsx (Excel Workbook) or CSV and import that.",
            ).format(file=path.name)
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise SpreadsheetError(
            translate(
                "SpreadsheetImport",
                "{file} is named like an Excel workbook but is not one "
                "(it may be damaged, or another kind of file renamed).",
            ).format(file=path.name)
        )
    return _open_csv(path)


# -- CSV ------------------------------------------------------------------------------------------


def detect_encoding(path: Path, scan_bytes: int | None = None) -> str:
    """The encoding a text file says it is in: "utf-8-sig" or "utf-16" by their byte-order
    mark, else "utf-8" if the first `scan_bytes` (SCAN_BYTES) decode as UTF-8, else "cp1252".
    (The rows of a file without a mark are each read as what they are: see _lines.)

    Raises SpreadsheetError for a file that is not text: NUL bytes (a binary file renamed .csv),
    many control characters, or (without a mark) bytes that neither encoding defines; a pipe
    or a device.
    """
    limit = SCAN_BYTES if scan_bytes is None else scan_bytes
    with open_file(path) as handle:
        head = handle.read(4)
        handle.seek(0)
        if head.startswith(codecs.BOM_UTF8):
            candidates = ["utf-8-sig"]
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            candidates = ["utf-16"]
        else:
            candidates = ["utf-8", "cp1252"]
        utf16 = candidates == ["utf-16"]
        decoders = {name: codecs.getincrementaldecoder(name)() for name in candidates}
        failed: dict[str, int] = {}
        offset = 0
        while offset < limit:
            chunk = handle.read(min(2**20, limit - offset))
            if not chunk:
                break
            if not utf16:
                _refuse_binary(path, chunk, offset)
            for name, decoder in decoders.items():
                if name in failed:
                    continue
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    failed[name] = offset + error.start
                    continue
                if utf16 and "\x00" in text:
                    raise SpreadsheetError(
                        translate(
                            "SpreadsheetImport",
                            "{file} is not a text file (it holds NUL "
                            "characters); choose the CSV or .xlsx file itself.",
                        ).format(file=path.name)
                    )
            offset += len(chunk)
            if len(failed) == len(decoders):
                break
        at_end = handle.read(1) == b""
        for name, decoder in decoders.items():
            if name in failed:
                continue
            if at_end:  # a character cut off at the very end of the file
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    failed[name] = offset
                    continue
            return name
    if candidates == ["utf-8-sig"]:
        return "utf-8-sig"  # its mark says UTF-8: a row that is not is named as it is read
    at = min(failed.values())
    raise SpreadsheetError(
        translate(
            "SpreadsheetImport",
            "{file} is not a text file in UTF-8 or Windows-1252 (byte {byte:,} makes no "
            "sense in either); save it from the spreadsheet as CSV UTF-8, or as .xlsx.",
        ).format(file=path.name, byte=at + 1)
    )


def _refuse_binary(path: Path, chunk: bytes, offset: int) -> None:
    nul = chunk.find(b"\x00")
    if nul >= 0:
        raise SpreadsheetError(
            translate(
                "SpreadsheetImport",
                "{file} is not a text file: it holds NUL bytes (from byte "
                "{byte:,}), as a program or picture does. Choose the "
                "CSV or .xlsx file itself.",
            ).format(file=path.name, byte=offset + nul + 1)
        )
    controls = len(_CONTROL.findall(chunk))
    # A few are a table's stray characters (FileMaker writes a line break in a cell as ^K),
    # which the rows' checks name by row and column; many, a file of another kind.
    if controls >= _FEW_CONTROLS and controls * 200 > len(chunk):
        raise SpreadsheetError(
            translate(
                "SpreadsheetImport",
                "{file} is not a text file (it is full of control "
                "characters); choose the CSV or .xlsx file itself.",
            ).format(file=path.name)
        )


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits `sample` (the start of a CSV file) into a steady table.

    csv.Sniffer guesses well on tidy files but is thrown by addresses with commas, decimal commas
    in a semicolon file or a single column; this counts instead: for each of DELIMITERS, how many
    cells the header has and how many of the rows below have as many. The most consistent one
    that splits the header wins (ties: more columns, then the order of DELIMITERS); a file no
    delimiter splits is a single column, read with a comma.
    """
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        sample = "".join(lines[:-1])  # the sample may end part way through a row
    best: tuple[float, int, int] = (-1.0, 0, 0)
    chosen = ","
    for rank, delimiter in enumerate(DELIMITERS):
        try:
            rows = [
                row
                for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                if any(row)
            ]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        below = rows[1:200]
        steady = (sum(1 for row in below if _fits(row, width)) / len(below)) if below else 1.0
        score = (round(steady, 2), width, -rank)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _fits(row: list[str], width: int) -> bool:
    """As wide as the header, or wider only by empty cells (a trailing delimiter)."""
    return len(row) == width or (len(row) > width and not any(c.strip() for c in row[width:]))


def _open_csv(path: Path) -> Spreadsheet:
    encoding = detect_encoding(path)
    with open_file(path) as handle:
        start = handle.read(_SAMPLE_CHARS * 2)
    sample = start.decode(encoding, errors="replace")
    delimiter = detect_delimiter(sample)
    line_end = _line_end(sample)
    try:
        with closing(_lines(path, encoding, line_end)) as lines:
            header = next(csv.reader(lines, delimiter=delimiter), [])
    except _EncodingFault as fault:
        raise SpreadsheetError(fault.message(path.name, 1)) from None
    except csv.Error as error:
        raise SpreadsheetError(_csv_fault(error, path.name, 1)) from None
    header = trim_header([clean_header(cell) for cell in header])
    if not header:
        raise SpreadsheetError(
            translate(
                "SpreadsheetImport",
                "{file} has nothing in its first row; the first row must "
                "name the columns (e.g. First name, Last name, Date of birth).",
            ).format(file=path.name)
        )
    return Spreadsheet(
        path=path,
        format="csv",
        header=header,
        encoding=encoding,
        delimiter=delimiter,
        line_end=line_end,
        estimated_rows=_count_lines(path, encoding, line_end) - 1,
        read_rows=_csv_rows,
    )


def _line_end(sample: str) -> str:
    """ "\r" for a file whose lines end in CR alone (an old Mac's), else "\n" (LF or CR LF)."""
    return "\r" if "\r" in sample and "\n" not in sample else "\n"


def _count_lines(path: Path, encoding: str, line_end: str = "\n") -> int:
    """Lines in the file (a cell holding a line break counts twice: an estimate)."""
    newline = line_end.encode(
        encoding.removesuffix("-sig") if encoding != "utf-16" else "utf-16-le"
    )
    count, last = 0, b""
    with open_file(path) as handle:
        while chunk := handle.read(2**20):
            count += chunk.count(newline)
            last = chunk
    return count + (0 if last.endswith(newline) else 1)


class _EncodingFault(Exception):
    """A line in another encoding than the lines before it (`found`, `seen`), or in both, or
    in none (`found` "both" or "neither"); `message` says so for the row, and what to do."""

    def __init__(self, found: str, seen: str = "") -> None:
        super().__init__(found)
        self.found, self.seen = found, seen

    def message(self, file: str, row: int) -> str:
        if self.found == "both":
            text = translate(
                "SpreadsheetImport",
                "{file}: row {row} holds text in two encodings (UTF-8 and Windows-1252); "
                "save the file as UTF-8 and import it again.",
            )
        elif self.found == "neither":
            text = translate(
                "SpreadsheetImport",
                "{file}: row {row} holds bytes that are neither UTF-8 nor Windows-1252; "
                "save the file as UTF-8 and import it again.",
            )
        else:
            text = translate(
                "SpreadsheetImport",
                "{file}: row {row} is in a different encoding ({found}) from the rows "
                "before it ({seen}); save the file as UTF-8 and import it again.",
            )
        return text.format(
            file=file, row=row, found=encoding_name(self.found), seen=encoding_name(self.seen)
        )


#: Decoded non-ASCII characters that are not bytes UTF-8 could not read (surrogateescape's).
_UTF8_TEXT = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _lines(path: Path, encoding: str, line_end: str = "\n") -> Generator[str, None, None]:
    """The file's lines decoded one by one, so that a fault is met on its own row (a text
    stream decodes thousands of bytes ahead of the row being read). Close it when done.

    Each line is read as what it is, UTF-8 or Windows-1252, the file's encoding serving only
    to say UTF-8 from the start (its byte-order mark) or not; _EncodingFault at the first line
    in another encoding than the lines with accents before it, or holding both.
    """
    with open_file(path) as handle:
        if encoding == "utf-16":
            with io.TextIOWrapper(handle, encoding=encoding, newline="") as text:
                yield from text
            return
        seen = "utf-8" if encoding == "utf-8-sig" else ""  # the encoding of the lines so far
        first = encoding == "utf-8-sig"
        # b"\n" and b"\r" are never part of a UTF-8 or Windows-1252 character.
        raw = handle if line_end == "\n" else _split_at(handle, line_end.encode())
        for line in raw:
            if first:
                line = line.removeprefix(codecs.BOM_UTF8)
                first = False
            if line.isascii():
                yield line.decode("ascii")
                continue
            found, decoded = _decoded(line)
            if seen and found != seen:
                raise _EncodingFault(found, seen)
            seen = found
            yield decoded


def _decoded(line: bytes) -> tuple[str, str]:
    """(the encoding, the text) of a line with accents: UTF-8 when it reads as that, else
    Windows-1252; _EncodingFault when it holds both, or bytes neither defines."""
    try:
        return "utf-8", line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_TEXT.search(line.decode("utf-8", "surrogateescape")):
        raise _EncodingFault("both")
    try:
        return "cp1252", line.decode("cp1252")
    except UnicodeDecodeError:
        raise _EncodingFault("neither") from None


def _split_at(handle: BinaryIO, end: bytes) -> Iterator[bytes]:
    """The handle's bytes cut after each `end` (b"\r" for an old Mac file), as lines."""
    pending: list[bytes] = []
    while chunk := handle.read(2**16):
        start = 0
        while (at := chunk.find(end, start)) >= 0:
            pending.append(chunk[start : at + 1])
            yield b"".join(pending)
            pending.clear()
            start = at + 1
        pending.append(chunk[start:])
    if any(pending):
        yield b"".join(pending)


def _csv_fault(error: csv.Error, file: str, row: int) -> str:
    """What a CSV reader's complaint on the row of the file means."""
    said = str(error)
    if "field larger than field limit" in said:
        text = translate(
            "SpreadsheetImport",
            "{file}: row {row} holds a cell of more than {most:,} characters, larger "
            'than any real one: is a quote (") left open above it?',
        )
    elif "NUL" in said:
        text = translate(
            "SpreadsheetImport",
            "{file}: row {row} holds a NUL character, as no text table does; choose the CSV "
            "file itself.",
        )
    elif "new-line character" in said:
        text = translate(
            "SpreadsheetImport",
            "{file}: row {row} has a line break inside a cell that is not in quotes; save the "
            "file again from the spreadsheet as CSV.",
        )
    else:
        text = translate(
            "SpreadsheetImport",
            "{file}: row {row} cannot be read as CSV; save the file again from the spreadsheet "
            "as CSV.",
        )
    return text.format(file=file, row=row, most=csv.field_size_limit())


def _csv_rows(sheet: Spreadsheet) -> Iterator[SourceRow]:
    number = 1
    with closing(_lines(sheet.path, sheet.encoding, sheet.line_end)) as lines:
        reader = csv.reader(lines, delimiter=sheet.delimiter)
        try:
            next(reader, None)
            for number, row in enumerate(reader, start=2):
                if number - 1 > sheets.MAX_ROWS:
                    raise too_many(sheet)
                yield SourceRow(number, list[Cell](row))
        except _EncodingFault as fault:
            raise SpreadsheetError(fault.message(sheet.path.name, number + 1)) from None
        except UnicodeDecodeError:
            raise SpreadsheetError(
                translate(
                    "SpreadsheetImport",
                    "{file}: row {row} holds bytes that are not {encoding}, although the rows "
                    "above are; the file mixes encodings. Save it again from the spreadsheet as "
                    "CSV UTF-8.",
                ).format(
                    file=sheet.path.name, row=number + 1, encoding=encoding_name(sheet.encoding)
                )
            ) from None
        except csv.Error as error:
            raise SpreadsheetError(_csv_fault(error, sheet.path.name, number + 1)) from None
