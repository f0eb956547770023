"""A visit moved on the schedule (dragged, or by Alt+Shift+arrows): asked this visit, the
following ones or the whole series as the appointment editor asks, saved through its path."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtWidgets import QWidget

from carebook.core.views import Visit
from carebook.core.words import translate
from carebook.store.caseload import Scope
from carebook.ui.changes import visits as visit_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.appointment_editor import ask_scope
from carebook.ui.forms.record_editor import attempt


def move_visit(parent: QWidget, caseload: Caseload, visit: Visit, start: datetime) -> bool:
    """Move `visit` to start at `start`, keeping its length; True when it moved.

    A visit of a series asks which visits move: this one alone, it and the following ones
    (each to the same time, a split as in the editor), or the whole series (each by as much)."""
    series = caseload.store.appointments.appointment(visit.appointment_id)
    if series is None or start == visit.start:
        return False
    original = visit.original_start
    scope = Scope.SERIES
    if series.rrule and original is not None:
        chosen = ask_scope(parent, translate("ScheduleView", "Move"))
        if chosen is None:
            return False
        scope = chosen
    minutes = int((visit.end - visit.start).total_seconds() // 60)
    if scope is Scope.THIS:
        edited = replace(series, start=start, duration_min=minutes, status=visit.status)
    elif scope is Scope.FOLLOWING:
        edited = replace(series, start=start, duration_min=minutes)
    else:
        edited = replace(series, start=series.start + (start - visit.start))
    if edited == series:
        return False
    return attempt(
        parent,
        lambda: visit_changes.save_appointment(
            caseload, translate("ScheduleView", "Move visit"), edited, scope, original
        ),
    )
