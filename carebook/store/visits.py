"""The laid-out visits: every series laid out as dated visits to the horizon, read by day."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from carebook.core import recurrence
from carebook.core.agenda import AgendaSpan
from carebook.core.dates import LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.repeat_limits import HORIZON_DAYS, horizon_from
from carebook.core.schedule_layout import DayMark
from carebook.core.views import Visit
from carebook.core.vocabularies import (
    AllergyStatement,
    AppointmentKind,
    AppointmentStatus,
    Transport,
)
from carebook.storage.listings import ACTIVE_ALLERGIES, PATIENT_ORDER, POSTAL_ADDRESS, SPOKEN_NAME
from carebook.storage.records import from_row, stored_moment
from carebook.store import visits_ahead
from carebook.store.base import Part

_KINDS = {kind.value: kind for kind in AppointmentKind}

_STATUSES = {status.value: status for status in AppointmentStatus}

_TRANSPORTS = {transport.value: transport for transport in Transport}

_STATEMENTS = {statement.value: statement for statement in AllergyStatement}

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


class Visits(Part):
    """Visits as the Agenda reads them: laid out from each series, in the day's route order."""

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
            self.lay_out(series, self.changes_for([s.id for s in series if s.id]), new_horizon)
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
            series, self.changes_for([s.id for s in series if s.id]), first, last, horizon
        )
        return visits_ahead.SOURCE, {"ahead": ahead}

    def set_last_start(self, appointment: Appointment) -> None:
        last = recurrence.last_start(appointment)
        self.conn.execute(
            "UPDATE appointment SET last_start = ? WHERE id = ?",
            [last.isoformat(timespec="minutes") if last else None, appointment.id],
        )

    def changes_for(self, ids: Sequence[int]) -> dict[int, list[OccurrenceChange]]:
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

    def day_marks(self, first: date, last: date) -> dict[date, DayMark]:
        """For each day from `first` to `last` with visits: how many, and whether two of them
        overlap (timed, neither cancelled; as core.schedule counts them), from the index."""
        source, params = self._source(first, last)
        params |= _span_params(AgendaSpan(first, last, first))
        # Sorted by start, a visit overlaps one before it when it starts before the latest
        # end among those before it.
        sql = (
            "SELECT day, count(*), max(crossing) FROM (SELECT day, busy_until IS NOT NULL"
            " AND start < max(busy_until) OVER (PARTITION BY day ORDER BY start, busy_until"
            " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS crossing"
            " FROM (SELECT substr(o.start, 1, 10) AS day, o.start AS start,"
            " CASE WHEN o.status <> 'cancelled' AND o.ends > o.start THEN o.ends END"
            f" AS busy_until FROM {source} WHERE {_DAY_WHERE})) GROUP BY day"
        )
        return {
            date.fromisoformat(day): DayMark(visits, bool(crossing))
            for day, visits, crossing in self.conn.execute(sql, params)
        }

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
            f" a.transport_details, a.with_whom, p.allergy_statement"
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
                allergy_statement=_STATEMENTS[statement],
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
                statement,
            ) in self.conn.execute(sql, params)
        ]

    def relayout(self, appointment: Appointment) -> None:
        assert appointment.id is not None
        self.set_last_start(appointment)
        self.lay_out([appointment], self.changes_for([appointment.id]), self.horizon())


def _span_params(span: AgendaSpan) -> dict[str, object]:
    return {"first": span.first.isoformat(), "after": day_after(span.last)}


def day_after(day: date) -> str:
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
