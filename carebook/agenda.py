"""A day's agenda: the visits in order and the tasks due or overdue, as text or JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from carebook.domain import AgendaTask, Visit


@dataclass(slots=True)
class DayAgenda:
    """What one day holds for the coordinator."""

    day: date
    visits: list[Visit]
    tasks: list[AgendaTask]

    @property
    def overdue(self) -> list[AgendaTask]:
        return [task for task in self.tasks if task.overdue]

    @property
    def due(self) -> list[AgendaTask]:
        return [task for task in self.tasks if not task.overdue]


def to_json(agenda: DayAgenda) -> dict[str, Any]:
    """The agenda in the documented JSON shape (later versions add fields, never remove them)."""
    return {
        "date": agenda.day.isoformat(),
        "visits": [
            {
                "id": visit.appointment_id,
                "start": visit.start.isoformat(timespec="minutes"),
                "end": visit.end.isoformat(timespec="minutes"),
                "patient": visit.patient,
                "patient_id": visit.patient_id,
                "address": visit.location or visit.address,
                "phone": visit.phone,
                "purpose": visit.purpose,
                "kind": visit.kind.value,
                "status": visit.status.value,
            }
            for visit in agenda.visits
        ],
        "tasks": [
            {
                "id": task.id,
                "title": task.title,
                "patient": task.patient,
                "patient_id": task.patient_id,
                "due": task.due.isoformat(),
                "overdue": task.overdue,
                "priority": task.priority.value,
                "status": task.status.value,
            }
            for task in agenda.tasks
        ],
    }


def to_text(agenda: DayAgenda) -> str:
    """The agenda as plain text for a terminal: visits in time order, then tasks."""
    lines = [agenda.day.strftime("%A %d %B %Y"), ""]
    if agenda.visits:
        lines.append(f"Visits ({len(agenda.visits)})")
        for visit in agenda.visits:
            status = "" if visit.status.value == "booked" else f"  [{visit.status.label}]"
            lines.append(f"  {visit.start:%H:%M}-{visit.end:%H:%M}  {visit.patient}  "
                         f"{visit.kind.label}{': ' + visit.purpose if visit.purpose else ''}"
                         f"{status}")
            where = visit.location or visit.address
            details = "  ".join(part for part in (where, visit.phone) if part)
            if details:
                lines.append(f"               {details}")
    else:
        lines.append("No visits.")
    for heading, tasks in (("Overdue tasks", agenda.overdue), ("Tasks due", agenda.due)):
        if not tasks:
            continue
        lines += ["", f"{heading} ({len(tasks)})"]
        for task in tasks:
            mark = "x" if task.status.value == "done" else " "
            who = f" ({task.patient})" if task.patient else ""
            due = f" due {task.due.isoformat()}" if task.overdue else ""
            priority = "" if task.priority.value == "routine" else f" [{task.priority.label}]"
            lines.append(f"  [{mark}] {task.title}{who}{due}{priority}")
    return "\n".join(lines) + "\n"
