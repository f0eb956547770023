"""Accessibility helpers: names for fields from their labels, date fields Tab leaves whole."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QWidget


def without_mnemonic(text: str) -> str:
    """A label or menu item's words without the mark of its underlined letter ("&&" is "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_words(text: str) -> str:
    """A label's words as a screen reader should say them: no mnemonic mark, no colon."""
    return without_mnemonic(text).strip().rstrip(":").strip()


def name_from_label(label: QLabel, field: QWidget) -> None:
    """Make `label` the buddy of `field` and, unless it is named already, name it by the
    label: a screen reader then says what the field is for on every platform, not only
    where the accessibility bridge looks for a buddy."""
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(label_words(label.text()))


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once, as every other field: its day, month and year
    are reached with the arrow keys, so walking a form with Tab meets each field once."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    """A date and time field that Tab leaves at once (see DateEdit)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
