"""A task marked done (a repeating one comes round again), reopened or cancelled."""

from __future__ import annotations

from carebook.core.changes import Changes
from carebook.ui.commands import Caseload, Root


def complete_task(caseload: Caseload, text: str, task_id: int) -> Changes:
    """Mark a task done; a repeating task's next round is added with it."""

    def run() -> list[Root]:
        following = caseload.store.tasks.complete_task(task_id)
        return [("task", following.id)] if following is not None and following.id else []

    return caseload.change(text, "task", run, touches=[("task", task_id)])


def reopen_task(caseload: Caseload, text: str, task_id: int) -> Changes:
    """Open a done or cancelled task again."""
    return caseload.change(
        text, "task", lambda: caseload.store.tasks.reopen_task(task_id), touches=[("task", task_id)]
    )


def cancel_task(caseload: Caseload, text: str, task_id: int) -> Changes:
    """Cancel an open task (kept, struck through)."""
    return caseload.change(
        text, "task", lambda: caseload.store.tasks.cancel_task(task_id), touches=[("task", task_id)]
    )
