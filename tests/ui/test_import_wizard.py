"""File → Import…: a spreadsheet or FHIR files through the wizard, into a real caseload file."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from keyboard_driver import ALT, CTRL, SHIFT, Answers, Key, activate, focused, press, scalar
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from carebook.core.errors import SaveError
from carebook.core.records import Patient
from carebook.interop.spreadsheet.columns import IGNORE, ImportKind
from carebook.interop.spreadsheet.plan import DuplicateChoice, ImportCancelled, ImportPlan
from carebook.store.caseload import Store
from carebook.store.imports import Imports
from carebook.ui.commands import Caseload
from carebook.ui.import_wizard import import_check, import_columns, import_file_page
from carebook.ui.import_wizard.import_check import CheckPage
from carebook.ui.import_wizard.import_models import (
    BATCH,
    AcceptedModel,
    DuplicatesModel,
    ProblemsModel,
    preview_columns,
)
from carebook.ui.import_wizard.import_state import PAGE_CHECK, PAGE_COLUMNS, PAGE_FHIR, PAGE_FILE
from carebook.ui.import_wizard.import_wizard import ImportWizard
from carebook.ui.main_window import MainWindow
from carebook.ui.safety.auto_lock import LockCover

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SYNTHEA = FIXTURES / "synthea" / "patients.csv"
IMPORT = FIXTURES / "import"
FHIR = FIXTURES / "fhir"
NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Caseload]:
    """An empty caseload file of its own."""
    store = Store.open(tmp_path / "c.sqlite3")
    yield Caseload(store)
    store.close()


def _wizard(
    qtbot: QtBot, caseload: Caseload, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportWizard:
    """The wizard on screen, with `path` chosen through its Choose… button."""
    wizard = ImportWizard(caseload)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    asked: list[str] = []

    def chosen(_parent: object, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [str(path)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert asked, "the file dialog was asked for"
    return wizard


def _click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    """Click a button of the wizard; after Import, wait while the rows are written."""
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{button.text()} is not available"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.check_page.writing.running(), timeout=10_000)


def _tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its box, as a user does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next from the columns page, then wait for the check to finish."""
    _click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: not wizard.check_page.running(), timeout=5000)
    assert wizard.currentId() == PAGE_CHECK


def _patients(store: Store) -> list[Patient]:
    ids = [row[0] for row in store.conn.execute("SELECT id FROM patient ORDER BY id")]
    found = [store.patients.patient(patient_id) for patient_id in ids]
    return [patient for patient in found if patient is not None]


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- a spreadsheet, start to finish ---------------------------------------------------------------


def test_the_synthea_patients_land_and_every_tab_hears_of_it(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, fresh, SYNTHEA, monkeypatch)
    assert "UTF-8, comma-separated; 25 columns, about 40 rows" in wizard.file_page.found.text()
    _click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_COLUMNS
    chosen = {
        header: combo.currentData()
        for header, combo in zip(
            wizard.state.source.header, wizard.columns_page.combos, strict=True
        )
    }  # type: ignore[union-attr]
    assert (chosen["FIRST"], chosen["LAST"], chosen["ZIP"], chosen["SSN"]) == (
        "given",
        "family",
        "postal_code",
        IGNORE,
    )
    _checked(qtbot, wizard)
    assert "40</b> rows read" in wizard.check_page.counts.text()
    assert wizard.check_page.outcome.text() == "Import will add 40 patients."
    heard: list[str] = []
    fresh.changed.connect(heard.append)
    with qtbot.waitSignal(fresh.status_message) as said:
        _click(qtbot, wizard, FINISH)
    assert said.args == ["Imported from patients.csv: 40 patients added."]
    assert [changes.everything for changes in heard] == [True] and not wizard.isVisible()
    patients = _patients(fresh.store)
    assert len(patients) == 40
    first = patients[0]
    assert (first.given, first.family, first.birth_date, first.postal_code) == (
        "Marcell728",
        "VonRueden376",
        date(2006, 9, 6),
        "LA4",
    )
    assert scalar(fresh.store, "SELECT count(*) FROM audit_log WHERE action = 'import'") == 1
    # The folder is offered again next time, and is never written into the settings.
    assert import_file_page.import_folder() == SYNTHEA.parent
    assert not any(
        str(SYNTHEA.parent) in str(QSettings().value(key)) for key in QSettings().allKeys()
    )


