"""New patient and Edit patient, driven by keyboard, against a patient already there: the same
name and date of birth (whatever the case and accents) or the same MRN shows who is there and
saves a second patient only on purpose; Escape and Return go back to the form and save nothing.
The helpers are those of the editing tests, repeated here because test modules are not a
package and cannot import one another."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from keyboard_driver import (
    CTRL,
    NONE,
    Answers,
    Key,
    activate,
    fill_form,
    form_steps,
    press,
    scalar,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.records import Patient
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record

BORN = date(1940, 3, 4)
ELISE = Patient(given="Élise", family="Nguyễn", birth_date=BORN, external_id="AB 123")


def shortcut(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE
) -> None:
    """A key pressed while the main window is in front: it goes to its focus widget."""
    activate(qtbot, window)
    press(qtbot, key, modifier, inside=window)


def open_patients(qtbot: QtBot, window: MainWindow) -> ListTab:
    """Ctrl+3: the Patients list."""
    shortcut(qtbot, window, Key.Key_3, CTRL)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, ListTab) and tab.spec.title == "Patients"
    return tab


def existing(store: Store) -> int:
    """Élise Nguyễn, born 4 March 1940, MRN AB 123: the patient already in the caseload."""
    patient = store.patients.add_patient(replace(ELISE))  # a copy: the store gives it an id
    assert patient.id is not None
    return patient.id


def count(store: Store) -> int:
    return int(scalar(store, "SELECT count(*) FROM patient"))


def duplicate_question(
    *words: str, then: Callable[[QMessageBox], None]
) -> Callable[[QMessageBox], None]:
    """Check the question names the patient there (and why), then answer it."""

    def respond(box: QMessageBox) -> None:
        assert box.windowTitle() == "Possible duplicate"
        for word in words:
            assert word in box.text(), (word, box.text())
        then(box)

    return respond


def key(qtbot: QtBot, pressed: Qt.Key, before: Callable[[], None] = lambda: None) -> Any:
    """Press `pressed` in a dialog, after `before` (which may expect the next dialog)."""

    def respond(dialog: Any) -> None:
        before()
        press(qtbot, pressed, inside=dialog)

    return respond


def typed(form: RecordForm[Any], name: str) -> str:
    editor = form.editor(name)
    assert isinstance(editor, QLineEdit)
    return editor.text()


def test_the_same_name_and_birth_date_in_other_case_and_accents_asks_and_escape_saves_nothing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    existing(store)
    before = count(store)
    open_patients(qtbot, window)
    kept: list[tuple[str, str, str]] = []

    def back_in_the_form(form: RecordForm[Any]) -> None:
        assert form.windowTitle() == "New patient"
        kept.append((typed(form, "given"), typed(form, "family"), typed(form, "birth_date")))
        press(qtbot, Key.Key_Escape, inside=form)

    answers.expect(
        RecordForm,
        fill_form(
            form_steps(
                qtbot, ("given", "elise"), ("family", "NGUYEN"), ("birth_date", "1940-03-04")
            ),
            "New patient",
        ),
    )
    answers.expect(
        QMessageBox,
        duplicate_question(
            "Élise Nguyễn",
            "born 04 Mar 1940",
            "MRN AB 123",
            "same name and date of birth",
            then=key(
                qtbot,
                Key.Key_Escape,
                lambda: answers.expect(RecordForm, back_in_the_form, "the form again"),
            ),
        ),
    )
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.settle(qtbot)
    assert kept == [("elise", "NGUYEN", "1940-03-04")], "the form came back with what was typed"
    assert count(store) == before, "Escape saved nothing"


def test_return_on_the_question_goes_back_to_the_form_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    existing(store)
    before = count(store)
    open_patients(qtbot, window)
    answers.expect(
        RecordForm,
        fill_form(form_steps(qtbot, ("given", "Zoe"), ("external_id", "ab123")), "New patient"),
    )
    answers.expect(
        QMessageBox,
        duplicate_question(
            "Élise Nguyễn",
            "same MRN",
            then=key(
                qtbot,
                Key.Key_Return,
                lambda: answers.expect(
                    RecordForm, key(qtbot, Key.Key_Escape), "the form after Return"
                ),
            ),
        ),
    )
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.settle(qtbot)
    assert count(store) == before


def test_the_same_mrn_saves_a_second_patient_only_with_save_anyway(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    elise_id = existing(store)
    last = scalar(store, "SELECT max(id) FROM patient")
    open_patients(qtbot, window)
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(qtbot, ("given", "Zoe"), ("family", "Ng"), ("external_id", "ab 123")),
            "New patient",
        ),
    )
    answers.expect(
        QMessageBox,
        duplicate_question("Élise Nguyễn", "MRN AB 123", "same MRN", then=key(qtbot, Key.Key_S)),
    )
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.settle(qtbot)
    added = store.conn.execute(
        "SELECT given, family, external_id FROM patient WHERE id > ?", [last]
    ).fetchall()
    assert added == [("Zoe", "Ng", "ab 123")], "a second patient, on purpose"
    assert store.patients.patient(elise_id) == replace(ELISE, id=elise_id), "left as it was"


def test_a_different_birth_date_is_saved_without_a_question(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    existing(store)
    last = scalar(store, "SELECT max(id) FROM patient")
    open_patients(qtbot, window)
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(
                qtbot, ("given", "Élise"), ("family", "Nguyễn"), ("birth_date", "1940-03-05")
            ),
            "New patient",
        ),
    )
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.settle(qtbot)
    added = store.conn.execute(
        "SELECT given, family, birth_date FROM patient WHERE id > ?", [last]
    ).fetchall()
    assert added == [("Élise", "Nguyễn", "1940-03-05")]


def test_open_their_record_opens_the_patient_there_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    elise_id = existing(store)
    before = count(store)
    open_patients(qtbot, window)
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(
                qtbot, ("given", "Elise"), ("family", "Nguyen"), ("birth_date", "1940-03-04")
            ),
            "New patient",
        ),
    )
    answers.expect(QMessageBox, duplicate_question("Élise Nguyễn", then=key(qtbot, Key.Key_O)))
    shortcut(qtbot, window, Key.Key_N, CTRL)
    answers.settle(qtbot)
    assert count(store) == before
    record = patient_record._OPEN.get(elise_id)
    assert record is not None and record.isVisible()
    assert record.name.text() == "Élise Nguyễn"


def test_an_edit_that_makes_a_duplicate_asks_and_saves_only_on_purpose(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    existing(store)
    other = int(scalar(store, "SELECT id FROM patient WHERE status = 'active' ORDER BY id"))
    unchanged = store.patients.patient(other)
    assert unchanged is not None
    patient_record.open_record(caseload, other, window)
    record = patient_record._OPEN[other]
    qtbot.waitExposed(record)
    activate(qtbot, record)
    steps = form_steps(
        qtbot, ("given", "Elise"), ("family", "Nguyen"), ("birth_date", "1940-03-04")
    )

    answers.expect(RecordForm, fill_form(steps, "Edit patient"))
    answers.expect(
        QMessageBox,
        duplicate_question(
            "Élise Nguyễn",
            "same name and date of birth",
            then=key(
                qtbot,
                Key.Key_Escape,
                lambda: answers.expect(RecordForm, key(qtbot, Key.Key_Escape), "edit again"),
            ),
        ),
    )
    press(qtbot, Key.Key_F2, inside=record)
    answers.settle(qtbot)
    assert store.patients.patient(other) == unchanged, "Escape saved nothing"

    activate(qtbot, record)
    answers.expect(RecordForm, fill_form(steps, "Edit patient"))
    answers.expect(
        QMessageBox, duplicate_question("same name and date of birth", then=key(qtbot, Key.Key_S))
    )
    press(qtbot, Key.Key_F2, inside=record)
    answers.settle(qtbot)
    saved = store.patients.patient(other)
    assert saved is not None
    assert (saved.given, saved.family, saved.birth_date) == ("Elise", "Nguyen", BORN)

    # Now that it is saved on purpose, an edit of something else asks nothing.
    activate(qtbot, record)
    answers.expect(RecordForm, fill_form(form_steps(qtbot, ("phone", "0113 496 0777"))))
    press(qtbot, Key.Key_F2, inside=record)
    answers.settle(qtbot)
    saved = store.patients.patient(other)
    assert saved is not None and saved.phone == "0113 496 0777"
