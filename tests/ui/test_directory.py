"""The Directory tab, by keyboard: Ctrl+7 shows every shared contact with how many patients it
serves, a search finds a service by what it offers, Return opens the contact's form naming the
patients it serves, its row's menu opens each of their records, and Ctrl+N adds a community
resource."""

from __future__ import annotations

from typing import Any

from keyboard_driver import CTRL, Answers, Key, activate, fill_form, form_steps, press, scalar
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_editing import open_tab, walk_to

from carebook.core.list_rows import DirectoryRow
from carebook.core.records import CareTeamMember, Contact
from carebook.core.views import ListQuery
from carebook.core.vocabularies import ContactRole
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.lists.tab_specs import DIRECTORY
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.widgets.table_model import ListingSource, RecordTableModel


def test_the_directory_lists_every_contact_with_the_patients_it_serves(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, qtmodeltester: Any
) -> None:
    store = caseload.store
    tab = open_tab(qtbot, window, "Directory")
    lists = [window.tabs.indexOf(other) for other in window.list_tabs]
    assert window.tabs.indexOf(tab) == max(lists), "after the other lists"
    assert window.tabs.indexOf(tab) == window.tabs.indexOf(window.billing.tab) - 1
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Di&rectory"
    assert tab.model.rowCount() == scalar(store, "SELECT count(*) FROM contact")
    busiest = store.conn.execute(
        "SELECT contact_id, count(DISTINCT patient_id) AS n FROM care_team_member"
        " GROUP BY contact_id ORDER BY n DESC LIMIT 1"
    ).fetchone()
    rows = [tab.model.row(n) for n in range(tab.model.rowCount())]
    shown = {row.id: row.serves for row in rows if isinstance(row, DirectoryRow)}
    assert shown[busiest[0]] == busiest[1] > 1
    model = RecordTableModel(
        DIRECTORY.columns, ListingSource(store, "directory", ListQuery(filter="all"))
    )
    qtmodeltester.check(model)


def test_a_search_finds_a_service_by_what_it_offers_and_return_opens_it(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    meals = store.contacts.add_contact(
        Contact(
            name="Meals on Wheels",
            role=ContactRole.COMMUNITY_RESOURCE,
            services="Hot lunches delivered",
            hours="Mon–Fri 11:00–14:00",
        )
    )
    assert meals.id is not None
    patient_id = int(scalar(store, "SELECT min(id) FROM patient WHERE status = 'active'"))
    store.contacts.add_to_care_team(
        CareTeamMember(
            patient_id=patient_id, contact_id=meals.id, role=ContactRole.COMMUNITY_RESOURCE
        )
    )
    name = store.contacts.patients_served(meals.id)[0][1]
    tab = open_tab(qtbot, window, "Directory")
    press(qtbot, Key.Key_F, CTRL, inside=window)
    qtbot.keyClicks(tab.search, "lunches deliv")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    row = tab.model.row(0)
    assert isinstance(row, DirectoryRow)
    assert (row.name, row.services, row.serves) == ("Meals on Wheels", "Hot lunches delivered", 1)

    walk_to(qtbot, tab, lambda record_id, _row: record_id == meals.id)
    said: list[str] = []

    def steps(form: RecordForm[Any]) -> None:
        said.extend(label.text() for label in form.findChildren(QLabel))
        form_steps(qtbot, ("hours", "Mon–Sat 11:00–14:00"))(form)

    answers.expect(RecordForm, fill_form(steps, "Edit contact"))
    press(qtbot, Key.Key_Return, inside=tab.table)
    answers.check()
    assert f"Serves 1 patient: {name}" in said
    assert scalar(store, f"SELECT hours FROM contact WHERE id = {meals.id}") == (
        "Mon–Sat 11:00–14:00"
    )
    assert tab.model.row(0) is not None and tab.model.row(0).hours == "Mon–Sat 11:00–14:00"

    activate(qtbot, window)
    press(qtbot, Key.Key_Z, CTRL, inside=window)
    assert scalar(store, f"SELECT hours FROM contact WHERE id = {meals.id}") == (
        "Mon–Fri 11:00–14:00"
    )

    # The row's menu offers the record of each patient it serves.
    assert tab.editor is not None
    actions = tab.editor.actions(tab, meals.id, row)
    assert [a.label for a in actions] == [f"Open {name}'s record"]
    actions[0].run()
    assert patient_id in patient_record._OPEN


def test_ctrl_n_on_the_directory_adds_a_community_resource(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    open_tab(qtbot, window, "Directory")
    answers.expect(
        RecordForm,
        fill_form(
            form_steps(
                qtbot,
                ("name", "Leeds Food Bank"),
                ("services", "Food parcels"),
                ("eligibility", "With a referral from the coordinator"),
            ),
            "New contact",
        ),
    )
    press(qtbot, Key.Key_N, CTRL, inside=window)
    answers.check()
    assert store.conn.execute(
        "SELECT role, services, eligibility FROM contact WHERE name = 'Leeds Food Bank'"
    ).fetchall() == [("community_resource", "Food parcels", "With a referral from the coordinator")]
