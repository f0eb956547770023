"""Appointments as an iCalendar file (RFC 5545), for a phone's or a desktop's calendar.

What the file holds, and why:

- A recurring series is one VEVENT carrying its RRULE, so a phone shows one repeating event and
  a re-import updates it; the whole series goes in, whatever range chose it. Its DTSTART is its
  first visit, in its own zone (DTSTART;TZID=Europe/London), with a VTIMEZONE for every zone the
  file uses. An UNTIL is kept by carebook in local wall-clock time; RFC 5545 wants it in UTC when
  DTSTART has a zone, so it is converted (the instant the local UNTIL names, read as carebook
  reads every local time: a time the clocks pass twice means its first pass).
- A visit taken out of its series is an EXDATE on the series. A visit moved, given another
  length or another status is a VEVENT of its own with the series' UID and a RECURRENCE-ID
  naming the visit it replaces.
- Statuses: a booked visit is STATUS:CONFIRMED; a cancelled one STATUS:CANCELLED (calendars
  strike it through or hide it); a visit done, or a no-show, stays CONFIRMED (it took place in
  the coordinator's day) and its DESCRIPTION says "Status: Done" or "Status: No-show". The same
  holds for one-off appointments and for a whole series whose status was set.
- A one-off appointment is a plain VEVENT.
- UIDs come from carebook's ids (appointment-12@carebook.invalid), so importing again updates
  the events rather than adding copies.
- SUMMARY is the patient's name and the purpose; LOCATION the appointment's location, or the
  patient's address for a home visit that names none; DESCRIPTION the kind, with whom, transport
  and any status other than booked. Nothing else about the patient: no notes, no access notes,
  no allergies, no phone, no ATTENDEE or e-mail. Every event is CLASS:PRIVATE, which calendars
  shared with others show as busy only.

Times are carebook's own: a visit's start in a clock-change gap has moved forward by the gap
(recurrence.on_the_clock), and the file says the same instant. An appointment dated outside the
dates carebook keeps (saved before they were checked), or a series whose stored rule does not
read, is left out and counted: a calendar cannot hold a visit in the year 9999 and an hour.

No Qt, no SQL: everything is read through the store's public reads (`CalendarSource`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as date_parser
from icalendar import Calendar, Event, vRecur

from carebook import __version__
from carebook.core import recurrence
from carebook.core.dates import LATEST_DATE, out_of_range
from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange, Patient
from carebook.core.repeat_limits import LAST_MOMENT
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, Transport

#: The domain of every UID: ".invalid" is reserved (RFC 2606), so it can never clash with a
#: real one.
UID_DOMAIN = "carebook.invalid"
PRODID = f"-//carebook//carebook {__version__}//EN"
#: VTIMEZONEs spell out each clock change up to this many years after the last visit in the
#: file (a series without end keeps going; phones mostly use the zone's name anyway).
ZONE_YEARS_AHEAD = 25

_STATUS = {
    AppointmentStatus.BOOKED: "CONFIRMED",
    AppointmentStatus.DONE: "CONFIRMED",
    AppointmentStatus.NO_SHOW: "CONFIRMED",
    AppointmentStatus.CANCELLED: "CANCELLED",
}


class _CalendarSourceAppointments(Protocol):
    """The appointments reads it uses."""

    def appointments_in(
        self, first: date | None = None, last: date | None = None, patient_id: int | None = None
    ) -> list[Appointment]: ...

    def occurrence_changes(self, appointment_id: int) -> list[OccurrenceChange]: ...


class _CalendarSourcePatients(Protocol):
    """The patients reads it uses."""

    def patient(self, patient_id: int) -> Patient | None: ...


class CalendarSource(Protocol):
    """The store's reads an iCalendar export is made of."""

    @property
    def appointments(self) -> _CalendarSourceAppointments: ...

    @property
    def patients(self) -> _CalendarSourcePatients: ...


@dataclass(slots=True)
class CalendarExport:
    """The calendar written, and what it holds (for the command's one-line report)."""

    calendar: Calendar
    series: int = 0
    single: int = 0
    changed: int = 0  # visits of a series moved, re-timed or given a status
    left_out: int = 0  # appointments dated outside the dates carebook keeps
    moments: list[datetime] = field(default_factory=list)

    @property
    def events(self) -> int:
        return self.series + self.single

    def text(self) -> str:
        """The file's text: CRLF line ends, lines folded at 75 octets, as RFC 5545 wants."""
        data: bytes = self.calendar.to_ical()
        return data.decode("utf-8")


