"""One writer: the caseload's OS lock, its holder, a crashed holder, and the commands that write."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from carebook.cli.main import main
from carebook.core.records import Patient
from carebook.storage.caseload_lock import CaseloadLocked, Holder, LockError, acquire, lock_path
from carebook.store.caseload import Store

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

#: A process that takes the lock, says so, and keeps it until killed.
HOLDER = textwrap.dedent("""
    import sys, time
    from carebook.storage.caseload_lock import acquire
    lock = acquire(sys.argv[1])
    print("held", flush=True)
    time.sleep(60)
""")


def _hold_elsewhere(caseload: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(caseload)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def _stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(10)
    if child.stdout is not None:
        child.stdout.close()


def test_the_lock_names_its_holder_and_lets_go(tmp_path: Path) -> None:
    caseload = tmp_path / "caseload.sqlite3"
    lock = acquire(caseload)
    assert lock_path(caseload) == tmp_path / "caseload.sqlite3.lock"
    assert lock_path(caseload).read_text() == f"{os.getpid()}\n{socket.gethostname()}\n"
    with pytest.raises(CaseloadLocked) as refused:
        acquire(caseload)  # even this process's second try: one holder per caseload
    assert refused.value.holder == Holder(os.getpid(), socket.gethostname())
    assert str(refused.value) == (
        f"carebook is already open on this caseload (process {os.getpid()} on this computer)."
    )
    lock.release()
    lock.release()  # twice is harmless
    assert not lock_path(caseload).exists(), "the lock file is tidied away"
    with acquire(caseload) as again:
        assert again.held
    assert not again.held


def test_a_holder_on_another_computer_is_named_so() -> None:
    holder = Holder(4321, "front-desk-pc")
    assert not holder.on_this_computer
    assert holder.describe() == "process 4321 on the computer \u201cfront-desk-pc\u201d"


def test_another_process_holds_it_until_it_ends(tmp_path: Path) -> None:
    caseload = tmp_path / "caseload.sqlite3"
    child = _hold_elsewhere(caseload)
    try:
        with pytest.raises(CaseloadLocked) as refused:
            acquire(caseload)
        assert refused.value.holder is not None
        assert refused.value.holder.pid == child.pid
        assert refused.value.holder.on_this_computer
        assert f"(process {child.pid} on this computer)" in str(refused.value)
    finally:
        _stop(child)
    acquire(caseload).release()


@posix_only
def test_a_crashed_holders_lock_is_free_at_once(tmp_path: Path) -> None:
    caseload = tmp_path / "caseload.sqlite3"
    child = _hold_elsewhere(caseload)
    os.kill(child.pid, signal.SIGKILL)
    _stop(child)
    # Its lock file is still there, naming the dead process; the OS lock went with it.
    assert lock_path(caseload).read_text().startswith(f"{child.pid}\n")
    lock = acquire(caseload)
    assert lock_path(caseload).read_text().startswith(f"{os.getpid()}\n")
    lock.release()


def test_a_leftover_lock_file_is_no_lock(tmp_path: Path) -> None:
    caseload = tmp_path / "caseload.sqlite3"
    lock_path(caseload).write_text("99999999\nsomewhere\n")
    acquire(caseload).release()
    lock_path(caseload).write_text("not ours at all " * 100)
    acquire(caseload).release()


def test_a_link_to_the_caseload_shares_its_lock(tmp_path: Path) -> None:
    real = tmp_path / "real" / "caseload.sqlite3"
    real.parent.mkdir()
    link = tmp_path / "link.sqlite3"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("cannot make symbolic links here")
    with acquire(real), pytest.raises(CaseloadLocked):
        acquire(link)


def test_a_missing_folder_is_not_taken_for_a_held_lock(tmp_path: Path) -> None:
    with pytest.raises(LockError) as refused:
        acquire(tmp_path / "nowhere" / "caseload.sqlite3")
    assert not isinstance(refused.value, CaseloadLocked)
    assert "lock file" in str(refused.value)


def test_a_lock_file_removed_as_it_is_locked_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A holder removes its lock file as it lets go. Whoever opened that file just before must
    not take it, since a third process may meanwhile have locked the new file at the path."""
    from carebook.storage import caseload_lock

    caseload = tmp_path / "caseload.sqlite3"
    first = acquire(caseload)
    real_try = caseload_lock._try_lock
    others: list[caseload_lock.CaseloadLock] = []

    def racing(fd: int) -> bool:
        if not others:
            others.append(first)  # once only
            first.release()  # lets go of the file this caller has just opened, and removes it
            others.append(acquire(caseload))  # someone else locks the new file
        return real_try(fd)

    monkeypatch.setattr(caseload_lock, "_try_lock", racing)
    with pytest.raises(CaseloadLocked) as refused:
        acquire(caseload)
    assert refused.value.holder == Holder(os.getpid(), socket.gethostname())
    others[-1].release()


