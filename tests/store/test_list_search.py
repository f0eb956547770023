"""A list's search of patients reads the search index: a change is found at once, a deleted
patient is gone, the results are those of the plain search, and short words find starts."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.records import Medication, Patient, Task
from carebook.core.views import ListQuery
from carebook.storage import finding
from carebook.storage.connection import set_pragmas
from carebook.storage.listings import LISTINGS, search_clause
from carebook.storage.migrations import migrations
from carebook.storage.schema import APPLICATION_ID
from carebook.store import lists
from carebook.store.caseload import Store

NOW = datetime(2026, 3, 2, 7, 30)
PEOPLE = [
    ("Margaret", "Smith", "Peggy", "0161 555 0134", "MRN-4471", "LS1 4AP"),
    ("John", "Smithson", "", "07700 900123", "MRN-2210", "M1 1AE"),
    ("Élise", "Ørsted", "", "", "", ""),
    ("Ann", "Lee", "", "555-0199", "", ""),
    ("Mary Jo", "Adams", "", "", "", ""),
    ("Samuel", "Okafor", "Sam", "", "", ""),
    ("Hannah", "Jonas", "", "", "MRN-0001", ""),
]


def _clock() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    for given, family, preferred, phone, mrn, postal in PEOPLE:
        store.patients.add_patient(
            Patient(
                given=given,
                family=family,
                preferred_name=preferred,
                phone=phone,
                external_id=mrn,
                postal_code=postal,
            )
        )
    yield store
    store.close()


def _names(store: Store, text: str, listing: str = "patients") -> list[str]:
    query = ListQuery(search=text, filter="all")
    rows = store.lists.list_rows(listing, query, ["name"], 0, 100)
    assert store.lists.list_count(listing, query) == len(rows)
    return [name for (name,) in rows]


def _plain(store: Store, text: str) -> list[str]:
    """The same search read by scanning the patients (LIKE on the search key), as before."""
    where, params = search_clause(LISTINGS["patients"], text)
    sql = (
        f"SELECT p.family || ', ' || p.given FROM patient p WHERE {where or '1'}"
        " ORDER BY p.sort_key"
    )
    return [name for (name,) in store.conn.execute(sql, params)]


@pytest.mark.parametrize(
    "text",
    ["smith", "SMITH", "mit", "elise", "ØRSTED", "orsted", "0134", "5550134", "mrn-", "4ap",
     "peggy", "smith marg", "son jo", "mary jo", "nobody", "55 smi"],
)  # fmt: skip
def test_a_search_of_three_letters_or_more_finds_what_the_plain_search_found(
    store: Store, text: str
) -> None:
    assert _names(store, text) == _plain(store, text)


def test_the_list_reads_the_index_and_counts_without_reading_each_patient(store: Store) -> None:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        assert store.lists.list_count("patients", ListQuery(search="smith", filter="all")) == 2
    finally:
        store.conn.set_trace_callback(None)
    counted = [sql for sql in seen if "count(*)" in sql]
    assert counted and "quick_find MATCH" in counted[0] and "LIKE" not in counted[0]
    plan = " ".join(
        str(step) for step in store.conn.execute(f"EXPLAIN QUERY PLAN {counted[0]}").fetchall()
    )
    assert "SCAN p" not in plan and "SCAN patient" not in plan


def test_two_letters_find_the_start_of_a_word_and_one_a_family_name(store: Store) -> None:
    assert _names(store, "jo") == ["Adams, Mary Jo", "Jonas, Hannah", "Smithson, John"]
    assert _names(store, "sa") == ["Okafor, Samuel"]
    assert _names(store, "55") == ["Lee, Ann", "Smith, Margaret"]  # a phone's digits
    assert _names(store, "s") == ["Smith, Margaret", "Smithson, John"]
    assert _names(store, "o") == ["Okafor, Samuel", "Ørsted, Élise"]
    assert _names(store, "smith j") == ["Smithson, John"]


def test_a_patient_added_or_changed_is_found_at_once_and_a_deleted_one_is_gone(
    store: Store,
) -> None:
    assert _names(store, "quill") == []
    added = store.patients.add_patient(Patient(given="Ivy", family="Quill"))
    assert _names(store, "quill") == ["Quill, Ivy"]
    assert added.id is not None
    changed = store.patients.patient(added.id)
    assert changed is not None
    changed.family = "Thorne"
    store.patients.update_patient(changed)
    assert (_names(store, "quill"), _names(store, "thorn")) == ([], ["Thorne, Ivy"])
    store.patients.delete_patient(added.id)
    assert _names(store, "thorn") == []
    assert finding.is_current(store.conn, ("patient",))


def test_the_other_lists_find_a_patients_records_through_the_index(store: Store) -> None:
    smith = store.conn.execute("SELECT id FROM patient WHERE family = 'Smith'").fetchone()[0]
    store.tasks.add_task(
        Task(title="Ring the pharmacy", patient_id=smith, due_date=date(2026, 3, 3))
    )
    store.medications.add_medication(Medication(patient_id=smith, name="Metformin"))
    tasks = ListQuery(search="peggy", filter="all")
    assert [title for (title,) in store.lists.list_rows("tasks", tasks, ["title"], 0, 10)] == [
        "Ring the pharmacy"
    ]
    medications = ListQuery(search="smith metf", filter="all")
    assert store.lists.list_count("medications", medications) == 1


def test_a_file_that_cannot_be_written_is_searched_patient_by_patient(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object) -> int:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(finding, "catch_up", refused)
    store.patients.add_patient(Patient(given="Ivy", family="Nettles"))
    assert not finding.is_current(store.conn, ("patient",))  # noted, not yet indexed
    assert _names(store, "nettl") == ["Nettles, Ivy"]
    assert _names(store, "smith") == ["Smith, Margaret", "Smithson, John"]


def test_a_search_while_another_writes_does_not_wait_for_it(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path, clock=_clock)
    try:
        store.patients.add_patient(Patient(given="Ivy", family="Nettles"))  # noted, not indexed
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # as an import writing on its worker
        try:
            began = time.perf_counter()
            assert _names(store, "nettl") == ["Nettles, Ivy"]
            assert time.perf_counter() - began < 1  # not the five seconds a write may wait
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert _names(store, "nettl") == ["Nettles, Ivy"]
        assert finding.is_current(store.conn, ("patient",))
    finally:
        store.close()


def _older_caseload(path: Path) -> None:
    """A caseload migrated up to the step before quick lists, with patients and tasks that the
    index has noted but not yet taken in."""
    conn = sqlite3.connect(path, isolation_level=None)
    set_pragmas(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(conn, stop_before="m015_quick_lists")
    conn.executescript("""
        INSERT INTO patient (id, given, family, status, sort_key, search_key)
            VALUES (1, 'Ada', 'Byron', 'active', 'byron' || char(31) || 'ada', 'ada byron');
        INSERT INTO task (patient_id, title, priority, status, due_date)
            VALUES (1, 'Routine call', 'routine', 'open', '2026-03-01'),
                   (1, 'Urgent visit', 'urgent', 'open', '2026-03-09'),
                   (NULL, 'As soon as possible', 'asap', 'open', NULL);
    """)
    conn.close()


def test_an_older_caseload_opens_with_its_patients_indexed_and_tasks_in_order(
    tmp_path: Path,
) -> None:
    path = tmp_path / "older.carebook"
    _older_caseload(path)
    store = Store.open(path, clock=_clock)
    try:
        assert finding.is_current(store.conn, ("patient",))
        assert _names(store, "byro") == ["Byron, Ada"]
        query = ListQuery(filter="open")
        titles = store.lists.list_rows("tasks", query, ["title"], 0, 10)
        assert [t for (t,) in titles] == ["As soon as possible", "Urgent visit", "Routine call"]
        # The first page is read along the index, not sorted from every open task.
        order = ", ".join(LISTINGS["tasks"].fields["priority"].order_by)
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT t.id FROM task t LEFT JOIN patient p ON p.id = t.patient_id"
            f" WHERE t.status = 'open' ORDER BY {order}, t.id LIMIT 10"
        ).fetchall()
        assert "task_by_priority_order" in str(plan) and "TEMP B-TREE" not in str(plan)
    finally:
        store.close()


def test_a_search_finding_thousands_reads_the_same_pages_along_the_order(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = ListQuery(search="ma", filter="all")  # Margaret Smith, Mary Jo Adams
    count = store.lists.list_count("patients", query)
    pages = [store.lists.list_rows("patients", query, ["name"], start, 1) for start in (0, 1)]
    monkeypatch.setattr(lists, "_MANY", 1)  # as though it had found thousands
    assert store.lists.list_count("patients", query) == count == 2
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    again = [store.lists.list_rows("patients", query, ["name"], start, 1) for start in (0, 1)]
    store.conn.set_trace_callback(None)
    assert again == pages == [[("Adams, Mary Jo",)], [("Smith, Margaret",)]]
    assert any("+p.id IN" in sql for sql in seen)


def test_the_patient_picker_finds_through_the_index_a_patient_just_added_or_renamed(
    store: Store,
) -> None:
    added = store.patients.add_patient(Patient(given="Beatrix", family="Quennell"))
    assert [pid for pid, _ in store.patients.find_patients("uennel")] == [added.id]
    assert finding.is_current(store.conn, ("patient",))  # read through the index
    store.patients.update_patient(replace(added, family="Quenby"))
    assert store.patients.find_patients("uennel") == []
    [(found, shown)] = store.patients.find_patients("quenb")
    assert found == added.id and shown.startswith("Quenby, Beatrix")


def test_the_patient_picker_finds_a_short_word_anywhere_in_a_name(store: Store) -> None:
    """Naming a patient on the command line: "e" is everyone with an e in a name, not the
    family names beginning with one (a list's search), so that it is said to be ambiguous."""
    found = {shown.split(",")[0] for _, shown in store.patients.find_patients("e", limit=50)}
    assert {"Smith", "Lee", "Okafor"} <= found
    assert "Jonas" not in found
