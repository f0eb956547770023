"""The "measures and assessments" report: a chart and the latest readings of each measure and
instrument, printed to PDF (read back) and as one HTML page drawn without Qt."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from carebook.core.records import Patient
from carebook.reports.measures_report import measures_document, measures_html
from carebook.store.caseload import Store
from carebook.ui.printing.pages import write_pdf
from tests.reports.test_trends import measured_patient


@pytest.fixture(autouse=True)
def _printing_needs_the_tests_application(qapp: object) -> None:
    """Printing starts Qt; the tests' QApplication first, so no bare QGuiApplication is left
    for the window's tests that follow."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    yield opened
    opened.close()


def test_the_pdf_has_each_measure_its_latest_readings_and_a_chart(
    store: Store, tmp_path: Path
) -> None:
    patient_id, _ = measured_patient(store)
    path = tmp_path / "measures.pdf"
    pages = write_pdf(measures_document(store, patient_id), path, "a4")
    reader = PdfReader(path)
    assert len(reader.pages) == pages == 2
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for wanted in (
        "MEASURES AND ASSESSMENTS",
        "Edna Marsh",
        "Blood pressure (mmHg)",
        "136/84 mmHg",
        "Weight (kg)",
        "78.2 kg",
        "Calf girth (cm)",
        "normal 30–38",
        "9 · Mild",
        "Goal ≤ 10 by 31 Mar 2027",
    ):
        assert wanted in text, wanted
    # Each chart goes over with its heading: a page naming a measure shows its chart.
    for page in reader.pages:
        headed = sum(
            title in " ".join(page.extract_text().split())
            for title in ("Blood pressure (", "Weight (", "Calf girth (", "PHQ-9 (")
        )
        assert len(page.images) == headed


def test_the_html_page_draws_its_charts_without_qt(store: Store) -> None:
    patient_id, _ = measured_patient(store)
    page = measures_html(store, patient_id)
    assert page.count("<svg") == 4
    assert 'aria-label="Weight"' in page and "78.2 kg — 22 Sep 2026" in page
    assert "Goal ≤ 10 by 31 Mar 2027" in page and "stroke-dasharray" in page
    assert ">9 Sep</text>" in page and ">Jul</text>" in page  # weeks over a month, months over six
    assert "● systolic" in page and "● diastolic" in page
    script = (
        "import sys\n"
        "from datetime import datetime\n"
        "from carebook.store.caseload import Store\n"
        "from carebook.reports.measures_report import measures_html\n"
        f"store = Store.open({str(store.path)!r})\n"
        "page = measures_html(store, 1)\n"
        "assert '<svg' in page\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')))\n"
    )
    store.close()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_patient_with_nothing_measured_is_told_so(store: Store) -> None:
    patient = store.patients.add_patient(Patient(given="Ada", family="Quill"))
    assert patient.id is not None
    page = measures_html(store, patient.id)
    assert "No measures or assessments recorded." in page and "<svg" not in page


def test_an_unknown_patient_is_refused(store: Store) -> None:
    with pytest.raises(LookupError, match="No patient with id 99"):
        measures_document(store, 99)


def test_the_pdf_prints_without_a_window_or_the_charting_library(
    store: Store, tmp_path: Path
) -> None:
    patient_id, _ = measured_patient(store)
    store.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from carebook.store.caseload import Store\n"
        "from carebook.reports.measures_report import measures_document\n"
        "from carebook.ui.printing.pages import write_pdf\n"
        f"store = Store.open(Path({str(tmp_path / 'c.sqlite3')!r}))\n"
        f"pages = write_pdf(measures_document(store, {patient_id}),"
        f" Path({str(tmp_path / 'm.pdf')!r}), 'letter')\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None or not isinstance(QApplication.instance(),"
        " QApplication)\n"
        "print(pages, 'pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["2", "False"]
    assert len(PdfReader(tmp_path / "m.pdf").pages) == 2
