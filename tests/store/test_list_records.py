"""Each list's rows reach the window as its named view, every value typed as its record's."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from pathlib import Path

import pytest

from carebook.core.list_columns import LIST_COLUMNS
from carebook.core.records import Allergy, Patient
from carebook.core.views import ListQuery
from carebook.core.vocabularies import AllergyStatement, PatientStatus
from carebook.storage.listings import LISTINGS, Listing
from carebook.store.caseload import Store


@pytest.mark.parametrize("listing", LISTINGS.values(), ids=lambda listing: listing.name)
def test_a_lists_view_has_exactly_its_fields(listing: Listing) -> None:
    fields = dataclasses.fields(listing.row)
    names = [field.name for field in fields]
    assert names[: len(listing.fields)] == list(listing.fields), listing.name
    # What follows the list's own fields is worked out as it is read (a default, not stored).
    for field in fields[len(listing.fields) :]:
        assert field.default is not dataclasses.MISSING, (listing.name, field.name)
    for column in LIST_COLUMNS.get(listing.name, ()):
        # A column reads a field, or a property worked out from the fields.
        assert column.key in names or hasattr(listing.row, column.key), (listing.name, column.key)


@pytest.mark.parametrize("listing", LISTINGS.values(), ids=lambda listing: listing.name)
def test_every_row_of_the_sample_reads_typed(listing: Listing, sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        rows = store.lists.list_records(listing.name, ListQuery(filter="all"), 0, 500)
    finally:
        store.close()
    assert rows and all(type(row) is listing.row for row in rows)
    for field in dataclasses.fields(listing.row):
        for row in rows:
            value = getattr(row, field.name)
            if field.name == "status":
                assert isinstance(value, Enum), (listing.name, value)
            if field.name.endswith("_date") and value is not None:
                assert isinstance(value, date), (listing.name, field.name, value)
            if field.name in ("start", "at") and value is not None:
                assert isinstance(value, datetime), (listing.name, field.name, value)


def test_a_patients_row_says_whether_they_are_in_care(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        rows = store.lists.list_records("patients", ListQuery(filter="all"), 0, 500)
    finally:
        store.close()
    statuses = {row.status for row in rows}
    assert PatientStatus.DISCHARGED in statuses and PatientStatus.ACTIVE in statuses
    for row in rows:
        assert row.in_care == (row.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD))


def test_a_patient_with_no_allergy_listed_never_reads_as_blank(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3")
    try:
        unsaid = store.patients.add_patient(Patient(given="Ann", family="Unsaid"))
        said = store.patients.add_patient(
            Patient(
                given="Bob",
                family="Said",
                allergy_statement=AllergyStatement.NO_KNOWN_DRUG_ALLERGIES,
            )
        )
        allergic = store.patients.add_patient(Patient(given="Cy", family="Allergic"))
        assert allergic.id is not None and unsaid.id and said.id
        store.patients.add_allergy(Allergy(patient_id=allergic.id, substance="Latex"))
        rows = {
            row.id: row
            for row in store.lists.list_records("patients", ListQuery(filter="all"), 0, 10)
        }
    finally:
        store.close()
    assert rows[unsaid.id].allergy_text == "Not recorded yet"
    assert rows[said.id].allergy_text == "No known drug allergies"
    assert rows[allergic.id].allergy_text == "Latex"
