"""A patient's record window, section by section: what each lists, its columns, its buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from carebook.core import display
from carebook.core.list_columns import Column
from carebook.core.records import Allergy, CareTeamMember, Condition, Contact, Note
from carebook.core.views import ListQuery
from carebook.core.vocabularies import (
    AllergyCriticality,
    AllergySeverity,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    ConditionStatus,
    ContactRole,
    MedicationStatus,
    NoteKind,
    ReferralStatus,
    TaskPriority,
    TaskStatus,
    Transport,
)
from carebook.core.words import translate
from carebook.store.caseload import Store
from carebook.ui.forms.appointment_editor import AppointmentEditor
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.medication_editor import MedicationEditor
from carebook.ui.forms.record_editor import StatusRow
from carebook.ui.forms.referral_form import ReferralEditor
from carebook.ui.forms.task_editor import TaskEditor
from carebook.ui.patient.record_section import SectionButton, SectionSpec
from carebook.ui.patient.visit_notes import document_visit_of, with_visit_notes
from carebook.ui.widgets.emphasis import Emphasis


@dataclass(frozen=True, slots=True, kw_only=True)
class CareTeamRow:
    """A contact on the patient's care team, in its role there."""

    id: int  # the contact's
    role: ContactRole
    name: str
    organization: str
    phone: str
    emergency: bool

    @classmethod
    def of(cls, member: CareTeamMember, contact: Contact) -> CareTeamRow:
        assert contact.id is not None
        return cls(
            id=contact.id,
            role=member.role,
            name=contact.name,
            organization=contact.organization,
            phone=contact.phone,
            emergency=member.is_emergency,
        )


@dataclass(frozen=True, slots=True)
class RecordEditors:
    """The editors of a patient's records, one per kind the window lists."""

    conditions: FormEditor[Condition, object]
    allergies: FormEditor[Allergy, object]
    medications: MedicationEditor
    appointments: AppointmentEditor
    tasks: TaskEditor
    notes: FormEditor[Note, object]


class CareTeamActions(Protocol):
    """What the care-team section's buttons and a row's menu ask of the record window."""

    def add_member(self) -> None: ...

    def new_contact(self) -> None: ...

    def edit_contact(self, contact_id: int) -> None: ...

    def remove_member(self, row: CareTeamRow) -> None: ...

    def menu(self, editor: Any, record_id: int | None, row: object) -> None: ...


