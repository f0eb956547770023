"""Checking that a PDF on the disk is whole: its cross-reference table, its objects, its pages.

Qt's PDF writer does not report a write the disk refused: a full disk leaves a PDF cut short
that it still calls done. Read back, a whole PDF ends with its trailer, every object its table
lists starts where the table says, and its page tree counts the pages that were printed.
"""

from __future__ import annotations

import re
from pathlib import Path

from carebook.core.words import translate

_START = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SECTION = re.compile(rb"(\d+) (\d+)\s*\r?\n")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_PAGES = re.compile(rb"/Type\s*/Pages\b(?:(?!endobj).)*?/Count\s+(\d+)", re.DOTALL)
#: The trailer, startxref and %%EOF are within the last few hundred bytes.
_TAIL = 1024


def pdf_problem(path: Path, pages: int) -> str | None:
    """Why the PDF at `path` is not whole with `pages` pages, or None when it is."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return translate("PdfCheck", "it cannot be read back ({error})").format(
            error=error.strerror or error
        )
    if not data.startswith(b"%PDF-"):
        return (
            translate("PdfCheck", "it does not begin as a PDF does")
            if data
            else translate("PdfCheck", "nothing was written")
        )
    found = _START.search(data[-_TAIL:])
    if found is None:
        return translate(
            "PdfCheck", "it is cut short ({size} bytes written, without its end)"
        ).format(size=f"{len(data):,}")
    table = int(found[1])
    if not data.startswith(b"xref", table):
        if not re.match(rb"\d+ \d+ obj", data[table : table + 32]):
            return translate("PdfCheck", "its cross-reference table is not where it says")
    else:
        problem = _objects_problem(data, table)
        if problem:
            return problem
    counted = [int(count) for count in _PAGES.findall(data)]
    if counted and max(counted) != pages:
        return translate("PdfCheck", "it holds {found} pages, not the {pages} printed").format(
            found=max(counted), pages=pages
        )
    return None


def _objects_problem(data: bytes, table: int) -> str | None:
    position = table + len(b"xref")
    while True:
        while data[position : position + 1] in (b" ", b"\r", b"\n"):
            position += 1
        section = _SECTION.match(data, position)
        if section is None:
            break
        first, count = int(section[1]), int(section[2])
        position = section.end()
        for number in range(first, first + count):
            entry = _ENTRY.match(data, position)
            if entry is None:
                return translate("PdfCheck", "its cross-reference table is cut short")
            position = entry.end()
            while data[position : position + 1] in (b" ", b"\r", b"\n"):
                position += 1
            if entry[3] == b"n":
                offset = int(entry[1])
                if not re.match(
                    rb"%d %d obj" % (number, int(entry[2])), data[offset : offset + 24]
                ):
                    return translate("PdfCheck", "object {number} is missing or damaged").format(
                        number=number
                    )
    if not data.startswith(b"trailer", position):
        return translate("PdfCheck", "its cross-reference table is damaged")
    return None
