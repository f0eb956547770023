"""Reading FHIR files as an EHR hands them over: resources with where each was found (no SQL).

A file is a JSON Bundle (document, collection, transaction, batch, searchset, history: their
entries are read in order, a Bundle inside a Bundle is opened too), a single JSON resource, or
bulk-data NDJSON (one resource per line, as the FHIR Bulk Data Access specification writes it;
usually one file per resource type). gzip-compressed files are read the same. Each resource
keeps where it was found, "Condition.ndjson line 4" or "download.json entry 12" (entries and
lines counted from 1), so that a report can name it.

What cannot be read is a `ReadProblem`, never an exception: a file that is missing or is not
UTF-8, JSON that does not parse (with its line and column), an NDJSON line that is not a JSON
object, an entry without a resource. What is read but is not data is noted (`notices`): a
transaction's DELETE entries and a search's OperationOutcome entries.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Json = dict[str, Any]

#: The file names read as NDJSON whatever their content looks like.
NDJSON_SUFFIXES = (".ndjson", ".jsonl", ".ndjson.gz", ".jsonl.gz")


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


def read_files(paths: Sequence[Path]) -> Reading:
    """Every resource in `paths`, in the order of the files and of their lines or entries."""
    reading = Reading()
    for path in paths:
        reading.files += 1
        _read_file(Path(path), reading)
    return reading


def ndjson_lines(text: str) -> Iterator[tuple[int, str]]:
    """The lines of NDJSON text that hold something, with their numbers counted from 1.

    Lines end at "\\n" only (a "\\r" before it is dropped): JSON keeps every other line break,
    such as U+2028, inside its strings, and `str.splitlines` would cut a resource in two there.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if line.strip():
            yield number, line


def _read_file(path: Path, reading: Reading) -> None:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        reading.problems.append(ReadProblem(name, f"cannot be read: {error.strerror or error}"))
        return
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            reading.problems.append(ReadProblem(name, f"is not a readable gzip file ({error})"))
            return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reading.problems.append(ReadProblem(
            name, f"is not UTF-8 text (byte {error.start + 1} cannot be read as UTF-8)"))
        return
    if not text.strip():
        reading.problems.append(ReadProblem(name, "is empty"))
        return
    if name.lower().endswith(NDJSON_SUFFIXES):
        _read_ndjson(name, text, reading)
        return
    try:
        whole = json.loads(text)
    except json.JSONDecodeError as error:
        if _looks_like_ndjson(text):
            _read_ndjson(name, text, reading)
        else:
            reading.problems.append(ReadProblem(
                name, f"is not valid JSON: {error.msg} at line {error.lineno}, "
                      f"column {error.colno}"))
        return
    _take(whole, name, "", reading)


def _looks_like_ndjson(text: str) -> bool:
    """True when the text is more than one line and its first line is a JSON object."""
    lines = ndjson_lines(text)
    first = next(lines, None)
    if first is None or next(lines, None) is None:
        return False
    try:
        return isinstance(json.loads(first[1]), dict)
    except json.JSONDecodeError:
        return False


def _read_ndjson(name: str, text: str, reading: Reading) -> None:
    for number, line in ndjson_lines(text):
        where = f"{name} line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            reading.problems.append(ReadProblem(
                where, f"is not valid JSON: {error.msg} at column {error.colno}"))
            continue
        _take(value, where, "", reading)


def _take(value: Any, where: str, full_url: str, reading: Reading) -> None:
    """A resource (a Bundle is opened into its entries), or a problem."""
    if not isinstance(value, dict):
        reading.problems.append(ReadProblem(
            where, f"is not a FHIR resource (a JSON object) but {_kind_of(value)}"))
        return
    kind = value.get("resourceType")
    if not isinstance(kind, str) or not kind:
        reading.problems.append(ReadProblem(where, "is not a FHIR resource: it has no "
                                                   "resourceType"))
        return
    if kind != "Bundle":
        reading.found.append(Found(value, where, full_url))
        return
    entries = value.get("entry") or []
    if not isinstance(entries, list):
        reading.problems.append(ReadProblem(where, "is a Bundle whose entry is not a list"))
        return
    for number, entry in enumerate(entries, start=1):
        here = f"{where} entry {number}"
        if not isinstance(entry, dict):
            reading.problems.append(ReadProblem(here, "is not a Bundle entry (a JSON object)"))
            continue
        request = _dict(entry.get("request"))
        method = str(request.get("method", "")).upper() if request else ""
        if method == "DELETE":
            reading.notices.append(ReadProblem(
                here, f"asks to delete {request.get('url', 'a resource')}; carebook deletes "
                      "nothing on import"))
            continue
        search = _dict(entry.get("search"))
        resource = entry.get("resource")
        if resource is None:
            if entry.get("response") is not None or method == "GET":
                continue  # a transaction's answer, or a read request: no data
            reading.problems.append(ReadProblem(here, "has no resource"))
            continue
        if search and search.get("mode") == "outcome":
            reading.notices.append(ReadProblem(here, "is the server's note on the search "
                                                     "(an OperationOutcome)"))
            continue
        url = entry.get("fullUrl")
        _take(resource, here, url if isinstance(url, str) else "", reading)


def _kind_of(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    return "a number"


def _dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}
