"""Opening a record form: its title, new or edit, and waiting for the user's answer."""

from __future__ import annotations

from carebook.core.words import translate
from carebook.ui.forms.record_form import R, RecordForm


def run_form(form: RecordForm[R]) -> R | None:
    """Wait for the user, then let the dialog go (it is parented, so it would linger)."""
    try:
        return form.run()
    finally:
        form.deleteLater()


def form_title(record: object, new: str, existing: str) -> str:
    """`new` for a record not saved yet (no id), else `existing` (both marked with
    QT_TRANSLATE_NOOP in context "forms"); translated."""
    text = new if getattr(record, "id", None) is None else existing
    return translate("forms", text)
