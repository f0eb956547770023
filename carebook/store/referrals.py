"""Referrals in the store: a patient referred to a contact of the directory, with the task that
follows it up made, moved and closed as the referral is sent, rescheduled and answered."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from carebook.core.records import Contact, Referral, Task
from carebook.core.referral_rules import check_referral, follow_up_title
from carebook.core.validation import validate_task
from carebook.core.vocabularies import ReferralStatus, TaskStatus
from carebook.storage.records import from_row
from carebook.store.base import Part, Writes

#: A referral in these states needs no more following up.
CLOSED = frozenset({ReferralStatus.DECLINED, ReferralStatus.DONE})


@dataclass(frozen=True, slots=True, kw_only=True)
class ReferralRow:
    """A referral as its patient's record and the care-plan summary show it: with the name of
    whom it is to, and whether its follow-up task is still open."""

    id: int
    patient_id: int
    to_whom: str
    reason: str
    sent_on: date
    status: ReferralStatus
    follow_up_on: date | None
    follow_up_open: bool
    notes: str


class Referrals(Part):
    """The patient's referrals: sent with their follow-up task, answered, withdrawn."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {"referral": Writes(self.add_referral, self.update_referral, self.delete_referral)}

    # -- plain writes, as the kind registry's door makes them ------------------------------------

    def add_referral(self, referral: Referral) -> Referral:
        check_referral(referral, self.today())
        return self._create(referral)

    def update_referral(self, referral: Referral) -> None:
        check_referral(referral, self.today())
        self._change(referral)

    def delete_referral(self, referral_id: int) -> None:
        self._delete(Referral, referral_id)

    # -- a referral with its follow-up ------------------------------------------------------------

    def refer(self, referral: Referral) -> Referral:
        """Keep a new referral and, when it has a follow-up date, the task that follows it up
        (due that day, for the patient), both or neither."""
        check_referral(referral, self.today())
        task = self._follow_up_task(referral)
        with self._transaction():
            if task is not None:
                self._insert(task)
                self._log("create", "task", task.id, "referral follow-up")
                referral.task_id = task.id
            self._insert(referral)
            self._log("create", "referral", referral.id)
        return referral

    def save_referral(self, referral: Referral) -> Task | None:
        """Save an edited referral and bring its follow-up along: an answered referral (done
        or declined) closes its open task, a new follow-up date moves it, and a follow-up date
        given later makes one. The task made, if any."""
        check_referral(referral, self.today())
        task = self._task_of(referral)
        made: Task | None = None
        with self._transaction():
            if task is not None and task.status is TaskStatus.OPEN:
                if referral.status in CLOSED:
                    self._update(replace(task, status=TaskStatus.DONE, completed_at=self.clock()))
                    self._log("change", "task", task.id, "referral answered")
                elif referral.follow_up_on != task.due_date and referral.follow_up_on:
                    self._update(replace(task, due_date=referral.follow_up_on))
                    self._log("change", "task", task.id, "referral follow-up moved")
            elif task is None and referral.status not in CLOSED:
                made = self._follow_up_task(referral)
                if made is not None:
                    self._insert(made)
                    self._log("create", "task", made.id, "referral follow-up")
                    referral.task_id = made.id
            self._update(referral)
            self._log("change", "referral", referral.id)
        return made

    def withdraw(self, referral_id: int) -> None:
        """Delete a referral and its follow-up task while that is still open (a done one stays
        in the patient's tasks, as what was done)."""
        referral = self._need(Referral, referral_id)
        task = self._task_of(referral)
        with self._transaction():
            self.conn.execute("DELETE FROM referral WHERE id = ?", [referral_id])
            self._log("delete", "referral", referral_id)
            if task is not None and task.status is TaskStatus.OPEN:
                self.conn.execute("DELETE FROM task WHERE id = ?", [task.id])
                self._log("delete", "task", task.id, "referral withdrawn")

    def _task_of(self, referral: Referral) -> Task | None:
        return self._get(Task, referral.task_id) if referral.task_id is not None else None

    def _follow_up_task(self, referral: Referral) -> Task | None:
        if referral.follow_up_on is None:
            return None
        contact = self._get(Contact, referral.contact_id) if referral.contact_id else None
        task = Task(
            patient_id=referral.patient_id,
            title=follow_up_title(contact.name if contact else "", referral.reason),
            details=f"Referral sent {referral.sent_on.isoformat()}.",
            due_date=referral.follow_up_on,
        )
        validate_task(task)
        return task

    # -- reading ---------------------------------------------------------------------------------

    def referral(self, referral_id: int) -> Referral | None:
        return self._get(Referral, referral_id)

    def referrals(self, patient_id: int) -> list[Referral]:
        """The patient's referrals, the latest sent first."""
        return self._all(Referral, "patient_id = ?", [patient_id], "sent_on DESC, id DESC")

    def referral_rows(self, patient_id: int, *, answered: bool = True) -> list[ReferralRow]:
        """The patient's referrals with whom each is to, the latest sent first; without the
        answered ones (done, declined) unless `answered`."""
        rows = self._rows(
            "SELECT r.*, coalesce(c.name, '') AS to_whom,"
            " coalesce(t.status = 'open', 0) AS follow_up_open"
            " FROM referral r LEFT JOIN contact c ON c.id = r.contact_id"
            " LEFT JOIN task t ON t.id = r.task_id"
            " WHERE r.patient_id = ? ORDER BY r.sent_on DESC, r.id DESC",
            [patient_id],
        )
        found = []
        for row in rows:
            record = from_row(Referral, row)
            if not answered and record.status in CLOSED:
                continue
            assert record.id is not None
            found.append(
                ReferralRow(
                    id=record.id,
                    patient_id=record.patient_id,
                    to_whom=row["to_whom"],
                    reason=record.reason,
                    sent_on=record.sent_on,
                    status=record.status,
                    follow_up_on=record.follow_up_on,
                    follow_up_open=bool(row["follow_up_open"]),
                    notes=record.notes,
                )
            )
        return found
