"""Every output path is refused when it is the caseload or one of its files, by any spelling;
every output is written whole or not at all, a full disk included."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import run

from carebook.storage.backups import backups_folder, list_backups
from carebook.storage.integrity import check_file
from carebook.storage.output_files import OutputRefused, refuse_own_files, write_whole
from carebook.storage.pdf_check import pdf_problem

#: Every command that writes a file with -o, as the user would type it ({out}: the path).
WRITERS = [
    ("export", "patients", "-o", "{out}"),
    ("export", "appointments", "--format", "ics", "-o", "{out}"),
    ("export", "all", "--format", "fhir", "-o", "{out}"),
    ("agenda", "--format", "json", "-o", "{out}"),
    ("agenda", "--format", "html", "-o", "{out}"),
    ("agenda", "--format", "pdf", "-o", "{out}"),
    ("careplan", "1", "-o", "{out}"),
    ("careplan", "1", "--format", "html", "-o", "{out}"),
    ("careplan", "1", "--format", "fhir", "-o", "{out}"),
    ("medlist", "1", "-o", "{out}"),
    ("medlist", "1", "--format", "html", "-o", "{out}"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def caseload(sample_db: Path) -> Path:
    """The sample caseload, in a folder of its own called `self`."""
    folder = sample_db.parent / "self"
    folder.mkdir()
    path = folder / "s.db"
    shutil.move(sample_db, path)
    return path


def _spellings(caseload: Path) -> dict[str, Path]:
    """Other names of the caseload and of its own files, made for real."""
    folder = caseload.parent
    symlink = folder.parent / "link-to-caseload.csv"
    symlink.symlink_to(caseload)
    hard = folder.parent / "hard-link.csv"
    os.link(caseload, hard)
    return {
        "dot-dot": folder / ".." / "self" / caseload.name,
        "relative": Path(os.path.relpath(caseload)),
        "symlink": symlink,
        "hard link": hard,
        "-wal": Path(f"{caseload}-wal"),
        "-shm": Path(f"{caseload}-shm"),
        "-journal": Path(f"{caseload}-journal"),
        "lock": Path(f"{caseload}.lock"),
        "backups folder": backups_folder(caseload) / "export.csv",
        "before-upgrade backup": caseload.with_name(f"{caseload.name}.before-m005-1.bak"),
    }


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:3]))
def test_no_command_writes_over_the_caseload_by_any_name(
    caseload: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    before = _digest(caseload)
    for how, spelling in _spellings(caseload).items():
        status, out, err = run(
            capsys, "--db", str(caseload), *[part.format(out=spelling) for part in command]
        )
        assert status == 2, (how, out, err)
        assert "cannot write" in err and "Traceback" not in err, how
        assert _digest(caseload) == before, how
    assert check_file(caseload).healthy


def test_a_backup_is_never_written_over_the_caseload_or_into_its_folder(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(caseload)
    for how, spelling in _spellings(caseload).items():
        status, _, err = run(capsys, "--db", str(caseload), "backup", "-o", str(spelling))
        assert status == 2 and "cannot write" in err, how
    assert _digest(caseload) == before
    elsewhere = caseload.parent.parent / "elsewhere.sqlite3"
    assert run(capsys, "--db", str(caseload), "backup", "-o", str(elsewhere))[0] == 0
    # Replacing an older backup the user names is what -o is for.
    assert run(capsys, "--db", str(caseload), "backup", "-o", str(elsewhere))[0] == 0


def test_an_export_never_replaces_another_caseload(
    caseload: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(caseload, other)
    status, _, err = run(capsys, "--db", str(caseload), "export", "patients", "-o", str(other))
    assert status == 2 and "is a carebook caseload" in err
    assert _digest(other) == _digest(caseload)


def test_ordinary_outputs_are_still_written(
    caseload: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("s.db.csv", "s.db-walk.csv", "patients.csv"):
        status, _, err = run(
            capsys, "--db", str(caseload), "export", "patients", "-o", str(caseload.parent / name)
        )
        assert status == 0, err
        assert stat.S_IMODE((caseload.parent / name).stat().st_mode) == 0o600


def test_restore_replaces_a_caseload_that_is_no_longer_a_database(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What an export over the caseload used to leave: CSV text under its name, and its stale
    -wal and -shm. restore used to refuse it ("not a carebook caseload")."""
    assert run(capsys, "--db", str(caseload), "backup")[0] == 0
    backup = list_backups(caseload)[0].path
    Path(f"{caseload}-wal").write_bytes(b"")
    caseload.write_text("Name,Born (age)\nAckroyd,1941\n", encoding="utf-8")
    status, out, err = run(capsys, "--db", str(caseload), "restore", str(backup), "--yes")
    assert status == 0, err
    assert "kept, untouched, as" in out
    assert check_file(caseload).healthy
    kept = caseload.with_name(f"{caseload.name}.damaged")
    assert kept.read_text(encoding="utf-8").startswith("Name,")
    assert Path(f"{kept}-wal").exists() and not Path(f"{caseload}-wal").exists()


