"""What a FHIR import found and did, in plain words: the report `carebook import` prints.

Every finding names where it was (a file, and its entry or line, counted from 1) and, for a
resource, its type and id: an error (the import is refused, or with --skip-invalid the resource
left out), something skipped on purpose (entered in error, a DELETE, a type carebook does not
keep), or a warning (imported, but something about it was left out or read as best it could).
A record imported without something carebook's form asks for (an as-needed medication that
does not say what for) is a warning too, listed apart as incomplete.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.fhir_links import FhirApplied

ERROR, WARNING, SKIPPED = "error", "warning", "skipped"
#: The most of a finding's words (or a resource's name) shown: what it quotes of the file, an
#: id or an element's value, may be megabytes long in a broken or hostile file.
SHOWN = 300


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the report says about one resource (or file, or line)."""

    level: str  # ERROR, WARNING or SKIPPED
    where: str
    what: str
    name: str = ""  # "Condition/c4" when a resource is concerned
    #: the field a record was imported without, though its form asks for it (a warning)
    missing: str = ""

    def line(self) -> str:
        head = f"{self.where}: {_clipped(self.name)}" if self.name else self.where
        return f"{head}: {_clipped(self.what)}"


def _clipped(text: str) -> str:
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


@dataclass(slots=True)
class ImportReport:
    """What an import read, found and did; `applied` is None when nothing was written."""

    files: int = 0
    read: Counter[str] = field(default_factory=Counter)
    not_kept: Counter[str] = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)
    applied: FhirApplied | None = None
    dry_run: bool = False
    skip_invalid: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == WARNING]

    @property
    def incomplete(self) -> list[Finding]:
        """The records imported without something carebook's form asks for (warnings)."""
        return [f for f in self.findings if f.level == WARNING and f.missing]

    @property
    def skipped(self) -> list[Finding]:
        return [f for f in self.findings if f.level == SKIPPED]

    @property
    def refused(self) -> bool:
        """True when errors stopped the import (nothing was written)."""
        return self.applied is None

    def sort(self) -> None:
        """Findings in the order of the files, and of the lines or entries in each."""
        self.findings.sort(key=lambda finding: _natural(finding.where))

    def text(self, listed: int = 50) -> str:
        """The report in plain words, each finding on its line (at most `listed` of a kind)."""
        total = sum(self.read.values())
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.read.items()))
        files = (
            translate("FhirImport", "1 file")
            if self.files == 1
            else translate("FhirImport", "{count} files").format(count=self.files)
        )
        resources = (
            translate("FhirImport", "1 resource")
            if total == 1
            else translate("FhirImport", "{count} resources").format(count=total)
        )
        read = (
            translate("FhirImport", "Read {files}: {resources} ({kinds}).")
            if kinds
            else translate("FhirImport", "Read {files}: {resources}.")
        )
        lines = [read.format(files=files, resources=resources, kinds=kinds)]
        if self.not_kept:
            kept_out = ", ".join(f"{kind} {count}" for kind, count in sorted(self.not_kept.items()))
            lines.append(
                translate("FhirImport", "Not kept by carebook, so skipped: {kinds}.").format(
                    kinds=kept_out
                )
            )
        errors = self.errors
        if errors:
            head = (
                translate("FhirImport", "Errors (left out, as --skip-invalid asks):")
                if self.applied is not None
                else translate(
                    "FhirImport",
                    "Errors (nothing was imported; fix these, or import the rest with "
                    "--skip-invalid):",
                )
            )
            lines += [head, *_listed(errors, listed)]
        incomplete = self.incomplete
        others = [f for f in self.warnings if not f.missing]
        for title, found in (
            (translate("FhirImport", "Skipped:"), self.skipped),
            (
                translate(
                    "FhirImport",
                    "Imported as incomplete (carebook's form asks for what is missing):",
                ),
                incomplete,
            ),
            (translate("FhirImport", "Warnings:"), others),
        ):
            if found:
                lines += [title, *_listed(found, listed)]
        if self.applied is not None:
            done = (
                translate("FhirImport", "Would import: {tally}.")
                if self.dry_run
                else translate("FhirImport", "Imported: {tally}.")
            )
            lines.append(done.format(tally=tally(self.applied)))
            if self.dry_run:
                lines.append(translate("FhirImport", "Nothing was written (--dry-run)."))
        return "\n".join(lines) + "\n"


def _natural(text: str) -> list[tuple[int, str]]:
    """ "entry 10" after "entry 9": numbers compared as numbers."""
    return [(int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", text)]


def _listed(findings: list[Finding], limit: int) -> list[str]:
    lines = [f"  - {finding.line()}" for finding in findings[:limit]]
    if len(findings) > limit:
        lines.append(
            translate("FhirImport", "  … and {count} more").format(count=len(findings) - limit)
        )
    return lines


_TABLE_WORDS = {
    "patient": QT_TRANSLATE_NOOP("FhirImport", "patients"),
    "contact": QT_TRANSLATE_NOOP("FhirImport", "contacts"),
    "care_team_member": QT_TRANSLATE_NOOP("FhirImport", "care-team memberships"),
    "condition": QT_TRANSLATE_NOOP("FhirImport", "conditions"),
    "allergy": QT_TRANSLATE_NOOP("FhirImport", "allergies"),
    "medication": QT_TRANSLATE_NOOP("FhirImport", "medications"),
    "medication_event": QT_TRANSLATE_NOOP("FhirImport", "medication history events"),
    "appointment": QT_TRANSLATE_NOOP("FhirImport", "appointments"),
    "appointment_change": QT_TRANSLATE_NOOP("FhirImport", "changed visits"),
    "task": QT_TRANSLATE_NOOP("FhirImport", "tasks"),
    "care_plan": QT_TRANSLATE_NOOP("FhirImport", "care plans"),
    "care_plan_review": QT_TRANSLATE_NOOP("FhirImport", "care plan reviews"),
    "problem": QT_TRANSLATE_NOOP("FhirImport", "problems"),
    "goal": QT_TRANSLATE_NOOP("FhirImport", "goals"),
    "intervention": QT_TRANSLATE_NOOP("FhirImport", "interventions"),
    "note": QT_TRANSLATE_NOOP("FhirImport", "notes"),
}


def tally(applied: FhirApplied) -> str:
    parts = []
    for table, words in _TABLE_WORDS.items():
        made, changed, same = (
            applied.created[table],
            applied.updated[table],
            applied.unchanged[table],
        )
        if made or changed or same:
            said = [translate("FhirImport", "{count} new").format(count=made)] if made else []
            said += (
                [translate("FhirImport", "{count} updated").format(count=changed)]
                if changed
                else []
            )
            said += (
                [translate("FhirImport", "{count} unchanged").format(count=same)] if same else []
            )
            parts.append(
                translate("FhirImport", "{records} {counts}").format(
                    records=translate("FhirImport", words), counts=", ".join(said)
                )
            )
    return "; ".join(parts) or translate("FhirImport", "nothing")
