"""What a check of a caseload found: one line per finding in plain words, by record ids only."""

from __future__ import annotations

from dataclasses import dataclass, field

from carebook.core.words import QT_TRANSLATE_NOOP, translate

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
                translate(
                    "CheckFindings",
                    "No problems found: the file's structure, the links between records and "
                    "carebook's own rules all check out.",
                )
            ]
        else:
            problems = len(self.findings)
            head = [
                translate("CheckFindings", "1 problem found:")
                if problems == 1
                else translate("CheckFindings", "{n} problems found:").format(n=problems)
            ]
            head += [f"- {finding.text}" for finding in self.findings]
        return head + self.notes

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"


def listed_ids(ids: list[int]) -> str:
    """The first few ids, and how many more."""
    shown = ", ".join(str(record_id) for record_id in ids[:_LISTED_IDS])
    more = len(ids) - _LISTED_IDS
    if more <= 0:
        return shown
    return translate("CheckFindings", "{shown} and {more} more").format(shown=shown, more=more)


def words(table: str, several: bool = False) -> str:
    """A table's name as words ("care_plan" -> "care plan"; "care plans" if `several`),
    translated."""
    listed = _NOUNS.get(table)
    if listed is None:
        return table.replace("_", " ") + ("s" if several else "")
    return translate("CheckFindings", listed[1] if several else listed[0])


def finding(kind: str, count: int, one: str, several: str, ids: list[int], noun: str) -> Finding:
    """A finding about `count` things, naming the records (`noun`: their table) by their ids.
    `one` and `several` are marked with QT_TRANSLATE_NOOP("CheckRules", …) and translated
    here."""
    said = translate("CheckRules", one if count == 1 else several).format(n=count)
    which = words(noun, several=len(ids) != 1)
    return Finding(
        kind,
        translate("CheckFindings", "{finding} ({records} {ids}).").format(
            finding=said, records=which, ids=listed_ids(ids)
        ),
        count,
    )


