"""Starting the window: a refused file gets a dialog and stays untouched; an empty caseload asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from carebook.ui.app import open_window
from carebook.ui.safety.first_run import FirstRunDialog


def test_a_refused_file_shows_why_and_is_left_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear Dr Patel,\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window, status = open_window(str(path))
    assert window is None and status == 3
    assert len(shown) == 1 and str(path) in shown[0] and "not a carebook caseload" in shown[0]
    assert path.read_text(encoding="utf-8") == "Dear Dr Patel,\n"


def _answer_first_run(qtbot: QtBot, key: Qt.Key) -> None:
    """When the welcome dialog comes up, press its button's Alt shortcut as a user would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog) or not dialog.isActiveWindow():
            if isinstance(dialog, FirstRunDialog):
                dialog.activateWindow()
            QTimer.singleShot(20, answer)
            return
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        # A mnemonic "animates" its click, which lands a moment later; never hang if it doesn't.
        QTimer.singleShot(3000, dialog.reject)

    QTimer.singleShot(0, answer)


def test_first_start_can_load_the_sample_caseload(qtbot: QtBot, tmp_path: Path) -> None:
    _answer_first_run(qtbot, Qt.Key.Key_S)
    window, status = open_window(str(tmp_path / "new.sqlite3"))
    assert window is not None and status == 0
    qtbot.addWidget(window)
    store = window.caseload.store
    assert not store.is_empty(), "the sample button was not pressed"
    assert store.counts().patients == 40
    window.show()
    patients = window.list_tabs[0]
    window.tabs.setCurrentWidget(patients)
    assert patients.model.rowCount() > 0
    window.close()
    store.close()


def test_first_start_can_begin_empty(qtbot: QtBot, tmp_path: Path) -> None:
    _answer_first_run(qtbot, Qt.Key.Key_E)
    window, status = open_window(str(tmp_path / "new.sqlite3"))
    assert window is not None and status == 0
    qtbot.addWidget(window)
    assert window.caseload.store.is_empty()
    window.show()
    # It opens on Today, which says what to do first: add a patient, import, or the sample.
    assert window.tabs.currentWidget() is window.today
    assert window.today.stack.currentWidget() is window.today.empty
    assert window.today.empty.sample_button.isVisibleTo(window)
    window.close()
    window.caseload.store.close()
