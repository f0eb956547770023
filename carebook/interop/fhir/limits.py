"""How much of what a FHIR file holds carebook reads, and how it refuses the rest in plain words.

An EHR download is trusted with nothing: it may be a pipe, a gzip bomb, JSON nested a hundred
thousand deep or a number a hundred thousand digits long. Each of these is refused here, before
it can exhaust memory or Python's recursion, as an `Unreadable` whose words say why.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import stat
import zlib
from pathlib import Path
from typing import Any, BinaryIO

from carebook.core.words import QT_TRANSLATE_NOOP, translate

#: The most carebook reads from one FHIR file, counted after unpacking a .gz. A bulk export
#: streams line by line, so this bounds time rather than memory; the files of an agency's
#: export of a few hundred patients are well under it, and a bulk export's are split by type.
FILE_MB = 1024
#: The most read as one JSON text, held whole in memory while it is parsed (several times its
#: size): a Bundle file, or one NDJSON line. Synthea's largest patient Bundles are tens of MB.
DOCUMENT_MB = 256
#: The most resources of the types carebook keeps (patients, conditions, medications…) read
#: in one import: they are held in memory together, so that references between the files
#: resolve. A large agency's download (thousands of patients) holds a few hundred thousand.
#: carebook's own export is read a patient at a time (fhir.by_patient): this bounds a part.
HELD = 500_000
#: The deepest nesting of arrays and objects read. A real resource is rarely deeper than 30
#: levels (a Bundle in a Bundle, an extension in an extension); anything near Python's own
#: recursion limit would crash the JSON reader and the R4 models instead.
NESTING = 100
#: The longest number read, in characters. FHIR's integers have 10 digits and its decimals
#: rarely 20; Python refuses to read integers of more than 4,300 digits at all.
NUMBER_CHARS = 40
#: How much is read from a file at a time.
BLOCK = 1 << 20

_MB = 1 << 20
#: The spreadsheet import's words for the same refusal (translated where it is said).
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "FhirImport",
    "is not a regular file (a pipe or a device): save the data to a file and import that",
)


class Unreadable(ValueError):
    """What cannot be read, in words that follow the file's (or line's) name."""


class NotAFile(Unreadable):
    """A folder, a pipe or a device where a FHIR file was named."""


def _split_the_export(packed: bool = False) -> str:
    if packed:
        said = translate(
            "FhirImport",
            "unpacks to more than {most} MB; carebook reads FHIR files up to {most} MB. "
            "Split the export",
        )
    else:
        said = translate(
            "FhirImport",
            "is larger than {most} MB; carebook reads FHIR files up to {most} MB. Split the export",
        )
    return said.format(most=FILE_MB)


def _cannot_read(error: OSError) -> str:
    return translate("FhirImport", "cannot be read: {error}").format(error=error.strerror or error)


def open_fhir(path: Path) -> Stream:
    """The file at `path` to read (unpacked when it is gzip), refusing before reading anything
    what is not a regular file or is too large; reading it further raises Unreadable too."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise NotAFile(_not_a_file(path))
        # Not blocking: should a pipe take the file's place after the look above, opening it
        # must not wait for a writer (it is then refused by what the descriptor is).
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except OSError as error:
        raise Unreadable(_cannot_read(error)) from None
    raw = os.fdopen(descriptor, "rb")
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile(_not_a_file(path))
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)
        if status.st_size > FILE_MB * _MB:
            raise Unreadable(_split_the_export())
        if raw.read(2) == b"\x1f\x8b":
            raw.seek(0)
            return Stream(gzip.GzipFile(fileobj=raw, mode="rb"), raw, packed=True)
        raw.seek(0)
        return Stream(raw, raw, packed=False)
    except Unreadable:
        raw.close()
        raise
    except OSError as error:
        raw.close()
        raise Unreadable(_cannot_read(error)) from None


def _not_a_file(path: Path) -> str:
    if os.path.isdir(path):
        return translate(
            "FhirImport", "is a folder, not a FHIR file: name the files in it to import them"
        )
    return translate("FhirImport", NOT_REGULAR)


class Stream:
    """A binary stream that refuses to give more than FILE_MB, and says in words why it cannot
    be read (a gzip cut short or damaged, a disk error) instead of raising what it met."""

    def __init__(self, stream: Any, raw: BinaryIO, packed: bool) -> None:
        self.stream = stream
        self.raw = raw
        self.packed = packed
        self.given = 0

    def read(self, size: int = -1) -> bytes:
        cap = FILE_MB * _MB  # read each time, so that a test can lower it
        wanted = cap + 1 - self.given if size < 0 else min(size, cap + 1 - self.given)
        try:
            data: bytes = self.stream.read(max(wanted, 0))
        except EOFError:
            raise Unreadable(
                translate(
                    "FhirImport",
                    "is not a readable gzip file: it ends too soon (the download or copy was cut "
                    "short)",
                )
            ) from None
        except (zlib.error, gzip.BadGzipFile):
            raise Unreadable(
                translate("FhirImport", "is not a readable gzip file: its data is damaged")
            ) from None
        except OSError as error:
            raise Unreadable(_cannot_read(error)) from None
        self.given += len(data)
        if self.given > cap:
            raise Unreadable(_split_the_export(self.packed))
        return data

    def close(self) -> None:
        self.stream.close()
        self.raw.close()

    def __enter__(self) -> Stream:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# -- one JSON text -------------------------------------------------------------------------------


