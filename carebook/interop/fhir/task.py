"""A task as FHIR: a Task for its patient (or the team's own), due by its restriction's end.

Its details and its repeat rule are notes (the rule typed beside its words: see
fhir.extension); when it was done, the end of its executionPeriod.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from carebook.core.records import Task
from carebook.core.recurrence import describe
from carebook.core.vocabularies import TaskPriority, TaskStatus
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning, Target
from carebook.interop.fhir.resolving import Entry, type_of

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
        said = fv.text(
            f"Repeats: {describe(task.rrule.strip(), english=True)} ({task.rrule.strip()})"
        )
        notes.append(ext.typed(said, {"rrule": task.rrule.strip()}))
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


def read_task(planning: Planning, entry: Entry) -> None:
    """A Task into a task of its patient (or of the team, when it is for no patient)."""
    planning.not_in_error(entry)
    r = entry.resource
    patient: Target = None
    if type_of(planning.resolve(r.get("for"), entry)) == "Patient":
        patient = planning.patient_of(entry, r.get("for"), "for")
    title = fe.text_of(r.get("description")) or fe.concept_text(r.get("code"))
    if not title:
        raise NotImported(
            translate("FhirImport", "has no description or code saying what is to be done")
        )
    task = Task(title=title)
    status = fe.text_of(r.get("status"))
    task.status = (
        TaskStatus.DONE
        if status == "completed"
        else TaskStatus.CANCELLED
        if status in ("cancelled", "rejected", "failed")
        else TaskStatus.OPEN
    )
    priority = fe.text_of(r.get("priority"))
    task.priority = (
        TaskPriority.URGENT
        if priority == "urgent"
        else TaskPriority.ASAP
        if priority in ("asap", "stat")
        else TaskPriority.ROUTINE
    )
    restriction = fe.as_dict(r.get("restriction"))
    period = fe.as_dict(restriction.get("period"))
    due = fe.text_of(period.get("end"))
    if due:
        task.due_date = fe.date_of(due) if len(due) <= 10 else None
        if len(due) > 10:
            moment = fe.moment(due, planning.zone)
            if moment is not None:
                task.due_date, task.due_time = moment.date(), moment.time()
    execution = fe.as_dict(r.get("executionPeriod"))
    if task.status is TaskStatus.DONE:
        task.completed_at = fe.moment(execution.get("end"), planning.zone)
    details = []
    for note in fe.notes_of(r):
        said = fe.text_of(note.get("text"))
        typed = ext.decode(note)
        rule = sentences.repeat_rule(said) if not typed else None
        if typed:  # carebook's words for the repeat rule, which it also gives typed
            if not task.rrule:
                planning.fill(task, typed, entry)
        elif rule is not None and not task.rrule:
            task.rrule = rule
        else:
            details.append(said)
    task.details = "\n".join(details)
    planning.emit(
        entry,
        "task",
        task,
        {"patient_id": patient} if patient is not None else None,
        keys=planning.keys(entry),
    )
