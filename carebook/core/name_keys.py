"""Keys that let names in any script sort and search the way people expect, not by code point."""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter plus an accent, so NFKD leaves them alone.
_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
    }
)
SORT_SEPARATOR = "\x1f"  # sorts before every printable character: "Lee" before "Leeds"


def folded(text: str) -> str:
    """ "Élodie Nguyễn" -> "elodie nguyen": accents off, case folded, for matching and ordering."""
    if text.isascii():  # most names: nothing to take off, and folding is lowering
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def patient_sort_key(family: str, given: str, preferred: str) -> str:
    """Family name, then given name (the preferred name when there is nothing else)."""
    return f"{folded(family)}{SORT_SEPARATOR}{folded(given or preferred)}"


def patient_search_key(given: str, family: str, preferred: str, *others: str) -> str:
    """Everything a coordinator may type to find a patient, folded; phones also as bare digits."""
    words = [folded(part) for part in (given, family, preferred, *others) if part]
    digits = ["".join(ch for ch in part if ch.isdigit()) for part in others]
    return " ".join(words + [d for d in digits if len(d) >= 3])
