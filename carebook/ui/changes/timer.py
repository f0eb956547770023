"""The running timer through the door: started, stopped into a time entry, or discarded."""

from __future__ import annotations

from carebook.core.billing_records import RunningTimer, TimeEntry
from carebook.core.changes import Changes
from carebook.ui.commands import Caseload, Root


def start_timer(caseload: Caseload, text: str, timer: RunningTimer) -> RunningTimer:
    """Start the one timer (kept in the caseload, so a restart finds it running); a
    ValidationError when one runs already."""
    return caseload.add(timer, text)


def stop_timer(caseload: Caseload, text: str, entry: TimeEntry) -> Changes:
    """Stop the timer and keep its time as `entry`: both or neither, undone as one."""

    def run() -> list[Root]:
        kept = caseload.store.time.stop_timer(entry)
        return [("time_entry", kept.id)] if kept.id is not None else []

    return caseload.change(text, "time_entry", run, touches=[("running_timer", 1)])


def discard_timer(caseload: Caseload, text: str) -> Changes | None:
    """Stop the timer keeping no time (a timer left running by mistake)."""
    timer = caseload.store.time.timer()
    if timer is None:
        return None
    return caseload.remove(timer, text)


def keep_time(caseload: Caseload, text: str, entry: TimeEntry) -> TimeEntry:
    """Keep a time entry no timer ran for (a visit's check-in to check-out)."""
    return caseload.add(entry, text)
