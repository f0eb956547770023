"""Reading FHIR files as an EHR hands them over: resources with where each was found (no SQL).

A file is a JSON Bundle (document, collection, transaction, batch, searchset, history: their
entries are read in order, a Bundle inside a Bundle is opened too), a single JSON resource, or
bulk-data NDJSON (one resource per line, as the FHIR Bulk Data Access specification writes it;
usually one file per resource type). gzip-compressed files are read the same. Each resource
keeps where it was found, "Condition.ndjson line 4" or "download.json entry 12" (entries and
lines counted from 1), so that a report can name it.

NDJSON is read line by line, so a bulk export's millions of Observations never sit in memory
at once; resources of the types the reader is told not to keep are only counted, and on an
NDJSON line whose type comes first (as bulk exports write it) that type is all that is read.

What cannot be read is a `ReadProblem`, never an exception: a file that is missing, is not a
regular file, is too large (fhir_limits) or is not UTF-8, JSON that does not parse (with its
line and column) or is nested too deep, an NDJSON line that is not a JSON object, an entry
without a resource. A file that cannot be read to its end is one problem, and nothing of it is
kept. What is read but is not data is noted (`notices`): a transaction's DELETE entries and a
search's OperationOutcome entries.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from carebook.core.words import translate
from carebook.interop.fhir import limits
from carebook.interop.fhir.extension import URL as OWN_URL
from carebook.interop.fhir.limits import NotAFile, Stream, Unreadable, loads, open_fhir

Json = dict[str, Any]
#: Says whether resources of a type are kept (True) or only counted.
Keep = Callable[[str], bool]

#: The file names read as NDJSON whatever their content looks like.
NDJSON_SUFFIXES = (".ndjson", ".jsonl", ".ndjson.gz", ".jsonl.gz")
#: Problems listed for one file at most; the rest are counted in one more (a file of a million
#: broken lines would otherwise fill memory with its report).
PROBLEMS_LISTED = 1000

_MB = 1 << 20
_BOM = b"\xef\xbb\xbf"
#: The type of an NDJSON line's resource, when it is the line's first element.
_TYPE_FIRST = re.compile(
    rb'[ \t]*\{[ \t]*"resourceType"[ \t]*:[ \t]*"([A-Za-z][A-Za-z0-9]{0,63})"'
    rb"[ \t]*[,}]"
)
_TYPES_FIRST = re.compile(b"\n" + _TYPE_FIRST.pattern)
_SOMETHING = re.compile(rb"\S")
#: Types held, whatever the reader keeps, only in carebook's own export (a resource carrying
#: carebook's extension): an EHR's bulk export holds millions of Observations, counted only.
OWN_ONLY = frozenset({"Observation", "ObservationDefinition", "QuestionnaireResponse"})
_OWN_MARK = OWN_URL.encode()


@dataclass(frozen=True, slots=True)
class Found:
    """One resource as read: the JSON object, where it was, and its Bundle entry's fullUrl."""

    resource: Json
    where: str
    full_url: str = ""


@dataclass(frozen=True, slots=True)
class ReadProblem:
    where: str
    what: str


@dataclass(slots=True)
class Reading:
    found: list[Found] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    notices: list[ReadProblem] = field(default_factory=list)
    files: int = 0
    #: Resources of the types not kept, by type: counted, not held.
    skipped: Counter[str] = field(default_factory=Counter)
    #: Where the problems of the file being read begin, and how many were not listed.
    file_start: int = field(default=0, repr=False)
    unlisted: int = field(default=0, repr=False)

    def problem(self, where: str, what: str) -> None:
        if len(self.problems) - self.file_start < PROBLEMS_LISTED:
            self.problems.append(ReadProblem(where, what))
        else:
            self.unlisted += 1


def read_files(paths: Sequence[Path], keep: Keep | None = None) -> Reading:
    """Every resource in `paths`, in the order of the files and of their lines or entries;
    with `keep`, only those of the types it keeps (the others counted in `skipped`)."""
    reading = Reading()
    for path in paths:
        reading.files += 1
        _read_file(Path(path), reading, keep)
    return reading


