"""Tasks in the store: adding, changing, completing (a repeating task comes round again)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from carebook.core import recurrence
from carebook.core.agenda import AgendaSpan
from carebook.core.records import Task
from carebook.core.validation import check_rule, validate_task
from carebook.core.views import AgendaTask
from carebook.core.vocabularies import TaskPriority, TaskStatus
from carebook.storage.listings import SPOKEN_NAME
from carebook.store.base import Part, Writes

_PRIORITIES = {priority.value: priority for priority in TaskPriority}
_STATUSES = {status.value: status for status in TaskStatus}
#: Due within the span, done or not, or still open from before it.
_AGENDA_WHERE = (
    "(t.due_date BETWEEN :first AND :last OR (t.status = 'open' AND t.due_date < :first))"
)
_OVERDUE = "(t.status = 'open' AND t.due_date < :overdue_before)"
#: Open before done; ASAP and urgent before routine (an urgent task due today comes before a
#: routine one left over from last week); then by due day and time of day.
_AGENDA_ORDER = (
    "t.status <> 'open'",
    "CASE t.priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END",
    "t.due_date",
    "t.due_time IS NULL",
    "t.due_time",
)


class Tasks(Part):
    """The coordinator's to-do list: one method per thing she does to a task."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {"task": Writes(self.add_task, self.update_task, self.delete_task)}

    def add_task(self, task: Task) -> Task:
        self._check(task)
        return self._create(task)

    def _check(self, task: Task) -> None:
        validate_task(task)
        if task.rrule:
            check_rule(task.rrule, _anchor(task, self.today()))

    def task(self, task_id: int) -> Task | None:
        return self._get(Task, task_id)

    def agenda_tasks(self, day: date) -> list[AgendaTask]:
        """Tasks due on `day` (any status) and open tasks due before it, most urgent first."""
        return self.tasks_in(AgendaSpan.day(day))

    def tasks_in(
        self, span: AgendaSpan, offset: int = 0, limit: int | None = None
    ) -> list[AgendaTask]:
        """The span's tasks (see AgendaSpan), most urgent first; `limit` of them from `offset`."""
        params = _span_params(span)
        columns = (
            f"t.id, t.title, t.patient_id, coalesce({SPOKEN_NAME}, ''), t.due_date,"
            f" t.due_time, t.priority, t.status, {_OVERDUE}"
        )
        if limit is None:
            sql = (
                f"SELECT {columns} FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
                f" WHERE {_AGENDA_WHERE} ORDER BY {', '.join(_AGENDA_ORDER)}, t.id"
            )
        else:
            # The order comes from the index alone; only the page's rows are read in full.
            keys = [f"k{n}" for n in range(len(_AGENDA_ORDER))]
            named = ", ".join(
                f"{expr} AS {key}" for expr, key in zip(_AGENDA_ORDER, keys, strict=True)
            )
            order = ", ".join(f"page.{key}" for key in [*keys, "id"])
            sql = (
                f"SELECT {columns} FROM (SELECT t.id AS id, {named} FROM task t"
                f" WHERE {_AGENDA_WHERE} ORDER BY {', '.join(keys)}, id"
                f" LIMIT :limit OFFSET :offset) page JOIN task t ON t.id = page.id"
                f" LEFT JOIN patient p ON p.id = t.patient_id ORDER BY {order}"
            )
            params.update(limit=int(limit), offset=int(offset))
        parse_date, parse_time, priorities, statuses = (
            date.fromisoformat,
            time.fromisoformat,
            _PRIORITIES,
            _STATUSES,
        )
        return [
            AgendaTask(
                id=task_id,
                title=title,
                patient_id=patient_id,
                patient=patient,
                due=parse_date(due),
                due_time=parse_time(due_time) if due_time else None,
                priority=priorities[priority],
                status=statuses[status],
                overdue=bool(overdue),
            )
            for (
                task_id,
                title,
                patient_id,
                patient,
                due,
                due_time,
                priority,
                status,
                overdue,
            ) in self.conn.execute(sql, params)
        ]

    def task_counts(self, span: AgendaSpan) -> tuple[int, int]:
        """How many of the span's tasks are due and how many overdue, counted from the index."""
        total, overdue = self.conn.execute(
            f"SELECT count(*), coalesce(sum({_OVERDUE}), 0) FROM task t WHERE {_AGENDA_WHERE}",
            _span_params(span),
        ).fetchone()
        return int(total) - int(overdue), int(overdue)

    def tasks_for(self, patient_id: int) -> list[Task]:
        """A patient's tasks: open ones by due date first, then the rest, latest first."""
        return self._all(
            Task,
            "patient_id = ?",
            [patient_id],
            "status <> 'open', CASE WHEN status = 'open' THEN due_date END, due_date DESC, id",
        )

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
        # A rule kept from before carebook's limits still comes round, within them.
        following = recurrence.laid_out_rule(task.rrule, anchor).after(anchor)
        if following is None:
            return None
        return replace(
            task,
            id=None,
            due_date=following.date(),
            status=TaskStatus.OPEN,
            completed_at=None,
            rrule=rule_text,
        )


def _span_params(span: AgendaSpan) -> dict[str, object]:
    return {
        "first": span.first.isoformat(),
        "last": span.last.isoformat(),
        "overdue_before": span.overdue_before.isoformat(),
    }


def _anchor(task: Task, today: date) -> datetime:
    return datetime.combine(task.due_date or today, task.due_time or time())
