"""One thing a spreadsheet column can be imported as: its field, words, headers, kind of value."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from carebook.core.vocabularies import Vocabulary
from carebook.core.words import translate


class ValueType(StrEnum):
    """What a column's cells hold, and so how they are read."""

    TEXT = "text"
    DATE = "date"
    TIME = "time"
    BOOL = "yes/no"
    INT = "whole number"
    FLOAT = "number"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One thing a column can be imported as."""

    name: str  # the record's field, or a link or helper field (see columns' docstring)
    english: str  # what the wizard shows, as listed in English (marked for translation there)
    value: ValueType = ValueType.TEXT
    headers: tuple[str, ...] = ()  # header spellings it is proposed for, best first
    vocabulary: type[Vocabulary] | None = None
    synonyms: Mapping[str, str] | None = None  # choice_key of a spelling -> code

    @property
    def label(self) -> str:
        """What the wizard shows, in the chosen language."""
        return translate("ImportFields", self.english)


def field_spec(
    name: str,
    label: str,
    *headers: str,
    value: ValueType = ValueType.TEXT,
    vocabulary: type[Vocabulary] | None = None,
    synonyms: Mapping[str, str] | None = None,
) -> FieldSpec:
    """A FieldSpec proposed for `headers`, best first; a vocabulary makes it a choice."""
    if vocabulary is not None:
        value = ValueType.CHOICE
    return FieldSpec(name, label, value, tuple(headers), vocabulary, synonyms)
