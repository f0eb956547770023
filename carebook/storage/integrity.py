"""Checking a caseload: SQLite's own checks of the file, then carebook's rules across records.

`check(conn)` reads only; it never repairs. Each finding is one line in plain words with counts
and record ids, never a name or anything clinical, so a report can be pasted into a support
request. `check_file(path)` checks a caseload file without changing a byte of it (it checks a
copy of it in memory), and reports a damaged file as damaged rather than refusing it.

What is checked, and why these rules (each one cheap, and each one something that really
breaks when the file is written by another tool, restored from a stray copy, or damaged):

- the file's structure: `PRAGMA integrity_check` (the full one). It also checks every CHECK
  constraint of the STRICT tables, which is where the vocabularies (statuses, kinds, roles),
  the date formats and the simple ranges live, so those need no rules of their own here.
- links between records: `PRAGMA foreign_key_check`.
- laid-out visits: each appointment's dated occurrences are exactly its schedule (its repeat
  rule with its per-visit changes) up to the horizon kept in meta, no more, no fewer, at the
  right times and statuses, and belong to the appointment's patient; each repeat rule can be
  read, and the last start kept for it matches the rule. The agenda reads only these rows, so
  a visit missing here is a visit the coordinator never sees.
- care plans: a goal's problem and an intervention's goal are of the same plan, a problem's
  condition is the plan's patient's, a visit note's appointment is the note's patient's; a
  plan's end and next review are not before its start, a condition does not resolve before
  its onset (the rules the forms enforce and the schema cannot).
- repeat rules of tasks can be read.

Not checked: the route order kept per day (route_stop). A stop whose visit has moved to another
day or left its series is kept on purpose and simply ignored by the agenda, so a stop without
its visit is not a problem.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import cast

from carebook.core import recurrence
from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, OccurrenceChange
from carebook.storage import encryption
from carebook.storage.connection import connect
from carebook.storage.failures import without_values
from carebook.storage.file_errors import DATABASE_ERRORS, ERRORS, CaseloadFileError, is_damage
from carebook.storage.inspection import inspect
from carebook.storage.migrations import KNOWN, migrations
from carebook.storage.readable_records import listed, unreadable_records
from carebook.storage.records import from_row
from carebook.storage.write_ahead_log import damage_in

#: SQLite's integrity check stops after this many problems; the report lists the first few.
_STRUCTURE_LIMIT = 100
_LISTED_PROBLEMS = 10
#: `check_file` checks a copy of a file up to this size in memory (see `_copy_in_memory`).
IN_MEMORY_LIMIT = 1024 * 1024 * 1024
#: A finding names at most this many record ids.
_LISTED_IDS = 8


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: a short code for its kind, one line in plain words, how many records."""

    kind: str
    text: str
    count: int = 1


@dataclass(slots=True)
class CheckReport:
    """What `check` found: problems (`findings`) and remarks that are not problems (`notes`)."""

    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.findings

    def lines(self) -> list[str]:
        """The report as plain-text lines, one per finding."""
        if self.healthy:
            head = [
                "No problems found: the file's structure, the links between records and "
                "carebook's own rules all check out."
            ]
        else:
            problems = len(self.findings)
            head = [f"{problems} problem{'s' if problems != 1 else ''} found:"]
            head += [f"- {finding.text}" for finding in self.findings]
        return head + self.notes

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"


