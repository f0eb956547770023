"""carebook's own rules across records, checked in a caseload: what SQLite's checks cannot see."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time

from carebook.core import recurrence
from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.storage.check_findings import Finding, finding, words
from carebook.storage.readable_records import listed, unreadable_records
from carebook.storage.records import from_row


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _laid_out_visits(conn: sqlite3.Connection) -> list[Finding]:
    """Each appointment's occurrences are exactly its schedule up to the horizon, its patient's."""
    findings: list[Finding] = []
    horizon: datetime | None = None
    stored_horizon = conn.execute("SELECT value FROM meta WHERE key = 'horizon'").fetchone()
    if stored_horizon is not None:
        try:
            horizon = datetime.fromisoformat(stored_horizon[0])
        except (TypeError, ValueError):
            findings.append(
                Finding(
                    "horizon",
                    translate(
                        "CheckRules",
                        "The date up to which visits are laid out (kept in meta as 'horizon') is "
                        "not a date and time.",
                    ),
                )
            )
    wrong_patient = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT o.appointment_id FROM occurrence o"
            " JOIN appointment a ON a.id = o.appointment_id"
            " WHERE o.patient_id IS NOT a.patient_id ORDER BY o.appointment_id"
        )
    ]
    findings.append(
        finding(
            "visit_patient",
            len(wrong_patient),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointment has laid-out visits filed under another patient",
            ),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointments have laid-out visits filed under another patient",
            ),
            wrong_patient,
            "appointment",
        )
    )

    stored: dict[int, set[tuple[str, str, str, str, int]]] = {}
    for appointment_id, original, start, ends, status, changed in conn.execute(
        "SELECT appointment_id, original_start, start, ends, status, changed FROM occurrence"
    ):
        stored.setdefault(appointment_id, set()).add((original, start, ends, status, changed))
    changes: dict[int, list[OccurrenceChange]] = {}
    cursor = conn.execute("SELECT * FROM appointment_change")
    names = [column[0] for column in cursor.description]
    for row in cursor:
        change = from_row(OccurrenceChange, dict(zip(names, row, strict=True)))
        changes.setdefault(change.appointment_id, []).append(change)

    unreadable, wrong_last, missing, extra, differing = [], [], [], [], []
    missing_count = extra_count = 0
    cursor = conn.execute("SELECT * FROM appointment ORDER BY id")
    names = [column[0] for column in cursor.description]
    for row in cursor:
        values = dict(zip(names, row, strict=True))
        appointment_id = values["id"]
        try:
            appointment = from_row(Appointment, values)
            last = recurrence.last_start(appointment)
        except (ValueError, TypeError, KeyError, ValidationError):
            unreadable.append(appointment_id)
            continue
        if values["last_start"] != (_iso(last) if last else None):
            wrong_last.append(appointment_id)
        have = stored.get(appointment_id, set())
        if horizon is not None:
            until = horizon if last is None else max(horizon, last)
        elif last is not None:
            until = last
        else:
            # With no horizon kept, a series is laid out as far as it was; check up to there.
            until = max(
                [appointment.start.replace(tzinfo=None)]
                + [datetime.fromisoformat(item[0]) for item in have]
            )
        want = {
            (_iso(o.original_start), _iso(o.start), _iso(o.end), o.status.value, int(o.changed))
            for o in recurrence.occurrences(appointment, changes.get(appointment_id, ()), until)
        }
        if want == have:
            continue
        want_starts = {item[0] for item in want}
        have_starts = {item[0] for item in have}
        lacking = want_starts - have_starts
        surplus = have_starts - want_starts
        if lacking:
            missing.append(appointment_id)
            missing_count += len(lacking)
        if surplus:
            extra.append(appointment_id)
            extra_count += len(surplus)
        if not lacking and not surplus:
            differing.append(appointment_id)
    findings += [
        finding(
            "visit_rule",
            len(unreadable),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointment cannot be laid out: its repeat rule or a time in it "
                "cannot be read",
            ),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointments cannot be laid out: their repeat rule or a time in it "
                "cannot be read",
            ),
            unreadable,
            "appointment",
        ),
        finding(
            "visit_missing",
            missing_count,
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} visit is missing from the agenda though the schedule has it",
            ),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} visits are missing from the agenda though the schedule has them",
            ),
            missing,
            "appointment",
        ),
        finding(
            "visit_extra",
            extra_count,
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} visit is on the agenda though the schedule does not have it",
            ),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} visits are on the agenda though the schedule does not have them",
            ),
            extra,
            "appointment",
        ),
        finding(
            "visit_differs",
            len(differing),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointment has visits on the agenda at "
                "another time, length or status than its schedule says",
            ),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointments "
                "have visits on the agenda at another time, length or status than their "
                "schedule says",
            ),
            differing,
            "appointment",
        ),
        finding(
            "visit_last",
            len(wrong_last),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointment keeps a last visit that does not match its repeat rule",
            ),
            QT_TRANSLATE_NOOP(
                "CheckRules",
                "{n} appointments keep a last visit that does not match their repeat rule",
            ),
            wrong_last,
            "appointment",
        ),
    ]
    return [finding for finding in findings if finding.count]


#: Records that break a rule the store keeps: kind, SQL selecting their ids, the finding for
#: one and for several ({n}: how many), and what the ids are of.
_RECORD_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "plan_goal_problem",
        "SELECT g.id FROM goal g JOIN problem p ON p.id = g.problem_id"
        " WHERE p.care_plan_id IS NOT g.care_plan_id ORDER BY g.id",
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} goal is linked to a problem of another care plan",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} goals are linked to a problem of another care plan",
        ),
        "goal",
    ),
    (
        "plan_intervention_goal",
        "SELECT i.id FROM intervention i JOIN goal g ON g.id = i.goal_id"
        " WHERE g.care_plan_id IS NOT i.care_plan_id ORDER BY i.id",
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} intervention is linked to a goal of another care plan",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} interventions are linked to a goal of another care plan",
        ),
        "intervention",
    ),
    (
        "plan_problem_condition",
        "SELECT p.id FROM problem p JOIN care_plan c ON c.id = p.care_plan_id"
        " JOIN condition d ON d.id = p.condition_id"
        " WHERE d.patient_id IS NOT c.patient_id ORDER BY p.id",
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} care-plan problem is linked to another patient's condition",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} care-plan problems are linked to another patient's condition",
        ),
        "problem",
    ),
    (
        "note_appointment",
        "SELECT n.id FROM note n JOIN appointment a ON a.id = n.appointment_id"
        " WHERE a.patient_id IS NOT n.patient_id ORDER BY n.id",
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} note is linked to another patient's appointment",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} notes are linked to another patient's appointment",
        ),
        "note",
    ),
    (
        "plan_dates",
        "SELECT id FROM care_plan WHERE period_start IS NOT NULL AND (period_end < period_start"
        " OR next_review < period_start) ORDER BY id",
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} care plan ends or is due for review before it starts",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} care plans end or are due for review before they start",
        ),
        "care_plan",
    ),
    (
        "condition_dates",
        "SELECT id FROM condition WHERE abatement_date < onset_date ORDER BY id",
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} condition resolves before its onset",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} conditions resolve before their onset",
        ),
        "condition",
    ),
)


def _record_rules(conn: sqlite3.Connection) -> list[Finding]:
    findings = []
    for kind, sql, one, several, noun in _RECORD_RULES:
        ids = [row[0] for row in conn.execute(sql)]
        findings.append(finding(kind, len(ids), one, several, ids, noun))
    return [finding for finding in findings if finding.count]


def _task_rules(conn: sqlite3.Connection) -> list[Finding]:
    unreadable = []
    for task_id, rule, due, due_time in conn.execute(
        "SELECT id, rrule, due_date, due_time FROM task WHERE rrule <> '' ORDER BY id"
    ):
        try:
            anchor = datetime.combine(
                date.fromisoformat(due), time.fromisoformat(due_time) if due_time else time()
            )
            recurrence.parse_rule(rule, anchor)
        except (ValueError, TypeError, ValidationError):
            unreadable.append(task_id)
    found = finding(
        "task_rule",
        len(unreadable),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} repeating task has a repeat rule or due date that cannot be read",
        ),
        QT_TRANSLATE_NOOP(
            "CheckRules",
            "{n} repeating tasks have a repeat rule or due date that cannot be read",
        ),
        unreadable,
        "task",
    )
    return [found] if found.count else []


def _readable(conn: sqlite3.Connection) -> list[Finding]:
    findings = []
    for table, wrong, names in unreadable_records(conn):
        noun = words(table)
        if wrong == "text":
            said = (
                translate("CheckRules", "{n} {noun} record holds text that is damaged (not UTF-8)")
                if len(names) == 1
                else translate(
                    "CheckRules", "{n} {noun} records hold text that is damaged (not UTF-8)"
                )
            )
        else:
            said = (
                translate(
                    "CheckRules", "{n} {noun} record holds a date, time or code that cannot be read"
                )
                if len(names) == 1
                else translate(
                    "CheckRules", "{n} {noun} records hold a date, time or code that cannot be read"
                )
            )
        text = translate("CheckFindings", "{finding} ({records} {ids}).").format(
            finding=said.format(n=len(names), noun=noun), records=noun, ids=listed(names)
        )
        findings.append(Finding(f"unreadable_{wrong}", text, len(names)))
    return findings


RULES: tuple[tuple[str, Callable[[sqlite3.Connection], list[Finding]]], ...] = (
    (QT_TRANSLATE_NOOP("CheckRules", "the records' values"), _readable),
    (QT_TRANSLATE_NOOP("CheckRules", "the laid-out visits"), _laid_out_visits),
    (QT_TRANSLATE_NOOP("CheckRules", "the care plans and notes"), _record_rules),
    (QT_TRANSLATE_NOOP("CheckRules", "the repeating tasks"), _task_rules),
)
