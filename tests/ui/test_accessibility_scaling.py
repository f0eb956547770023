"""With the font at 150 %, no label or button in the main window (at 1366×768) or in a form is
narrower than its text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_accessibility import chain

from carebook.core.records import Medication
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.main_window import MainWindow


@pytest.fixture
def large_font(qtbot: QtBot) -> Iterator[QFont]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(large)
    yield large
    app.setFont(before)


def cut_texts(top: QWidget) -> list[str]:
    """Every shown label or button narrower than its text needs."""
    found = []
    for bar in top.findChildren(QTabBar):
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        if bar.isVisible() and arrows:
            found.append(f"{chain(bar)}: some tabs hidden behind scroll arrows")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap().isNull() is False:
                continue
        elif not (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        needs = widget.minimumSizeHint().width()
        if widget.width() < needs:
            text = widget.text().replace("\n", " ")[:40]
            found.append(f"{chain(widget)} {text!r}: {widget.width()} < {needs}")
    return found


@pytest.mark.parametrize(
    ("width", "scale"), [(1366, 1.5), (910, 1.0)], ids=["150% font", "150% screen scale"]
)
def test_the_main_window_at_150_per_cent_cuts_no_label_or_button(
    qtbot: QtBot, caseload: Caseload, width: int, scale: float
) -> None:
    """910 px wide is 1366 at a screen scale of 150 % (QT_SCALE_FACTOR=1.5)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    larger = QFont(before)
    larger.setPointSizeF(before.pointSizeF() * scale)
    app.setFont(larger)
    try:
        _check_main_window(qtbot, caseload, width)
    finally:
        app.setFont(before)


def _check_main_window(qtbot: QtBot, caseload: Caseload, width: int) -> None:
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    window.resize(width, 768 * width // 1366)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for number in range(1, 9):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)  # the status bar lays out its new texts
        title = window.tabs.tabText(window.tabs.currentIndex())
        problems += [f"{title}: {cut}" for cut in cut_texts(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", ["patient", "medication"])
def test_a_form_at_150_per_cent_cuts_no_label_or_button(
    qtbot: QtBot, caseload: Caseload, large_font: QFont, kind: str
) -> None:
    store = caseload.store
    if kind == "patient":
        patient = store.patients.patient(1)
        assert patient is not None
        form = forms.patient_form(patient, date(2026, 12, 7))
    else:
        form = forms.medication_form(Medication(patient_id=1, name=""), [(1, "Dr. Amal Haddad")])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert not cut_texts(form), "\n".join(cut_texts(form))
