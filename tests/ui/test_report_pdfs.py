"""The care-plan summary and medication sheets as PDFs: every section read back, paper, pages."""

from __future__ import annotations

import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from carebook.cli.main import main
from carebook.core.vocabularies import AllergyStatement
from carebook.reports import care_plan_summary, medication_sheets
from carebook.store.caseload import Store
from carebook.ui.printing import pages as printing

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from report_caseload import clock, edna

NOTICE = "Confidential: contains personal health information"
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path, clock=clock)
    edna(store)
    store.close()
    return path


def _pages(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_the_care_plan_summary_pdf_has_every_section(
    db: Path, tmp_path: Path, paper: str, size: tuple[float, float]
) -> None:
    target = tmp_path / "summary.pdf"
    store = Store.open(db, clock=clock)  # the caseload's own day, 2 March 2026
    summary = care_plan_summary.gather(store, 1, prepared_by="Ann Smith", with_notes=True)
    store.close()
    count = printing.write_pdf(care_plan_summary.document(summary), target, paper)
    pages = _pages(target)
    assert count == len(pages) >= 2
    text = " ".join(pages)
    assert _size(target) == pytest.approx(size, abs=1)
    for number, page in enumerate(pages, start=1):
        assert page.startswith("Care plan summary · Edna Marsh · 2 Mar 2026")
        assert f"Page {number} of {len(pages)}" in page and NOTICE in page
    for words in (
        "CARE PLAN SUMMARY",
        "Prepared by Ann Smith on 2 Mar 2026",
        "PENICILLIN — Hives; severe; high risk",
        "About",
        "Medicare",
        "Care team and contacts",
        "Dr Asha Patel",
        "Conditions (2)",
        "Current medications (3)",
        "AS NEEDED",
        "Care plan: Staying safe at home",
        "Problems and needs (1)",
        "Goals (1)",
        "Walk to the corner shop",
        "Interventions (2)",
        "Ana Ruiz",
        "Latest reviews",
        "Upcoming appointments (2)",
        "Every Wednesday at 10:00–11:00, next 4 Mar",
        "Heart failure review",
        "Open tasks (1)",
        "Chase the physio referral",
        "Recent notes (1)",
    ):
        assert words in text, words


def test_the_medication_list_and_change_sheet_pdfs(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    listing, changes = tmp_path / "list.pdf", tmp_path / "changes.pdf"
    assert main(["medlist", "1", "--db", str(db), "-o", str(listing), "--paper", "a4"]) == 0
    assert "Medication list written to" in capsys.readouterr().out
    store = Store.open(db, clock=clock)  # the caseload's own day, 2 March 2026
    sheet = medication_sheets.gather(store, 1, since=date(2026, 2, 1))
    store.close()
    printing.write_pdf(medication_sheets.document(sheet), changes, "a4")
    text = " ".join(_pages(listing))
    assert "MEDICATION LIST" in text and "Medicines taken now (2)" in text
    assert "Furosemide" in text and "Paracetamol" in text and "Ramipril" not in text
    assert len(_pages(listing)) == 1  # one table, one page
    text = " ".join(_pages(changes))
    assert "MEDICATION CHANGES" in text and "Changes from 1 Feb 2026 to 2 Mar 2026" in text
    assert "Paracetamol" in text and "Started" in text and "Low blood pressure" in text


def test_the_medication_list_pdf_says_what_is_known_of_allergies(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before, after = tmp_path / "before.pdf", tmp_path / "after.pdf"
    assert main(["medlist", "2", "--db", str(db), "-o", str(before), "--paper", "a4"]) == 0
    text = " ".join(_pages(before))
    assert "Ruth Marsh" in text and "Allergies not recorded yet" in text
    assert "No known" not in text and "none recorded" not in text
    store = Store.open(db, clock=clock)
    store.patients.set_allergy_statement(
        2, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, date(2026, 2, 12)
    )
    store.close()
    assert main(["medlist", "2", "--db", str(db), "-o", str(after), "--paper", "a4"]) == 0
    capsys.readouterr()
    text = " ".join(_pages(after))
    assert "No known drug allergies (confirmed 12 Feb 2026)" in text
    assert "not recorded" not in text
