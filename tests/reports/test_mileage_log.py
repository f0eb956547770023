"""The year's mileage log: every trip with its running total, and the totals by purpose."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from carebook.core.billing_records import BillingSettings, MileageRate, Trip
from carebook.core.records import Patient
from carebook.core.vocabularies import DistanceUnit, TripPurpose
from carebook.reports.mileage_log import as_json, mileage_log, mileage_log_document
from carebook.reports.mileage_log_data import logged, totals
from carebook.store.caseload import Store

PURPOSES = list(TripPurpose)


@pytest.fixture(autouse=True)
def _printing_needs_the_tests_application(qapp: object) -> None:
    """Printing starts Qt; the tests' QApplication first, so no bare QGuiApplication is left
    for the window's tests that follow."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "c.sqlite3", clock=lambda: datetime(2026, 12, 31, 18, 0))
    opened.agreements.set_settings(BillingSettings(practice_name="Harbour Care Management"))
    for purpose, mills in ((TripPurpose.BUSINESS, 725), (TripPurpose.MEDICAL, 210)):
        opened.trips.set_rate(MileageRate(year=2026, purpose=purpose, rate_mills=mills))
    opened.trips.set_rate(MileageRate(year=2026, purpose=TripPurpose.CHARITABLE, rate_mills=140))
    yield opened
    opened.close()


def year_of_trips(store: Store, count: int = 400) -> None:
    """`count` trips through 2026, a client's on most, odometer readings on every tenth."""
    patient = store.patients.add_patient(Patient(given="Edna", family="Marsh"))
    odometer = 120_000
    for number in range(count):
        day = date(2026, 1, 1) + timedelta(days=number * 364 // count)
        tenths = 35 + (number * 37) % 400
        purpose = PURPOSES[number % 7 % 3]
        readings = number % 10 == 0
        store.trips.add_trip(
            Trip(
                on_date=day,
                from_place="Home",
                to_place="Edna Marsh" if number % 2 else "St Mary's Hospital, outpatients",
                purpose=purpose,
                patient_id=patient.id if number % 2 else None,
                distance_tenths=tenths,
                round_trip=number % 5 == 0,
                odometer_start_tenths=odometer if readings else None,
                odometer_end_tenths=odometer + tenths if readings else None,
                notes="Took the ring road: roadworks" if number % 50 == 3 else "",
            )
        )
        odometer += tenths * (2 if number % 5 == 0 else 1) + 11
    store.trips.add_trip(  # the year before and after are left out
        Trip(on_date=date(2025, 12, 31), from_place="Home", to_place="Office", distance_tenths=99)
    )


def test_the_log_totals_each_purpose_at_that_years_rate(store: Store) -> None:
    year_of_trips(store)
    log = mileage_log(store, 2026)
    assert len(log.trips) == 400
    assert log.trips[-1].running_tenths == sum(trip.distance_tenths for trip in log.trips)
    by_purpose = {total.purpose: total for total in log.totals}
    business = by_purpose[TripPurpose.BUSINESS]
    assert business.rate_mills == 725
    assert business.deductible_cents == (business.distance_tenths * 725 + 50) // 100
    assert log.distance_tenths == log.trips[-1].running_tenths
    assert log.first_odometer_tenths == 120_000
    assert log.last_odometer_tenths is not None and log.last_odometer_tenths > 120_000
    shaped = json.loads(json.dumps(as_json(log)))
    assert shaped["unit"] == "mile" and len(shaped["trips"]) == 400
    assert shaped["totals"][0] == {
        "purpose": "business",
        "trips": business.trips,
        "distance_tenths": business.distance_tenths,
        "rate_mills": 725,
        "deductible_cents": business.deductible_cents,
    }


def test_the_printed_log_shows_the_totals_by_purpose(store: Store, tmp_path: Path) -> None:
    from carebook.ui.printing.pages import write_pdf  # Qt, only for the tests that print

    year_of_trips(store)
    log = mileage_log(store, 2026)
    path = tmp_path / "mileage.pdf"
    pages = write_pdf(mileage_log_document(store, 2026), path, "letter")
    assert pages > 5
    reader = PdfReader(path)
    first = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert "Mileage log 2026" in first and "400 trips" in first
    for total in log.totals:
        whole, tenth = divmod(total.distance_tenths, 10)
        dollars, cents = divmod(total.deductible_cents, 100)
        assert f"{total.purpose.label} {total.trips} {whole:,}.{tenth}" in first
        assert f"${dollars:,}.{cents:02d}" in first
    assert "$0.725/mi" in first
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Date From To Purpose Client" in last
    whole, tenth = divmod(log.distance_tenths, 10)
    assert f"{whole:,}.{tenth}" in last  # the running total's last figure


def test_a_year_in_kilometres_says_so(store: Store) -> None:
    settings = store.agreements.settings()
    settings.distance_unit = DistanceUnit.KILOMETRE
    store.agreements.set_settings(settings)
    store.trips.add_trip(
        Trip(on_date=date(2026, 3, 2), from_place="Home", to_place="Office", distance_tenths=125)
    )
    document = mileage_log_document(store, 2026)
    words = repr(document)
    assert "Kilometres" in words and "distances in kilometres" in words and "12.5" in words


def test_a_year_without_trips_says_so(store: Store) -> None:
    words = repr(mileage_log_document(store, 2027))
    assert "No trips logged in 2027." in words
    assert mileage_log(store, 2027).deductible_cents == 0


_TRIP = st.builds(
    Trip,
    on_date=st.dates(date(2026, 1, 1), date(2026, 12, 31)),
    from_place=st.just("Home"),
    to_place=st.just("Office"),
    purpose=st.sampled_from(PURPOSES),
    distance_tenths=st.integers(0, 100_000),
    round_trip=st.booleans(),
)


@given(
    st.lists(_TRIP, max_size=60),
    st.fixed_dictionaries({purpose: st.integers(0, 100_000) for purpose in PURPOSES}),
)
def test_each_purposes_total_is_the_sum_of_its_trips(
    trips: list[Trip], rates: dict[TripPurpose, int]
) -> None:
    log = logged(trips, {})
    found = totals(log, rates)
    assert [total.purpose for total in found] == PURPOSES
    for total in found:
        mine = [trip for trip in trips if trip.purpose is total.purpose]
        assert total.trips == len(mine)
        assert total.distance_tenths == sum(trip.total_tenths for trip in mine)
        exact = total.distance_tenths * total.rate_mills  # in hundredths of a mill
        assert abs(total.deductible_cents * 100 - exact) <= 50
    assert sum(total.distance_tenths for total in found) == (log[-1].running_tenths if log else 0)
