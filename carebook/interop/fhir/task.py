"""A task as FHIR: a Task for its patient (or the team's own), due by its restriction's end."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from carebook.core.domain import Task, TaskStatus
from carebook.core.recurrence import describe
from carebook.interop.fhir import values as fv

Json = dict[str, Any]

_TASK_STATUS = {
    TaskStatus.OPEN: "requested",
    TaskStatus.DONE: "completed",
    TaskStatus.CANCELLED: "cancelled",
}


def task_resource(task: Task, subject: Json | None) -> Json:
    """A task as a FHIR Task, for the patient `subject` (None: a task of the team's own), not
    yet pruned."""
    due: str | None = None
    if task.due_date is not None:
        due = (
            fv.instant(datetime.combine(task.due_date, task.due_time))
            if task.due_time is not None
            else task.due_date.isoformat()
        )
    notes = [fv.text(task.details.strip())] if task.details.strip() else []
    if task.rrule.strip():
        notes.append(fv.text(f"Repeats: {describe(task.rrule.strip())} ({task.rrule.strip()})"))
    done = (
        fv.instant(task.completed_at)
        if task.completed_at is not None and task.status is TaskStatus.DONE
        else None
    )
    return {
        "resourceType": "Task",
        "id": f"task-{task.id}",
        "status": _TASK_STATUS[task.status],
        "intent": "order",
        "priority": task.priority.value,
        "description": task.title,
        "for": subject,
        "executionPeriod": {"end": done} if done else None,
        "restriction": {"period": {"end": due}} if due else None,
        "note": notes,
    }