def check_file(path: Path, passphrase: str | None = None) -> CheckReport:
    """Check the caseload file at `path`, reading it only (nothing is written beside it either).

    A damaged file is reported (as much as can still be read of it); a file that is not a
    carebook caseload, is missing, or is from a newer carebook raises CaseloadFileError, and so
    does a protected one without its `passphrase`.
    """
    path = Path(path).expanduser()
    report = CheckReport()
    key = passphrase if passphrase is not None and encryption.looks_protected(path) else None
    damage = damage_in(Path(f"{path}-wal"))
    if damage is not None:
        report.findings.append(
            Finding(
                "log",
                f"The caseload's {damage.describe()}. When carebook next opens it, it keeps "
                f"a copy of the log aside and opens the caseload as it stood after change "
                f"{damage.readable}.",
            )
        )
    try:
        inspect(path, passphrase)
    except CaseloadFileError as error:
        if not error.damaged:
            raise
        report.findings.append(Finding("damaged", f"The caseload file {error.problem}."))
    try:
        source = connect(path, key, read_only=True)
    except ERRORS as error:
        report.findings.append(Finding("unreadable", f"The file cannot be read ({error})."))
        return report
    try:
        copy = _copy_in_memory(source, path, report, key)
        try:
            checked = check(source if copy is None else copy)
        finally:
            if copy is not None:
                copy.close()
    finally:
        source.close()
    if report.findings and any(f.kind == "structure" for f in checked.findings):
        # The full check says the same, in more detail.
        report.findings = [finding for finding in report.findings if finding.kind != "damaged"]
    report.findings += checked.findings
    report.notes += checked.notes
    return report


def _copy_in_memory(
    source: sqlite3.Connection, path: Path, report: CheckReport, passphrase: str | None = None
) -> sqlite3.Connection | None:
    """A page-for-page copy of `source` in memory, to check in place of the read-only file.

    SQLite does not even read a table's CHECK constraints on a read-only connection, so the
    integrity check there skips them, and with them every vocabulary. A copy made with the
    backup API has the same pages, damage included, and can be opened for writing (never
    written), without a byte of the file itself changing or anything left on the disk. A
    protected file is copied with SQLCipher under the same key (the backup API copies only
    between databases of the same protection); in memory nothing is written to a disk anyway.
    """
    try:
        too_big = path.stat().st_size > IN_MEMORY_LIMIT
    except OSError:
        too_big = True
    if not too_big:
        copy = (
            sqlite3.connect(":memory:", isolation_level=None)
            if passphrase is None
            else encryption.open_protected(":memory:", passphrase, isolation_level=None)
        )
        try:
            copy.execute(encryption.TEMPORARY_IN_MEMORY)
            source.backup(copy)
            return cast(sqlite3.Connection, copy)
        except ERRORS:
            copy.close()  # the check of the file itself says what is wrong
    report.notes.append(
        "The values allowed in each field (statuses, kinds, date formats) were "
        "not checked: the file is too large or too damaged to copy for that."
    )
    return None


def check(conn: sqlite3.Connection) -> CheckReport:
    """Check the caseload open on `conn` (it may be the window's own connection); reads only.

    On a large caseload this takes a while (the integrity check reads every page): run it away
    from the window's thread, on a connection of its own.
    """
    report = CheckReport()
    _guarded(report, "the file's structure", _structure, conn)
    _guarded(report, "the links between records", _links, conn)
    behind = _layout_steps_behind(conn, report)
    if behind is None:
        return report
    if behind:
        report.notes.append(
            f"The caseload's layout is from an older carebook ({len(KNOWN) - behind} of "
            f"{len(KNOWN)} steps); carebook brings it up to date when it opens it. Its own "
            "rules were not checked."
        )
        return report
    for what, rule in _RULES:
        _guarded(report, what, rule, conn)
    return report


def _guarded(
    report: CheckReport,
    what: str,
    rule: Callable[[sqlite3.Connection], list[Finding]],
    conn: sqlite3.Connection,
) -> None:
    try:
        report.findings.extend(rule(conn))
    except DATABASE_ERRORS as error:
        damage = "the file is damaged: " if is_damage(error) else ""
        report.findings.append(
            Finding("unreadable", f"Could not check {what}: {damage}{without_values(error)}.")
        )


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(record_id) for record_id in ids[:_LISTED_IDS])
    more = len(ids) - _LISTED_IDS
    return f"{shown} and {more} more" if more > 0 else shown


# -- SQLite's own checks -------------------------------------------------------------------------


