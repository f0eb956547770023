"""What an import will do, and did, in the words the wizard and the status bar use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.plan import DuplicateChoice, ImportPlan
from carebook.store.imports import ImportResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("import_wizard", text)


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number:,} {singular if number == 1 else plural}"


def _rows(number: int) -> str:
    return _count(number, _tr("row"), _tr("rows"))


def _duplicates(number: int) -> str:
    return _count(number, _tr("likely duplicate"), _tr("likely duplicates"))


def _like_kept(kind: ImportKind, number: int) -> str:
    """Rows like a record the caseload has: "2 rows like patients already in the caseload"."""
    if kind is ImportKind.PATIENTS:
        return _count(
            number,
            _tr("row like a patient already in the caseload"),
            _tr("rows like patients already in the caseload"),
        )
    return _count(
        number,
        _tr("row like a record already in the caseload"),
        _tr("rows like records already in the caseload"),
    )


def _repeats(number: int) -> str:
    """Rows repeating an earlier row of the same file: never "already there"."""
    return _count(
        number, _tr("row that repeats an earlier row"), _tr("rows that repeat earlier rows")
    )


def _records(kind: ImportKind, number: int) -> str:
    return _count(number, _tr(kind.singular), _tr(kind.value))


def _sentence(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return _tr("%s and %s") % (", ".join(parts[:-1]), parts[-1])


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
            [_tr("add %s") % _records(self.kind, self.added)]
            if self.added or not self.merged
            else []
        )
        if self.merged:
            parts.append(
                _tr("merge %s into the patient each matches (filling only empty fields)")
                % _duplicates(self.merged)
            )
        parts += [_tr("skip %s") % skipped for skipped in self._skipped()]
        if self.left_out:
            parts.append(_tr("leave out %s that cannot be imported") % _rows(self.left_out))
        said = _tr("Import will %s.") % _sentence(parts)
        if self.incomplete:
            said += " " + _tr(
                "%s will be imported as incomplete (an as-needed medicine that does not say "
                "what it is for): each shows in its patient's medication warnings."
            ) % _rows(self.incomplete)
        return said

    def done(self, source: str, result: ImportResult) -> str:
        """ "Imported from patients.csv: 38 patients added, 2 likely duplicates skipped"."""
        parts = (
            [_tr("%s added") % _records(self.kind, result.added)]
            if result.added or not result.merged_ids
            else []
        )
        if result.merged_ids:
            parts.append(
                _tr("%s merged (%s filled)")
                % (
                    _duplicates(len(result.merged_ids)),
                    _count(result.fields_filled, _tr("empty field"), _tr("empty fields")),
                )
            )
        parts += [_tr("%s skipped") % skipped for skipped in self._skipped()]
        if self.left_out:
            parts.append(_tr("%s that cannot be imported left out") % _rows(self.left_out))
        if self.incomplete:
            parts.append(_tr("%s imported as incomplete") % _rows(self.incomplete))
        return _tr("Imported from %s: %s.") % (source, ", ".join(parts))
