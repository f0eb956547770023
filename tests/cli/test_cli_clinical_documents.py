"""A patient's documents on the command line: added with their file, listed, exported byte for
byte and owner-only; a file that is not what its name says, an encrypted PDF, a picture too
large to open or a paper signed on a day to come refused with nothing kept."""

from __future__ import annotations

import json
import os
import struct
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run

from carebook.core.records import Patient
from carebook.store.caseload import Store

#: A small, whole PDF (one empty page), with a byte of every value in a comment to show that
#: nothing is changed on the way in or out.
PDF = (
    b"%PDF-1.4\n%" + bytes(range(128, 256)) + b"\n"
    b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\r\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Edith", family="Crawley", city="Leeds"))
    store.close()
    return path


def carebook(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), *args)


def listed(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, Any]]:
    status, out, err = carebook(capsys, db, "documents", "Crawley", "--format", "json")
    assert status == 0, err
    found: list[dict[str, Any]] = json.loads(out)
    return found


def refused(status: int, out: str, err: str) -> str:
    assert status == 2, (out, err)
    assert out == "" and "Traceback" not in err
    assert err.startswith("carebook: ") and err.count("\n") == 1
    return err


def test_a_document_is_added_listed_and_exported_byte_for_byte(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    paper = tmp_path / "directive.pdf"
    paper.write_bytes(PDF)
    status, out, err = carebook(
        capsys, db, "document", "add", "Crawley", str(paper), "--category", "advance_directive",
        "--title", "Living will", "--signed", "2024-03-01", "--review", "2027-03-01",
        "--notes", "copy with the daughter",
    )  # fmt: skip
    assert status == 0, err
    assert "Living will" in out and "Edith Crawley" in out

    [document] = listed(capsys, db)
    assert document["category"] == "advance_directive"
    assert document["title"] == "Living will"
    assert (document["signed"], document["review"]) == ("2024-03-01", "2027-03-01")
    assert (document["file"], document["size"]) == ("directive.pdf", len(PDF))
    status, out, err = carebook(capsys, db, "documents", "Crawley")
    assert status == 0, err
    assert "Living will" in out and "review 2027-03-01" in out

    exported = tmp_path / "out" / "copy.pdf"
    exported.parent.mkdir()
    status, out, err = carebook(capsys, db, "document", str(document["id"]), "-o", str(exported))
    assert status == 0, err
    assert exported.read_bytes() == PDF
    if os.name != "nt":
        assert exported.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in exported.parent.iterdir()] == ["copy.pdf"]


def test_an_export_is_refused_over_the_caseload_and_for_no_such_document(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    paper = tmp_path / "card.pdf"
    paper.write_bytes(PDF)
    status, _, err = carebook(
        capsys, db, "document", "add", "1", str(paper), "--category", "insurance_card"
    )
    assert status == 0, err
    [document] = listed(capsys, db)
    assert document["title"] == "Insurance card"
    before = db.read_bytes()
    said = refused(*carebook(capsys, db, "document", str(document["id"]), "-o", str(db)))
    assert "caseload" in said
    assert db.read_bytes() == before
    said = refused(*carebook(capsys, db, "document", "99", "-o", str(tmp_path / "x.pdf")))
    assert "no document 99" in said
    assert not (tmp_path / "x.pdf").exists()
    said = refused(*carebook(capsys, db, "document", str(document["id"])))
    assert "-o FILE" in said


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "holds a PNG"),
        (
            "locked.pdf",
            b"%PDF-1.6\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R/Encrypt 5 0 R>>\n%%EOF\n",
            "encrypted PDF",
        ),
        (
            # Only the 24 bytes of a PNG's header: a picture of 30,000 × 30,000 pixels.
            "huge.png",
            b"\x89PNG\r\n\x1a\n"
            + struct.pack(">I", 13)
            + b"IHDR"
            + struct.pack(">II", 30_000, 30_000),
            "30,000 × 30,000",
        ),
        ("notes.pdf", b"just some text", "not a PDF or a picture"),
    ],
)
def test_a_file_that_is_not_what_it_says_is_refused_and_nothing_kept(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    name: str,
    content: bytes,
    words: str,
) -> None:
    file = tmp_path / name
    file.write_bytes(content)
    said = refused(
        *carebook(capsys, db, "document", "add", "Crawley", str(file), "--category", "polst")
    )
    assert words in said and name in said
    assert listed(capsys, db) == []


def test_a_document_signed_on_a_day_to_come_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    paper = tmp_path / "polst.pdf"
    paper.write_bytes(PDF)
    said = refused(
        *carebook(
            capsys, db, "document", "add", "Crawley", str(paper), "--category", "polst",
            "--signed", f"{date.today().year + 1}-01-01",
        )
    )  # fmt: skip
    assert "still to come" in said
    said = refused(*carebook(capsys, db, "document", "add", "Crawley", str(paper)))
    assert "--category" in said
    said = refused(
        *carebook(
            capsys, db, "document", "add", "Crawley", str(tmp_path / "none.pdf"),
            "--category", "polst",
        )
    )  # fmt: skip
    assert "no such file" in said
    assert listed(capsys, db) == []


def test_a_document_over_the_size_limit_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    store = Store.open(db)
    preferences = store.preferences.preferences()
    preferences.document_limit_mb = 1  # as set in Edit → Preferences
    store.preferences.set_preferences(preferences)
    store.close()
    big = tmp_path / "discharge.pdf"
    big.write_bytes(PDF + b"%" + b"0" * (1024 * 1024))
    said = refused(
        *carebook(
            capsys, db, "document", "add", "Crawley", str(big), "--category", "discharge_summary"
        )
    )
    assert "1 MB" in said
    assert listed(capsys, db) == []
