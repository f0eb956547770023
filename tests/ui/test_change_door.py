"""Every write goes through the one door, which says what it touched; views reload only that."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from carebook.core.changes import Changes
from carebook.core.records import Allergy, Contact
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow


def test_an_allergy_added_is_told_as_the_patients_and_only_those_lists_reload(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    heard: list[Changes] = []
    caseload.changed.connect(heard.append)
    patients, _medications, _appointments, tasks = window.list_tabs
    for tab in window.list_tabs:
        tab.load()
        tab._stale = False

    def add() -> list[tuple[str, int]]:
        allergy = caseload.store.patients.add_allergy(Allergy(patient_id=3, substance="Latex"))
        assert allergy.id is not None
        return [("allergy", allergy.id)]

    changes = caseload.change("Add allergy", "allergy", add)
    assert heard == [changes]
    assert changes.touches("allergy") and changes.touches_patient(3)
    assert not changes.touches("task", "contact")
    assert patients._stale or patients.isVisible()  # shows allergies: told
    assert not tasks._stale  # shows none of it: left alone
    caseload.undo_stack.undo()
    assert heard[-1] == changes  # the undo tells the same


def test_a_directory_contact_is_nobodys_patient(caseload: Caseload) -> None:
    def add() -> list[tuple[str, int]]:
        contact = caseload.store.contacts.add_contact(Contact(name="Dr Okafor"))
        assert contact.id is not None
        return [("contact", contact.id)]

    changes = caseload.change("Add contact", "contact", add)
    assert changes.kinds == {"contact"} and not changes.patients
