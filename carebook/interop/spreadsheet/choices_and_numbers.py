"""A cell read as yes or no, a whole or decimal number, or one of a vocabulary's choices.

Each reader takes a cell as the spreadsheet gives it and returns the value, None for an empty
cell, or raises `CellProblem` with a message for the person who typed it (see `cells`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from carebook.core.vocabularies import Vocabulary
from carebook.core.words import translate
from carebook.interop.spreadsheet.cells import CellProblem, text_of
from carebook.interop.spreadsheet.sheet import Cell

V = TypeVar("V", bound=Vocabulary)

_TRUE = {"yes", "y", "true", "t", "1", "x", "prn", "as needed", "✓", "✔"}
_FALSE = {"no", "n", "false", "f", "0", "-", "regular", "scheduled"}


def parse_bool(cell: Cell) -> bool | None:
    """Yes or no: yes/no, y/n, true/false, 1/0, x (ticked); None when empty."""
    if isinstance(cell, bool):
        return cell
    text = text_of(cell).casefold()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellProblem(
        translate("SpreadsheetImport", "{text} is not yes or no.").format(text=repr(text_of(cell)))
    )


def parse_int(cell: Cell, minutes: bool = False) -> int | None:
    """A whole number ("60", "60 min", 60.0 from a workbook); None when empty. `minutes`: the
    number is a number of minutes, as a refusal says."""
    if isinstance(cell, int) and not isinstance(cell, bool):
        return cell
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell)
        raise CellProblem(_not_whole(text_of(cell), minutes))
    text = text_of(cell)
    if not text:
        return None
    match = re.fullmatch(r"0*(\d+)(?:\.0+)?\s*(?:m|min|mins|minutes?)?\.?", text, re.IGNORECASE)
    if match is None:
        raise CellProblem(_not_whole(text, minutes))
    if len(match.group(1)) > _MOST_DIGITS:  # Python refuses to read a number of 4,300 digits
        said = (
            translate(
                "SpreadsheetImport", "A number of {digits:,} digits is not a number of minutes."
            )
            if minutes
            else translate(
                "SpreadsheetImport", "A number of {digits:,} digits is not a whole number."
            )
        )
        raise CellProblem(said.format(digits=len(match.group(1))))
    return int(match.group(1))


def _not_whole(text: str, minutes: bool) -> str:
    said = (
        translate("SpreadsheetImport", "{text} is not a number of minutes.")
        if minutes
        else translate("SpreadsheetImport", "{text} is not a whole number.")
    )
    return said.format(text=repr(text))


#: Digits in the largest whole number a cell is read as: far more than any count carebook keeps.
_MOST_DIGITS = 18


def parse_float(cell: Cell) -> float | None:
    """A decimal number (a decimal comma too: "54,1"); None when empty."""
    if isinstance(cell, int) and not isinstance(cell, bool) and abs(cell) > 10**300:
        raise CellProblem(
            translate(
                "SpreadsheetImport", "The number is too large for any measure carebook keeps."
            )
        )
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell)
    text = text_of(cell)
    if not text:
        return None
    try:
        return (
            float(text.replace(",", "."))
            if text.count(",") <= 1 and "." not in text
            else float(text)
        )
    except ValueError:
        raise CellProblem(
            translate("SpreadsheetImport", "{text} is not a number.").format(text=repr(text))
        ) from None


def choice_key(text: str) -> str:
    """ "No-show", "no show", "NO_SHOW" -> "noshow": how codes and labels are matched."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def choice_reader(vocabulary: type[V], synonyms: Mapping[str, str]) -> Callable[[Cell], V | None]:
    """A reader of one of the vocabulary's codes, by its code, its label or a synonym ("F" for
    female), in any case and spacing; it gives None for an empty cell."""
    known: dict[str, V] = {}
    for key, code in synonyms.items():
        known[choice_key(key)] = vocabulary(code)
    for member in vocabulary:
        known[choice_key(member.label)] = member  # as the coordinator reads it
        known[choice_key(member.english)] = member  # as a file from elsewhere writes it
        known[choice_key(member.value)] = member

    def read(cell: Cell) -> V | None:
        text = text_of(cell)
        if not text:
            return None
        found = known.get(choice_key(text))
        if found is None:
            raise CellProblem(
                translate("SpreadsheetImport", "{text} is not one of: {choices}.").format(
                    text=repr(text), choices=", ".join(member.label for member in vocabulary)
                )
            )
        return found

    return read


def parse_choice(cell: Cell, vocabulary: type[V], synonyms: Mapping[str, str]) -> V | None:
    """One of the vocabulary's codes (see choice_reader, quicker for many cells)."""
    return choice_reader(vocabulary, synonyms)(cell)
