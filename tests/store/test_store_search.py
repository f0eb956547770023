"""Searches: no text typed, pasted or given on the command line makes SQLite fail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.records import Appointment, Contact, Patient, Task
from carebook.core.views import ListQuery
from carebook.storage.listings import LISTINGS, SEARCH_LENGTH
from carebook.store.caseload import Store
from tests.cli_runner import run

NOW = datetime(2026, 3, 2, 7, 30)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("search") / "caseload.sqlite3", clock=lambda: NOW)
    edith = store.patients.add_patient(
        Patient(given="Edith", family="Crawley", phone="555-0134")
    ).id
    store.patients.add_patient(Patient(given="Ann", family="100% Lee_Smith"))
    assert edith is not None
    store.appointments.add_appointment(
        Appointment(patient_id=edith, start=datetime(2026, 3, 3, 9, 0), purpose="Wound care 50%")
    )
    store.tasks.add_task(
        Task(title="Call 100% of the GPs", patient_id=edith, due_date=date(2026, 3, 3))
    )
    store.contacts.add_contact(Contact(name="Dr_Patel", organization="50% Clinic"))
    yield store
    store.close()


def _found(store: Store, kind: str, text: str) -> int:
    query = ListQuery(search=text, filter="all")
    count = store.lists.list_count(kind, query)
    assert len(store.lists.list_rows(kind, query, ["id"], 0, 50)) == min(count, 50)
    return count


@pytest.mark.parametrize("kind", list(LISTINGS))
def test_a_search_too_long_to_be_typed_is_refused_saying_so(store: Store, kind: str) -> None:
    for text in ("x" * 60_000, "%" * 40_000, "é" * (SEARCH_LENGTH + 1)):
        with pytest.raises(ValidationError, match=f"at most {SEARCH_LENGTH} characters") as refused:
            _found(store, kind, text)
        assert refused.value.field == "search"
    _found(store, kind, "x" * SEARCH_LENGTH)


@pytest.mark.parametrize(
    "text",
    [
        "%",
        "_",
        "%%%%",
        "_%_",
        "\\",
        "\\%",
        "[",
        "*",
        "?",
        "'",
        "%" * SEARCH_LENGTH,
        "\ufdfa" * SEARCH_LENGTH,
        "\x00",
        "Edith\x00",
        "\udcff",
        "Ed\ud800ith",
    ],
)
def test_wildcards_and_odd_characters_are_searched_for_as_typed(store: Store, text: str) -> None:
    for kind in LISTINGS:
        _found(store, kind, text)
    store.patients.find_patients(text)
    store.contacts.directory(text)


def test_a_percent_sign_finds_only_what_has_one(store: Store) -> None:
    assert _found(store, "patients", "00%") == 1
    assert _found(store, "patients", "e_s") == 1
    # One character finds the family names beginning with it: none begins with % or _.
    assert _found(store, "patients", "%") == _found(store, "patients", "_") == 0
    assert _found(store, "appointments", "%") == 1  # "Wound care 50%"
    assert _found(store, "tasks", "100%") == 1
    assert [c.name for c in store.contacts.directory("_")] == ["Dr_Patel"]
    assert store.patients.find_patients("Edith\x00") == store.patients.find_patients("Edith") != []


def test_the_pickers_take_any_length_and_find_nothing_rather_than_fail(store: Store) -> None:
    assert store.patients.find_patients("x" * 60_000) == []
    assert store.patients.find_patients("Edith " + "x" * 60_000) == []
    assert store.contacts.directory("%" * 60_000) == []


def test_a_list_far_ahead_or_back_reads_without_overflow(store: Store) -> None:
    for kind in ("appointments", "tasks"):
        query = ListQuery(filter="all", date_from=date(1, 1, 1), date_to=date.max)
        assert store.lists.list_count(kind, query) == 1
        assert len(store.lists.list_rows(kind, query, ["id"], 0, 10)) == 1


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=SEARCH_LENGTH))
def test_no_search_text_makes_sqlite_fail(store: Store, text: str) -> None:
    for kind in LISTINGS:
        _found(store, kind, text)
    store.patients.find_patients(text)
    store.contacts.directory(text)


def test_export_search_too_long_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    Store.open(db).close()
    status, out, err = run(capsys, "export", "patients", "--db", str(db), "--search", "x" * 60_000)
    assert (status, out) == (2, "")
    assert err.startswith("carebook: A search is at most 300 characters") and err.count("\n") == 1
    status, out, err = run(capsys, "export", "patients", "--db", str(db), "--search", "%_%")
    assert (status, err) == (0, "")
