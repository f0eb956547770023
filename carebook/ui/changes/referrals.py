"""A patient's referrals through the door: one sent with its follow-up task, one answered or
rescheduled with its task brought along, one withdrawn with its open task; each one undoable
step that puts the referral and its task back together."""

from __future__ import annotations

from carebook.core.changes import Changes
from carebook.core.records import Referral
from carebook.ui.commands import Caseload, Root


def send_referral(caseload: Caseload, text: str, referral: Referral) -> Referral:
    """Keep a new referral and make the task that follows it up (due on its follow-up date)."""
    sent: list[Referral] = []

    def run() -> list[Root]:
        kept = caseload.store.referrals.refer(referral)
        assert kept.id is not None
        sent.append(kept)
        made: list[Root] = [("task", kept.task_id)] if kept.task_id is not None else []
        return [("referral", kept.id), *made]

    caseload.change(text, "referral", run)
    return sent[0]


def save_referral(caseload: Caseload, text: str, referral: Referral) -> Changes:
    """Save an edited referral: answered (done or declined) it closes its open follow-up, a
    new follow-up date moves it, and a follow-up date given later makes one."""
    assert referral.id is not None
    touched: list[Root] = [("referral", referral.id)]
    if referral.task_id is not None:
        touched.append(("task", referral.task_id))

    def run() -> list[Root]:
        made = caseload.store.referrals.save_referral(referral)
        return [("task", made.id)] if made is not None and made.id is not None else []

    return caseload.change(text, "referral", run, touches=touched)


def withdraw_referral(caseload: Caseload, text: str, referral: Referral) -> Changes:
    """Delete a referral, and its follow-up task while that is still open."""
    assert referral.id is not None
    touched: list[Root] = [("referral", referral.id)]
    if referral.task_id is not None:
        touched.append(("task", referral.task_id))
    referral_id = referral.id
    return caseload.change(
        text,
        "referral",
        lambda: caseload.store.referrals.withdraw(referral_id),
        touches=touched,
    )
