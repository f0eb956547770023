"""The user guide in Spanish: every English page has its Spanish page with the same links,
anchors and keys, and carebook speaking Spanish opens it (with the shared stylesheet)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_user_guide import _open_guide, _Page

from carebook.core import words
from carebook.ui import language
from carebook.ui.user_guide import CONTENTS, guide_folder

ENGLISH = guide_folder("en")
SPANISH = ENGLISH / "es"


def _keys(page: _Page) -> list[str]:
    return sorted(key for key in page.keys if not re.fullmatch(r"Alt\+[A-Z]", key))


def _read(path: Path) -> _Page:
    return _Page(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", sorted(p.name for p in ENGLISH.glob("*.html")))
def test_every_page_has_its_spanish_page_with_the_same_links_anchors_and_keys(page: str) -> None:
    english, spanish = _read(ENGLISH / page), _read(SPANISH / page)
    shared = ["../guide.css" if link == "guide.css" else link for link in english.links]
    assert sorted(spanish.links) == sorted(shared)
    assert spanish.anchors == english.anchors
    # An Alt+letter opens a menu by its underlined letter, which the Spanish menus choose anew
    # (Ay&uda, not &Help); every other key is the same.
    assert _keys(spanish) == _keys(english)
    text = (SPANISH / page).read_text(encoding="utf-8")
    assert '<html lang="es">' in text
    # Nothing fetched from the network, no colour of its own (as the English pages).
    assert not re.search(r"https?:|url\(|(?<![-\w])colou?r\s*[:=]|background|<font", text.lower())


@pytest.fixture
def spanish() -> Iterator[None]:
    language.install("es")
    yield
    language.uninstall()


def test_speaking_spanish_the_guide_opens_at_its_spanish_contents(
    qtbot: QtBot, spanish: None
) -> None:
    assert words.language() == "es"
    assert guide_folder() == SPANISH
    guide = _open_guide(qtbot)
    assert Path(guide.browser.source().toLocalFile()) == SPANISH / CONTENTS
    assert guide.windowTitle().startswith("Guía del usuario de carebook")
    read = {Path(url.toLocalFile()) for url in guide.browser.loaded}
    assert ENGLISH / "guide.css" in read  # the one stylesheet, shared
    assert "Contenido" in guide.browser.toPlainText()
