"""Discharge medication lists read from FHIR, C-CDA and spreadsheets: each medicine's name,
dose, route, how often, whether as needed and whether still taken, and whose list it is."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from carebook.core.reconciliation import DischargeLine, DischargeList
from carebook.interop.discharge import read_discharge

FIXTURES = Path(__file__).parent / "fixtures"
SYNTHEA = FIXTURES / "synthea"


def _by_name(read: DischargeList) -> dict[str, DischargeLine]:
    return {line.name: line for line in read.lines}


def test_a_fhir_discharge_bundle() -> None:
    read = read_discharge([FIXTURES / "discharge_bundle.json"])

    assert read.source == "discharge_bundle.json"
    assert (read.patient_name, read.birth_date) == ("Margaret Ann Whitfield", date(1941, 6, 23))
    assert read.written_on == date(2024, 3, 12)  # the Composition's date
    lines = _by_name(read)
    assert list(lines) == [
        "Metoprolol tartrate",
        "Furosemide 40 MG Oral Tablet",
        "Paracetamol",
        "Ibuprofen 400 mg tablets",
    ]
    metoprolol = lines["Metoprolol tartrate"]  # a Medication of the Bundle, by its fullUrl
    assert (metoprolol.strength, metoprolol.dose, metoprolol.route) == (
        "25 mg",
        "1 tablet",
        "By mouth",
    )
    assert (metoprolol.frequency, metoprolol.indication) == ("twice daily", "Atrial fibrillation")
    assert metoprolol.instructions == "Check your pulse before each dose"
    assert metoprolol.taking and not metoprolol.as_needed
    furosemide = lines["Furosemide 40 MG Oral Tablet"]  # a coding's display, no text
    assert (furosemide.dose, furosemide.route, furosemide.frequency) == (
        "40 mg",
        "Oral route",
        "every morning",  # the timing's code
    )
    assert furosemide.indication == "Heart failure"  # the Condition it refers to
    paracetamol = lines["Paracetamol"]  # a contained Medication
    assert (paracetamol.strength, paracetamol.dose) == ("500 mg", "1-2 tablets")
    assert (paracetamol.frequency, paracetamol.as_needed) == ("every 6 hours", True)
    assert paracetamol.as_needed_reason == "pain"
    assert paracetamol.instructions == "At most 8 tablets a day"
    ibuprofen = lines["Ibuprofen 400 mg tablets"]
    assert not ibuprofen.taking
    assert (ibuprofen.frequency, ibuprofen.instructions) == (
        "three times daily",
        "Stopped: Kidney function worse",
    )
    assert read.problems == (
        "discharge_bundle.json entry 10: Amlodipine 5 mg tablets is marked as entered in "
        "error, so it is left out",
    )


def test_synthea_style_ndjson_split_by_type_is_read_as_one_list() -> None:
    read = read_discharge(sorted(SYNTHEA.glob("*.ndjson")))

    assert (read.patient_name, read.birth_date) == ("Samuel Okonkwo", date(1938, 11, 2))
    assert read.written_on == date(2024, 5, 20)  # the latest order's day
    assert read.problems == ()
    lines = _by_name(read)
    ibuprofen = lines["Ibuprofen 200 MG Oral Tablet"]
    assert ibuprofen.as_needed and ibuprofen.as_needed_reason == ""  # asNeededBoolean alone
    assert (ibuprofen.dose, ibuprofen.frequency) == ("1", "every 4 hours")
    assert not lines["lisinopril 10 MG Oral Tablet"].as_needed
    insulin = lines["insulin glargine 100 UNT/ML Injectable Solution"]  # Medication.ndjson
    assert (insulin.strength, insulin.dose, insulin.route) == (
        "100 units/mL",
        "10 units",
        "Subcutaneous route",
    )
    assert insulin.frequency == "at bedtime"
    amlodipine = lines["amlodipine 5 MG Oral Tablet"]  # a stopped MedicationStatement
    assert not amlodipine.taking and amlodipine.instructions == "Stopped: Ankle swelling"
    metformin = lines["metformin hydrochloride 500 MG Oral Tablet"]
    assert metformin.taking and metformin.frequency == "twice daily"


def test_a_ccda_discharge_summary_reads_its_discharge_medications() -> None:
    read = read_discharge([FIXTURES / "discharge_summary.xml"])

    assert (read.patient_name, read.birth_date) == ("Margaret Ann Whitfield", date(1941, 6, 23))
    assert read.written_on == date(2024, 3, 12)  # the encounter's end: the day of discharge
    assert read.problems == ()
    # The discharge list, not the admission list (which has Ibuprofen three times daily).
    assert [line.name for line in read.lines] == [
        "Metoprolol Tartrate 25 MG Oral Tablet",
        "Furosemide 40 MG Oral Tablet",
        "Paracetamol 500 mg tablet",
        "Ibuprofen 400 MG Oral Tablet",
    ]
    metoprolol, furosemide, paracetamol, ibuprofen = read.lines
    assert (metoprolol.dose, metoprolol.route, metoprolol.frequency) == ("1", "Oral", "twice daily")
    assert metoprolol.indication == "Atrial fibrillation"
    assert metoprolol.instructions == "Check pulse before each dose; hold if below 55."
    assert (furosemide.dose, furosemide.frequency) == ("40 mg", "once daily")
    assert (paracetamol.dose, paracetamol.frequency) == ("2 tablets", "every 6 hours")
    assert paracetamol.as_needed and paracetamol.as_needed_reason == "Pain"
    assert all(line.taking for line in read.lines[:3])
    assert not ibuprofen.taking  # statusCode aborted


def test_a_ccd_medications_section_is_read_when_there_is_no_discharge_section(
    tmp_path: Path,
) -> None:
    text = (FIXTURES / "discharge_summary.xml").read_text(encoding="utf-8")
    discharge = text.index('root="2.16.840.1.113883.10.20.22.2.11.1"')
    start = text.rindex("<component>", 0, discharge)
    end = text.index("</structuredBody>")
    ccd = tmp_path / "ccd.xml"
    ccd.write_text(text[:start] + text[end:], encoding="utf-8")

    read = read_discharge([ccd])

    [ibuprofen] = read.lines
    assert (ibuprofen.name, ibuprofen.dose, ibuprofen.route) == (
        "Ibuprofen 400 MG Oral Tablet",
        "1",
        "Oral",
    )
    assert ibuprofen.frequency == "three times daily" and ibuprofen.taking  # 8 h, institution


def test_a_csv_list() -> None:
    read = read_discharge([FIXTURES / "discharge_list.csv"])

    assert (read.patient_name, read.birth_date) == ("Margaret Whitfield", date(1941, 6, 23))
    assert read.problems == ()
    lines = _by_name(read)
    assert list(lines) == [
        "Metoprolol tartrate",
        "Furosemide",
        "Paracetamol",
        "Ibuprofen",
        "Lactulose",
    ]
    metoprolol = lines["Metoprolol tartrate"]
    assert (metoprolol.strength, metoprolol.dose, metoprolol.route, metoprolol.frequency) == (
        "25 mg",
        "1 tablet",
        "By mouth",
        "twice daily",
    )
    assert metoprolol.indication == "Atrial fibrillation" and metoprolol.taking
    assert metoprolol.instructions == "Check pulse before each dose"
    assert lines["Paracetamol"].as_needed and not lines["Furosemide"].as_needed
    assert not lines["Ibuprofen"].taking  # "Stopped in hospital"
    lactulose = lines["Lactulose"]
    assert not lactulose.taking  # "Discontinued"
    assert lactulose.as_needed and lactulose.as_needed_reason == "constipation"


def test_a_workbook_list(tmp_path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.append(["Drug", "Dose", "Route", "Frequency", "PRN", "Indication", "Status"])
    sheet.append(["Sertraline 50 mg", "1 tablet", "oral", "once daily", False, "Low mood", "new"])
    sheet.append(["Oramorph 10 mg/5 mL", "2.5 mL", "oral", "every 4 hours", True, "", ""])
    sheet.append(["Diazepam 2 mg", "1 tablet", "oral", "at night", "no", "", "stop"])
    path = tmp_path / "list.xlsx"
    book.save(path)

    read = read_discharge([path])

    sertraline, oramorph, diazepam = read.lines
    assert (sertraline.name, sertraline.dose, sertraline.indication) == (
        "Sertraline 50 mg",
        "1 tablet",
        "Low mood",
    )
    assert not sertraline.as_needed and sertraline.taking
    assert oramorph.as_needed and oramorph.dose == "2.5 mL"
    assert not diazepam.taking


def test_the_kind_is_told_by_content_not_by_the_name(tmp_path: Path) -> None:
    bundle = tmp_path / "discharge.txt"
    shutil.copyfile(FIXTURES / "discharge_bundle.json", bundle)
    summary = tmp_path / "summary.dat"
    shutil.copyfile(FIXTURES / "discharge_summary.xml", summary)
    table = tmp_path / "meds.json"
    shutil.copyfile(FIXTURES / "discharge_list.csv", table)

    assert len(read_discharge([bundle]).lines) == 4
    assert len(read_discharge([summary]).lines) == 4
    assert len(read_discharge([table]).lines) == 5


def test_ndjson_in_a_file_named_json_is_read_line_by_line(tmp_path: Path) -> None:
    joined = tmp_path / "download.json"
    joined.write_bytes(b"".join(path.read_bytes() for path in sorted(SYNTHEA.glob("*.ndjson"))))

    read = read_discharge([joined])

    assert read.patient_name == "Samuel Okonkwo" and len(read.lines) == 5


def test_files_of_one_patient_in_different_kinds_are_merged() -> None:
    read = read_discharge([FIXTURES / "discharge_summary.xml", FIXTURES / "discharge_list.csv"])

    assert read.source == "discharge_summary.xml, discharge_list.csv"
    assert read.patient_name == "Margaret Ann Whitfield"
    assert len(read.lines) == 9


def test_a_name_in_another_script_is_kept_and_one_of_punctuation_is_not(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Medication,Dose\nアムロジピン 5mg,1錠\n---,1 tablet\nΠαρακεταμόλη,1 g\n", encoding="utf-8"
    )

    read = read_discharge([path])

    assert [line.name for line in read.lines] == ["アムロジピン 5mg", "Παρακεταμόλη"]
    assert read.problems == ("list.csv row 3: a medicine without a name (“---”) is left out",)
