"""The first-start tour: three screens on how the day goes in carebook, each one skippable."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carebook.core.words import translate
from carebook.ui.widgets.icons import icon

#: QSettings key: the tour has been shown (or skipped) once; Help → Take the tour shows it again.
SEEN_KEY = "tour/seen"
_ICON_SIZE = 48


def _pages() -> list[tuple[str, str, str]]:
    """Each screen: its icon, title and text (rich text, the keys in bold)."""
    return [
        (
            "today",
            translate("Tour", "Your day starts on Today"),
            translate(
                "Tour",
                "<p><b>Today</b> (Ctrl+1) lists the day's visits, the tasks that are due, the "
                "reviews coming up and every patient whose medicines need a look.</p>"
                "<p>The <b>Agenda</b> (Ctrl+2) shows a day, a week or a month; Alt+Left and "
                "Alt+Right go back and forth a day, Ctrl+T comes back to today.</p>",
            ),
        ),
        (
            "find",
            translate("Tour", "Find anyone, write it down as it happens"),
            translate(
                "Tour",
                "<p><b>Ctrl+K</b> finds a patient, a contact, a medicine or a note from a few "
                "letters. Enter opens the record.</p>"
                "<p><b>Ctrl+N</b> adds a record where you are; <b>F2</b> edits the one chosen. "
                "Every change is saved at once and can be undone with Ctrl+Z.</p>",
            ),
        ),
        (
            "print",
            translate("Tour", "Print the day and keep the caseload safe"),
            translate(
                "Tour",
                "<p><b>Ctrl+P</b> prints the day's visit agenda with each patient's medicines "
                "and allergies; Ctrl+Shift+S saves it as a PDF.</p>"
                "<p>carebook backs the caseload up once a day and when you close it; File → "
                "Back up now makes one whenever you want. A passphrase (File → Protect with "
                "passphrase) keeps the file unreadable to anyone else, and Ctrl+L hides the "
                "screen when you step away.</p>"
                "<p>F1 lists every key; Help → User guide explains the rest.</p>",
            ),
        ),
    ]


class Tour(QDialog):
    """Three screens with Back, Next and Skip; Esc skips, Enter goes on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to carebook"))
        self.stack = QStackedWidget(self)
        pages = _pages()
        for number, (icon_name, title, text) in enumerate(pages, start=1):
            self.stack.addWidget(self._page(icon_name, title, text, number, len(pages)))
        self.skip = QPushButton(self.tr("&Skip tour"), self)
        self.skip.setAccessibleDescription(self.tr("Close the tour; Help → Take the tour shows it"))
        self.back = QPushButton(self.tr("&Back"), self)
        self.next = QPushButton(self.tr("&Next"), self)
        self.next.setDefault(True)
        self.skip.clicked.connect(self.reject)
        self.back.clicked.connect(lambda: self.turn(-1))
        self.next.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.turn(0)

    def _page(self, icon_name: str, title: str, text: str, number: int, count: int) -> QWidget:
        page = QWidget(self)
        picture = QLabel(page)
        picture.setPixmap(icon(icon_name).pixmap(_ICON_SIZE, _ICON_SIZE))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        picture.setAccessibleName(title)
        heading = QLabel(f"<h2>{title}</h2>", page)
        heading.setTextFormat(Qt.TextFormat.RichText)
        body = QLabel(text, page)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        step = QLabel(self.tr("%d of %d") % (number, count), page)
        step.setAlignment(Qt.AlignmentFlag.AlignRight)
        words = QVBoxLayout()
        words.addWidget(heading)
        words.addWidget(body, 1)
        words.addWidget(step)
        row = QHBoxLayout(page)
        row.addWidget(picture)
        row.addSpacing(12)
        row.addLayout(words, 1)
        return page

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def turn(self, by: int) -> None:
        """Show the screen `by` screens on (back when negative), within the three."""
        last = self.stack.count() - 1
        self.stack.setCurrentIndex(min(max(self.page + by, 0), last))
        self.back.setEnabled(self.page > 0)
        self.next.setText(self.tr("&Start working") if self.page == last else self.tr("&Next"))

    def _next(self) -> None:
        if self.page == self.stack.count() - 1:
            self.accept()
        else:
            self.turn(1)

    def done(self, result: int) -> None:
        QSettings().setValue(SEEN_KEY, True)  # a layout choice, no patient data
        super().done(result)


def seen() -> bool:
    """Whether the tour has been shown on this computer."""
    return bool(QSettings().value(SEEN_KEY, False, type=bool))


def show_tour(parent: QWidget) -> Tour:
    """Open the tour over `parent`, without waiting for it (the window stays usable)."""
    tour = Tour(parent)
    tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tour.open()
    return tour
