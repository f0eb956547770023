"""A patient's record window, section by section: what each lists, its columns, its buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carebook.core import display
from carebook.core.list_columns import Column
from carebook.core.records import Allergy, CareTeamMember, Condition, Contact, Note
from carebook.core.views import ListQuery
from carebook.core.vocabularies import (
    AllergyStatus,
    AppointmentStatus,
    ConditionStatus,
    ContactRole,
    MedicationStatus,
    ReferralStatus,
    TaskStatus,
)
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


def _tr(text: str) -> str:
    # The record window's own context, so its translations stay where they were.
    return QCoreApplication.translate("PatientRecord", text)


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

    def simple(editor: FormEditor[Any, object], noun: str) -> tuple[SectionButton, ...]:
        return (
            SectionButton(
                _tr("Add %s…") % noun, lambda _i, _r: editor.new(parent, pid), needs_row=False
            ),
            SectionButton(_tr("Edit…"), lambda i, r: editor.edit(parent, i or 0, r)),
            SectionButton(_tr("Delete…"), lambda i, r: editor.delete(parent, i or 0, r)),
        )

    def on_row(editor: Any, how: str) -> Any:
        return lambda i, r: getattr(editor, how)(parent, i, r)

    return [
        SectionSpec(
            _tr("Care team"),
            (
                Column("role", _tr("Role"), display.code, width=18),
                Column("name", _tr("Name"), width=24),
                Column("organization", _tr("Organisation"), width=24),
                Column("phone", _tr("Phone"), width=15),
                Column("emergency", _tr("Emergency"), display.yes, width=10, stretch=True),
            ),
            lambda _all: [CareTeamRow.of(m, c) for m, c in store.contacts.care_team(pid)],
            buttons=(
                SectionButton(
                    _tr("Add from directory…"),
                    lambda _i, _r: team.add_member(),
                    needs_row=False,
                ),
                SectionButton(
                    _tr("New contact…"), lambda _i, _r: team.new_contact(), needs_row=False
                ),
                SectionButton(_tr("Edit contact…"), lambda i, _r: team.edit_contact(i or 0)),
                SectionButton(_tr("Remove from team"), lambda _i, r: team.remove_member(r)),
            ),
            empty_text=_tr("No physician, pharmacy or family contact recorded yet."),
            open_row=lambda i, _r: team.edit_contact(i),
        ),
        SectionSpec(
            _tr("Conditions"),
            (
                Column("description", _tr("Condition"), width=36, stretch=True),
                Column("status", _tr("Status"), display.code, width=10),
                Column("onset_date", _tr("Since"), display.day, width=12),
                Column("code", _tr("Code"), width=12),
            ),
            lambda show_all: [
                c
                for c in store.patients.conditions(pid)
                if show_all or c.status is ConditionStatus.ACTIVE
            ],
            buttons=simple(editors.conditions, _tr("condition")),
            show_all_label=_tr("Show resolved"),
            emphasis=_muted_unless(ConditionStatus.ACTIVE),
            empty_text=_tr("No conditions recorded."),
            open_row=on_row(editors.conditions, "edit"),
            delete_row=on_row(editors.conditions, "delete"),
        ),
        SectionSpec(
            _tr("Allergies"),
            (
                Column("substance", _tr("Substance"), width=22),
                Column("reaction", _tr("Reaction"), width=24, stretch=True),
                Column("severity", _tr("Severity"), display.code, width=10),
                Column("criticality", _tr("Criticality"), display.code, width=14),
                Column("status", _tr("Status"), display.code, width=10),
            ),
            lambda _all: store.patients.allergies(pid),
            buttons=(
                *simple(editors.allergies, _tr("allergy")),
                SectionButton(
                    _tr("No known allergies…"),
                    lambda _i, _r: no_known_allergies(),
                    needs_row=False,
                ),
            ),
            emphasis=_muted_unless(AllergyStatus.ACTIVE),
            empty_text=_tr("No allergies recorded."),
            open_row=on_row(editors.allergies, "edit"),
            delete_row=on_row(editors.allergies, "delete"),
        ),
        SectionSpec(
            _tr("Medications"),
            (
                Column("name", _tr("Medication"), width=24),
                Column("strength", _tr("Strength"), width=12),
                Column("dose", _tr("Dose"), width=12),
                Column("route", _tr("Route"), width=10),
                Column("frequency", _tr("Frequency"), width=18),
                Column("as_needed", _tr("As needed"), display.yes, width=9),
                Column("status", _tr("Status"), display.code, width=9),
                Column("warning", _tr("Check"), width=28, badge=True, stretch=True),
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
                    _tr("Add medication…"),
                    lambda _i, _r: editors.medications.new(parent, pid),
                    needs_row=False,
                ),
                SectionButton(
                    _tr("Edit…"), lambda i, r: editors.medications.edit(parent, i or 0, r)
                ),
                SectionButton(
                    _tr("Stop / hold / resume…"),
                    lambda i, r: team.menu(editors.medications, i, r),
                ),
                SectionButton(
                    _tr("History…"),
                    lambda i, _r: editors.medications.show_history(parent, i or 0),
                ),
            ),
            show_all_label=_tr("Show stopped"),
            emphasis=_muted_unless(MedicationStatus.ACTIVE, MedicationStatus.ON_HOLD),
            empty_text=_tr("No current medications."),
            open_row=on_row(editors.medications, "edit"),
            delete_row=on_row(editors.medications, "delete"),
        ),
        SectionSpec(
            _tr("Appointments"),
            (
                Column("start", _tr("When"), display.day_and_time, width=22),
                Column("kind", _tr("Kind"), display.code, width=11),
                Column("purpose", _tr("Purpose"), width=24, stretch=True),
                Column("with_whom", _tr("With"), width=16),
                Column("transport", _tr("Transport"), display.code, width=10),
                Column("status", _tr("Status"), display.code, width=9),
                Column("note", _tr("Note"), width=30),
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
                    _tr("New appointment…"),
                    lambda _i, _r: editors.appointments.new(parent, pid),
                    needs_row=False,
                ),
                SectionButton(
                    _tr("Edit…"), lambda i, r: editors.appointments.edit(parent, i or 0, r)
                ),
                SectionButton(
                    _tr("Done / no-show / cancel…"),
                    lambda i, r: team.menu(editors.appointments, i, r),
                ),
                SectionButton(
                    _tr("Document visit…"),
                    lambda _i, r: document_visit_of(parent, editors.appointments.caseload, r),
                ),
            ),
            show_all_label=_tr("Show past visits"),
            emphasis=_muted_unless(AppointmentStatus.BOOKED, AppointmentStatus.DONE),
            empty_text=_tr("No upcoming appointments."),
            open_row=on_row(editors.appointments, "edit"),
            delete_row=on_row(editors.appointments, "delete"),
        ),
        SectionSpec(
            _tr("Tasks"),
            (
                Column("due_date", _tr("Due"), display.day, width=12),
                Column("title", _tr("Task"), width=34, stretch=True),
                Column("priority", _tr("Priority"), display.code, width=9),
                Column("status", _tr("Status"), display.code, width=9),
            ),
            lambda show_all: [
                t for t in store.tasks.tasks_for(pid) if show_all or t.status is TaskStatus.OPEN
            ],
            buttons=(
                SectionButton(
                    _tr("Add task…"),
                    lambda _i, _r: editors.tasks.new(parent, pid),
                    needs_row=False,
                ),
                SectionButton(_tr("Edit…"), lambda i, r: editors.tasks.edit(parent, i or 0, r)),
                SectionButton(
                    _tr("Mark done"), lambda i, _r: editors.tasks.complete(parent, i or 0)
                ),
            ),
            show_all_label=_tr("Show done and cancelled"),
            emphasis=_muted_unless(TaskStatus.OPEN),
            empty_text=_tr("No open tasks."),
            open_row=on_row(editors.tasks, "edit"),
            delete_row=on_row(editors.tasks, "delete"),
        ),
        SectionSpec(
            _tr("Notes"),
            (
                Column("written_at", _tr("Written"), display.day_and_time, width=22),
                Column("kind", _tr("Kind"), display.code, width=9),
                Column("original_start", _tr("Visit"), display.day_and_time, width=22),
                Column("text", _tr("Note"), _first_line, width=50, stretch=True),
            ),
            lambda _all: store.patients.notes_for(pid),
            buttons=simple(editors.notes, _tr("note")),
            empty_text=_tr("No notes yet."),
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
        _tr("Referrals"),
        (
            Column("sent_on", _tr("Sent"), display.day, width=12),
            Column("to_whom", _tr("To"), width=24),
            Column("reason", _tr("For"), width=30, stretch=True),
            Column("status", _tr("Status"), display.code, width=10),
            Column("follow_up_on", _tr("Follow up"), display.day, width=12),
        ),
        lambda show_all: store.referrals.referral_rows(pid, answered=show_all),
        buttons=(
            SectionButton(
                _tr("Add referral…"), lambda _i, _r: editor.new(parent, pid), needs_row=False
            ),
            SectionButton(_tr("Edit…"), lambda i, r: editor.edit(parent, i or 0, r)),
            SectionButton(_tr("Accepted / declined / done…"), lambda i, r: team.menu(editor, i, r)),
        ),
        show_all_label=_tr("Show declined and done"),
        emphasis=_muted_unless(ReferralStatus.SENT, ReferralStatus.ACCEPTED),
        empty_text=_tr("No referrals open. Add one to send a patient to a service."),
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
