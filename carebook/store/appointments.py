"""Appointments in the store: booking, series laid out as dated visits, editing one or many."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from carebook.core import recurrence
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.repeat_limits import HORIZON_DAYS
from carebook.core.repeat_rules import rule_until
from carebook.core.validation import check_rule, validate_appointment, validate_repeats
from carebook.core.vocabularies import AppointmentStatus
from carebook.storage.records import stored_moment
from carebook.store import visits_ahead
from carebook.store.base import OpenCaseload, Part, Writes
from carebook.store.visits import Visits, day_after

__all__ = ["HORIZON_DAYS", "Appointments", "Scope"]


class Scope(StrEnum):
    """Which visits of a series an edit or cancellation applies to."""

    THIS = "this"
    FOLLOWING = "following"
    SERIES = "series"


class Appointments(Part):
    """Booking, changing and cancelling appointments and single visits of a series."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "appointment": Writes(
                self.add_appointment, self.update_appointment, self.delete_appointment
            )
        }

    def __init__(self, caseload: OpenCaseload, visits: Visits) -> None:
        super().__init__(caseload)
        self.visits = visits

    def add_appointment(self, appointment: Appointment) -> Appointment:
        """Book an appointment (or a recurring series) and lay out its occurrences."""
        validate_appointment(appointment)
        validate_repeats(appointment, self.today())
        with self._transaction():
            self._insert(appointment)
            self.visits.set_last_start(appointment)
            self.visits.lay_out([appointment], {}, self.visits.horizon())
            self._log("create", "appointment", appointment.id)
        return appointment

    def appointment(self, appointment_id: int) -> Appointment | None:
        return self._get(Appointment, appointment_id)

    def appointments_for(self, patient_id: int) -> list[Appointment]:
        """A patient's appointments and series, latest first."""
        return self._all(Appointment, "patient_id = ?", [patient_id], "start DESC, id DESC")

    def occurrence_changes(self, appointment_id: int) -> list[OccurrenceChange]:
        return self.visits.changes_for([appointment_id]).get(appointment_id, [])

    def appointments_in(
        self, first: date | None = None, last: date | None = None, patient_id: int | None = None
    ) -> list[Appointment]:
        """The appointments and series with a visit starting from `first` to `last` (both days
        included; None leaves that end open), whole, for one patient or everyone, by id.

        With both ends open, every appointment (a series whose visits were all removed too).
        """
        where = "(? IS NULL OR patient_id = ?)"
        params: list[object] = [patient_id, patient_id]
        if first is not None or last is not None:
            self.visits.ensure_horizon()
            # Series without end have visits past the horizon too, looked for in their rules.
            series = visits_ahead.without_end(
                self._all(
                    Appointment,
                    "last_start IS NULL AND (? IS NULL OR patient_id = ?)",
                    [patient_id, patient_id],
                    "id",
                )
            )
            ahead = visits_ahead.with_visits(
                series,
                self.visits.changes_for([s.id for s in series if s.id]),
                first,
                last,
                self.visits.horizon(),
            )
            where += (
                " AND (id IN (SELECT appointment_id FROM occurrence"
                " WHERE start >= ? AND start < ?) OR id IN (SELECT value FROM json_each(?)))"
            )
            params += [
                first.isoformat() if first else "",
                day_after(last) if last else "9999",
                json.dumps(ahead),
            ]
        return self._all(Appointment, where, params, "id")

    # -- changing appointments -------------------------------------------------------------------

    def update_appointment(
        self,
        appointment: Appointment,
        scope: Scope = Scope.SERIES,
        original_start: datetime | None = None,
    ) -> list[int]:
        """Save an edit to one visit, to it and the following ones, or to the whole series.

        `appointment` carries the edited fields; for one visit its `start` is that visit's new
        start. Returns the ids of the appointments written: a split or a detached visit adds one.
        Past visits keep their own changes (done, moved) whichever scope is chosen.
        """
        validate_appointment(appointment)
        appointment_id = appointment.id
        assert appointment_id is not None
        old = self._need(Appointment, appointment_id)
        if (appointment.rrule, appointment.start) != (old.rrule, old.start):
            validate_repeats(appointment, self.today())
        elif appointment.rrule:
            # An edit leaving the rule and start alone is kept even if the series has grown
            # past what a new one may hold (as one without end does over the years).
            check_rule(appointment.rrule, appointment.start)
        if not old.rrule or scope is Scope.SERIES or original_start is None:
            with self._transaction():
                if old.rrule and appointment.rrule:
                    if appointment.rrule == old.rrule:
                        appointment = replace(
                            appointment,
                            rrule=_until_follows(
                                old, appointment.rrule, appointment.start - old.start
                            ),
                        )
                    self._rekey_changes(
                        appointment_id, old.start, appointment_id, appointment.start
                    )
                self._update(appointment)
                self.visits.relayout(appointment)
                self._log("change", "appointment", appointment_id)
            return [appointment_id]
        if scope is Scope.THIS:
            return self._edit_one(old, appointment, original_start)
        return self._split(old, appointment, original_start)

    def _edit_one(self, old: Appointment, new: Appointment, original: datetime) -> list[int]:
        assert old.id is not None
        same_otherwise = (
            replace(
                new,
                start=old.start,
                duration_min=old.duration_min,
                status=old.status,
                rrule=old.rrule,
            )
            == old
        )
        existing = {c.original_start: c for c in self.occurrence_changes(old.id)}.get(original)
        kept_status = existing.status if existing else None
        with self._transaction():
            if same_otherwise:  # a move, a new length or a status: an exception on the series
                self._put_change(
                    OccurrenceChange(
                        appointment_id=old.id,
                        original_start=original,
                        start=new.start if new.start != original else None,
                        duration_min=new.duration_min
                        if new.duration_min != old.duration_min
                        else None,
                        status=new.status if new.status != old.status else kept_status,
                    )
                )
                self.visits.relayout(old)
                self._log("change", "appointment", old.id)
                return [old.id]
            # Anything more: this visit leaves the series and becomes an appointment of its own.
            self._put_change(
                OccurrenceChange(appointment_id=old.id, original_start=original, skipped=True)
            )
            self.visits.relayout(old)
            status = new.status if new.status != old.status else (kept_status or new.status)
            detached = self._insert(replace(new, id=None, rrule="", status=status))
            self.visits.relayout(detached)
            self._log("change", "appointment", old.id)
            self._log("create", "appointment", detached.id)
            assert detached.id is not None
            return [old.id, detached.id]

    def _split(self, old: Appointment, new: Appointment, original: datetime) -> list[int]:
        assert old.id is not None
        before = sum(1 for _ in recurrence.starts(old, original - timedelta(minutes=1)))
        if before == 0:
            return self.update_appointment(new, Scope.SERIES)
        old_parts = recurrence.rule_parts(old.rrule)
        new_rule = new.rrule
        if new.rrule == old.rrule and "COUNT" in old_parts:
            remaining = int(old_parts["COUNT"]) - before
            new_rule = _rule_with(old.rrule, COUNT=str(max(remaining, 1)))
        elif new.rrule == old.rrule and "UNTIL" in old_parts:
            new_rule = _until_follows(old, new_rule, new.start - original)
        if "COUNT" in old_parts:
            ended = _rule_with(old.rrule, COUNT=str(before))
        else:
            ended = _rule_with(old.rrule, UNTIL=f"{original - timedelta(minutes=1):%Y%m%dT%H%M%S}")
        with self._transaction():
            shortened = replace(old, rrule=ended)
            self._update(shortened)
            following = self._insert(replace(new, id=None, rrule=new_rule))
            assert following.id is not None
            self.conn.execute(
                "UPDATE appointment_change SET appointment_id = ? "
                "WHERE appointment_id = ? AND original_start >= ?",
                [following.id, old.id, stored_moment(original)],
            )
            self._rekey_changes(following.id, original, following.id, new.start)
            self.visits.relayout(shortened)
            self.visits.relayout(following)
            self._log("change", "appointment", old.id)
            self._log("create", "appointment", following.id)
        return [old.id, following.id]

    def cancel_appointment(
        self,
        appointment_id: int,
        scope: Scope = Scope.SERIES,
        original_start: datetime | None = None,
    ) -> None:
        """Cancel one visit, it and the following ones, or the rest of a series.

        A single appointment, or one visit of a series, is kept and shown as cancelled. A series
        (from one visit, or from now) simply ends: the visits before stay as they were.
        """
        old = self._need(Appointment, appointment_id)
        if not old.rrule:
            with self._transaction():
                cancelled = replace(old, status=AppointmentStatus.CANCELLED)
                self._update(cancelled)
                self.visits.relayout(cancelled)
                self._log("change", "appointment", appointment_id, "cancelled")
            return
        if scope is Scope.THIS and original_start is not None:
            self.set_visit_status(appointment_id, original_start, AppointmentStatus.CANCELLED)
            return
        cut = original_start if scope is Scope.FOLLOWING and original_start else self.clock()
        before = sum(1 for _ in recurrence.starts(old, cut - timedelta(minutes=1)))
        with self._transaction():
            if before == 0:
                self._update(replace(old, status=AppointmentStatus.CANCELLED))
            elif "COUNT" in recurrence.rule_parts(old.rrule):
                self._update(replace(old, rrule=_rule_with(old.rrule, COUNT=str(before))))
            else:
                until = f"{cut - timedelta(minutes=1):%Y%m%dT%H%M%S}"
                self._update(replace(old, rrule=_rule_with(old.rrule, UNTIL=until)))
            self.conn.execute(
                "DELETE FROM appointment_change WHERE appointment_id = ? AND original_start >= ?"
                " AND ? > 0",
                [appointment_id, stored_moment(cut), before],
            )
            self.visits.relayout(self._need(Appointment, appointment_id))
            self._log("change", "appointment", appointment_id, "cancelled")

    def set_visit_status(
        self, appointment_id: int, original_start: datetime, status: AppointmentStatus
    ) -> None:
        """Mark one visit done, no-show, cancelled or booked again."""
        old = self._need(Appointment, appointment_id)
        with self._transaction():
            if old.rrule:
                existing = {c.original_start: c for c in self.occurrence_changes(appointment_id)}
                change = existing.get(original_start) or OccurrenceChange(
                    appointment_id=appointment_id, original_start=original_start
                )
                change.status = None if status == old.status else status
                self._put_change(change)
                self.visits.relayout(old)
            else:
                changed = replace(old, status=status)
                self._update(changed)
                self.visits.relayout(changed)
            self._log("change", "appointment", appointment_id, status.value)

    def skip_visit(self, appointment_id: int, original_start: datetime) -> None:
        """Take one visit out of its series (as if it had never been booked)."""
        old = self._need(Appointment, appointment_id)
        with self._transaction():
            self._put_change(
                OccurrenceChange(
                    appointment_id=appointment_id, original_start=original_start, skipped=True
                )
            )
            self.visits.relayout(old)
            self._log("change", "appointment", appointment_id, "visit removed")

    def delete_appointment(self, appointment_id: int) -> None:
        self._delete(Appointment, appointment_id)

    # -- keeping the laid-out visits right -------------------------------------------------------

    def _put_change(self, change: OccurrenceChange) -> None:
        if not (change.skipped or change.start or change.duration_min or change.status):
            self.conn.execute(
                "DELETE FROM appointment_change WHERE appointment_id = ? AND original_start = ?",
                [change.appointment_id, stored_moment(change.original_start)],
            )
            return
        self.conn.execute(
            "INSERT INTO appointment_change (appointment_id, original_start, skipped, start,"
            " duration_min, status) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (appointment_id, original_start) DO UPDATE SET"
            " skipped = excluded.skipped, start = excluded.start,"
            " duration_min = excluded.duration_min, status = excluded.status",
            [
                change.appointment_id,
                stored_moment(change.original_start),
                int(change.skipped),
                stored_moment(change.start),
                change.duration_min,
                change.status.value if change.status else None,
            ],
        )

    def _rekey_changes(
        self, old_id: int, old_start: datetime, new_id: int, new_start: datetime
    ) -> None:
        """Keep each visit's own change with its visit when the series' start time moves."""
        shift = new_start - old_start
        if not shift and old_id == new_id:
            return
        changes = self.visits.changes_for([old_id]).get(old_id, [])
        self.conn.execute("DELETE FROM appointment_change WHERE appointment_id = ?", [old_id])
        for change in changes:
            self._put_change(
                replace(change, appointment_id=new_id, original_start=change.original_start + shift)
            )


def _rule_with(text: str, **changes: str) -> str:
    """The rule with some parts set; COUNT and UNTIL replace each other, as RFC 5545 wants."""
    parts = recurrence.rule_parts(text)
    for key in ("COUNT", "UNTIL"):
        if key in changes:
            parts.pop("UNTIL" if key == "COUNT" else "COUNT", None)
    parts.update(changes)
    return ";".join(f"{key}={value}" for key, value in parts.items())


def _until_follows(old: Appointment, rule: str, shift: timedelta) -> str:
    """A series ending at its last visit keeps that visit when its time moves later."""
    parts = recurrence.rule_parts(rule)
    last = recurrence.last_start(old)
    if shift <= timedelta(0) or "UNTIL" not in parts or last is None:
        return rule
    until = rule_until(parts)  # as the expansion reads it, however it was written
    moved = last + shift
    return _rule_with(rule, UNTIL=f"{moved:%Y%m%dT%H%M%S}") if until and moved > until else rule
