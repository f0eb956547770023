"""Every file carebook makes beside a caseload is its owner's alone, from the first byte; what a
killed change of passphrase leaves is removed at the next open, and said."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runner import run

from carebook.cli.passphrases import PASSPHRASE_VARIABLE
from carebook.storage import encryption
from carebook.store.caseload import Store

PASSPHRASE = "kitchen table notes"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> object:
    """The usual umask (files 0644, folders 0755), whatever the test runner has."""
    previous = os.umask(0o022)
    yield None
    os.umask(previous)


def test_new_caseloads_are_private_however_they_are_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], loose_umask: object
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    demo = folder / "demo.sqlite3"
    assert run(capsys, "--db", str(demo), "demo", "--patients", "3")[0] == 0
    sheet = tmp_path / "people.csv"
    sheet.write_text("First Name,Last Name\nEdna,Marsh\n", encoding="utf-8")
    imported = folder / "imported.sqlite3"
    status, _, err = run(capsys, "--db", str(imported), "import", str(sheet), "--kind", "patients")
    assert status == 0, err
    for path in (demo, imported):
        assert _mode(path) == 0o600, path
        store = Store.open(path)  # an open caseload has its -wal and -shm
        try:
            store.conn.execute("SELECT count(*) FROM patient").fetchone()
            for suffix in ("-wal", "-shm"):
                side = Path(f"{path}{suffix}")
                assert side.exists() and _mode(side) == 0o600, side
        finally:
            store.close()


def test_the_data_folder_and_default_caseload_are_private(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    loose_umask: object,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "data" / "carebook").mkdir(parents=True, mode=0o755)
    assert run(capsys, "agenda")[0] == 0
    folder = tmp_path / "data" / "carebook"
    assert _mode(folder) == 0o700
    assert _mode(folder / "caseload.sqlite3") == 0o600


def test_a_caseload_readable_by_others_is_tightened_when_opened(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chmod(sample_db, 0o644)
    assert run(capsys, "--db", str(sample_db), "agenda")[0] == 0
    assert _mode(sample_db) == 0o600


def test_a_killed_decrypt_never_leaves_the_caseload_readable_and_its_copy_goes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    loose_umask: object,
) -> None:
    """Killed while its copy is being written (six times), the copy is 0600 while it lasts,
    and the next open removes it and says so; the caseload is whole throughout."""
    db = tmp_path / "c.sqlite3"
    assert run(capsys, "--db", str(db), "demo", "--patients", "150")[0] == 0
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, str(secret))
    assert run(capsys, "--db", str(db), "encrypt")[0] == 0
    copy = tmp_path / f".{db.name}.converting"
    environment = {**os.environ, PASSPHRASE_VARIABLE: str(secret)}
    killed_mid_way = 0
    for attempt in range(6):
        decrypting = subprocess.Popen(
            [sys.executable, "-m", "carebook", "--db", str(db), "decrypt"],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while not copy.exists() and decrypting.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        if copy.exists():
            assert _mode(copy) == 0o600
            time.sleep(0.002 * attempt)  # further into the copy each time
            killed_mid_way += 1
        decrypting.send_signal(signal.SIGKILL)
        decrypting.wait(timeout=60)
        if not encryption.looks_protected(db):
            assert run(capsys, "--db", str(db), "encrypt")[0] == 0  # it finished: again
            continue
        left = copy.exists()
        if left:
            assert _mode(copy) == 0o600
        status, _, err = run(capsys, "--db", str(db), "agenda")
        assert status == 0, err
        assert not copy.exists() and not Path(f"{copy}-journal").exists()
        if left:
            assert "change of passphrase was cut short" in err
    assert killed_mid_way >= 3
    assert run(capsys, "--db", str(db), "check")[0] == 0


def test_the_window_says_what_opening_dealt_with(
    tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from carebook.ui.commands import Caseload
    from carebook.ui.main_window import MainWindow

    db = tmp_path / "c.sqlite3"
    Store.open(db).close()
    shutil.copyfile(db, tmp_path / f".{db.name}.converting")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *rest: shown.append(text)
    )
    store = Store.open(db)
    window = MainWindow(Caseload(store))
    try:
        deadline = time.monotonic() + 5
        while not shown and time.monotonic() < deadline:
            QApplication.processEvents()
        assert shown and "change of passphrase was cut short" in shown[0]
        assert not (tmp_path / f".{db.name}.converting").exists()
    finally:
        window.close()
        window.deleteLater()
        store.close()
