"""The language carebook speaks and the locale it writes dates in: chosen under View →
Language (or `--language` on the command line), else the computer's own.

Translations are kept as Qt Linguist sources (resources/translations/*.ts). A built app carries
them compiled (.qm); installed from a wheel or run from a source checkout, carebook compiles them
once into its cache folder with PySide6's `lrelease`, so no compiled file is ever kept in git.
Whatever stops that (no lrelease, a cache folder that cannot be written) leaves carebook in
English, with a line in the log, never a failure.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from contextlib import suppress
from pathlib import Path

import PySide6
from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from carebook.core import calendar_words, words
from carebook.core.resource_files import resource

#: The languages carebook is translated into, by ISO 639 code, each named in itself.
LANGUAGES = {"en": "English", "es": "Español"}
SYSTEM = "system"
_SETTING = "window/language"
_log = logging.getLogger(__name__)
#: The translators in use, kept alive here (Qt holds only a pointer to each).
_installed: list[QTranslator] = []
#: The language installed last, or None before the first install.
_spoken: str | None = None
#: Whether that language was asked for by name (`--language`), rather than looked up.
_asked_for = False


def chosen() -> str:
    """What View → Language says: a code of LANGUAGES, or SYSTEM (the default)."""
    kept = QSettings().value(_SETTING, SYSTEM)
    return kept if isinstance(kept, str) and (kept in LANGUAGES or kept == SYSTEM) else SYSTEM


def choose(language: str) -> None:
    """Keep `language` (a code or SYSTEM) for the next start."""
    QSettings().setValue(_SETTING, language)


def system_language() -> str:
    """The computer's language if carebook speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(language: str | None = None, *, asked_for: bool = False) -> str:
    """Speak `language` (a code, SYSTEM, or None for the kept choice) from now on: carebook's
    words, Qt's own (dialog buttons, date pickers), and dates and times in the locale's way.
    `asked_for`: the user named it (`--language`), so the window keeps it. Returns the code of
    the language spoken."""
    global _spoken, _asked_for
    _spoken = _install(language)
    _asked_for = asked_for
    return _spoken


def ensure_installed() -> str:
    """As the window starts: the language asked for by `--language`, now also speaking through
    the QApplication; else the one View → Language keeps (read now, whatever the command line
    looked up before: it cannot read the kept choice on every system)."""
    if _spoken is None or not _asked_for:
        return install()
    if QCoreApplication.instance() is not None:
        for translator in _installed:  # Qt's own first: the last installed is asked first
            QCoreApplication.removeTranslator(translator)
            QCoreApplication.installTranslator(translator)
    return _spoken


def _install(language: str | None) -> str:
    asked = chosen() if language is None else language
    code = system_language() if asked == SYSTEM else asked
    if code not in LANGUAGES:
        code = "en"
    _remove_installed()
    system = QLocale.system()
    # The computer's locale for its own language; the chosen language in the computer's country
    # otherwise (Spanish on a US laptop writes dates the US way and prints on Letter).
    locale = system if system.name().startswith(code) else QLocale(f"{code}_{_country(system)}")
    QLocale.setDefault(locale)
    calendar_words.set_style(style_of(locale))
    if code == "en":
        words.install(None)
        return code
    ours = QTranslator()
    compiled = _compiled(code)
    if compiled is None or not ours.load(str(compiled)):
        _log.warning("The %s translation could not be loaded; carebook speaks English.", code)
        words.install(None)
        return "en"
    qt_own = QTranslator()
    qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _installed.extend([qt_own, ours])
    if QCoreApplication.instance() is not None:
        QCoreApplication.installTranslator(qt_own)
        QCoreApplication.installTranslator(ours)
    words.install(_translator(ours, locale), code)
    return code


def uninstall() -> None:
    """Back to English words and the plain style (for tests that switch languages)."""
    global _spoken, _asked_for
    _spoken, _asked_for = None, False
    _remove_installed()
    words.install(None)
    calendar_words.set_style(calendar_words.Style())
    QLocale.setDefault(QLocale.c())


def style_of(locale: QLocale) -> calendar_words.Style:
    """How `locale` writes a day, a time and a week."""
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return calendar_words.Style(
        month_first=0 <= day.find("M") < day.find("d"),
        twelve_hour="a" in clock.lower(),  # Qt writes the AM/PM mark as "AP", "ap", "A" or "a"
        first_weekday=locale.firstDayOfWeek().value - 1,
    )


def _country(locale: QLocale) -> str:
    name = locale.name()
    return name.split("_")[1] if "_" in name else "US"


def _translator(ours: QTranslator, locale: QLocale) -> words.Translator:
    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = ours.translate(context, text, disambiguation, n) or text
        return found.replace("%n", locale.toString(n)) if n >= 0 else found

    return translated


def _remove_installed() -> None:
    for translator in _installed:
        if QCoreApplication.instance() is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()


def _compiled(code: str) -> Path | None:
    """The compiled translation of `code`: shipped with a built app, else compiled from its
    source into the cache folder once (an installed wheel, a source checkout)."""
    shipped = resource("translations", f"carebook_{code}.qm")
    if shipped.exists():
        return shipped
    source = resource("translations", f"carebook_{code}.ts")
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    try:
        folder = _cache_folder()
    except OSError as error:
        _log.warning("No cache folder for the %s translation (%s).", code, error.strerror)
        return None
    target = folder / f"carebook_{code}-{digest}.qm"
    if target.exists():
        return target
    lrelease = _lrelease()
    if lrelease is None:
        _log.warning("The %s translation cannot be compiled here: no lrelease.", code)
        return None
    # Made under a name of its own, then moved into place: two carebooks starting at once
    # never read a half-written file.
    making = target.with_name(f"{target.stem}.{os.getpid()}.making")
    try:
        subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(making)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.chmod(making, 0o600)
        os.replace(making, target)
        for older in folder.glob(f"carebook_{code}-*.qm"):
            if older != target:  # compiled from an earlier translation: never read again
                older.unlink(missing_ok=True)
    except (OSError, subprocess.SubprocessError):
        _log.warning("The %s translation could not be compiled.", code)
        with suppress(OSError):
            making.unlink(missing_ok=True)
    return target if target.exists() else None


def _cache_folder() -> Path:
    # Only translations live here, never patient data; owner-only all the same.
    folder = user_cache_path("carebook", appauthor=False) / "translations"
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True)
    return folder


def _lrelease() -> str | None:
    """PySide6's own lrelease, else one on the PATH (a system Qt's), else None."""
    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def language_menu(parent: QMenu) -> QMenu:
    """View → Language: As the system, English, Español; the choice holds from the next start
    (every window, dialog and printed sheet is then in the chosen language)."""
    menu = parent.addMenu(QCoreApplication.translate("Language", "Lan&guage"))
    group = QActionGroup(menu)
    names = {SYSTEM: QCoreApplication.translate("Language", "As the &system")}
    names.update(LANGUAGES)  # each language named in itself, so anyone can find their own
    for code, name in names.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == chosen())
        action.triggered.connect(lambda _checked=False, c=code: _chosen_in_menu(c, parent))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _chosen_in_menu(code: str, parent: QWidget) -> None:
    if code == chosen():
        return
    choose(code)
    QMessageBox.information(
        parent.window(),
        "carebook",
        QCoreApplication.translate(
            "Language", "carebook will speak the language you chose when you next start it."
        ),
    )