def test_changing_a_column_changes_what_lands(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, fresh, SYNTHEA, monkeypatch)
    _click(qtbot, wizard, NEXT)
    columns = wizard.columns_page
    columns.choose("FIRST", IGNORE)
    columns.choose("LAST", IGNORE)
    assert not wizard.button(NEXT).isEnabled()  # no names: refused inline, saying what to do
    assert "Choose the column with the patients' names" in columns.mapping_message.text()
    columns.choose("LAST", "family")
    columns.choose("MAIDEN", "given")
    columns.choose("CITY", IGNORE)
    columns.choose("COUNTY", "city")
    columns.choose("SSN", "external_id")  # takes the MRN from Id: one column per field
    assert "Two columns are imported as MRN" in columns.mapping_message.text()
    columns.choose("Id", IGNORE)
    assert columns.mapping_message.text() == ""
    _checked(qtbot, wizard)
    _click(qtbot, wizard, FINISH)
    first = _patients(fresh.store)[0]
    assert (first.given, first.family, first.city, first.external_id) == (
        "",
        "VonRueden376",
        "Lancashire",
        "999-52-7304",
    )
    assert _patients(fresh.store)[1].given == ""  # MAIDEN empty on that row


@pytest.mark.parametrize(
    ("order", "born"),
    [
        ("day", [date(1941, 4, 3), date(1936, 12, 11), date(1945, 2, 1)]),
        ("month", [date(1941, 3, 4), date(1936, 11, 12), date(1945, 1, 2)]),
    ],
)
def test_ambiguous_dates_are_asked_and_the_answer_decides(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, order: str, born: list[date]
) -> None:
    wizard = _wizard(qtbot, fresh, IMPORT / "patients_ambiguous_dates.csv", monkeypatch)
    _click(qtbot, wizard, NEXT)
    columns = wizard.columns_page
    assert columns.dates.isVisible()
    assert "03/04/1941" in columns.dates_text.text()
    assert columns.day_first.text().endswith("03/04/1941 is 3 April 1941")
    assert columns.month_first.text().endswith("03/04/1941 is 4 March 1941")
    assert not wizard.button(NEXT).isEnabled()  # an answer is needed
    button = columns.day_first if order == "day" else columns.month_first
    _tick(qtbot, button)
    assert button.isChecked()
    _checked(qtbot, wizard)
    _click(qtbot, wizard, FINISH)
    patients = _patients(fresh.store)
    assert [patient.birth_date for patient in patients] == born
    assert [patient.postal_code for patient in patients] == ["02134", "01002", "00501"]