def numbered_lines(blocks: Iterable[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """The lines of NDJSON read in `blocks`, with their numbers counted from 1; None for a line
    longer than fhir_limits.DOCUMENT_MB (not held whole: it could be any size).

    Lines end at "\\n" only (a "\\r" before it is dropped): JSON keeps every other line break,
    such as U+2028, inside its strings, and cutting there would cut a resource in two.
    """
    number = 0
    for run in _runs(blocks):
        if run is None:
            number += 1
            yield number, None
            continue
        for line in run.split(b"\n"):
            number += 1
            yield number, line.removesuffix(b"\r")


def _runs(blocks: Iterable[bytes]) -> Iterator[bytes | None]:
    """The lines read in `blocks`, many at a time: each run is whole lines joined by "\\n"
    (its split gives them); None stands for one line too long to hold."""
    cap = limits.DOCUMENT_MB * _MB
    pending: list[bytes] = []  # the start of a line that goes on in the next block
    size = 0  # of what is pending; -1 while a line too long runs on
    for block in blocks:
        cut = block.rfind(b"\n")
        if cut < 0:
            rest = block
        else:
            head, rest = block[:cut], block[cut + 1 :]
            if pending or size < 0:  # the first line of this block ends one begun before
                end = head.find(b"\n")
                first = head if end < 0 else head[:end]
                too_long = size < 0 or size + len(first) > cap
                yield None if too_long else b"".join((*pending, first))
                pending, size = [], 0
                if end >= 0:
                    yield head[end + 1 :]
            else:
                yield head
        if size >= 0 and rest:
            size += len(rest)
            pending.append(rest)
            if size > cap:
                pending, size = [], -1
    if pending or size < 0:  # the last line, without its line feed
        yield None if size < 0 else b"".join(pending)


def ndjson_lines(text: str) -> Iterator[tuple[int, str]]:
    """The lines of NDJSON text that hold something, with their numbers (see numbered_lines)."""
    for number, line in numbered_lines([text.encode()]):
        said = (line or b"").decode()
        if said.strip():
            yield number, said


def _read_file(path: Path, reading: Reading, keep: Keep | None) -> None:
    name = path.name
    found, notices, skipped = len(reading.found), len(reading.notices), reading.skipped.copy()
    reading.file_start, reading.unlisted = len(reading.problems), 0
    try:
        with open_fhir(path) as stream:
            if name.lower().endswith(NDJSON_SUFFIXES):
                _read_ndjson(name, _blocks(stream), reading, keep)
            else:
                _read_json(name, stream, reading, keep)
    except Unreadable as refused:
        # A file that cannot be read to its end is refused whole: nothing of it is kept.
        del reading.found[found:], reading.notices[notices:]
        del reading.problems[reading.file_start :]
        reading.skipped, reading.unlisted = skipped, 0
        # A pipe's or a device's name ("stdin", "null") says little without its folder.
        where = str(path) if isinstance(refused, NotAFile) else name
        reading.problems.append(ReadProblem(where, str(refused)))
    if reading.unlisted:
        reading.problems.append(
            ReadProblem(
                name,
                translate("FhirImport", "has {unlisted} more problems (not listed)").format(
                    unlisted=reading.unlisted
                ),
            )
        )


def _blocks(stream: Stream, head: bytes = b"") -> Iterator[bytes]:
    return chain([head] if head else [], iter(lambda: stream.read(limits.BLOCK), b""))


def _read_json(name: str, stream: Stream, reading: Reading, keep: Keep | None) -> None:
    """A file named as JSON: one JSON text, or NDJSON after all (see _looks_like_ndjson)."""
    cap = limits.DOCUMENT_MB * _MB
    data = stream.read(cap + 1)
    if not data.removeprefix(_BOM).strip():
        reading.problem(name, translate("FhirImport", "is empty"))
        return
    if _looks_like_ndjson(data):
        _read_ndjson(name, _blocks(stream, data), reading, keep)
        return
    if len(data) > cap:
        most = limits.DOCUMENT_MB
        raise Unreadable(
            translate(
                "FhirImport",
                "holds more than {most} MB of JSON in one piece; carebook reads a Bundle of "
                "up to {most} MB. Split the export, or export it as NDJSON",
            ).format(most=most)
        )
    try:
        whole = loads(data)
    except json.JSONDecodeError as error:
        raise Unreadable(
            translate(
                "FhirImport", "is not valid JSON: {msg} at line {lineno}, column {colno}"
            ).format(msg=error.msg, lineno=error.lineno, colno=error.colno)
        ) from None
    del data  # a Bundle's text is not needed once it is read
    take(whole, name, "", reading, keep)


def _looks_like_ndjson(data: bytes) -> bool:
    """True when the text is more than one line and its first line is a JSON object (a JSON
    text whose first line is a whole object and that goes on is not valid JSON)."""
    first = _SOMETHING.search(data)
    if first is None:
        return False
    end = data.find(b"\n", first.start())
    if end < 0 or _SOMETHING.search(data, end) is None:
        return False
    try:
        return isinstance(loads(data[first.start() : end]), dict)
    except (Unreadable, json.JSONDecodeError):
        return False


def _read_ndjson(name: str, blocks: Iterable[bytes], reading: Reading, keep: Keep | None) -> None:
    held = 0
    number = 0
    line_at = translate("FhirImport", "{name} line {number}")  # once: a file has millions
    for run in _runs(blocks):
        if run is None:
            number += 1
            held += 1
            most = limits.DOCUMENT_MB
            reading.problem(
                line_at.format(name=name, number=number),
                translate(
                    "FhirImport",
                    "is longer than {most} MB; carebook reads a resource of up to {most} MB",
                ).format(most=most),
            )
            continue
        skipped = _all_skipped(run, keep) if keep is not None else None
        if skipped is not None:
            reading.skipped.update(skipped)
            count = sum(skipped.values())
            number += count
            held += count
            continue
        for line in run.split(b"\n"):
            number += 1
            line = line.removesuffix(b"\r").removeprefix(_BOM)  # files joined keep theirs
            if not line.strip():
                continue
            held += 1
            _read_line(line, line_at.format(name=name, number=number), reading, keep)
    if not held:
        reading.problem(name, translate("FhirImport", "is empty"))


def _all_skipped(run: bytes, keep: Keep) -> Counter[str] | None:
    """How many of each type the run's lines are, when each is a resource of a type not kept,
    told by each line's start alone: a bulk export's file of a type carebook skips costs no
    parsing. None when a line needs reading."""
    first = _TYPE_FIRST.match(run)
    if first is None:
        return None
    kind = first.group(1).decode("ascii")
    if kind == "Bundle" or keep(kind) or (kind in OWN_ONLY and _OWN_MARK in run):
        return None
    lines = run.count(b"\n") + 1
    start = run[: first.end(1) + 1]  # up to the type's closing quote: no longer type fits
    if run.count(b"\n" + start) == lines - 1:  # one type, as bulk exports write a file
        return Counter({kind: lines})
    types = _TYPES_FIRST.findall(b"\n" + run)
    if len(types) != lines:
        return None
    counted = Counter(found.decode("ascii") for found in types)
    own = _OWN_MARK in run
    if any(found == "Bundle" or keep(found) or (own and found in OWN_ONLY) for found in counted):
        return None
    return counted


def _read_line(line: bytes, where: str, reading: Reading, keep: Keep | None) -> None:
    first = _TYPE_FIRST.match(line)
    if first is not None and keep is not None:
        kind = first.group(1).decode("ascii")
        if kind != "Bundle" and not keep(kind) and not (kind in OWN_ONLY and _OWN_MARK in line):
            reading.skipped[kind] += 1
            return
    try:
        value = loads(line, "resource")
    except Unreadable as refused:
        reading.problem(where, str(refused))
        return
    except json.JSONDecodeError as error:
        reading.problem(
            where,
            translate("FhirImport", "is not valid JSON: {msg} at column {colno}").format(
                msg=error.msg, colno=error.colno
            ),
        )
        return
    take(value, where, "", reading, keep)


def take(value: Any, where: str, full_url: str, reading: Reading, keep: Keep | None) -> None:
    """A resource (a Bundle is opened into its entries), or a problem."""
    if not isinstance(value, dict):
        reading.problem(
            where,
            translate("FhirImport", "is not a FHIR resource (a JSON object) but {kind}").format(
                kind=_kind_of(value)
            ),
        )
        return
    kind = value.get("resourceType")
    if not isinstance(kind, str) or not kind:
        reading.problem(
            where, translate("FhirImport", "is not a FHIR resource: it has no resourceType")
        )
        return
    if kind != "Bundle":
        if keep is None or keep(kind) or (kind in OWN_ONLY and _carebooks(value)):
            if len(reading.found) >= limits.HELD:
                raise Unreadable(
                    translate(
                        "FhirImport",
                        "brings the resources carebook keeps to more than {held:,}; carebook "
                        "imports up to {held:,} at a time. Split the export",
                    ).format(held=limits.HELD)
                )
            reading.found.append(Found(value, where, full_url))
        else:
            reading.skipped[kind] += 1
        return
    entries = value.get("entry") or []
    if not isinstance(entries, list):
        reading.problem(where, translate("FhirImport", "is a Bundle whose entry is not a list"))
        return
    entry_at = translate("FhirImport", "{where} entry {number}")
    for number, entry in enumerate(entries, start=1):
        here = entry_at.format(where=where, number=number)
        if not isinstance(entry, dict):
            reading.problem(here, translate("FhirImport", "is not a Bundle entry (a JSON object)"))
            continue
        request = _dict(entry.get("request"))
        method = str(request.get("method", "")).upper() if request else ""
        if method == "DELETE":
            reading.notices.append(
                ReadProblem(
                    here,
                    translate(
                        "FhirImport", "asks to delete {url}; carebook deletes nothing on import"
                    ).format(url=request.get("url", translate("FhirImport", "a resource"))),
                )
            )
            continue
        search = _dict(entry.get("search"))
        resource = entry.get("resource")
        if resource is None:
            if entry.get("response") is not None or method == "GET":
                continue  # a transaction's answer, or a read request: no data
            reading.problem(here, translate("FhirImport", "has no resource"))
            continue
        if search and search.get("mode") == "outcome":
            reading.notices.append(
                ReadProblem(
                    here,
                    translate(
                        "FhirImport", "is the server's note on the search (an OperationOutcome)"
                    ),
                )
            )
            continue
        url = entry.get("fullUrl")
        # Each Bundle inside a Bundle is three levels of JSON deeper, so the nesting limit
        # the text was read under bounds how deep this goes.
        take(resource, here, url if isinstance(url, str) else "", reading, keep)


def _carebooks(resource: Json) -> bool:
    """Whether a resource carries carebook's extension (is of carebook's own export)."""
    extensions = resource.get("extension")
    return isinstance(extensions, list) and any(
        isinstance(e, dict) and e.get("url") == OWN_URL for e in extensions
    )


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return translate("FhirImport", "a list")
    if isinstance(value, str):
        return translate("FhirImport", "a string")
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("FhirImport", "true or false")
    return translate("FhirImport", "a number")


def _dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}
