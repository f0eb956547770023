"""High contrast reads at 7:1, every palette keeps a list's emphasis readable, and no state is
told by colour alone (a word or a sign goes with it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from carebook.core.today import TodayView
from carebook.core.views import AgendaTask, ReviewDue
from carebook.core.vocabularies import TaskPriority, TaskStatus
from carebook.ui import appearance
from carebook.ui.agenda.agenda_columns import REVIEW_COLUMNS
from carebook.ui.main_window import MainWindow
from carebook.ui.today import today_model
from carebook.ui.today.today_model import Line, TodayLine, Tone
from carebook.ui.widgets.emphasis import Emphasis
from carebook.ui.widgets.table_model import (
    FixedSource,
    RecordTableModel,
    contrast,
    readable_accent,
    readable_muted,
)

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
TEXT_ON_GROUND = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.AlternateBase),
    (Role.LinkVisited, Role.Base),
    (Role.Accent, Role.Base),
)


def test_high_contrast_text_reads_at_7_to_1_and_greyed_text_at_4_5() -> None:
    palette = appearance.high_contrast_palette()
    for group in (Group.Active, Group.Inactive):
        for text, ground in TEXT_ON_GROUND:
            ratio = contrast(palette.color(group, text), palette.color(group, ground))
            assert ratio >= 7, (group.name, text.name, ground.name, round(ratio, 2))
    for text, ground in TEXT_ON_GROUND[:4]:
        ratio = contrast(palette.color(Group.Disabled, text), palette.color(Group.Disabled, ground))
        assert ratio >= 4.5, ("disabled", text.name, ground.name, round(ratio, 2))
    # Greyed, yet told apart from the text beside it.
    assert palette.color(Group.Disabled, Role.Text) != palette.color(Role.Text)


def test_high_contrast_is_chosen_and_remembered_like_the_others(app: QApplication) -> None:
    appearance.apply(appearance.HIGH_CONTRAST)
    assert app.palette().color(Role.Window).name() == "#ffffff"
    assert app.palette().color(Role.Highlight).name() == "#0037a6"
    assert "#000000" in app.styleSheet()  # text fields framed in black
    assert QSettings().value("window/appearance") == "high-contrast"
    assert appearance.chosen() == appearance.HIGH_CONTRAST
    appearance.apply(appearance.LIGHT)
    assert app.styleSheet() == ""
    assert app.style().name().casefold() == "fusion"


def _palettes() -> dict[str, Callable[[], QPalette]]:
    fusion = QStyleFactory.create("Fusion")
    return {
        "system": lambda: QPalette(QApplication.palette()),
        "light": fusion.standardPalette,
        "dark": appearance.dark_palette,
        "high contrast": appearance.high_contrast_palette,
    }


@pytest.mark.parametrize("name", ["system", "light", "dark", "high contrast"])
def test_urgent_and_greyed_rows_read_at_4_5_on_both_row_colours(name: str) -> None:
    palette = _palettes()[name]()
    grounds = (palette.color(Role.Base), palette.color(Role.AlternateBase))
    for what, colour in (("urgent", readable_accent(palette)), ("greyed", readable_muted(palette))):
        for ground in grounds:
            ratio = contrast(colour, ground)
            assert ratio >= 4.5, (name, what, ground.name(), round(ratio, 2))


def _task(status: TaskStatus, priority: TaskPriority = TaskPriority.ROUTINE) -> AgendaTask:
    return AgendaTask(
        id=1,
        title="Call the pharmacy",
        patient_id=None,
        patient="",
        due=date(2026, 12, 1),
        due_time=None,
        priority=priority,
        status=status,
        overdue=True,
    )


@pytest.mark.parametrize("choice", [appearance.LIGHT, appearance.DARK, appearance.HIGH_CONTRAST])
def test_today_draws_urgent_and_done_in_the_readable_colours(
    app: QApplication, choice: str
) -> None:
    appearance.apply(choice)
    palette = app.palette()
    urgent = TodayLine(Line.TASK, "Urgent · x", Tone.URGENT, _task(TaskStatus.OPEN))
    done = TodayLine(Line.VISIT, "09:00 x  ✓ Done", Tone.DONE)
    assert today_model._brush(urgent).color() == readable_accent(palette)
    assert today_model._brush(done).color() == readable_muted(palette)


# -- colour is never the only sign ---------------------------------------------------------------


def test_an_overdue_task_in_the_tasks_list_says_overdue_not_only_bold(
    window: MainWindow,
) -> None:
    tasks = window.list_tab(3)
    window.tabs.setCurrentWidget(tasks)
    model = tasks.model
    due = next(n for n, c in enumerate(model.columns) if c.key == "due_date")
    shown = [
        (model._emphasis(row), model.data(model.index(row, due)))
        for row in range(min(model.rowCount(), 200))
    ]
    overdue = [text for emphasis, text in shown if emphasis is Emphasis.ALERT]
    assert overdue, "the sample has overdue tasks"
    assert all(text.startswith("Overdue, ") for text in overdue), overdue[:3]
    assert not any(text.startswith("Overdue") for e, text in shown if e is not Emphasis.ALERT)


def test_an_overdue_review_on_the_agenda_says_overdue(window: MainWindow) -> None:
    def review(overdue: bool) -> ReviewDue:
        return ReviewDue(
            kind="medication",
            record_id=1,
            patient_id=1,
            patient="Ada Lovelace",
            what="Metformin",
            due=date(2026, 6, 29),
            overdue=overdue,
        )

    wired = window.agenda.reviews
    model = RecordTableModel(
        REVIEW_COLUMNS,
        FixedSource([review(True), review(False)]),
        wired.emphasis,
        alert_word=wired.alert_word,
    )
    assert model.data(model.index(0, 0)) == "Overdue, 29 Jun 2026"
    assert model.data(model.index(1, 0)) == "29 Jun 2026"


def test_a_task_no_longer_open_on_today_says_so_beside_its_grey() -> None:
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    view = TodayView(
        today=now.date(),
        now=now,
        day=None,
        tasks=[_task(TaskStatus.DONE), _task(TaskStatus.OPEN, TaskPriority.URGENT)],
        task_total=2,
    )
    lines = [line for line in today_model.lines_of(view, ("today", False)) if line.record]
    done, urgent = (line for line in lines if line.kind is Line.TASK)
    assert today_model._brush(done).color() == readable_muted(QApplication.palette())
    assert done.text.endswith(" · Done") and "overdue since" in done.text
    assert urgent.text.startswith("Urgent · ")
