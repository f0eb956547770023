"""Tools → Activity log: every change, print and export with its time; never a record's content."""

from __future__ import annotations

from datetime import timedelta

from keyboard_driver import Answers, Key, press, scalar, type_text
from pytestqt.qtbot import QtBot

from carebook.core.records import Patient
from carebook.ui.commands import Caseload
from carebook.ui.lists.activity_log import ActivityLog
from carebook.ui.main_window import MainWindow


def test_the_log_lists_the_latest_first_and_filters_by_action(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers, qtmodeltester: object
) -> None:
    store = caseload.store
    created: list[int] = []

    def add() -> list[tuple[str, int]]:
        patient = store.patients.add_patient(
            Patient(given="Zelda", family="Quintrell", phone="0113 496 7777")
        )
        assert patient.id is not None
        created.append(patient.id)
        return [("patient", patient.id)]

    caseload.change("Add patient", "patient", add)
    caseload.record_output("print", "day_sheet")
    seen: dict[str, object] = {}

    def look(dialog: ActivityLog) -> None:
        model = dialog.list.model
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        seen["total"] = model.rowCount()
        seen["first"] = [model.index(0, c).data() for c in range(model.columnCount())]
        seen["second"] = [model.index(1, c).data() for c in range(model.columnCount())]
        everything = " ".join(
            str(model.index(r, c).data())
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        )
        seen["names"] = "Quintrell" in everything or "7777" in everything
        combo = dialog.list.filter
        combo.setCurrentIndex(combo.findData("print"))
        seen["printed"] = model.rowCount()
        combo.setCurrentIndex(combo.findData("all"))
        dialog.list.focus_search()
        type_text(qtbot, "patient", dialog)
        qtbot.waitUntil(lambda: model.rowCount() < int(seen["total"]))  # type: ignore[call-overload]
        seen["patients"] = {model.index(r, 2).data() for r in range(model.rowCount())}
        press(qtbot, Key.Key_Escape, inside=dialog)

    answers.expect(ActivityLog, look)
    window.show_activity()
    qtbot.waitUntil(lambda: not answers.waiting)
    total = scalar(store, "SELECT count(*) FROM audit_log")
    assert seen["total"] == total >= 2
    first, second = seen["first"], seen["second"]
    assert isinstance(first, list) and first[1:3] == ["Print", "Day sheet"]
    assert isinstance(second, list) and second[1:4] == ["Create", "Patient", str(created[0])]
    assert seen["printed"] == 1
    # a patient record, or the sample import whose detail says "40 patients"
    assert "Patient" in seen["patients"] and seen["patients"] <= {"Patient", "Caseload"}  # type: ignore[operator]
    assert seen["names"] is False  # what a record says never reaches the log


def test_the_logs_date_range_looks_back_a_month_to_today(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    caseload.record_output("print", "day_sheet")  # today
    today = caseload.store.today()
    seen: dict[str, object] = {}

    def look(dialog: ActivityLog) -> None:
        tab = dialog.list
        seen["range"] = (tab.date_from.date().toPython(), tab.date_to.date().toPython())
        tab.between.setChecked(True)
        seen["printed today"] = any(
            tab.model.index(row, 1).data() == "Print" for row in range(tab.model.rowCount())
        )
        press(qtbot, Key.Key_Escape, inside=dialog)

    answers.expect(ActivityLog, look)
    window.show_activity()
    qtbot.waitUntil(lambda: not answers.waiting)
    assert seen["range"] == (today - timedelta(days=30), today)
    assert seen["printed today"] is True
