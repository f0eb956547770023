"""Help → User guide: opened by keyboard at its contents, every link and anchor found, nothing
fetched from the network, every key it names answered by carebook, find-in-page, print, shipped."""

from __future__ import annotations

import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from keyboard_driver import ALT, CTRL, NONE, SHIFT, Key, activate, press, type_text
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.schedule.view_keys import DAY
from carebook.ui.user_guide import CONTENTS, UserGuide, guide_folder, show_user_guide
from carebook.ui.widgets.shortcut_sheet import IN_LISTS_AND_FORMS

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(guide_folder().glob("*.html"))
PORTABLE = QKeySequence.SequenceFormat.PortableText


class _Page(HTMLParser):
    """What one page names: its anchors, the links and resources it refers to, its keys."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.keys: list[str] = []
        self._in_kbd = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        for anchor in (named.get("id"), named.get("name") if tag == "a" else None):
            if anchor:
                self.anchors.add(anchor)
        for attribute in ("href", "src"):
            if named.get(attribute):
                self.links.append(str(named[attribute]))
        self._in_kbd = tag == "kbd"

    def handle_endtag(self, tag: str) -> None:
        if tag == "kbd":
            self._in_kbd = False

    def handle_data(self, data: str) -> None:
        if self._in_kbd:
            self.keys.append(data.strip())


def _pages() -> dict[str, _Page]:
    return {path.name: _Page(path.read_text(encoding="utf-8")) for path in PAGES}


def _open_guide(qtbot: QtBot, parent: QWidget | None = None) -> UserGuide:
    guide = UserGuide(parent)
    if parent is None:
        qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    activate(qtbot, guide)
    return guide


def test_help_user_guide_opens_by_keyboard_at_its_contents(
    qtbot: QtBot, window: MainWindow
) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, Key.Key_H, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.title() == "&Help"
    qtbot.keyClick(menu, Key.Key_U)
    qtbot.waitUntil(lambda: window.findChild(UserGuide) is not None)
    guide = window.findChild(UserGuide)
    assert isinstance(guide, UserGuide)
    qtbot.waitExposed(guide)
    assert guide.page_name() == CONTENTS
    assert "Contents" in guide.browser.toPlainText()
    assert "Getting started" in guide.browser.toPlainText()
    assert guide.windowTitle() == "carebook user guide — Contents"
    # Asked for again, the open guide comes forward: never a second one.
    assert show_user_guide(window) is guide
    assert len(window.findChildren(UserGuide)) == 1
    guide.close()


def test_every_link_and_anchor_of_every_page_is_there() -> None:
    pages = _pages()
    assert CONTENTS in pages and "guide.css" in {p.name for p in guide_folder().iterdir()}
    for name, page in pages.items():
        for link in page.links:
            assert not re.match(r"^[a-z][a-z0-9+.-]*:|^//", link, re.I), (name, link)
            target, _, anchor = link.partition("#")
            target = target or name
            assert (guide_folder() / target).is_file(), (name, link)
            if anchor:
                assert anchor in pages[target].anchors, (name, link)
    # Every page is reached from the contents, so none is left out of the guide.
    listed = {link.partition("#")[0] for link in pages[CONTENTS].links}
    assert set(pages) - {CONTENTS} <= listed


def test_no_page_names_the_web_or_a_colour_of_its_own() -> None:
    """Nothing is fetched from the network; no colour is set, so the dark appearance's palette
    gives the text and links (black on white would be unreadable there)."""
    for path in [*PAGES, guide_folder() / "guide.css"]:
        text = path.read_text(encoding="utf-8").lower()
        assert "http:" not in text and "https:" not in text and "url(" not in text, path.name
        assert not re.search(r"(?<![-\w])colou?r\s*[:=]|background|bgcolor|<font", text), path.name


def test_the_guide_reads_only_its_own_files_and_opens_no_link_outside(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    guide = _open_guide(qtbot)
    for path in PAGES:
        guide.browser.setSource(QUrl.fromLocalFile(str(path)))
        assert guide.page_name() == path.name
    folder = guide_folder()
    assert guide.browser.loaded, "the pages and their stylesheet were read"
    assert all(Path(url.toLocalFile()).resolve().parent == folder for url in guide.browser.loaded)
    assert any(url.fileName() == "guide.css" for url in guide.browser.loaded)

    web = QUrl("https://example.org/picture.png")
    for kind in QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.HtmlResource:
        assert guide.browser.loadResource(kind.value, web) is None
    shown = guide.browser.source()
    with qtbot.waitSignal(guide.browser.refused):
        guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert guide.browser.source() == shown and opened == []
    assert "Only the guide's own pages" in guide.status.text()
    # A link within the guide is followed, to its place on the page.
    guide.browser.anchorClicked.emit(QUrl("agenda.html#views"))
    assert guide.page_name() == "agenda.html" and guide.browser.source().fragment() == "views"


def _schedule_keys(qtbot: QtBot, window: MainWindow) -> set[str]:
    """The Alt+Shift+arrows that move a visit in the day view, found by pressing them (the
    moves are caught before they are made, so the caseload stays as it was)."""
    agenda = window.agenda
    window.tabs.setCurrentWidget(agenda)
    agenda.view_switch.set_view(DAY)
    grid = agenda.schedule.grid
    for _ in range(31):  # a day with a visit to select
        if grid.visit() is not None:
            break
        agenda.next_day()
    assert grid.visit() is not None, "the sample has a visit within a month"
    grid.move_wanted.disconnect()
    asked: list[object] = []
    grid.move_wanted.connect(lambda visit, start: asked.append(start))
    grid.setFocus()
    answered = set()
    for name in ("Up", "Down", "Left", "Right"):
        before = len(asked)
        qtbot.keyClick(grid, getattr(Key, f"Key_{name}"), ALT | SHIFT)
        if len(asked) > before:
            answered.add(f"Alt+Shift+{name}")
    return answered


def _keys_of(widget: QWidget) -> set[str]:
    keys = {
        sequence.toString(PORTABLE)
        for action in widget.findChildren(QAction)
        for sequence in action.shortcuts()
    }
    keys |= {shortcut.key().toString(PORTABLE) for shortcut in widget.findChildren(QShortcut)}
    return keys


def _alt_letters(window: MainWindow) -> set[str]:
    """Alt and the underlined letter of each menu of the menu bar and each tab."""
    titles = [action.text() for action in window.menuBar().actions()]
    titles += [window.tabs.tabText(n) for n in range(window.tabs.count())]
    return {
        f"Alt+{found.group(1).upper()}"
        for title in titles
        if (found := re.search(r"&([^&])", title.replace("&&", "")))
    }


def test_every_key_the_guide_names_answers_in_carebook(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    named = {key for page in _pages().values() for key in page.keys}
    # Combinations with Ctrl, Alt or Shift, and function keys: plain Return, Escape and the
    # arrows are Qt's own (a modifier named alone, "hold Alt", is no key either).
    checked = {key for key in named if re.match(r"^((Ctrl|Alt|Shift)\+|F\d+$)", key)}
    assert {"Ctrl+K", "Ctrl+Shift+V", "Alt+Left", "F1", "F3"} <= checked

    # Every tab made, as it is once shown or once the window has idled a moment.
    assert window.agenda and window.list_tabs and window.billing.tab
    known = _keys_of(window) | _alt_letters(window)
    for keys, _what in IN_LISTS_AND_FORMS:
        known |= {QKeySequence(part).toString(PORTABLE) for part in keys.split(" / ")}
    patient_id = caseload.store.conn.execute("SELECT min(id) FROM patient").fetchone()[0]
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    known |= _keys_of(record)
    record.close()
    guide = _open_guide(qtbot, window)
    known |= _keys_of(guide)
    guide.close()
    known |= _schedule_keys(qtbot, window)

    unknown = sorted(key for key in checked if QKeySequence(key).toString(PORTABLE) not in known)
    assert unknown == []


def test_back_forward_and_contents_by_keyboard(qtbot: QtBot) -> None:
    guide = _open_guide(qtbot)
    guide.browser.anchorClicked.emit(QUrl("agenda.html"))
    guide.browser.setFocus()
    press(qtbot, Key.Key_Left, ALT, inside=guide)
    assert guide.page_name() == CONTENTS
    press(qtbot, Key.Key_Right, ALT, inside=guide)
    assert guide.page_name() == "agenda.html"
    assert guide.windowTitle() == "carebook user guide — The Agenda"
    press(qtbot, Key.Key_Home, NONE, inside=guide)
    assert guide.page_name() == CONTENTS
    assert guide.back_button.isEnabled()


def test_find_in_page_finds_a_word_and_f3_moves_to_the_next(qtbot: QtBot) -> None:
    guide = _open_guide(qtbot)
    guide.browser.anchorClicked.emit(QUrl("agenda.html"))
    press(qtbot, Key.Key_F, CTRL, inside=guide)
    assert guide.find_field.hasFocus()
    type_text(qtbot, "route", guide)
    cursor = guide.browser.textCursor()
    assert cursor.selectedText().casefold() == "route"
    first = cursor.selectionStart()
    total = guide.browser.toPlainText().casefold().count("route")
    assert total > 2 and guide.status.text() == f"1 of {total}"

    press(qtbot, Key.Key_F3, NONE, inside=guide)
    second = guide.browser.textCursor().selectionStart()
    assert second > first and guide.status.text() == f"2 of {total}"
    press(qtbot, Key.Key_F3, SHIFT, inside=guide)
    assert guide.browser.textCursor().selectionStart() == first

    type_text(qtbot, "zzz", guide)
    assert guide.status.text() == "Not found"
    press(qtbot, Key.Key_Escape, NONE, inside=guide)
    assert guide.isVisible() and guide.browser.hasFocus() and guide.find_field.text() == ""
    press(qtbot, Key.Key_Escape, NONE, inside=guide)
    qtbot.waitUntil(lambda: not guide.isVisible())


def test_print_puts_the_page_on_paper(qtbot: QtBot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    guide = _open_guide(qtbot)
    guide.browser.anchorClicked.emit(QUrl("safety.html"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page.pdf"))
    guide.print_to(printer)
    pages = PdfReader(tmp_path / "page.pdf").pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    # The heading's first letters may come apart in the PDF's text (kerning): its words are there.
    assert "the caseload safe" in text and "a passphrase you will not forget" in text


def test_the_guide_fits_a_small_laptop_screen(qtbot: QtBot) -> None:
    guide = _open_guide(qtbot)
    assert guide.width() <= 1366 and guide.height() <= 768 - 40
    hint = guide.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 600


def test_the_guide_is_shipped_with_the_package() -> None:
    # The wheel carries the top-level resources folder inside the package, whole.
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    carried = data["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert carried == {"resources": "carebook/resources"}
    for path in [*PAGES, guide_folder() / "guide.css"]:
        assert path.is_file()
        assert path.resolve().is_relative_to(ROOT / "resources"), path
