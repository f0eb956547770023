"""Time kept for clients: activities and their rates, time entries, and the one running timer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from carebook.core.billing_records import Activity, RunningTimer, TimeEntry
from carebook.core.billing_rules import check_activity, check_time_entry
from carebook.core.calendar_words import clock_text
from carebook.core.errors import ValidationError
from carebook.core.recurrence import local_zone_name
from carebook.core.words import translate
from carebook.store.agreements import Agreements
from carebook.store.base import Part, Writes


@dataclass(frozen=True, slots=True)
class Rate:
    """What a new entry of an activity bills at, and where that rate came from."""

    hourly_cents: int
    flat_cents: int | None
    billable: bool
    source: str  # "activity", "agreement" or "default"


class Time(Part):
    """Activities, time entries and the running timer; a billed entry is refused an edit."""

    def __init__(self, caseload: Any, agreements: Agreements) -> None:
        super().__init__(caseload)
        self.agreements = agreements

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "activity": Writes(self.add_activity, self.save_activity, self.delete_activity),
            "time_entry": Writes(self.add_time_entry, self.save_time_entry, self.delete_time_entry),
            "running_timer": Writes(
                self.start_timer, self._save_running_timer, self._delete_running_timer
            ),
        }

    # -- activities ------------------------------------------------------------------------------

    def activities(self, *, with_retired: bool = False) -> list[Activity]:
        where = "1" if with_retired else "retired = 0"
        return self._all(Activity, where, [], "name COLLATE NOCASE")

    def activity(self, name: str) -> Activity | None:
        found = self._all(Activity, "name = ? COLLATE NOCASE", [name.strip()], "id")
        return found[0] if found else None

    def add_activity(self, activity: Activity) -> Activity:
        check_activity(activity)
        self._unique(activity)
        return self._create(activity)

    def save_activity(self, activity: Activity) -> None:
        check_activity(activity)
        self._unique(activity)
        self._change(activity)

    def delete_activity(self, activity_id: int) -> None:
        self._delete(Activity, activity_id)

    def _unique(self, activity: Activity) -> None:
        same = self.activity(activity.name)
        if same is not None and same.id != activity.id:
            raise ValidationError(
                translate("TimeEntries", "There is an activity called {name} already.").format(
                    name=same.name
                ),
                "name",
            )

    def rate(self, patient_id: int | None, activity_name: str) -> Rate:
        """The rate a new entry bills at: the activity's own, else the client's agreement's,
        else the practice's default; a flat fee and billability come from the activity."""
        activity = self.activity(activity_name)
        if activity is not None and activity.hourly_rate_cents is not None:
            return Rate(
                activity.hourly_rate_cents, activity.flat_cents, activity.billable, "activity"
            )
        agreement = self.agreements.agreement(patient_id) if patient_id is not None else None
        flat = activity.flat_cents if activity else None
        billable = activity.billable if activity else True
        if agreement is not None and agreement.hourly_rate_cents is not None:
            return Rate(agreement.hourly_rate_cents, flat, billable, "agreement")
        return Rate(self.agreements.settings().default_hourly_cents, flat, billable, "default")

    # -- time entries ----------------------------------------------------------------------------

    def add_time_entry(self, entry: TimeEntry) -> TimeEntry:
        check_time_entry(entry, self.today())
        return self._create(entry)

    def save_time_entry(self, entry: TimeEntry) -> None:
        check_time_entry(entry, self.today())
        self._not_billed("time_entry", entry.id)
        self._change(entry)

    def delete_time_entry(self, entry_id: int) -> None:
        self._not_billed("time_entry", entry_id)
        self._delete(TimeEntry, entry_id)

    def entry(self, entry_id: int) -> TimeEntry | None:
        return self._get(TimeEntry, entry_id)

    def entries(
        self,
        patient_id: int | None = None,
        first: date | None = None,
        last: date | None = None,
        *,
        unbilled: bool = False,
    ) -> list[TimeEntry]:
        """Time entries, oldest first: of a client (or all), within the days given, and
        only those on no invoice when `unbilled`."""
        where, params = billed_within(first, last, patient_id, unbilled=unbilled)
        return self._all(TimeEntry, where, params, "on_date, coalesce(started_at, ''), id")

    def overlapping(self, entry: TimeEntry) -> int:
        """How many other entries of the same day overlap this one's start and end."""
        if entry.started_at is None or entry.ended_at is None:
            return 0
        return int(
            self._scalar(
                "SELECT count(*) FROM time_entry WHERE on_date = ? AND id IS NOT ?"
                " AND started_at < ? AND ended_at > ?",
                [
                    entry.on_date.isoformat(),
                    entry.id,
                    entry.ended_at.isoformat(timespec="minutes"),
                    entry.started_at.isoformat(timespec="minutes"),
                ],
            )
        )

    def billed_on(self, table: str, record_id: int | None) -> int | None:
        """The number of the issued invoice a time entry, trip or expense is billed on."""
        if record_id is None:
            return None
        number = self._scalar(
            f"SELECT invoice.number FROM {table} JOIN invoice ON invoice.id = {table}.invoice_id"
            f" WHERE {table}.id = ? AND invoice.status = 'issued'",
            [record_id],
        )
        return None if number is None else int(number)

    def _not_billed(self, table: str, record_id: int | None) -> None:
        number = self.billed_on(table, record_id)
        if number is not None:
            said = {
                "time_entry": translate(
                    "TimeEntries",
                    "This time is billed on invoice {number}, which has been issued; void "
                    "invoice {number} to change it.",
                ),
                "trip": translate(
                    "TimeEntries",
                    "This trip is billed on invoice {number}, which has been issued; void "
                    "invoice {number} to change it.",
                ),
                "expense": translate(
                    "TimeEntries",
                    "This expense is billed on invoice {number}, which has been issued; void "
                    "invoice {number} to change it.",
                ),
            }[table]
            raise ValidationError(said.format(number=number), "invoice_id")

    # -- the running timer ----------------------------------------------------------------------

    def timer(self) -> RunningTimer | None:
        """The timer running, if one is (it outlives a crash: it is kept in the caseload)."""
        return self._get(RunningTimer, 1)

    def start_timer(self, timer: RunningTimer) -> RunningTimer:
        """Start the one timer; a ValidationError when one is running already."""
        running = self.timer()
        if running is not None:
            raise ValidationError(
                translate(
                    "TimeEntries", "A timer has been running since {time}; stop it first."
                ).format(time=clock_text(running.started_at)),
                "started_at",
            )
        timer.id = 1
        timer.started_at = timer.started_at.replace(second=0, microsecond=0, tzinfo=None)
        if timer.tz == "UTC":
            timer.tz = local_zone_name()
        return self._create(timer)

    def discard_timer(self) -> None:
        """Stop the timer keeping no time (started by mistake)."""
        if self.timer() is None:
            raise ValidationError(translate("TimeEntries", "No timer is running."), "started_at")
        self._delete(RunningTimer, 1)

    def _save_running_timer(self, timer: RunningTimer) -> None:
        self._change(timer)

    def _delete_running_timer(self, _timer_id: int) -> None:
        self._delete(RunningTimer, 1)

    def stop_timer(self, entry: TimeEntry) -> TimeEntry:
        """Stop the timer and keep its time as `entry`, both or neither."""
        if self.timer() is None:
            raise ValidationError(translate("TimeEntries", "No timer is running."), "started_at")
        check_time_entry(entry, self.today())
        with self._transaction():
            self.conn.execute("DELETE FROM running_timer")
            self._log("delete", "running_timer", 1)
            self._insert(entry)
            self._log("create", "time_entry", entry.id, "from the timer")
        return entry

    def timed_entry(self, timer: RunningTimer, until: datetime) -> TimeEntry:
        """The entry a timer stopped at `until` makes (not kept): its client, activity,
        minutes (at least one) and the rate it bills at."""
        start = timer.started_at
        end = until.replace(second=0, microsecond=0, tzinfo=None)
        minutes = max(1, int((end - start).total_seconds() // 60))
        activity = timer.activity or "Care coordination"
        rate = self.rate(timer.patient_id, activity)
        return TimeEntry(
            patient_id=timer.patient_id,
            on_date=start.date(),
            started_at=start,
            ended_at=end if end > start else None,
            tz=timer.tz,
            minutes=minutes,
            activity=activity,
            billable=rate.billable,
            rate_cents=rate.hourly_cents,
            flat_cents=rate.flat_cents,
            appointment_id=timer.appointment_id,
        )


def billed_within(
    first: date | None, last: date | None, patient_id: int | None, *, unbilled: bool
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its values) shared by time entries, trips and expenses: within
    the days given, of a client (or all), and only those still to bill when `unbilled`."""
    where, params = "1", list[Any]()
    if first is not None:
        where += " AND on_date >= ?"
        params.append(first.isoformat())
    if last is not None:
        where += " AND on_date <= ?"
        params.append(last.isoformat())
    if patient_id is not None:
        where += " AND patient_id = ?"
        params.append(patient_id)
    if unbilled:
        where += " AND invoice_id IS NULL AND billable = 1"
    return where, params
