"""A day's route offered as trips: the legs from Home through each visit and back, typed by
keyboard, kept together as one undoable step; a leg left without its distance is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from carebook.core.vocabularies import AppointmentStatus
from carebook.ui.billing.route_trips import RouteTripsDialog, legs_of
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from tests.ui.keyboard_driver import (
    Answers,
    Key,
    activate,
    press,
    press_mnemonic,
    replace_text,
    tab_to,
)


def _dialog(qtbot: QtBot, caseload: Caseload) -> RouteTripsDialog:
    today = caseload.store.today()
    legs = legs_of(caseload, today)
    dialog = RouteTripsDialog(caseload, today, legs, None)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def _todays_trips(caseload: Caseload) -> list[tuple[str, str, int, int]]:
    return [
        (trip.from_place, trip.to_place, trip.distance_tenths, trip.billable)
        for trip in caseload.store.trips.trips(caseload.store.today(), caseload.store.today())
    ]


def test_todays_route_goes_from_home_through_each_visit_and_home_again(caseload: Caseload) -> None:
    today = caseload.store.today()
    driven = [
        visit.patient_id
        for visit in caseload.store.visits.visits_on(today)
        if visit.status not in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
    ]
    legs = legs_of(caseload, today)
    assert driven, "the sample books visits today"
    assert legs[0].trip.from_place == "Home" and legs[-1].trip.to_place == "Home"
    assert [leg.trip.patient_id for leg in legs[:-1]] == list(dict.fromkeys(driven))
    # The sample drove to each client before: the distance from Home is filled in.
    assert legs[0].known_distance and legs[0].trip.distance_tenths > 0


def test_the_legs_typed_are_logged_together_and_undone_together(
    qtbot: QtBot, caseload: Caseload
) -> None:
    dialog = _dialog(qtbot, caseload)
    count = len(dialog.legs)
    for field in dialog.distances:
        tab_to(qtbot, field)
        replace_text(qtbot, "3.5", inside=dialog)
    tab_to(qtbot, dialog.kept[1])
    press(qtbot, Key.Key_Space, inside=dialog)  # the second leg was not driven
    tab_to(qtbot, dialog.distances[0])
    press(qtbot, Key.Key_Return, inside=dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    kept = _todays_trips(caseload)
    assert len(kept) == count - 1
    assert all(distance == 35 for _f, _t, distance, _b in kept)
    assert kept[-1][1] == "Home" and not kept[-1][3]  # the way home bills no client
    caseload.undo_stack.undo()
    assert _todays_trips(caseload) == []
    # Logged legs are not offered again.
    caseload.undo_stack.redo()
    assert len(legs_of(caseload, caseload.store.today())) == 1


def test_a_leg_without_its_distance_is_refused_and_nothing_is_logged(
    qtbot: QtBot, caseload: Caseload, answers: Answers
) -> None:
    dialog = _dialog(qtbot, caseload)
    tab_to(qtbot, dialog.distances[1])
    replace_text(qtbot, "", inside=dialog)
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Return, "is needed"), "a refusal")
    press(qtbot, Key.Key_Return, inside=dialog)
    answers.settle(qtbot)
    assert dialog.isVisible() and _todays_trips(caseload) == []
    assert dialog.focusWidget() is dialog.distances[1]


def test_the_tools_menu_logs_the_agendas_day_and_shows_the_trips(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "T&ools")
    action = next(
        item
        for item in tools.actions()  # type: ignore[attr-defined]
        if item.text().replace("&", "") == "Log the day's trips…"
    )

    def log(dialog: RouteTripsDialog) -> None:
        assert dialog.day == window.agenda.day
        for field in dialog.distances:
            field.setText("4")
        dialog.accept()

    answers.expect(RouteTripsDialog, log, "the day's trips")
    action.trigger()
    answers.settle(qtbot)
    assert window.tabs.currentWidget() is window.billing.tab
    assert window.caseload.store.trips.trips(window.agenda.day, window.agenda.day)


def test_an_undo_the_caseload_refuses_is_said_in_the_window(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    answers.expect(QMessageBox, press_mnemonic(qtbot, Key.Key_Return, "gap in the invoice"))
    window.caseload.refused.emit("Undoing that would leave a gap in the invoice numbers.")
    answers.settle(qtbot)
