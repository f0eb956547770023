"""Opening the caseload at start: asking its passphrase; a damaged file set aside for a backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.calendar_words import day_and_clock
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.storage import backups, encryption, restoring
from carebook.storage.backups import list_backups
from carebook.storage.file_errors import CaseloadFileError
from carebook.storage.side_files import set_aside
from carebook.store.caseload import Store
from carebook.ui.safety.passphrase import ask_passphrase


class NotOpened(Exception):
    """The user chose not to open the caseload (cancelled the passphrase, or quit)."""


def open_store(path: Path, parent: QWidget | None = None) -> Store:
    """The caseload at `path`, open; asking its passphrase if it is protected, and offering the
    newest good backup if it is damaged. CaseloadFileError for any other refusal; NotOpened
    when the user decides against opening it."""
    passphrase: str | None = None
    while True:
        try:
            return Store.open(path, passphrase=passphrase)
        except CaseloadFileError as error:
            if error.needs_passphrase or error.wrong_passphrase:
                passphrase = _ask_passphrase(path, parent)
                continue
            if error.damaged or (error.not_a_database and list_backups(path)):
                # A file with backups of its own was this caseload: something was written over
                # it, and it is offered a backup like a damaged one.
                _replace_damaged(path, error, passphrase, parent)
                continue
            raise


def _ask_passphrase(path: Path, parent: QWidget | None) -> str:

    def opens(text: str) -> bool:
        try:
            encryption.open_protected(path, text).close()
        except encryption.WrongPassphrase:
            return False
        return True

    given = ask_passphrase(
        translate("opening", "Open %s") % path.name,
        opens,
        parent,
        QT_TRANSLATE_NOOP("RecordForm", "Passphrase of this caseload"),
    )
    if given is None:
        raise NotOpened(str(path))
    return given


def _replace_damaged(
    path: Path, error: CaseloadFileError, passphrase: str | None, parent: QWidget | None
) -> None:
    """Say the file is damaged, keep it aside untouched, and put the newest good backup (or an
    empty caseload, if the user prefers or there is no backup) in its place."""
    newest = backups.latest_good_backup(path, passphrase)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "carebook",
        translate(
            "opening",
            "The caseload file is damaged:\n{problem}\n\ncarebook keeps it aside, untouched, "
            "as {file}, so nothing in it is lost.",
        ).format(problem=error.problem, file=f"{path.name}.damaged"),
        parent=parent,
    )
    restore = None
    if newest is not None:
        box.setInformativeText(
            translate("opening", "The newest good backup was taken %s. Restore it?")
            % day_and_clock(newest.when)
        )
        restore = box.addButton(
            translate("opening", "&Restore that backup"), QMessageBox.ButtonRole.AcceptRole
        )
    else:
        box.setInformativeText(translate("opening", "There is no good backup to restore."))
    empty = box.addButton(
        translate("opening", "Start an &empty caseload"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button = box.addButton(translate("opening", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    if chosen not in (restore, empty) or chosen is None:
        raise NotOpened(str(path))
    kept = set_aside(path)
    if chosen is restore and newest is not None:
        restoring.restore(newest.path, path, now=datetime.now(), passphrase=passphrase)
    QMessageBox.information(
        parent,
        "carebook",
        (
            translate("opening", "The damaged file is kept as {file}. The backup is restored.")
            if chosen is restore
            else translate(
                "opening",
                "The damaged file is kept as {file}. A new, empty caseload starts in its place.",
            )
        ).format(file=kept),
    )
