"""The appointments as iCalendar: read back with icalendar and recurring_ical_events, the file
holds the very visits carebook lays out, across clock changes, with skips, moves and statuses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events  # type: ignore[import-untyped]

from carebook.core import recurrence
from carebook.core.records import Appointment, Patient
from carebook.core.views import ListQuery
from carebook.core.vocabularies import AppointmentKind, AppointmentStatus, Transport
from carebook.interop.icalendar_export import appointments_calendar, uid_for, until_utc
from carebook.sample.demo import fill
from carebook.store.caseload import Scope, Store

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TODAY = datetime(2026, 3, 16, 8, 0)
#: Six weeks over both March clock changes: New York on the 8th, London on the 29th.
FIRST, LAST = date(2026, 3, 2), date(2026, 4, 12)
GENERATED = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def london(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    """The 40-patient sample caseload kept in Europe/London on 16 March 2026 (its series have
    visits ticked off, skipped and moved around the clock change), plus awkward series of our
    own: (store, their ids by name). Read only."""
    path = tmp_path_factory.mktemp("london") / "caseload.sqlite3"
    store = Store.open(path, clock=lambda: TODAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/London")  # the sample caseload books in the computer's zone
        fill(store, patients=40, seed=7)
    ids = _awkward_series(store)
    try:
        yield store, ids
    finally:
        store.close()


def _book(store: Store, **fields: object) -> int:
    defaults: dict[str, object] = {
        "patient_id": 1,
        "purpose": "Wound care",
        "tz": "Europe/London",
        "duration_min": 30,
    }
    appointment = store.appointments.add_appointment(Appointment(**{**defaults, **fields}))  # type: ignore[arg-type]
    assert appointment.id is not None
    return appointment.id


def _need(store: Store, appointment_id: int) -> Appointment:
    appointment = store.appointments.appointment(appointment_id)
    assert appointment is not None
    return appointment


def _awkward_series(store: Store) -> dict[str, int]:
    ids = {
        # 01:30 every night: on 29 March the clocks skip it, so that visit is at 02:30.
        "night": _book(store, start=datetime(2026, 3, 25, 1, 30), rrule="FREQ=DAILY;COUNT=8"),
        # Booked on a Wednesday for Mondays and Fridays: the Wednesday is no visit.
        "off_rule": _book(
            store,
            patient_id=2,
            start=datetime(2026, 3, 4, 10, 0),
            rrule="FREQ=WEEKLY;BYDAY=MO,FR;UNTIL=20260401",
        ),
        "new_york": _book(
            store,
            patient_id=3,
            start=datetime(2026, 3, 2, 9, 0),
            tz="America/New_York",
            rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        ),
        "utc": _book(
            store,
            patient_id=4,
            start=datetime(2026, 3, 3, 14, 0),
            tz="UTC",
            rrule="FREQ=WEEKLY;COUNT=5",
        ),
        "floating": _book(
            store,
            patient_id=5,
            start=datetime(2026, 3, 5, 11, 0),
            tz="Nowhere/Atlantis",
            rrule="FREQ=WEEKLY",
        ),
        "cancelled_series": _book(
            store, patient_id=6, start=datetime(2026, 3, 20, 9, 0), rrule="FREQ=WEEKLY;COUNT=4"
        ),
        "clinic": _book(
            store,
            patient_id=7,
            kind=AppointmentKind.PHYSICIAN,
            purpose="Cardiology review",
            start=datetime(2026, 3, 30, 11, 15),
            location="St James's Hospital, Outpatients B",
            with_whom="Dr Okafor",
            transport=Transport.ARRANGED,
            transport_details="hospital car at 10:20",
        ),
    }
    night = ids["night"]
    store.appointments.skip_visit(night, datetime(2026, 3, 26, 1, 30))
    moved = replace(_need(store, night), start=datetime(2026, 3, 28, 1, 45))
    store.appointments.update_appointment(moved, Scope.THIS, datetime(2026, 3, 27, 1, 30))
    # The visit the clocks skipped is kept by its time on the clock, 02:30.
    store.appointments.set_visit_status(night, datetime(2026, 3, 29, 2, 30), AppointmentStatus.DONE)
    store.appointments.set_visit_status(
        night, datetime(2026, 3, 30, 1, 30), AppointmentStatus.NO_SHOW
    )
    store.appointments.set_visit_status(
        night, datetime(2026, 3, 31, 1, 30), AppointmentStatus.CANCELLED
    )
    new_york = ids["new_york"]
    across = replace(_need(store, new_york), start=datetime(2026, 3, 7, 16, 0), duration_min=45)
    store.appointments.update_appointment(
        across, Scope.THIS, datetime(2026, 3, 19, 9, 0)
    )  # earlier
    store.appointments.skip_visit(new_york, datetime(2026, 3, 16, 9, 0))
    store.appointments.cancel_appointment(
        ids["cancelled_series"]
    )  # not begun: the whole series cancelled
    return ids


# -- reading both sides --------------------------------------------------------------------------


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):
        return None


def _instant(moment: datetime) -> datetime:
    """An aware time as UTC; a floating one as it is."""
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def carebook_visits(
    store: Store, first: date, last: date, patient_id: int | None = None
) -> Counter[tuple[str, datetime, datetime, str]]:
    """Every visit carebook lists from `first` to `last`: (UID, start, end, status)."""
    query = ListQuery(filter="all", date_from=first, date_to=last, patient_id=patient_id)
    rows = store.lists.list_rows(
        "appointments",
        query,
        ["appointment_id", "start", "ends", "status"],
        0,
        store.lists.list_count("appointments", query),
    )
    zones: dict[int, ZoneInfo | None] = {}
    visits: Counter[tuple[str, datetime, datetime, str]] = Counter()
    for appointment_id, start, ends, status in rows:
        if appointment_id not in zones:
            zones[appointment_id] = _zone(store.appointments.appointment(appointment_id).tz)  # type: ignore[union-attr]
        zone = zones[appointment_id]
        visits[
            (
                uid_for(appointment_id),
                _instant(datetime.fromisoformat(start).replace(tzinfo=zone)),
                _instant(datetime.fromisoformat(ends).replace(tzinfo=zone)),
                status,
            )
        ] += 1
    return visits


def _status(event: icalendar.Event) -> str:
    if str(event.get("STATUS")) == "CANCELLED":
        return "cancelled"
    description = str(event.get("DESCRIPTION", ""))
    if "Status: Done" in description:
        return "done"
    return "no_show" if "Status: No-show" in description else "booked"


def calendar_visits(
    text: str, first: date, last: date
) -> Counter[tuple[str, datetime, datetime, str]]:
    """Every event a calendar shows starting from `first` to `last` (on its own clock)."""
    calendar = icalendar.Calendar.from_ical(text)
    found = recurring_ical_events.of(calendar).between(
        first - timedelta(days=2), last + timedelta(days=3)
    )
    visits: Counter[tuple[str, datetime, datetime, str]] = Counter()
    for event in found:
        if first <= event.start.date() <= last:
            visits[
                (str(event["UID"]), _instant(event.start), _instant(event.end), _status(event))
            ] += 1
    return visits


@pytest.fixture(scope="module")
def exported(london: tuple[Store, dict[str, int]]) -> str:
    return appointments_calendar(london[0], generated=GENERATED, first=FIRST, last=LAST).text()


# -- the round trip ------------------------------------------------------------------------------


def test_the_calendar_shows_carebooks_visits_one_for_one_across_the_clock_changes(
    london: tuple[Store, dict[str, int]], exported: str
) -> None:
    store, _ = london
    expected = carebook_visits(store, FIRST, LAST)
    assert len(expected) > 150  # the sample's series and one-offs, and ours
    assert calendar_visits(exported, FIRST, LAST) == expected


def test_skipped_visits_are_absent_and_moved_ones_at_their_new_time(
    london: tuple[Store, dict[str, int]], exported: str
) -> None:
    _, ids = london
    shown = calendar_visits(exported, FIRST, LAST)
    night = uid_for(ids["night"])
    starts = sorted(
        (start.astimezone(LONDON), status) for uid, start, _, status in shown if uid == night
    )
    clock = [(f"{start:%d %H:%M %Z}", status) for start, status in starts]
    assert clock == [
        ("25 01:30 GMT", "booked"),
        # the 26th removed, the 27th moved to the 28th at 01:45
        ("28 01:30 GMT", "booked"),
        ("28 01:45 GMT", "booked"),
        ("29 02:30 BST", "done"),  # 01:30 does not happen that night: the visit is at 02:30
        ("30 01:30 BST", "no_show"),
        ("31 01:30 BST", "cancelled"),
        ("01 01:30 BST", "booked"),
    ]
    # The done visit is named by the rule's own time, as a calendar expanding the rule has it.
    assert "RECURRENCE-ID;TZID=Europe/London:20260329T013000" in exported
    new_york = sorted(
        start.astimezone(NEW_YORK) for uid, start, _, _ in shown if uid == uid_for(ids["new_york"])
    )
    assert [f"{start:%d %H:%M %Z}" for start in new_york] == [
        "02 09:00 EST",
        "05 09:00 EST",
        "07 16:00 EST",  # the 19th's visit, moved back over New York's clock change
        "30 09:00 EDT",
        "02 09:00 EDT",
    ]  # every other week; the 16th removed


def test_the_sample_caseload_in_the_computers_own_zone_round_trips(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        first = store.today() - timedelta(days=14)
        last = first + timedelta(weeks=6)
        text = appointments_calendar(store, generated=GENERATED, first=first, last=last).text()
        expected = carebook_visits(store, first, last)
        assert expected
        assert calendar_visits(text, first, last) == expected
    finally:
        store.close()


# -- the file ------------------------------------------------------------------------------------


def test_the_file_parses_and_has_a_vtimezone_for_each_zone_it_uses(exported: str) -> None:
    calendar = icalendar.Calendar.from_ical(exported)
    assert exported.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert all(len(line.encode()) <= 75 for line in exported.split("\r\n"))
    assert {zone.tz_name for zone in calendar.timezones} == {"Europe/London", "America/New_York"}
    assert calendar.get_missing_tzids() == set()
    assert "TZID=Europe/London" in exported and "TZID=America/New_York" in exported


def test_each_series_is_one_event_with_its_rule_and_an_until_in_utc(
    london: tuple[Store, dict[str, int]], exported: str
) -> None:
    store, ids = london
    events = icalendar.Calendar.from_ical(exported).events
    masters = [event for event in events if "RECURRENCE-ID" not in event]
    assert len({str(event["UID"]) for event in masters}) == len(masters)
    for event in masters:
        rule = event.get("RRULE")
        if (
            rule
            and "UNTIL" in rule
            and isinstance(event.start, datetime)
            and (event.start.tzinfo is not None)
        ):
            (until,) = rule["UNTIL"]
            assert until.utcoffset() == timedelta(0), event["UID"]
    # The stored UNTIL=20260401 (its midnight) ends the series on Monday 30 March, as in carebook.
    series = store.appointments.appointment(ids["off_rule"])
    assert series is not None
    (master,) = [event for event in masters if event["UID"] == uid_for(ids["off_rule"])]
    assert master.start == datetime(2026, 3, 6, 10, 0, tzinfo=LONDON)  # the first Friday
    shown = sorted(
        occurrence.start
        for occurrence in recurring_ical_events.of(icalendar.Calendar.from_ical(exported)).between(
            date(2026, 3, 1), date(2026, 5, 1)
        )
        if occurrence["UID"] == uid_for(ids["off_rule"])
    )
    assert [start.replace(tzinfo=None) for start in shown] == [
        occurrence.start for occurrence in recurrence.occurrences(series, [], datetime(2026, 5, 1))
    ]
    assert shown[-1].date() == date(2026, 3, 30)


def test_statuses_a_whole_cancelled_series_and_what_an_event_says(
    london: tuple[Store, dict[str, int]], exported: str
) -> None:
    store, ids = london
    events = {
        str(event["UID"]): event
        for event in icalendar.Calendar.from_ical(exported).events
        if "RECURRENCE-ID" not in event
    }
    assert str(events[uid_for(ids["cancelled_series"])]["STATUS"]) == "CANCELLED"
    clinic = events[uid_for(ids["clinic"])]
    patient = store.patients.patient(7)
    assert patient is not None
    assert str(clinic["SUMMARY"]) == f"{patient.display_name}: Cardiology review"
    assert str(clinic["LOCATION"]) == "St James's Hospital, Outpatients B"
    assert str(clinic["DESCRIPTION"]) == (
        "Physician\nWith: Dr Okafor\nTransport: Arranged (hospital car at 10:20)"
    )
    assert str(clinic["STATUS"]) == "CONFIRMED" and str(clinic["CLASS"]) == "PRIVATE"
    night = events[uid_for(ids["night"])]
    home = store.patients.patient(1)
    assert home is not None
    assert str(night["LOCATION"]) == home.address  # a home visit is at the patient's address
    assert "ATTENDEE" not in exported and "ORGANIZER" not in exported


def test_nothing_about_the_patient_beyond_name_address_and_purpose(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        appointment = next(a for a in store.appointments.appointments_in() if a.rrule)
        assert appointment.id is not None
        store.appointments.update_appointment(
            replace(appointment, notes="Wound swab: MRSA positive")
        )
        patient = store.patients.patient(appointment.patient_id)
        assert patient is not None
        store.patients.update_patient(
            replace(
                patient,
                access_notes="Key safe 4471",
                notes="Lives alone, early dementia",
                email="someone@example.org",
            )
        )
        text = appointments_calendar(
            store, generated=GENERATED, patient_id=appointment.patient_id
        ).text()
    finally:
        store.close()
    unfolded = text.replace("\r\n ", "")
    for secret in ("MRSA", "4471", "dementia", "someone@example.org", patient.phone):
        assert secret not in unfolded


def test_uids_are_stable_across_exports_and_edits(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        first = appointments_calendar(store, generated=GENERATED).text()
        again = appointments_calendar(store, generated=GENERATED + timedelta(days=1)).text()
        series = next(a for a in store.appointments.appointments_in() if a.rrule)
        assert series.id is not None
        store.appointments.update_appointment(replace(series, purpose="Changed purpose"))
        store.appointments.skip_visit(
            series.id, recurrence.occurrences(series, [], series.start)[0].start
        )
        edited = appointments_calendar(store, generated=GENERATED).text()
    finally:
        store.close()

    def uids(text: str) -> Counter[str]:
        return Counter(
            str(event["UID"])
            for event in icalendar.Calendar.from_ical(text).events
            if "RECURRENCE-ID" not in event
        )

    def unstamped(text: str) -> list[str]:
        return [line for line in text.split("\r\n") if not line.startswith("DTSTAMP:")]

    assert unstamped(first) == unstamped(again)  # the same caseload, the same file
    assert uids(edited) == uids(first)  # an edited series keeps its UID
    assert uid_for(series.id) in uids(first)
    assert all(
        uid.startswith("appointment-") and uid.endswith("@carebook.invalid") for uid in uids(first)
    )
    assert "Changed purpose" in edited


def test_one_patient_only(london: tuple[Store, dict[str, int]]) -> None:
    store, _ = london
    text = appointments_calendar(
        store, generated=GENERATED, first=FIRST, last=LAST, patient_id=1
    ).text()
    shown = calendar_visits(text, FIRST, LAST)
    assert shown == carebook_visits(store, FIRST, LAST, patient_id=1)
    patient = store.patients.patient(1)
    assert patient is not None
    assert {
        str(event["SUMMARY"]).split(":")[0] for event in icalendar.Calendar.from_ical(text).events
    } == {patient.display_name}


def test_the_range_chooses_series_but_each_is_written_whole(
    london: tuple[Store, dict[str, int]],
) -> None:
    store, ids = london
    chosen = appointments_calendar(
        store, generated=GENERATED, first=date(2026, 3, 30), last=date(2026, 3, 30)
    )
    uids = {str(event["UID"]) for event in chosen.calendar.events}
    assert uid_for(ids["night"]) in uids and uid_for(ids["clinic"]) in uids
    assert uid_for(ids["utc"]) not in uids  # Tuesdays: none on Monday the 30th
    everything = appointments_calendar(store, generated=GENERATED)
    assert chosen.series < everything.series
    night = [
        event
        for event in chosen.calendar.events
        if str(event["UID"]) == uid_for(ids["night"]) and "RRULE" in event
    ]
    assert night[0]["RRULE"].to_ical() == b"FREQ=DAILY;COUNT=8"


@pytest.mark.parametrize(
    ("stored", "zone", "expected"),
    [
        ("20260921T235959", LONDON, "20260921T225959Z"),  # summer time
        ("20260401", LONDON, "20260331T230000Z"),  # a bare date is its midnight
        ("20261025T013000", LONDON, "20261025T003000Z"),  # passed twice: the first pass
        ("20260329T013000", LONDON, "20260329T013000Z"),  # skipped: read before the change
        ("20260301T090000", NEW_YORK, "20260301T140000Z"),
        ("20260401", None, "20260401T000000"),  # floating stays floating
    ],
)
def test_until_in_utc(stored: str, zone: ZoneInfo | None, expected: str) -> None:
    assert until_utc(stored, zone) == expected


def test_a_visit_starts_where_carebook_puts_it_in_a_gap() -> None:
    # Sanity for the round trip: the instant of 01:30 in the gap is carebook's 02:30.
    gap = datetime(2026, 3, 29, 1, 30)
    moved = recurrence.on_the_clock(gap, LONDON)
    assert moved.time() == time(2, 30)
    assert gap.replace(tzinfo=LONDON).astimezone(UTC) == moved.replace(tzinfo=LONDON).astimezone(
        UTC
    )


# -- near carebook's last date -------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Etc/GMT+12", "Europe/London"])
def test_a_series_ending_on_carebooks_last_day_exports_in_any_zone(
    tmp_path: Path, zone: str
) -> None:
    # +14:00 and -12:00: the instants furthest either side of the wall-clock times.
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: TODAY)
    try:
        store.patients.add_patient(Patient(given="Ann"))
        daily = _book(
            store,
            start=datetime(2199, 12, 1, 23, 0),
            tz=zone,
            duration_min=24 * 60,
            rrule="FREQ=DAILY;UNTIL=21991231T235900",
        )
        single = _book(store, start=datetime(2199, 12, 31, 23, 59), tz=zone, duration_min=60)
        export = appointments_calendar(store, generated=GENERATED)
        assert (export.series, export.single) == (1, 1)
        text = export.text()
        events = calendar_visits(text, date(2199, 12, 1), date(2199, 12, 31))
        assert sum(count for (uid, *_), count in events.items() if uid == uid_for(daily)) == 31
        assert uid_for(single) in text
    finally:
        store.close()


def test_an_appointment_saved_in_the_year_9999_is_left_out_not_a_failure(tmp_path: Path) -> None:
    # Saved before dates were checked (or a rule by another program): every export failed.
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: TODAY)
    try:
        store.patients.add_patient(Patient(given="Ann"))
        kept = _book(store, start=datetime(2026, 3, 20, 9, 0))
        late = _book(
            store, start=datetime(2199, 12, 30, 23, 30), tz="Pacific/Kiritimati", duration_min=120
        )
        latest = _book(store, start=datetime(2199, 12, 31, 23, 59), tz="UTC", rrule="FREQ=DAILY")
        for appointment_id, start in ((late, "9999-12-30T23:30"), (latest, "9999-12-31T23:59")):
            store.conn.execute(
                "UPDATE appointment SET start = ? WHERE id = ?", [start, appointment_id]
            )
        unreadable = _book(store, start=datetime(2026, 3, 21, 9, 0), rrule="FREQ=WEEKLY")
        store.conn.execute(
            "UPDATE appointment SET rrule = 'FREQ=FORTNIGHTLY' WHERE id = ?", [unreadable]
        )
        export = appointments_calendar(store, generated=GENERATED)
        assert (export.events, export.left_out) == (1, 3)
        assert [
            str(event["UID"]) for event in icalendar.Calendar.from_ical(export.text()).events
        ] == [uid_for(kept)]
    finally:
        store.close()
