"""Printable reports built from domain objects as documents and HTML (no Qt, no SQL)."""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from carebook.core.resource_files import resource
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.storage.output_files import write_whole

_T = TypeVar("_T")

#: Printed on every page of every report: what it holds and how to treat it.
CONFIDENTIALITY_NOTICE = QT_TRANSLATE_NOOP(
    "Reports",
    "Confidential: contains personal health information. Keep it with you, never leave it in "
    "view, and shred it when you are done.",
)

PAPERS = ("a4", "letter")

# Territories whose default paper is US Letter (CLDR's paperSize data); everyone else uses A4.
_LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "SV", "VE", "BZ"}
)


def confidentiality_notice() -> str:
    """The notice printed on every page, in the chosen language."""
    return translate("Reports", CONFIDENTIALITY_NOTICE)


def paper_for_territory(code: str) -> str:
    """The paper size people print on in a territory ("US" -> "letter", "GB" -> "a4")."""
    return "letter" if code.upper() in _LETTER_TERRITORIES else "a4"


def locale_paper() -> str:
    """The paper size for the user's locale, read without Qt (for the HTML export)."""
    name = _environment_locale() or (locale.getlocale()[0] or "")
    territory = name.split(".")[0].partition("_")[2]
    return paper_for_territory(territory[:2])


def _environment_locale() -> str:
    # POSIX order of precedence for the paper category; empty on systems that set none.
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return value
    return ""


def stylesheet() -> str:
    """The report stylesheet, inlined into every report so the HTML needs no other file."""
    return resource("report.css").read_text(encoding="utf-8")


def write_text(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all (see carebook.storage.output_files), owner-only,
    since reports carry health information."""
    write_streamed(path, lambda stream: stream.write(text))


def write_streamed(path: Path, write: Callable[[TextIO], _T]) -> _T:
    """Let `write` write `path` piece by piece, whole or not at all, as `write_text` does;
    returns what `write` returned."""

    return write_whole(path, write)
