"""The running timer: started by Ctrl+Shift+T, still running in a new window on the same file,
stopped by keyboard into a time entry; a timer left overnight is asked about; a visit's
check-in starts it and its check-out keeps the visit's time."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from keyboard_driver import ALT, CTRL, SHIFT, Answers, Key, activate, press, type_text
from pytestqt.qtbot import QtBot

from carebook.core.billing_records import BillingSettings, RunningTimer
from carebook.core.records import Appointment
from carebook.core.views import Visit
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.visit_documentation import (
    VisitDocumentationDialog,
    open_visit_documentation,
)
from carebook.ui.main_window import MainWindow
from carebook.ui.timer.timer_dialogs import StartTimerDialog, TimeEntryDialog


def _priced(store: Store) -> None:
    store.agreements.set_settings(BillingSettings(default_hourly_cents=12000))


def _first_patient(store: Store) -> tuple[int, str]:
    patient_id = int(store.conn.execute("SELECT min(id) FROM patient").fetchone()[0])
    patient = store.patients.patient(patient_id)
    assert patient is not None
    return patient_id, patient.display_name


def _new_window(qtbot: QtBot, caseload: Caseload) -> MainWindow:
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_timer_started_by_keyboard_survives_a_restart_and_stops_into_an_entry(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, sample_db: Path, answers: Answers
) -> None:
    store = caseload.store
    _priced(store)
    patient_id, name = _first_patient(store)

    def start(dialog: StartTimerDialog) -> None:
        type_text(qtbot, name, dialog)
        qtbot.waitUntil(lambda: dialog.patient.completer().popup().isVisible())
        press(qtbot, Key.Key_Down, inside=dialog)
        press(qtbot, Key.Key_Return, inside=dialog)  # her, from the matches
        qtbot.waitUntil(lambda: dialog.patient.patient_id is not None)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(StartTimerDialog, start)
    activate(qtbot, window)
    qtbot.keyClick(window, Key.Key_T, CTRL | SHIFT)
    answers.settle(qtbot)
    timer = store.time.timer()
    assert timer is not None and timer.patient_id == patient_id
    assert window.billing.timer_status.isVisible()
    assert name in window.billing.timer_status.text()
    window.close()

    # A new window over the same file (a restart, or after a crash) shows it running.
    again = Store.open(sample_db)
    caseload2 = Caseload(again)
    second = MainWindow(caseload2)
    second.show()
    qtbot.waitExposed(second)
    try:
        shown = second.billing.timer_status
        assert shown.isVisible() and shown.text().startswith("0:0")
        assert f"{name} · Care coordination" in shown.text()

        def stop(dialog: TimeEntryDialog) -> None:
            type_text(qtbot, "Called the pharmacy about refills", dialog)
            press(qtbot, Key.Key_Return, inside=dialog)

        answers.expect(TimeEntryDialog, stop)
        activate(qtbot, second)
        qtbot.keyClick(second, Key.Key_T, CTRL | SHIFT)
        answers.settle(qtbot)
        assert again.time.timer() is None
        said = "Called the pharmacy about refills"
        (entry,) = [e for e in again.time.entries(patient_id) if e.narrative == said]
        rate = again.time.rate(patient_id, "Care coordination").hourly_cents
        assert entry.minutes >= 1 and entry.rate_cents == rate > 0
        assert not shown.isVisible()
    finally:
        second.close()
        again.close()


def test_a_timer_left_running_overnight_is_asked_about_at_start(
    qtbot: QtBot, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    _priced(store)
    patient_id, _name = _first_patient(store)
    yesterday = store.today() - timedelta(days=1)
    # The sample's own hours of that day (it depends on the weekday) would overlap the timer's
    # and bring a question of their own: this test is about the timer's.
    store.conn.execute(
        "DELETE FROM time_entry WHERE substr(started_at, 1, 10) = ? AND invoice_id IS NULL",
        [yesterday.isoformat()],
    )
    store.time.start_timer(
        RunningTimer(
            patient_id=patient_id,
            activity="Care coordination",
            started_at=datetime.combine(yesterday, time(16, 0)),
        )
    )
    ends = [v.end.replace(tzinfo=None) for v in store.visits.visits_on(yesterday)]
    end = max([datetime.combine(yesterday, time(17, 0)), *ends])
    expected = int((end - datetime.combine(yesterday, time(16, 0))).total_seconds() // 60)
    seen: list[int] = []
    had = {e.id for e in store.time.entries()}

    def answer(dialog: TimeEntryDialog) -> None:
        assert dialog.windowTitle() == "Timer left running"
        seen.append(dialog.minutes.value())
        press(qtbot, Key.Key_Tab, SHIFT, inside=dialog)  # back to the minutes
        dialog.minutes.selectAll()
        type_text(qtbot, "50", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(TimeEntryDialog, answer)
    window = _new_window(qtbot, caseload)
    answers.settle(qtbot)
    assert seen == [expected], "the minutes run to the end of that day's work"
    assert store.time.timer() is None
    (entry,) = [e for e in store.time.entries(patient_id) if e.id not in had]
    assert entry.minutes == 50 and entry.on_date == yesterday
    window.close()


def test_discarding_an_overnight_timer_keeps_no_time(
    qtbot: QtBot, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    started = datetime.combine(store.today() - timedelta(days=2), time(9, 0))
    store.time.start_timer(RunningTimer(activity="Admin", started_at=started))
    had = len(store.time.entries())
    answers.expect(TimeEntryDialog, lambda d: press(qtbot, Key.Key_D, ALT, d))
    window = _new_window(qtbot, caseload)
    answers.settle(qtbot)
    assert store.time.timer() is None
    assert len(store.time.entries()) == had
    window.close()


def _visit(store: Store) -> Visit:
    patient_id, _name = _first_patient(store)
    store.appointments.add_appointment(
        Appointment(
            patient_id=patient_id,
            start=datetime.combine(store.today(), time(5, 0)),
            duration_min=45,
            purpose="Early check",
        )
    )
    return next(v for v in store.visits.visits_on(store.today()) if v.purpose == "Early check")


def _document(qtbot: QtBot, window: MainWindow, caseload: Caseload, visit: Visit) -> None:
    open_visit_documentation(window, caseload, visit)


def test_check_in_starts_the_timer_and_check_out_keeps_the_visits_time(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    _priced(store)
    visit = _visit(store)

    def check_in(dialog: VisitDocumentationDialog) -> None:
        type_text(qtbot, "05:02", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(VisitDocumentationDialog, check_in)
    _document(qtbot, window, caseload, visit)
    answers.check()
    timer = store.time.timer()
    assert timer is not None and timer.appointment_id == visit.appointment_id
    assert timer.activity == "Home visit" and timer.started_at.time() == time(5, 2)

    proposed: list[int] = []

    def check_out(dialog: VisitDocumentationDialog) -> None:
        dialog.checked_out.setFocus()
        type_text(qtbot, "05:50", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    def keep(dialog: TimeEntryDialog) -> None:
        proposed.append(dialog.minutes.value())
        type_text(qtbot, "Visit and medication review", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(VisitDocumentationDialog, check_out)
    answers.expect(TimeEntryDialog, keep)
    _document(qtbot, window, caseload, visit)
    answers.settle(qtbot)
    assert proposed == [48], "from check-in to check-out"
    assert store.time.timer() is None
    (entry,) = [e for e in store.time.entries() if e.appointment_id == visit.appointment_id]
    assert entry.minutes == 48 and entry.activity == "Home visit"
    assert entry.narrative == "Visit and medication review"


def test_check_out_with_no_timer_still_proposes_the_visits_time(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    _priced(store)
    visit = _visit(store)

    def both(dialog: VisitDocumentationDialog) -> None:
        type_text(qtbot, "05:00", dialog)
        dialog.checked_out.setFocus()
        type_text(qtbot, "05:30", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(VisitDocumentationDialog, both)
    answers.expect(TimeEntryDialog, lambda d: press(qtbot, Key.Key_Return, inside=d))
    _document(qtbot, window, caseload, visit)
    answers.settle(qtbot)
    assert store.time.timer() is None
    (entry,) = [e for e in store.time.entries() if e.appointment_id == visit.appointment_id]
    assert entry.minutes == 30 and entry.started_at is not None
    assert entry.started_at.time() == time(5, 0)
