"""Starting and stopping the one timer, from the toolbar, a record, Ctrl+Shift+T or a visit's
check-in and check-out; a timer left running overnight is asked about."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from carebook.core.billing_records import RunningTimer, TimeEntry
from carebook.core.calendar_words import clock_text, day_and_clock
from carebook.core.errors import SaveError, ValidationError
from carebook.core.records import Appointment, VisitRecord
from carebook.core.words import translate
from carebook.store.caseload import Store
from carebook.ui.changes import timer as timer_changes
from carebook.ui.commands import Caseload
from carebook.ui.timer.timer_dialogs import HOME_VISIT, StartTimerDialog, TimeEntryDialog

#: When a day's work ends, for a timer left running overnight with no visit later that day.
END_OF_WORK = time(17, 0)


def client_name(store: Store, patient_id: int | None) -> str:
    patient = store.patients.patient(patient_id) if patient_id is not None else None
    return patient.display_name if patient else translate("Timer", "No client")


def elapsed_text(timer: RunningTimer, now: datetime) -> str:
    """ "0:42": hours and minutes since the timer started."""
    minutes = max(0, int((now.replace(tzinfo=None) - timer.started_at).total_seconds() // 60))
    return f"{minutes // 60}:{minutes % 60:02d}"


def running_text(store: Store, timer: RunningTimer) -> str:
    """ "⏱ 0:42 Ann Smith · Home visit" (the status bar's words)."""
    activity = timer.activity or translate("Timer", "Care coordination")
    name = client_name(store, timer.patient_id)
    return f"⏱ {elapsed_text(timer, store.clock())} {name} · {activity}"


def start(
    caseload: Caseload,
    parent: QWidget,
    patient_id: int | None = None,
    activity: str = "",
    *,
    ask: bool = True,
) -> RunningTimer | None:
    """Start the timer (asking whom and what for when `ask`); a running one is said, not
    replaced."""
    store = caseload.store
    running = store.time.timer()
    if running is not None:
        QMessageBox.information(
            parent,
            translate("Timer", "A timer is running"),
            translate(
                "Timer",
                "The timer for {client} has been running since {time}. "
                "Stop it first (Ctrl+Shift+T).",
            ).format(
                client=client_name(store, running.patient_id), time=clock_text(running.started_at)
            ),
        )
        return None
    if ask:
        dialog = StartTimerDialog(store, patient_id, activity, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            patient_id = dialog.patient.patient_id
            activity = dialog.activity.currentText().strip()
        finally:
            dialog.deleteLater()
    timer = RunningTimer(patient_id=patient_id, activity=activity, started_at=store.clock())
    try:
        return timer_changes.start_timer(caseload, translate("Timer", "Start timer"), timer)
    except (ValidationError, SaveError, LookupError) as error:
        QMessageBox.warning(parent, translate("Timer", "Start timer"), str(error))
        return None


def stop(caseload: Caseload, parent: QWidget) -> bool:
    """Stop the timer: its activity, minutes and narrative asked; True when time was kept."""
    store = caseload.store
    timer = store.time.timer()
    if timer is None:
        return False
    entry = store.time.timed_entry(timer, store.clock())
    return _ask_and_keep(caseload, parent, entry, translate("Timer", "Stop timer"))


def toggle(caseload: Caseload, parent: QWidget) -> None:
    """Ctrl+Shift+T: stop the running timer, or start one."""
    if caseload.store.time.timer() is not None:
        stop(caseload, parent)
    else:
        start(caseload, parent)


def end_of_work(store: Store, timer: RunningTimer) -> datetime:
    """When the timer's day's work ended: the later of 5 pm and the end of that day's last
    visit (midnight at the latest), past its start."""
    day: date = timer.started_at.date()
    ends = [visit.end.replace(tzinfo=None) for visit in store.visits.visits_on(day)]
    end = max([datetime.combine(day, END_OF_WORK), *ends])
    midnight = datetime.combine(day + timedelta(days=1), time.min)
    if end <= timer.started_at:
        end = timer.started_at + timedelta(hours=1)
    return min(end, midnight)


def ask_about_overnight(caseload: Caseload, parent: QWidget) -> None:
    """A timer started before today: how long was it really (to the end of that day's work
    unless she says otherwise), or discard it."""
    store = caseload.store
    timer = store.time.timer()
    if timer is None or timer.started_at.date() >= store.today():
        return
    entry = store.time.timed_entry(timer, end_of_work(store, timer))
    said = translate(
        "Timer",
        "This timer was left running since %s. How long did the work really take? "
        "The minutes are until the end of that day's work; correct them, or discard the timer.",
    ) % day_and_clock(timer.started_at, year=False)
    _ask_and_keep(caseload, parent, entry, translate("Timer", "Timer left running"), said)


def _ask_and_keep(
    caseload: Caseload, parent: QWidget, entry: TimeEntry, title: str, said: str = ""
) -> bool:
    dialog = TimeEntryDialog(
        caseload.store,
        entry,
        lambda chosen: timer_changes.stop_timer(caseload, translate("Timer", "Stop timer"), chosen),
        title,
        said,
        lambda: timer_changes.discard_timer(caseload, translate("Timer", "Discard timer")),
        parent,
    )
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


# -- a visit's check-in and check-out -------------------------------------------------------------


def visit_documented(
    caseload: Caseload,
    parent: QWidget,
    appointment: Appointment,
    before: VisitRecord | None,
    after: VisitRecord | None,
) -> None:
    """After a visit is documented: a new check-in starts the timer for its patient (unless
    one runs: then it says so); a new check-out stops the timer its check-in started, or
    proposes the time from check-in to check-out."""
    if after is None:
        return
    was_in = before.checked_in_at if before else None
    was_out = before.checked_out_at if before else None
    store = caseload.store
    running = store.time.timer()
    if after.checked_in_at is not None and was_in is None and after.checked_out_at is None:
        if running is not None:
            QMessageBox.information(
                parent,
                translate("Timer", "A timer is running"),
                translate(
                    "Timer",
                    "The timer for %s is still running, so this visit is not being timed. "
                    "Stop it (Ctrl+Shift+T), or keep the visit's time at check-out.",
                )
                % client_name(store, running.patient_id),
            )
            return
        timer = RunningTimer(
            patient_id=appointment.patient_id,
            activity=HOME_VISIT,
            started_at=after.checked_in_at.replace(tzinfo=None),
            appointment_id=appointment.id,
        )
        try:
            timer_changes.start_timer(
                caseload, translate("Timer", "Start timer at check-in"), timer
            )
        except (ValidationError, SaveError, LookupError) as error:
            QMessageBox.warning(parent, translate("Timer", "Start timer"), str(error))
        return
    if after.checked_out_at is None or was_out is not None or after.checked_in_at is None:
        return
    checked_in = after.checked_in_at.replace(tzinfo=None)
    checked_out = after.checked_out_at.replace(tzinfo=None)
    if running is not None and running.appointment_id == appointment.id:
        entry = store.time.timed_entry(running, checked_out)
        entry.minutes = max(1, int((checked_out - checked_in).total_seconds() // 60))
        entry.started_at = checked_in
        _ask_and_keep(
            caseload, parent, entry, translate("Timer", "Checked out: keep the visit's time")
        )
        return
    proposed = RunningTimer(
        patient_id=appointment.patient_id,
        activity=HOME_VISIT,
        started_at=checked_in,
        tz=after.tz,
        appointment_id=appointment.id,
    )
    entry = store.time.timed_entry(proposed, checked_out)
    dialog = TimeEntryDialog(
        store,
        entry,
        lambda chosen: timer_changes.keep_time(
            caseload, translate("Timer", "Keep visit time"), chosen
        ),
        translate("Timer", "Checked out: keep the visit's time"),
        parent=parent,
    )
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
