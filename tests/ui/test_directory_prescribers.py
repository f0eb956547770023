"""The medication form's Prescriber list offers prescribers: the patient's own physicians and
nurse practitioners first, then the directory's, never the caregiver; its Pharmacy list the
pharmacies."""

from __future__ import annotations

from typing import Any

from keyboard_driver import Answers, Key, press
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from test_patient_record import a_patient, open_record, push, section

from carebook.core.records import CareTeamMember, Contact
from carebook.core.vocabularies import ContactRole
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow


def _items(combo: Any) -> list[str]:
    assert isinstance(combo, QComboBox)
    return [combo.itemText(i) for i in range(1, combo.count())]  # after "(none)"


def test_the_prescriber_list_offers_prescribers_and_not_the_caregiver(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = a_patient(store)
    for member, _contact in store.contacts.care_team(patient_id):
        store.contacts.remove_from_care_team(patient_id, member.contact_id, member.role)
    added = {}
    for name, role, on_team in [
        ("Dr Amal Haddad", ContactRole.PHYSICIAN, True),
        ("Joan Byron", ContactRole.CAREGIVER, True),
        ("Zena Obi", ContactRole.NURSE_PRACTITIONER, True),
        ("Dr Aaron Abbott", ContactRole.PHYSICIAN, False),
        ("Aardvark Chemists", ContactRole.PHARMACY, False),
    ]:
        contact = store.contacts.add_contact(Contact(name=name, role=role))
        assert contact.id is not None
        added[name] = contact.id
        if on_team:
            store.contacts.add_to_care_team(
                CareTeamMember(patient_id=patient_id, contact_id=contact.id, role=role)
            )
    record = open_record(qtbot, window, caseload, patient_id)
    medications = section(qtbot, record, "Medications")
    offered: dict[str, list[str]] = {}

    def look(form: RecordForm[Any]) -> None:
        offered["prescriber"] = _items(form.editor("prescriber_id"))
        offered["pharmacy"] = _items(form.editor("pharmacy_id"))
        press(qtbot, Key.Key_Escape, inside=form)

    answers.expect(RecordForm, look, "New medication")
    push(qtbot, medications, "Add medication…")
    answers.check()
    prescribers = offered["prescriber"]
    assert set(prescribers[:2]) == {"Dr Amal Haddad (Physician)", "Zena Obi (Nurse practitioner)"}
    assert "Dr Aaron Abbott (Physician)" in prescribers[2:]
    assert not any("Joan Byron" in item for item in prescribers), "never the caregiver"
    assert all(item.endswith(("(Physician)", "(Nurse practitioner)")) for item in prescribers)
    assert "Aardvark Chemists (Pharmacy)" in offered["pharmacy"]
    assert all(item.endswith("(Pharmacy)") for item in offered["pharmacy"])