#: Each table's records in words: one, several.
_NOUNS: dict[str, tuple[str, str]] = {
    "agreement": (
        QT_TRANSLATE_NOOP("CheckFindings", "agreement"),
        QT_TRANSLATE_NOOP("CheckFindings", "agreements"),
    ),
    "allergy": (
        QT_TRANSLATE_NOOP("CheckFindings", "allergy"),
        QT_TRANSLATE_NOOP("CheckFindings", "allergies"),
    ),
    "appointment": (
        QT_TRANSLATE_NOOP("CheckFindings", "appointment"),
        QT_TRANSLATE_NOOP("CheckFindings", "appointments"),
    ),
    "appointment_change": (
        QT_TRANSLATE_NOOP("CheckFindings", "appointment change"),
        QT_TRANSLATE_NOOP("CheckFindings", "appointment changes"),
    ),
    "assessment_result": (
        QT_TRANSLATE_NOOP("CheckFindings", "assessment result"),
        QT_TRANSLATE_NOOP("CheckFindings", "assessment results"),
    ),
    "attachment": (
        QT_TRANSLATE_NOOP("CheckFindings", "attachment"),
        QT_TRANSLATE_NOOP("CheckFindings", "attachments"),
    ),
    "audit_log": (
        QT_TRANSLATE_NOOP("CheckFindings", "audit log"),
        QT_TRANSLATE_NOOP("CheckFindings", "audit logs"),
    ),
    "billing_activity": (
        QT_TRANSLATE_NOOP("CheckFindings", "billing activity"),
        QT_TRANSLATE_NOOP("CheckFindings", "billing activities"),
    ),
    "care_plan": (
        QT_TRANSLATE_NOOP("CheckFindings", "care plan"),
        QT_TRANSLATE_NOOP("CheckFindings", "care plans"),
    ),
    "care_plan_review": (
        QT_TRANSLATE_NOOP("CheckFindings", "care plan review"),
        QT_TRANSLATE_NOOP("CheckFindings", "care plan reviews"),
    ),
    "care_team_member": (
        QT_TRANSLATE_NOOP("CheckFindings", "care team member"),
        QT_TRANSLATE_NOOP("CheckFindings", "care team members"),
    ),
    "condition": (
        QT_TRANSLATE_NOOP("CheckFindings", "condition"),
        QT_TRANSLATE_NOOP("CheckFindings", "conditions"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("CheckFindings", "contact"),
        QT_TRANSLATE_NOOP("CheckFindings", "contacts"),
    ),
    "expense": (
        QT_TRANSLATE_NOOP("CheckFindings", "expense"),
        QT_TRANSLATE_NOOP("CheckFindings", "expenses"),
    ),
    "fhir_link": (
        QT_TRANSLATE_NOOP("CheckFindings", "fhir link"),
        QT_TRANSLATE_NOOP("CheckFindings", "fhir links"),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("CheckFindings", "goal"),
        QT_TRANSLATE_NOOP("CheckFindings", "goals"),
    ),
    "intervention": (
        QT_TRANSLATE_NOOP("CheckFindings", "intervention"),
        QT_TRANSLATE_NOOP("CheckFindings", "interventions"),
    ),
    "invoice": (
        QT_TRANSLATE_NOOP("CheckFindings", "invoice"),
        QT_TRANSLATE_NOOP("CheckFindings", "invoices"),
    ),
    "invoice_line": (
        QT_TRANSLATE_NOOP("CheckFindings", "invoice line"),
        QT_TRANSLATE_NOOP("CheckFindings", "invoice lines"),
    ),
    "measure_kind": (
        QT_TRANSLATE_NOOP("CheckFindings", "measure kind"),
        QT_TRANSLATE_NOOP("CheckFindings", "measure kinds"),
    ),
    "measurement": (
        QT_TRANSLATE_NOOP("CheckFindings", "measurement"),
        QT_TRANSLATE_NOOP("CheckFindings", "measurements"),
    ),
    "medication": (
        QT_TRANSLATE_NOOP("CheckFindings", "medication"),
        QT_TRANSLATE_NOOP("CheckFindings", "medications"),
    ),
    "medication_event": (
        QT_TRANSLATE_NOOP("CheckFindings", "medication event"),
        QT_TRANSLATE_NOOP("CheckFindings", "medication events"),
    ),
    "meta": (
        QT_TRANSLATE_NOOP("CheckFindings", "meta"),
        QT_TRANSLATE_NOOP("CheckFindings", "meta"),
    ),
    "mileage_rate": (
        QT_TRANSLATE_NOOP("CheckFindings", "mileage rate"),
        QT_TRANSLATE_NOOP("CheckFindings", "mileage rates"),
    ),
    "note": (
        QT_TRANSLATE_NOOP("CheckFindings", "note"),
        QT_TRANSLATE_NOOP("CheckFindings", "notes"),
    ),
    "occurrence": (
        QT_TRANSLATE_NOOP("CheckFindings", "occurrence"),
        QT_TRANSLATE_NOOP("CheckFindings", "occurrences"),
    ),
    "patient": (
        QT_TRANSLATE_NOOP("CheckFindings", "patient"),
        QT_TRANSLATE_NOOP("CheckFindings", "patients"),
    ),
    "patient_document": (
        QT_TRANSLATE_NOOP("CheckFindings", "patient document"),
        QT_TRANSLATE_NOOP("CheckFindings", "patient documents"),
    ),
    "payment": (
        QT_TRANSLATE_NOOP("CheckFindings", "payment"),
        QT_TRANSLATE_NOOP("CheckFindings", "payments"),
    ),
    "place": (
        QT_TRANSLATE_NOOP("CheckFindings", "place"),
        QT_TRANSLATE_NOOP("CheckFindings", "places"),
    ),
    "problem": (
        QT_TRANSLATE_NOOP("CheckFindings", "problem"),
        QT_TRANSLATE_NOOP("CheckFindings", "problems"),
    ),
    "quick_find_stale": (
        QT_TRANSLATE_NOOP("CheckFindings", "quick find stale"),
        QT_TRANSLATE_NOOP("CheckFindings", "quick find stales"),
    ),
    "reconciliation": (
        QT_TRANSLATE_NOOP("CheckFindings", "reconciliation"),
        QT_TRANSLATE_NOOP("CheckFindings", "reconciliations"),
    ),
    "reconciliation_line": (
        QT_TRANSLATE_NOOP("CheckFindings", "reconciliation line"),
        QT_TRANSLATE_NOOP("CheckFindings", "reconciliation lines"),
    ),
    "referral": (
        QT_TRANSLATE_NOOP("CheckFindings", "referral"),
        QT_TRANSLATE_NOOP("CheckFindings", "referrals"),
    ),
    "route_stop": (
        QT_TRANSLATE_NOOP("CheckFindings", "route stop"),
        QT_TRANSLATE_NOOP("CheckFindings", "route stops"),
    ),
    "running_timer": (
        QT_TRANSLATE_NOOP("CheckFindings", "running timer"),
        QT_TRANSLATE_NOOP("CheckFindings", "running timers"),
    ),
    "sealed_file": (
        QT_TRANSLATE_NOOP("CheckFindings", "sealed file"),
        QT_TRANSLATE_NOOP("CheckFindings", "sealed files"),
    ),
    "task": (
        QT_TRANSLATE_NOOP("CheckFindings", "task"),
        QT_TRANSLATE_NOOP("CheckFindings", "tasks"),
    ),
    "time_entry": (
        QT_TRANSLATE_NOOP("CheckFindings", "time entry"),
        QT_TRANSLATE_NOOP("CheckFindings", "time entries"),
    ),
    "travel_time": (
        QT_TRANSLATE_NOOP("CheckFindings", "travel time"),
        QT_TRANSLATE_NOOP("CheckFindings", "travel times"),
    ),
    "trip": (
        QT_TRANSLATE_NOOP("CheckFindings", "trip"),
        QT_TRANSLATE_NOOP("CheckFindings", "trips"),
    ),
    "visit_record": (
        QT_TRANSLATE_NOOP("CheckFindings", "visit record"),
        QT_TRANSLATE_NOOP("CheckFindings", "visit records"),
    ),
}
