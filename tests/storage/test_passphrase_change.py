"""encrypt, decrypt and a change of passphrase reach every file carebook ever wrote beside a
caseload: no copy of a patient's record is left readable after `encrypt`."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest
from cli_runner import run

from carebook.cli.passphrases import PASSPHRASE_VARIABLE
from carebook.core.records import Patient
from carebook.storage import encryption
from carebook.storage.backups import backups_folder, write_verified
from carebook.storage.passphrase_change import convert_the_rest
from carebook.store.caseload import Store

FAMILY = b"Quarrington-Vasquez"
PASSPHRASE = "kitchen table notes"
NEW_PASSPHRASE = "garden gate at dusk"


def _every_file(caseload: Path) -> list[Path]:
    """Every file in the caseload's folder and in its backups folder."""
    found = [path for path in caseload.parent.iterdir() if path.is_file()]
    folder = backups_folder(caseload)
    return sorted(found + [path for path in folder.iterdir() if path.is_file()])


def _readable(caseload: Path) -> list[str]:
    """The files in which the patient's name can be read as it stands."""
    return [path.name for path in _every_file(caseload) if FAMILY in path.read_bytes()]


@pytest.fixture
def caseload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """A caseload with every kind of file carebook leaves beside one, all in the clear."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "c.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Wilhelmina", family=FAMILY.decode()))
    write_verified(store.conn, folder / "c.sqlite3.before-m006_sync-20261201-090000.bak")
    store.close()
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    damaged = bytearray(path.read_bytes())
    damaged[4096 + 100 : 4096 + 300] = random.Random(1).randbytes(200)
    (folder / "c.sqlite3.damaged").write_bytes(bytes(damaged))
    (folder / "c.sqlite3.damaged-wal").write_bytes(b"frames of " + FAMILY)
    (folder / "c.sqlite3.wal-damaged-20261201-090000").write_bytes(b"frames of " + FAMILY)
    shutil.copyfile(path, folder / ".c.sqlite3.converting")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(secret))
    return path


def test_encrypt_leaves_no_copy_readable_and_decrypt_gives_each_back(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = caseload.parent
    originals = {
        name: (folder / name).read_bytes()
        for name in (
            "c.sqlite3.damaged",
            "c.sqlite3.damaged-wal",
            "c.sqlite3.wal-damaged-20261201-090000",
        )
    }
    assert len(_readable(caseload)) >= 6  # before: every copy in the clear

    status, out, err = run(capsys, "--db", str(caseload), "encrypt")
    assert status == 0, err
    assert "3 damaged copies kept beside the caseload are now sealed" in out
    assert _readable(caseload) == []
    names = sorted(os.listdir(folder))
    assert names == [
        "c.sqlite3",
        "c.sqlite3.before-m006_sync-20261201-090000.bak",
        "c.sqlite3.damaged-wal.sealed",
        "c.sqlite3.damaged.sealed",
        "c.sqlite3.wal-damaged-20261201-090000.sealed",
    ]
    for path in _every_file(caseload):
        assert encryption.looks_protected(path), path.name

    status, out, err = run(capsys, "--db", str(caseload), "decrypt")
    assert status == 0, err
    assert "3 sealed damaged copies are unsealed" in out
    for name, content in originals.items():
        assert (folder / name).read_bytes() == content
    before = folder / "c.sqlite3.before-m006_sync-20261201-090000.bak"
    assert not encryption.looks_protected(before) and FAMILY in before.read_bytes()
    assert not list(folder.glob("*.sealed"))


def test_a_change_of_passphrase_reaches_the_sealed_copies_too(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", str(caseload), "encrypt")[0] == 0
    encryption.change_passphrase(caseload, PASSPHRASE, NEW_PASSPHRASE)
    rest = convert_the_rest(
        caseload,
        lambda path, key: encryption.change_passphrase(path, key or PASSPHRASE, NEW_PASSPHRASE),
        PASSPHRASE,
        NEW_PASSPHRASE,
    )
    assert rest.failed == 0
    for path in _every_file(caseload):
        encryption.open_protected(path, NEW_PASSPHRASE).close()
    with pytest.raises(encryption.WrongPassphrase):
        encryption.open_protected(caseload.with_name("c.sqlite3.damaged.sealed"), PASSPHRASE)
    assert _readable(caseload) == []
