"""FHIR files carebook refuses clearly, never with a traceback nor by running out of memory:
nesting too deep, numbers too long, files too large or not files at all, text that is not
UTF-8, gzip cut short or damaged, nothing in them."""

from __future__ import annotations

import gzip
import json
import os
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.interop.fhir import limits as fhir_limits
from carebook.interop.fhir.limits import NESTING, NOT_REGULAR, too_deep
from carebook.store.caseload import Store
from tests.cli_runner import run

PATIENT = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Okafor", "given": ["Ada"]}]}


def _import(
    capsys: pytest.CaptureFixture[str], db: Path, *files: Path | str, options: tuple[str, ...] = ()
) -> tuple[int, str]:
    """`carebook import FILES --kind fhir`: its exit status and what it printed, having
    checked that it said nothing on standard error (no traceback, no crash)."""
    status, out, err = run(
        capsys, "import", *map(str, files), "--kind", "fhir", "--db", str(db), *options
    )
    assert err == ""
    return status, out


def _patients(db: Path) -> list[str]:
    store = Store.open(db)
    try:
        return [row[0] for row in store.conn.execute("SELECT family FROM patient ORDER BY id")]
    finally:
        store.close()


def _ndjson(*resources: Any) -> str:
    return "".join(json.dumps(resource) + "\n" for resource in resources)


def _nested(shape: str, depth: int) -> Any:
    """JSON `depth` levels deep in one of the shapes an attacker (or a broken exporter) sends."""
    if shape == "array":
        return "[" * depth + "]" * depth
    if shape == "object":
        return '{"a":' * depth + "1" + "}" * depth
    # carebook's own kind of extension: each one inside the one before, in a Patient
    chain = '{"url":"x","extension":[' * depth + "]}" * depth
    return (
        '{"resourceType":"Patient","id":"p2","name":[{"family":"Deep"}],"extension":['
        + chain
        + "]}"
    )


# -- nesting -------------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["array", "object", "extension"])
def test_json_nested_a_hundred_thousand_deep_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shape: str
) -> None:
    bundle = tmp_path / "download.json"
    bundle.write_text(_nested(shape, 100_000))
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bundle)
    assert status == 1
    assert (
        f"download.json: is nested more than {NESTING} levels deep; not a FHIR file "
        "carebook can read"
    ) in out
    assert not db.exists()


def test_an_ndjson_line_nested_too_deep_is_named_by_its_line_and_the_rest_imports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = tmp_path / "Patient.ndjson"
    lines.write_text(_ndjson(PATIENT) + _nested("extension", 100_000) + "\n")
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, lines)
    assert status == 1
    assert (
        f"Patient.ndjson line 2: is nested more than {NESTING} levels deep; not a FHIR "
        "resource carebook can read"
    ) in out
    status, out = _import(capsys, db, lines, options=("--skip-invalid",))
    assert status == 0 and _patients(db) == ["Okafor"]


