"""Looking at a discharge file before reading it: that it is a file of a sane size, and what
kind of list it holds, told by its first bytes rather than by its name."""

from __future__ import annotations

import codecs
import os
import re
import stat
from enum import Enum
from pathlib import Path

from carebook.core.words import translate
from carebook.interop.discharge.errors import DischargeFileError

#: The largest discharge file read. A hospital's discharge summary, or a patient's whole FHIR
#: download, is well under it; anything larger is the wrong file, refused before it is read.
MOST_MB = 50

_MB = 1 << 20
_LOOK = 1 << 16
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GZIP = b"\x1f\x8b"
_SPACE = b" \t\r\n"
_JSON_SUFFIXES = (".json", ".ndjson", ".jsonl")
#: The start of a JSON text that is not an object or a list (a string, number, true …).
_JSON_SCALAR = re.compile(rb'["\d-]|(true|false|null)\b')


class Kind(Enum):
    """What a discharge file holds, as its first bytes tell."""

    FHIR = "fhir"  # JSON: a Bundle, a resource, or NDJSON
    CCDA = "ccda"  # XML: a C-CDA document (anything else in XML is refused when read)
    SHEET = "sheet"  # a workbook, or text read as CSV


def kind_of(path: Path) -> Kind:
    """The kind of list `path` holds; DischargeFileError for a path that is not a regular
    file, is empty or larger than MOST_MB, or is compressed."""
    name = path.name or str(path)
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise DischargeFileError(
            translate(
                "DischargeImport", "There is no file {path}; check its name and folder."
            ).format(path=path)
        ) from None
    except OSError as error:
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} cannot be read ({error}); check that it is yours to open.",
            ).format(name=name, error=error.strerror or error)
        ) from None
    if stat.S_ISDIR(status.st_mode):
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is a folder, not a file; choose the discharge medication list inside it.",
            ).format(name=name)
        )
    if not stat.S_ISREG(status.st_mode):
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is not a regular file (a pipe or a device); save the "
                "discharge list to a file and choose that.",
            ).format(name=name)
        )
    if status.st_size > MOST_MB * _MB:
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is {size:,.0f} MB, far larger than a discharge "
                "medication list (carebook reads one of up to {most} MB); is it "
                "the right file?",
            ).format(name=name, size=status.st_size / _MB, most=MOST_MB)
        )
    head = _start(path, name)
    if not head:
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is empty; choose the file the hospital sent with the medicines in it.",
            ).format(name=name)
        )
    if head.startswith(_GZIP):
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is compressed (gzip); unpack it and choose the file inside.",
            ).format(name=name)
        )
    if head.startswith((_ZIP, _OLE)):
        return Kind.SHEET  # the spreadsheet reader says what it makes of a workbook
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head[:4096].decode("utf-16", errors="replace").lstrip("\ufeff \t\r\n")
        if text.startswith(("{", "[", "<")):
            raise DischargeFileError(
                translate(
                    "DischargeImport",
                    "{name} is UTF-16 text; FHIR and C-CDA files are UTF-8. Save it as "
                    "UTF-8 (or ask the hospital for the file as it was sent).",
                ).format(name=name)
            )
        return Kind.SHEET
    first = head[:1]
    if first in (b"{", b"["):
        return Kind.FHIR
    if first == b"<":
        return Kind.CCDA
    if name.lower().endswith(_JSON_SUFFIXES) and _JSON_SCALAR.match(head):
        return Kind.FHIR  # JSON of another shape: the FHIR reader says what it is
    return Kind.SHEET


def _start(path: Path, name: str) -> bytes:
    """The file's first bytes from its first that is not a space (nor a UTF-8 byte-order
    mark); empty for a file of nothing else."""
    try:
        with open(path, "rb") as handle:
            block = handle.read(_LOOK)
            if block.startswith(codecs.BOM_UTF8):
                block = block[len(codecs.BOM_UTF8) :]
            if block.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return block
            while block:
                found = block.lstrip(_SPACE)
                if found:
                    return found
                block = handle.read(_LOOK)
    except OSError as error:
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} cannot be read ({error}); check that it is yours to open.",
            ).format(name=name, error=error.strerror or error)
        ) from None
    return b""
