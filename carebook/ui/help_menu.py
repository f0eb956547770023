"""Help → About (what carebook runs on, its licence) and Help → Open data folder."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from carebook import __version__
from carebook.core.words import translate
from carebook.storage.engines import engine_versions
from carebook.ui.commands import Caseload

LICENCE = "GPL-3.0-or-later"


def versions() -> list[tuple[str, str]]:
    """What carebook runs on, by name and version, as About lists it."""
    engines = engine_versions()
    return [
        ("carebook", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", platform.python_version()),
        ("SQLite", engines["SQLite"]),
        ("SQLCipher", engines["SQLCipher"] or translate("Help", "not available")),
    ]


def about_text(caseload: Caseload) -> str:
    """About's rich text: what carebook is, what it runs on, its licence, where the file is."""
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(version)}</td></tr>"
        for name, version in versions()
    )
    return (
        translate(
            "Help",
            "<h3>carebook %s</h3><p>An offline caseload organizer for care coordinators.</p>",
        )
        % escape(__version__)
        + f"<table>{rows}</table>"
        + translate(
            "Help",
            "<p>Free software under the GNU General Public License, version 3 or later "
            "(%s): you may use, study, share and change it.</p>",
        )
        % LICENCE
        + translate(
            "Help", "<p>Your caseload stays in one file on this computer:<br><code>%s</code></p>"
        )
        % escape(str(caseload.store.path.resolve()))
    )


def about(caseload: Caseload, parent: QWidget) -> None:
    """Help → About carebook."""
    QMessageBox.about(parent, translate("Help", "About carebook"), about_text(caseload))


def open_data_folder(caseload: Caseload, parent: QWidget) -> bool:
    """Help → Open data folder: the folder of the caseload and its backups, in the system's
    file manager; where there is none, its path is said instead. True when it opened."""
    folder = caseload.store.path.resolve().parent
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        parent,
        translate("Help", "Open data folder"),
        translate(
            "Help", "carebook could not open a file manager here. The caseload's folder is:\n\n%s"
        )
        % folder,
    )
    return False
