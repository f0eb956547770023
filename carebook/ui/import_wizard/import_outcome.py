"""What an import will do, and did, in the words the wizard and the status bar use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from carebook.core.words import translate
from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.plan import DuplicateChoice, ImportPlan
from carebook.store.imports import ImportResult


def _count(number: int, one: str, many: str) -> str:
    """`one` (its count written in it) for 1, else `many` with {n} the number."""
    return one if number == 1 else many.format(n=f"{number:,}")


def _rows(number: int) -> str:
    return _count(
        number, translate("import_wizard", "1 row"), translate("import_wizard", "{n} rows")
    )


def _duplicates(number: int) -> str:
    return _count(
        number,
        translate("import_wizard", "1 likely duplicate"),
        translate("import_wizard", "{n} likely duplicates"),
    )


def _fields(number: int) -> str:
    return _count(
        number,
        translate("import_wizard", "1 empty field"),
        translate("import_wizard", "{n} empty fields"),
    )


def _like_kept(kind: ImportKind, number: int) -> str:
    """Rows like a record the caseload has: "2 rows like patients already in the caseload"."""
    if kind is ImportKind.PATIENTS:
        return _count(
            number,
            translate("import_wizard", "1 row like a patient already in the caseload"),
            translate("import_wizard", "{n} rows like patients already in the caseload"),
        )
    return _count(
        number,
        translate("import_wizard", "1 row like a record already in the caseload"),
        translate("import_wizard", "{n} rows like records already in the caseload"),
    )


def _repeats(number: int) -> str:
    """Rows repeating an earlier row of the same file: never "already there"."""
    return _count(
        number,
        translate("import_wizard", "1 row that repeats an earlier row"),
        translate("import_wizard", "{n} rows that repeat earlier rows"),
    )


def _records(kind: ImportKind, number: int) -> str:
    if kind is ImportKind.PATIENTS:
        one, many = (
            translate("import_wizard", "1 patient"),
            translate("import_wizard", "{n} patients"),
        )
    elif kind is ImportKind.MEDICATIONS:
        one = translate("import_wizard", "1 medication")
        many = translate("import_wizard", "{n} medications")
    elif kind is ImportKind.APPOINTMENTS:
        one = translate("import_wizard", "1 appointment")
        many = translate("import_wizard", "{n} appointments")
    elif kind is ImportKind.TASKS:
        one, many = translate("import_wizard", "1 task"), translate("import_wizard", "{n} tasks")
    elif kind is ImportKind.ALLERGIES:
        one = translate("import_wizard", "1 allergy")
        many = translate("import_wizard", "{n} allergies")
    else:
        one = translate("import_wizard", "1 condition")
        many = translate("import_wizard", "{n} conditions")
    return _count(number, one, many)


def _sentence(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return translate("import_wizard", "{some} and {last}").format(
        some=", ".join(parts[:-1]), last=parts[-1]
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """What importing a plan with these choices writes and leaves out."""

    kind: ImportKind
    added: int
    merged: int
    skipped: int
    left_out: int
    #: Rows imported although they lack what carebook's form would ask (flagged, not refused).
    incomplete: int = 0
    #: Of those skipped, the rows that repeat an earlier row of the file (the rest are like a
    #: record the caseload has).
    skipped_repeats: int = 0

    @classmethod
    def of(
        cls,
        plan: ImportPlan,
        choices: Mapping[DuplicateChoice, int],
        skip_invalid: bool,
        skipped_repeats: int = 0,
    ) -> Outcome:
        """`choices`: how many duplicates are to be skipped, merged or added;
        `skipped_repeats`: how many of those skipped repeat an earlier row of the file."""
        new = sum(1 for planned in plan.accepted if planned.duplicate is None)
        return cls(
            plan.kind,
            new + choices.get(DuplicateChoice.ADD, 0),
            choices.get(DuplicateChoice.MERGE, 0),
            choices.get(DuplicateChoice.SKIP, 0),
            len(plan.invalid_rows) if skip_invalid else 0,
            len({note.row for note in plan.incomplete}),
            skipped_repeats,
        )

    def _skipped(self) -> list[str]:
        """What the skipped rows are: like a record kept, or repeating an earlier row."""
        like_kept = self.skipped - self.skipped_repeats
        parts = [_like_kept(self.kind, like_kept)] if like_kept else []
        if self.skipped_repeats:
            parts.append(_repeats(self.skipped_repeats))
        return parts

    @property
    def empty(self) -> bool:
        return not (self.added or self.merged)

    def would(self) -> str:
        """ "Import will add 38 patients, skip 2 likely duplicates and …"."""
        parts = (
            [translate("import_wizard", "add %s") % _records(self.kind, self.added)]
            if self.added or not self.merged
            else []
        )
        if self.merged:
            parts.append(
                translate(
                    "import_wizard",
                    "merge %s into the patient each matches (filling only empty fields)",
                )
                % _duplicates(self.merged)
            )
        parts += [translate("import_wizard", "skip %s") % skipped for skipped in self._skipped()]
        if self.left_out:
            parts.append(
                translate("import_wizard", "leave out %s that cannot be imported")
                % _rows(self.left_out)
            )
        said = translate("import_wizard", "Import will %s.") % _sentence(parts)
        if self.incomplete:
            said += " " + translate(
                "import_wizard",
                "%s will be imported as incomplete (an as-needed medicine that does not say "
                "what it is for): each shows in its patient's medication warnings.",
            ) % _rows(self.incomplete)
        return said

    def done(self, source: str, result: ImportResult) -> str:
        """ "Imported from patients.csv: 38 patients added, 2 likely duplicates skipped"."""
        parts = (
            [translate("import_wizard", "%s added") % _records(self.kind, result.added)]
            if result.added or not result.merged_ids
            else []
        )
        if result.merged_ids:
            parts.append(
                translate("import_wizard", "{duplicates} merged ({fields} filled)").format(
                    duplicates=_duplicates(len(result.merged_ids)),
                    fields=_fields(result.fields_filled),
                )
            )
        parts += [translate("import_wizard", "%s skipped") % skipped for skipped in self._skipped()]
        if self.left_out:
            parts.append(
                translate("import_wizard", "%s that cannot be imported left out")
                % _rows(self.left_out)
            )
        if self.incomplete:
            parts.append(
                translate("import_wizard", "%s imported as incomplete") % _rows(self.incomplete)
            )
        return translate("import_wizard", "Imported from {source}: {outcome}.").format(
            source=source, outcome=", ".join(parts)
        )
