"""Medication sheets: the current list (active only, large print) and the change sheet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from report_caseload import TODAY, clock, edna

from carebook.reports.medication_sheets import document, gather, render_html
from carebook.store.caseload import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    yield store
    store.close()


def test_the_current_list_holds_only_what_is_taken_now_in_large_print(store: Store) -> None:
    sheet = gather(store, edna(store), prepared_by="Ann Smith")
    assert [m.name for m in sheet.current] == ["Furosemide", "Paracetamol"]  # not the held one
    page = render_html(sheet)
    assert '<body class="large">' in page and "MEDICATION LIST" in page
    assert "Medicines taken now (2)" in page and "Ramipril" not in page
    assert "Heart failure" in page  # what it is for
    assert "For knee pain" in page and "No more than 8 a day" in page
    assert "at 08:00" in page and "PENICILLIN" in page
    assert document(sheet).style == "large"


def test_the_change_sheet_lists_each_change_with_its_date_and_reason(store: Store) -> None:
    sheet = gather(store, edna(store), since=date(2026, 2, 1))
    changes = [(c.event.on_date, c.medication.name, c.event.kind.value) for c in sheet.changes]
    assert changes == [
        (date(2026, 2, 20), "Paracetamol", "started"),
        (date(2026, 2, 25), "Ramipril", "on_hold"),
    ]
    page = render_html(sheet)
    assert "Changes from 1 Feb 2026 to 2 Mar 2026" in page
    assert "since 1 Feb 2026: 1 started, 1 put on hold" in page
    assert "Low blood pressure" in page  # the reason
    assert "Furosemide" not in page  # started long before


def test_a_change_sheet_from_a_day_to_come_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="up to today"):
        gather(store, edna(store), since=date(2026, 3, 3))
    assert gather(store, edna(store), since=TODAY).changes == []
