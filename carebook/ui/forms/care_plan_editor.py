"""The care-plan section of a patient's record: the plan, its problems, goals, interventions
and dated reviews, each added, edited and deleted as one undoable change to the whole plan."""

from __future__ import annotations

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

from carebook.core.records import CarePlan
from carebook.core.review_rules import reviews_fall_due
from carebook.ui.commands import Caseload
from carebook.ui.forms.care_plan_changes import CarePlanChanges
from carebook.ui.forms.care_plan_parts import (
    PartActions,
    PartList,
    goal_list,
    intervention_list,
    problem_list,
    review_list,
)
from carebook.ui.forms.care_plan_rows import CarePlanRows
from carebook.ui.forms.care_plan_text import spoken_day
from carebook.ui.widgets.accessible import name_from_label


class CarePlanSection(QWidget):
    """The patient's care plans, one shown at a time with everything in it."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.store = caseload.store
        self.patient_id = patient_id
        self.plan_id: int | None = None
        self._plans: dict[int, CarePlan] = {}
        self.rows = CarePlanRows(self.store, patient_id)
        self.changes = CarePlanChanges(caseload, patient_id, self, self)

        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Care plan"))
        self.picker.setToolTip(self.tr("The patient's care plans, current ones first"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.setMinimumContentsLength(28)
        self.picker.currentIndexChanged.connect(self._picked)
        self.picker.installEventFilter(self)
        picker_label = QLabel(self.tr("P&lan:"), self)
        name_from_label(picker_label, self.picker)
        self.new_button = QPushButton(self.tr("&New plan…"), self)
        self.new_button.setToolTip(self.tr("Start a new care plan (Ctrl+N)"))
        self.new_button.clicked.connect(self.changes.new_plan)
        self.edit_button = QPushButton(self.tr("&Edit plan…"), self)
        self.edit_button.setToolTip(self.tr("Title, status, period, next review (F2)"))
        self.edit_button.clicked.connect(self.changes.edit_plan)
        self.delete_button = QPushButton(self.tr("Delete plan…"), self)
        self.delete_button.setToolTip(self.tr("Delete the plan with everything in it (asks first)"))
        self.delete_button.clicked.connect(self.changes.delete_plan)
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
        changes, rows = self.changes, self.rows
        self.problems = PartList(
            problem_list(
                lambda: rows.problems(self.plan_id),
                PartActions(changes.new_problem, changes.edit_problem, changes.delete_problem),
            ),
            self.tr("Pro&blems and needs"),
            changes.new_problem,
            self,
        )
        self.goals = PartList(
            goal_list(
                lambda: rows.goals(self.plan_id),
                PartActions(changes.new_goal, changes.edit_goal, changes.delete_goal),
                self.store.today,
            ),
            self.tr("&Goals"),
            changes.new_goal,
            self,
        )
        self.interventions = PartList(
            intervention_list(
                lambda: rows.interventions(self.plan_id),
                PartActions(
                    changes.new_intervention,
                    changes.edit_intervention,
                    changes.delete_intervention,
                ),
            ),
            self.tr("&Interventions"),
            changes.new_intervention,
            self,
        )
        self.reviews = PartList(
            review_list(
                lambda: rows.reviews(self.plan_id),
                PartActions(changes.record_review, changes.edit_review, changes.delete_review),
            ),
            self.tr("Review &history"),
            changes.record_review,
            self,
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

    def _new_here(self) -> None:
        """Ctrl+N: a new part of the list the focus is in (on its buttons too), else a plan."""
        focus = QApplication.focusWidget()
        for part in self.lists():
            if focus is not None and part.isVisible() and part.isAncestorOf(focus):
                part.new_row()
                return
        self.changes.new_plan()

    # -- showing the plan ------------------------------------------------------------------------

    def plan(self) -> CarePlan | None:
        """The plan on screen."""
        return self._plans.get(self.plan_id) if self.plan_id is not None else None

    def refresh(self) -> None:
        """Read the patient's plans again, keeping the one on screen while it exists."""
        plans = self.store.care_plans.care_plans(self.patient_id)
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
            self.tr("Status: {status}  ·  {period}").format(status=plan.status.label, period=period)
            if period
            else self.tr("Status: %s") % plan.status.label
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
                        self.changes.delete_plan()
                    else:
                        self.changes.edit_plan()
                    return True
        return super().eventFilter(watched, event)
