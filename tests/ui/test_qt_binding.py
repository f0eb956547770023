"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 did not, and aborted)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for number in range(2000):
        edit.setText(str(number))
    # A few references may come and go; a binding that loses one per call loses ~2000.
    assert sys.getrefcount(None) > before - 200
