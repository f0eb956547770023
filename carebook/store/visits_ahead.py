"""Visits of series without end past the laid-out horizon, made for one read and never stored.

Series without end are laid out as dated visits only a season or two ahead of today (see
repeat_limits.HORIZON_DAYS). A day further ahead (the Agenda paged to next year, a calendar
exported to 2150) is read from the rule instead: its visits are made for that read and handed
to the same SQL as the laid-out ones, as rows of a JSON array, so nothing grows the caseload file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time

from carebook.core import recurrence
from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.recurrence import Occurrence

#: The columns of an occurrence row, in the order a row ahead lists them.
COLUMNS = ("appointment_id", "patient_id", "original_start", "start", "ends", "status", "changed")
#: The laid-out visits and the ones made for the read (:ahead, a JSON array of rows), as one
#: source aliased o. A visit made for the read has a negative id, so it never meets a stored one.
SOURCE = (
    f"(SELECT id, {', '.join(COLUMNS)} FROM occurrence UNION ALL SELECT -1 - key, "
    + ", ".join(f"json_extract(value, '$[{n}]')" for n in range(len(COLUMNS)))
    + " FROM json_each(:ahead)) o"
)

Changes = dict[int, list[OccurrenceChange]]


def without_end(appointments: Iterable[Appointment]) -> list[Appointment]:
    """The series among `appointments` that repeat without end (the only ones not laid out to
    their last visit); one whose stored rule does not read has no visits to make."""
    found = []
    for appointment in appointments:
        try:
            if appointment.rrule and recurrence.last_start(appointment) is None:
                found.append(appointment)
        except ValidationError:
            continue
    return found


def _moments(first: date | None, last: date | None) -> tuple[datetime, datetime] | None:
    """first..last as moments within carebook's dates (either end open), or None if empty."""
    lower = datetime.combine(max(first or EARLIEST_DATE, EARLIEST_DATE), time())
    upper = datetime.combine(min(last or LATEST_DATE, LATEST_DATE), time(23, 59, 59))
    return (lower, upper) if lower <= upper else None


def rows(
    series: Sequence[Appointment], changes: Changes, first: date, last: date, horizon: datetime
) -> str:
    """The visits from `first` to `last` of the series past `horizon`, as the :ahead JSON."""
    span = _moments(first, last)
    found: list[list[object]] = []
    if span is None or span[1] <= horizon:
        return json.dumps(found)
    for appointment in series:
        assert appointment.id is not None
        for visit in _readable(
            recurrence.occurrences_between(
                appointment, changes.get(appointment.id, ()), *span, after=horizon
            )
        ):
            found.append(
                [
                    appointment.id,
                    appointment.patient_id,
                    _iso(visit.original_start),
                    _iso(visit.start),
                    _iso(visit.end),
                    visit.status.value,
                    int(visit.changed),
                ]
            )
    return json.dumps(found)


def with_visits(
    series: Sequence[Appointment],
    changes: Changes,
    first: date | None,
    last: date | None,
    horizon: datetime,
) -> list[int]:
    """The ids of the series with a visit past `horizon` from `first` to `last` (either end
    open); each stops looking at its first such visit."""
    span = _moments(first, last)
    if span is None or span[1] <= horizon:
        return []
    return [
        appointment.id
        for appointment in series
        if appointment.id is not None
        and any(
            _readable(
                recurrence.occurrences_between(
                    appointment, changes.get(appointment.id, ()), *span, after=horizon
                )
            )
        )
    ]


def _readable(visits: Iterator[Occurrence]) -> Iterator[Occurrence]:
    """The visits, up to where a stored rule stops reading (as laying it out stops there)."""
    try:
        yield from visits
    except ValidationError:
        return


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")