def test_extensions_nested_as_deep_as_carebook_reads_import_without_failing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Just inside the limit, what walks the resource (the R4 models, carebook's extension
    reader) copes: the patient is imported."""
    depth = (NESTING - 2) // 2  # a Patient, its extension list, then an object and a list each
    text = _nested("extension", depth)
    assert not too_deep(text.encode()) and too_deep(text.encode(), NESTING - 1)
    bundle = tmp_path / "deep.json"
    bundle.write_text(text)
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bundle)
    assert status == 0, out
    assert _patients(db) == ["Deep"]


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(inner) for inner in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(inner) for inner in value), default=0)
    return 0


_AWKWARD = st.text(st.sampled_from('[]{}"\\ab\u2028é'), max_size=6)
_JSON = st.recursive(
    st.none() | st.integers() | _AWKWARD,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_AWKWARD, inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(value=_JSON, limit=st.integers(0, 8), ascii_only=st.booleans())
def test_nesting_is_measured_outside_strings_only(value: Any, limit: int, ascii_only: bool) -> None:
    """Brackets, quotes and backslashes inside strings do not count; every level outside does."""
    text = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert too_deep(text, limit) == (_depth(value) > limit)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":[' * 50_000, "[" * 60 + "]]" * 60])
def test_json_cut_short_or_unbalanced_deep_down_is_refused_without_recursing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
) -> None:
    bundle = tmp_path / "cut.json"
    bundle.write_text(text)
    status, out = _import(capsys, tmp_path / "caseload.sqlite3", bundle)
    assert status == 1 and out.count("\n  - cut.json: ") == 1


# -- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "said"),
    [
        ("9" * 100_000, "holds a number of more than 40 digits"),
        ("0." + "1" * 100_000, "holds a number of more than 40 digits"),
        ("1e999", "holds the number 1e999, too large for FHIR"),
        ("NaN", "holds NaN, which is not a number JSON allows"),
    ],
)
def test_numbers_no_fhir_element_holds_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, number: str, said: str
) -> None:
    text = json.dumps({**PATIENT, "id": "p2", "multipleBirthInteger": 0}).replace(
        '"multipleBirthInteger": 0', f'"multipleBirthInteger": {number}'
    )
    bundle = tmp_path / "download.json"
    bundle.write_text(text)
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bundle)
    assert status == 1
    assert f"download.json: {said}; not a FHIR file carebook can read" in out
    lines = tmp_path / "Patient.ndjson"
    lines.write_text(_ndjson(PATIENT) + text + "\n")
    status, out = _import(capsys, db, lines, options=("--skip-invalid",))
    assert status == 0 and f"Patient.ndjson line 2: {said}" in out
    assert _patients(db) == ["Okafor"]


# -- size and streaming --------------------------------------------------------------------------


def test_a_bulk_file_of_skipped_observations_streams_in_bounded_memory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """300,000 Observations (a type carebook does not keep) are counted, not held."""
    observation = json.dumps(
        {
            "resourceType": "Observation",
            "id": "o",
            "status": "final",
            "code": {"text": "Pulse"},
            "valueQuantity": {"value": 72},
        }
    )
    packed = tmp_path / "Observation.ndjson.gz"
    packed.write_bytes(gzip.compress(((observation + "\n") * 300_000).encode(), 9))
    patients = tmp_path / "Patient.ndjson"
    patients.write_text(_ndjson(PATIENT))
    db = tmp_path / "caseload.sqlite3"
    tracemalloc.start()
    started = time.perf_counter()
    try:
        status, out = _import(capsys, db, patients, packed)
        took = time.perf_counter() - started
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status == 0, out
    assert "Not kept by carebook, so skipped: Observation 300000." in out
    assert _patients(db) == ["Okafor"]
    assert peak < 40 * 2**20, f"{peak / 2**20:.0f} MB"  # held whole, they took hundreds
    assert took < 10, f"{took:.1f} s"  # about a second here; holding them took far longer


def test_observations_mixed_with_other_types_are_counted_by_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = tmp_path / "everything.ndjson"
    lines.write_text(
        _ndjson(
            PATIENT,
            {"resourceType": "Observation", "id": "o1"},
            {"resourceType": "Encounter", "id": "e1"},
            {"resourceType": "Observation", "id": "o2"},
        )
        + '{ "resourceType" : "Encounter" }\r\n'
    )
    status, out = _import(capsys, tmp_path / "caseload.sqlite3", lines)
    assert status == 0
    assert "Not kept by carebook, so skipped: Encounter 2, Observation 2." in out


@pytest.mark.parametrize("name", ["Observation.ndjson.gz", "download.json.gz"])
def test_a_gzip_bomb_is_refused_at_the_cap(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(fhir_limits, "FILE_MB", 1)
    bomb = tmp_path / name
    filler = json.dumps({**PATIENT, "text": {"div": " " * (3 << 20)}})
    bomb.write_bytes(gzip.compress((_ndjson(PATIENT) + filler + "\n").encode(), 9))
    assert bomb.stat().st_size < 64 << 10
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bomb)
    assert status == 1
    assert (
        f"{name}: unpacks to more than 1 MB; carebook reads FHIR files up to 1 MB. Split the export"
    ) in out
    assert "Read 1 file: 0 resources." in out  # refused whole: not even its first line
    assert not db.exists()


def test_a_plain_file_larger_than_the_cap_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fhir_limits, "FILE_MB", 1)
    big = tmp_path / "Patient.ndjson"
    big.write_text(_ndjson(PATIENT) * 30_000)
    status, out = _import(capsys, tmp_path / "caseload.sqlite3", big)
    assert status == 1
    assert (
        "Patient.ndjson: is larger than 1 MB; carebook reads FHIR files up to 1 MB. Split "
        "the export"
    ) in out


def test_a_bundle_or_a_line_larger_than_one_json_text_may_be_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fhir_limits, "DOCUMENT_MB", 1)
    large = {**PATIENT, "id": "p2", "text": {"div": "x" * (2 << 20)}}
    bundle = tmp_path / "download.json"
    bundle.write_text(
        json.dumps(
            {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": large}]},
            indent=1,
        )
    )
    lines = tmp_path / "Patient.ndjson"
    byrne = {**PATIENT, "id": "p3", "name": [{"family": "Byrne"}]}
    lines.write_text(_ndjson(PATIENT, large, byrne))
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bundle, lines, options=("--skip-invalid",))
    assert "download.json: holds more than 1 MB of JSON in one piece" in out
    assert (
        "Patient.ndjson line 2: is longer than 1 MB; carebook reads a resource of up to 1 MB"
    ) in out
    assert status == 0 and _patients(db) == ["Okafor", "Byrne"]


# -- what is not a file --------------------------------------------------------------------------


def test_a_pipe_is_refused_without_waiting_for_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pipe = tmp_path / "download.json"
    os.mkfifo(pipe)
    done = threading.Event()

    def unblock() -> None:
        """Should the import wait for a writer, give it one, so the test fails, not hangs."""
        if not done.wait(10):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    helper = threading.Thread(target=unblock)
    helper.start()
    try:
        db = tmp_path / "caseload.sqlite3"
        status, out = _import(capsys, db, pipe)
    finally:
        done.set()
        helper.join()
    assert status == 1
    assert f"  - {pipe}: {NOT_REGULAR}" in out
    assert NOT_REGULAR == (
        "is not a regular file (a pipe or a device): save the data to a file and import that"
    )
    assert not db.exists()


@pytest.mark.parametrize("device", ["/dev/null", "/dev/stdin"])
def test_a_device_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, device: str
) -> None:
    if not os.path.exists(device) or Path(device).resolve().is_file():
        pytest.skip(f"{device} is not a device here")
    status, out = _import(capsys, tmp_path / "caseload.sqlite3", device)
    assert status == 1 and f"  - {device}: {NOT_REGULAR}" in out


def test_a_folder_is_refused_with_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "bulk"
    folder.mkdir()
    status, out = _import(capsys, tmp_path / "caseload.sqlite3", folder)
    assert status == 1
    assert f"  - {folder}: is a folder, not a FHIR file: name the files in it" in out


# -- text and packing ----------------------------------------------------------------------------


def _gzip_damaged() -> bytes:
    packed = bytearray(
        gzip.compress(_ndjson(*[{**PATIENT, "id": f"p{n}"} for n in range(200)]).encode(), mtime=0)
    )
    packed[len(packed) // 2 : len(packed) // 2 + 8] = b"\xff" * 8
    return bytes(packed)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "latin.json",
            json.dumps({**PATIENT, "name": [{"family": "Müller"}]}, ensure_ascii=False).encode(
                "latin-1"
            ),
            "latin.json: is not UTF-8 text (byte ",
        ),
        (
            "wide.json",
            json.dumps(PATIENT).encode("utf-16"),
            "wide.json: is UTF-16 text; carebook reads FHIR files in UTF-8",
        ),
        (
            "Patient.ndjson.gz",
            gzip.compress(_ndjson(PATIENT).encode() * 50, mtime=0)[:-30],
            "Patient.ndjson.gz: is not a readable gzip file: it ends too soon (the "
            "download or copy "
            "was cut short)",
        ),
        (
            "download.json",
            gzip.compress(json.dumps(PATIENT).encode(), mtime=0)[:20],
            "download.json: is not a readable gzip file: it ends too soon",
        ),
        (
            "Patient.ndjson",
            _gzip_damaged(),
            "Patient.ndjson: is not a readable gzip file: its data is damaged",
        ),
        ("empty.json", b"", "empty.json: is empty"),
        ("blank.json", b" \n\t\r\n", "blank.json: is empty"),
        ("bom.json", b"\xef\xbb\xbf", "bom.json: is empty"),
        ("Empty.ndjson", b"\n\n  \n", "Empty.ndjson: is empty"),
        ("Empty.ndjson.gz", gzip.compress(b"", mtime=0), "Empty.ndjson.gz: is empty"),
        ("number.json", b"42", "number.json: is not a FHIR resource (a JSON object) but a number"),
        (
            "text.json",
            b'"Patient"',
            "text.json: is not a FHIR resource (a JSON object) but a string",
        ),
        ("null.json", b"null", "null.json: is not a FHIR resource (a JSON object) but null"),
    ],
)
def test_files_that_are_not_fhir_text_each_get_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, path)
    assert status == 1
    errors = [line for line in out.splitlines() if line.startswith("  - ")]
    assert len(errors) == 1 and errors[0].startswith(f"  - {said}"), out
    assert not db.exists()


def test_a_byte_order_mark_is_read_past_and_text_not_utf8_names_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bundle = tmp_path / "bom.json"
    bundle.write_bytes(b"\xef\xbb\xbf" + json.dumps(PATIENT).encode())
    lines = tmp_path / "Patient.ndjson"
    # Two exports joined one after the other, each with its mark; then one line in Latin-1.
    lines.write_bytes(
        b"\xef\xbb\xbf"
        + _ndjson({**PATIENT, "id": "p2"}).encode()
        + b"\xef\xbb\xbf"
        + _ndjson({**PATIENT, "id": "p3"}).encode()
        + json.dumps(
            {**PATIENT, "id": "p4", "name": [{"family": "Müller"}]}, ensure_ascii=False
        ).encode("latin-1")
        + b"\n"
    )
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bundle, lines, options=("--skip-invalid",))
    assert status == 0
    assert "Patient.ndjson line 3: is not UTF-8 text (byte " in out
    assert _patients(db) == ["Okafor"] * 3


def test_a_file_of_many_broken_lines_lists_a_thousand_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from carebook.interop.fhir.read import PROBLEMS_LISTED, read_files

    lines = tmp_path / "broken.ndjson"
    lines.write_bytes(b"[]\n" * 100_000)
    reading = read_files([lines])
    assert len(reading.problems) == PROBLEMS_LISTED + 1
    assert (
        reading.problems[-1].what == f"has {100_000 - PROBLEMS_LISTED} more problems (not listed)"
    )


def test_what_the_report_quotes_of_a_file_is_clipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An id or a value a megabyte long is shown by its start, not printed whole."""
    odd = {**PATIENT, "id": "p" + "1" * 60, "gender": "x" * (1 << 20)}
    bundle = tmp_path / "download.json"
    bundle.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"resource": odd}, {"resource": {**odd, "id": "q" * (1 << 20)}}],
            }
        )
    )
    status, out = _import(capsys, tmp_path / "caseload.sqlite3", bundle)
    assert status == 1 and len(out) < 4000, len(out)
    assert "download.json entry 1: Patient/p111" in out and "gender 'xxx" in out


