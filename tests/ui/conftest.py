"""Fixtures for window tests: a fresh settings store and a main window over a sample caseload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyboard_driver import Answers
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from carebook.store.caseload import Store
from carebook.ui import appearance
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record


@pytest.fixture(autouse=True)
def fresh_settings(qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("carebook")
    QCoreApplication.setApplicationName("carebook")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    """The application, its appearance (style, palette, style sheet) put back afterwards."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    style, palette = application.style().name(), QPalette(application.palette())
    yield application
    appearance.apply(appearance.SYSTEM)
    application.setStyle(style)
    application.setPalette(palette)


@pytest.fixture
def caseload(sample_db: Path) -> Iterator[Caseload]:
    store = Store.open(sample_db)
    yield Caseload(store)
    store.close()


@pytest.fixture
def window(qtbot: QtBot, caseload: Caseload) -> MainWindow:
    main = MainWindow(caseload)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def answers(qtbot: QtBot) -> Iterator[Answers]:
    helper = Answers()
    yield helper
    helper.stop()
    problems = helper.problems + [f"{label} never shown" for label in helper.waiting]
    helper.close_all()
    assert not problems, "\n".join(problems)


@pytest.fixture(autouse=True)
def _forms_left_open_close_quietly(qtbot: QtBot) -> Iterator[None]:
    """A test that fails with a changed form open must not wait for ever on "Discard your
    changes?" when its widgets are closed: such a form is put away without asking."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordForm) and widget.isVisible():
            QDialog.done(widget, QDialog.DialogCode.Rejected)


@pytest.fixture(autouse=True)
def _close_patient_records() -> Iterator[None]:
    """A patient record left open would outlive its window and caseload."""
    yield
    for record in list(patient_record._OPEN.values()):
        record.close()
    patient_record._OPEN.clear()
