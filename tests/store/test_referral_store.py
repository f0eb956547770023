"""Referrals in the store: sent with their follow-up task, which moves with the follow-up date
and closes when the referral is answered; withdrawn with it while it is open."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.errors import ValidationError
from carebook.core.records import Contact, Patient, Referral
from carebook.core.vocabularies import ContactRole, ReferralStatus, TaskStatus
from carebook.store.caseload import Store

NOW = datetime(2026, 12, 7, 9, 30)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "caseload.carebook", clock=lambda: NOW)


def _referral(store: Store, **changes: object) -> Referral:
    patient = store.patients.add_patient(Patient(given="Ada", family="Byron"))
    meals = store.contacts.add_contact(
        Contact(name="Meals on Wheels", role=ContactRole.COMMUNITY_RESOURCE)
    )
    assert patient.id is not None and meals.id is not None
    fields: dict[str, object] = {
        "patient_id": patient.id,
        "contact_id": meals.id,
        "reason": "Meals at home on weekdays",
        "sent_on": date(2026, 12, 7),
        "follow_up_on": date(2026, 12, 14),
    }
    return Referral(**{**fields, **changes})  # type: ignore[arg-type]


def test_a_referral_sent_makes_its_follow_up_task(store: Store) -> None:
    referral = store.referrals.refer(_referral(store))
    assert referral.id is not None and referral.task_id is not None
    task = store.tasks.task(referral.task_id)
    assert task is not None
    assert task.title == "Follow up referral to Meals on Wheels for meals at home on weekdays"
    assert (task.patient_id, task.due_date, task.status) == (
        referral.patient_id,
        date(2026, 12, 14),
        TaskStatus.OPEN,
    )
    assert store.referrals.referral(referral.id) == referral


def test_a_referral_without_a_follow_up_date_makes_no_task(store: Store) -> None:
    referral = store.referrals.refer(_referral(store, follow_up_on=None))
    assert referral.task_id is None
    assert store.conn.execute("SELECT count(*) FROM task").fetchone() == (0,)


@pytest.mark.parametrize("answer", [ReferralStatus.DONE, ReferralStatus.DECLINED])
def test_an_answered_referral_closes_its_follow_up(store: Store, answer: ReferralStatus) -> None:
    referral = store.referrals.refer(_referral(store))
    assert referral.task_id is not None
    store.referrals.save_referral(replace(referral, status=answer))
    task = store.tasks.task(referral.task_id)
    assert task is not None and task.status is TaskStatus.DONE and task.completed_at == NOW


def test_an_accepted_referral_keeps_its_follow_up_open_and_moves_it(store: Store) -> None:
    referral = store.referrals.refer(_referral(store))
    assert referral.task_id is not None
    later = replace(referral, status=ReferralStatus.ACCEPTED, follow_up_on=date(2026, 12, 21))
    assert store.referrals.save_referral(later) is None
    task = store.tasks.task(referral.task_id)
    assert task is not None and (task.status, task.due_date) == (
        TaskStatus.OPEN,
        date(2026, 12, 21),
    )


def test_a_follow_up_date_given_later_makes_the_task(store: Store) -> None:
    referral = store.referrals.refer(_referral(store, follow_up_on=None))
    made = store.referrals.save_referral(replace(referral, follow_up_on=date(2026, 12, 10)))
    assert made is not None and made.due_date == date(2026, 12, 10)
    assert referral.id is not None
    stored = store.referrals.referral(referral.id)
    assert stored is not None and stored.task_id == made.id


def test_withdrawing_removes_the_open_follow_up_only(store: Store) -> None:
    first = store.referrals.refer(_referral(store))
    assert first.id is not None
    store.referrals.withdraw(first.id)
    assert store.conn.execute("SELECT count(*) FROM task").fetchone() == (0,)
    assert store.referrals.referral(first.id) is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"contact_id": None}, "contact_id"),
        ({"reason": "  "}, "reason"),
        ({"sent_on": date(2026, 12, 8)}, "sent_on"),
        ({"follow_up_on": date(2026, 12, 1)}, "follow_up_on"),
    ],
)
def test_a_referral_that_cannot_be_kept_names_the_field(
    store: Store, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        store.referrals.refer(_referral(store, **changes))
    assert refused.value.field == field
    assert store.conn.execute("SELECT count(*) FROM referral").fetchone() == (0,)


def test_the_rows_name_whom_each_referral_is_to(store: Store) -> None:
    referral = store.referrals.refer(_referral(store))
    rows = store.referrals.referral_rows(referral.patient_id)
    assert [(r.to_whom, r.reason, r.follow_up_open) for r in rows] == [
        ("Meals on Wheels", "Meals at home on weekdays", True)
    ]
    store.referrals.save_referral(replace(referral, status=ReferralStatus.DONE))
    assert store.referrals.referral_rows(referral.patient_id, answered=False) == []
