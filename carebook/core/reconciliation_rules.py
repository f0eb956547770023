"""What a medicines reconciliation must say to be kept."""

from __future__ import annotations

from datetime import date

from carebook.core.errors import ValidationError
from carebook.core.records import Reconciliation, ReconciliationLine
from carebook.core.words import translate


def check_reconciliation(record: Reconciliation | ReconciliationLine, today: date) -> None:
    """What a reconciliation must say to be kept: its source and day (not in the future), or a
    line's medicine; ValidationError naming the field."""
    if isinstance(record, ReconciliationLine):
        if not record.medication.strip():
            raise ValidationError(
                translate("ReconciliationRules", "Say which medicine the line is about."),
                "medication",
            )
        return
    if not record.source.strip():
        raise ValidationError(
            translate("ReconciliationRules", "Say which discharge list was reconciled."), "source"
        )
    if len(record.source) > 500:
        raise ValidationError(
            translate(
                "ReconciliationRules", "The source's name is too long (500 characters at most)."
            ),
            "source",
        )
    if record.on_date > today:
        raise ValidationError(
            translate("ReconciliationRules", "A reconciliation cannot be dated in the future."),
            "on_date",
        )