def test_a_moment_past_the_dates_carebook_keeps_is_the_fault_of_its_resource(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Not the end of the whole import as if the command were mistyped: the resource is named,
    and --skip-invalid imports the rest."""
    lines = tmp_path / "download.ndjson"
    lines.write_text(
        _ndjson(
            PATIENT,
            {
                "resourceType": "Appointment",
                "id": "a1",
                "status": "booked",
                "start": "9999-12-31T23:00:00Z",
                "end": "9999-12-31T23:30:00Z",
                "participant": [{"actor": {"reference": "Patient/p1"}, "status": "accepted"}],
            },
            {
                "resourceType": "Task",
                "id": "t1",
                "status": "completed",
                "intent": "order",
                "description": "Call the pharmacy",
                "for": {"reference": "Patient/p1"},
                "executionPeriod": {"end": "0001-01-01T00:00:00+14:00"},
            },
        )
    )
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, lines)
    assert status == 1
    assert (
        "download.ndjson line 2: Appointment/a1: carebook cannot keep it: The date "
        "9999-12-31 is outside the dates carebook keeps"
    ) in out
    assert "download.ndjson line 3: Task/t1: carebook cannot keep it: " in out
    status, out = _import(capsys, db, lines, options=("--skip-invalid",))
    assert status == 0 and _patients(db) == ["Okafor"]


def test_text_with_half_a_character_pair_is_refused_and_whole_pairs_are_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """JSON may escape an emoji as two halves (\\ud83d\\ude42); one half alone is no character,
    and no text holding it can be saved."""
    bundle = tmp_path / "download.json"
    bundle.write_text(
        '{"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": '
        '"urn:uuid:a\\ud800b", "resource": ' + json.dumps(PATIENT) + "}]}"
    )
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, bundle)
    assert status == 1
    assert "download.json: holds text that is not valid Unicode" in out
    emoji = tmp_path / "emoji.json"
    emoji.write_text(json.dumps({**PATIENT, "name": [{"family": "Okafor 🙂"}]}))
    assert "\\ud83d\\ude42" in emoji.read_text()
    status, out = _import(capsys, db, emoji)
    assert status == 0 and _patients(db) == ["Okafor 🙂"]


def test_more_resources_to_keep_than_one_import_holds_are_refused_by_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fhir_limits, "HELD", 3)
    first, second = tmp_path / "Patient.ndjson", tmp_path / "More.ndjson"
    first.write_text(
        _ndjson(PATIENT, {**PATIENT, "id": "p2"}, {"resourceType": "Observation", "id": "o1"})
    )
    second.write_text(_ndjson(*({**PATIENT, "id": f"q{n}"} for n in range(2))))
    db = tmp_path / "caseload.sqlite3"
    status, out = _import(capsys, db, first, second, options=("--skip-invalid",))
    assert (
        "More.ndjson: brings the resources carebook keeps to more than 3; carebook "
        "imports up to 3 at a time. Split the export"
    ) in out
    assert status == 0 and _patients(db) == ["Okafor", "Okafor"]
