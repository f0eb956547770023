"""One writer per caseload: an operating-system lock on a small file beside the caseload.

The window holds `<caseload>.lock` from start-up to exit, and so does every command that changes
the caseload, for as long as it runs. The file holds the holder's process id and computer name, so
that whoever finds it taken can say who has it ("process 1234 on this computer").

Why an OS lock (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows) and not Qt's QLockFile:

- The command line must not load Qt (see README, "The command line loads Qt only to render a PDF"),
  yet the window and the command line have to agree on one lock. Only a lock both can take
  without Qt does that; two different locks would let `carebook demo` write under an open window.
- The operating system drops the lock the moment its process ends, however it ends (a crash, a
  kill, a power cut with a remote file), so a stale lock never needs guessing at: a lock that can
  be taken is free. QLockFile instead judges staleness from the PID and host written in the file
  and an age, which misfires when a PID is reused or a laptop's clock jumps.

The lock file is removed on release. Whoever takes it checks that the file it locked is still the
one at the path, so that a holder removing it at the same moment cannot leave two winners.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from carebook.core.words import translate

#: Windows locks byte ranges and forbids reading a locked range, so it locks one byte past where
#: the holder is written (locking past the end of a file is allowed there).
_WINDOWS_LOCK_OFFSET = 4096
#: The holder's details are short; a longer file is not one of ours and is read no further.
_MOST = 512


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a caseload's lock, as written in the lock file."""

    pid: int
    host: str

    @property
    def on_this_computer(self) -> bool:
        return self.host == this_computer()

    def describe(self) -> str:
        if self.on_this_computer:
            return translate("CaseloadLock", "process {pid} on this computer").format(pid=self.pid)
        return translate("CaseloadLock", "process {pid} on the computer \u201c{host}\u201d").format(
            pid=self.pid, host=self.host
        )


class LockError(Exception):
    """The caseload's lock could not be taken; str() is one line for a dialog or the terminal."""


class CaseloadLocked(LockError):
    """Another carebook (a window or a command) holds the caseload."""

    def __init__(self, caseload: Path, holder: Holder | None) -> None:
        super().__init__(
            translate(
                "CaseloadLock", "carebook is already open on this caseload ({holder})."
            ).format(holder=holder.describe())
            if holder is not None
            else translate("CaseloadLock", "carebook is already open on this caseload.")
        )
        self.caseload = caseload
        self.holder = holder


def this_computer() -> str:
    return socket.gethostname() or "unknown"


def lock_path(caseload: Path) -> Path:
    """The lock file of `caseload`: beside the file itself (through any symbolic link)."""
    caseload = Path(caseload).expanduser().resolve()
    return caseload.with_name(caseload.name + ".lock")


#: The lock files this process holds now.
_HELD: set[Path] = set()


def held_here(caseload: Path) -> bool:
    """Whether this process holds the lock of `caseload`."""
    return lock_path(caseload) in _HELD


class CaseloadLock:
    """The held lock of one caseload; `release()` (or the process ending) lets it go."""

    def __init__(self, caseload: Path, fd: int) -> None:
        self.caseload = caseload
        self.path = lock_path(caseload)
        self._fd: int | None = fd
        _HELD.add(self.path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go of the lock and remove its file; doing it twice is harmless."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _HELD.discard(self.path)
        if sys.platform != "win32":
            # Removed while still locked, so nobody can lock this file after it is gone from
            # the path; a process that opened it just before checks and tries again.
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(fd)  # closing lets go of the lock
        else:
            with contextlib.suppress(OSError):
                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                _unlock_windows(fd)
            os.close(fd)
            with contextlib.suppress(OSError):  # another process may have it open: then it stays
                self.path.unlink()

    def __enter__(self) -> CaseloadLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(caseload: Path) -> CaseloadLock:
    """Take the lock of `caseload` without waiting.

    Raises CaseloadLocked (naming the holder when it has written itself down) when another process
    holds it, or LockError when the lock file cannot be made (a missing or read-only folder).
    """
    caseload = Path(caseload).expanduser().resolve()
    path = lock_path(caseload)
    for _attempt in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as error:
            raise LockError(
                translate(
                    "CaseloadLock", "{caseload}: cannot make its lock file {name} ({problem})"
                ).format(caseload=caseload, name=path.name, problem=error.strerror or error)
            ) from None
        try:
            taken = _try_lock(fd)
        except OSError as error:
            os.close(fd)
            raise LockError(
                translate("CaseloadLock", "{caseload}: cannot lock it ({problem})").format(
                    caseload=caseload, problem=error.strerror or error
                )
            ) from None
        if not taken:
            holder = _read_holder(fd)
            os.close(fd)
            raise CaseloadLocked(caseload, holder)
        if _is_at(fd, path):
            _write_holder(fd)
            return CaseloadLock(caseload, fd)
        os.close(fd)  # the holder removed this file as we locked it: lock the new one
    raise LockError(
        translate(
            "CaseloadLock", "{caseload}: its lock file {name} keeps changing; try again"
        ).format(caseload=caseload, name=path.name)
    )


# -- the operating system's part -----------------------------------------------------------------

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_windows(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock_windows(fd: int) -> None:  # pragma: no cover - only called on Windows
        raise NotImplementedError


def _is_at(fd: int, path: Path) -> bool:
    """Whether the file `fd` is open on is still the one at `path`."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _write_holder(fd: int) -> None:
    text = f"{os.getpid()}\n{this_computer()}\n".encode()
    with contextlib.suppress(OSError):  # the lock holds without it; only the message is poorer
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, text)


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _MOST)
    except OSError:
        return None
    lines = data.decode("utf-8", "replace").split("\n")
    if len(lines) < 2 or not lines[0].strip().isdigit() or not lines[1].strip():
        return None  # just made and not yet written, or not ours
    return Holder(int(lines[0].strip()), lines[1].strip())
