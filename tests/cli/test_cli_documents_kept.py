"""A patient's documents go wherever the caseload goes, byte for byte: into its backups, under
its passphrase (never readable in the file), through a restore, and into a FHIR export unless
left out on purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run

from carebook.cli.passphrases import PASSPHRASE_VARIABLE
from carebook.core.records import Patient
from carebook.storage.backups import list_backups
from carebook.store.caseload import Store

PASSPHRASE = "the blue folder on the shelf"
#: A PDF whose words would show in the caseload file if it were kept in the clear.
CONTENT = b"%PDF-1.7\n% DO NOT RESUSCITATE - signed by Edna Marsh\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Edna", family="Marsh"))
    store.close()
    polst = tmp_path / "polst.pdf"
    polst.write_bytes(CONTENT)
    status, _, err = run(
        capsys, "document", "add", "Edna", str(polst), "--category", "polst", "--db", str(path)
    )
    assert status == 0, err
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(secret))
    return path


def _document_bytes(path: Path, passphrase: str | None = None) -> bytes:
    store = Store.open(path, passphrase=passphrase)
    try:
        (document,) = store.documents.documents(1)  # Edna, the only patient
        return store.documents.content(document)
    finally:
        store.close()


def test_a_document_is_in_the_backup_and_unreadable_once_protected(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    assert CONTENT in db.read_bytes() or CONTENT in Path(f"{db}-wal").read_bytes()
    assert run(capsys, "backup", "--db", str(db))[0] == 0
    assert _document_bytes(list_backups(db)[0].path) == CONTENT
    assert run(capsys, "encrypt", "--db", str(db))[0] == 0
    for kept in [db, *db.parent.glob(f"{db.name}-*"), *(b.path for b in list_backups(db))]:
        assert b"DO NOT RESUSCITATE" not in kept.read_bytes(), kept
    assert _document_bytes(db, PASSPHRASE) == CONTENT
    exported = tmp_path / "polst-again.pdf"
    status, out, err = run(capsys, "documents", "Edna", "--db", str(db), "--format", "json")
    assert status == 0, err
    (listed,) = json.loads(out)
    status, _, err = run(
        capsys, "document", str(listed["id"]), "-o", str(exported), "--db", str(db)
    )
    assert status == 0, err
    assert exported.read_bytes() == CONTENT
    assert exported.stat().st_mode & 0o077 == 0


def test_a_restore_brings_the_document_back_byte_for_byte(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert run(capsys, "backup", "--db", str(db))[0] == 0
    backup = list_backups(db)[0].path
    store = Store.open(db)
    try:
        (document,) = store.documents.documents(1)
        store.documents.delete_patient_document(document.id or 0)
    finally:
        store.close()
    status, _, err = run(capsys, "restore", str(backup), "--yes", "--db", str(db))
    assert status == 0, err
    assert _document_bytes(db) == CONTENT


def test_an_export_without_documents_names_them_but_holds_no_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    whole, bare = tmp_path / "whole.json", tmp_path / "bare.json"
    assert (
        run(capsys, "export", "all", "--format", "fhir", "-o", str(whole), "--db", str(db))[0] == 0
    )
    status, _, err = run(
        capsys,
        "export",
        "all",
        "--format",
        "fhir",
        "--no-documents",
        "-o",
        str(bare),
        "--db",
        str(db),
    )
    assert status == 0, err

    def references(path: Path) -> list[dict[str, object]]:
        bundle = json.loads(path.read_text(encoding="utf-8"))
        return [
            entry["resource"]
            for entry in bundle["entry"]
            if entry["resource"]["resourceType"] == "DocumentReference"
        ]

    (kept,) = references(whole)
    (named,) = references(bare)
    assert "data" in kept["content"][0]["attachment"]  # type: ignore[index]
    assert "data" not in named["content"][0]["attachment"]  # type: ignore[index]
    assert named["content"][0]["attachment"]["title"] == "polst.pdf"  # type: ignore[index]
