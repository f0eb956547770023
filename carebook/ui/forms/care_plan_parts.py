"""The lists of a care plan's parts: what each shows, and the buttons and keys that change it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from carebook.core import display
from carebook.core.list_columns import Column
from carebook.core.vocabularies import GoalAchievement, GoalLifecycle, InterventionStatus
from carebook.core.words import translate
from carebook.ui.forms.care_plan_rows import GoalRow, InterventionRow
from carebook.ui.forms.care_plan_text import one_line
from carebook.ui.patient.record_section import RecordSection, Row, SectionButton, SectionSpec
from carebook.ui.widgets.accessible import name_from_label
from carebook.ui.widgets.emphasis import Emphasis

_CURRENT_GOAL = (GoalLifecycle.PROPOSED, GoalLifecycle.ACTIVE)
_PAST_GOAL = (GoalLifecycle.COMPLETED, GoalLifecycle.CANCELLED)
_PAST_INTERVENTION = (InterventionStatus.COMPLETED, InterventionStatus.CANCELLED)

#: Where each list reads its rows from.
Rows = Callable[[], list[Row]]


class PartList(RecordSection):
    """One list of a plan's parts under a heading: Return or F2 edits the selected one, Delete
    deletes it (asking first), Ctrl+N adds one."""

    def __init__(
        self,
        spec: SectionSpec,
        heading: str,
        new_row: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.new_row = new_row
        self.heading = QLabel(heading, self)
        name_from_label(self.heading, self.table)  # its Alt+letter goes to the list
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        # The heading and the buttons share one line above the list, to leave the list room.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        last = layout.itemAt(layout.count() - 1)
        bar = last.layout() if last is not None else None
        assert isinstance(bar, QHBoxLayout)
        layout.removeItem(bar)
        bar.takeAt(bar.count() - 1 - (1 if self.show_all else 0))  # its stretch
        bar.insertWidget(0, self.heading)
        bar.insertStretch(1, 1)
        layout.insertLayout(0, bar)

    def select_id(self, record_id: int | None) -> None:
        for number in range(self.model.rowCount()):
            if record_id is not None and self.model.record_id(number) == record_id:
                self.table.selectRow(number)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent):
            new = event.matches(QKeySequence.StandardKey.New)
            if event.type() == QEvent.Type.ShortcutOverride and (
                new
                or (
                    event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete)
                    and self.selected() is not None
                )
            ):
                # The key is this list's, not the record's (F2 there edits the patient).
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and new:
                self.new_row()
                return True
        return super().eventFilter(watched, event)


@dataclass(frozen=True, slots=True)
class PartActions:
    """What a list's buttons and keys do: add a part, or edit or delete the one chosen (by id)."""

    new: Callable[[], None]
    edit: Callable[[int], None]
    delete: Callable[[int], None]


def _buttons(add: str, actions: PartActions) -> tuple[SectionButton, ...]:
    return (
        SectionButton(add, lambda _i, _r: actions.new(), needs_row=False),
        SectionButton(translate("CarePlanSection", "Edit…"), lambda i, _r: actions.edit(i or 0)),
        SectionButton(
            translate("CarePlanSection", "Delete…"), lambda i, _r: actions.delete(i or 0)
        ),
    )


def problem_list(rows: Rows, actions: PartActions) -> SectionSpec:
    """The plan's problems and needs, with the condition each comes from."""
    return SectionSpec(
        translate("CarePlanSection", "Problems and needs"),
        (
            Column(
                "description",
                translate("CarePlanSection", "Problem or need"),
                width=24,
                stretch=True,
            ),
            Column("condition", translate("CarePlanSection", "From condition"), width=20),
        ),
        lambda _all: rows(),
        buttons=_buttons(translate("CarePlanSection", "Add problem…"), actions),
        empty_text=translate("CarePlanSection", "No problems or needs written down yet."),
        open_row=lambda i, _r: actions.edit(i),
        delete_row=lambda i, _r: actions.delete(i),
    )


def goal_list(rows: Rows, actions: PartActions, today: Callable[[], date]) -> SectionSpec:
    """The plan's goals: one past its due date shows as an alert, one met or dropped muted."""

    def emphasis(row: GoalRow) -> Emphasis:
        if row.lifecycle in _PAST_GOAL:
            return Emphasis.MUTED
        if row.lifecycle in _CURRENT_GOAL and row.due_date and row.due_date < today():
            return Emphasis.ALERT
        return Emphasis.NONE

    return SectionSpec(
        translate("CarePlanSection", "Goals"),
        (
            Column("description", translate("CarePlanSection", "Goal"), width=20, stretch=True),
            Column("target", translate("CarePlanSection", "Target"), width=26),
            Column("due_date", translate("CarePlanSection", "Due"), display.day, width=10),
            Column(
                "lifecycle",
                translate("CarePlanSection", "Status"),
                display.code_of(GoalLifecycle),
                width=8,
            ),
            Column(
                "achievement",
                translate("CarePlanSection", "Achievement"),
                display.code_of(GoalAchievement),
                width=10,
            ),
            Column("problem", translate("CarePlanSection", "For problem"), width=18),
            Column("progress", translate("CarePlanSection", "Progress"), width=24),
        ),
        lambda _all: rows(),
        buttons=_buttons(translate("CarePlanSection", "Add goal…"), actions),
        empty_text=translate("CarePlanSection", "No goals set yet."),
        emphasis=emphasis,
        open_row=lambda i, _r: actions.edit(i),
        delete_row=lambda i, _r: actions.delete(i),
    )


def intervention_list(rows: Rows, actions: PartActions) -> SectionSpec:
    """What is done towards the goals, by whom and how often; one finished or dropped muted."""

    def emphasis(row: InterventionRow) -> Emphasis:
        return Emphasis.MUTED if row.status in _PAST_INTERVENTION else Emphasis.NONE

    return SectionSpec(
        translate("CarePlanSection", "Interventions"),
        (
            Column("description", translate("CarePlanSection", "What"), width=20, stretch=True),
            Column("who", translate("CarePlanSection", "Who"), width=20),
            Column("frequency", translate("CarePlanSection", "How often"), width=16),
            Column(
                "status",
                translate("CarePlanSection", "Status"),
                display.code_of(InterventionStatus),
                width=9,
            ),
            Column("goal", translate("CarePlanSection", "For goal"), width=18),
        ),
        lambda _all: rows(),
        buttons=_buttons(translate("CarePlanSection", "Add intervention…"), actions),
        empty_text=translate("CarePlanSection", "Nothing planned to be done yet."),
        emphasis=emphasis,
        open_row=lambda i, _r: actions.edit(i),
        delete_row=lambda i, _r: actions.delete(i),
    )


def review_list(rows: Rows, actions: PartActions) -> SectionSpec:
    """The plan's reviews, latest first, each outcome on one line."""
    return SectionSpec(
        translate("CarePlanSection", "Review history"),
        (
            Column("on_date", translate("CarePlanSection", "Reviewed"), display.day, width=10),
            Column(
                "outcome", translate("CarePlanSection", "Outcome"), one_line, width=24, stretch=True
            ),
        ),
        lambda _all: rows(),
        buttons=_buttons(translate("CarePlanSection", "Record &review…"), actions),
        empty_text=translate("CarePlanSection", "Not reviewed yet."),
        open_row=lambda i, _r: actions.edit(i),
        delete_row=lambda i, _r: actions.delete(i),
    )
