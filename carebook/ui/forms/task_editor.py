"""Tasks from a list: new, edit, mark done (a repeating one comes round again), reopen, cancel."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from carebook.core.records import Task
from carebook.ui.commands import Caseload, Root
from carebook.ui.forms import forms
from carebook.ui.forms.form_editor import FormEditor
from carebook.ui.forms.record_editor import RecordAction


class TaskEditor(FormEditor[Task]):
    """A task, with or without a patient."""

    def __init__(self, caseload: Caseload) -> None:
        store = caseload.store
        super().__init__(
            caseload,
            noun="task",
            table="task",
            kind="task",
            blank=lambda patient_id: Task(title="", patient_id=patient_id, due_date=store.today()),
            load=store.tasks.task,
            form=lambda record, parent: forms.edit_task(record, store, parent),
            add=store.tasks.add_task,
            update=store.tasks.update_task,
            remove=store.tasks.delete_task,
            describe=lambda task: f"the task \u201c{task.title}\u201d",
        )

    def complete(self, parent: QWidget, task_id: int) -> None:
        def next_round(following: object) -> list[Root]:
            return [("task", following.id)] if isinstance(following, Task) and following.id else []

        self.save(
            parent,
            task_id,
            parent.tr("Mark task done"),
            lambda: self.store.tasks.complete_task(task_id),
            created=next_round,
        )

    def actions(self, parent: QWidget, record_id: int, row: dict[str, Any]) -> list[RecordAction]:
        status = row.get("status")
        return [
            RecordAction(
                parent.tr("Mark done"), lambda: self.complete(parent, record_id), status == "open"
            ),
            RecordAction(
                parent.tr("Reopen"),
                lambda: self.save(
                    parent,
                    record_id,
                    parent.tr("Reopen task"),
                    lambda: self.store.tasks.reopen_task(record_id),
                ),
                status != "open",
            ),
            RecordAction(
                parent.tr("Cancel task"),
                lambda: self.save(
                    parent,
                    record_id,
                    parent.tr("Cancel task"),
                    lambda: self.store.tasks.cancel_task(record_id),
                ),
                status == "open",
            ),
        ]
