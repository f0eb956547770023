"""The care-plan summary lists the referrals not yet answered (to whom, for what, sent, the
follow-up, overdue when it is), and no Referrals heading when there are none."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from report_caseload import clock, edna

from carebook.core.records import Contact, Referral
from carebook.core.vocabularies import ContactRole, ReferralStatus
from carebook.reports.care_plan_summary import gather, render_html
from carebook.store.caseload import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=clock)
    yield store
    store.close()


def _referrals(page: str) -> str:
    found = re.search(r"<h[23]>Referrals \(\d+\)", page)
    assert found is not None
    following = re.compile("<h[23]>").search(page, found.end())
    return page[found.start() : following.start() if following else None]


def test_open_referrals_print_with_their_follow_up(store: Store) -> None:
    patient_id = edna(store)
    assert "Referrals (" not in render_html(gather(store, patient_id))
    meals = store.contacts.add_contact(
        Contact(name="Meals on Wheels", role=ContactRole.COMMUNITY_RESOURCE)
    )
    falls = store.contacts.add_contact(Contact(name="Falls clinic", role=ContactRole.AGENCY))
    late = store.referrals.refer(
        Referral(
            patient_id=patient_id,
            contact_id=meals.id,
            reason="Hot lunch on weekdays",
            sent_on=date(2026, 2, 16),
            follow_up_on=date(2026, 2, 23),
        )
    )
    done = store.referrals.refer(
        Referral(
            patient_id=patient_id,
            contact_id=falls.id,
            reason="Falls assessment",
            sent_on=date(2026, 2, 1),
        )
    )
    store.referrals.save_referral(replace(done, status=ReferralStatus.DONE))
    part = _referrals(render_html(gather(store, patient_id)))
    assert "Referrals (1)" in part
    assert "Meals on Wheels" in part and "Hot lunch on weekdays" in part
    assert "16 Feb 2026" in part and "23 Feb 2026 (overdue)" in part
    assert "Awaiting an answer" in part
    assert "Falls assessment" not in part, "an answered referral is not printed"
    store.referrals.save_referral(replace(late, status=ReferralStatus.ACCEPTED))
    assert "Accepted" in _referrals(render_html(gather(store, patient_id)))
