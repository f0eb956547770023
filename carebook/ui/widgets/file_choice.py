"""Asking for a file to save or open, leaving no trace of its folder in Qt's own settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from carebook.storage.output_files import OutputRefused, refuse_own_files

#: What Qt's file dialog keeps of the folders it was shown, in its own settings file
#: (QtProject.conf, apart from carebook's): folder names can be patients' names.
_REMEMBERED = ("history", "lastVisited")


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """The file the user chose to save to, or "" when they cancelled."""
    try:
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    finally:
        forget_folders()
    return chosen


def refused(path: Path, caseload: Path, parent: QWidget | None) -> bool:
    """Say so and return True when `path` would overwrite the caseload or one of its files."""

    try:
        refuse_own_files(path, caseload)
    except OutputRefused as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("file_choice", "Not saved"),
            str(error)[:1].upper() + str(error)[1:] + ".",
        )
        return True
    return False


def open_file_names(parent: QWidget | None, caption: str, folder: str, filters: str) -> list[str]:
    """The files the user chose to open (none when they cancelled)."""
    try:
        chosen, _ = QFileDialog.getOpenFileNames(parent, caption, folder, filters)
    finally:
        forget_folders()
    return list(chosen)


def forget_folders() -> None:
    """Take the folders Qt's file dialog remembers out of its settings file."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _REMEMBERED:
        settings.remove(key)
    settings.endGroup()
    settings.sync()
