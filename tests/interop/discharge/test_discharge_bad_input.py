"""A discharge file that cannot be read as a medication list is refused with one clear
message naming the file and saying what to do; a medicine that cannot be read is left out
with a problem line while the rest is read."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from carebook.interop.discharge import DischargeFileError, read_discharge
from carebook.interop.discharge.opening import MOST_MB

FIXTURES = Path(__file__).parent / "fixtures"


def _refusal(path: Path) -> str:
    with pytest.raises(DischargeFileError) as refused:
        read_discharge([path])
    return str(refused.value)


def _file(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_a_fhir_file_with_no_medicines(tmp_path: Path) -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "p", "name": [{"family": "Lee"}]}},
            {"resource": {"resourceType": "Condition", "id": "c", "code": {"text": "Asthma"}}},
            {"resource": {"resourceType": "Observation", "id": "o", "status": "final"}},
        ],
    }
    said = _refusal(_file(tmp_path, "labs.json", json.dumps(bundle)))

    assert said.startswith("labs.json holds no medicines (no MedicationRequest or ")
    assert "1 Patient" in said and "1 Observation" in said
    assert "Is it the discharge medication list?" in said


def test_a_spreadsheet_with_no_medication_column(tmp_path: Path) -> None:
    said = _refusal(_file(tmp_path, "visits.csv", "Patient,Date,Visit\nAnn Lee,2024-03-01,Home\n"))

    assert said.startswith("visits.csv has no column naming the medicine (Medication, Drug or ")
    assert "'Patient', 'Date', 'Visit'" in said


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("name", ["empty.json", "empty.csv", "empty.xml", "empty"])
def test_an_empty_file(tmp_path: Path, name: str, content: bytes) -> None:
    said = _refusal(_file(tmp_path, name, content))

    assert said == f"{name} is empty; choose the file the hospital sent with the medicines in it."


def test_bad_json(tmp_path: Path) -> None:
    said = _refusal(_file(tmp_path, "discharge.json", '{"resourceType": "Bundle", "entry": [}'))

    assert said.startswith("discharge.json is not valid JSON: Expecting value at line 1, column")
    assert "check that it is the file as the hospital sent it" in said


def test_an_ndjson_line_of_bad_json_is_a_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    good = {
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {"text": "Aspirin 75 mg"},
    }
    path = _file(tmp_path, "meds.ndjson", json.dumps(good) + '\n{"resourceType": "Medic\n')

    read = read_discharge([path])

    assert [line.name for line in read.lines] == ["Aspirin 75 mg"]
    [problem] = read.problems
    assert problem.startswith("meds.ndjson line 2 is not valid JSON")
    assert problem.endswith("; whatever it held is left out of the list")


def test_json_that_is_not_utf8(tmp_path: Path) -> None:
    data = (
        b'{"resourceType": "MedicationStatement", "medicationCodeableConcept": {"text": "Caf\xe9"}}'
    )
    said = _refusal(_file(tmp_path, "meds.json", data))

    at = data.index(b"\xe9") + 1
    assert said.startswith(f"meds.json is not UTF-8 text (byte {at} cannot be read as UTF-8)")


def test_xml_that_is_not_utf8(tmp_path: Path) -> None:
    text = (FIXTURES / "discharge_summary.xml").read_bytes().replace(b"Margaret", b"Marg\xe9ret")
    said = _refusal(_file(tmp_path, "summary.xml", text))

    assert said.startswith("summary.xml is not UTF-8 text (byte ")


def test_a_binary_file(tmp_path: Path) -> None:
    said = _refusal(_file(tmp_path, "scan.pdf", b"%PDF-1.7\n\x00\x01\x02\xff" * 50))

    assert said.startswith("scan.pdf is not a text file: it holds NUL bytes")


def test_utf16_fhir(tmp_path: Path) -> None:
    said = _refusal(_file(tmp_path, "d.json", '{"resourceType": "Bundle"}'.encode("utf-16")))

    assert said.startswith("d.json is UTF-16 text; FHIR and C-CDA files are UTF-8.")


def test_a_ccda_with_no_medication_section() -> None:
    said = _refusal(FIXTURES / "ccd_no_medications.xml")

    assert said.startswith(
        "ccd_no_medications.xml is a C-CDA document but has no medication section"
    )


def test_xml_that_is_not_ccda(tmp_path: Path) -> None:
    fhir = '<Bundle xmlns="http://hl7.org/fhir"><type value="document"/></Bundle>'
    assert _refusal(_file(tmp_path, "b.xml", fhir)).startswith(
        "b.xml is FHIR written in XML; carebook reads FHIR in JSON."
    )
    assert _refusal(_file(tmp_path, "page.html", "<html><body>Hi</body></html>")).startswith(
        "page.html is XML but not a C-CDA document (its root is <html>"
    )


def test_xml_cut_short(tmp_path: Path) -> None:
    text = (FIXTURES / "discharge_summary.xml").read_text(encoding="utf-8")
    said = _refusal(_file(tmp_path, "cut.xml", text[: len(text) // 2]))

    assert said.startswith("cut.xml is not well-formed XML (a fault at line ")


def test_a_doctype_is_refused_so_no_entity_expands(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
        '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&lol2;</title></ClinicalDocument>'
    )
    said = _refusal(_file(tmp_path, "lolz.xml", laughs))

    assert said.startswith("lolz.xml is XML with a document type declaration (DOCTYPE)")


def test_xml_nested_too_deep(tmp_path: Path) -> None:
    deep = '<ClinicalDocument xmlns="urn:hl7-org:v3">' + "<a>" * 5000 + "</a>" * 5000
    said = _refusal(_file(tmp_path, "deep.xml", deep + "</ClinicalDocument>"))

    assert said.startswith("deep.xml nests its XML more than 200 levels deep")


def test_a_file_of_200_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written to the disk

    said = _refusal(path)

    assert said == (
        f"huge.json is 200 MB, far larger than a discharge medication list (carebook reads "
        f"one of up to {MOST_MB} MB); is it the right file?"
    )


def test_a_name_of_10000_characters_is_cut_to_200_with_a_problem(tmp_path: Path) -> None:
    long = "Paracetamol " + "x" * 9988
    rows = f"Medication,Dose\n{long},1 g\nAspirin,75 mg\n"

    read = read_discharge([_file(tmp_path, "list.csv", rows)])

    assert [len(line.name) for line in read.lines] == [200, 7]
    assert read.lines[0].name.startswith("Paracetamol xxx")
    assert read.problems == (
        "list.csv row 2: the medicine's name is 10,000 characters long; only its first 200 "
        "are kept",
    )


def test_a_long_name_in_fhir_is_cut_too(tmp_path: Path) -> None:
    statement = {
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {"text": "A" * 10_000},
    }
    read = read_discharge([_file(tmp_path, "one.json", json.dumps(statement))])

    assert len(read.lines[0].name) == 200
    assert read.problems == (
        "one.json: the medicine's name is 10,000 characters long; only its first 200 are kept",
    )


def test_a_medicine_without_a_name_is_left_out_and_the_rest_read(tmp_path: Path) -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            {"resource": {"resourceType": "MedicationRequest", "status": "active"}},
            {
                "resource": {
                    "resourceType": "MedicationRequest",
                    "status": "active",
                    "medicationCodeableConcept": {"text": "Aspirin"},
                }
            },
        ],
    }
    read = read_discharge([_file(tmp_path, "s.json", json.dumps(bundle))])

    assert [line.name for line in read.lines] == ["Aspirin"]
    assert read.problems == (
        "s.json entry 1: a MedicationRequest that does not name the medicine is left out",
    )


def test_fhir_files_of_two_patients(tmp_path: Path) -> None:
    lines: list[dict[str, Any]] = []
    for number, family in enumerate(("Lee", "Khan"), start=1):
        lines.append(
            {
                "resourceType": "Patient",
                "id": f"p{number}",
                "name": [{"family": family, "given": ["Ann"]}],
            }
        )
        lines.append(
            {
                "resourceType": "MedicationRequest",
                "status": "active",
                "subject": {"reference": f"Patient/p{number}"},
                "medicationCodeableConcept": {"text": "Aspirin"},
            }
        )
    path = _file(tmp_path, "bulk.ndjson", "\n".join(json.dumps(line) for line in lines))

    said = _refusal(path)

    assert said == (
        "bulk.ndjson hold the medicines of 2 patients (Ann Lee, Ann Khan); choose the "
        "discharge list of the one patient."
    )


def test_files_of_different_patients(tmp_path: Path) -> None:
    other = _file(tmp_path, "other.csv", "Patient,Medication\nJohn Smith,Aspirin\n")

    with pytest.raises(DischargeFileError) as refused:
        read_discharge([FIXTURES / "discharge_bundle.json", other])

    assert str(refused.value) == (
        "discharge_bundle.json is for Margaret Ann Whitfield but other.csv is for John Smith; "
        "choose the files of one patient's discharge."
    )


def test_a_missing_file_a_folder_and_no_file(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "gone.json") == (
        f"There is no file {tmp_path / 'gone.json'}; check its name and folder."
    )
    assert _refusal(tmp_path).startswith(f"{tmp_path.name} is a folder, not a file")
    with pytest.raises(DischargeFileError, match="No file was chosen"):
        read_discharge([])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)

    assert _refusal(pipe).startswith("pipe.json is not a regular file (a pipe or a device)")


def test_a_gzip_file(tmp_path: Path) -> None:
    said = _refusal(_file(tmp_path, "meds.ndjson.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 20))

    assert said == "meds.ndjson.gz is compressed (gzip); unpack it and choose the file inside."