def section_specs(
    parent: QWidget,
    store: Store,
    pid: int,
    editors: RecordEditors,
    team: CareTeamActions,
    no_known_allergies: Callable[[], None],
) -> list[SectionSpec]:
    """The record window's sections: what each lists, its columns, and its buttons
    (`no_known_allergies` asks which is true, confirmed today)."""

    def simple(editor: FormEditor[Any, object], add_label: str) -> tuple[SectionButton, ...]:
        return (
            SectionButton(add_label, lambda _i, _r: editor.new(parent, pid), needs_row=False),
            SectionButton(
                translate("PatientRecord", "Edit…"), lambda i, r: editor.edit(parent, i or 0, r)
            ),
            SectionButton(
                translate("PatientRecord", "Delete…"), lambda i, r: editor.delete(parent, i or 0, r)
            ),
        )

    def on_row(editor: Any, how: str) -> Any:
        return lambda i, r: getattr(editor, how)(parent, i, r)

    return [
        SectionSpec(
            translate("PatientRecord", "Care team"),
            (
                Column(
                    "role",
                    translate("PatientRecord", "Role"),
                    display.code_of(ContactRole),
                    width=18,
                ),
                Column("name", translate("PatientRecord", "Name"), width=24),
                Column("organization", translate("PatientRecord", "Organisation"), width=24),
                Column("phone", translate("PatientRecord", "Phone"), width=15),
                Column(
                    "emergency",
                    translate("PatientRecord", "Emergency"),
                    display.yes,
                    width=10,
                    stretch=True,
                ),
            ),
            lambda _all: [CareTeamRow.of(m, c) for m, c in store.contacts.care_team(pid)],
            buttons=(
                SectionButton(
                    translate("PatientRecord", "Add from directory…"),
                    lambda _i, _r: team.add_member(),
                    needs_row=False,
                ),
                SectionButton(
                    translate("PatientRecord", "New contact…"),
                    lambda _i, _r: team.new_contact(),
                    needs_row=False,
                ),
                SectionButton(
                    translate("PatientRecord", "Edit contact…"),
                    lambda i, _r: team.edit_contact(i or 0),
                ),
                SectionButton(
                    translate("PatientRecord", "Remove from team"),
                    lambda _i, r: team.remove_member(r),
                ),
            ),
            empty_text=translate(
                "PatientRecord", "No physician, pharmacy or family contact recorded yet."
            ),
            open_row=lambda i, _r: team.edit_contact(i),
        ),
        SectionSpec(
            translate("PatientRecord", "Conditions"),
            (
                Column(
                    "description", translate("PatientRecord", "Condition"), width=36, stretch=True
                ),
                Column(
                    "status",
                    translate("PatientRecord", "Status"),
                    display.code_of(ConditionStatus),
                    width=10,
                ),
                Column("onset_date", translate("PatientRecord", "Since"), display.day, width=12),
                Column("code", translate("PatientRecord", "Code"), width=12),
            ),
            lambda show_all: [
                c
                for c in store.patients.conditions(pid)
                if show_all or c.status is ConditionStatus.ACTIVE
            ],
            buttons=simple(editors.conditions, translate("PatientRecord", "Add condition…")),
            show_all_label=translate("PatientRecord", "Show resolved"),
            emphasis=_muted_unless(ConditionStatus.ACTIVE),
            empty_text=translate("PatientRecord", "No conditions recorded."),
            open_row=on_row(editors.conditions, "edit"),
            delete_row=on_row(editors.conditions, "delete"),
        ),
        SectionSpec(
            translate("PatientRecord", "Allergies"),
            (
                Column("substance", translate("PatientRecord", "Substance"), width=22),
                Column("reaction", translate("PatientRecord", "Reaction"), width=24, stretch=True),
                Column(
                    "severity",
                    translate("PatientRecord", "Severity"),
                    display.code_of(AllergySeverity),
                    width=10,
                ),
                Column(
                    "criticality",
                    translate("PatientRecord", "Criticality"),
                    display.code_of(AllergyCriticality),
                    width=14,
                ),
                Column(
                    "status",
                    translate("PatientRecord", "Status"),
                    display.code_of(AllergyStatus),
                    width=10,
                ),
            ),
            lambda _all: store.patients.allergies(pid),
            buttons=(
                *simple(editors.allergies, translate("PatientRecord", "Add allergy…")),
                SectionButton(
                    translate("PatientRecord", "No known allergies…"),
                    lambda _i, _r: no_known_allergies(),
                    needs_row=False,
                ),
            ),
            emphasis=_muted_unless(AllergyStatus.ACTIVE),
            empty_text=translate("PatientRecord", "No allergies recorded."),
            open_row=on_row(editors.allergies, "edit"),
            delete_row=on_row(editors.allergies, "delete"),
        ),
        SectionSpec(
            translate("PatientRecord", "Medications"),
            (
                Column("name", translate("PatientRecord", "Medication"), width=24),
                Column("strength", translate("PatientRecord", "Strength"), width=12),
                Column("dose", translate("PatientRecord", "Dose"), width=12),
                Column("route", translate("PatientRecord", "Route"), width=10),
                Column("frequency", translate("PatientRecord", "Frequency"), width=18),
                Column("as_needed", translate("PatientRecord", "As needed"), display.yes, width=9),
                Column(
                    "status",
                    translate("PatientRecord", "Status"),
                    display.code_of(MedicationStatus),
                    width=9,
                ),
                Column(
                    "warning",
                    translate("PatientRecord", "Check"),
                    width=28,
                    badge=True,
                    stretch=True,
                ),
            ),
            # The list's own rows: each says what the medication checks found on it.
            lambda show_all: store.lists.list_records(
                "medications",
                ListQuery(patient_id=pid, filter="all" if show_all else "current", sort="name"),
                0,
                500,
            ),
            buttons=(
                SectionButton(
                    translate("PatientRecord", "Add medication…"),
                    lambda _i, _r: editors.medications.new(parent, pid),
                    needs_row=False,
                ),
                SectionButton(
                    translate("PatientRecord", "Edit…"),
                    lambda i, r: editors.medications.edit(parent, i or 0, r),
                ),
                SectionButton(
                    translate("PatientRecord", "Stop / hold / resume…"),
                    lambda i, r: team.menu(editors.medications, i, r),
                ),
                SectionButton(
                    translate("PatientRecord", "History…"),
                    lambda i, _r: editors.medications.show_history(parent, i or 0),
                ),
            ),
            show_all_label=translate("PatientRecord", "Show stopped"),
            emphasis=_muted_unless(MedicationStatus.ACTIVE, MedicationStatus.ON_HOLD),
            empty_text=translate("PatientRecord", "No current medications."),
            open_row=on_row(editors.medications, "edit"),
            delete_row=on_row(editors.medications, "delete"),
        ),
        SectionSpec(
            translate("PatientRecord", "Appointments"),
            (
                Column("start", translate("PatientRecord", "When"), display.day_and_time, width=22),
                Column(
                    "kind",
                    translate("PatientRecord", "Kind"),
                    display.code_of(AppointmentKind),
                    width=11,
                ),
                Column("purpose", translate("PatientRecord", "Purpose"), width=24, stretch=True),
                Column("with_whom", translate("PatientRecord", "With"), width=16),
                Column(
                    "transport",
                    translate("PatientRecord", "Transport"),
                    display.code_of(Transport),
                    width=10,
                ),
                Column(
                    "status",
                    translate("PatientRecord", "Status"),
                    display.code_of(AppointmentStatus),
                    width=9,
                ),
                Column("note", translate("PatientRecord", "Note"), width=30),
            ),
            lambda show_all: with_visit_notes(
                store,
                pid,
                store.lists.list_records(
                    "appointments",
                    ListQuery(
                        patient_id=pid,
                        filter="all" if show_all else "upcoming",
                        sort="start",
                        descending=show_all,
                    ),
                    0,
                    300,
                ),
            ),
            buttons=(
                SectionButton(
                    translate("PatientRecord", "New appointment…"),
                    lambda _i, _r: editors.appointments.new(parent, pid),
                    needs_row=False,
                ),
                SectionButton(
                    translate("PatientRecord", "Edit…"),
                    lambda i, r: editors.appointments.edit(parent, i or 0, r),
                ),
                SectionButton(
                    translate("PatientRecord", "Done / no-show / cancel…"),
                    lambda i, r: team.menu(editors.appointments, i, r),
                ),
                SectionButton(
                    translate("PatientRecord", "Document visit…"),
                    lambda _i, r: document_visit_of(parent, editors.appointments.caseload, r),
                ),
            ),
            show_all_label=translate("PatientRecord", "Show past visits"),
            emphasis=_muted_unless(AppointmentStatus.BOOKED, AppointmentStatus.DONE),
            empty_text=translate("PatientRecord", "No upcoming appointments."),
            open_row=on_row(editors.appointments, "edit"),
            delete_row=on_row(editors.appointments, "delete"),
        ),
        SectionSpec(
            translate("PatientRecord", "Tasks"),
            (
                Column("due_date", translate("PatientRecord", "Due"), display.day, width=12),
                Column("title", translate("PatientRecord", "Task"), width=34, stretch=True),
                Column(
                    "priority",
                    translate("PatientRecord", "Priority"),
                    display.code_of(TaskPriority),
                    width=9,
                ),
                Column(
                    "status",
                    translate("PatientRecord", "Status"),
                    display.code_of(TaskStatus),
                    width=9,
                ),
            ),
            lambda show_all: [
                t for t in store.tasks.tasks_for(pid) if show_all or t.status is TaskStatus.OPEN
            ],
            buttons=(
                SectionButton(
                    translate("PatientRecord", "Add task…"),
                    lambda _i, _r: editors.tasks.new(parent, pid),
                    needs_row=False,
                ),
                SectionButton(
                    translate("PatientRecord", "Edit…"),
                    lambda i, r: editors.tasks.edit(parent, i or 0, r),
                ),
                SectionButton(
                    translate("PatientRecord", "Mark done"),
                    lambda i, _r: editors.tasks.complete(parent, i or 0),
                ),
            ),
            show_all_label=translate("PatientRecord", "Show done and cancelled"),
            emphasis=_muted_unless(TaskStatus.OPEN),
            empty_text=translate("PatientRecord", "No open tasks."),
            open_row=on_row(editors.tasks, "edit"),
            delete_row=on_row(editors.tasks, "delete"),
        ),
        SectionSpec(
            translate("PatientRecord", "Notes"),
            (
                Column(
                    "written_at",
                    translate("PatientRecord", "Written"),
                    display.day_and_time,
                    width=22,
                ),
                Column(
                    "kind", translate("PatientRecord", "Kind"), display.code_of(NoteKind), width=9
                ),
                Column(
                    "original_start",
                    translate("PatientRecord", "Visit"),
                    display.day_and_time,
                    width=22,
                ),
                Column(
                    "text", translate("PatientRecord", "Note"), _first_line, width=50, stretch=True
                ),
            ),
            lambda _all: store.patients.notes_for(pid),
            buttons=simple(editors.notes, translate("PatientRecord", "Add note…")),
            empty_text=translate("PatientRecord", "No notes yet."),
            open_row=on_row(editors.notes, "edit"),
            delete_row=on_row(editors.notes, "delete"),
        ),
        _referrals_section(parent, store, pid, ReferralEditor(editors.tasks.caseload), team),
    ]


