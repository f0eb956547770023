"""Help → User guide: the guide shipped with carebook, read offline in a window of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carebook.core import words
from carebook.core.resource_files import resource
from carebook.ui.widgets.accessible import name_from_label
from carebook.ui.widgets.screen_fit import fitted

#: The guide's first page, its contents.
CONTENTS = "index.html"


def guide_folder(language: str | None = None) -> Path:
    """The folder of the guide's pages in `language` (default: the one carebook speaks), as
    shipped with carebook: the English guide, or its translation in a folder of its own."""
    root = resource("guide").resolve()
    code = words.language() if language is None else language
    translated = root / code
    return translated if code != "en" and (translated / CONTENTS).is_file() else root


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that reads only the guide's own files: nothing from the network, and no
    link ever handed to the system (a web page would leave the offline guide)."""

    #: A link that leads out of the guide was followed, and not opened.
    refused = Signal(QUrl)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        # A translated guide shares the English one's stylesheet, one folder up: the whole
        # guide's folder is what may be read.
        root = resource("guide").resolve()
        self.readable = root if folder.resolve().is_relative_to(root) else folder.resolve()
        self.loaded: list[QUrl] = []  # every resource read, so a test can see where from
        # Links are followed here, after checking where they lead, never by Qt on its own.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.follow)

    def inside(self, url: QUrl) -> Path | None:
        """The guide file `url` names (a relative one read beside the page shown), or None."""
        if url.isRelative():
            shown = self.source()
            base = shown if shown.isValid() else QUrl.fromLocalFile(str(self.folder / CONTENTS))
            url = base.resolved(url)
        if url.scheme() != "file":
            return None
        path = Path(url.toLocalFile()).resolve()
        return path if path.is_relative_to(self.readable) and path.is_file() else None

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        path = self.inside(QUrl(name))
        if path is None:
            return None  # an http(s) image or stylesheet is never fetched
        self.loaded.append(QUrl.fromLocalFile(str(path)))
        text_kinds = (
            QTextDocument.ResourceType.HtmlResource,
            QTextDocument.ResourceType.StyleSheetResource,
        )
        if int(kind) in {k.value for k in text_kinds}:
            return path.read_text(encoding="utf-8")
        return path.read_bytes()

    def follow(self, url: QUrl) -> None:
        """A link clicked or activated: a page (or a place on one) of the guide, else refused."""
        target = self.source().resolved(url) if url.isRelative() else url
        if self.inside(target) is None:  # a path only: any #place is left aside
            self.refused.emit(url)
            return
        self.setSource(target)