def _structure(conn: sqlite3.Connection) -> list[Finding]:
    problems = [str(row[0]) for row in conn.execute(f"PRAGMA integrity_check({_STRUCTURE_LIMIT})")]
    if problems == ["ok"]:
        return []
    # Its messages name tables, indexes, pages and row numbers, never what a row holds; one row
    # can hold several, a line each.
    problems = [
        " ".join(line.split())
        for row in problems
        for line in row.splitlines()
        if line.strip() and line.strip() != "*** in database main ***"
    ]
    findings = [
        Finding("structure", f"The file's structure: {problem}")
        for problem in problems[:_LISTED_PROBLEMS]
    ]
    more = len(problems) - _LISTED_PROBLEMS
    if more > 0:
        limit = " or more" if len(problems) >= _STRUCTURE_LIMIT else ""
        findings.append(
            Finding(
                "structure",
                f"The file's structure: {more}{limit} further problems like these.",
                more,
            )
        )
    return findings


def _links(conn: sqlite3.Connection) -> list[Finding]:
    broken: dict[tuple[str, str], list[int | None]] = {}
    for table, rowid, parent, _key in conn.execute("PRAGMA foreign_key_check"):
        broken.setdefault((table, parent), []).append(rowid)
    findings = []
    for (table, parent), rowids in sorted(broken.items()):
        ids = sorted(rowid for rowid in rowids if rowid is not None)
        listed = f" ({'id' if len(ids) == 1 else 'ids'} {_ids(ids)})" if ids else ""
        rows = (
            f"1 {_words(table)} record points"
            if len(rowids) == 1
            else f"{len(rowids)} {_words(table)} records point"
        )
        findings.append(
            Finding("link", f"{rows} at a missing {_words(parent)} record{listed}.", len(rowids))
        )
    return findings


def _words(table: str) -> str:
    return table.replace("_", " ")


def _layout_steps_behind(conn: sqlite3.Connection, report: CheckReport) -> int | None:
    """How many schema steps the caseload lacks (0: current), or None if that cannot be read."""
    try:
        names = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        applied: set[str] = set()
        if "_sqlite_migrations" in names:
            applied = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
                )
            }
    except DATABASE_ERRORS as error:
        report.findings.append(Finding("unreadable", f"Could not read the file's layout: {error}."))
        return None
    return len(set(KNOWN) - applied)


# -- carebook's rules ------------------------------------------------------------------------------


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
                    "The date up to which visits are laid out (kept "
                    "in meta as 'horizon') is not a date and time.",
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
        _finding(
            "visit_patient",
            len(wrong_patient),
            "{n} appointment has laid-out visits filed under another patient",
            "{n} appointments have laid-out visits filed under another patient",
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
        _finding(
            "visit_rule",
            len(unreadable),
            "{n} appointment cannot be laid out: its repeat rule or a time in it cannot be read",
            "{n} appointments cannot be laid out: their repeat rule or a time in it cannot be read",
            unreadable,
            "appointment",
        ),
        _finding(
            "visit_missing",
            missing_count,
            "{n} visit is missing from the agenda though the schedule has it",
            "{n} visits are missing from the agenda though the schedule has them",
            missing,
            "appointment",
        ),
        _finding(
            "visit_extra",
            extra_count,
            "{n} visit is on the agenda though the schedule does not have it",
            "{n} visits are on the agenda though the schedule does not have them",
            extra,
            "appointment",
        ),
        _finding(
            "visit_differs",
            len(differing),
            "{n} appointment has visits on the agenda at "
            "another time, length or status than its schedule says",
            "{n} appointments "
            "have visits on the agenda at another time, length or status than their "
            "schedule says",
            differing,
            "appointment",
        ),
        _finding(
            "visit_last",
            len(wrong_last),
            "{n} appointment keeps a last visit that does not match its repeat rule",
            "{n} appointments keep a last visit that does not match their repeat rule",
            wrong_last,
            "appointment",
        ),
    ]
    return [finding for finding in findings if finding.count]


