"""After the route is reordered: offer to shift the day's times to follow it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.calendar_words import clock_text
from carebook.core.schedule import Shift, follow_route, plan_day
from carebook.core.words import translate
from carebook.ui.changes import travel as travel_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_editor import attempt

#: How many of the moves the question lists before saying how many more.
_LISTED = 6


def offer_to_follow_route(parent: QWidget, caseload: Caseload, day: date) -> bool:
    """Ask whether the day's times should follow its route (only when some would move); Yes
    moves them as one undoable change. True when the times were shifted."""
    store = caseload.store
    route = store.visits.visits_on(day)
    shifts = follow_route(plan_day(route, store.travel.travel_times()))
    if not shifts:
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RouteTimes", "Follow the new route"))
    box.setText(translate("RouteTimes", "Shift the times to follow the new route?"))
    box.setInformativeText(_moves_text(shifts))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    return attempt(
        parent,
        lambda: travel_changes.follow_route(
            caseload,
            translate("RouteTimes", "Shift the times to follow the route"),
            day,
            route,
            shifts,
        ),
    )


def _moves_text(shifts: list[Shift]) -> str:
    lines = [
        translate("RouteTimes", "{patient}: {before} → {after}").format(
            patient=shift.visit.patient,
            before=clock_text(shift.visit.start),
            after=clock_text(shift.start),
        )
        for shift in shifts[:_LISTED]
    ]
    if len(shifts) > _LISTED:
        lines.append(
            translate("RouteTimes", "and {count} more").format(count=f"{len(shifts) - _LISTED:,}")
        )
    lines.append(
        translate(
            "RouteTimes",
            "Each visit keeps its length, with the travel between stops; a visit of a series"
            " moves alone. Undo puts every time back.",
        )
    )
    return "\n".join(lines)