def _referrals_section(
    parent: QWidget, store: Store, pid: int, editor: ReferralEditor, team: CareTeamActions
) -> SectionSpec:
    """The patient's referrals: to whom, for what, sent, how it stands, when to follow up."""
    return SectionSpec(
        translate("PatientRecord", "Referrals"),
        (
            Column("sent_on", translate("PatientRecord", "Sent"), display.day, width=12),
            Column("to_whom", translate("PatientRecord", "To"), width=24),
            Column("reason", translate("PatientRecord", "For"), width=30, stretch=True),
            Column(
                "status",
                translate("PatientRecord", "Status"),
                display.code_of(ReferralStatus),
                width=10,
            ),
            Column("follow_up_on", translate("PatientRecord", "Follow up"), display.day, width=12),
        ),
        lambda show_all: store.referrals.referral_rows(pid, answered=show_all),
        buttons=(
            SectionButton(
                translate("PatientRecord", "Add referral…"),
                lambda _i, _r: editor.new(parent, pid),
                needs_row=False,
            ),
            SectionButton(
                translate("PatientRecord", "Edit…"), lambda i, r: editor.edit(parent, i or 0, r)
            ),
            SectionButton(
                translate("PatientRecord", "Accepted / declined / done…"),
                lambda i, r: team.menu(editor, i, r),
            ),
        ),
        show_all_label=translate("PatientRecord", "Show declined and done"),
        emphasis=_muted_unless(ReferralStatus.SENT, ReferralStatus.ACCEPTED),
        empty_text=translate(
            "PatientRecord", "No referrals open. Add one to send a patient to a service."
        ),
        open_row=lambda i, r: editor.edit(parent, i, r),
        delete_row=lambda i, r: editor.delete(parent, i, r),
    )


def _muted_unless(*current: Enum) -> Callable[[StatusRow[Enum]], Emphasis]:
    """Greyed unless the record's status is one of `current` (a stopped medication)."""

    def emphasis(row: StatusRow[Enum]) -> Emphasis:
        return Emphasis.NONE if row.status in current else Emphasis.MUTED

    return emphasis


def _first_line(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.split("\n", 1)[0][:200]
