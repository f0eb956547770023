"""carebook in Spanish: the main window, a form and a printed day sheet say nothing in English,
and dates follow the Spanish-speaking US coordinator's locale."""

from __future__ import annotations

import enum
import html
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carebook.core import calendar_words, vocabularies, words
from carebook.core.records import Patient
from carebook.ui import language
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "carebook_es.ts"
#: The codes carebook stores ("active", "home_visit"): its own words, shown only through their
#: labels, so never set aside as the coordinator's.
_CODES = {
    str(member.value)
    for kind in vars(vocabularies).values()
    if isinstance(kind, type) and issubclass(kind, enum.Enum)
    for member in kind
}
#: Words English and Spanish share, or names that are never translated.
_SHARED = {"carebook", "fhir", "html", "nkda", "total", "normal", "plan", "final", "local"}


def _english_words() -> set[str]:
    """Words of four letters or more that carebook's English uses and its Spanish never does."""
    english: set[str] = set()
    spanish: set[str] = set()
    for message in ET.parse(SPANISH).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        said = " ".join(translation.itertext()) if translation is not None else ""
        english |= set(re.findall(r"[a-z]{4,}", re.sub(r"\{[^}]*\}|<[^>]*>", " ", source.lower())))
        spanish |= set(re.findall(r"[a-záéíóúñü]{4,}", said.lower()))
    return english - spanish - _SHARED - _shipped_data_words()


def _shipped_data_words() -> set[str]:
    """Words of the medicine list and the instruments: data carebook ships in English (drug
    classes, questionnaires), printed as written."""
    found: set[str] = set()
    for data in [
        ROOT / "resources" / "medicines.json",
        *(ROOT / "resources").glob("instruments/*"),
    ]:
        found |= set(re.findall(r"[a-z]{4,}", data.read_text(encoding="utf-8").lower()))
    return found


ENGLISH = _english_words()


def caseload_texts(path: Path) -> list[str]:
    """Every text the caseload holds (names, notes, titles, addresses), longest first: what the
    coordinator wrote is shown as she wrote it, in any language."""
    found: set[str] = set()
    with closing(sqlite3.connect(path)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for column in [row[1] for row in db.execute(f"PRAGMA table_info('{table}')")]:
                found |= {
                    value
                    for (value,) in db.execute(f'SELECT DISTINCT "{column}" FROM "{table}"')
                    if isinstance(value, str) and len(value) >= 3 and value not in _CODES
                }
    return sorted(found, key=len, reverse=True)


def english_in(texts: list[str], data: list[str]) -> list[tuple[str, list[str]]]:
    """Each text that still holds an English word of carebook's once the caseload's own texts
    (`data`), paths and markup are set aside, with those words."""
    found = []
    for text in texts:
        plain = re.sub(r"\S*/\S*|<[^>]*>", " ", text).replace("&", "").replace("\xa0", " ")
        for value in data:
            if value in plain:
                plain = plain.replace(value, " ")
        english = sorted(set(re.findall(r"[a-z]{4,}", plain.lower())) & ENGLISH)
        if english:
            found.append((text, english))
    return found


def shown_texts(root: QWidget) -> list[str]:
    """What a user reads in `root`: titles, labels, buttons, tabs, placeholders, headings,
    tooltips, and the window's menus."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(n) for n in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(n, Qt.Orientation.Horizontal) or "")
                for n in range(_columns(widget))
            ]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            texts += _menu_texts(action.menu())
    return [text for text in texts if text.strip()]


def _columns(view: QAbstractItemView) -> int:
    """How many columns `view` shows under a heading (none for a plain list)."""
    if isinstance(view, QTableView):
        return view.horizontalHeader().count()
    if isinstance(view, QTreeView) and not view.isHeaderHidden():
        return view.header().count()
    return 0


def _menu_texts(menu: Any) -> list[str]:
    if not isinstance(menu, QMenu):
        return []
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        texts += _menu_texts(action.menu())
    return texts


@pytest.fixture
def spanish() -> Iterator[None]:
    """carebook speaking Spanish on a US computer, as View → Language → Español does."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    assert language.install("es") == "es"
    yield
    language.uninstall()
    QLocale.setDefault(before)


def test_the_main_window_says_nothing_in_english(
    qtbot: QtBot, caseload: Caseload, sample_db: Path, spanish: None
) -> None:
    data = caseload_texts(sample_db)
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    texts = shown_texts(window)
    assert "&Archivo" in texts
    assert english_in(texts, data) == []
    for tab in range(1, window.tabs.count()):  # every tab, once each has been opened
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        assert english_in(shown_texts(window), data) == [], window.tabs.tabText(tab)


def test_a_new_patients_form_says_nothing_in_english(qtbot: QtBot, spanish: None) -> None:
    form = forms.patient_form(Patient(), date(2026, 12, 7))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    texts = shown_texts(form)
    assert form.windowTitle() != "New patient"
    assert english_in(texts, []) == []


def test_the_printed_day_sheet_says_nothing_in_english(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path, spanish: None
) -> None:
    sheet = tmp_path / "hoja.html"
    status, _out, err = run(
        capsys, "--db", str(sample_db), "--language", "es", "agenda", "--format", "html",
        "--days", "7", "--patient-sheets", "-o", str(sheet),
    )  # fmt: skip
    assert status == 0, err
    page = sheet.read_text(encoding="utf-8")
    assert 'lang="es"' in page
    body = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    text = re.sub(r"<[^>]+>", "\n", body)
    lines = [html.unescape(line).strip() for line in text.splitlines() if line.strip()]
    assert len(lines) > 100
    assert english_in(lines, caseload_texts(sample_db)) == []


def test_spanish_on_a_us_computer_writes_dates_the_us_way_in_spanish(spanish: None) -> None:
    assert words.language() == "es"
    assert calendar_words.style().first_weekday == 6  # Sunday, as in the US
    assert calendar_words.day_text(date(2026, 12, 7)) == "7 dic 2026"
    assert calendar_words.weekday_day(date(2026, 12, 7)) == "lun 7 dic"


def test_language_chosen_in_the_view_menu_is_kept_for_the_next_start(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "carebook.ui.language.QMessageBox.information", lambda *args: told.append(args[2])
    )
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    menu = next(a.menu() for a in view.actions() if a.text() == "Lan&guage")
    next(a for a in menu.actions() if a.text() == "Español").trigger()
    assert QSettings().value("window/language") == "es"
    assert told and "next start" in told[0]
    assert language.chosen() == "es"


def test_in_spanish_every_menu_and_tab_has_a_letter_of_its_own(
    qtbot: QtBot, caseload: Caseload, spanish: None
) -> None:
    """Alt+letter opens a menu or a tab: in Spanish as in English, no two share a letter."""
    window = MainWindow(caseload)
    qtbot.addWidget(window)
    named = [action.text() for action in window.menuBar().actions()]
    named += [window.tabs.tabText(n) for n in range(window.tabs.count())]
    letters = [re.search(r"&(\w)", text) for text in named]
    assert all(letters), named
    keys = [letter.group(1).casefold() for letter in letters if letter]
    assert len(set(keys)) == len(keys), named
    for menu in (action.menu() for action in window.menuBar().actions()):
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        marked = [m.group(1).casefold() for text in items if (m := re.search(r"&(\w)", text))]
        assert len(set(marked)) == len(marked), items
