"""Passphrase protection at rest: only the passphrase opens the file; converting loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.records import Patient
from carebook.storage import backup_rotation, encryption, restoring
from carebook.storage.encryption import WrongPassphrase
from carebook.store.caseload import Store

PASSPHRASE = "correct horse battery"


def _caseload(folder: Path) -> Path:
    path = folder / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Edna", family="Marsh", phone="0113 496 0001"))
    store.close()
    return path


def _dump(conn: object) -> list[tuple[object, ...]]:
    return list(
        conn.execute(  # type: ignore[attr-defined]
            "SELECT given, family, phone FROM patient ORDER BY id"
        )
    )


def test_a_protected_caseload_reads_as_noise_without_its_passphrase(tmp_path: Path) -> None:
    path = _caseload(tmp_path)
    before = _dump(sqlite3.connect(path))
    encryption.protect(path, PASSPHRASE)
    assert encryption.looks_protected(path)
    raw = path.read_bytes()
    assert b"Marsh" not in raw and b"SQLite format 3" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM patient").fetchall()
    with pytest.raises(WrongPassphrase):
        encryption.open_protected(path, "not the passphrase")
    conn = encryption.open_protected(path, PASSPHRASE)
    assert _dump(conn) == before
    assert conn.execute("PRAGMA application_id").fetchone()[0] != 0  # still carebook's
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caseload.sqlite3"]  # nothing left


def test_the_passphrase_can_be_changed_and_removed(tmp_path: Path) -> None:
    path = _caseload(tmp_path)
    before = _dump(sqlite3.connect(path))
    encryption.protect(path, PASSPHRASE)
    encryption.change_passphrase(path, PASSPHRASE, "a different one")
    with pytest.raises(WrongPassphrase):
        encryption.open_protected(path, PASSPHRASE)
    encryption.unprotect(path, "a different one")
    assert not encryption.looks_protected(path)
    assert _dump(sqlite3.connect(path)) == before


def test_a_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    path = _caseload(tmp_path)
    encryption.protect(path, PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        encryption.unprotect(path, "wrong passphrase")
    with pytest.raises(WrongPassphrase):
        encryption.change_passphrase(path, "wrong passphrase", "another one")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("passphrase", "repeated", "field"),
    [
        ("short", None, "passphrase"),
        (" padded words ", None, "passphrase"),
        ("tab\tinside it", None, "passphrase"),
        ("long enough words", "long enough word", "repeated"),
    ],
)
def test_a_passphrase_that_would_not_protect_is_refused(
    passphrase: str, repeated: str | None, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        encryption.check_new_passphrase(passphrase, repeated)
    assert refused.value.field == field


@settings(max_examples=6, deadline=None)
@given(
    st.text(
        st.characters(exclude_categories=["Cs", "Cc", "Cf", "Co", "Cn", "Zs"]),
        min_size=8,
        max_size=24,
    )
)
def test_any_passphrase_a_person_can_type_works(
    tmp_path_factory: pytest.TempPathFactory, passphrase: str
) -> None:
    path = _caseload(tmp_path_factory.mktemp("any"))
    encryption.protect(path, passphrase)  # quotes, accents, any script
    encryption.open_protected(path, passphrase).close()


# -- a protected caseload in use -----------------------------------------------------------------


def test_a_protected_caseload_opens_only_with_its_passphrase_and_saves_as_usual(
    tmp_path: Path,
) -> None:
    from carebook.storage.file_errors import CaseloadFileError

    path = _caseload(tmp_path)
    encryption.protect(path, PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(CaseloadFileError) as refused:
        Store.open(path)
    assert refused.value.needs_passphrase and "passphrase" in str(refused.value)
    with pytest.raises(CaseloadFileError) as refused:
        Store.open(path, passphrase="not the one")
    assert refused.value.wrong_passphrase and "nothing was changed" in str(refused.value)
    assert path.read_bytes() == before  # untouched by the refusals
    store = Store.open(path, passphrase=PASSPHRASE)
    assert store.passphrase == PASSPHRASE
    store.patients.add_patient(Patient(given="Ruth", family="Quinn"))
    store.close()
    assert b"Quinn" not in path.read_bytes()
    (tmp_path / "plain").mkdir()
    plain = Store.open(_caseload(tmp_path / "plain"), passphrase=PASSPHRASE)
    assert plain.passphrase is None  # a plain caseload ignores a passphrase given
    plain.close()


def test_backups_of_a_protected_caseload_are_protected_and_restore_protected(
    tmp_path: Path,
) -> None:
    from datetime import datetime

    from carebook.storage import backups
    from carebook.storage.integrity import check_file

    path = _caseload(tmp_path)
    encryption.protect(path, PASSPHRASE)
    store = Store.open(path, passphrase=PASSPHRASE)
    info = backup_rotation.make_backup(store, path, now=datetime(2026, 3, 2, 8, 0))
    store.patients.add_patient(Patient(given="Added", family="Later"))
    store.close()
    assert encryption.looks_protected(info.path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT * FROM patient").fetchall()
    backups.verify(info.path, PASSPHRASE)
    assert backups.latest_good_backup(path, PASSPHRASE) == info
    assert backups.latest_good_backup(path) is None  # without it, no backup can be read
    assert check_file(path, PASSPHRASE).healthy
    restoring.restore(info.path, path, now=datetime(2026, 3, 2, 9, 0), passphrase=PASSPHRASE)
    assert encryption.looks_protected(path)
    conn = encryption.open_protected(path, PASSPHRASE)
    assert [row[0] for row in conn.execute("SELECT family FROM patient")] == ["Marsh"]
    conn.close()
