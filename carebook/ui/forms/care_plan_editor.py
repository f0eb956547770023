"""The care-plan section of a patient's record: the plan, its problems, goals, interventions
and dated reviews, each added, edited and deleted as one undoable change to the whole plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from carebook.core import display
from carebook.core.domain import (
    CarePlan,
    CarePlanStatus,
    Goal,
    GoalLifecycle,
    Intervention,
    InterventionStatus,
    Problem,
)
from carebook.core.review_rules import (
    USUAL_INTERVAL,
    ReviewEntry,
    review_interval,
    reviews_fall_due,
)
from carebook.ui.commands import Caseload, Root
from carebook.ui.forms import care_plan_forms
from carebook.ui.forms.record_editor import attempt, confirm_delete
from carebook.ui.patient.record_section import RecordSection, Row, SectionButton, SectionSpec
from carebook.ui.widgets.table_model import Column, Emphasis

_CURRENT_GOAL = (GoalLifecycle.PROPOSED.value, GoalLifecycle.ACTIVE.value)
_PAST_GOAL = (GoalLifecycle.COMPLETED.value, GoalLifecycle.CANCELLED.value)
_PAST_INTERVENTION = (InterventionStatus.COMPLETED.value, InterventionStatus.CANCELLED.value)


def spoken_day(day: date) -> str:
    """ "4 Mar 2027": a date in a sentence, where a table would say "04 Mar 2027"."""
    return f"{day.day} {day:%b %Y}"


def one_line(value: Any) -> str:
    """A multi-line text on one table line."""
    return " ".join(str(value or "").split())[:300]


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
        self.heading.setBuddy(self.table)  # its Alt+letter goes to the list
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


class CarePlanSection(QWidget):
    """The patient's care plans, one shown at a time with everything in it."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.store = caseload.store
        self.patient_id = patient_id
        self.plan_id: int | None = None
        self._plans: dict[int, CarePlan] = {}

        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Care plan"))
        self.picker.setToolTip(self.tr("The patient's care plans, current ones first"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.setMinimumContentsLength(28)
        self.picker.currentIndexChanged.connect(self._picked)
        self.picker.installEventFilter(self)
        picker_label = QLabel(self.tr("P&lan:"), self)
        picker_label.setBuddy(self.picker)
        self.new_button = QPushButton(self.tr("&New plan…"), self)
        self.new_button.setToolTip(self.tr("Start a new care plan (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button = QPushButton(self.tr("&Edit plan…"), self)
        self.edit_button.setToolTip(self.tr("Title, status, period, next review (F2)"))
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button = QPushButton(self.tr("Delete plan…"), self)
        self.delete_button.setToolTip(self.tr("Delete the plan with everything in it (asks first)"))
        self.delete_button.clicked.connect(self.delete_plan)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)

        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_icon = QLabel(self)
        self.review_icon.setAccessibleName(self.tr("Review overdue"))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.review_icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning, None, self)
            .pixmap(size, size)
        )
        self.review_label = QLabel(self)
        self.review_label.setMinimumHeight(size)  # the line keeps its height with the icon gone
        self.review_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QHBoxLayout()
        facts.addWidget(self.status_label)
        facts.addSpacing(18)
        facts.addWidget(self.review_icon)
        facts.addWidget(self.review_label)
        facts.addStretch(1)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.empty = QLabel(
            self.tr(
                "No care plan yet. Start one with New plan… (Ctrl+N): its problems and needs, "
                "goals, interventions and reviews are kept here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        # Created in reading order, which is also the Tab order: problems, goals, what is done
        # towards them, and the reviews of it all.
        self.problems = PartList(
            self._problem_spec(), self.tr("&Problems and needs"), self.new_problem, self
        )
        self.goals = PartList(self._goal_spec(), self.tr("&Goals"), self.new_goal, self)
        self.interventions = PartList(
            self._intervention_spec(), self.tr("&Interventions"), self.new_intervention, self
        )
        self.reviews = PartList(
            self._review_spec(), self.tr("Review &history"), self.record_review, self
        )
        # Goals and interventions have the most to say: they take the whole width.
        self.parts = QSplitter(Qt.Orientation.Vertical, self)
        beside = QSplitter(Qt.Orientation.Horizontal, self.parts)
        beside.addWidget(self.problems)
        beside.addWidget(self.reviews)
        self.parts.addWidget(self.goals)
        self.parts.addWidget(self.interventions)
        for splitter in (self.parts, beside):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(10)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.empty, 1)  # shown alone: at the top, not in the middle
        layout.addWidget(self.parts, 1)
        # Ctrl+N anywhere in the section but a list starts a plan; in a list, adds to it.
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self._new_here)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    # -- what the lists show ---------------------------------------------------------------------

    def _buttons(
        self,
        add: str,
        new: Callable[[], None],
        edit: Callable[[int], None],
        delete: Callable[[int], None],
    ) -> tuple[SectionButton, ...]:
        return (
            SectionButton(add, lambda _i, _r: new(), needs_row=False),
            SectionButton(self.tr("Edit…"), lambda i, _r: edit(i or 0)),
            SectionButton(self.tr("Delete…"), lambda i, _r: delete(i or 0)),
        )

    def _problem_spec(self) -> SectionSpec:
        return SectionSpec(
            self.tr("Problems and needs"),
            (
                Column("description", self.tr("Problem or need"), width=24, stretch=True),
                Column("condition", self.tr("From condition"), width=20),
            ),
            lambda _all: self._problem_rows(),
            buttons=self._buttons(
                self.tr("Add problem…"), self.new_problem, self.edit_problem, self.delete_problem
            ),
            empty_text=self.tr("No problems or needs written down yet."),
            open_row=lambda i, _r: self.edit_problem(i),
            delete_row=lambda i, _r: self.delete_problem(i),
        )

    def _goal_spec(self) -> SectionSpec:
        def emphasis(row: dict[str, Any]) -> Emphasis:
            if row["lifecycle"] in _PAST_GOAL:
                return Emphasis.MUTED
            due = row["due_date"]
            if row["lifecycle"] in _CURRENT_GOAL and due and due < self.store.today().isoformat():
                return Emphasis.ALERT
            return Emphasis.NONE

        return SectionSpec(
            self.tr("Goals"),
            (
                Column("description", self.tr("Goal"), width=20, stretch=True),
                Column("target", self.tr("Target"), width=26),
                Column("due_date", self.tr("Due"), display.day, width=10),
                Column("lifecycle", self.tr("Status"), display.code, width=8),
                Column("achievement", self.tr("Achievement"), display.code, width=10),
                Column("problem", self.tr("For problem"), width=18),
            ),
            lambda _all: self._goal_rows(),
            buttons=self._buttons(
                self.tr("Add goal…"), self.new_goal, self.edit_goal, self.delete_goal
            ),
            empty_text=self.tr("No goals set yet."),
            emphasis=emphasis,
            open_row=lambda i, _r: self.edit_goal(i),
            delete_row=lambda i, _r: self.delete_goal(i),
        )

    def _intervention_spec(self) -> SectionSpec:
        def emphasis(row: dict[str, Any]) -> Emphasis:
            return Emphasis.MUTED if row["status"] in _PAST_INTERVENTION else Emphasis.NONE

        return SectionSpec(
            self.tr("Interventions"),
            (
                Column("description", self.tr("What"), width=20, stretch=True),
                Column("who", self.tr("Who"), width=20),
                Column("frequency", self.tr("How often"), width=16),
                Column("status", self.tr("Status"), display.code, width=9),
                Column("goal", self.tr("For goal"), width=18),
            ),
            lambda _all: self._intervention_rows(),
            buttons=self._buttons(
                self.tr("Add intervention…"),
                self.new_intervention,
                self.edit_intervention,
                self.delete_intervention,
            ),
            empty_text=self.tr("Nothing planned to be done yet."),
            emphasis=emphasis,
            open_row=lambda i, _r: self.edit_intervention(i),
            delete_row=lambda i, _r: self.delete_intervention(i),
        )

    def _review_spec(self) -> SectionSpec:
        return SectionSpec(
            self.tr("Review history"),
            (
                Column("on_date", self.tr("Reviewed"), display.day, width=10),
                Column("outcome", self.tr("Outcome"), one_line, width=24, stretch=True),
            ),
            lambda _all: self._review_rows(),
            buttons=self._buttons(
                self.tr("Record &review…"), self.record_review, self.edit_review, self.delete_review
            ),
            empty_text=self.tr("Not reviewed yet."),
            open_row=lambda i, _r: self.edit_review(i),
            delete_row=lambda i, _r: self.delete_review(i),
        )

    def _problem_rows(self) -> list[Row]:
        if self.plan_id is None:
            return []
        conditions = {c.id: c.description for c in self.store.conditions(self.patient_id)}
        return [
            (p.id, p.description, conditions.get(p.condition_id, ""))
            for p in self.store.problems(self.plan_id)
        ]

    def _goal_rows(self) -> list[Row]:
        if self.plan_id is None:
            return []
        problems = dict(self._problem_choices())
        return [
            (
                g.id,
                g.description,
                g.target,
                g.due_date.isoformat() if g.due_date else None,
                g.lifecycle.value,
                g.achievement.value if g.achievement else None,
                problems.get(g.problem_id or 0, ""),
            )
            for g in self.store.goals(self.plan_id)
        ]

    def _intervention_rows(self) -> list[Row]:
        if self.plan_id is None:
            return []
        team = {contact.id: contact.name for _m, contact in self.store.care_team(self.patient_id)}
        goals = dict(self._goal_choices())
        rows: list[Row] = []
        for step in self.store.interventions(self.plan_id):
            who = step.performer
            if step.contact_id is not None:
                name = team.get(step.contact_id) or self._contact_name(step.contact_id)
                who = who if name in who else (f"{name} ({who})" if who else name)
            rows.append(
                (
                    step.id,
                    step.description,
                    who,
                    step.frequency,
                    step.status.value,
                    goals.get(step.goal_id or 0, ""),
                )
            )
        return rows

    def _review_rows(self) -> list[Row]:
        if self.plan_id is None:
            return []
        return [
            (r.id, r.on_date.isoformat(), r.outcome)
            for r in self.store.care_plan_reviews(self.plan_id)
        ]

    def _contact_name(self, contact_id: int) -> str:
        contact = self.store.contact(contact_id)
        return contact.name if contact else self.tr("Contact #%s") % contact_id

    def _problem_choices(self) -> list[tuple[int, str]]:
        if self.plan_id is None:
            return []
        return [
            (p.id, p.description) for p in self.store.problems(self.plan_id) if p.id is not None
        ]

    def _goal_choices(self) -> list[tuple[int, str]]:
        if self.plan_id is None:
            return []
        return [(g.id, g.description) for g in self.store.goals(self.plan_id) if g.id is not None]

    def _team_choices(self) -> list[tuple[int, str]]:
        chosen: dict[int, str] = {}
        for member, contact in self.store.care_team(self.patient_id):
            if contact.id is not None:
                chosen.setdefault(contact.id, f"{contact.name} ({member.role.label})")
        return list(chosen.items())

    def _new_here(self) -> None:
        """Ctrl+N: a new part of the list the focus is in (on its buttons too), else a plan."""
        focus = QApplication.focusWidget()
        for part in self.lists():
            if focus is not None and part.isVisible() and part.isAncestorOf(focus):
                part.new_row()
                return
        self.new_plan()

    # -- showing the plan ------------------------------------------------------------------------

    def plan(self) -> CarePlan | None:
        """The plan on screen."""
        return self._plans.get(self.plan_id) if self.plan_id is not None else None

    def refresh(self) -> None:
        """Read the patient's plans again, keeping the one on screen while it exists."""
        plans = self.store.care_plans(self.patient_id)
        self._plans = {p.id: p for p in plans if p.id is not None}
        if self.plan_id not in self._plans:
            self.plan_id = next(iter(self._plans), None)
        self.picker.blockSignals(True)
        self.picker.clear()
        for plan in plans:
            self.picker.addItem(self._plan_label(plan), plan.id)
        if not plans:
            self.picker.addItem(self.tr("(no care plan yet)"), None)
        self.picker.setCurrentIndex(max(self.picker.findData(self.plan_id), 0))
        self.picker.blockSignals(False)
        self._show_plan()

    def _picked(self, index: int) -> None:
        chosen = self.picker.itemData(index)
        if chosen is not None and chosen != self.plan_id:
            self.plan_id = int(chosen)
            self._show_plan()

    def _plan_label(self, plan: CarePlan) -> str:
        period = self._period(plan)
        return f"{plan.title} — {plan.status.label}" + (f", {period}" if period else "")

    def _period(self, plan: CarePlan) -> str:
        start, end = plan.period_start, plan.period_end
        if start and end:
            return f"{spoken_day(start)} – {spoken_day(end)}"
        if start:
            return self.tr("since %s") % spoken_day(start)
        if end:
            return self.tr("until %s") % spoken_day(end)
        return ""

    def _show_plan(self) -> None:
        plan = self.plan()
        has_plan = plan is not None
        self.picker.setEnabled(has_plan)
        self.edit_button.setEnabled(has_plan)
        self.delete_button.setEnabled(has_plan)
        self.empty.setVisible(not has_plan)
        self.parts.setVisible(has_plan)
        for part in self.lists():
            part.refresh()
        self._show_review(plan)
        if plan is None:
            self.status_label.clear()
            self.notes_label.clear()
            self.notes_label.setVisible(False)
            return
        period = self._period(plan)
        self.status_label.setText(
            self.tr("Status: %s") % plan.status.label + (f"  ·  {period}" if period else "")
        )
        self.notes_label.setText(plan.notes)
        self.notes_label.setToolTip(plan.notes)
        self.notes_label.setVisible(bool(plan.notes.strip()))

    def _show_review(self, plan: CarePlan | None) -> None:
        """ "Next review: 4 Mar 2027", bold with a warning sign once it is past. A plan on hold,
        completed or revoked has no review falling due (nor on the Agenda)."""
        font = QFont(self.font())
        due = plan.next_review if plan is not None else None
        today = self.store.today()
        paused = plan is not None and not reviews_fall_due(plan)
        overdue = due is not None and due < today and not paused
        if plan is None:
            text = ""
        elif due is None:
            text = self.tr("No review planned")
        elif paused:
            text = self.tr("Next review: %s — not due while the plan is %s") % (
                spoken_day(due),
                plan.status.label.lower(),
            )
            due = None  # not bold
        elif overdue:
            text = self.tr("Next review: %s — overdue") % spoken_day(due)
        elif due == today:
            text = self.tr("Next review: %s — due today") % spoken_day(due)
        else:
            text = self.tr("Next review: %s") % spoken_day(due)
        font.setBold(due is not None and due <= today)
        self.review_label.setFont(font)
        self.review_label.setText(text)
        self.review_label.setAccessibleName(text)
        self.review_icon.setVisible(overdue)

    def lists(self) -> tuple[PartList, ...]:
        return (self.problems, self.goals, self.interventions, self.reviews)

    # -- keys on the plan picker -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picker and isinstance(event, QKeyEvent) and self.plan_id is not None:
            keys = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if event.key() in keys and plain:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # F2 here edits the plan, not the patient
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    if event.key() == Qt.Key.Key_Delete:
                        self.delete_plan()
                    else:
                        self.edit_plan()
                    return True
        return super().eventFilter(watched, event)

    # -- changing: every change is one undoable step on the whole plan ---------------------------

    def _change(
        self,
        text: str,
        action: Callable[[], object],
        plan_id: int | None = None,
    ) -> bool:
        touched = plan_id if plan_id is not None else self.plan_id
        if touched is None:
            return False

        def run() -> list[Root]:
            action()
            return []

        return attempt(
            self,
            lambda: self.caseload.change(text, "care_plan", run, touches=[("care_plan", touched)]),
        )

    def new_plan(self) -> None:
        today = self.store.today()
        blank = CarePlan(
            patient_id=self.patient_id,
            title="",
            status=CarePlanStatus.ACTIVE,
            period_start=today,
            next_review=today + USUAL_INTERVAL,
        )
        edited = care_plan_forms.edit_care_plan(blank, self)
        if edited is None:
            return

        def run() -> list[Root]:
            saved = self.store.add_care_plan(edited)
            assert saved.id is not None
            self.plan_id = saved.id  # shown as soon as the change is broadcast
            return [("care_plan", saved.id)]

        attempt(self, lambda: self.caseload.change(self.tr("New care plan"), "care_plan", run))

    def edit_plan(self) -> None:
        plan = self.store.care_plan(self.plan_id) if self.plan_id is not None else None
        if plan is None:
            return
        edited = care_plan_forms.edit_care_plan(plan, self)
        if edited is not None and edited != plan:
            self._change(self.tr("Edit care plan"), lambda: self.store.update_care_plan(edited))

    def delete_plan(self) -> None:
        plan = self.store.care_plan(self.plan_id) if self.plan_id is not None else None
        if (
            plan is None
            or plan.id is None
            or not confirm_delete(
                self,
                self.tr("the care plan “%s”") % plan.title,
                self.tr("Its problems, goals, interventions and reviews go with it."),
            )
        ):
            return
        plan_id = plan.id
        self._change(self.tr("Delete care plan"), lambda: self.store.delete_care_plan(plan_id))

    def _add(self, part: PartList, text: str, add: Callable[[], Any]) -> None:
        added: list[int | None] = []
        if self._change(text, lambda: added.append(add().id)):
            part.select_id(added[0] if added else None)

    def _mine(self, record: Any) -> bool:
        """Whether a part read by id belongs to the plan on screen."""
        return record is not None and record.care_plan_id == self.plan_id

    def new_problem(self) -> None:
        if self.plan_id is None:
            return
        edited = care_plan_forms.edit_problem(
            Problem(care_plan_id=self.plan_id, description=""),
            self.store.conditions(self.patient_id),
            self,
        )
        if edited is not None:
            self._add(self.problems, self.tr("Add problem"), lambda: self.store.add_problem(edited))

    def edit_problem(self, problem_id: int) -> None:
        problem = self.store.problem(problem_id)
        if problem is None or not self._mine(problem):
            return
        edited = care_plan_forms.edit_problem(problem, self.store.conditions(self.patient_id), self)
        if edited is not None and edited != problem:
            self._change(self.tr("Edit problem"), lambda: self.store.update_problem(edited))

    def delete_problem(self, problem_id: int) -> None:
        problem = self.store.problem(problem_id)
        if (
            problem is None
            or not self._mine(problem)
            or not confirm_delete(
                self,
                self.tr("the problem “%s”") % problem.description,
                self.tr("Its goals stay in the plan, no longer linked to it."),
            )
        ):
            return
        self._change(self.tr("Delete problem"), lambda: self.store.delete_problem(problem_id))

    def new_goal(self) -> None:
        if self.plan_id is None:
            return
        edited = care_plan_forms.edit_goal(
            Goal(care_plan_id=self.plan_id, description=""), self._problem_choices(), self
        )
        if edited is not None:
            self._add(self.goals, self.tr("Add goal"), lambda: self.store.add_goal(edited))

    def edit_goal(self, goal_id: int) -> None:
        goal = self.store.goal(goal_id)
        if goal is None or not self._mine(goal):
            return
        edited = care_plan_forms.edit_goal(goal, self._problem_choices(), self)
        if edited is not None and edited != goal:
            self._change(self.tr("Edit goal"), lambda: self.store.update_goal(edited))

    def delete_goal(self, goal_id: int) -> None:
        goal = self.store.goal(goal_id)
        if (
            goal is None
            or not self._mine(goal)
            or not confirm_delete(
                self,
                self.tr("the goal “%s”") % goal.description,
                self.tr("Its interventions stay in the plan, no longer linked to it."),
            )
        ):
            return
        self._change(self.tr("Delete goal"), lambda: self.store.delete_goal(goal_id))

    def new_intervention(self) -> None:
        if self.plan_id is None:
            return
        edited = care_plan_forms.edit_intervention(
            Intervention(care_plan_id=self.plan_id, description=""),
            self._team_choices(),
            self._goal_choices(),
            self,
        )
        if edited is not None:
            self._add(
                self.interventions,
                self.tr("Add intervention"),
                lambda: self.store.add_intervention(edited),
            )

    def edit_intervention(self, intervention_id: int) -> None:
        step = self.store.intervention(intervention_id)
        if step is None or not self._mine(step):
            return
        edited = care_plan_forms.edit_intervention(
            step, self._team_choices(), self._goal_choices(), self
        )
        if edited is not None and edited != step:
            self._change(
                self.tr("Edit intervention"), lambda: self.store.update_intervention(edited)
            )

    def delete_intervention(self, intervention_id: int) -> None:
        step = self.store.intervention(intervention_id)
        if (
            step is None
            or not self._mine(step)
            or not confirm_delete(self, self.tr("the intervention “%s”") % step.description)
        ):
            return
        self._change(
            self.tr("Delete intervention"), lambda: self.store.delete_intervention(intervention_id)
        )

    def record_review(self) -> None:
        plan = self.plan()
        if plan is None or plan.id is None:
            return
        today = self.store.today()
        interval = review_interval(plan, self.store.care_plan_reviews(plan.id))
        entry = ReviewEntry(care_plan_id=plan.id, on_date=today, next_review=today + interval)
        edited = care_plan_forms.edit_record_review(entry, today, lambda day: day + interval, self)
        if edited is not None:
            self._add(
                self.reviews,
                self.tr("Record care-plan review"),
                lambda: self.store.review_care_plan(edited.review(), edited.next_review),
            )

    def edit_review(self, review_id: int) -> None:
        review = self.store.care_plan_review(review_id)
        if review is None or not self._mine(review):
            return
        edited = care_plan_forms.edit_review(review, self.store.today(), self)
        if edited is not None and edited != review:
            self._change(self.tr("Edit review"), lambda: self.store.update_care_plan_review(edited))

    def delete_review(self, review_id: int) -> None:
        review = self.store.care_plan_review(review_id)
        if (
            review is None
            or not self._mine(review)
            or not confirm_delete(
                self,
                self.tr("the review of %s") % spoken_day(review.on_date),
                self.tr("The plan's next review date stays as it is."),
            )
        ):
            return
        self._change(
            self.tr("Delete review"), lambda: self.store.delete_care_plan_review(review_id)
        )
