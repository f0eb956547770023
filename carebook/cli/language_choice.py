"""The language a command speaks: `--language CODE`, else the one chosen in the window, else the
computer's. Qt (which holds the translations) loads only when carebook speaks another language
than English, so a command in English stays as lean as it was.
"""

from __future__ import annotations

import configparser
import locale
import os
import sys
from pathlib import Path

from carebook.cli.argparse_words import speak
from carebook.cli.common import LANGUAGE_CODES as CODES

SYSTEM = "system"


def install_language(asked: str | None) -> None:
    """Speak `asked` (a code or "system"), or the window's choice, else the computer's."""
    given = asked is not None
    if asked is None:
        asked = _resolved()
        if asked == "en" and _plain_locale():
            return  # carebook's words as written, dates as carebook writes them: nothing to load
    from carebook.ui.language import install  # Qt holds the translations: loaded only here

    if install(asked, asked_for=given) != "en":
        speak()  # argparse's own words too: "usage:", its refusals


def _plain_locale() -> bool:
    """Whether the computer's locale is the plain one (C, POSIX or none), whose dates carebook
    writes without asking Qt; any other (en_US: "Dec 7", 2:30 PM, weeks from Sunday) is asked."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return value in ("C", "POSIX") or value.startswith("C.")
    return sys.platform != "win32"  # Windows keeps the locale outside the environment


def _resolved() -> str:
    """The window's choice, else the computer's language; "system" when plain Python cannot
    tell (carebook.ui.language then asks Qt for the computer's)."""
    choice = _window_choice()
    if choice is None:
        return SYSTEM
    if choice != SYSTEM:
        return choice if choice in CODES else "en"
    computer = _computer_language()
    if computer is None:
        return SYSTEM
    return computer if computer in CODES else "en"


def _window_choice() -> str | None:
    """View → Language's choice ("system" when none is kept), or None when it cannot be read
    without Qt (macOS keeps it in a binary property list)."""
    if sys.platform == "win32":
        return _registry_choice()
    if sys.platform == "darwin":
        return None
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    settings = Path(base) / "carebook" / "carebook.conf"
    if not settings.is_file():
        return SYSTEM
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    try:
        parser.read(settings, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    return parser.get("window", "language", fallback=SYSTEM).strip('"') or SYSTEM


def _registry_choice() -> str | None:
    try:
        import winreg  # Windows only: where Qt keeps the window's settings

        with winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
            winreg.HKEY_CURRENT_USER,  # type: ignore[attr-defined,unused-ignore]
            r"Software\carebook\carebook\window",
        ) as key:
            value, _kind = winreg.QueryValueEx(key, "language")  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return SYSTEM
    except ImportError:
        return None
    return str(value) or SYSTEM


def _computer_language() -> str | None:
    """The computer's language as an ISO 639 code, as its environment says; None if unsure."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return _code(value)
    if sys.platform == "win32":
        return None  # Windows keeps it outside the environment: ask Qt
    found = locale.getlocale()[0]
    return _code(found) if found else "en"


def _code(name: str) -> str:
    code = name.split(".")[0].split("_")[0].split("-")[0].lower()
    return "en" if code in ("c", "posix", "") else code
