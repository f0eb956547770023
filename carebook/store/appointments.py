"""Appointments in the store: booking, series laid out as dated visits, editing one or many."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from carebook.core import recurrence
from carebook.core.agenda import AgendaSpan
from carebook.core.dates import LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.repeat_limits import HORIZON_DAYS, horizon_from
from carebook.core.repeat_rules import rule_until
from carebook.core.validation import check_rule, validate_appointment, validate_repeats
from carebook.core.views import Visit
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, Transport
from carebook.storage.listings import ACTIVE_ALLERGIES, PATIENT_ORDER, POSTAL_ADDRESS, SPOKEN_NAME
from carebook.storage.records import from_row, stored_moment
from carebook.store import visits_ahead
from carebook.store.base import Part

__all__ = ["HORIZON_DAYS", "Appointments", "Scope"]

_KINDS = {kind.value: kind for kind in AppointmentKind}
_STATUSES = {status.value: status for status in AppointmentStatus}
_TRANSPORTS = {transport.value: transport for transport in Transport}

#: The span's visits (ISO text: every start on the last day sorts before the day after it).
_DAY_WHERE = "o.start >= :first AND o.start < :after"
#: Each visit's stop, if the coordinator put it in order on its day.
_ROUTE_JOIN = (
    " LEFT JOIN route_stop r ON r.day = substr(o.start, 1, 10)"
    " AND r.appointment_id = o.appointment_id AND r.original_start = o.original_start"
)
#: Day by day: the stops in the coordinator's order first, then the other visits by time.
_ROUTE_KEYS = (
    "substr(o.start, 1, 10)",
    "r.position IS NULL",
    "r.position",
    "o.start",
    *PATIENT_ORDER,
)
_ROUTE_ORDER = ", ".join(_ROUTE_KEYS)
_TIME_ORDER = f"o.start, {', '.join(PATIENT_ORDER)}, o.id"
#: The day's visits numbered in route order, and the place each takes after swapping two.
#: Those up to the later place, and those already stops, are (re)written as stops.
_ROUTE_MOVE = (
    "WITH placed AS (SELECT o.appointment_id AS aid, o.original_start AS original,"
    " r.position AS position, row_number() OVER (ORDER BY " + _ROUTE_ORDER + ", o.id) - 1 AS n"
    " FROM {source} JOIN patient p ON p.id = o.patient_id"
    + _ROUTE_JOIN
    + " WHERE "
    + _DAY_WHERE
    + "),"
    " moved AS (SELECT aid, original, position,"
    " CASE n WHEN :here THEN :there WHEN :there THEN :here ELSE n END AS new FROM placed"
    " WHERE n <= max(:here, :there) OR position IS NOT NULL)"
    " {write}"
)


class Scope(StrEnum):
    """Which visits of a series an edit or cancellation applies to."""

    THIS = "this"
    FOLLOWING = "following"
    SERIES = "series"


class Appointments(Part):
    """Booking, changing and cancelling appointments, and reading them back by day."""

    def add_appointment(self, appointment: Appointment) -> Appointment:
        """Book an appointment (or a recurring series) and lay out its occurrences."""
        validate_appointment(appointment)
        validate_repeats(appointment, self.today())
        with self._transaction():
            self._insert(appointment)
            self._set_last_start(appointment)
            self.lay_out([appointment], {}, self.horizon())
            self._log("create", "appointment", appointment.id)
        return appointment

    def appointment(self, appointment_id: int) -> Appointment | None:
        return self._get(Appointment, appointment_id)

    def horizon(self) -> datetime:
        """The end of the period for which series are laid out as dated occurrences."""
        stored = self._scalar("SELECT value FROM meta WHERE key = 'horizon'")
        if stored:
            return datetime.fromisoformat(stored)
        return horizon_from(self.today())

    def ensure_horizon(self, until: date | None = None) -> None:
        """Lay out open-ended series a season or two beyond today, as the days go by.

        `until`, a day a reader asks for, never moves the horizon further: a day past it is
        read without laying it out (see visits_ahead), so reading never grows the file.
        """
        wanted = self.today() + timedelta(days=HORIZON_DAYS)
        stored = self._scalar("SELECT value FROM meta WHERE key = 'horizon'")
        if stored and datetime.fromisoformat(stored).date() >= min(wanted, LATEST_DATE):
            return
        new_horizon = horizon_from(self.today())
        previous = stored or "0000"
        with self._transaction():
            # Open-ended series, and bounded ones (or single visits) that reach past the old end.
            series = self._all(
                Appointment, "last_start IS NULL OR last_start > ?", [previous], "id"
            )
            self.lay_out(series, self._changes_for([s.id for s in series if s.id]), new_horizon)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('horizon', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [new_horizon.isoformat(timespec="minutes")],
            )

    def _source(self, first: date, last: date) -> tuple[str, dict[str, object]]:
        """Where a read of the days `first` to `last` finds its visits (aliased o), and the
        parameters that source needs: the laid-out ones, and past the horizon those made for
        the read."""
        self.ensure_horizon()
        horizon = self.horizon()
        if last <= horizon.date():
            return "occurrence o", {}
        series = visits_ahead.without_end(self._all(Appointment, "last_start IS NULL", [], "id"))
        ahead = visits_ahead.rows(
            series, self._changes_for([s.id for s in series if s.id]), first, last, horizon
        )
        return visits_ahead.SOURCE, {"ahead": ahead}

    def _set_last_start(self, appointment: Appointment) -> None:
        last = recurrence.last_start(appointment)
        self.conn.execute(
            "UPDATE appointment SET last_start = ? WHERE id = ?",
            [last.isoformat(timespec="minutes") if last else None, appointment.id],
        )

    def _changes_for(self, ids: Sequence[int]) -> dict[int, list[OccurrenceChange]]:
        changes: dict[int, list[OccurrenceChange]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            for row in self._rows(
                f"SELECT * FROM appointment_change WHERE appointment_id IN ({marks})", chunk
            ):
                changes.setdefault(row["appointment_id"], []).append(
                    from_row(OccurrenceChange, row)
                )
        return changes

    def lay_out(
        self,
        appointments: Iterable[Appointment],
        changes: dict[int, list[OccurrenceChange]],
        until: datetime,
        last_starts: dict[int, datetime | None] | None = None,
    ) -> None:
        """Replace the stored occurrences of `appointments` with a fresh expansion.

        Open-ended series are laid out up to `until`; bounded ones (and single visits) to their
        end, however far, so booking far ahead never hides a visit.
        """
        rows = []
        for appointment in appointments:
            assert appointment.id is not None
            try:
                last = (
                    last_starts[appointment.id]
                    if last_starts is not None
                    else recurrence.last_start(appointment)
                )
                laid_out = recurrence.occurrences(
                    appointment,
                    changes.get(appointment.id, ()),
                    until if last is None else max(until, last),
                )
            except ValidationError:
                # A stored rule that no longer reads (written by another program) keeps the
                # visits it has rather than stopping every other series; the check names it.
                continue
            self.conn.execute("DELETE FROM occurrence WHERE appointment_id = ?", [appointment.id])
            for occurrence in laid_out:
                rows.append(
                    (
                        appointment.id,
                        appointment.patient_id,
                        occurrence.original_start.isoformat(timespec="minutes"),
                        occurrence.start.isoformat(timespec="minutes"),
                        occurrence.end.isoformat(timespec="minutes"),
                        occurrence.status.value,
                        int(occurrence.changed),
                    )
                )
        self.conn.executemany(
            "INSERT INTO occurrence (appointment_id, patient_id, original_start, start, ends,"
            " status, changed) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def visits_on(self, day: date) -> list[Visit]:
        """The day's appointments (series expanded, exceptions applied) in route order.

        Visits the coordinator has put in order come first, in her order; the rest follow by time.
        """
        return self.visits_in(AgendaSpan.day(day))

    def visits_in(self, span: AgendaSpan, offset: int = 0, limit: int | None = None) -> list[Visit]:
        """The span's visits day by day, each day in route order; `limit` of them from `offset`."""
        source, params = self._source(span.first, span.last)
        params.update(_span_params(span))
        if limit is None:
            return self._visits(
                _DAY_WHERE, params, join=_ROUTE_JOIN, order=f"{_ROUTE_ORDER}, o.id", source=source
            )
        # Order the day by the narrow indexes alone, then read only the page's rows in full.
        keys = [f"k{n}" for n in range(len(_ROUTE_KEYS))]
        named = ", ".join(f"{expr} AS {key}" for expr, key in zip(_ROUTE_KEYS, keys, strict=True))
        page = (
            f"(SELECT o.id AS id, {named} FROM {source}"
            f" JOIN patient p ON p.id = o.patient_id{_ROUTE_JOIN} WHERE {_DAY_WHERE}"
            f" ORDER BY {', '.join(keys)}, o.id LIMIT :limit OFFSET :offset) page"
        )
        params.update(limit=int(limit), offset=int(offset))
        return self._visits(
            "1",
            params,
            source=f"{page} JOIN {source} ON o.id = page.id",
            order=", ".join(f"page.{key}" for key in [*keys, "id"]),
        )

    def visit_count(self, span: AgendaSpan) -> int:
        """How many visits the span holds, counted from the index."""
        source, params = self._source(span.first, span.last)
        return int(
            self._scalar(
                f"SELECT count(*) FROM {source} WHERE {_DAY_WHERE}", params | _span_params(span)
            )
        )

    def set_route(self, day: date, stops: Sequence[tuple[int, datetime]]) -> None:
        """Keep the order the day's visits will be driven in: (appointment id, original start)."""
        with self._transaction():
            self.conn.execute("DELETE FROM route_stop WHERE day = ?", [day.isoformat()])
            self.conn.executemany(
                "INSERT INTO route_stop (day, appointment_id, original_start, position)"
                " VALUES (?, ?, ?, ?)",
                [
                    (day.isoformat(), appointment_id, stored_moment(original), position)
                    for position, (appointment_id, original) in enumerate(stops)
                ],
            )
            self._log("change", "route", None, day.isoformat())

    def route_move_touches(self, day: date, here: int, there: int) -> list[int]:
        """The appointments whose stops `move_route_stop(day, here, there)` would write.

        An undo needs them before the move; they are the visits from the first to the later of
        the two places (or to the last one already in order), whose positions change.
        """
        if not self._route_places(day, here, there):
            return []
        source, params = self._source(day, day)
        sql = _ROUTE_MOVE.format(
            source=source,
            write="SELECT DISTINCT aid FROM moved WHERE position IS NOT new ORDER BY aid",
        )
        return [row[0] for row in self.conn.execute(sql, params | _move_params(day, here, there))]

    def move_route_stop(self, day: date, here: int, there: int) -> None:
        """Swap the visits at route places `here` and `there` of the day; the rest keep theirs.

        Every visit up to the later place becomes a stop in the order the day shows now, so the
        visits after it still follow by time.
        """
        source, params = self._source(day, day)
        params.update(_move_params(day, here, there))
        with self._transaction():
            if not self._route_places(day, here, there):
                return
            self.conn.execute(
                _ROUTE_MOVE.format(
                    source=source,
                    write=(
                        "INSERT INTO route_stop (day, appointment_id, original_start, position)"
                        " SELECT :day, aid, original, new FROM moved WHERE position IS NOT new"
                        " ON CONFLICT (day, appointment_id, original_start)"
                        " DO UPDATE SET position = excluded.position"
                    ),
                ),
                params,
            )
            self._log("change", "route", None, day.isoformat())

    def _route_places(self, day: date, here: int, there: int) -> bool:
        """True when both places are on the day's route (and differ)."""
        return (
            here != there
            and min(here, there) >= 0
            and (max(here, there) < self.visit_count(AgendaSpan.day(day)))
        )

    def overlapping(
        self, start: datetime, end: datetime, leave_out: int | None = None
    ) -> list[Visit]:
        """The coordinator's booked visits (home and telehealth) that overlap start..end."""
        # A visit lasts a day at most: one overlapping starts at most a day before.
        source, params = self._source(start.date() - timedelta(days=1), end.date())
        return self._visits(
            "o.start < :end AND o.ends > :start AND o.status = 'booked'"
            " AND o.appointment_id IS NOT :leave_out AND a.kind IN ('home_visit', 'telehealth')",
            params
            | {"end": stored_moment(end), "start": stored_moment(start), "leave_out": leave_out},
            source=source,
        )

    def _visits(
        self,
        where: str,
        params: Sequence[object] | dict[str, object],
        *,
        join: str = "",
        order: str = _TIME_ORDER,
        source: str = "occurrence o",
    ) -> list[Visit]:
        sql = (
            f"SELECT o.appointment_id, o.original_start, o.start, o.ends, o.status, o.patient_id,"
            f" {SPOKEN_NAME}, {POSTAL_ADDRESS}, p.phone, a.purpose, a.kind, a.location,"
            f" a.rrule <> '', p.access_notes, coalesce({ACTIVE_ALLERGIES}, ''), a.transport,"
            f" a.transport_details, a.with_whom"
            f" FROM {source} JOIN appointment a ON a.id = o.appointment_id"
            f" JOIN patient p ON p.id = o.patient_id{join}"
            f" WHERE {where} ORDER BY {order}"
        )
        # A whole day is thousands of rows: names and addresses come made from SQL, and the codes
        # are looked up in dicts rather than through the Enum constructors.
        parse, kinds, statuses, transports = (
            datetime.fromisoformat,
            _KINDS,
            _STATUSES,
            _TRANSPORTS,
        )
        return [
            Visit(
                appointment_id=appointment_id,
                original_start=parse(original),
                start=parse(start),
                end=parse(ends),
                patient_id=patient_id,
                patient=patient,
                address=address,
                phone=phone,
                purpose=purpose,
                kind=kinds[kind],
                status=statuses[status],
                location=location,
                recurring=bool(recurring),
                access_notes=access_notes,
                allergies=allergies,
                transport=transports[transport],
                transport_details=transport_details,
                with_whom=with_whom,
            )
            for (
                appointment_id,
                original,
                start,
                ends,
                status,
                patient_id,
                patient,
                address,
                phone,
                purpose,
                kind,
                location,
                recurring,
                access_notes,
                allergies,
                transport,
                transport_details,
                with_whom,
            ) in self.conn.execute(sql, params)
        ]

    def appointments_for(self, patient_id: int) -> list[Appointment]:
        """A patient's appointments and series, latest first."""
        return self._all(Appointment, "patient_id = ?", [patient_id], "start DESC, id DESC")

    def occurrence_changes(self, appointment_id: int) -> list[OccurrenceChange]:
        return self._changes_for([appointment_id]).get(appointment_id, [])

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
            self.ensure_horizon()
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
                self._changes_for([s.id for s in series if s.id]),
                first,
                last,
                self.horizon(),
            )
            where += (
                " AND (id IN (SELECT appointment_id FROM occurrence"
                " WHERE start >= ? AND start < ?) OR id IN (SELECT value FROM json_each(?)))"
            )
            params += [
                first.isoformat() if first else "",
                _day_after(last) if last else "9999",
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
                self.relayout(appointment)
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
                self.relayout(old)
                self._log("change", "appointment", old.id)
                return [old.id]
            # Anything more: this visit leaves the series and becomes an appointment of its own.
            self._put_change(
                OccurrenceChange(appointment_id=old.id, original_start=original, skipped=True)
            )
            self.relayout(old)
            status = new.status if new.status != old.status else (kept_status or new.status)
            detached = self._insert(replace(new, id=None, rrule="", status=status))
            self.relayout(detached)
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
            self.relayout(shortened)
            self.relayout(following)
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
                self.relayout(cancelled)
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
            self.relayout(self._need(Appointment, appointment_id))
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
                self.relayout(old)
            else:
                changed = replace(old, status=status)
                self._update(changed)
                self.relayout(changed)
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
            self.relayout(old)
            self._log("change", "appointment", appointment_id, "visit removed")

    def delete_appointment(self, appointment_id: int) -> None:
        self._delete(Appointment, appointment_id)

    # -- keeping the laid-out visits right -------------------------------------------------------

    def relayout(self, appointment: Appointment) -> None:
        assert appointment.id is not None
        self._set_last_start(appointment)
        self.lay_out([appointment], self._changes_for([appointment.id]), self.horizon())

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
        changes = self._changes_for([old_id]).get(old_id, [])
        self.conn.execute("DELETE FROM appointment_change WHERE appointment_id = ?", [old_id])
        for change in changes:
            self._put_change(
                replace(change, appointment_id=new_id, original_start=change.original_start + shift)
            )


def _span_params(span: AgendaSpan) -> dict[str, object]:
    return {"first": span.first.isoformat(), "after": _day_after(span.last)}


def _day_after(day: date) -> str:
    """The day after `day`, as ISO text that every start on `day` sorts before (no visit is
    after carebook's last date, and the day after the calendar's last cannot be written)."""
    return (min(day, LATEST_DATE) + timedelta(days=1)).isoformat()


def _move_params(day: date, here: int, there: int) -> dict[str, object]:
    return {
        **_span_params(AgendaSpan.day(day)),
        "day": day.isoformat(),
        "here": int(here),
        "there": int(there),
    }


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
