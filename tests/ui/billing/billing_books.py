"""A small caseload's billing made for the Billing tab's tests: clients and their time."""

from __future__ import annotations

from datetime import date, datetime

from carebook.core.billing_records import Agreement, TimeEntry
from carebook.core.records import Patient
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload

NOW = datetime(2026, 12, 7, 10, 0)


def add_client(store: Store, given: str, family: str, rate: int | None = 12500) -> int:
    patient = store.patients.add_patient(Patient(given=given, family=family, city="Springfield"))
    assert patient.id is not None
    if rate is not None:
        store.agreements.add_agreement(Agreement(patient_id=patient.id, hourly_rate_cents=rate))
    return patient.id


def add_time(store: Store, client: int | None, day: date, minutes: int = 60) -> TimeEntry:
    rate = store.time.rate(client, "Home visit")
    return store.time.add_time_entry(
        TimeEntry(
            patient_id=client,
            on_date=day,
            minutes=minutes,
            activity="Home visit",
            rate_cents=rate.hourly_cents,
            narrative="Visit at home",
        )
    )


def client_id(caseload: Caseload, family: str) -> int:
    found = caseload.store.conn.execute(
        "SELECT id FROM patient WHERE family = ?", [family]
    ).fetchone()
    return int(found[0])
