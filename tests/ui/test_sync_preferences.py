"""How often a team's caseload syncs is set in Edit → Preferences, by keyboard, and kept with the
team membership; a caseload outside a team is not asked."""

from __future__ import annotations

from typing import Any

import pytest
from keyboard_driver import Answers, Key, fill_form, press, replace_text, tab_to
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.errors import ValidationError
from carebook.core.records import Preferences
from carebook.storage import sync_state
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.sync.sync_status import every_text
from carebook.ui.window_commands import edit_preferences


def _team(caseload: Caseload) -> None:
    # A team's membership without a hub: nothing here syncs.
    sync_state.join(caseload.store.conn, "team", "Team", "postgresql://hub/team", "fingerprint")


def _every(caseload: Caseload) -> Any:
    return caseload.store.conn.execute("SELECT every_minutes FROM sync_team").fetchone()[0]


def _open_preferences(qtbot: QtBot, caseload: Caseload, answers: Answers) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, lambda: edit_preferences(caseload, parent))
    qtbot.waitUntil(lambda: not answers.waiting, timeout=5000)


def test_a_team_caseload_sets_how_often_it_syncs_in_preferences(
    qtbot: QtBot, caseload: Caseload, answers: Answers
) -> None:
    _team(caseload)
    assert caseload.store.preferences.preferences().sync_minutes == _every(caseload) == 10

    def steps(form: RecordForm[Preferences]) -> None:
        every = form.editor("sync_minutes")
        assert isinstance(every, QSpinBox) and every.value() == 10
        tab_to(qtbot, every)
        replace_text(qtbot, "30", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Preferences"))
    _open_preferences(qtbot, caseload, answers)
    assert _every(caseload) == 30
    assert caseload.store.preferences.preferences().sync_minutes == 30

    # "Only when asked" is 0, and stays a choice of this computer's membership.
    def never(form: RecordForm[Preferences]) -> None:
        every = form.editor("sync_minutes")
        tab_to(qtbot, every)
        replace_text(qtbot, "0", form)
        assert isinstance(every, QSpinBox) and every.value() == 0
        assert every.specialValueText() == "Only when asked"
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(never, "Preferences"))
    _open_preferences(qtbot, caseload, answers)
    assert _every(caseload) == 0
    assert "F9" in every_text(0) and "30 minutes" in every_text(30)


def test_a_caseload_outside_a_team_is_not_asked_how_often_to_sync(
    qtbot: QtBot, caseload: Caseload, answers: Answers
) -> None:
    def steps(form: RecordForm[Preferences]) -> None:
        with pytest.raises(KeyError):
            form.editor("sync_minutes")
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, fill_form(steps, "Preferences"))
    _open_preferences(qtbot, caseload, answers)
    assert caseload.store.preferences.preferences().sync_minutes == 10
    assert not caseload.store.preferences.in_team()


def test_a_sync_interval_past_a_day_is_refused_with_the_range(caseload: Caseload) -> None:
    _team(caseload)
    with pytest.raises(ValidationError, match="0 to 1440 minutes"):
        caseload.store.preferences.set_preferences(Preferences(sync_minutes=1441))
    assert _every(caseload) == 10
