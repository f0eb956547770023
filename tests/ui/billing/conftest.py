"""Fixtures for the Billing tab's tests: a small caseload of two clients, its clock fixed on a
Monday in December, and the tab over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from billing_books import NOW, add_client
from pytestqt.qtbot import QtBot

from carebook.store.caseload import Store
from carebook.ui.billing.billing_tab import BillingTab
from carebook.ui.commands import Caseload


@pytest.fixture
def books(tmp_path: Path) -> Iterator[Caseload]:
    """A caseload with Ann Smith (125.00 an hour) and Bob Jones (90.00 an hour)."""
    store = Store.open(tmp_path / "books.sqlite3", clock=lambda: NOW)
    add_client(store, "Ann", "Smith", 12500)
    add_client(store, "Bob", "Jones", 9000)
    yield Caseload(store)
    store.close()


@pytest.fixture
def tab(qtbot: QtBot, books: Caseload) -> BillingTab:
    shown = BillingTab(books)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown
