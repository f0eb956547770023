"""A referral's form (to whom in the directory, for what, sent, status, follow-up) and its
editor: a new referral is sent with its follow-up task, an answer closes that task, each one
undoable step through the door."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from carebook.core.records import Referral
from carebook.core.referral_rules import check_referral
from carebook.core.vocabularies import ContactRole, ReferralStatus
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.store.referrals import ReferralRow
from carebook.ui.changes import referrals as referral_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.opening import run_form
from carebook.ui.forms.record_editor import RecordAction, attempt, confirm_delete
from carebook.ui.forms.record_form import RecordForm

REFERRAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "contact_id",
        QT_TRANSLATE_NOOP("RecordForm", "Referred to"),
        "contact",
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "A contact of the directory: a community resource, an agency, a clinic"
        ),
    ),
    FieldSpec(
        "reason",
        QT_TRANSLATE_NOOP("RecordForm", "For"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Meals at home on weekdays"),
    ),
    FieldSpec("sent_on", QT_TRANSLATE_NOOP("RecordForm", "Sent"), "date"),
    FieldSpec("status", QT_TRANSLATE_NOOP("RecordForm", "Status"), "choice", ReferralStatus),
    FieldSpec(
        "follow_up_on",
        QT_TRANSLATE_NOOP("RecordForm", "Follow up on"),
        "date",
        hint=QT_TRANSLATE_NOOP("RecordForm", "A task to follow it up is made for this day"),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text"),
)

#: Offered first in the list of whom to refer to: those a patient is usually referred to.
_REFERRED_TO_FIRST = (
    ContactRole.COMMUNITY_RESOURCE,
    ContactRole.AGENCY,
    ContactRole.THERAPIST,
    ContactRole.SOCIAL_WORKER,
    ContactRole.PHYSICIAN,
    ContactRole.NURSE_PRACTITIONER,
    ContactRole.PHARMACY,
)


#: The most contacts of each group the list offers (a directory of thousands stays quick).
_OFFERED = 2000


def directory_choices(store: Store) -> list[tuple[int, str]]:
    """(contact id, "Name — services (role)") of the directory: community resources first,
    then agencies, therapists, social workers, physicians, nurse practitioners and pharmacies,
    then everyone else (family, carers), each by name; read by role, so a directory of
    thousands of carers never crowds a service out."""
    first = {role: place for place, role in enumerate(_REFERRED_TO_FIRST)}
    services = store.contacts.with_roles(_REFERRED_TO_FIRST, limit=_OFFERED)
    services.sort(key=lambda c: (first.get(c.role, len(first)), c.name.casefold()))
    others = [c for c in store.contacts.directory(limit=_OFFERED) if c.role not in first]
    choices = []
    for contact in [*services, *others]:
        if contact.id is None:
            continue
        offers = f" — {contact.services}" if contact.services.strip() else ""
        choices.append((contact.id, f"{contact.name}{offers} ({contact.role.label})"))
    return choices


def referral_form(
    record: Referral,
    contacts: Sequence[tuple[int, str]],
    today: date,
    whose: str = "",
    parent: QWidget | None = None,
) -> RecordForm[Referral]:
    """The form of a referral of the patient named `whose`, offering `contacts` to refer to."""
    title = (
        translate("ReferralForm", "New referral")
        if record.id is None
        else translate("ReferralForm", "Edit referral")
    )
    return RecordForm(
        f"{title} — {whose}" if whose else title,
        REFERRAL_FIELDS,
        record,
        validate=lambda r: check_referral(r, today),
        pickers={"contact_id": contacts},
        parent=parent,
    )


class ReferralEditor(FormEditor[Referral, ReferralRow]):
    """A patient's referrals: sent (with the follow-up task), edited or answered (closing the
    task), withdrawn; each through the door as one undoable step."""

    def __init__(self, caseload: Caseload) -> None:
        self.store = store = caseload.store
        super().__init__(
            caseload,
            noun="referral",
            blank=self._blank_for,
            load=store.referrals.referral,
            form=self._open_form,
            describe=lambda r: translate("ReferralForm", "the referral for “%s”") % r.reason,
        )

    def _blank_for(self, patient_id: int | None) -> Referral | None:
        if patient_id is None:
            return None
        today = self.store.today()
        return Referral(
            patient_id=patient_id,
            reason="",
            sent_on=today,
            follow_up_on=today + timedelta(days=7),  # a week is the usual wait for an answer
        )

    def _open_form(self, record: Referral, parent: QWidget) -> Referral | None:
        patient = self.store.patients.patient(record.patient_id)
        whose = patient.display_name if patient is not None else ""
        form = referral_form(
            record, directory_choices(self.store), self.store.today(), whose, parent
        )
        return run_form(form)

    def new(self, parent: QWidget, patient_id: int | None) -> None:
        record = self._blank_for(patient_id)
        if record is None:
            return
        edited = self._open_form(record, parent)
        if edited is None:
            return
        attempt(
            parent,
            lambda: referral_changes.send_referral(
                self.caseload, translate("ReferralForm", "Send referral"), edited
            ),
        )

    def save_edit(self, parent: QWidget, record: Referral, edited: Referral) -> None:
        attempt(
            parent,
            lambda: referral_changes.save_referral(
                self.caseload, translate("ReferralForm", "Edit referral"), edited
            ),
        )

    def delete(self, parent: QWidget, record_id: int, row: ReferralRow) -> None:
        record = self.store.referrals.referral(record_id)
        if record is None or not confirm_delete(
            parent,
            self._describe(record),
            translate("ReferralForm", "Its follow-up task goes too while it is open."),
        ):
            return
        attempt(
            parent,
            lambda: referral_changes.withdraw_referral(
                self.caseload, translate("ReferralForm", "Delete referral"), record
            ),
        )

    def answer(self, parent: QWidget, record_id: int, status: ReferralStatus) -> None:
        """Mark the referral accepted, declined or done (an answer closes its follow-up)."""
        record = self.store.referrals.referral(record_id)
        if record is None or record.status is status:
            return
        record.status = status
        attempt(
            parent,
            lambda: referral_changes.save_referral(
                self.caseload,
                translate("ReferralForm", "Referral %s") % status.label.lower(),
                record,
            ),
        )

    def actions(self, parent: QWidget, record_id: int, row: ReferralRow) -> list[RecordAction]:
        return [
            RecordAction(
                translate("ReferralForm", "Mark %s") % status.label.lower(),
                functools.partial(self.answer, parent, record_id, status),
                row.status is not status,
            )
            for status in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.DONE)
        ]