def test_refusal_is_by_the_file_not_by_its_name(tmp_path: Path) -> None:
    caseload = tmp_path / "c.sqlite3"
    caseload.write_bytes(b"")
    with pytest.raises(OutputRefused):
        refuse_own_files(tmp_path / "sub" / ".." / "c.sqlite3", caseload)
    refuse_own_files(tmp_path / "c.sqlite3.pdf", caseload)
    refuse_own_files(tmp_path / "c.sqlite3-wal.pdf", caseload)


# -- a full disk ---------------------------------------------------------------------------------


def test_a_pdf_cut_short_by_a_full_disk_is_refused_and_the_old_one_kept(
    sample_db: Path, small_disk: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    disk = small_disk("200k")
    target = disk / "week.pdf"
    target.write_bytes(b"%PDF-1.4 the week before\n")
    status, out, err = run(
        capsys,
        "--db",
        str(sample_db),
        "agenda",
        "--format",
        "pdf",
        "--days",
        "30",
        "--patient-sheets",
        "-o",
        str(target),
    )
    assert status != 0, out
    assert "written to" not in out
    assert "disk is full" in err and "Traceback" not in err
    assert target.read_bytes() == b"%PDF-1.4 the week before\n"
    assert sorted(os.listdir(disk)) == ["week.pdf"]  # no part-written file left


@pytest.mark.parametrize(
    "command",
    [
        ("export", "all", "--format", "fhir"),
        ("export", "appointments", "--format", "ics"),
        ("agenda", "--format", "html", "--days", "30", "--patient-sheets"),
    ],
)
def test_text_outputs_on_a_full_disk_fail_with_the_reason(
    sample_db: Path,
    small_disk: Callable[[str], Path],
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
) -> None:
    disk = small_disk("200k")
    filler = disk / "filler"
    filler.write_bytes(b"x" * (shutil.disk_usage(disk).free - 4096))
    target = disk / "out"
    status, _, err = run(capsys, "--db", str(sample_db), *command, "-o", str(target))
    assert status != 0
    assert "No space left" in err or "disk is full" in err
    assert "Traceback" not in err
    assert sorted(os.listdir(disk)) == ["filler"]


def test_a_pdf_is_checked_whole_before_it_counts(tmp_path: Path) -> None:
    from carebook.reports.document import Document, Heading, Section, WritingLines
    from carebook.ui.printing import pages as printing

    path = tmp_path / "two.pdf"
    sections = [Section("Notes", [Heading("Notes", 1), WritingLines(6)]) for _ in range(2)]
    pages = printing.write_pdf(Document(title="Notes", sections=sections), path, "a4")
    assert pages == 2
    assert pdf_problem(path, pages) is None
    whole = path.read_bytes()
    for cut in (0, 10, len(whole) // 2, len(whole) - 8):
        path.write_bytes(whole[:cut])
        assert pdf_problem(path, pages) is not None
    path.write_bytes(whole)
    assert pdf_problem(path, pages + 1) is not None


def test_a_failing_writer_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_text("old", encoding="utf-8")

    def write(stream: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_whole(target, write)  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["list.csv"]
