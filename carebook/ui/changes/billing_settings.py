"""The practice's billing settings through the door: kept as settings (not undoable, like her
preferences), its logo kept in the caseload, and the standard mileage rates."""

from __future__ import annotations

from pathlib import Path

from carebook.core.billing_records import Attachment, BillingSettings, MileageRate
from carebook.core.changes import Changes
from carebook.core.words import translate
from carebook.ui.commands import Caseload

#: What a change of the billing settings touches: Preferences, and what shows amounts.
SETTINGS_CHANGED = ("preferences", "billing_settings")


def set_billing_settings(caseload: Caseload, settings: BillingSettings) -> Changes:
    """Keep the practice's settings; a ValidationError (a currency not three letters, the
    distance unit once trips are logged) leaves them as they were."""
    caseload.store.agreements.set_settings(settings)
    return caseload.announce(Changes.of(SETTINGS_CHANGED))


def set_mileage_rate(caseload: Caseload, rate: MileageRate) -> Changes:
    """Set the standard rate of a year and a purpose (replacing the one there was)."""
    caseload.store.trips.set_rate(rate)
    return caseload.announce(Changes.of(SETTINGS_CHANGED))


def keep_logo(caseload: Caseload, path: Path) -> Attachment:
    """Read a picture from disk and keep it in the caseload (refused, saying why, when it is
    not a picture or is too large); the settings name it once they are saved."""
    picture = caseload.store.expenses.read_file(path)
    return caseload.add(picture, translate("BillingSettings", "Add the practice's logo"))