def uid_for(appointment_id: int) -> str:
    """The UID of an appointment's events; the same in every export of the caseload."""
    return f"appointment-{appointment_id}@{UID_DOMAIN}"


def appointments_calendar(
    source: CalendarSource,
    *,
    generated: datetime,
    first: date | None = None,
    last: date | None = None,
    patient_id: int | None = None,
) -> CalendarExport:
    """The appointments and series with a visit from `first` to `last` (both open by default),
    for one patient or everyone, each whole, as a calendar. `generated` is the DTSTAMP."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    export = CalendarExport(calendar)
    stamp = generated.astimezone(UTC)
    patients: dict[int, Patient | None] = {}
    for appointment in source.appointments.appointments_in(first, last, patient_id):
        assert appointment.id is not None
        if out_of_range(appointment.start.date()):
            export.left_out += 1
            continue
        if appointment.patient_id not in patients:
            patients[appointment.patient_id] = source.patients.patient(appointment.patient_id)
        patient = patients[appointment.patient_id]
        if appointment.rrule:
            try:
                _add_series(
                    export,
                    appointment,
                    patient,
                    source.appointments.occurrence_changes(appointment.id),
                    stamp,
                )
            except ValidationError:  # a stored rule that does not read: no visits to write
                export.left_out += 1
        else:
            _add_single(export, appointment, patient, stamp)
    if export.moments:
        earliest = min(moment.date() for moment in export.moments)
        latest = max(max(moment.date() for moment in export.moments), stamp.date())
        calendar.add_missing_timezones(
            first_date=date(earliest.year, 1, 1) - timedelta(days=1),
            last_date=date(min(latest.year, LATEST_DATE.year) + ZONE_YEARS_AHEAD, 1, 1),
        )
    return export


# -- the events ----------------------------------------------------------------------------------


def _add_single(
    export: CalendarExport, appointment: Appointment, patient: Patient | None, stamp: datetime
) -> None:
    assert appointment.id is not None
    zone = _zone_of(appointment)
    start = recurrence.on_the_clock(_naive(appointment.start), zone)
    end = recurrence.on_the_clock(start + timedelta(minutes=appointment.duration_min), zone)
    event = _event(appointment, patient, appointment.status, stamp)
    _times(export, event, start, end, zone)
    export.calendar.add_component(event)
    export.single += 1


def _add_series(
    export: CalendarExport,
    appointment: Appointment,
    patient: Patient | None,
    changes: list[OccurrenceChange],
    stamp: datetime,
) -> None:
    """The series as one VEVENT with its RRULE and EXDATEs, and a VEVENT for each changed visit.

    DTSTART is the rule's first visit: carebook's rule expansion (python-dateutil) leaves out a
    booked start that the rule does not produce, where RFC 5545 would count it as a visit.
    """
    assert appointment.id is not None
    zone = _zone_of(appointment)
    begin = _naive(appointment.start)
    rule = recurrence.laid_out_rule(appointment.rrule, begin)
    first = next(iter(rule.xafter(begin, inc=True)), None)
    if first is None:  # a series that ends before it starts has no visit to show
        return
    length = timedelta(minutes=appointment.duration_min)
    series = _event(appointment, patient, appointment.status, stamp)
    _times(export, series, first, first + length, zone)
    series.add("rrule", vRecur.from_ical(_rule_text(appointment.rrule, zone)))
    # Changes are keyed by the visit's laid-out start, which is on the clock; the calendar
    # names a visit by the rule's own time (they differ only inside a clock-change gap).
    by_start = {_naive(change.original_start): change for change in changes}
    rule_time = _rule_times(rule, zone, max(by_start, default=None))
    skipped: list[datetime] = []
    overrides: list[Event] = []
    for original, change in sorted(by_start.items()):
        nominal = rule_time.get(original)
        if nominal is None:  # left over from an older rule: carebook ignores it too
            continue
        if change.skipped:
            skipped.append(nominal)
            continue
        start = recurrence.on_the_clock(_naive(change.start), zone) if change.start else original
        minutes = (
            change.duration_min if change.duration_min is not None else appointment.duration_min
        )
        end = recurrence.on_the_clock(start + timedelta(minutes=minutes), zone)
        override = _event(appointment, patient, change.status or appointment.status, stamp)
        _times(export, override, start, end, zone)
        override.add("recurrence-id", _aware(nominal, zone))
        overrides.append(override)
    if skipped:
        series.add("exdate", [_aware(moment, zone) for moment in skipped])
    export.calendar.add_component(series)
    for override in overrides:
        export.calendar.add_component(override)
    export.series += 1
    export.changed += len(overrides)


def _event(
    appointment: Appointment, patient: Patient | None, status: AppointmentStatus, stamp: datetime
) -> Event:
    assert appointment.id is not None
    event = Event()
    event.add("uid", uid_for(appointment.id))
    event.add("dtstamp", stamp)
    event.add("summary", _summary(appointment, patient))
    place = appointment.location or (
        patient.address if patient and appointment.kind is AppointmentKind.HOME_VISIT else ""
    )
    if place:
        event.add("location", place)
    event.add("description", _description(appointment, status))
    event.add("status", _STATUS[status])
    event.add("class", "PRIVATE")
    return event


def _summary(appointment: Appointment, patient: Patient | None) -> str:
    name = patient.display_name if patient else ""
    what = appointment.purpose.strip() or appointment.kind.english
    return f"{name}: {what}" if name else what


def _description(appointment: Appointment, status: AppointmentStatus) -> str:
    """The kind, with whom, transport and status: never notes or anything else clinical."""
    lines = [appointment.kind.english]
    if appointment.with_whom:
        lines.append(f"With: {appointment.with_whom}")
    if appointment.transport is not Transport.NOT_NEEDED or appointment.transport_details:
        details = appointment.transport_details.strip()
        lines.append(
            f"Transport: {appointment.transport.english}" + (f" ({details})" if details else "")
        )
    if status is not AppointmentStatus.BOOKED:
        lines.append(f"Status: {status.english}")
    return "\n".join(lines)


def _times(
    export: CalendarExport, event: Event, start: datetime, end: datetime, zone: tzinfo | None
) -> None:
    event.add("dtstart", _aware(start, zone))
    event.add("dtend", _aware(end, zone))
    export.moments.append(start)


# -- times and zones -----------------------------------------------------------------------------


def _zone_of(appointment: Appointment) -> tzinfo | None:
    """The zone the appointment's wall-clock times are in (None: an unknown name, so the
    file gives them as floating times, which every calendar reads in its own zone)."""
    if appointment.start.tzinfo is not None:
        return appointment.start.tzinfo
    try:
        return ZoneInfo(appointment.tz) if appointment.tz else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def _aware(moment: datetime, zone: tzinfo | None) -> datetime:
    # fold=0: a time the clocks pass twice means its first pass, as everywhere in carebook.
    return moment.replace(tzinfo=zone, fold=0) if zone is not None else moment


def _rule_times(
    rule: Iterable[datetime], zone: tzinfo | None, until: datetime | None
) -> dict[datetime, datetime]:
    """Each visit's laid-out start (on the clock) up to `until`, to the rule's own time."""
    found: dict[datetime, datetime] = {}
    if until is None:
        return found
    for nominal in rule:  # from the series' start
        if nominal > until:
            break
        found.setdefault(recurrence.on_the_clock(nominal, zone), nominal)
    return found


def _rule_text(text: str, zone: tzinfo | None) -> str:
    """The stored RRULE with FREQ first and its UNTIL as RFC 5545 wants it beside DTSTART:
    in UTC when the series has a zone, else a floating date-time like DTSTART's."""
    parts = recurrence.rule_parts(text)
    if "UNTIL" in parts:
        parts["UNTIL"] = until_utc(parts["UNTIL"], zone)
    ordered = {"FREQ": parts.pop("FREQ")} | parts
    return ";".join(f"{key}={value}" for key, value in ordered.items())


def until_utc(value: str, zone: tzinfo | None) -> str:
    """A stored UNTIL (local wall-clock time; a bare date is its midnight, as carebook's rule
    expansion reads it) as RFC 5545's UTC form for a series in `zone`."""
    if value.upper().endswith("Z"):
        return value.upper()
    # The parser carebook's rule expansion reads UNTIL with; no visit is after the last moment.
    local = min(date_parser.parse(value), LAST_MOMENT)
    if zone is None:
        return f"{local:%Y%m%dT%H%M%S}"
    return f"{_aware(local, zone).astimezone(UTC):%Y%m%dT%H%M%SZ}"
