"""Choosing carebook's language: the computer's by default, English when carebook does not
speak the computer's, and a translation compiled once into a private cache from a checkout."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from carebook.core import calendar_words, words
from carebook.ui import language


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    before = QLocale()
    yield
    language.uninstall()
    QLocale.setDefault(before)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "carebook" / "translations"


def test_a_computer_in_a_language_carebook_does_not_speak_gets_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language.install(language.SYSTEM) == "en"
    assert words.language() == "en"
    assert words.translate("MainWindow", "&File") == "&File"
    assert calendar_words.style().first_weekday == 0  # Monday, as in Germany


def test_a_spanish_computer_gets_spanish_in_its_own_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert language.install(language.SYSTEM) == "es"
    assert words.translate("MainWindow", "&File") == "&Archivo"
    assert QLocale().name() == "es_MX"


def test_english_on_a_us_computer_puts_the_month_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert language.install("en") == "en"
    assert calendar_words.style() == calendar_words.Style(True, True, 6)


def test_the_translation_is_compiled_once_into_an_owner_only_cache(cache: Path) -> None:
    assert language.install("es") == "es"
    compiled = list(cache.glob("carebook_es-*.qm"))
    assert len(compiled) == 1
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(compiled[0].stat().st_mode) == 0o600
    made = compiled[0].stat().st_mtime_ns
    stale = cache / "carebook_es-0000000000000000.qm"
    stale.write_bytes(b"")
    language.uninstall()
    assert language.install("es") == "es"
    assert compiled[0].stat().st_mtime_ns == made  # read again, not made again
    assert stale.exists()  # only a new compile clears old ones


def test_without_its_translation_carebook_speaks_english(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_compiled", lambda code: None)
    assert language.install("es") == "en"
    assert words.translate("MainWindow", "&File") == "&File"


def test_the_window_speaks_the_kept_choice_unless_a_language_was_asked_for() -> None:
    language.choose("es")
    language.install("en")  # what the command line looked up before the window
    assert language.ensure_installed() == "es"
    assert words.translate("MainWindow", "&File") == "&Archivo"
    language.install("en", asked_for=True)  # carebook --language en
    assert language.ensure_installed() == "en"
    assert words.translate("MainWindow", "&File") == "&File"


def test_a_cache_that_cannot_be_written_leaves_carebook_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    assert language.install("es") == "en"
    assert words.translate("MainWindow", "&File") == "&File"
    assert "No cache folder for the es translation" in caplog.text


def test_without_lrelease_carebook_speaks_english(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_lrelease", lambda: None)
    assert language.install("es") == "en"
    assert not cache.exists() or not list(cache.glob("*.making"))
