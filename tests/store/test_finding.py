"""The quick switcher's read: every kind found, ranked, kept current through writes, undo,
backups and restores, and no text typed makes it fail."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core import words
from carebook.core.found import Found, Match
from carebook.core.records import (
    Appointment,
    CareTeamMember,
    Contact,
    Medication,
    Note,
    Patient,
    Task,
)
from carebook.core.vocabularies import ContactRole, NoteKind
from carebook.storage.backup_rotation import make_backup
from carebook.storage.finding import find, match_queries, typed
from carebook.storage.integrity import check, check_file
from carebook.storage.restoring import restore
from carebook.store.caseload import Store

NOW = datetime(2026, 3, 2, 7, 30)


def _clock() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    yield store
    store.close()


def _patient(store: Store, given: str, family: str, **more: str) -> int:
    patient = store.patients.add_patient(Patient(given=given, family=family, **more))
    assert patient.id is not None
    return patient.id


def _titles(store: Store, text: str) -> list[tuple[str, str, Match]]:
    return [(f.kind, f.title, f.rank) for f in store.finding.find(text)]


def _keys(store: Store, text: str) -> set[tuple[str, int]]:
    return {(f.kind, f.record_id) for f in store.finding.find(text)}


def test_an_exact_name_comes_first_then_a_name_beginning_so_then_one_containing_it(
    store: Store,
) -> None:
    _patient(store, "Ashlee", "Moreton")  # contains "lee"
    _patient(store, "Ann", "Leeds")  # begins with "lee"
    _patient(store, "Bo", "Lee")  # is "lee"
    assert _titles(store, "lee") == [
        ("patient", "Lee, Bo", Match.EXACT),
        ("patient", "Leeds, Ann", Match.PREFIX),
        ("patient", "Moreton, Ashlee", Match.CONTAINS),
    ]
    assert _titles(store, "Bo Lee")[0] == ("patient", "Lee, Bo", Match.EXACT)
    assert _titles(store, "lee bo")[0] == ("patient", "Lee, Bo", Match.EXACT)


def test_each_kind_is_found_and_says_whose_it_is(store: Store) -> None:
    edith = _patient(
        store,
        "Édith",
        "Crawley",
        phone="07700 900134",
        external_id="MRN-4471",
        postal_code="LS6 2QT",
    )
    store.medications.add_medication(
        Medication(patient_id=edith, name="Amlodipine", strength="5 mg")
    )
    store.tasks.add_task(Task(title="Order wound dressings", patient_id=edith))
    store.tasks.add_task(Task(title="Order printer paper"))
    store.patients.add_note(
        Note(patient_id=edith, written_at=NOW, text="Daughter visits on Thursdays.\nKey safe 4471.")
    )
    gp = store.contacts.add_contact(
        Contact(name="Dr Ruth Okonjo", role=ContactRole.PHYSICIAN, organization="Hyde Park Surgery")
    )
    assert gp.id is not None
    store.contacts.add_to_care_team(
        CareTeamMember(patient_id=edith, contact_id=gp.id, role=ContactRole.PHYSICIAN)
    )
    store.contacts.add_contact(Contact(name="Leeds Carers Hub", role=ContactRole.AGENCY))

    for text in (
        "edith",
        "ÉDITH",
        "crawl",
        "0770090",
        "07700 900",
        "mrn-4471",
        "ls6 2qt",
        "ls62qt",
    ):
        assert ("patient", edith) in _keys(store, text), text
    (amlodipine,) = [f for f in store.finding.find("amlod") if f.kind == "medication"]
    assert amlodipine.patient_id == edith
    assert amlodipine.title == "Amlodipine 5 mg"
    assert "Crawley, Édith" in amlodipine.detail
    wound = store.finding.find("wound dress")
    assert [(f.kind, f.patient_id) for f in wound] == [("task", edith)]
    (paper,) = store.finding.find("printer")
    assert paper.patient_id is None and "no patient" in paper.detail
    (note,) = [f for f in store.finding.find("thursdays") if f.kind == "note"]
    assert note.patient_id == edith
    assert note.title == "Daughter visits on Thursdays. Key safe 4471."
    (doctor,) = store.finding.find("okonjo")
    assert (doctor.kind, doctor.patient_id, doctor.serves) == ("contact", edith, 1)
    assert "for Crawley, Édith" in doctor.detail
    (surgery,) = store.finding.find("hyde park")
    assert surgery.record_id == gp.id
    (hub,) = [f for f in store.finding.find("carers") if f.kind == "contact"]
    assert (hub.patient_id, hub.serves) == (None, 0)
    assert "no patient" in hub.detail


def test_a_contact_serving_several_patients_opens_none_and_says_how_many(store: Store) -> None:
    pharmacy = store.contacts.add_contact(
        Contact(name="Boots Kirkstall", role=ContactRole.PHARMACY)
    )
    assert pharmacy.id is not None
    for family in ("Able", "Baker"):
        store.contacts.add_to_care_team(
            CareTeamMember(
                patient_id=_patient(store, "Jo", family),
                contact_id=pharmacy.id,
                role=ContactRole.PHARMACY,
            )
        )
    (found,) = store.finding.find("kirkstall")
    assert (found.patient_id, found.serves) == (None, 2)
    assert "for 2 patients" in found.detail


def test_one_or_two_characters_find_names_beginning_so(store: Store) -> None:
    _patient(store, "Ann", "Jones")
    _patient(store, "Jo", "Smith")
    _patient(store, "Bob", "Ajax")
    store.contacts.add_contact(Contact(name="Jade Mills"))
    one = _titles(store, "j")
    assert ("patient", "Jones, Ann", Match.PREFIX) in one
    assert ("contact", "Jade Mills", Match.PREFIX) in one
    assert all(title != "Ajax, Bob" for _, title, _ in one)
    two = _titles(store, "jo")
    assert two[0] == ("patient", "Smith, Jo", Match.EXACT)
    assert ("patient", "Jones, Ann", Match.PREFIX) in two
    assert all(title != "Ajax, Bob" for _, title, _ in two)


def test_deleting_a_record_takes_it_out_and_undoing_the_delete_puts_it_back(store: Store) -> None:
    ada = _patient(store, "Ada", "Quennell")
    store.patients.add_note(Note(patient_id=ada, written_at=NOW, text="Prefers Quakers tea"))
    store.tasks.add_task(Task(title="Quarterly review", patient_id=ada))
    before = _keys(store, "qu")
    assert {kind for kind, _ in before} == {"patient", "note", "task"}

    # The door's undo: a snapshot before, the delete, then the rows put back through SQL.
    taken = store.snapshot("patient", ada)
    store.patients.delete_patient(ada)  # its note and task go with it (ON DELETE CASCADE)
    assert _keys(store, "qu") == set()
    assert store.finding.find("quennell") == []
    store.restore("patient", ada, taken)
    assert _keys(store, "qu") == before
    store.restore("patient", ada, None)  # and redo
    assert _keys(store, "qu") == set()


def test_an_edit_is_found_by_its_new_text_only(store: Store) -> None:
    medication = store.medications.add_medication(
        Medication(patient_id=_patient(store, "A", "B"), name="Furosemide")
    )
    assert store.finding.find("furosem")
    medication.name = "Bumetanide"
    store.medications.update_medication(medication)
    assert store.finding.find("furosem") == []
    assert [f.title for f in store.finding.find("bumet")] == ["Bumetanide"]


def test_the_index_survives_a_backup_and_restore_and_the_check_finds_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path, clock=_clock)
    try:
        kept = _patient(store, "Winifred", "Oakes")
        assert check(store.conn).healthy
        info = make_backup(store, path, now=NOW - timedelta(days=1))
        store.patients.delete_patient(kept)
        _patient(store, "Wilbur", "Later")
        assert [f.title for f in store.finding.find("wi")] == ["Later, Wilbur"]
    finally:
        store.close()
    restore(info.path, path, now=NOW)
    assert check_file(path).healthy
    store = Store.open(path, clock=_clock)
    try:
        assert [f.title for f in store.finding.find("wi")] == ["Oakes, Winifred"]
        assert (
            store.conn.execute(
                "INSERT INTO quick_find (quick_find) VALUES ('integrity-check')"
            ).fetchall()
            == []
        )
    finally:
        store.close()


def test_the_sample_is_indexed_whole(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        store.finding.bring_up_to_date()
        counted = store.conn.execute(
            "SELECT (SELECT count(*) FROM patient) + (SELECT count(*) FROM contact)"
            " + (SELECT count(*) FROM medication) + (SELECT count(*) FROM task)"
            " + (SELECT count(*) FROM note), (SELECT count(*) FROM quick_find)"
        ).fetchone()
        assert counted[0] == counted[1]
        assert check(store.conn).healthy
    finally:
        store.close()


def test_a_file_that_cannot_be_written_is_searched_as_indexed(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path, clock=_clock)
    _patient(store, "Ivy", "Nettles")
    store.finding.bring_up_to_date()
    _patient(store, "Ivor", "Novello")
    store.close()
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert [f.title for f in find(conn, "iv")] == ["Nettles, Ivy"]
    finally:
        conn.close()


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        '"',
        '""',
        "'",
        "a AND b",
        "NEAR(a b)",
        "a OR",
        "NOT",
        "*",
        "ab*",
        "^a",
        "name:x",
        "{name words}: x",
        "(",
        "x\x00y",
        "\x00",
        "\ud800",
        "x" * 10_000,
        "!!!",
        "...",
        "-",
        "+ - :",
        "\u0301\u0301",
        "\t\n\r",
    ],
)
def test_any_text_is_taken_literally(store: Store, text: str) -> None:
    _patient(store, "Ann", "Lee")
    for found in store.finding.find(text):
        assert isinstance(found, Found)


def test_operators_and_quotes_are_searched_for_as_written(store: Store) -> None:
    _patient(store, "Andy", "O'Neil")
    store.tasks.add_task(Task(title='Ask about "NEAR" misses AND falls'))
    assert [f.title for f in store.finding.find("o'neil")] == ["O'Neil, Andy"]
    assert [f.kind for f in store.finding.find('"near"')] == ["task"]
    assert [f.kind for f in store.finding.find("and falls")] == ["task"]


def test_what_is_typed_is_folded_and_short() -> None:
    assert typed("  ÉLISE\x00 Nguyễn\t") == "elise nguyen"
    assert len(typed("x" * 10_000)) == 100
    assert match_queries("") == []
    assert [rank for rank, _ in match_queries("a")] == [Match.EXACT]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("any_text") / "c.sqlite3", clock=_clock)
    edith = _patient(store, "Edith", "Crawley", phone="555-0134")
    store.patients.add_note(Note(patient_id=edith, written_at=NOW, text='Said "no" AND * ok'))
    store.tasks.add_task(Task(title="NEAR(a b) OR c", due_date=date(2026, 3, 3)))
    yield store
    store.close()


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_no_text_typed_makes_the_search_fail(shared: Store, text: str) -> None:
    assert all(isinstance(found, Found) for found in shared.finding.find(text))


def test_a_note_kept_when_its_visit_is_deleted_is_still_found(store: Store) -> None:
    patient = _patient(store, "Una", "Stubbs")
    appointment = store.appointments.add_appointment(
        Appointment(patient_id=patient, start=datetime(2026, 3, 3, 9, 0), purpose="Wound care")
    )
    assert appointment.id is not None
    store.patients.add_note(
        Note(
            patient_id=patient,
            written_at=NOW,
            kind=NoteKind.VISIT,
            text="Dressing changed",
            appointment_id=appointment.id,
        )
    )
    store.appointments.delete_appointment(appointment.id)  # the note's link is set to NULL
    assert [f.kind for f in store.finding.find("dressing")] == ["note"]


def test_each_status_and_role_is_said_in_its_own_vocabularys_words(store: Store) -> None:
    """In another language a status agrees with what it describes: a medication's "Active" is
    its own vocabulary's word, not an allergy's that shares the English."""
    edith = _patient(store, "Edith", "Crawley", status="on_hold")
    store.medications.add_medication(Medication(patient_id=edith, name="Amlodipine"))
    store.contacts.add_contact(Contact(name="Leeds Carers Hub", role=ContactRole.AGENCY))
    words.install(lambda context, text, disambiguation, n: f"[{context}]{text}", "es")
    try:
        details = {
            found.kind: found.detail
            for typed_text in ("Edith", "Amlodipine", "Leeds")
            for found in store.finding.find(typed_text)
        }
    finally:
        words.install(None)
    assert "[PatientStatus]On hold" in details["patient"]
    assert "[MedicationStatus]Active" in details["medication"]
    assert "[ContactRole]Agency" in details["contact"]
