"""Tasks in the store: adding, changing, completing (a repeating task comes round again)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from carebook import recurrence
from carebook.domain import AgendaTask, Task, TaskPriority, TaskStatus, spoken_name
from carebook.store_base import StoreBase
from carebook.validation import validate_task


class TaskActions(StoreBase):
    """The coordinator's to-do list: one method per thing she does to a task."""

    def add_task(self, task: Task) -> Task:
        self._check(task)
        return self._create(task)

    def _check(self, task: Task) -> None:
        validate_task(task)
        if task.rrule:
            recurrence.parse_rule(task.rrule, _anchor(task, self.today()))

    def task(self, task_id: int) -> Task | None:
        return self._get(Task, task_id)

    def agenda_tasks(self, day: date) -> list[AgendaTask]:
        """Tasks due on `day` (any status) and open tasks due before it, most urgent first."""
        sql = (
            "SELECT t.id, t.title, t.patient_id, p.given, p.family, p.preferred_name,"
            " t.due_date, t.due_time, t.priority, t.status"
            " FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
            " WHERE t.due_date = :day OR (t.status = 'open' AND t.due_date < :day)"
            " ORDER BY t.due_date = :day, t.due_date,"
            " CASE t.priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, t.due_time, t.id")
        tasks = []
        for row in self.conn.execute(sql, {"day": day.isoformat()}):
            (task_id, title, patient_id, given, family, preferred, due, due_time, priority,
             status) = row
            due_date = date.fromisoformat(due)
            patient = spoken_name(given or "", family or "", preferred or "") if patient_id else ""
            tasks.append(AgendaTask(
                id=task_id, title=title, patient_id=patient_id, patient=patient, due=due_date,
                due_time=time.fromisoformat(due_time) if due_time else None,
                priority=TaskPriority(priority), status=TaskStatus(status),
                overdue=due_date < day and status == TaskStatus.OPEN))
        return tasks

    def tasks_for(self, patient_id: int) -> list[Task]:
        """A patient's tasks: open ones by due date first, then the rest, latest first."""
        return self._all(Task, "patient_id = ?", [patient_id],
                         "status <> 'open', CASE WHEN status = 'open' THEN due_date END,"
                         " due_date DESC, id")

    def update_task(self, task: Task) -> None:
        self._check(task)
        self._change(task)

    def complete_task(self, task_id: int) -> Task | None:
        """Tick a task off; a repeating one comes round again: the next task is returned."""
        task = self._need(Task, task_id)
        # Only an open task comes round again: ticking a done one twice makes no second round.
        following = self._next_of(task) if task.status is TaskStatus.OPEN else None
        with self._transaction():
            self._update(replace(task, status=TaskStatus.DONE, completed_at=self.clock()))
            self._log("change", "task", task_id, "done")
            if following is not None:
                self._insert(following)
                self._log("create", "task", following.id)
        return following

    def reopen_task(self, task_id: int) -> None:
        task = self._need(Task, task_id)
        self._change(replace(task, status=TaskStatus.OPEN, completed_at=None))

    def cancel_task(self, task_id: int) -> None:
        task = self._need(Task, task_id)
        self._change(replace(task, status=TaskStatus.CANCELLED, completed_at=None))

    def delete_task(self, task_id: int) -> None:
        self._delete(Task, task_id)

    def _next_of(self, task: Task) -> Task | None:
        """The next round of a repeating task, due on the rule's next date after this one."""
        if not task.rrule or task.due_date is None:
            return None
        parts = recurrence.rule_parts(task.rrule)
        rule_text = task.rrule
        if "COUNT" in parts:
            left = int(parts["COUNT"]) - 1
            if left < 1:
                return None
            parts["COUNT"] = str(left)
            rule_text = ";".join(f"{key}={value}" for key, value in parts.items())
        anchor = _anchor(task, self.today())
        following = recurrence.parse_rule(task.rrule, anchor).after(anchor)
        if following is None:
            return None
        return replace(task, id=None, due_date=following.date(), status=TaskStatus.OPEN,
                       completed_at=None, rrule=rule_text)


def _anchor(task: Task, today: date) -> datetime:
    return datetime.combine(task.due_date or today, task.due_time or time())
