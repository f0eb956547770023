"""Referrals in a patient's record, by keyboard: one sent makes its follow-up task (one Ctrl+Z
takes both back), marked done it closes that task, and the form offers the directory with
community resources first."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from keyboard_driver import (
    CTRL,
    SHIFT,
    Answers,
    Key,
    activate,
    press,
    scalar,
    tab_to,
    type_text,
)
from PySide6.QtWidgets import QComboBox, QMenu
from pytestqt.qtbot import QtBot
from test_patient_record import a_patient, open_record, push, walk_to

from carebook.core.records import Contact
from carebook.core.vocabularies import ContactRole
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient.patient_record import PatientRecord
from carebook.ui.patient.record_section import RecordSection


def referrals_tab(qtbot: QtBot, record: PatientRecord) -> RecordSection:
    """Ctrl+9 (the care plan), then Ctrl+Tab: the referrals come after it."""
    activate(qtbot, record)
    press(qtbot, Key.Key_9, CTRL, inside=record)
    press(qtbot, Key.Key_Tab, CTRL, inside=record)
    shown = record.tabs.currentWidget()
    assert isinstance(shown, RecordSection) and shown.spec.title == "Referrals"
    return shown


def test_a_referral_sent_makes_its_follow_up_and_done_closes_it(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    store.contacts.add_contact(
        Contact(name="Meals on Wheels", role=ContactRole.COMMUNITY_RESOURCE, services="Hot meals")
    )
    day_centre = store.contacts.add_contact(
        Contact(name="Age Concern Day Centre", role=ContactRole.COMMUNITY_RESOURCE)
    )
    patient_id = a_patient(store)
    tasks_before = scalar(store, "SELECT count(*) FROM task")
    record = open_record(qtbot, window, caseload, patient_id)
    shown = referrals_tab(qtbot, record)
    offered: list[str] = []

    def steps(form: RecordForm[Any]) -> None:
        combo = form.editor("contact_id")
        assert isinstance(combo, QComboBox)
        offered.extend(combo.itemText(i) for i in range(1, 3))
        press(qtbot, Key.Key_Down, inside=form)  # the first of the directory
        tab_to(qtbot, form.editor("reason"))
        type_text(qtbot, "Day centre two days a week", form)
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(RecordForm, steps, "New referral")
    push(qtbot, shown, "Add referral…")
    answers.check()
    assert offered == [
        "Age Concern Day Centre (Community resource)",
        "Meals on Wheels — Hot meals (Community resource)",
    ]
    today = store.today()
    row = store.conn.execute(
        "SELECT id, contact_id, reason, sent_on, status, follow_up_on, task_id FROM referral"
    ).fetchone()
    assert row[1:6] == (
        day_centre.id,
        "Day centre two days a week",
        today.isoformat(),
        "sent",
        (today + timedelta(days=7)).isoformat(),
    )
    task = store.tasks.task(row[6])
    assert task is not None and task.patient_id == patient_id
    assert task.title == (
        "Follow up referral to Age Concern Day Centre for day centre two days a week"
    )
    assert task.due_date == today + timedelta(days=7)
    assert [shown.model.value(n, "to_whom") for n in range(shown.model.rowCount())] == [
        "Age Concern Day Centre"
    ]

    # One Ctrl+Z takes back the referral and its task; Ctrl+Shift+Z brings both again.
    activate(qtbot, record)
    press(qtbot, Key.Key_Z, CTRL, inside=record)
    assert scalar(store, "SELECT count(*) FROM referral") == 0
    assert scalar(store, "SELECT count(*) FROM task") == tasks_before
    press(qtbot, Key.Key_Z, CTRL | SHIFT, inside=record)
    assert scalar(store, "SELECT count(*) FROM referral") == 1
    assert scalar(store, "SELECT count(*) FROM task") == tasks_before + 1

    # The row's menu marks it done: its follow-up task is closed with it.
    walk_to(qtbot, shown, lambda record_id, _row: record_id == row[0])

    def mark_done(menu: QMenu) -> None:
        offered = {action.text(): action for action in menu.actions()}
        assert offered["Mark done"].isEnabled()
        for _ in range(len(offered) + 1):
            action = menu.activeAction()
            if action is not None and action.text() == "Mark done":
                qtbot.keyClick(menu, Key.Key_Return)
                return
            qtbot.keyClick(menu, Key.Key_Down)
        raise AssertionError("Down never reached 'Mark done'")

    answers.expect(QMenu, mark_done, "referral actions")
    push(qtbot, shown, "Accepted / declined / done…")
    answers.check()
    assert scalar(store, "SELECT status FROM referral") == "done"
    closed = store.tasks.task(row[6])
    assert closed is not None and closed.status.value == "done"
    assert shown.model.rowCount() == 0, "an answered referral leaves the open list"
    assert date.fromisoformat(row[3]) == today
