"""Paper without waste, printed from the sample caseload: no lone row, no broken word, one page
per patient sheet unless it needs two, a repeating visit once, no heading saying a word twice."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter

from carebook.core.records import Allergy, Appointment
from carebook.core.views import Visit
from carebook.reports import care_plan_summary, day_sheet
from carebook.reports.document import Document, Heading
from carebook.sample.demo import fill
from carebook.store.caseload import Store
from carebook.ui.printing import pages as printing
from carebook.ui.printing.inks import Inks
from carebook.ui.printing.pagination import Page, paginate
from carebook.ui.printing.painting import page_frame
from carebook.ui.printing.rows import document_rows

MONDAY = date(2026, 12, 7)  # seven visits in the sample: a full day


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("paper") / "caseload.sqlite3"
    opened = Store.open(path, clock=lambda: datetime(2026, 12, 7, 8, 0))
    fill(opened, 40, seed=1)
    yield opened
    opened.close()


def _texts(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _laid_out(document: Document, path: Path, paper: str) -> list[Page]:
    """The pages as the printer places them on the PDF."""
    printing.ensure_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(printing.RESOLUTION)
    writer.setPageLayout(printing.page_layout(paper))
    inks = Inks(writer, document.style)
    frame = page_frame(writer, inks.get(inks.root, printing.FURNITURE_POINTS), document.footer)
    return paginate(document_rows(document, inks, frame.width), frame.body)


def _on_page_one(store: Store, visits: list[Visit], tmp_path: Path, paper: str) -> None:
    """Every visit of Monday's day sheet is on its first page, none on a later one."""
    path = tmp_path / "day.pdf"
    printing.write_pdf(
        day_sheet.document(day_sheet.gather(store, [MONDAY], False, "")), path, paper
    )
    pages = _texts(path)
    assert all(visit.phone in pages[0] for visit in visits if visit.phone)
    assert not any(visit.phone in page for page in pages[1:] for visit in visits if visit.phone)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_full_days_visits_print_on_one_page(store: Store, tmp_path: Path, paper: str) -> None:
    visits = store.visits.visits_on(MONDAY)
    assert len(visits) == 7
    _on_page_one(store, visits, tmp_path, paper)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_page_holds_a_single_row_of_a_table(store: Store, tmp_path: Path, paper: str) -> None:
    for day in (MONDAY, date(2026, 12, 9), date(2026, 12, 14)):
        document = day_sheet.document(day_sheet.gather(store, [day], True, ""))
        pages = _laid_out(document, tmp_path / "probe.pdf", paper)
        counted = [_rows_by_table(page) for page in pages]
        whole: dict[int, int] = {}
        for tables in counted:
            for table, rows in tables.items():
                whole[table] = whole.get(table, 0) + rows
        for page, tables in zip(pages, counted, strict=True):
            alone = [table for table, rows in tables.items() if rows == 1 and whole[table] > 1]
            assert not alone, (day, page.head)


def _rows_by_table(page: Page) -> dict[int, int]:
    """How many rows of each table (known by its column heads) the page holds."""
    tables: dict[int, int] = {}
    for _, row in page.placed:
        if row.header is not None:
            tables[id(row.header)] = tables.get(id(row.header), 0) + 1
    return tables


def test_allergy_names_are_never_broken_inside(store: Store, tmp_path: Path) -> None:
    names = ("Clarithromycin", "Trimethoprim", "Chlorhexidine gluconate", "Sulfamethoxazole")
    visited = {visit.patient_id for visit in store.visits.visits_on(MONDAY)}
    for patient_id, name in zip(sorted(visited), names, strict=False):
        store.patients.add_allergy(Allergy(patient_id=patient_id, substance=name))
    path = tmp_path / "day.pdf"
    printing.write_pdf(day_sheet.document(day_sheet.gather(store, [MONDAY], True, "")), path, "a4")
    lines = [
        " ".join(unicodedata.normalize("NFKC", text).split())
        for page in PdfReader(path).pages
        for text in page.extract_text().splitlines()
    ]
    words = {word for text in lines for word in text.split()}
    for name in names:
        assert set(name.upper().split()) <= words, name
    assert "⚠" not in {text.strip() for text in lines}  # never a sign alone on a line


def test_a_full_days_visits_with_patient_sheets_leave_no_page_of_notes_alone(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "sheets.pdf"
    count = printing.write_pdf(
        day_sheet.document(day_sheet.gather(store, [MONDAY], True, "")), path, "a4"
    )
    pages = _texts(path)
    assert count == len(pages) <= 16  # was 21: 3 day pages and ten sheets of 2 (8) or 1 (2)
    for text in pages:
        body = text.split(" Confidential:")[0]
        assert not re.fullmatch(r".*Page \d+ of \d+ Notes", body)  # notes never on their own


def test_a_repeating_visit_is_printed_once_with_its_rule(store: Store) -> None:
    patient = next(
        visit.patient_id
        for visit in store.visits.visits_on(MONDAY)
        if visit.patient == "Usha Patel"
    )
    summary = care_plan_summary.gather(store, patient)
    document = care_plan_summary.document(summary)
    lines = [
        "".join(span.text for span in line)
        for block in document.sections[0].blocks
        for row in getattr(block, "rows", ())
        for cell in row
        for line in cell.lines
    ]
    assert lines.count("Every Monday and Thursday") == 1
    assert "at 16:30–17:00, next 7 Dec" in lines


def test_no_heading_says_a_word_twice(store: Store) -> None:
    documents = [day_sheet.document(day_sheet.gather(store, [MONDAY], True, ""))]
    for patient in range(1, 41):
        documents.append(care_plan_summary.document(care_plan_summary.gather(store, patient)))
    for document in documents:
        for section in document.sections:
            for block in section.blocks:
                if isinstance(block, Heading):
                    words = re.findall(r"[a-z]{3,}", block.text.casefold())
                    assert len(words) == len(set(words)), block.text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_ten_visits_print_on_one_page(tmp_path: Path, paper: str) -> None:
    """The day that once pushed its tenth visit alone onto page 2: the sample's seven visits
    and three evening ones for patients with long addresses and access notes."""
    opened = Store.open(tmp_path / "ten.sqlite3", clock=lambda: datetime(2026, 12, 7, 8, 0))
    fill(opened, 40, seed=1)
    seen = {visit.patient_id for visit in opened.visits.visits_on(MONDAY)}
    wordy = [
        patient_id
        for (patient_id,) in opened.conn.execute(
            "SELECT id FROM patient WHERE access_notes != '' ORDER BY length(access_notes) DESC"
        )
        if patient_id not in seen
    ][:3]
    for number, patient_id in enumerate(wordy):
        opened.appointments.add_appointment(
            Appointment(
                patient_id=patient_id,
                start=datetime(2026, 12, 7, 17, 15) + timedelta(minutes=45 * number),
                duration_min=30,
                purpose="Evening check",
            )
        )
    visits = opened.visits.visits_on(MONDAY)
    assert len(visits) == 10
    _on_page_one(opened, visits, tmp_path, paper)
    opened.close()
