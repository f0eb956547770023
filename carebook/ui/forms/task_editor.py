"""Tasks from a list: new, edit, mark done (a repeating one comes round again), reopen, cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from carebook.core.records import Task
from carebook.core.vocabularies import TaskStatus
from carebook.core.words import translate
from carebook.ui.changes import tasks as task_changes
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.record_editor import RecordAction, StatusRow, attempt


class TaskEditor(FormEditor[Task, StatusRow[TaskStatus]]):
    """A task, with or without a patient."""

    def __init__(self, caseload: Caseload) -> None:
        self.store = store = caseload.store
        super().__init__(
            caseload,
            noun="task",
            blank=lambda patient_id: Task(title="", patient_id=patient_id, due_date=store.today()),
            load=store.tasks.task,
            form=lambda record, parent: forms.edit_task(record, store, parent),
            describe=lambda task: translate("TaskEditor", "the task “{title}”").format(
                title=task.title
            ),
        )

    def complete(self, parent: QWidget, task_id: int) -> None:
        attempt(
            parent,
            lambda: task_changes.complete_task(
                self.caseload, translate("TaskEditor", "Mark task done"), task_id
            ),
        )

    def actions(
        self, parent: QWidget, record_id: int, row: StatusRow[TaskStatus]
    ) -> list[RecordAction]:
        status = row.status
        return [
            RecordAction(
                translate("TaskEditor", "Mark done"),
                lambda: self.complete(parent, record_id),
                status is TaskStatus.OPEN,
            ),
            RecordAction(
                translate("TaskEditor", "Reopen"),
                lambda: attempt(
                    parent,
                    lambda: task_changes.reopen_task(
                        self.caseload, translate("TaskEditor", "Reopen task"), record_id
                    ),
                ),
                status is not TaskStatus.OPEN,
            ),
            RecordAction(
                translate("TaskEditor", "Cancel task"),
                lambda: attempt(
                    parent,
                    lambda: task_changes.cancel_task(
                        self.caseload, translate("TaskEditor", "Cancel task"), record_id
                    ),
                ),
                status is TaskStatus.OPEN,
            ),
        ]
