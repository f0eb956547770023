"""Names in any script sort and search as people expect; older caseloads gain the keys."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from carebook.core.name_keys import _LETTERS, folded, patient_search_key
from carebook.core.records import Patient
from carebook.core.views import ListQuery
from carebook.storage.migrations import APPLICATION_ID, migrations
from carebook.store.caseload import Store


def _clock() -> datetime:
    return datetime(2026, 3, 2, 9, 0)


def test_folding_takes_accents_and_case_off() -> None:
    assert folded("Élodie Nguyễn") == "elodie nguyen"
    assert folded("ŁUKASZ Øster") == "lukasz oster"
    assert folded("  Straße  ") == "strasse"
    assert folded("محمد") == "محمد"  # a script without accents to remove stays itself


@given(st.text())
def test_folding_is_stable(text: str) -> None:
    assert folded(folded(text)) == folded(text)


@given(st.text(alphabet=st.characters(max_codepoint=0x24F)))
def test_folding_plain_text_quickly_folds_it_as_unicode_does(text: str) -> None:
    """Plain ASCII takes a quicker way; it must fold exactly as the full way does."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert folded(text) == " ".join(bare.casefold().split())


def test_phones_are_found_by_their_digits() -> None:
    key = patient_search_key("Ann", "Lee", "", "0113 496 0509")
    assert "01134960509" in key


def _names(store: Store, search: str = "") -> list[str]:
    query = ListQuery(filter="all", search=search, sort="name")
    return [row[0] for row in store.lists.list_rows("patients", query, ["name"], 0, 100)]


def test_accented_names_sort_beside_their_letters_and_are_found_either_way(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    for given_name, family in (
        ("Zoe", "Zimmer"),
        ("Élise", "Émery"),
        ("Ed", "Eastwood"),
        ("Łukasz", "Łaski"),
        ("Linh", "Nguyễn"),
        ("Amir", "Lam"),
    ):
        store.patients.add_patient(Patient(given=given_name, family=family))
    assert _names(store) == [
        "Eastwood, Ed",
        "Émery, Élise",
        "Lam, Amir",
        "Łaski, Łukasz",
        "Nguyễn, Linh",
        "Zimmer, Zoe",
    ]
    assert _names(store, "emery") == ["Émery, Élise"]
    assert _names(store, "ÉLISE") == ["Émery, Élise"]
    assert _names(store, "nguyen linh") == ["Nguyễn, Linh"]
    assert store.patients.find_patients("lukasz") == [(4, "Łaski, Łukasz")]
    store.close()


def test_an_edit_keeps_the_keys_current(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3", clock=_clock)
    patient = store.patients.add_patient(Patient(given="Ann", family="Lee"))
    patient.family = "Østergaard"
    store.patients.update_patient(patient)
    assert _names(store, "ostergaard") == ["Østergaard, Ann"]
    assert _names(store, "lee") == []
    store.close()


def test_an_older_caseload_is_backed_up_then_given_the_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(conn, stop_before="m002_patient_name_keys")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO patient (given, family, phone, status)"
        " VALUES ('Élise', 'Émery', '0113 496 0001', 'active')"
    )
    conn.close()

    store = Store.open(path, clock=_clock)
    assert _names(store, "elise") == ["Émery, Élise"]
    assert _names(store, "01134960001") == ["Émery, Élise"]
    store.close()
    backups = list(tmp_path.glob("old.sqlite3.before-m002_patient_name_keys-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    columns = [row[1] for row in old.execute("PRAGMA table_info(patient)")]
    assert "sort_key" not in columns
    assert old.execute("SELECT given FROM patient").fetchall() == [("Élise",)]
    old.close()
