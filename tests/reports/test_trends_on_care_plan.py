"""The care-plan summary shows each measured goal's progress (latest value, trend, met or not)
and the chart of what it measures, with the target drawn on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from carebook.reports.care_plan_summary import document, gather, render_html
from carebook.store.caseload import Store
from carebook.ui.printing.pages import write_pdf
from tests.reports.test_trends import measured_patient


@pytest.fixture(autouse=True)
def _printing_needs_the_tests_application(qapp: object) -> None:
    """Printing starts Qt; the tests' QApplication first."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 7, 10, 0))
    yield opened
    opened.close()


def test_the_summary_prints_the_goals_progress_and_its_chart(store: Store, tmp_path: Path) -> None:
    patient_id, goal = measured_patient(store)
    summary = gather(store, patient_id)
    assert goal.id is not None and summary.progress[goal.id].met is True
    assert [chart.key for chart in summary.charts] == ["phq-9"]
    path = tmp_path / "summary.pdf"
    write_pdf(document(summary), path, "a4")
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for wanted in (
        "PHQ-9 ≤ 10",
        "Latest 9 on 30 Nov 2026, improving",
        "Met",
        "Measured goals",
    ):
        assert wanted in text, wanted
    assert sum(len(page.images) for page in reader.pages) == 1


def test_a_goal_not_yet_met_says_so_in_the_html(store: Store) -> None:
    patient_id, goal = measured_patient(store)
    goal.measure_target = 5
    store.care_plans.update_goal(goal)
    page = render_html(gather(store, patient_id)).replace("\u00a0", " ")
    assert "PHQ-9 ≤ 5" in page and "Not met" in page
    assert page.count("<svg") == 1 and "Goal ≤ 5 by 31 Mar 2027" in page
