"""One field of a record as the record form shows it: its attribute, its editor, its words."""

from __future__ import annotations

import dataclasses

from carebook.core.validation import LONG_TEXT, SHORT_TEXT
from carebook.core.vocabularies import Vocabulary

#: The kinds of editor a field can have.
KINDS = frozenset(
    {
        "text",
        "megabytes",
        "long_text",
        "date",
        "time",
        "datetime",
        "minutes",
        "choice",
        "flag",
        "repeat",
        "number",
        "patient",
        "contact",
        "visit",
        "secret",
    }
)


@dataclasses.dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a record as the form shows it: which attribute, how it is edited, its words."""

    name: str
    label: str
    kind: str = "text"
    choices: type[Vocabulary] | None = None
    allow_empty: bool = False  # a "choice" that may be left unset (None)
    empty_label: str = ""  # what the unset choice says; "(not set)" when empty
    required: bool = False
    placeholder: str = ""
    hint: str = ""
    max_length: int = 0  # characters; 0 means the usual cap for the kind
    lines: int = 0  # lines a long_text shows at once; 0 means the usual five
    zero_label: str = ""  # a "minutes" field that may be 0, shown as these words
    anchor: tuple[str, ...] = ()  # a "repeat" field's start: a datetime field, or date and time

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name!r}")
        if (self.kind == "choice") != (self.choices is not None):
            raise ValueError(f"{self.name!r}: choices go with, and only with, a 'choice' field")
        if not self.max_length:
            # The same caps the validators use, so the form never holds what cannot be saved.
            cap = LONG_TEXT if self.kind == "long_text" else SHORT_TEXT
            object.__setattr__(self, "max_length", cap)
