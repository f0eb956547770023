"""Words shown to people, in their language: the one translate() every layer calls.

core, store, interop and reports know nothing of Qt, yet their messages, labels and printed
sheets must follow the language the window or command line chose. They call `translate` here;
the window and the command line install Qt's translator behind it (`ui/language.py`). With none
installed (English, or a test), a text is its own translation.

`pyside6-lupdate` finds every `translate("Context", "text")` call with literal arguments, so a
message is written in full where it is used. A text chosen from several (a month, a status) is
marked with `QT_TRANSLATE_NOOP` where it is listed and translated where it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

#: (context, text, disambiguation, count) -> the text in the chosen language.
Translator = Callable[[str, str, "str | None", int], str]


def _as_written(context: str, text: str, disambiguation: str | None, n: int) -> str:
    # Qt's own fallback puts the count in for "%n" even when nothing is translated.
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _as_written
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language; with `n` given, its plural form and "%n" replaced by n."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` where it is listed (lupdate looks for this
    name); it is translated where shown."""
    return text


def language() -> str:
    """The ISO 639 code of the language spoken ("en", "es"), e.g. for a printed page's lang."""
    return _language


def install(translator: Translator | None, code: str = "en") -> None:
    """Put `translator` (for language `code`) behind every translate() call; None goes back to
    the words as written, in English."""
    global _translator, _language
    _translator = translator or _as_written
    _language = code if translator else "en"
