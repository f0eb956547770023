"""Passphrase protection from the window: protect the caseload, change the passphrase, remove it."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.errors import ValidationError
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.storage import encryption
from carebook.storage.file_errors import ERRORS
from carebook.storage.passphrase_change import convert_the_rest
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import RecordForm


@dataclass(slots=True, kw_only=True)
class NewPassphrase:
    """A passphrase chosen, typed twice."""

    passphrase: str = ""
    repeated: str = ""


@dataclass(slots=True, kw_only=True)
class GivenPassphrase:
    """The passphrase of a protected caseload, typed to prove it is known."""

    passphrase: str = ""


def matches(given: str, expected: str | None) -> bool:
    """Whether `given` is the passphrase, compared in constant time (no hint in the timing)."""
    return expected is not None and hmac.compare_digest(
        encryption.normal(given).encode(), encryption.normal(expected).encode()
    )


def ask_new_passphrase(title: str, parent: QWidget | None) -> str | None:
    """A new passphrase, typed twice and long enough; None if the user cancelled."""
    form = RecordForm(
        title,
        (
            FieldSpec(
                "passphrase",
                QT_TRANSLATE_NOOP("RecordForm", "New passphrase"),
                "secret",
                max_length=200,
                hint=QT_TRANSLATE_NOOP(
                    "RecordForm",
                    "At least 8 characters; a few words are easier to remember than "
                    "symbols. Without it, nobody (nor carebook) can read the caseload.",
                ),
            ),
            FieldSpec(
                "repeated",
                QT_TRANSLATE_NOOP("RecordForm", "Type it again"),
                "secret",
                max_length=200,
            ),
        ),
        NewPassphrase(),
        validate=lambda r: encryption.check_new_passphrase(r.passphrase, r.repeated),
        parent=parent,
    )
    try:
        answer = form.run()
    finally:
        form.deleteLater()
    return answer.passphrase if answer is not None else None


def ask_passphrase(
    title: str, check: Callable[[str], bool], parent: QWidget | None, label: str = ""
) -> str | None:
    """The passphrase, checked by `check` before the form closes; None if cancelled. `label`
    is the field's, marked with QT_TRANSLATE_NOOP("RecordForm", …) (the form translates it)."""

    def validate(answer: GivenPassphrase) -> None:
        if not check(answer.passphrase):
            raise ValidationError(
                translate("passphrase", "That is not the passphrase. Try again."), "passphrase"
            )

    form = RecordForm(
        title,
        (
            FieldSpec(
                "passphrase",
                label or QT_TRANSLATE_NOOP("RecordForm", "Passphrase"),
                "secret",
                max_length=200,
            ),
        ),
        GivenPassphrase(),
        validate=validate,
        parent=parent,
    )
    try:
        answer = form.run()
    finally:
        form.deleteLater()
    return answer.passphrase if answer is not None else None


class Protection(QObject):
    """File → Protect with passphrase…, Change passphrase…, Remove passphrase…"""

    def __init__(self, caseload: Caseload, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload

    @property
    def protected(self) -> bool:
        return self.caseload.store.passphrase is not None

    def protect(self, parent: QWidget | None) -> bool:
        if self.protected:
            QMessageBox.information(
                parent,
                translate("passphrase", "Protect with passphrase"),
                translate("passphrase", "The caseload is already protected by a passphrase."),
            )
            return False
        new = ask_new_passphrase(translate("passphrase", "Protect with passphrase"), parent)
        if new is None:
            return False
        return self._convert(
            parent,
            lambda path, key: encryption.protect(path, new),
            new,
            translate(
                "passphrase",
                "The caseload and its backups are now protected by the "
                "passphrase. Keep it safe: without it, nobody can read them.",
            ),
        )

    def change(self, parent: QWidget | None) -> bool:
        old = self.caseload.store.passphrase
        if old is None:
            return self.protect(parent)
        if (
            ask_passphrase(
                translate("passphrase", "Change passphrase"),
                lambda text: matches(text, old),
                parent,
                QT_TRANSLATE_NOOP("RecordForm", "Current passphrase"),
            )
            is None
        ):
            return False
        new = ask_new_passphrase(translate("passphrase", "Change passphrase"), parent)
        if new is None:
            return False
        return self._convert(
            parent,
            lambda path, key: encryption.change_passphrase(path, key or old, new),
            new,
            translate("passphrase", "The passphrase is changed, for the caseload and its backups."),
        )

    def remove(self, parent: QWidget | None) -> bool:
        old = self.caseload.store.passphrase
        if old is None:
            return False
        answer = QMessageBox.warning(
            parent,
            translate("passphrase", "Remove passphrase"),
            translate(
                "passphrase",
                "Without a passphrase, anyone who has this computer (or a copy of the caseload "
                "or its backups) can read every patient's details.\n\nRemove the passphrase?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if (
            ask_passphrase(
                translate("passphrase", "Remove passphrase"),
                lambda text: matches(text, old),
                parent,
            )
            is None
        ):
            return False
        return self._convert(
            parent,
            lambda path, key: encryption.unprotect(path, key or old),
            None,
            translate("passphrase", "The passphrase is removed."),
        )

    def _convert(
        self,
        parent: QWidget | None,
        convert: Callable[[Path, str | None], None],
        new: str | None,
        done: str,
    ) -> bool:
        """Convert the caseload, then each backup, with the window's connection closed."""
        store = self.caseload.store
        old = store.passphrase

        def convert_file() -> None:
            store.close()
            try:
                convert(store.path, old)
            except BaseException:
                store.reopen(old)
                raise
            store.reopen(new)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.caseload.protect(convert_file)
        except (
            encryption.WrongPassphrase,
            encryption.CaseloadInUse,
            ValidationError,
            OSError,
            *ERRORS,
        ) as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                parent,
                translate("passphrase", "Not changed"),
                translate(
                    "passphrase", "The caseload could not be converted, so it is as it was:\n%s"
                )
                % error,
            )
            return False
        rest = convert_the_rest(store.path, convert, old, new)
        QGuiApplication.restoreOverrideCursor()
        if rest.lines():
            done += "\n\n" + " ".join(rest.lines())
        QMessageBox.information(parent, translate("passphrase", "Passphrase"), done)
        return True
