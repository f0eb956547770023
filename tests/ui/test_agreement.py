"""A patient's record's Billing tab: her agreement typed by keyboard lands in the caseload, a
refusal keeps what was typed, her unbilled time and invoices show, and the timer starts for
her."""

from __future__ import annotations

from keyboard_driver import ALT, Answers, Key, activate, press, replace_text
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from carebook.core.billing_records import TimeEntry
from carebook.core.records import Patient
from carebook.core.vocabularies import PayerKind, Rounding
from carebook.ui.commands import Caseload
from carebook.ui.forms.agreement_form import AgreementDialog
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.timer.timer_dialogs import StartTimerDialog


def _record(qtbot: QtBot, window: MainWindow, caseload: Caseload, patient_id: int):  # type: ignore[no-untyped-def]
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    qtbot.waitExposed(record)
    record.tabs.setCurrentWidget(record.billing)
    activate(qtbot, record)
    return record


def _patient_without_agreement(caseload: Caseload) -> int:
    """A new client: no agreement yet (the sample's each have one)."""
    added = caseload.store.patients.add_patient(Patient(given="Nora", family="Hill"))
    assert added.id is not None
    return added.id


def test_the_agreement_typed_in_the_record_is_saved(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    patient_id = _patient_without_agreement(caseload)
    record = _record(qtbot, window, caseload, patient_id)
    assert record.billing.edit_button.text() == "Set up a&greement…"

    def fill(dialog: AgreementDialog) -> None:
        dialog.payer_kind.setCurrentIndex(dialog.payer_kind.findData(PayerKind.TRUST.value))
        press(qtbot, Key.Key_N, ALT, dialog)
        replace_text(qtbot, "Hill Family Trust", dialog)
        press(qtbot, Key.Key_H, ALT, dialog)
        replace_text(qtbot, "140.00", dialog)
        press(qtbot, Key.Key_M, ALT, dialog)
        replace_text(qtbot, "0.655", dialog)
        press(qtbot, Key.Key_R, ALT, dialog)
        dialog.rounding.setCurrentIndex(dialog.rounding.findData(Rounding.SIX.value))
        press(qtbot, Key.Key_E, ALT, dialog)
        replace_text(qtbot, "500", dialog)
        press(qtbot, Key.Key_T, ALT, dialog)
        replace_text(qtbot, "21", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(AgreementDialog, fill)
    press(qtbot, Key.Key_G, ALT, record)
    answers.settle(qtbot)
    saved = caseload.store.agreements.agreement(patient_id)
    assert saved is not None
    assert saved.payer_kind is PayerKind.TRUST and saved.payer_name == "Hill Family Trust"
    assert saved.hourly_rate_cents == 14000 and saved.mileage_rate_mills == 655
    assert saved.rounding is Rounding.SIX and saved.retainer_cents == 50000
    assert saved.terms_days == 21
    shown = record.billing.agreement_box.findChildren(type(record.billing.unbilled))
    assert any("Hill Family Trust" in label.text() for label in shown)
    assert any(label.text() == "$140.00" for label in shown)


def test_a_trust_with_no_name_is_refused_and_the_form_keeps_what_was_typed(
    qtbot: QtBot, caseload: Caseload
) -> None:
    patient_id = _patient_without_agreement(caseload)
    dialog = AgreementDialog(caseload, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.payer_kind.setCurrentIndex(dialog.payer_kind.findData(PayerKind.TRUST.value))
    dialog.hourly.setText("99.50")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.text() == "Name the trust that pays."
    assert dialog.hourly.text() == "99.50"
    assert caseload.store.agreements.agreement(patient_id) is None


def test_her_unbilled_time_and_invoices_show_and_the_timer_starts_for_her(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = int(store.conn.execute("SELECT min(id) FROM patient").fetchone()[0])
    caseload.add(
        TimeEntry(
            patient_id=patient_id,
            on_date=store.today(),
            minutes=90,
            activity="Phone call",
            rate_cents=10000,
            narrative="Called her daughter about the move",
        ),
        "Add time",
    )
    record = _record(qtbot, window, caseload, patient_id)
    billing = record.billing
    assert billing.unbilled.text().startswith("Unbilled: ")
    time_table: QTableWidget = billing.time
    narratives = [time_table.item(r, 4).text() for r in range(time_table.rowCount())]
    assert "Called her daughter about the move" in narratives
    if store.invoices.invoices(patient_id):
        assert billing.invoices.rowCount() == len(store.invoices.invoices(patient_id))
        assert billing.owed.text().startswith("Invoices · balance due ")

    answers.expect(StartTimerDialog, lambda d: press(qtbot, Key.Key_Return, inside=d))
    press(qtbot, Key.Key_M, ALT, record)
    answers.settle(qtbot)
    timer = store.time.timer()
    assert timer is not None and timer.patient_id == patient_id


def test_without_a_rate_of_her_own_her_mileage_bills_at_the_standard_rate(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    record = _record(qtbot, window, caseload, _patient_without_agreement(caseload))
    form = record.billing.agreement_form
    shown = {
        form.itemAt(row, form.ItemRole.LabelRole).widget().text(): form.itemAt(  # type: ignore[union-attr]
            row, form.ItemRole.FieldRole
        )
        .widget()
        .text()  # type: ignore[union-attr]
        for row in range(form.rowCount())
    }
    assert (
        shown["Mileage"].startswith("$0.725 / mi") and "standard business rate" in shown["Mileage"]
    )