def _finding(kind: str, count: int, one: str, several: str, ids: list[int], noun: str) -> Finding:
    """A finding about `count` things, naming the records (`noun`s) by their ids."""
    which = f"{noun} {_ids(ids)}" if len(ids) == 1 else f"{noun}s {_ids(ids)}"
    return Finding(kind, f"{(one if count == 1 else several).format(n=count)} ({which}).", count)


#: Records that break a rule the store keeps: kind, SQL selecting their ids, the finding for
#: one and for several ({n}: how many), and what the ids are of.
_RECORD_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "plan_goal_problem",
        "SELECT g.id FROM goal g JOIN problem p ON p.id = g.problem_id"
        " WHERE p.care_plan_id IS NOT g.care_plan_id ORDER BY g.id",
        "{n} goal is linked to a problem of another care plan",
        "{n} goals are linked to a problem of another care plan",
        "goal",
    ),
    (
        "plan_intervention_goal",
        "SELECT i.id FROM intervention i JOIN goal g ON g.id = i.goal_id"
        " WHERE g.care_plan_id IS NOT i.care_plan_id ORDER BY i.id",
        "{n} intervention is linked to a goal of another care plan",
        "{n} interventions are linked to a goal of another care plan",
        "intervention",
    ),
    (
        "plan_problem_condition",
        "SELECT p.id FROM problem p JOIN care_plan c ON c.id = p.care_plan_id"
        " JOIN condition d ON d.id = p.condition_id"
        " WHERE d.patient_id IS NOT c.patient_id ORDER BY p.id",
        "{n} care-plan problem is linked to another patient's condition",
        "{n} care-plan problems are linked to another patient's condition",
        "problem",
    ),
    (
        "note_appointment",
        "SELECT n.id FROM note n JOIN appointment a ON a.id = n.appointment_id"
        " WHERE a.patient_id IS NOT n.patient_id ORDER BY n.id",
        "{n} note is linked to another patient's appointment",
        "{n} notes are linked to another patient's appointment",
        "note",
    ),
    (
        "plan_dates",
        "SELECT id FROM care_plan WHERE period_start IS NOT NULL AND (period_end < period_start"
        " OR next_review < period_start) ORDER BY id",
        "{n} care plan ends or is due for review before it starts",
        "{n} care plans end or are due for review before they start",
        "care plan",
    ),
    (
        "condition_dates",
        "SELECT id FROM condition WHERE abatement_date < onset_date ORDER BY id",
        "{n} condition resolves before its onset",
        "{n} conditions resolve before their onset",
        "condition",
    ),
)


def _record_rules(conn: sqlite3.Connection) -> list[Finding]:
    findings = []
    for kind, sql, one, several, noun in _RECORD_RULES:
        ids = [row[0] for row in conn.execute(sql)]
        findings.append(_finding(kind, len(ids), one, several, ids, noun))
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
    finding = _finding(
        "task_rule",
        len(unreadable),
        "{n} repeating task has a repeat rule or due date that cannot be read",
        "{n} repeating tasks have a repeat rule or due date that cannot be read",
        unreadable,
        "task",
    )
    return [finding] if finding.count else []


def _readable(conn: sqlite3.Connection) -> list[Finding]:
    findings = []
    for table, wrong, names in unreadable_records(conn):
        noun = _words(table)
        what = (
            "text that is damaged (not UTF-8)"
            if wrong == "text"
            else "a date, time or code that cannot be read"
        )
        one = f"{{n}} {noun} record holds {what}"
        several = f"{{n}} {noun} records hold {what}"
        text = (one if len(names) == 1 else several).format(n=len(names))
        findings.append(
            Finding(f"unreadable_{wrong}", f"{text} ({noun} {listed(names)}).", len(names))
        )
    return findings


_RULES: tuple[tuple[str, Callable[[sqlite3.Connection], list[Finding]]], ...] = (
    ("the records' values", _readable),
    ("the laid-out visits", _laid_out_visits),
    ("the care plans and notes", _record_rules),
    ("the repeating tasks", _task_rules),
)
