"""The SQL the Today tab and the reminders read: what needs doing, the next day with visits."""

from __future__ import annotations

from carebook.storage.listings import SPOKEN_NAME

#: Whether the caseload holds any patient (the empty states offer to add one).
HAS_PATIENTS = "SELECT EXISTS (SELECT 1 FROM patient)"

#: The first day on or after :first that has a visit (any status), from the index on start.
NEXT_VISIT_DAY = "SELECT substr(min(start), 1, 10) FROM occurrence WHERE start >= :first"

#: Open tasks due by :today (those from before it overdue): the urgent before the routine,
#: then by due day and time.
_NEEDS_DOING = "t.status = 'open' AND t.due_date <= :today"
_PRIORITY_RANK = "CASE t.priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END"

NEEDS_DOING = (
    f"SELECT t.id, t.title, t.patient_id, coalesce({SPOKEN_NAME}, ''), t.due_date, t.due_time,"
    f" t.priority, t.status, t.due_date < :today"
    f" FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
    f" WHERE {_NEEDS_DOING}"
    f" ORDER BY {_PRIORITY_RANK}, t.due_date, t.due_time IS NULL, t.due_time, t.id"
    f" LIMIT :limit"
)

#: How many tasks need doing, how many of them are urgent (or asap), how many overdue.
NEEDS_DOING_COUNTS = (
    "SELECT count(*), coalesce(sum(t.priority IN ('urgent', 'asap')), 0),"
    f" coalesce(sum(t.due_date < :today), 0) FROM task t WHERE {_NEEDS_DOING}"
)

#: Booked visits from :now to the end of the day (:after is the next day): those left to do.
VISITS_LEFT = (
    "SELECT count(*) FROM occurrence WHERE start >= :now AND start < :after AND status = 'booked'"
)

#: Booked visits starting from :first to :last (both included), with the patient's name.
VISITS_STARTING = (
    f"SELECT o.appointment_id, o.original_start, o.start, {SPOKEN_NAME}"
    " FROM occurrence o JOIN patient p ON p.id = o.patient_id"
    " WHERE o.start >= :first AND o.start <= :last AND o.status = 'booked'"
    " ORDER BY o.start, o.id"
)

#: Open tasks with a time of day due from :first to :last (both "YYYY-MM-DDTHH:MM").
TASKS_TIMED = (
    f"SELECT t.id, t.due_date, t.due_time, coalesce({SPOKEN_NAME}, '')"
    " FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
    " WHERE t.status = 'open' AND t.due_time IS NOT NULL AND t.due_time <> ''"
    " AND t.due_date BETWEEN substr(:first, 1, 10) AND substr(:last, 1, 10)"
    " AND t.due_date || 'T' || substr(t.due_time, 1, 5) BETWEEN :first AND :last"
    " ORDER BY t.due_date, t.due_time, t.id"
)