class UserGuide(QDialog):
    """The guide, with Back, Forward, Contents, find-in-page and Print; it keeps nothing once
    closed (no page, no search), so nothing of a session outlives it."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("carebook user guide"))
        self.browser = GuideBrowser(folder or guide_folder(), self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.sourceChanged.connect(self._page_shown)

        self.back_button = QPushButton(self.tr("◀ &Back"), self)
        self.back_button.setToolTip(self.tr("The page before (Alt+Left)"))
        self.forward_button = QPushButton(self.tr("&Forward ▶"), self)
        self.forward_button.setToolTip(self.tr("The page after (Alt+Right)"))
        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.contents_button.setToolTip(self.tr("The guide's contents (Home)"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the page shown"))
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(self.show_contents)
        self.print_button.clicked.connect(self.print_page)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        for button in (self.back_button, self.forward_button):
            button.setEnabled(False)
        top = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.print_button)

        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find on this page"))
        self.find_field.setAccessibleName(self.tr("Find on this page"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textEdited.connect(lambda _text: self.search(again=False))
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.installEventFilter(self)
        find_label = QLabel(self.tr("Fi&nd:"), self)
        name_from_label(find_label, self.find_field)
        self.next_button = QPushButton(self.tr("Ne&xt"), self)
        self.next_button.setToolTip(self.tr("The next place found (F3)"))
        self.next_button.clicked.connect(self.find_next)
        self.previous_button = QPushButton(self.tr("Pre&vious"), self)
        self.previous_button.setToolTip(self.tr("The place found before (Shift+F3)"))
        self.previous_button.clicked.connect(self.find_previous)
        for button in (self.next_button, self.previous_button):
            button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Found"))
        self.browser.refused.connect(
            lambda _url: self.status.setText(self.tr("Only the guide's own pages open here."))
        )
        find_bar = QHBoxLayout()
        find_bar.addWidget(find_label)
        find_bar.addWidget(self.find_field, 1)
        find_bar.addWidget(self.next_button)
        find_bar.addWidget(self.previous_button)
        find_bar.addWidget(self.status, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addLayout(find_bar)
        layout.addWidget(buttons)
        for button in (self.back_button, self.forward_button, self.contents_button):
            button.setAutoDefault(False)
        self.print_button.setAutoDefault(False)

        # QShortcut objects, not QActions: the window's own Alt+Left, Ctrl+F and Home keep
        # theirs, and these answer only while the guide is the active window.
        for keys, run in (
            ("Alt+Left", self.browser.backward),
            ("Alt+Right", self.browser.forward),
            ("Home", self.show_contents),
            (QKeySequence.StandardKey.Find, self.start_finding),
            # F3 spelt out: the platform's FindNext may be Ctrl+G alone (macOS).
            ("F3", self.find_next),
            ("Shift+F3", self.find_previous),
        ):
            QShortcut(QKeySequence(keys), self, run)

        self.browser.setSource(QUrl.fromLocalFile(str(self.browser.folder / CONTENTS)))
        # Fits a 1366×768 screen with its panel; larger screens get a comfortable page.
        self.resize(fitted(940, 720, self))
        self.browser.setFocus()

    # -- pages -----------------------------------------------------------------------------------

    def show_contents(self) -> None:
        self.browser.home()

    def _page_shown(self, _url: QUrl) -> None:
        title = self.browser.documentTitle()
        heading = self.tr("carebook user guide")
        self.setWindowTitle(f"{heading} — {title}" if title else heading)
        self.status.clear()

    def page_name(self) -> str:
        """The file name of the page shown ("agenda.html")."""
        return Path(self.browser.source().toLocalFile()).name

    # -- finding on the page ---------------------------------------------------------------------

    def start_finding(self) -> None:
        """Ctrl+F: to the find field, what was typed there selected to type over."""
        self.find_field.setFocus()
        self.find_field.selectAll()

    def find_next(self) -> None:
        self.search(again=True)

    def find_previous(self) -> None:
        self.search(again=True, backward=True)

    def search(self, *, again: bool, backward: bool = False) -> bool:
        """Select the next place the find field's words appear, going round the page's end;
        typing searches again from where the last match began, so a word grows in place."""
        text = self.find_field.text()
        if not text:
            self.status.clear()
            return False
        cursor = self.browser.textCursor()
        if not again:  # typing: look again from the start of what is selected
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # round the end (or the start) of the page, once
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText(self._where(text) if found else self.tr("Not found"))
        return found

    def _where(self, text: str) -> str:
        """ "2 of 5": which of the page's matches is selected."""
        document = self.browser.document()
        chosen = self.browser.textCursor().selectionStart()
        number, place, total = 0, QTextCursor(document), 0
        while True:
            place = document.find(text, place)
            if place.isNull():
                break
            total += 1
            if place.selectionStart() == chosen:
                number = total
        return self.tr("%d of %d") % (number, total)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in the find field goes back to the page; a second Escape closes the guide.
        if (
            watched is self.find_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.find_field.clear()
            self.status.clear()
            self.browser.setFocus()
            return True
        return super().eventFilter(watched, event)

    # -- printing --------------------------------------------------------------------------------

    def print_page(self) -> None:
        """Print… : the printer asked for, then the page shown."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the guide's page"))
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.print_to(printer)
        finally:
            dialog.deleteLater()

    def print_to(self, printer: QPrinter) -> None:
        self.browser.document().print_(printer)


def show_user_guide(parent: QWidget) -> UserGuide:
    """Help → User guide: the guide open beside the window (one at a time), at its contents."""
    for guide in parent.findChildren(UserGuide):
        if guide.isVisible():
            guide.raise_()
            guide.activateWindow()
            return guide
    guide = UserGuide(parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