def test_dates_the_columns_page_had_no_time_to_read_are_asked_after_the_check(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a file too long to read while the columns are chosen, the check finds the question
    and the wizard comes back to the columns page to ask it."""

    def no_time(*_args: object, **_options: object) -> object:
        raise ImportCancelled

    monkeypatch.setattr(import_columns, "find_date_order", no_time)
    wizard = _wizard(qtbot, fresh, IMPORT / "patients_ambiguous_dates.csv", monkeypatch)
    _click(qtbot, wizard, NEXT)
    columns = wizard.columns_page
    assert not columns.dates.isVisible() and wizard.button(NEXT).isEnabled()
    _click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_COLUMNS, timeout=5000)
    assert columns.dates.isVisible() and "03/04/1941" in columns.dates_text.text()
    assert not wizard.button(NEXT).isEnabled()
    _tick(qtbot, columns.month_first)
    _checked(qtbot, wizard)
    _click(qtbot, wizard, FINISH)
    assert _patients(fresh.store)[0].birth_date == date(1941, 3, 4)


def test_invalid_rows_block_the_import_until_left_out(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, fresh, IMPORT / "patients_bad_rows.csv", monkeypatch)
    _click(qtbot, wizard, NEXT)
    _checked(qtbot, wizard)
    page = wizard.check_page
    assert not wizard.button(FINISH).isEnabled()
    assert "6 rows cannot be imported" in page.outcome.text()
    assert page.tabs.currentWidget() is page.problems_view  # shown first: what is wrong
    problems = page.problems_view.model()  # type: ignore[union-attr]
    shown = [
        (problems.index(row, 0).data(), problems.index(row, 1).data())
        for row in range(problems.rowCount())
    ]
    assert shown == [
        ("3", "Date of Birth"),
        ("4", "Date of Birth"),
        ("5", "(the whole row)"),
        ("6", "(the whole row)"),
        ("7", "Date of Birth"),
        ("8", "First Name"),
    ]
    assert "'31/02/1950' is not a real calendar date" in problems.index(0, 2).data()
    assert "4 cells but the header has 5" in problems.index(2, 2).data()
    _tick(qtbot, page.leave_out)
    assert page.leave_out.isChecked() and wizard.button(FINISH).isEnabled()
    assert page.outcome.text() == (
        "Import will add 2 patients and leave out 6 rows that cannot be imported."
    )
    with qtbot.waitSignal(fresh.status_message) as said:
        _click(qtbot, wizard, FINISH)
    assert said.args == [
        "Imported from patients_bad_rows.csv: 2 patients added, 6 rows that "
        "cannot be imported left out."
    ]
    assert [(p.given, p.family, p.phone, p.external_id) for p in _patients(fresh.store)] == [
        ("Ruth", "Abernathy", "555-0101", "A001"),
        ("Walter", "Grady", "555-0108", "A008"),
    ]


@pytest.mark.parametrize("choice", ["skip", "merge", "add", "merge one"])
def test_duplicates_are_skipped_merged_or_added(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, choice: str
) -> None:
    store = fresh.store
    ruth = store.patients.add_patient(
        Patient(given="Ruth", family="Abernathy", birth_date=date(1941, 3, 4))
    )
    path = _csv(
        tmp_path / "dups.csv",
        "First name,Last name,DOB,Phone",
        "Ruth,Abernathy,04/03/1941,555-0101",
        "Harold,Bixby,25/12/1936,555-0102",
        "Harold,Bixby,25/12/1936,555-0199",
    )
    wizard = _wizard(qtbot, fresh, path, monkeypatch)
    _click(qtbot, wizard, NEXT)
    assert wizard.columns_page.order_note.text() == (
        "Dates are read as day/month/year, as '25/12/1936' on row 3 shows."
    )
    _checked(qtbot, wizard)
    page = wizard.check_page
    model = page.duplicates
    assert model is not None and page.tabs.currentIndex() == import_check.TAB_DUPLICATES
    assert [model.index(row, 2).data() for row in range(model.rowCount())] == [
        "Abernathy, Ruth (born 1941-03-04)",
        "repeats row 3 of this file",
    ]
    assert page.outcome.text() == (
        "Import will add 1 patient, skip 1 row like a patient already in the caseload"
        " and skip 1 row that repeats an earlier row."
    )
    assert "<b>1</b> look like patients already in the caseload" in page.counts.text()
    assert "<b>1</b> repeat an earlier row" in page.counts.text()
    if choice == "merge one":  # the list open on Ruth's row, as the user picks from it
        lists = [
            combo
            for combo in page.duplicates_view.findChildren(QComboBox)  # type: ignore[union-attr]
            if combo.isVisible()
        ]
        assert len(lists) == 2
        lists[0].setCurrentIndex(lists[0].findData(DuplicateChoice.MERGE.value))
        lists[0].activated.emit(lists[0].currentIndex())
        assert model.choices == {2: DuplicateChoice.MERGE, 4: DuplicateChoice.SKIP}
    elif choice != "skip":
        which = DuplicateChoice.MERGE if choice == "merge" else DuplicateChoice.ADD
        qtbot.mouseClick(page.all_buttons[which], Qt.MouseButton.LeftButton)
        assert set(model.choices.values()) == {which}
        shown = {
            combo.currentData()
            for combo in page.duplicates_view.findChildren(  # type: ignore[union-attr]
                QComboBox
            )
            if combo.isVisible()
        }
        assert shown == {which.value}  # the open lists follow
    _click(qtbot, wizard, FINISH)
    patients = [(p.given, p.family, p.phone) for p in _patients(store)]
    if choice == "skip":
        assert patients == [("Ruth", "Abernathy", ""), ("Harold", "Bixby", "555-0102")]
    elif choice in ("merge", "merge one"):
        assert patients == [("Ruth", "Abernathy", "555-0101"), ("Harold", "Bixby", "555-0102")]
        assert ruth.id == store.patients.find_patients("Abernathy")[0][0]
    else:
        assert patients == [
            ("Ruth", "Abernathy", ""),
            ("Ruth", "Abernathy", "555-0101"),
            ("Harold", "Bixby", "555-0102"),
            ("Harold", "Bixby", "555-0199"),
        ]


# -- cancel, refusals, bad files ------------------------------------------------------------------


def test_cancel_during_the_check_writes_nothing_and_keeps_the_choices(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "many.csv", "Given,Family,ZIP", *(f"G{n},F{n},{n:05d}" for n in range(1_200))
    )
    real = import_check.plan_import
    held: list[bool] = []

    def slow(
        *args: Any,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
        **options: Any,
    ) -> ImportPlan:
        """The real check, held at its first progress report until Cancel check is pressed."""

        def report(done: int, total: int) -> None:
            progress(done, total)
            if not held:
                held.append(True)
                deadline = time.monotonic() + 5
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.005)

        return real(*args, progress=progress if held else report, cancelled=cancelled, **options)

    monkeypatch.setattr(import_check, "plan_import", slow)
    wizard = _wizard(qtbot, fresh, path, monkeypatch)
    _click(qtbot, wizard, NEXT)
    wizard.columns_page.choose("ZIP", IGNORE)
    _click(qtbot, wizard, NEXT)
    page = wizard.check_page
    qtbot.waitUntil(lambda: page.progress.value() == 500, timeout=5000)
    assert page.progress.maximum() == 1_200 and page.running()
    assert "Checked 500 of about 1,200 rows" in page.progress_label.text()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_COLUMNS, timeout=5000)
    assert not page.running() and wizard.state.plan is None
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 0
    assert wizard.columns_page.mapping() == {0: "given", 1: "family"}  # as the user left it
    _checked(qtbot, wizard)  # checked again, to the end this time
    _click(qtbot, wizard, FINISH)
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 1_200
    assert scalar(fresh.store, "SELECT count(*) FROM patient WHERE postal_code != ''") == 0


def test_closing_the_wizard_during_the_check_stops_it(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "many.csv", "Given,Family", *(f"G{n},F{n}" for n in range(600)))
    real = import_check.plan_import

    def slow(*args: Any, cancelled: Callable[[], bool], **options: Any) -> ImportPlan:
        deadline = time.monotonic() + 5
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.005)
        return real(*args, cancelled=cancelled, **options)

    monkeypatch.setattr(import_check, "plan_import", slow)
    wizard = _wizard(qtbot, fresh, path, monkeypatch)
    _click(qtbot, wizard, NEXT)
    _click(qtbot, wizard, NEXT)
    assert wizard.check_page.running()
    started = time.monotonic()
    press(qtbot, Key.Key_Escape, inside=wizard)
    assert not wizard.isVisible() and not wizard.check_page.running()
    assert time.monotonic() - started < 2
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 0


def test_a_refused_write_keeps_the_wizard_open_with_every_choice(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    wizard = _wizard(qtbot, fresh, IMPORT / "patients_zeros.csv", monkeypatch)
    _click(qtbot, wizard, NEXT)
    wizard.columns_page.choose("Gender", IGNORE)
    _checked(qtbot, wizard)
    real = Imports.apply_import

    def full(*_args: object) -> object:
        raise SaveError("The disk is full: the change was not saved.")

    monkeypatch.setattr(Imports, "apply_import", full)

    def read(box: QMessageBox) -> None:
        assert "Nothing was imported" in box.text() and "The disk is full" in box.text()
        press(qtbot, Key.Key_Return, inside=box)

    answers.expect(QMessageBox, read)
    _click(qtbot, wizard, FINISH)
    answers.settle(qtbot)
    assert wizard.isVisible() and wizard.currentId() == PAGE_CHECK
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 0
    monkeypatch.setattr(Imports, "apply_import", real)
    activate(qtbot, wizard)
    _click(qtbot, wizard, FINISH)  # the disk has room again: the same import, as chosen
    patients = _patients(fresh.store)
    assert [(p.postal_code, p.phone, p.external_id, p.sex) for p in patients] == [
        ("02134", "0117 496 0372", "000123", None),
        ("00501", "+44 117 496 0999", "004560", None),
    ]


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "not a text file"),
        ("empty.csv", b"", "empty.csv is empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel (.xls)"),
        ("latin.csv", b"Given,Family\nZo\x81\x8d,X\n", "makes no sense in either"),
    ],
)
def test_a_file_that_is_not_a_table_is_refused_on_the_first_page(
    qtbot: QtBot,
    fresh: Caseload,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    content: bytes,
    said: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = _wizard(qtbot, fresh, path, monkeypatch)
    message = wizard.file_page.message.text()
    assert message.startswith("This file cannot be imported.") and said in message
    assert wizard.currentId() == PAGE_FILE and not wizard.button(NEXT).isEnabled()
    assert wizard.file_page.found.text() == ""


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (["First Name,Last Name,DOB,MRN"], "has a header row but no rows below it"),
        (["First Name,Last Name,DOB", "Harold,Bixby,31/02/1950"], "'31/02/1950' is not a real"),
    ],
)
def test_a_file_with_nothing_to_import_says_so_and_writes_nothing(
    qtbot: QtBot,
    fresh: Caseload,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    lines: list[str],
    said: str,
) -> None:
    wizard = _wizard(qtbot, fresh, _csv(tmp_path / "few.csv", *lines), monkeypatch)
    _click(qtbot, wizard, NEXT)
    _checked(qtbot, wizard)
    page = wizard.check_page
    shown = (
        page.trouble.text()
        if page.stack.currentIndex() == 2
        else (page.problems_view.model().index(0, 2).data())
    )  # type: ignore[union-attr]
    assert said in shown
    assert not wizard.button(FINISH).isEnabled()
    if page.stack.currentIndex() == 1:  # no row to leave the others for
        assert page.outcome.text().startswith("No row of this file can be imported")
        assert not page.leave_out.isVisible()
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 0


def test_medications_are_linked_to_patients_already_there(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    for given, family, born in (
        ("Ruth", "Abernathy", date(1941, 3, 4)),
        ("Harold", "Bixby", date(1936, 11, 12)),
    ):
        fresh.store.patients.add_patient(Patient(given=given, family=family, birth_date=born))
    wizard = _wizard(qtbot, fresh, IMPORT / "medications_by_name.csv", monkeypatch)
    combo = wizard.file_page.kind_combo
    combo.setCurrentIndex(combo.findData(ImportKind.MEDICATIONS.value))
    _click(qtbot, wizard, NEXT)
    _checked(qtbot, wizard)
    page = wizard.check_page
    accepted = page.accepted_view.model()  # type: ignore[union-attr]
    assert accepted.headerData(1, Qt.Orientation.Horizontal) == "Patient"
    assert accepted.index(0, 1).data() == "Abernathy, Ruth (born 1941-03-04)"
    page.leave_out.setChecked(True)
    _click(qtbot, wizard, FINISH)
    assert [
        row[0] for row in fresh.store.conn.execute("SELECT name FROM medication ORDER BY id")
    ] == ["Metformin", "Amlodipine"]


def test_medications_already_there_are_likely_duplicates_to_skip_or_add(
    qtbot: QtBot,
    fresh: Caseload,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtmodeltester: Any,
) -> None:
    fresh.store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="M1"))
    path = _csv(
        tmp_path / "meds.csv",
        "MRN,Medication,Start date",
        "M1,Metformin 500 mg,2024-01-05",
        "M1,Amlodipine 5 mg,2024-02-01",
    )

    def check() -> tuple[ImportWizard, CheckPage]:
        wizard = _wizard(qtbot, fresh, path, monkeypatch)
        combo = wizard.file_page.kind_combo
        combo.setCurrentIndex(combo.findData(ImportKind.MEDICATIONS.value))
        _click(qtbot, wizard, NEXT)
        _checked(qtbot, wizard)
        return wizard, wizard.check_page

    wizard, page = check()
    _click(qtbot, wizard, FINISH)
    assert _medication_count(fresh) == 2

    wizard, page = check()  # the same file again
    assert page.duplicates is not None and page.duplicates.rowCount() == 2
    qtmodeltester.check(page.duplicates)
    assert page.duplicates.index(0, 1).data() == ("Metformin 500 mg, 05 Jan 2024 — Abernathy, Ruth")
    assert page.duplicates.index(0, 2).data() == "one already in the caseload"
    assert page.duplicates.index(0, 3).data() == "Same medication and start date"
    assert not page.all_buttons[DuplicateChoice.MERGE].isVisibleTo(page)  # patients only
    assert "nothing to import" in page.outcome.text()
    assert not wizard.button(FINISH).isEnabled()
    qtbot.mouseClick(page.all_buttons[DuplicateChoice.ADD], Qt.MouseButton.LeftButton)
    assert wizard.button(FINISH).isEnabled()
    _click(qtbot, wizard, FINISH)
    assert _medication_count(fresh) == 4


def _medication_count(caseload: Caseload) -> int:
    return int(caseload.store.conn.execute("SELECT count(*) FROM medication").fetchone()[0])


def test_allergies_and_conditions_are_offered_and_an_ended_allergy_shows_inactive(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh.store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="M1"))
    path = _csv(
        tmp_path / "allergies.csv",
        "MRN,Allergen,Reaction,Severity,Stop",
        "M1,Penicillin,Rash,SEVERE,2010-01-01",
        "M1,Latex,Hives,mild,",
    )
    wizard = _wizard(qtbot, fresh, path, monkeypatch)
    combo = wizard.file_page.kind_combo
    assert combo.findData(ImportKind.CONDITIONS.value) >= 0
    combo.setCurrentIndex(combo.findData(ImportKind.ALLERGIES.value))
    assert combo.currentText() == "Allergies of patients in the caseload"
    _click(qtbot, wizard, NEXT)
    _checked(qtbot, wizard)
    accepted = wizard.check_page.accepted_view.model()  # type: ignore[union-attr]
    headers = [
        accepted.headerData(i, Qt.Orientation.Horizontal) for i in range(accepted.columnCount())
    ]
    assert headers == ["Row", "Patient", "Substance", "Reaction", "Severity", "Status"]
    assert [accepted.index(row, 5).data() for row in (0, 1)] == ["Inactive", "Active"]
    _click(qtbot, wizard, FINISH)
    assert fresh.store.conn.execute(
        "SELECT substance, status FROM allergy ORDER BY id"
    ).fetchall() == [("Penicillin", "inactive"), ("Latex", "active")]


# -- FHIR ------------------------------------------------------------------------------------------


def test_a_fhir_bundle_is_checked_then_imported(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, fresh, FHIR / "ehr_searchset.json", monkeypatch)
    assert "FHIR R4 records, 1 file" in wizard.file_page.found.text()
    assert not wizard.file_page.kind_combo.isEnabled()
    _click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PAGE_FHIR
    page = wizard.fhir_page
    assert page.verdict.text().startswith("Importing will write: patients 1 new")
    assert "Not kept by carebook, so skipped:" in page.details.toPlainText()
    assert "--" not in page.details.toPlainText()  # the window's words, not the command's
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 0  # a dry run so far
    with qtbot.waitSignal(fresh.status_message) as said:
        _click(qtbot, wizard, FINISH)
    assert said.args[0].startswith("Imported from ehr_searchset.json: patients 1 new")
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 1
    assert scalar(fresh.store, "SELECT count(*) FROM condition") == 2  # one refuted


def test_fhir_errors_block_until_left_out(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, fresh, FHIR / "invalid_resources.json", monkeypatch)
    _click(qtbot, wizard, NEXT)
    page = wizard.fhir_page
    assert "nothing can be imported" in page.verdict.text()
    assert "In error:" in page.details.toPlainText()
    assert not wizard.button(FINISH).isEnabled()
    page.leave_out.setChecked(True)
    assert "In error, left out:" in page.details.toPlainText()
    assert wizard.button(FINISH).isEnabled()
    _click(qtbot, wizard, FINISH)
    assert [row[0] for row in fresh.store.conn.execute("SELECT family FROM patient")] == ["Reed"]


# -- the models, the menu, the lock ------------------------------------------------------------


def test_the_preview_models_pass_the_model_tester(
    qtmodeltester: Any, fresh: Caseload, tmp_path: Path
) -> None:
    from carebook.interop.spreadsheet.plan import plan_import
    from carebook.interop.spreadsheet.reading import open_spreadsheet

    fresh.store.patients.add_patient(Patient(given="G0", family="F0", birth_date=date(1950, 1, 1)))
    path = _csv(
        tmp_path / "many.csv",
        "Given,Family,DOB",
        *(f"G{n},F{n},{'soon' if n % 2 else '1950-01-01'}" for n in range(2_500)),
    )
    source = open_spreadsheet(path)
    mapping = {0: "given", 1: "family", 2: "birth_date"}
    plan = plan_import(
        source,
        ImportKind.PATIENTS,
        mapping,
        fresh.store.imports.patient_keys(),
        today=fresh.store.today(),
    )
    problems = ProblemsModel(plan.problems)
    assert problems.rowCount() == BATCH < len(plan.problems) and problems.canFetchMore()
    qtmodeltester.check(problems)
    while problems.canFetchMore():
        problems.fetchMore()
    assert problems.rowCount() == 1_250
    accepted = AcceptedModel(plan.accepted, preview_columns(ImportKind.PATIENTS, mapping))
    qtmodeltester.check(accepted)
    duplicates = DuplicatesModel([row for row in plan.accepted if row.duplicate is not None])
    qtmodeltester.check(duplicates)
    index = duplicates.index(0, DuplicatesModel.CHOICE)
    assert duplicates.setData(index, "merge") and index.data() == "Merge"
    assert not duplicates.setData(index, "burn")


def test_ctrl_shift_i_opens_the_wizard_over_the_window_and_the_lock_covers_it(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    assert window.import_action.text() == "&Import…"
    seen: list[ImportWizard] = []

    def covered(wizard: ImportWizard) -> None:
        seen.append(wizard)
        assert wizard.parent() is window and wizard.state.caseload is window.caseload
        window.auto_lock.lock()
        cover = wizard.findChild(LockCover)
        assert cover is not None and cover.isVisible()
        assert cover.geometry() == wizard.rect()
        window.auto_lock.unlock()
        assert wizard.isVisible()
        wizard.reject()

    answers.expect(ImportWizard, covered)
    activate(qtbot, window)
    press(qtbot, Key.Key_I, CTRL | SHIFT, inside=window)
    answers.settle(qtbot)
    assert seen


def test_by_keyboard_alone_from_the_menu_to_the_patients_list(
    qtbot: QtBot, window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    press(qtbot, Key.Key_3, CTRL, inside=window)  # the Patients list, on screen
    patients = window.list_tabs[0]
    before = patients.model.rowCount()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(SYNTHEA)], ""))

    def import_by_keys(wizard: ImportWizard) -> None:
        assert focused(wizard) is wizard.file_page.choose_button
        press(qtbot, Key.Key_C, ALT, inside=wizard)  # Choose…
        qtbot.waitUntil(lambda: wizard.file_page.found.text() != "")
        press(qtbot, Key.Key_N, ALT, inside=wizard)  # Next: the columns, as proposed
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_COLUMNS)
        assert focused(wizard) is wizard.columns_page.combos[0]
        press(qtbot, Key.Key_N, ALT, inside=wizard)  # Next: the check
        qtbot.waitUntil(
            lambda: wizard.currentId() == PAGE_CHECK and wizard.button(FINISH).isEnabled(),
            timeout=5000,
        )
        press(qtbot, Key.Key_I, ALT, inside=wizard)  # Import

    answers.expect(ImportWizard, import_by_keys)
    activate(qtbot, window)
    press(qtbot, Key.Key_I, CTRL | SHIFT, inside=window)
    answers.settle(qtbot)
    assert scalar(window.caseload.store, "SELECT count(*) FROM patient") == 80
    assert patients.model.rowCount() > before  # the list read the caseload again
    assert "Imported from patients.csv: 40 patients added." in window.statusBar().currentMessage()


def test_a_file_of_duplicates_only_needs_merge_or_add_to_import_anything(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh.store.patients.add_patient(Patient(given="Ruth", family="Abernathy", external_id="A001"))
    path = _csv(tmp_path / "again.csv", "MRN,First name,Last name,Email", "a001,Ruth,A,r@x.org")
    wizard = _wizard(qtbot, fresh, path, monkeypatch)
    _click(qtbot, wizard, NEXT)
    _checked(qtbot, wizard)
    page = wizard.check_page
    assert page.duplicates is not None
    assert page.duplicates.index(0, 3).data() == "Same MRN"
    assert "nothing to import" in page.outcome.text()
    assert not wizard.button(FINISH).isEnabled()
    qtbot.mouseClick(page.all_buttons[DuplicateChoice.MERGE], Qt.MouseButton.LeftButton)
    assert wizard.button(FINISH).isEnabled()
    assert page.outcome.text() == (
        "Import will merge 1 likely duplicate into the patient each "
        "matches (filling only empty fields)."
    )
    with qtbot.waitSignal(fresh.status_message) as said:
        _click(qtbot, wizard, FINISH)
    assert said.args == [
        "Imported from again.csv: 1 likely duplicate merged (1 empty field filled)."
    ]
    assert [(p.family, p.email) for p in _patients(fresh.store)] == [("Abernathy", "r@x.org")]