# -- the command line: only writing commands need the caseload to themselves --------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(Patient(given="Agatha", family="Quill", phone="0161 496 0123"))
    store.close()
    return path


def test_demo_refuses_while_carebook_has_the_caseload(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    before = db.read_bytes()
    with acquire(db):
        status = main(["demo", "--db", str(db), "--force", "--patients", "2"])
    _out, err = capsys.readouterr()
    assert status == 2
    assert err == (
        f"carebook: carebook is already open on this caseload (process {os.getpid()} "
        "on this computer). Close it (or let that command finish), then try again.\n"
    )
    assert db.read_bytes() == before
    store = Store.open(db)
    assert store.counts().patients == 1
    store.close()


def test_demo_refuses_a_new_caseload_too_without_making_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = tmp_path / "new.sqlite3"
    child = _hold_elsewhere(new)
    try:
        status = main(["demo", "--db", str(new), "--patients", "2"])
    finally:
        _stop(child)
    assert status == 2
    assert f"(process {child.pid} on this computer)" in capsys.readouterr().err
    assert not new.exists()


def test_demo_holds_the_caseload_while_it_writes_and_lets_go(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from carebook.sample import demo

    seen: list[str] = []
    real_fill = demo.fill

    def fill(store: Store, **options: object) -> object:
        with pytest.raises(CaseloadLocked) as refused:
            acquire(db)
        seen.append(str(refused.value))
        return real_fill(store, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(demo, "fill", fill)
    assert main(["demo", "--db", str(db), "--force", "--patients", "2"]) == 0
    assert seen and "already open" in seen[0]
    assert not lock_path(db).exists()
    # A refusal part-way (a caseload that is not empty) lets go too.
    capsys.readouterr()
    assert main(["demo", "--db", str(db), "--patients", "2"]) == 2
    assert "already open" not in capsys.readouterr().err
    acquire(db).release()


def test_a_missing_folder_keeps_its_plain_refusal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status = main(["demo", "--db", str(tmp_path / "nowhere" / "c.sqlite3"), "--patients", "2"])
    assert status == 3
    assert "does not exist" in capsys.readouterr().err


def test_reading_and_exporting_work_while_the_window_has_the_caseload(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "day.html"
    with acquire(db):
        assert main(["agenda", "--db", str(db)]) == 0
        assert main(["agenda", "--db", str(db), "--format", "json"]) == 0
        assert main(["careplan", "Quill", "--db", str(db), "--format", "fhir"]) == 0
        assert main(["medlist", "Quill", "--db", str(db), "--format", "html"]) == 0
        # An export notes itself in the activity log; that does not need the caseload alone.
        assert main(["agenda", "--db", str(db), "--format", "html", "-o", str(sheet)]) == 0
    capsys.readouterr()
    assert sheet.exists()


def test_the_lock_loads_no_qt(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    script = textwrap.dedent(f"""
        import sys
        from carebook.cli.main import main
        assert main(['demo', '--db', {str(db)!r}, '--patients', '1']) == 0
        loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))
        print('QT' if loaded else 'NO-QT')
    """)
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip().endswith("NO-QT"), (result.stdout, time.monotonic() - began)