#: Every byte but the quotes and brackets that make JSON's structure.
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'"[]{}')
_AS_PARENTHESES = bytes.maketrans(b"[]{}", b"()()")
_STRING = re.compile(rb'"[^"]*"')


def too_deep(data: bytes, limit: int = NESTING) -> bool:
    """True when the JSON text `data` nests arrays and objects more than `limit` deep (what is
    inside its strings aside), found without recursing, in at most `limit` passes over the
    brackets alone."""
    if b"\\" in data:  # escaped quotes and backslashes neither open nor close a string
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = data.translate(None, _NOT_STRUCTURE)
    # Two quotes side by side close one string and open the next (or hold nothing): dropping
    # them joins two strings into one, which changes nothing outside strings.
    marks = marks.replace(b'""', b"")
    if b'"' in marks:
        marks = _STRING.sub(b"", marks)  # the few strings that hold brackets
    marks = marks.translate(_AS_PARENTHESES)
    # Each pass takes away the innermost level (every "()" pair), so the text is empty after
    # as many passes as it is deep.
    for level in range(limit):
        if not marks:
            return False
        shorter = marks.replace(b"()", b"")
        if shorter == marks:
            # Not balanced (cut short, or a bracket where another belongs; the JSON reader
            # says so): what is left is ")))(((", and each "(" left is one more level open.
            return level + marks.count(b"(") > limit
        marks = shorter
    return b"(" in marks  # a level still open after `limit` were taken away


class _OddNumber(ValueError):
    """A number no FHIR element holds, met while parsing (loads says where it was)."""


def _integer(text: str) -> int:
    if len(text) > NUMBER_CHARS:
        raise _OddNumber(_too_many_digits())
    return int(text)


def _too_many_digits() -> str:
    return translate("FhirImport", "holds a number of more than {most} digits").format(
        most=NUMBER_CHARS
    )


def _decimal(text: str) -> float:
    if len(text) > NUMBER_CHARS:
        raise _OddNumber(_too_many_digits())
    value = float(text)
    if not math.isfinite(value):
        raise _OddNumber(
            translate("FhirImport", "holds the number {text}, too large for FHIR").format(text=text)
        )
    return value


def _constant(text: str) -> Any:
    raise _OddNumber(
        translate("FhirImport", "holds {text}, which is not a number JSON allows").format(text=text)
    )


def loads(data: bytes, what: str = "file") -> Any:
    """The JSON value `data` (UTF-8) holds, `what` being a "file" or a "resource" (a line).
    Raises Unreadable for text that is not UTF-8, is nested too deep or holds an outlandish
    number, json.JSONDecodeError for what is not JSON."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Unreadable(
            translate("FhirImport", "is UTF-16 text; carebook reads FHIR files in UTF-8")
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Unreadable(
            translate(
                "FhirImport", "is not UTF-8 text (byte {byte} cannot be read as UTF-8)"
            ).format(byte=error.start + 1)
        ) from None
    line = what == "resource"
    if too_deep(data):
        raise Unreadable(
            (
                translate(
                    "FhirImport",
                    "is nested more than {most} levels deep; not a FHIR resource carebook can read",
                )
                if line
                else translate(
                    "FhirImport",
                    "is nested more than {most} levels deep; not a FHIR file carebook can read",
                )
            ).format(most=NESTING)
        )
    try:
        value = json.loads(
            text.removeprefix("\ufeff"),
            parse_int=_integer,
            parse_float=_decimal,
            parse_constant=_constant,
        )
    except _OddNumber as odd:
        raise Unreadable(
            (
                translate("FhirImport", "{problem}; not a FHIR resource carebook can read")
                if line
                else translate("FhirImport", "{problem}; not a FHIR file carebook can read")
            ).format(problem=odd)
        ) from None
    if _HALF_PAIR.search(data) and not _whole_characters(value):
        raise Unreadable(
            translate(
                "FhirImport",
                "holds text that is not valid Unicode (half of a character pair, written as "
                "\\uD800 to \\uDFFF); not a FHIR resource carebook can read",
            )
            if line
            else translate(
                "FhirImport",
                "holds text that is not valid Unicode (half of a character pair, written as "
                "\\uD800 to \\uDFFF); not a FHIR file carebook can read",
            )
        )
    return value


#: The escape of a UTF-16 surrogate: paired, one character (an emoji); alone, none at all, and
#: no text of it can be saved.
_HALF_PAIR = re.compile(rb"\\u[dD][89a-fA-F]")


def _whole_characters(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
