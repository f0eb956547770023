"""The SQL the Today tab and the reminders read: what needs doing, the next day with visits."""

from __future__ import annotations

from carebook.storage.listings import POSTAL_ADDRESS, SPOKEN_NAME

#: Whether the caseload holds any patient (the empty states offer to add one).
HAS_PATIENTS = "SELECT EXISTS (SELECT 1 FROM patient)"

#: The first day on or after :first that has a visit (any status), from the index on start.
NEXT_VISIT_DAY = "SELECT substr(min(start), 1, 10) FROM occurrence WHERE start >= :first"

#: The first :limit visits from :first to before :after, by time (the index's order): what the
#: timeline shows of each.
TIMELINE = (
    f"SELECT o.appointment_id, o.original_start, o.start, o.ends, o.status, o.patient_id,"
    f" {SPOKEN_NAME}, {POSTAL_ADDRESS}, a.purpose, a.kind, a.location"
    " FROM (SELECT id FROM occurrence WHERE start >= :first AND start < :after"
    " ORDER BY start, id LIMIT :limit) page JOIN occurrence o ON o.id = page.id"
    " JOIN appointment a ON a.id = o.appointment_id JOIN patient p ON p.id = o.patient_id"
    " ORDER BY o.start, o.id"
)

#: Open tasks due by :today (those from before it overdue): the urgent before the routine,
#: then by due day and time.
_NEEDS_DOING = "t.status = 'open' AND t.due_date <= :today"

_BY_DUE = "due_date, due_time IS NULL, due_time, id"


def _first_of(priorities: str, rank: int) -> str:
    """The first :limit tasks of some priorities, in the order of the index on due."""
    return (
        f"SELECT * FROM (SELECT id, {rank} AS rank, due_date, due_time FROM task"
        f" WHERE status = 'open' AND due_date <= :today AND priority IN ({priorities})"
        f" ORDER BY {_BY_DUE} LIMIT :limit)"
    )


_FIRST_ASAP = _first_of("'asap'", 0)
_FIRST_URGENT = _first_of("'urgent'", 1)
_FIRST_ROUTINE = _first_of("'routine'", 2)

#: The first :limit of them: the first of each priority read from the index, then merged;
#: only those rows are read in full.
NEEDS_DOING = (
    f"SELECT t.id, t.title, t.patient_id, coalesce({SPOKEN_NAME}, ''), t.due_date, t.due_time,"
    f" t.priority, t.status, t.due_date < :today"
    f" FROM (SELECT * FROM ({_FIRST_ASAP} UNION ALL {_FIRST_URGENT} UNION ALL {_FIRST_ROUTINE})"
    f" ORDER BY rank, {_BY_DUE} LIMIT :limit) page"
    f" JOIN task t ON t.id = page.id LEFT JOIN patient p ON p.id = t.patient_id"
    f" ORDER BY page.rank, page.due_date, page.due_time IS NULL, page.due_time, page.id"
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

#: The time no invoice holds yet, all clients: minutes, its amount in cents (a fixed fee, or
#: the minutes at the entry's hourly rate, half a cent up), and how many clients it is for.
UNBILLED_TIME = (
    "SELECT coalesce(sum(minutes), 0),"
    " coalesce(sum(coalesce(flat_cents, (minutes * rate_cents * 2 + 60) / 120)), 0),"
    " count(DISTINCT patient_id)"
    " FROM time_entry WHERE invoice_id IS NULL AND billable = 1"
)

#: Issued invoices past their due day (:today) with a balance left: the first :limit, the
#: longest overdue first, with what is owed.
OVERDUE_INVOICES = (
    "SELECT i.id, i.number, i.client_name, i.due_on, i.patient_id,"
    " coalesce((SELECT sum(amount_cents) FROM invoice_line WHERE invoice_id = i.id), 0)"
    " - coalesce((SELECT sum(amount_cents) FROM payment WHERE invoice_id = i.id), 0) AS owed"
    " FROM invoice i WHERE i.status = 'issued' AND i.due_on < :today AND owed > 0"
    " ORDER BY i.due_on, i.number LIMIT :limit"
)
