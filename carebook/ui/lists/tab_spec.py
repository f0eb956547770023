"""What makes one list tab different from another, known before any list is made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from carebook.core.words import translate

if TYPE_CHECKING:
    from carebook.core.list_columns import Column
    from carebook.ui.commands import Caseload
    from carebook.ui.forms.record_editor import RecordEditor
    from carebook.ui.widgets.emphasis import Emphasis


@dataclass(frozen=True, slots=True)
class TabSpec:
    """Everything that makes one list tab different from another. Its words are marked with
    QT_TRANSLATE_NOOP in context "TabSpec" and translated where shown (`tab_text`)."""

    title: str
    listing: str
    plural: str
    #: The list's count: ("1 patient", "{count} patients").
    counts: tuple[str, str]
    columns: tuple[Column, ...]
    filters: tuple[tuple[str, str], ...]  # (filter key in the listing, label)
    search_hint: str
    kinds: frozenset[str]  # record kinds whose changes this list shows
    patient_filter: bool = False
    emphasis: Callable[[Any], Emphasis] | None = None
    #: The column that says in a word why a row is bold (the task's due date: "Overdue").
    alert_word: tuple[str, str] | None = None
    search_delay_ms: int = 0  # longer for lists whose search reads many rows
    editor: Callable[[Caseload], RecordEditor] | None = None
    date_range: bool = False  # offer "between two dates" on the list's own date
    newest_first: bool = False  # the default order runs backwards (a log: the latest on top)
    #: The tab's label with its Alt letter, where the title's first letter is taken already.
    label: str = ""
    #: What the search finds, said in its tooltip (where short words find less than long ones).
    search_help: str = ""
    #: What an empty search says: "No patient matches “{search}”".
    no_match: str = ""


def tab_text(text: str) -> str:
    """A word of a TabSpec (its title, a filter, a hint) in the chosen language."""
    return translate("TabSpec", text)
