"""Preferences → Billing: typed by keyboard and saved to the caseload; the distance unit is
refused with the store's words once trips are logged; a logo is kept in the file; a mileage
rate is set for a year and a purpose."""

from __future__ import annotations

from pathlib import Path

from keyboard_driver import ALT, Answers, Key, activate, press, replace_text, type_text
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from carebook.core.billing_records import MileageRate
from carebook.core.vocabularies import DistanceUnit, Rounding, TripPurpose
from carebook.ui.commands import Caseload
from carebook.ui.forms.billing_preferences import BillingPreferences, edit_billing_preferences


def test_the_billing_page_saves_what_was_typed(
    qtbot: QtBot, caseload: Caseload, answers: Answers
) -> None:
    def fill(dialog: BillingPreferences) -> None:
        replace_text(qtbot, "Smith Care Management", dialog)
        press(qtbot, Key.Key_U, ALT, dialog)  # Currency
        replace_text(qtbot, "eur", dialog)
        press(qtbot, Key.Key_H, ALT, dialog)  # Default hourly rate
        replace_text(qtbot, "130.50", dialog)
        press(qtbot, Key.Key_R, ALT, dialog)  # Rounding
        dialog.rounding.setCurrentIndex(dialog.rounding.findData(Rounding.FIFTEEN))
        press(qtbot, Key.Key_T, ALT, dialog)  # Payment terms
        replace_text(qtbot, "14", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(BillingPreferences, fill)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert edit_billing_preferences(caseload, parent)
    answers.check()
    settings = caseload.store.agreements.settings()
    assert settings.practice_name == "Smith Care Management"
    assert settings.currency == "EUR"
    assert settings.default_hourly_cents == 13050
    assert settings.rounding is Rounding.FIFTEEN
    assert settings.terms_days == 14


def test_the_distance_unit_is_refused_once_trips_are_logged(
    qtbot: QtBot, caseload: Caseload
) -> None:
    store = caseload.store
    assert store.trips.trips(None, None, None), "the sample logs trips"
    before = store.agreements.settings()
    dialog = BillingPreferences(caseload)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setCurrentIndex(dialog.unit.findData(DistanceUnit.KILOMETRE))
    dialog.accept()
    assert dialog.isVisible(), "the page stays open with what was chosen"
    assert "the unit can change only while the mileage log is empty" in dialog.problem.text()
    assert dialog.unit.hasFocus() or dialog.focusWidget() is dialog.unit
    assert store.agreements.settings().distance_unit is before.distance_unit


def test_a_logo_is_kept_in_the_caseload_and_can_be_removed(
    qtbot: QtBot, caseload: Caseload, tmp_path: Path
) -> None:
    picture = QPixmap(80, 40)
    picture.fill(QColor("navy"))
    path = tmp_path / "logo.png"
    assert picture.save(str(path))
    dialog = BillingPreferences(caseload)
    qtbot.addWidget(dialog)
    dialog.take_logo(path)
    assert dialog.logo.pixmap() is not None and not dialog.logo.pixmap().isNull()
    dialog.accept()
    store = caseload.store
    logo_id = store.agreements.settings().logo_id
    assert logo_id is not None
    kept = store.expenses.attachment(logo_id)
    assert kept is not None and kept.content == path.read_bytes()

    again = BillingPreferences(caseload)
    qtbot.addWidget(again)
    again.remove_logo.click()
    again.accept()
    assert store.agreements.settings().logo_id is None


def test_a_mileage_rate_is_set_for_a_year_and_purpose(qtbot: QtBot, caseload: Caseload) -> None:
    dialog = BillingPreferences(caseload)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.rate_year.setValue(2031)
    dialog.rate_purpose.setCurrentIndex(dialog.rate_purpose.findData(TripPurpose.MEDICAL))
    dialog.rate_value.setFocus()
    type_text(qtbot, "0.215", dialog)
    press(qtbot, Key.Key_O, ALT, dialog)
    qtbot.waitUntil(
        lambda: (
            MileageRate(year=2031, purpose=TripPurpose.MEDICAL, rate_mills=215)
            in caseload.store.trips.rates()
        )
    )
    shown = [dialog.rates.item(r, 0).text() for r in range(dialog.rates.rowCount())]
    assert "2031" in shown
