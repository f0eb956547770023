"""The whole caseload streamed: the text of the one Bundle, each piece checked, the file whole
or not at all."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, TextIO

import pytest

from carebook.interop.fhir.bundle import bundle_json
from carebook.interop.fhir.caseload import CaseloadExportSummary, write_caseload
from carebook.interop.fhir.collection import CollectionWriter
from carebook.interop.fhir.values import BASE
from carebook.reports import write_streamed
from carebook.store.caseload import Store
from tests.interop.fhir.test_fhir_caseload import GENERATED

HEAD = {
    "resourceType": "Bundle",
    "id": "b",
    "type": "collection",
    "timestamp": "2026-03-03T09:30:00+00:00",
}


def test_the_streamed_text_is_the_bundle_as_bundle_json_writes_it(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        stream = io.StringIO()
        summary = write_caseload(store, stream, generated=GENERATED, indent=True)
        compact = io.StringIO()
        write_caseload(store, compact, generated=GENERATED)
    finally:
        store.close()
    text = stream.getvalue()
    bundle = json.loads(text)
    assert text == bundle_json(bundle)  # indented by 2, keys in the order built, one newline
    # By default the same Bundle without the whitespace: an entry a line, characters as they are.
    lines = compact.getvalue().splitlines()
    assert json.loads(compact.getvalue()) == bundle
    assert len(lines) == len(bundle["entry"]) + 2
    assert all(line.startswith('{"fullUrl":"') for line in lines[1:-1])
    assert len(compact.getvalue()) < 0.7 * len(text)
    assert list(bundle) == ["resourceType", "id", "identifier", "type", "timestamp", "entry"]
    assert summary == CaseloadExportSummary(patients=40, resources=len(bundle["entry"]))
    first = bundle["entry"][0]
    assert list(first) == ["fullUrl", "resource"]
    assert first["fullUrl"] == f"{BASE}Patient/{first['resource']['id']}"
    assert list(first["resource"])[:3] == ["resourceType", "id", "meta"]


def test_an_empty_collection_is_still_the_bundle_json_text() -> None:
    stream = io.StringIO()
    writer = CollectionWriter(stream, HEAD, indent=True)
    writer.close()
    assert stream.getvalue() == bundle_json({**HEAD, "entry": []})
    compact = io.StringIO()
    CollectionWriter(compact, HEAD).close()
    assert json.loads(compact.getvalue()) == {**HEAD, "entry": []}


def test_the_models_check_each_resource_only_when_asked() -> None:
    bad = _patient(1, birthDate="the fourth of July")
    stream = io.StringIO()
    writer = CollectionWriter(stream, HEAD)
    writer.add(bad, f"{BASE}Patient/patient-1")  # the cheap checks do not read dates
    writer.close()
    assert json.loads(stream.getvalue())["entry"][0]["resource"] == bad
    writer = CollectionWriter(io.StringIO(), HEAD, models=True)
    with pytest.raises(ValueError, match="Patient/patient-1 birthDate"):
        writer.add(bad, f"{BASE}Patient/patient-1")


def _patient(number: int, **more: Any) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": f"patient-{number}", **more}


def test_a_reference_may_name_a_later_entry_but_must_find_one() -> None:
    stream = io.StringIO()
    writer = CollectionWriter(stream, HEAD)
    writer.add(
        _patient(1, link=[{"other": {"reference": "Patient/patient-2"}, "type": "seealso"}]),
        f"{BASE}Patient/patient-1",
    )
    writer.add(_patient(2), f"{BASE}Patient/patient-2")
    writer.close()
    assert len(json.loads(stream.getvalue())["entry"]) == 2

    writer = CollectionWriter(io.StringIO(), HEAD)
    writer.add(
        _patient(1, link=[{"other": {"reference": "Patient/patient-9"}, "type": "seealso"}]),
        f"{BASE}Patient/patient-1",
    )
    with pytest.raises(
        ValueError,
        match="'Patient/patient-9' in Patient/patient-1 does not resolve inside the bundle",
    ):
        writer.close()


def test_each_resource_is_checked_against_the_r4_models_and_codes() -> None:
    writer = CollectionWriter(io.StringIO(), HEAD, models=True)
    with pytest.raises(ValueError, match="Not a valid FHIR R4 bundle: Patient/patient-1 birthDate"):
        writer.add(_patient(1, birthDate="3 March"), f"{BASE}Patient/patient-1")
    with pytest.raises(ValueError, match="'dunno' is not one of the codes"):
        writer.add(_patient(2, gender="dunno"), f"{BASE}Patient/patient-2")
    writer.add(_patient(3), f"{BASE}Patient/patient-3")
    with pytest.raises(ValueError, match="needs a fullUrl of its own"):
        writer.add(_patient(3), f"{BASE}Patient/patient-3")
    with pytest.raises(ValueError, match="Not a valid FHIR R4 bundle: the bundle"):
        CollectionWriter(io.StringIO(), {**HEAD, "type": 7}, models=True)
    # Without the models, the codes and fullUrls are still checked.
    writer = CollectionWriter(io.StringIO(), HEAD)
    with pytest.raises(ValueError, match="'dunno' is not one of the codes"):
        writer.add(_patient(2, gender="dunno"), f"{BASE}Patient/patient-2")


def test_a_streamed_file_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "caseload.json"

    def fails(stream: TextIO) -> None:
        stream.write("{\n  half a bundle")
        raise ValueError("found a fault midway")

    with pytest.raises(ValueError, match="midway"):
        write_streamed(path, fails)
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file

    path.write_text("before\n", encoding="utf-8")
    with pytest.raises(ValueError):
        write_streamed(path, fails)
    assert path.read_text(encoding="utf-8") == "before\n"
    assert [p.name for p in tmp_path.iterdir()] == ["caseload.json"]

    assert write_streamed(path, lambda stream: stream.write("whole\n")) == 6
    assert path.read_text(encoding="utf-8") == "whole\n"
    assert path.stat().st_mode & 0o777 == 0o600
