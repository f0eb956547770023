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
from pathlib import Path
from typing import cast

from carebook.core.words import translate
from carebook.storage import encryption
from carebook.storage.check_findings import CheckReport, Finding, listed_ids, words
from carebook.storage.check_rules import RULES
from carebook.storage.connection import connect
from carebook.storage.failures import without_values
from carebook.storage.file_errors import DATABASE_ERRORS, ERRORS, CaseloadFileError, is_damage
from carebook.storage.inspection import inspect
from carebook.storage.migrations import KNOWN, migrations
from carebook.storage.write_ahead_log import damage_in

#: SQLite's integrity check stops after this many problems; the report lists the first few.
_STRUCTURE_LIMIT = 100
_LISTED_PROBLEMS = 10
#: `check_file` checks a copy of a file up to this size in memory (see `_copy_in_memory`).
IN_MEMORY_LIMIT = 1024 * 1024 * 1024


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
                damage.describe()
                + " "
                + translate(
                    "Integrity",
                    "When carebook next opens it, it keeps a copy of the log aside and opens the "
                    "caseload as it stood after change {readable}.",
                ).format(readable=damage.readable),
            )
        )
    try:
        inspect(path, passphrase)
    except CaseloadFileError as error:
        if not error.damaged:
            raise
        report.findings.append(
            Finding(
                "damaged",
                translate("Integrity", "The caseload file {problem}.").format(
                    problem=error.problem
                ),
            )
        )
    try:
        source = connect(path, key, read_only=True)
    except ERRORS as error:
        report.findings.append(
            Finding(
                "unreadable",
                translate("Integrity", "The file cannot be read ({error}).").format(error=error),
            )
        )
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
        translate(
            "Integrity",
            "The values allowed in each field (statuses, kinds, date formats) were not checked: "
            "the file is too large or too damaged to copy for that.",
        )
    )
    return None


def check(conn: sqlite3.Connection) -> CheckReport:
    """Check the caseload open on `conn` (it may be the window's own connection); reads only.

    On a large caseload this takes a while (the integrity check reads every page): run it away
    from the window's thread, on a connection of its own.
    """
    report = CheckReport()
    _guarded(report, translate("CheckRules", "the file's structure"), _structure, conn)
    _guarded(report, translate("CheckRules", "the links between records"), _links, conn)
    behind = _layout_steps_behind(conn, report)
    if behind is None:
        return report
    if behind:
        report.notes.append(
            translate(
                "Integrity",
                "The caseload's layout is from an older carebook ({done} of {steps} steps); "
                "carebook brings it up to date when it opens it. Its own rules were not checked.",
            ).format(done=len(KNOWN) - behind, steps=len(KNOWN))
        )
        return report
    for what, rule in RULES:
        _guarded(report, translate("CheckRules", what), rule, conn)
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
        said = (
            translate("Integrity", "Could not check {what}: the file is damaged: {error}.")
            if is_damage(error)
            else translate("Integrity", "Could not check {what}: {error}.")
        )
        report.findings.append(
            Finding("unreadable", said.format(what=what, error=without_values(error)))
        )


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
        Finding(
            "structure",
            translate("Integrity", "The file's structure: {problem}").format(problem=problem),
        )
        for problem in problems[:_LISTED_PROBLEMS]
    ]
    more = len(problems) - _LISTED_PROBLEMS
    if more > 0:
        said = (
            translate("Integrity", "The file's structure: {n} or more further problems like these.")
            if len(problems) >= _STRUCTURE_LIMIT
            else translate("Integrity", "The file's structure: {n} further problems like these.")
        )
        findings.append(Finding("structure", said.format(n=more), more))
    return findings


def _links(conn: sqlite3.Connection) -> list[Finding]:
    broken: dict[tuple[str, str], list[int | None]] = {}
    for table, rowid, parent, _key in conn.execute("PRAGMA foreign_key_check"):
        broken.setdefault((table, parent), []).append(rowid)
    findings = []
    for (table, parent), rowids in sorted(broken.items()):
        ids = sorted(rowid for rowid in rowids if rowid is not None)
        if len(rowids) == 1:
            said = (
                translate("Integrity", "1 {table} record points at a missing {parent} record.")
                if not ids
                else translate(
                    "Integrity", "1 {table} record points at a missing {parent} record (id {ids})."
                )
            )
        elif not ids:
            said = translate("Integrity", "{n} {table} records point at a missing {parent} record.")
        elif len(ids) == 1:
            said = translate(
                "Integrity", "{n} {table} records point at a missing {parent} record (id {ids})."
            )
        else:
            said = translate(
                "Integrity", "{n} {table} records point at a missing {parent} record (ids {ids})."
            )
        text = said.format(
            n=len(rowids), table=words(table), parent=words(parent), ids=listed_ids(ids)
        )
        findings.append(Finding("link", text, len(rowids)))
    return findings


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
        report.findings.append(
            Finding(
                "unreadable",
                translate("Integrity", "Could not read the file's layout: {error}.").format(
                    error=error
                ),
            )
        )
        return None
    return len(set(KNOWN) - applied)


# -- carebook's rules ------------------------------------------------------------------------------
