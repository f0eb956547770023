"""The Directory's contacts: new, open (the contact's form, with the patients it serves named),
delete, and each patient it serves opened from the row's menu; each change through the door."""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carebook.core.list_rows import DirectoryRow
from carebook.core.records import Contact
from carebook.core.vocabularies import ContactRole
from carebook.core.words import translate
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.opening import run_form
from carebook.ui.forms.record_editor import RecordAction, attempt, confirm_delete

#: The most patients a contact's form names, and its row's menu offers to open.
NAMED = 12


def serves_text(patients: list[tuple[int, str]]) -> str:
    """ "Serves 3 patients: Ada Byron, …": whose care teams the contact is on."""
    if not patients:
        return translate("Directory", "Not on any patient's care team yet.")
    names = ", ".join(name for _id, name in patients[:NAMED])
    more = len(patients) - NAMED
    if more > 0:
        names += translate("Directory", " and %s more") % more
    if len(patients) == 1:
        return translate("Directory", "Serves 1 patient: %s") % names
    return translate("Directory", "Serves %s patients: %s") % (len(patients), names)


class DirectoryEditor(FormEditor[Contact, DirectoryRow]):
    """A contact of the shared directory, from the Directory list."""

    def __init__(self, caseload: Caseload) -> None:
        self.store = store = caseload.store
        super().__init__(
            caseload,
            noun="contact",
            blank=lambda _patient: Contact(name="", role=ContactRole.COMMUNITY_RESOURCE),
            load=store.contacts.contact,
            form=self._open_form,
            describe=lambda contact: contact.name,
        )

    def _open_form(self, record: Contact, parent: QWidget) -> Contact | None:
        form = forms.contact_form(record, parent)
        if record.id is not None:
            serves = QLabel(serves_text(self.store.contacts.patients_served(record.id)), form)
            serves.setWordWrap(True)
            serves.setAccessibleName(translate("Directory", "Patients it serves"))
            layout = form.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, serves)
        return run_form(form)

    def delete(self, parent: QWidget, record_id: int, row: DirectoryRow) -> None:
        record = self.store.contacts.contact(record_id)
        if record is None:
            return
        served = len(self.store.contacts.patients_served(record_id))
        consequence = (
            translate("Directory", "It leaves the care team of %s patients.") % served
            if served
            else ""
        )
        if not confirm_delete(parent, record.name, consequence):
            return
        attempt(
            parent, lambda: self.caseload.remove(record, translate("Directory", "Delete contact"))
        )

    def actions(self, parent: QWidget, record_id: int, row: DirectoryRow) -> list[RecordAction]:
        """Each patient the contact serves, to open their record."""
        return [
            RecordAction(
                translate("Directory", "Open %s's record") % name,
                functools.partial(self.caseload.record_wanted.emit, patient_id, parent),
            )
            for patient_id, name in self.store.contacts.patients_served(record_id)[:NAMED]
        ]
