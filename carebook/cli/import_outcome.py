"""What `carebook import` did, or would do, in one line: "38 patients added, 2 duplicates
skipped" or "add 38 patients, skip 2 duplicates"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.interop.spreadsheet.plan import DuplicateChoice

if TYPE_CHECKING:
    from carebook.interop.spreadsheet.plan import ImportPlan

#: One record of each kind, as the counts say it ("1 patient added").
_ONE = {
    "patients": QT_TRANSLATE_NOOP("CliImports", "patient"),
    "medications": QT_TRANSLATE_NOOP("CliImports", "medication"),
    "appointments": QT_TRANSLATE_NOOP("CliImports", "appointment"),
    "tasks": QT_TRANSLATE_NOOP("CliImports", "task"),
    "allergies": QT_TRANSLATE_NOOP("CliImports", "allergy"),
    "conditions": QT_TRANSLATE_NOOP("CliImports", "condition"),
}


def rows_text(count: int) -> str:
    """ "1 row", "1,204 rows"."""
    if count == 1:
        return translate("CliImports", "1 row")
    return translate("CliImports", "{n} rows").format(n=f"{count:,}")


def outcome(
    plan: ImportPlan, choice: DuplicateChoice, added: int, skip_invalid: bool, *, done: bool
) -> str:
    """ "38 patients added, 2 duplicates skipped" (done) or "add 38 patients, skip 2 …"."""
    noun = plan.kind.noun if added != 1 else translate("CliImports", _ONE[plan.kind.value])
    said = (
        translate("CliImports", "{n} {records} added")
        if done
        else translate("CliImports", "add {n} {records}")
    )
    parts = [said.format(n=f"{added:,}", records=noun)]
    duplicates = len(plan.duplicates)
    if duplicates and choice is not DuplicateChoice.ADD:  # added ones are counted above
        parts.append(_duplicates(duplicates, choice is DuplicateChoice.SKIP, done))
    if plan.problems and skip_invalid:
        said = (
            translate("CliImports", "{rows} that cannot be imported left out")
            if done
            else translate("CliImports", "leave out {rows} that cannot be imported")
        )
        parts.append(said.format(rows=rows_text(len(plan.invalid_rows))))
    return ", ".join(parts)


def _duplicates(count: int, skipped: bool, done: bool) -> str:
    if skipped and done:
        said = (
            translate("CliImports", "1 duplicate skipped")
            if count == 1
            else translate("CliImports", "{n} duplicates skipped")
        )
    elif skipped:
        said = (
            translate("CliImports", "skip 1 duplicate")
            if count == 1
            else translate("CliImports", "skip {n} duplicates")
        )
    elif done:
        said = (
            translate("CliImports", "1 duplicate merged")
            if count == 1
            else translate("CliImports", "{n} duplicates merged")
        )
    else:
        said = (
            translate("CliImports", "merge 1 duplicate")
            if count == 1
            else translate("CliImports", "merge {n} duplicates")
        )
    return said.format(n=f"{count:,}")
