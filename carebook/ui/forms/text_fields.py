"""Text fields of the record form: a line, a passphrase or notes, each cut at its cap."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from carebook.core.words import translate
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField


def fit_edit(old: str, new: str, cap: int) -> tuple[str, int]:
    """Cut what an edit inserted so `new` keeps at most `cap` characters.

    Returns the text to keep and where the cursor goes (in characters). Only the inserted part is
    cut: what was there before the paste stays, even when it was already over the cap.
    """
    if len(new) <= cap or len(new) <= len(old):
        return new, -1
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    inserted = len(new) - prefix - suffix
    keep = max(0, cap - (len(new) - inserted))
    return new[: prefix + keep] + new[len(new) - suffix :], prefix + keep


def utf16_len(text: str) -> int:
    """Length as Qt counts it (UTF-16 code units): an emoji is two."""
    return len(text.encode("utf-16-le")) // 2


def capped_note(cap: int) -> str:
    return (
        translate("RecordForm", "Cut to %s characters: only that many are kept here.") % f"{cap:,}"
    )


class TextField(FormField):
    """One line of text, cut at the cap with a note saying so."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit = QLineEdit(parent)
        self.describe(self.edit)
        self.edit.setPlaceholderText(
            translate("RecordForm", spec.placeholder) if spec.placeholder else ""
        )
        # Qt counts UTF-16 units and the cap counts characters, so Qt's own limit is only a
        # backstop against a huge paste; the exact cut happens in _changed, which can say so.
        self.edit.setMaxLength(2 * spec.max_length)
        self._last = ""
        self._overflow = False
        self.edit.inputRejected.connect(self._rejected)
        self.edit.textChanged.connect(self._changed)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        # A stored value over the cap is shown whole; the validator then says what to shorten.
        self.edit.setMaxLength(max(2 * self.spec.max_length, utf16_len(text)))
        self._last = text
        self.edit.setText(text)

    def value(self) -> str:
        # A pasted phone number or name often brings a line break or spaces along at its end:
        # they go, where a line break inside the text is refused by the validator.
        text = self.edit.text().strip()
        if self.spec.required and not text:
            raise self.missing()
        return text

    def _rejected(self) -> None:
        self._overflow = True

    def _changed(self, text: str) -> None:
        self.edited()
        kept, cursor = fit_edit(self._last, text, self.spec.max_length)
        if kept != text:
            self.edit.blockSignals(True)
            self.edit.setText(kept)
            self.edit.setCursorPosition(utf16_len(kept[:cursor]))
            self.edit.blockSignals(False)
        # The note stays until the next edit, which either is cut again or clears it.
        if kept != text or self._overflow:
            self.message.show_note(capped_note(self.spec.max_length))
        else:
            self.message.clear()
        self._overflow = False
        self._last = kept


class SecretField(TextField):
    """A passphrase: typed unseen, never stripped, never shown in a message."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)

    def value(self) -> str:
        text = self.edit.text()  # every character is the passphrase's, spaces around it too
        if self.spec.required and not text.strip():
            raise self.missing()
        return text


class LongTextField(FormField):
    """Free text over several lines; Return makes a new line, Tab moves on."""

    def __init__(self, spec: FieldSpec, message: FieldMessage, parent: QWidget) -> None:
        super().__init__(spec, message, parent)
        self.edit = QPlainTextEdit(parent)
        self.describe(self.edit)
        self.edit.setPlaceholderText(
            translate("RecordForm", spec.placeholder) if spec.placeholder else ""
        )
        self.edit.setTabChangesFocus(True)  # a form is walked with Tab
        # A few lines show at once (it scrolls beyond), so the rest of the form stays in view.
        lines = spec.lines or 5
        margins = 2 * (self.edit.frameWidth() + round(self.edit.document().documentMargin()))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + margins)
        self._last = ""
        self.edit.textChanged.connect(self._changed)

    @property
    def focus(self) -> QWidget:
        return self.edit

    def set_value(self, value: Any) -> None:
        self._last = "" if value is None else str(value)
        self.edit.setPlainText(self._last)

    def text(self) -> str:
        # Raw text keeps no-break spaces (toPlainText turns them into spaces); blocks are lines.
        return self.edit.document().toRawText().replace("\u2029", "\n")

    def value(self) -> str:
        text = self.text()
        if self.spec.required and not text.strip():
            raise self.missing()
        return text

    def _changed(self) -> None:
        self.edited()
        text = self.text()
        kept, cursor = fit_edit(self._last, text, self.spec.max_length)
        if kept != text:
            # Remove only the excess of what was inserted, so undo and the cursor stay natural.
            removed = len(text) - len(kept)
            selection = QTextCursor(self.edit.document())
            selection.setPosition(utf16_len(text[:cursor]))
            selection.setPosition(
                utf16_len(text[: cursor + removed]), QTextCursor.MoveMode.KeepAnchor
            )
            self.edit.blockSignals(True)
            selection.removeSelectedText()
            self.edit.setTextCursor(selection)
            self.edit.blockSignals(False)
            self.message.show_note(capped_note(self.spec.max_length))
        else:
            self.message.clear()
        self._last = kept
